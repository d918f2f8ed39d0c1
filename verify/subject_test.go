package verify

import (
	"context"
	"testing"

	"github.com/rs/zerolog"

	"github.com/citewatch/citewatch"
	"github.com/citewatch/citewatch/citing"
)

// TestBeyondKeepsTheClaimsTreaty: a claim that says only "the convention"
// is about the treaty its cited source is about; another indexed page about
// another treaty, adopted on another date, neither supports nor
// contradicts it.
func TestBeyondKeepsTheClaimsTreaty(t *testing.T) {
	const (
		cited = "https://cited.example/ai-convention"
		other = "https://other.example/tobacco-convention"
		same  = "https://same.example/ai-convention-news"
	)
	claim := "The convention was adopted on 17 May 2024"
	ix := newMemIndex()
	ix.page(cited, "The Framework Convention was adopted by the Committee of Ministers on 17 May 2024.")
	ix.fact(cited, citewatch.Fact{Treaty: "CETS-225", Event: citewatch.EventAdopted, Date: citewatch.DayDate(2024, 5, 17)},
		"The Framework Convention was adopted by the Committee of Ministers on 17 May 2024.")
	ix.page(other, "The convention was adopted by the World Health Assembly on 21 May 2003.")
	ix.fact(other, citewatch.Fact{Treaty: "UNTC-IX-4", Event: citewatch.EventAdopted, Date: citewatch.DayDate(2003, 5, 21)},
		"The convention was adopted by the World Health Assembly on 21 May 2003.")
	ix.page(same, "The convention was adopted on 17 May 2024 in Strasbourg.")
	ix.fact(same, citewatch.Fact{Treaty: "CETS-225", Event: citewatch.EventAdopted, Date: citewatch.DayDate(2024, 5, 17)},
		"The convention was adopted on 17 May 2024 in Strasbourg.")
	rd := memReader{claim: {{Event: citewatch.EventAdopted, Date: citewatch.DayDate(2024, 5, 17)}}}
	doc, err := citing.Parse("doc.md", []byte(claim+" [1].\n\n[1] "+cited+"\n"))
	if err != nil {
		t.Fatal(err)
	}
	r, err := New(ix, ix, rd, nil, zerolog.Nop()).Verify(context.Background(), doc)
	if err != nil {
		t.Fatal(err)
	}
	if got := r.Claims[0].Overall; got != citewatch.Supported {
		t.Errorf("overall = %s, want supported", got)
	}
	var sawSame bool
	for _, v := range r.Claims[0].Beyond {
		if v.URL == other {
			t.Errorf("beyond lists %s (%s: %s), a page about another treaty", other, v.Label, v.Reason)
		}
		sawSame = sawSame || (v.URL == same && v.Label == citewatch.Supported)
	}
	if !sawSame {
		t.Errorf("beyond = %+v, want %s supporting", r.Claims[0].Beyond, same)
	}
}
