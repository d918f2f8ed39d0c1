package extract

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestHeldOut2 runs the evaluation of TestEvaluation on testdata/heldout2:
// a second set of pages written independently of the extractor's rules and
// of the first held-out set, in the styles of Council of Europe, EU, UN and
// national government sites, wire services, newspapers, blogs, law firms
// and encyclopedia pages, with goldens in fixtureweb's format. It reports
// precision and recall and fails only if a page cannot be read or a quote
// does not round-trip; the floors are zero until the failures it lists are
// fixed.
func TestHeldOut2(t *testing.T) {
	files, err := filepath.Glob("testdata/heldout2/*.html")
	if err != nil || len(files) < 20 {
		t.Fatalf("want at least 20 held-out pages, found %d (%v)", len(files), err)
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
	evaluate(t, set, 0, 0)
}
