package factseval

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/citewatch/citewatch"
)

// writeCorpus lays out a two-page corpus of our own.
func writeCorpus(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	must := func(err error) {
		if err != nil {
			t.Fatal(err)
		}
	}
	must(os.MkdirAll(filepath.Join(dir, "pages"), 0o755))
	must(os.WriteFile(filepath.Join(dir, "pages.jsonl"), []byte(
		`{"page":"a.txt","url":"https://news.example/a","published":"2025-03-04","language":"en","kind":"news"}
{"page":"b.txt","url":"https://presse.example/b","published":"2025-03","language":"fr","kind":"news"}
`), 0o644))
	must(os.WriteFile(filepath.Join(dir, "gold.jsonl"), []byte(
		`{"page":"a.txt","treaty":"T-1","event":"ratified","party":"NOR","date":"2025-03-03","count":null,"quote_contains":"Norway"}
{"page":"a.txt","treaty":"T-1","event":"party_count","party":null,"date":"2025-03","count":12,"quote_contains":"12"}
{"page":"b.txt","treaty":"T-1","event":"signed","party":"FRA","date":"2025","count":null,"quote_contains":"France"}
`), 0o644))
	return dir
}

func TestEvaluate(t *testing.T) {
	c, err := Load(writeCorpus(t))
	if err != nil {
		t.Fatal(err)
	}
	day := citewatch.DayDate(2025, 3, 3)
	facts := map[string][]citewatch.Fact{
		"a.txt": {
			// accession is scored in the same class as the labelled ratification
			{Treaty: "X", Event: citewatch.EventAcceded, Party: "NOR", Date: day, Citation: citewatch.Citation{Quote: "q1"}},
			// read twice: one fact
			{Treaty: "X", Event: citewatch.EventAcceded, Party: "NOR", Date: day, Citation: citewatch.Citation{Quote: "q1 again"}},
			// a count dated by its as-of date, more precise than the label
			{Treaty: "X", Event: citewatch.EventPartyCount, Count: 12, AsOf: citewatch.DayDate(2025, 3, 4)},
			// wrong party: false
			{Treaty: "X", Event: citewatch.EventSigned, Party: "SWE", Date: day, Citation: citewatch.Citation{Quote: "q3"}},
			// no date: not scored
			{Treaty: "X", Event: citewatch.EventSigned, Party: "DNK"},
		},
		"b.txt": {
			// a year-precision fact cannot match a day it does not state,
			// but a day fact matches a year label
			{Treaty: "X", Event: citewatch.EventSigned, Party: "FRA", Date: citewatch.DayDate(2025, 1, 9)},
		},
	}
	res := c.Evaluate(facts)
	if res.Overall.True != 3 || res.Overall.Emitted != 4 || res.Overall.Matched != 3 || res.Overall.Gold != 3 {
		t.Fatalf("overall = %+v, want 3/4 true, 3/3 found", res.Overall)
	}
	if res.Unscored != 1 {
		t.Errorf("unscored = %d, want 1", res.Unscored)
	}
	if len(res.False) != 1 || res.False[0].Party != "SWE" {
		t.Errorf("false = %+v, want the SWE signature", res.False)
	}
	if s := res.ByLanguage["fr"]; s.Recall != 1 || s.Precision != 1 {
		t.Errorf("fr = %+v", s)
	}
	if s := res.ByEvent["consent"]; s.Matched != 1 || s.Gold != 1 {
		t.Errorf("consent = %+v", s)
	}
	if res.Treaties["T-1"]["X"] != 3 {
		t.Errorf("treaties = %v", res.Treaties)
	}

	// nothing found: recall 0, and every line is listed as missed
	res = c.Evaluate(nil)
	if res.Overall.Recall != 0 || len(res.Missed) != 3 {
		t.Errorf("empty: %+v, %d missed", res.Overall, len(res.Missed))
	}
	// a coarser date than the label does not match
	res = c.Evaluate(map[string][]citewatch.Fact{"a.txt": {{Event: citewatch.EventRatified, Party: "NOR", Date: citewatch.Date{Year: 2025, Precision: citewatch.PrecisionYear}}}})
	if res.Overall.True != 0 {
		t.Errorf("a year matched a labelled day: %+v", res.Overall)
	}
}

func TestLoadErrors(t *testing.T) {
	if _, err := Load(t.TempDir()); err == nil {
		t.Error("an empty directory loaded")
	}
	dir := writeCorpus(t)
	if err := os.WriteFile(filepath.Join(dir, "gold.jsonl"), []byte("{not json\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := Load(dir); err == nil {
		t.Error("a malformed gold line loaded")
	}
}
