package verify

import (
	"context"
	"testing"

	"github.com/rs/zerolog"

	"github.com/citewatch/citewatch"
	"github.com/citewatch/citewatch/citing"
)

// Facts are language-neutral: an English claim is supported by a page in
// French that states the same acts on the same dates, and contradicted by
// one that dates them otherwise, though the two share few words.
func TestFactsAcrossLanguages(t *testing.T) {
	const (
		fr    = "https://ministere.example/accord-des-andes"
		wrong = "https://journal.example/accord"
	)
	adopted := "L’accord a été adopté le 14 mars 2011 et il est entré en vigueur le 2 octobre 2013."
	ix := newMemIndex()
	ix.page(fr, adopted)
	ix.fact(fr, citewatch.Fact{Treaty: "T-7", Event: citewatch.EventAdopted, Date: citewatch.DayDate(2011, 3, 14)}, adopted)
	ix.fact(fr, citewatch.Fact{Treaty: "T-7", Event: citewatch.EventEnteredIntoForce, Date: citewatch.DayDate(2013, 10, 2)}, adopted)
	late := "L’accord est entré en vigueur le 2 octobre 2014."
	ix.page(wrong, late)
	ix.fact(wrong, citewatch.Fact{Treaty: "T-7", Event: citewatch.EventEnteredIntoForce, Date: citewatch.DayDate(2014, 10, 2)}, late)
	claim := "The Andean accord was adopted on 14 March 2011 and entered into force on 2 October 2013"
	rd := memReader{claim: {
		{Event: citewatch.EventAdopted, Date: citewatch.DayDate(2011, 3, 14)},
		{Event: citewatch.EventEnteredIntoForce, Date: citewatch.DayDate(2013, 10, 2)},
	}}
	doc, err := citing.Parse("doc.md", []byte(claim+" [1] [2].\n\n[1] "+fr+"\n[2] "+wrong+"\n"))
	if err != nil {
		t.Fatal(err)
	}
	r, err := New(ix, ix, rd, nil, zerolog.Nop()).Verify(context.Background(), doc)
	if err != nil {
		t.Fatal(err)
	}
	if v := r.Claims[0].Verdicts[0]; v.Label != citewatch.Supported {
		t.Errorf("[1] French page stating the same facts: %s (%s), want supported", v.Label, v.Reason)
	}
	if v := r.Claims[0].Verdicts[1]; v.Label != citewatch.Contradicted {
		t.Errorf("[2] French page dating entry into force a year later: %s (%s), want contradicted", v.Label, v.Reason)
	}
}
