package extract

import (
	"bytes"
	"net/url"
	"os"
	"path/filepath"
	"testing"

	trafilatura "github.com/markusmobius/go-trafilatura"

	"github.com/citewatch/citewatch"
	"github.com/citewatch/citewatch/internal/fixtureweb"
)

// benchPages are the fixture web's pages and this package's testdata.
func benchPages(b *testing.B) []citewatch.Snapshot {
	b.Helper()
	var snaps []citewatch.Snapshot
	pages, err := fixtureweb.Pages()
	if err != nil {
		b.Fatal(err)
	}
	for _, p := range pages {
		if p.Status == 200 {
			snaps = append(snaps, citewatch.Snapshot{URL: p.URL, Body: p.HTML, ContentType: p.ContentType})
		}
	}
	files, _ := filepath.Glob("testdata/*.html")
	for _, f := range files {
		body, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		snaps = append(snaps, citewatch.Snapshot{URL: goldenURLs[filepath.Base(f)], Body: body, ContentType: "text/html"})
	}
	return snaps
}

// BenchmarkExtract measures full extraction (decoding, metadata, main
// text, sentences, facts, tables) in pages per second.
func BenchmarkExtract(b *testing.B) {
	snaps := benchPages(b)
	x := New(testLogger())
	b.ResetTimer()
	n := 0
	for b.Loop() {
		for _, s := range snaps {
			if _, _, err := x.Extract(b.Context(), s); err != nil {
				b.Fatal(err)
			}
			n++
		}
	}
	b.ReportMetric(float64(n)/b.Elapsed().Seconds(), "pages/s")
}

// BenchmarkTrafilatura measures go-trafilatura alone on the same pages,
// as a caller would use it (its own parse and charset detection, default
// options with the page's URL), for comparison with BenchmarkExtract.
func BenchmarkTrafilatura(b *testing.B) {
	snaps := benchPages(b)
	b.ResetTimer()
	n := 0
	for b.Loop() {
		for _, s := range snaps {
			u, _ := url.Parse(s.URL)
			_, _ = trafilatura.Extract(bytes.NewReader(s.Body), trafilatura.Options{OriginalURL: u})
			n++
		}
	}
	b.ReportMetric(float64(n)/b.Elapsed().Seconds(), "pages/s")
}
