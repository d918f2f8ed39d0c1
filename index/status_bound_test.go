package index_test

import (
	"context"
	"testing"

	"github.com/rs/zerolog"

	"github.com/citewatch/citewatch"
	"github.com/citewatch/citewatch/index"
)

// TestStatusCellsAreBounded indexes a page that gives each of a hundred
// parties nineteen different dates of signature: each cell lists the
// bounded number of values, says how many more there were, and still
// says the sources disagree.
func TestStatusCellsAreBounded(t *testing.T) {
	ix, err := index.Open("", index.Options{InMemory: true}, zerolog.Nop())
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	doc, facts := hostileDoc("https://hostile.example.org/", 1, 1900)
	if err := ix.Put(context.Background(), doc, facts); err != nil {
		t.Fatal(err)
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
		if len(c.Values) != index.MaxCellValues || c.Omitted != 19-index.MaxCellValues || !c.Disagree {
			t.Fatalf("%s signed: %d values, %d omitted, disagree %v; want %d, %d, true",
				r.Party, len(c.Values), c.Omitted, c.Disagree, index.MaxCellValues, 19-index.MaxCellValues)
		}
	}
	if n := st.Disagreements(); n != 100 {
		t.Errorf("%d disagreements, want 100", n)
	}
}
