package verify

import (
	"context"
	"strings"
	"testing"

	"github.com/rs/zerolog"

	"github.com/citewatch/citewatch"
	"github.com/citewatch/citewatch/citing"
)

// A date the extractor carried over from a neighbouring sentence neither
// supports nor contradicts a claim's date, and the verdict says where it
// came from; a sentence with its own date still settles it.
func TestBorrowedDates(t *testing.T) {
	const page = "https://ministry.example/accord"
	opened := "The accord was opened for signature on 3 May 2021 in Lima."
	signed := "Chile and Peru signed it."
	ix := newMemIndex()
	ix.page(page, opened, signed)
	ix.fact(page, citewatch.Fact{Treaty: "T-9", Event: citewatch.EventOpened, Date: citewatch.DayDate(2021, 5, 3), Place: "Lima"}, opened)
	ix.fact(page, citewatch.Fact{Treaty: "T-9", Event: citewatch.EventSigned, Party: "CHL", Date: citewatch.DayDate(2021, 5, 3)}, signed)
	same := "Chile signed the accord on 3 May 2021"
	other := "Chile signed the accord on 9 June 2022"
	openedLate := "The accord was opened for signature on 4 May 2021"
	rd := memReader{
		same:       {{Event: citewatch.EventSigned, Party: "CHL", Date: citewatch.DayDate(2021, 5, 3)}},
		other:      {{Event: citewatch.EventSigned, Party: "CHL", Date: citewatch.DayDate(2022, 6, 9)}},
		openedLate: {{Event: citewatch.EventOpened, Date: citewatch.DayDate(2021, 5, 4)}},
	}
	doc, err := citing.Parse("doc.md", []byte(same+" [1].\n\n"+other+" [1].\n\n"+openedLate+" [1].\n\n[1] "+page+"\n"))
	if err != nil {
		t.Fatal(err)
	}
	r, err := New(ix, ix, rd, nil, zerolog.Nop()).Verify(context.Background(), doc)
	if err != nil {
		t.Fatal(err)
	}
	for i, c := range r.Claims[:2] {
		v := c.Verdicts[0]
		if v.Label == citewatch.Supported || v.Label == citewatch.Contradicted {
			t.Errorf("claim %d %q: %s (%s), want neither supported nor contradicted by a borrowed date", i+1, c.Claim.Text, v.Label, v.Reason)
		}
		if !strings.Contains(v.Reason, "neighbouring sentence") {
			t.Errorf("claim %d: reason %q does not say where the date came from", i+1, v.Reason)
		}
	}
	if v := r.Claims[2].Verdicts[0]; v.Label != citewatch.Contradicted {
		t.Errorf("claim 3: %s (%s), want contradicted by the sentence's own date", v.Label, v.Reason)
	}
}
