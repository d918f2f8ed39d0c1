package main

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/citewatch/citewatch/citing"
	"github.com/citewatch/citewatch/internal/fixtureweb"
	"github.com/citewatch/citewatch/verify"
)

// fiftyClaims cuts the labelled claims document down to its first 50
// claims, keeping the whole reference list.
func fiftyClaims(tb testing.TB) []byte {
	tb.Helper()
	data, err := os.ReadFile(filepath.Join("..", "..", "testdata", "claims", "claims.md"))
	if err != nil {
		tb.Fatal(err)
	}
	var out []string
	claims := 0
	inRefs := false
	for _, line := range strings.Split(string(data), "\n") {
		if strings.HasPrefix(line, "## References") {
			inRefs = true
		}
		if !inRefs && strings.HasPrefix(line, "- ") {
			if claims == 50 {
				continue
			}
			claims++
		}
		out = append(out, line)
	}
	if claims != 50 {
		tb.Fatalf("the labelled claims have %d claims, want at least 50", claims)
	}
	return []byte(strings.Join(out, "\n"))
}

// BenchmarkVerify50Warm verifies a 50-claim document against a real index
// built by crawling the fixture web: the index, catalog and extractor are
// opened once (warm), and each iteration is one Verify of the document.
// It also reports the time of a whole `citewatch verify` command, which
// opens the data directory itself.
//
//	go test -run XXX -bench Verify50Warm -benchtime 10x ./cmd/citewatch
func BenchmarkVerify50Warm(b *testing.B) {
	w := fixtureweb.Start(b)
	data := b.TempDir()
	ctx := context.Background()
	doc := fiftyClaims(b)
	docPath := filepath.Join(b.TempDir(), "fifty.md")
	if err := os.WriteFile(docPath, doc, 0o644); err != nil {
		b.Fatal(err)
	}
	// Crawl, extract and index what the document cites.
	var out, errOut bytes.Buffer
	args := append(append([]string{"run", "--data", data, "--format", "json"}, fixtureFlags(w)...), docPath)
	if err := run(ctx, args, &out, &errOut); err != nil && err != errChecksFailed {
		b.Fatalf("run: %v\n%s", err, errOut.String())
	}
	parsed, err := citing.Parse(docPath, doc)
	if err != nil {
		b.Fatal(err)
	}
	g := &globals{dataDir: data, stdout: &out, stderr: &errOut}
	deps, err := openVerifyDeps(ctx, g)
	if err != nil {
		b.Fatal(err)
	}
	defer deps.close()
	v := verify.New(deps.passages, deps.facts, deps.claims, deps.health, g.log)
	if _, err := v.Verify(ctx, parsed); err != nil { // warm up
		b.Fatal(err)
	}
	b.ResetTimer()
	for b.Loop() {
		r, err := v.Verify(ctx, parsed)
		if err != nil {
			b.Fatal(err)
		}
		if len(r.Claims) != 50 {
			b.Fatalf("%d claims verified, want 50", len(r.Claims))
		}
	}
	b.StopTimer()
	start := time.Now()
	const commands = 3
	for range commands {
		out.Reset()
		if err := run(ctx, []string{"verify", "--data", data, "--format", "json", docPath}, &out, &errOut); err != nil && err != errChecksFailed {
			b.Fatalf("verify: %v\n%s", err, errOut.String())
		}
	}
	b.ReportMetric(float64(time.Since(start).Milliseconds())/commands, "ms/command")
}
