package extract

import (
	"bytes"
	"net/url"
	"os"
	"path/filepath"
	"testing"
	"time"

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
			trafilaturaAlone(s)
			n++
		}
	}
	b.ReportMetric(float64(n)/b.Elapsed().Seconds(), "pages/s")
}

// trafilaturaAlone runs go-trafilatura on s as a caller would use it: its
// own parse and charset detection, default options with the page's URL.
func trafilaturaAlone(s citewatch.Snapshot) {
	u, _ := url.Parse(s.URL)
	_, _ = trafilatura.Extract(bytes.NewReader(s.Body), trafilatura.Options{OriginalURL: u})
}

// BenchmarkExtractVsTrafilatura measures full extraction and go-trafilatura
// alone side by side: each iteration runs both on every page, alternating
// which goes first, so both see the same pages, caches and machine load.
// It reports each one's pages per second and their ratio (full extraction
// over go-trafilatura; run with -cpu 1 for a per-core figure).
func BenchmarkExtractVsTrafilatura(b *testing.B) {
	snaps := benchPages(b)
	x := New(testLogger())
	var full, alone time.Duration
	n, i := 0, 0
	b.ResetTimer()
	for b.Loop() {
		for _, s := range snaps {
			runFull := func() {
				start := time.Now()
				if _, _, err := x.Extract(b.Context(), s); err != nil {
					b.Fatal(err)
				}
				full += time.Since(start)
			}
			runAlone := func() {
				start := time.Now()
				trafilaturaAlone(s)
				alone += time.Since(start)
			}
			if i%2 == 0 {
				runFull()
				runAlone()
			} else {
				runAlone()
				runFull()
			}
			i++
			n++
		}
	}
	fullRate := float64(n) / full.Seconds()
	aloneRate := float64(n) / alone.Seconds()
	b.ReportMetric(fullRate, "extract-pages/s")
	b.ReportMetric(aloneRate, "trafilatura-pages/s")
	b.ReportMetric(fullRate/aloneRate, "ratio")
}
