package verify

import (
	"context"
	"fmt"
	"testing"

	"github.com/rs/zerolog"

	"github.com/citewatch/citewatch"
	"github.com/citewatch/citewatch/citing"
)

// TestBeyondJudgesALongPageByItsFacts: a page beyond the cited ones with
// more sentences than beyondSentences is not read: its facts can still
// contradict the claim, but it never supports it, even where the same
// sentence on a page of ordinary length does.
func TestBeyondJudgesALongPageByItsFacts(t *testing.T) {
	const (
		cited  = "https://cited.example/ai-convention"
		short  = "https://short.example/news"
		long   = "https://long.example/news"
		longNo = "https://long.example/wrong"
	)
	claim := "The convention was adopted on 17 May 2024"
	agrees := "The convention was adopted on 17 May 2024 in Strasbourg."
	disagrees := "The convention was adopted on 17 May 2023 in Strasbourg."
	filler := func(n int) []string {
		out := make([]string, n)
		for i := range out {
			out[i] = fmt.Sprintf("Delegation %d took the floor.", i)
		}
		return out
	}
	ix := newMemIndex()
	ix.page(cited, "The convention was discussed in Strasbourg.")
	ix.page(short, agrees)
	ix.fact(short, citewatch.Fact{Event: citewatch.EventAdopted, Date: citewatch.DayDate(2024, 5, 17)}, agrees)
	ix.page(long, append([]string{agrees}, filler(beyondSentences)...)...)
	ix.fact(long, citewatch.Fact{Event: citewatch.EventAdopted, Date: citewatch.DayDate(2024, 5, 17)}, agrees)
	ix.page(longNo, append([]string{disagrees}, filler(beyondSentences)...)...)
	ix.fact(longNo, citewatch.Fact{Event: citewatch.EventAdopted, Date: citewatch.DayDate(2023, 5, 17)}, disagrees)
	rd := memReader{claim: {{Treaty: "CETS-225", Event: citewatch.EventAdopted, Date: citewatch.DayDate(2024, 5, 17)}}}
	doc, err := citing.Parse("doc.md", []byte(claim+" [1].\n\n[1] "+cited+"\n"))
	if err != nil {
		t.Fatal(err)
	}
	r, err := New(ix, ix, rd, nil, zerolog.Nop()).Verify(context.Background(), doc)
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]citewatch.Label{}
	for _, v := range r.Claims[0].Beyond {
		got[v.URL] = v.Label
	}
	if got[short] != citewatch.Supported {
		t.Errorf("the short page: %q, want supported (beyond = %+v)", got[short], r.Claims[0].Beyond)
	}
	if l, ok := got[long]; ok {
		t.Errorf("the long page that agrees is listed as %s: a page past %d sentences is not read, so it supports nothing", l, beyondSentences)
	}
	if got[longNo] != citewatch.Contradicted {
		t.Errorf("the long page that disagrees: %q, want contradicted from its facts (beyond = %+v)", got[longNo], r.Claims[0].Beyond)
	}
}
