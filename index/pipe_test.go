package index

import (
	"fmt"
	"path/filepath"
	"testing"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/index/scorch"
)

// TestBatchPipeKeepsTheLastOfAnEntry writes an entry in a large batch and
// again in a small one right after it, round after round, with two
// writers: the small batch is built first, and would reach the index
// first, unless the pipe waits for the large one.
func TestBatchPipeKeepsTheLastOfAnEntry(t *testing.T) {
	bi, err := bleve.NewUsing(filepath.Join(t.TempDir(), "x.bleve"), newMapping(), scorch.Name, scorch.Name, map[string]any{"unsafe_batch": true})
	if err != nil {
		t.Fatal(err)
	}
	defer func() { must(t, bi.Close()) }()
	p := newBatchPipe(bi, 2)
	entry := func(i int) map[string]any {
		return map[string]any{fieldType: typePage, fieldSource: "https://a.example/", fieldDigest: fmt.Sprint(i)}
	}
	for round := range 20 {
		for i := range 1500 {
			must(t, p.Index(fmt.Sprintf("u:https://filler.example/%d/%d", round, i), entry(i)))
		}
		must(t, p.Index("u:https://a.example/", entry(2*round)))
		must(t, p.flush())
		must(t, p.Index("u:https://a.example/", entry(2*round+1)))
		must(t, p.flush())
		must(t, p.wait())
		if got, want := indexedDigest(bi, "https://a.example/"), fmt.Sprint(2*round+1); got != want {
			t.Fatalf("round %d: the entry written last has digest %s, the index holds %s", round, want, got)
		}
	}
	must(t, p.close())
}
