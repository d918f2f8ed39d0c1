package verify

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/rs/zerolog"

	"github.com/citewatch/citewatch"
	"github.com/citewatch/citewatch/citing"
)

const (
	coe    = "https://www.coe.int/en/web/portal/-/ai-convention"
	gone   = "https://news.example/gone"
	never  = "https://news.example/never"
	wire   = "https://wire.example/opened"
	beyond = "https://other.example/adopted"
)

func month(y, m int) citewatch.Date {
	return citewatch.Date{Year: y, Month: m, Precision: citewatch.PrecisionMonth}
}
func year(y int) citewatch.Date { return citewatch.Date{Year: y, Precision: citewatch.PrecisionYear} }

// fixture builds an index of a Council of Europe page (true facts), a wire
// page with no extracted facts, and a page beyond the cited ones.
func fixture() (*memIndex, memReader, memHealth) {
	ix := newMemIndex()
	adopted := "The Committee of Ministers adopted the Framework Convention on Artificial Intelligence on 17 May 2024."
	opened := "The Convention was opened for signature on 5 September 2024 in Vilnius."
	japan := "Japan signed the Convention on 11 February 2025."
	count := "The Convention now has 13 signatories."
	ix.page(coe, adopted, opened, japan, count)
	ix.fact(coe, citewatch.Fact{Event: citewatch.EventAdopted, Date: citewatch.DayDate(2024, time.May, 17)}, adopted)
	ix.fact(coe, citewatch.Fact{Event: citewatch.EventOpened, Date: citewatch.DayDate(2024, time.September, 5), Place: "Vilnius"}, opened)
	ix.fact(coe, citewatch.Fact{Event: citewatch.EventSigned, Party: "JPN", Date: citewatch.DayDate(2025, time.February, 11)}, japan)
	ix.fact(coe, citewatch.Fact{Event: citewatch.EventSignatoryCount, Count: 13}, count)

	wireSentence := "The treaty was opened for signature on 5 September 2024."
	ix.page(wire, wireSentence, "Ministers met in Vilnius.")
	other := "The Committee of Ministers adopted the Convention on 17 May 2024 in Strasbourg."
	ix.page(beyond, other)
	ix.fact(beyond, citewatch.Fact{Event: citewatch.EventAdopted, Date: citewatch.DayDate(2024, time.May, 17)}, other)

	rd := memReader{
		"The Convention was adopted in May 2024":          {{Event: citewatch.EventAdopted, Date: month(2024, 5)}},
		"The Convention was opened for signature in 2023": {{Event: citewatch.EventOpened, Date: year(2023)}},
		"The Convention has 12 signatories":               {{Event: citewatch.EventSignatoryCount, Count: 12}},
		"Japan ratified the Convention on 11 February 2025": {{Event: citewatch.EventRatified, Party: "JPN",
			Date: citewatch.DayDate(2025, time.February, 11)}},
		"The Convention was opened for signature in Vilnius on 5 September 2024 and entered into force on 1 March 2025": {
			{Event: citewatch.EventOpened, Date: citewatch.DayDate(2024, time.September, 5), Place: "Vilnius"},
			{Event: citewatch.EventEnteredIntoForce, Date: citewatch.DayDate(2025, time.March, 1)}},
		"The treaty was opened for signature on 5 September 2023": {{Event: citewatch.EventOpened, Date: citewatch.DayDate(2023, time.September, 5)}},
		strings.TrimSuffix(wireSentence, "."):                     {{Event: citewatch.EventOpened, Date: citewatch.DayDate(2024, time.September, 5)}},
	}
	h := memHealth{
		coe:    {Archived: true, Health: citewatch.HealthOK},
		wire:   {Archived: true, Health: citewatch.HealthOK},
		beyond: {Archived: true, Health: citewatch.HealthOK},
		gone:   {Health: citewatch.HealthGone, Detail: "404 Not Found"},
	}
	return ix, rd, h
}

const fixtureDoc = `# The AI Convention

The Convention was adopted in May 2024 [1].
The Convention was opened for signature in 2023 [1].
The Convention has 12 signatories [1].
Japan ratified the Convention on 11 February 2025 [1].
The Convention was opened for signature in Vilnius on 5 September 2024 and entered into force on 1 March 2025 [1].
The Convention bans facial recognition in public spaces [1].
The Committee of Ministers adopted the Framework Convention on Artificial Intelligence [1].
The Convention was adopted in May 2024 [2][3].
The treaty was opened for signature on 5 September 2023 [4].

## References

[1] https://www.coe.int/en/web/portal/-/ai-convention
[2] https://news.example/gone
[3] https://news.example/never
[4] https://wire.example/opened
`

func verifyFixture(t testing.TB) *Report {
	t.Helper()
	doc, err := citing.Parse("fixture.md", []byte(fixtureDoc))
	if err != nil {
		t.Fatal(err)
	}
	ix, rd, h := fixture()
	r, err := New(ix, ix, rd, h, zerolog.Nop()).Verify(context.Background(), doc)
	if err != nil {
		t.Fatal(err)
	}
	return r
}

func TestVerdicts(t *testing.T) {
	r := verifyFixture(t)
	tests := []struct {
		claim  string
		ref    string
		want   citewatch.Label
		reason string // a part of the reason
	}{
		{"c1", "1", citewatch.Supported, "adopted on 17 May 2024"},
		{"c2", "1", citewatch.Contradicted, "opened for signature: the source says 5 September 2024; the claim says 2023"},
		{"c3", "1", citewatch.Contradicted, "the source says 13; the claim says 12"},
		{"c4", "1", citewatch.Contradicted, "the source says JPN signed on 11 February 2025; the claim says it ratified"},
		{"c5", "1", citewatch.PartiallySupported, "it does not state entered into force on 1 March 2025"},
		{"c6", "1", citewatch.NotInSource, ""},
		{"c7", "1", citewatch.Supported, ""},
		{"c8", "2", citewatch.SourceUnavailable, "the source is gone (404 or 410) (404 Not Found)"},
		{"c8", "3", citewatch.SourceUnavailable, "never fetched"},
		{"c9", "4", citewatch.Contradicted, "the source says 5 September 2024; the claim says 5 September 2023"},
	}
	for _, tt := range tests {
		v, ok := findVerdict(r, tt.claim, tt.ref)
		if !ok {
			t.Errorf("%s [%s]: no verdict", tt.claim, tt.ref)
			continue
		}
		if v.Label != tt.want || !strings.Contains(v.Reason, tt.reason) {
			t.Errorf("%s [%s] = %s (%q), want %s (%q)", tt.claim, tt.ref, v.Label, v.Reason, tt.want, tt.reason)
		}
		if err := v.Validate(); err != nil {
			t.Errorf("%s [%s]: %v", tt.claim, tt.ref, err)
		}
		if v.Label != citewatch.SourceUnavailable && v.Label != citewatch.NotInSource && len(v.Evidence) == 0 {
			t.Errorf("%s [%s]: %s with no evidence", tt.claim, tt.ref, v.Label)
		}
		for _, ev := range v.Evidence {
			if ev.Quote == "" || ev.URL == "" || ev.WARCRecordID == "" {
				t.Errorf("%s [%s]: evidence %+v lacks quote, URL or record id", tt.claim, tt.ref, ev)
			}
		}
	}
	// Evidence of a supported claim is the sentence that shows it.
	if v, _ := findVerdict(r, "c1", "1"); len(v.Evidence) == 0 || !strings.Contains(v.Evidence[0].Quote, "17 May 2024") {
		t.Errorf("c1 evidence = %+v, want the sentence stating 17 May 2024", v.Evidence)
	}
	// Overall: a claim with one supporting source of two is supported; the
	// unavailable sources are problems of the report.
	if got := r.Claims[7].Overall; got != citewatch.SourceUnavailable {
		t.Errorf("c8 overall = %s, want source-unavailable", got)
	}
	var unavailable int
	for _, p := range r.Problems {
		if strings.Contains(p.Message, "news.example") {
			unavailable++
		}
	}
	if unavailable != 2 {
		t.Errorf("problems = %v, want one per unavailable source", r.Problems)
	}
	if r.AllSupported() {
		t.Error("AllSupported() = true with contradicted claims")
	}
}

func TestVerifyBeyond(t *testing.T) {
	r := verifyFixture(t)
	b := r.Claims[0].Beyond
	if len(b) != 1 || b[0].URL != beyond || b[0].Label != citewatch.Supported || b[0].Ref != "" {
		t.Errorf("c1 beyond = %+v, want %s supporting", b, beyond)
	}
	// The page beyond contradicts the claim that it was opened in 2023? No:
	// it says nothing of the opening, so it is not listed.
	for _, v := range r.Claims[1].Beyond {
		if v.URL == beyond {
			t.Errorf("c2 beyond lists %s, which says nothing of the opening", beyond)
		}
	}
}

func TestOverall(t *testing.T) {
	v := func(l citewatch.Label) citewatch.Verdict { return citewatch.Verdict{Label: l} }
	for _, tt := range []struct {
		in   []citewatch.Verdict
		want citewatch.Label
	}{
		{[]citewatch.Verdict{v(citewatch.Supported), v(citewatch.NotInSource)}, citewatch.Supported},
		{[]citewatch.Verdict{v(citewatch.Supported), v(citewatch.Contradicted)}, citewatch.Contradicted},
		{[]citewatch.Verdict{v(citewatch.SourceUnavailable), v(citewatch.PartiallySupported)}, citewatch.PartiallySupported},
		{[]citewatch.Verdict{v(citewatch.SourceUnavailable)}, citewatch.SourceUnavailable},
	} {
		if got := Overall(tt.in); got != tt.want {
			t.Errorf("Overall(%v) = %s, want %s", tt.in, got, tt.want)
		}
	}
}

func TestScore(t *testing.T) {
	a := Score([]LabelPair{
		{"a", citewatch.Supported, citewatch.Supported},
		{"b", citewatch.Supported, citewatch.PartiallySupported},
		{"c", citewatch.Contradicted, citewatch.Supported},
		{"d", citewatch.Contradicted, citewatch.Contradicted},
	})
	if a.Total != 4 || a.Correct != 2 || a.Overall() != 0.5 {
		t.Errorf("Score: %d/%d (%.2f), want 2/4", a.Correct, a.Total, a.Overall())
	}
	if len(a.ContradictedAsSupported) != 1 || a.ContradictedAsSupported[0].ID != "c" {
		t.Errorf("ContradictedAsSupported = %v, want [c]", a.ContradictedAsSupported)
	}
	if a.Classes[0].Label != citewatch.Supported || a.Classes[0].Accuracy() != 0.5 {
		t.Errorf("supported class = %+v, want 1 of 2", a.Classes[0])
	}
	if s := a.String(); !strings.Contains(s, "overall") || !strings.Contains(s, "wrong: c: want contradicted, got supported") {
		t.Errorf("String() = %q", s)
	}
}

func findVerdict(r *Report, claim, ref string) (citewatch.Verdict, bool) {
	for _, c := range r.Claims {
		if c.Claim.ID != claim {
			continue
		}
		for _, v := range c.Verdicts {
			if v.Ref == ref {
				return v, true
			}
		}
	}
	return citewatch.Verdict{}, false
}
