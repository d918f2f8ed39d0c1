package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/rs/zerolog"

	"github.com/citewatch/citewatch"
	"github.com/citewatch/citewatch/index"
	"github.com/citewatch/citewatch/index/indextest"
)

// indexedDataDir returns a data directory whose index holds the index
// package's CETS-225 dataset, in which one news page is meant to be wrong
// about Japan's signature date.
func indexedDataDir(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	ix, err := index.Open(filepath.Join(dir, "index.bleve"), index.Options{}, zerolog.Nop())
	if err != nil {
		t.Fatal(err)
	}
	indextest.Fill(t, ix, filepath.Join("..", "..", "index", "testdata", "cets225.json"))
	if err := ix.Close(); err != nil {
		t.Fatal(err)
	}
	return dir
}

func runCitewatch(t *testing.T, args ...string) (string, error) {
	t.Helper()
	var out, errb bytes.Buffer
	err := run(context.Background(), args, &out, &errb)
	return out.String(), err
}

func TestSearchCommand(t *testing.T) {
	dir := indexedDataDir(t)
	out, err := runCitewatch(t, "--data", dir, "search", "Paris", "--party", "JPN", "--sort", "date", "--facet", "year")
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"2025-02-11", "[Paris]", "2 of 2 facts", "year: 2025 2"} {
		if !strings.Contains(out, want) {
			t.Errorf("search table lacks %q:\n%s", want, out)
		}
	}
	out, err = runCitewatch(t, "--data", dir, "search", "--event", "signed", "--facet", "party,event", "--json")
	if err != nil {
		t.Fatal(err)
	}
	var res index.Result
	if err := json.Unmarshal([]byte(out), &res); err != nil {
		t.Fatalf("--json output: %v", err)
	}
	if res.Total != 14 || res.Facets["event"][0].Count != 14 {
		t.Errorf("--json: total %d, event facet %+v; want 14 signed facts", res.Total, res.Facets["event"])
	}
	out, err = runCitewatch(t, "--data", dir, "search", "signed", "--jsonl", "--limit", "3")
	if err != nil || strings.Count(out, "\n") != 3 {
		t.Errorf("--jsonl --limit 3: %d lines, %v; want 3", strings.Count(out, "\n"), err)
	}
	if _, err := runCitewatch(t, "--data", dir, "search", "--since", "last year"); !errors.Is(err, citewatch.ErrInvalid) {
		t.Errorf("--since 'last year': err = %v, want ErrInvalid", err)
	}
}

func TestStatusCommand(t *testing.T) {
	dir := indexedDataDir(t)
	out, err := runCitewatch(t, "--data", dir, "status", "CETS-225")
	if err != nil {
		t.Fatal(err)
	}
	var jpn string
	for _, line := range strings.Split(out, "\n") {
		if strings.HasPrefix(line, "JPN") {
			jpn = line
		}
	}
	if !strings.Contains(jpn, "2025-02-11 [") || !strings.Contains(jpn, " ≠ 2025-02-12 [") {
		t.Errorf("JPN row = %q, want both dates with citations, marked ≠", jpn)
	}
	for _, want := range []string{"news.example.com", "mofa.go.jp", "<urn:uuid:", "2 cells where sources disagree"} {
		if !strings.Contains(out, want) {
			t.Errorf("status lacks %q:\n%s", want, out)
		}
	}
	out, err = runCitewatch(t, "--data", dir, "status", "CETS-225", "--as-of", "2025-01-01")
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(out, "JPN") || !strings.Contains(out, "MNE") {
		t.Errorf("status as of 2025-01-01 should list MNE and not JPN:\n%s", out)
	}
	if _, err := runCitewatch(t, "--data", dir, "status", "ETS-185"); !errors.Is(err, citewatch.ErrNotFound) {
		t.Errorf("status of an unindexed treaty: err = %v, want ErrNotFound", err)
	}
}

func TestTimelineCommand(t *testing.T) {
	dir := indexedDataDir(t)
	out, err := runCitewatch(t, "--data", dir, "timeline", "CETS-225")
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.SplitN(out, "\n", 3)
	if !strings.HasPrefix(lines[0], "CETS-225 Council of Europe Framework Convention on Artificial Intelligence") {
		t.Errorf("timeline title = %q, want the treaty's id and title", lines[0])
	}
	if first := lines[1]; !strings.HasPrefix(first, "2023-09  opened-for-signature") || !strings.Contains(first, "disputed") {
		t.Errorf("first timeline line = %q, want the disputed 2023-09 opening", first)
	}
	if i, j := strings.Index(out, "2024-05-17  adopted"), strings.Index(out, "2024-11-05  signed MNE Montenegro"); i < 0 || j < i {
		t.Errorf("timeline out of order or incomplete:\n%s", out)
	}
	if !strings.Contains(out, "(WARC <urn:uuid:") {
		t.Errorf("timeline citations lack WARC record IDs:\n%s", out)
	}
}

func TestExportCommand(t *testing.T) {
	dir := indexedDataDir(t)
	file := filepath.Join(t.TempDir(), "facts.csv")
	if _, err := runCitewatch(t, "--data", dir, "export", "--format", "csv", "--output", file); err != nil {
		t.Fatal(err)
	}
	out, err := runCitewatch(t, "--data", dir, "export")
	if err != nil {
		t.Fatal(err)
	}
	if n := strings.Count(out, "\n"); n != 19 {
		t.Errorf("export jsonl: %d lines, want 19", n)
	}
	if _, err := runCitewatch(t, "--data", dir, "export", "--format", "xlsx"); !errors.Is(err, citewatch.ErrInvalid) {
		t.Errorf("--format xlsx: err = %v, want ErrInvalid", err)
	}
}

func TestQueryCommandsOnBusyIndex(t *testing.T) {
	dir := indexedDataDir(t)
	// A writer in this process holds the index open while it lingers
	// after a write; flock makes that a real conflict even here.
	w, err := index.Open(filepath.Join(dir, "index.bleve"), index.Options{Linger: time.Minute}, zerolog.Nop())
	if err != nil {
		t.Fatal(err)
	}
	defer func() { must(t, w.Close()) }()
	if err := w.Put(context.Background(), nil, nil); err != nil {
		t.Fatal(err)
	}
	start := time.Now()
	_, err = runCitewatch(t, "--data", dir, "timeline", "CETS-225")
	if !errors.Is(err, citewatch.ErrBusy) || !strings.Contains(err.Error(), "being written by pid") {
		t.Errorf("timeline on a busy index: err = %v, want ErrBusy naming the writer", err)
	}
	if d := time.Since(start); d > 5*time.Second {
		t.Errorf("told after %v, want within 5 s", d)
	}
}
