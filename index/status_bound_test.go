package index_test

import (
	"context"
	"fmt"
	"testing"

	"github.com/rs/zerolog"

	"github.com/citewatch/citewatch"
	"github.com/citewatch/citewatch/index"
)

// TestStatusCellsAreBounded indexes pages that give each of a hundred
// parties many different dates of signature: each cell lists the bounded
// number of values, says how many more there were, and still says the
// sources disagree.
func TestStatusCellsAreBounded(t *testing.T) {
	ix, err := index.Open("", index.Options{InMemory: true}, zerolog.Nop())
	if err != nil {
		t.Fatal(err)
	}
	defer func() { must(t, ix.Close()) }()
	// one page keeps MaxStepDates dates of each party's signature, so five
	// pages, each with dates of its own, give each cell more than it lists
	const pages = 5
	for k := range pages {
		doc, facts := hostileDoc(fmt.Sprintf("https://hostile%d.example.org/", k), 1, 1900)
		for i := range facts {
			if facts[i].Party != "NOR" {
				d := facts[i].Date.Time().AddDate(0, 0, 3000*k)
				facts[i].Date = citewatch.DayDate(d.Year(), d.Month(), d.Day())
			}
		}
		if err := ix.Put(context.Background(), doc, facts); err != nil {
			t.Fatal(err)
		}
	}
	st, err := ix.Status(context.Background(), "CETS-225", citewatch.Date{})
	if err != nil {
		t.Fatal(err)
	}
	if len(st.Rows) != 101 {
		t.Fatalf("%d rows, want 101", len(st.Rows))
	}
	for _, r := range st.Rows {
		if r.Party == "NOR" {
			continue
		}
		c := r.Signed
		want := pages*index.MaxStepDates - index.MaxCellValues
		if len(c.Values) != index.MaxCellValues || c.Omitted != want || !c.Disagree {
			t.Fatalf("%s signed: %d values, %d omitted, disagree %v; want %d, %d, true",
				r.Party, len(c.Values), c.Omitted, c.Disagree, index.MaxCellValues, want)
		}
	}
	if n := st.Disagreements(); n != 100 {
		t.Errorf("%d disagreements, want 100", n)
	}
}
