package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/citewatch/citewatch"
	"github.com/citewatch/citewatch/internal/fixtureweb"
	"github.com/citewatch/citewatch/verify"
)

// fixtureFlags are the flags that point a crawl at the fixture web on
// loopback: every host resolves to the test server, whose certificate the
// fixture CA signed.
func fixtureFlags(w *fixtureweb.Web) []string {
	return []string{"--allow-private", "--delay", "0", "--ca-file", w.CAFile(), "--resolve", "*:" + w.Addr()}
}

// runJSON runs citewatch with args and decodes the JSON report on stdout.
// It returns the report, stderr, and run's error.
func runJSON(t *testing.T, args ...string) (*verify.Report, string, error) {
	t.Helper()
	var stdout, stderr bytes.Buffer
	err := run(context.Background(), args, &stdout, &stderr)
	var r verify.Report
	if stdout.Len() > 0 {
		if jerr := json.Unmarshal(stdout.Bytes(), &r); jerr != nil {
			t.Fatalf("report is not JSON: %v\n%s", jerr, stdout.String())
		}
	}
	return &r, stderr.String(), err
}

// expectedVerdicts reads an expected.json written with the labelled claims.
type expectedVerdicts struct {
	Claims []struct {
		ID        string `json:"id"`
		Text      string `json:"text"`
		Citations []struct {
			Ref      string          `json:"ref"`
			URL      string          `json:"url"`
			Expected citewatch.Label `json:"expected"`
			Why      string          `json:"why"`
		} `json:"citations"`
	} `json:"claims"`
}

func readExpected(t *testing.T, path string) expectedVerdicts {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var e expectedVerdicts
	if err := json.Unmarshal(data, &e); err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	return e
}

// verdictOf finds the verdict for claim id and reference ref.
func verdictOf(r *verify.Report, id, ref string) (citewatch.Verdict, bool) {
	for _, c := range r.Claims {
		if c.Claim.ID != id {
			continue
		}
		for _, v := range c.Verdicts {
			if v.Ref == ref {
				return v, true
			}
		}
	}
	return citewatch.Verdict{}, false
}

// outcomes pairs every expected verdict with the one the report gives.
func outcomes(t *testing.T, r *verify.Report, e expectedVerdicts) []verify.LabelPair {
	t.Helper()
	var out []verify.LabelPair
	for _, c := range e.Claims {
		for _, cit := range c.Citations {
			v, ok := verdictOf(r, c.ID, cit.Ref)
			if !ok {
				t.Errorf("%s [%s]: no verdict in the report", c.ID, cit.Ref)
				continue
			}
			out = append(out, verify.LabelPair{ID: c.ID + "[" + cit.Ref + "]", Want: cit.Expected, Got: v.Label})
			if v.Label != cit.Expected {
				t.Logf("%s [%s] = %s, want %s (%s)\n    claim: %s\n    reason: %s", c.ID, cit.Ref, v.Label, cit.Expected, cit.Why, c.Text, v.Reason)
			}
		}
	}
	return out
}

// TestRunBadDocuments gives run broken documents: each problem gets one
// clear line, the rest gets a report, and nothing panics.
func TestRunBadDocuments(t *testing.T) {
	w := fixtureweb.Start(t)
	dir := t.TempDir()
	write := func(name, body string) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	press := "https://www.coe.int/en/web/portal/-/council-of-europe-opens-first-ever-global-treaty-on-ai-for-signature"
	tests := []struct {
		name     string
		doc      string
		wantErr  error    // nil: a report is expected
		wantLine []string // each must appear on stderr
	}{
		{"empty.md", "", citewatch.ErrInvalid, []string{"empty"}},
		{"norefs.md", "The convention was adopted on 17 May 2024.\n", nil, []string{"no reference"}},
		{"missing.md", "The convention was adopted on 17 May 2024 [1]. It opened in Vilnius [9].\n\n[1] " + press + "\n",
			nil, []string{"[9]"}},
		{"unreachable.md", "The convention was adopted on 17 May 2024 [1]. It was signed widely [2].\n\n[1] " + press +
			"\n[2] https://no-such-host.invalid/page\n", nil, []string{"no-such-host.invalid"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			args := append([]string{"run", "--data", filepath.Join(dir, "data-"+tt.name), "--format", "json"}, fixtureFlags(w)...)
			args = append(args, write(tt.name, tt.doc))
			var stdout, stderr bytes.Buffer
			err := run(context.Background(), args, &stdout, &stderr)
			var code bytes.Buffer
			exit := exitCode(err, &code)
			all := stderr.String() + code.String()
			if strings.Contains(all, "panic") || strings.Contains(all, "goroutine ") {
				t.Fatalf("stack trace on stderr:\n%s", all)
			}
			if tt.wantErr != nil {
				if !errors.Is(err, tt.wantErr) || exit != exitError {
					t.Fatalf("err = %v (exit %d), want %v (exit 2)", err, exit, tt.wantErr)
				}
			} else if exit == exitError {
				t.Fatalf("exit 2 (%v), want a report; stderr:\n%s", err, all)
			}
			for _, want := range tt.wantLine {
				if !strings.Contains(strings.ToLower(all), strings.ToLower(want)) {
					t.Errorf("stderr lacks %q:\n%s", want, all)
				}
			}
			if tt.wantErr == nil && tt.name != "norefs.md" {
				var r verify.Report
				if err := json.Unmarshal(stdout.Bytes(), &r); err != nil {
					t.Fatalf("no JSON report: %v\n%s", err, stdout.String())
				}
				if v, ok := verdictOf(&r, "c1", "1"); !ok || v.Label != citewatch.Supported {
					t.Errorf("c1 [1] = %+v, want supported despite the document's other problems", v)
				}
			}
		})
	}
}

// TestRebuildFromArchiveAlone crawls the fixture web, then throws away the
// index and the catalog: `index --rebuild` remakes the same facts from the
// WARC files alone, and `extract --all` agrees.
func TestRebuildFromArchiveAlone(t *testing.T) {
	w := fixtureweb.Start(t)
	data := t.TempDir()
	pages, err := fixtureweb.Pages()
	if err != nil {
		t.Fatal(err)
	}
	var urls []string
	for _, p := range pages {
		if p.Status == 0 || p.Status == 200 {
			urls = append(urls, p.URL)
		}
	}
	ctx := context.Background()
	var out, errOut bytes.Buffer
	args := append(append([]string{"crawl", "--data", data}, fixtureFlags(w)...), urls...)
	// Some fixture pages are meant to fail (exit status 1); the rest is archived.
	if err := run(ctx, args, &out, &errOut); err != nil && !errors.Is(err, errChecksFailed) {
		t.Fatalf("crawl: %v\n%s", err, errOut.String())
	}
	countFacts := func() int {
		t.Helper()
		var out, errOut bytes.Buffer
		if err := run(ctx, []string{"export", "--data", data, "--format", "jsonl"}, &out, &errOut); err != nil {
			t.Fatalf("export: %v\n%s", err, errOut.String())
		}
		return strings.Count(out.String(), "\n")
	}
	before := countFacts()
	if before < 200 {
		t.Fatalf("the crawl indexed %d facts from %d pages, want at least 200", before, len(urls))
	}
	for _, p := range []string{"index.bleve", "catalog.db", "catalog.db-wal", "catalog.db-shm"} {
		must(t, os.RemoveAll(filepath.Join(data, p)))
	}
	out.Reset()
	if err := run(ctx, []string{"index", "--rebuild", "--data", data}, &out, &errOut); err != nil {
		t.Fatalf("index --rebuild: %v\n%s", err, errOut.String())
	}
	if after := countFacts(); after != before {
		t.Errorf("rebuilt index has %d facts, the crawl's had %d", after, before)
	}
	out.Reset()
	if err := run(ctx, []string{"extract", "--all", "--json", "--data", data}, &out, &errOut); err != nil {
		t.Fatalf("extract --all: %v\n%s", err, errOut.String())
	}
	facts := 0
	for _, line := range strings.Split(strings.TrimSpace(out.String()), "\n") {
		var page struct {
			Facts []citewatch.Fact `json:"facts"`
		}
		if err := json.Unmarshal([]byte(line), &page); err != nil {
			t.Fatalf("extract --all line: %v: %.200s", err, line)
		}
		facts += len(page.Facts)
	}
	if facts != before {
		t.Errorf("extract --all printed %d facts, the crawl indexed %d", facts, before)
	}
}

// TestArchiveAddIsIndexed imports a page a user saved and finds its facts
// in the index, cited to the URL it was saved from.
func TestArchiveAddIsIndexed(t *testing.T) {
	data := t.TempDir()
	page := filepath.Join(t.TempDir(), "saved.html")
	html := `<html><head><title>Japan signs AI convention</title>
<meta property="article:published_time" content="2025-02-12T08:00:00Z"></head><body><article>
<h1>Japan signs AI convention</h1>
<p>Japan signed the Council of Europe Framework Convention on Artificial Intelligence (CETS No. 225) in Paris on 11 February 2025.</p>
<p>The signature followed months of preparation by the foreign ministry, which had taken part in the negotiations as an observer.</p>
</article></body></html>`
	if err := os.WriteFile(page, []byte(html), 0o644); err != nil {
		t.Fatal(err)
	}
	const saved = "https://paywalled.example.com/news/japan-signs"
	ctx := context.Background()
	var out, errOut bytes.Buffer
	if err := run(ctx, []string{"archive", "add", "--data", data, saved, page}, &out, &errOut); err != nil {
		t.Fatalf("archive add: %v\n%s", err, errOut.String())
	}
	facts := searchFacts(t, "--data", data, "--party", "JPN")
	for _, f := range facts {
		if f.Event == citewatch.EventSigned && f.Citation.URL == saved && f.Date.String() == "2025-02-11" && f.Citation.WARCRecordID != "" {
			return
		}
	}
	t.Errorf("no JPN signed 2025-02-11 fact cited to %s with a WARC record id among %+v", saved, facts)
}

// searchFacts runs `citewatch search --json` with args and returns the
// facts of its hits.
func searchFacts(t *testing.T, args ...string) []citewatch.Fact {
	t.Helper()
	var out, errOut bytes.Buffer
	if err := run(context.Background(), append([]string{"search", "--json"}, args...), &out, &errOut); err != nil {
		t.Fatalf("search: %v\n%s", err, errOut.String())
	}
	var res struct {
		Hits []struct {
			Fact citewatch.Fact `json:"fact"`
		} `json:"hits"`
	}
	if err := json.Unmarshal(out.Bytes(), &res); err != nil {
		t.Fatalf("search output: %v\n%s", err, out.String())
	}
	facts := make([]citewatch.Fact, len(res.Hits))
	for i, h := range res.Hits {
		facts[i] = h.Fact
	}
	return facts
}
