package watch

import (
	"context"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/citewatch/citewatch"
)

func state(label citewatch.Label, quote string, health citewatch.Health, facts ...citewatch.Fact) *State {
	s := &State{Checked: time.Date(2025, 3, 1, 0, 0, 0, 0, time.UTC)}
	s.AddReport("brief.md", []ClaimVerdicts{{
		Claim:    citewatch.Claim{ID: "c1", Text: "Norway ratified the Lakes Convention on 4 June 2020."},
		Verdicts: []citewatch.Verdict{{Ref: "1", URL: "https://a.example/x", Label: label, Evidence: []citewatch.Evidence{{Quote: quote}}}},
	}})
	s.SetSource("https://a.example/x", health, facts)
	return s
}

func TestDiff(t *testing.T) {
	june := citewatch.Fact{Treaty: "LAKES", Event: citewatch.EventRatified, Party: "NOR", Date: citewatch.DayDate(2020, 6, 4)}
	july := june
	july.Date = citewatch.DayDate(2020, 7, 4)
	a := state(citewatch.Supported, "Norway ratified it on 4 June 2020.", citewatch.HealthOK, june)
	if ev := Diff(a, a); len(ev) != 0 {
		t.Errorf("no change gave %v", ev)
	}
	b := state(citewatch.Contradicted, "Norway ratified it on 4 July 2020.", citewatch.HealthOK, july)
	ev := Diff(a, b)
	if len(ev) != 2 || ev[0].Kind != VerdictChanged || ev[0].FromQuote != "Norway ratified it on 4 June 2020." ||
		ev[0].ToQuote != "Norway ratified it on 4 July 2020." || ev[0].From != "supported" || ev[0].To != "contradicted" {
		t.Fatalf("events = %+v", ev)
	}
	if ev[1].Kind != FactsChanged || len(ev[1].Added) != 1 || !strings.Contains(ev[1].Added[0], "2020-07-04") || !strings.Contains(ev[1].Removed[0], "2020-06-04") {
		t.Errorf("facts event = %+v", ev[1])
	}
	// the source dies (its archived facts stay), then comes back
	c := state(citewatch.Supported, "Norway ratified it on 4 June 2020.", citewatch.HealthGone, june)
	ev = Diff(a, c)
	if len(ev) != 1 || ev[0].Kind != SourceDied || ev[0].To != "gone" {
		t.Errorf("died: %+v", ev)
	}
	if ev = Diff(c, a); len(ev) != 1 || ev[0].Kind != SourceReturned {
		t.Errorf("returned: %+v", ev)
	}
	// the first round has nothing to compare with
	if ev := Diff(nil, a); ev != nil {
		t.Errorf("first round: %v", ev)
	}
}

func TestSaveLoad(t *testing.T) {
	path := filepath.Join(t.TempDir(), "watch", "state.json")
	if s, err := Load(path); s != nil || err != nil {
		t.Fatalf("missing state: %v %v", s, err)
	}
	a := state(citewatch.Supported, "q", citewatch.HealthOK)
	if err := a.Save(path); err != nil {
		t.Fatal(err)
	}
	b, err := Load(path)
	if err != nil || len(Diff(a, b)) != 0 || len(b.Verdicts) != 1 {
		t.Errorf("round trip: %+v %v", b, err)
	}
}

// pageReader reads a snapshot's body as one paragraph and its facts from a
// table keyed by body.
type pageReader map[string][]citewatch.Fact

func (r pageReader) Extract(_ context.Context, s citewatch.Snapshot) (*citewatch.Document, []citewatch.Fact, error) {
	text := string(s.Body)
	return &citewatch.Document{URL: s.URL, Text: text, Paragraphs: []citewatch.Span{{Start: 0, End: len(text)}}}, r[text], nil
}

func TestCompare(t *testing.T) {
	signed := citewatch.Fact{Treaty: "CETS-225", Event: citewatch.EventSigned, Party: "NOR", Date: citewatch.DayDate(2024, 9, 5)}
	ratified := citewatch.Fact{Treaty: "CETS-225", Event: citewatch.EventRatified, Party: "NOR", Date: citewatch.DayDate(2025, 3, 1)}
	r := pageReader{"Norway signed.": {signed}, "Norway signed and ratified.": {signed, ratified}}
	t0 := time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC)
	older := citewatch.Snapshot{URL: "https://a.example/", FetchedAt: t0, Body: []byte("Norway signed.")}
	newer := citewatch.Snapshot{URL: "https://a.example/", FetchedAt: t0.AddDate(0, 3, 0), Body: []byte("Norway signed and ratified.")}
	c, err := Compare(context.Background(), r, older, newer)
	if err != nil {
		t.Fatal(err)
	}
	if c.Same || len(c.Added) != 1 || len(c.Removed) != 0 || !strings.Contains(c.Added[0], "ratified") {
		t.Errorf("Compare = same %v, added %q, removed %q; want the ratification added", c.Same, c.Added, c.Removed)
	}
	if !strings.Contains(c.Text, "-Norway signed.") || !strings.Contains(c.Text, "+Norway signed and ratified.") {
		t.Errorf("text diff = %q, want the old line out and the new in", c.Text)
	}
	if c, err := Compare(context.Background(), r, older, older); err != nil || !c.Same || c.Text != "" {
		t.Errorf("Compare of a copy with itself = %+v, %v; want the same", c, err)
	}
}
