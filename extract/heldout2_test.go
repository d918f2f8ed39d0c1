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
// and encyclopedia pages, with goldens in fixtureweb's format. Measured
// before any rule was written against it: precision 0.879, recall 0.665.
// The floors hold what general fixes have reached since (0.980 / 0.878 at
// the time of writing) so that no change loses it; recall is still short
// of the project's 0.90 on this set, and the misses it prints are the work
// left.
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
	evaluate(t, set, 0.95, 0.85)
}
