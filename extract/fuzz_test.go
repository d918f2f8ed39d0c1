package extract

import (
	"os"
	"path/filepath"
	"testing"
	"unicode/utf8"

	"github.com/citewatch/citewatch"
)

// FuzzExtract checks that any body extracts without panicking, into valid
// UTF-8 text, with every quote cut exactly from the text.
func FuzzExtract(f *testing.F) {
	files, _ := filepath.Glob("testdata/*.html")
	for _, file := range files {
		if b, err := os.ReadFile(file); err == nil {
			f.Add(b)
		}
	}
	f.Add([]byte(article))
	f.Add([]byte("<table><tr><th>State</th><th>Signature</th></tr><tr><td>Japan</td><td>11/02/2025</td></tr></table>"))
	f.Add([]byte("\xff\xfe<p>Japan signed CETS No. 225 on 31/02/2025.</p>"))
	f.Add([]byte("<div><div><div><p>On Tuesday, the EU signed the Convention.</p>"))
	x := New(testLogger())
	f.Fuzz(func(t *testing.T, body []byte) {
		doc, facts, err := x.Extract(t.Context(), citewatch.Snapshot{URL: "https://example.org/f", Body: body})
		if err != nil {
			if len(body) == 0 {
				return
			}
			t.Fatalf("Extract: %v", err)
		}
		if !utf8.ValidString(doc.Text) {
			t.Fatal("text is not valid UTF-8")
		}
		if err := doc.Validate(); err != nil {
			t.Fatal(err)
		}
		for _, fact := range facts {
			if doc.Slice(fact.Citation.Span) != fact.Citation.Quote {
				t.Fatalf("quote %q does not round-trip", fact.Citation.Quote)
			}
			if err := fact.Validate(); err != nil {
				t.Fatal(err)
			}
		}
	})
}
