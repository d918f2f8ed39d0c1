package index

import (
	"context"
	"fmt"
	"path/filepath"
	"testing"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/index/scorch"
	"github.com/rs/zerolog"

	"github.com/citewatch/citewatch"
)

// fileSegments returns how many file segments bi reads from.
func fileSegments(t *testing.T, bi bleve.Index) uint64 {
	t.Helper()
	adv, err := bi.Advanced()
	if err != nil {
		t.Fatal(err)
	}
	n, _ := adv.(*scorch.Scorch).StatsMap()["TotFileSegmentsAtRoot"].(uint64)
	return n
}

// TestShortWritersLeaveFewSegments writes pages of a thousand facts, each
// by a writer of its own that closes right after (as `archive add`s do).
// Bleve's own plan lets ten segments of like size stand, so without the
// merge at close each page leaves its segments behind; with it the index
// reads from at most mergeAbove segments, with every page's facts there.
func TestShortWritersLeaveFewSegments(t *testing.T) {
	if testing.Short() {
		t.Skip("writes eight large pages")
	}
	path := filepath.Join(t.TempDir(), "index.bleve")
	const pages, perPage = 8, bulkBatch/2 + 100
	for i := range pages {
		ix, err := Open(path, Options{}, zerolog.Nop())
		if err != nil {
			t.Fatal(err)
		}
		var facts []citewatch.Fact
		for j := range perPage {
			facts = append(facts, citewatch.Fact{Treaty: "CETS-225", Event: citewatch.EventSignatoryCount, Count: j + 1, AsOf: citewatch.DayDate(2024, 9, 1+i)})
		}
		putTablePage(t, ix, fmt.Sprintf("https://p%02d.example/", i), facts)
		must(t, ix.Close())
	}
	bi, err := bleve.OpenUsing(path, map[string]any{"read_only": true})
	if err != nil {
		t.Fatal(err)
	}
	n := fileSegments(t, bi)
	must(t, bi.Close())
	t.Logf("%d segments after %d writers", n, pages)
	if n == 0 || n > 4 {
		t.Errorf("%d segments after %d writers, want 1 to 4", n, pages)
	}
	ix, err := Open(path, Options{ReadOnly: true}, zerolog.Nop())
	if err != nil {
		t.Fatal(err)
	}
	defer func() { must(t, ix.Close()) }()
	facts, err := ix.Facts(context.Background(), citewatch.FactQuery{Treaty: "CETS-225"})
	if err != nil || len(facts) != pages*perPage {
		t.Errorf("after the merges: %d facts, %v; want %d", len(facts), err, pages*perPage)
	}
}
