package extract

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/citewatch/citewatch"
	"github.com/citewatch/citewatch/internal/fixtureweb"
)

// TestHeldOut runs the evaluation of TestEvaluation on testdata/heldout:
// pages written after the extractor, in the styles of sites and wordings
// the fixture web does not use, each with a golden in fixtureweb's format
// (see internal/fixtureweb's package comment for the conventions). It
// fails below precision 0.95 or recall 0.90.
func TestHeldOut(t *testing.T) {
	evaluate(t, heldOutSet(t, "testdata/heldout", 15), 0.95, 0.90)
}

// heldOutSet reads the pages of a held-out folder and their goldens,
// failing when it holds fewer than min pages.
func heldOutSet(t *testing.T, dir string, min int) []evalPage {
	t.Helper()
	files, err := filepath.Glob(filepath.Join(dir, "*.html"))
	if err != nil || len(files) < min {
		t.Fatalf("want at least %d held-out pages in %s, found %d (%v)", min, dir, len(files), err)
	}
	var set []evalPage
	for _, file := range files {
		body, err := os.ReadFile(file)
		if err != nil {
			t.Fatal(err)
		}
		g, err := readHeldOutGolden(strings.TrimSuffix(file, ".html") + ".golden.json")
		if err != nil {
			t.Fatalf("%s: %v", file, err)
		}
		set = append(set, evalPage{URL: g.URL, ContentType: "text/html; charset=utf-8", HTML: body, Golden: g})
	}
	return set
}

// readHeldOutGolden decodes a golden strictly and checks each fact's
// event and date.
func readHeldOutGolden(path string) (*fixtureweb.Golden, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	var g fixtureweb.Golden
	if err := dec.Decode(&g); err != nil {
		return nil, err
	}
	if citewatch.ValidateURL(g.URL) != nil {
		return nil, &os.PathError{Op: "golden", Path: path, Err: citewatch.ErrInvalid}
	}
	for _, f := range g.Facts {
		if f.Treaty == "" || f.Quote == "" || !citewatch.Event(f.Event).Valid() || f.Date != "" && f.Day().IsZero() {
			return nil, &os.PathError{Op: "golden fact " + f.Event + " " + f.Date, Path: path, Err: citewatch.ErrInvalid}
		}
	}
	return &g, nil
}

// TestHeldOut2 runs the evaluation of TestEvaluation on testdata/heldout2:
// a second set of pages written independently of the extractor's rules and
// of the first held-out set, in the styles of Council of Europe, EU, UN and
// national government sites, wire services, newspapers, blogs, law firms
// and encyclopedia pages, with goldens in fixtureweb's format. Measured
// before any rule was written against it: precision 0.879, recall 0.665.
// The floors hold what general fixes have reached since (0.980 / 0.878 at
// the time of writing) so that no change loses it; recall is still short
// of the project's 0.90 on this set, and the misses it prints are the work
// left.
func TestHeldOut2(t *testing.T) {
	evaluate(t, heldOutSet(t, "testdata/heldout2", 20), 0.95, 0.85)
}
