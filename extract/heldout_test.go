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
	files, err := filepath.Glob("testdata/heldout/*.html")
	if err != nil || len(files) < 15 {
		t.Fatalf("want at least 15 held-out pages, found %d (%v)", len(files), err)
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
	evaluate(t, set, 0.95, 0.90)
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
