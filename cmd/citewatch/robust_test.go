package main

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/rs/zerolog"

	"github.com/citewatch/citewatch"
	"github.com/citewatch/citewatch/archive"
	"github.com/citewatch/citewatch/sources"
)

// citewatchExit runs the command line as main does and returns what it
// wrote and its exit status.
func citewatchExit(ctx context.Context, args ...string) (stdout, stderr string, code int, err error) {
	var out, errb bytes.Buffer
	err = run(ctx, args, &out, &errb)
	code = exitCode(err, &errb)
	return out.String(), errb.String(), code, err
}

// oneClearLine fails unless stderr is one line of citewatch's, with no
// stack trace or panic in it.
func oneClearLine(t *testing.T, what, stderr string) {
	t.Helper()
	lines := strings.Split(strings.TrimSpace(stderr), "\n")
	if len(lines) != 1 || !strings.HasPrefix(lines[0], "citewatch: ") ||
		strings.Contains(stderr, "goroutine ") || strings.Contains(stderr, "panic") {
		t.Errorf("%s: stderr %q, want one citewatch line", what, stderr)
	}
}

// hostileSite serves pages meant to hurt, next to ordinary pages.
func hostileSite(t *testing.T) *httptest.Server {
	t.Helper()
	mux := http.NewServeMux()
	mux.HandleFunc("/robots.txt", func(w http.ResponseWriter, r *http.Request) {
		// A failed write in a handler shows on the crawler's side.
		_, _ = w.Write([]byte("Disallow: /page/stray\nUser-agent: *\nDisallow: /private/\n"))
	})
	mux.HandleFunc("/page/", func(w http.ResponseWriter, r *http.Request) {
		time.Sleep(30 * time.Millisecond)
		fmt.Fprintf(w, "<html><head><title>Page %s</title></head><body><p>The Convention was opened for signature in Vilnius on 5 September 2024 (%s).</p></body></html>", r.URL.Path, r.URL.Path)
	})
	mux.HandleFunc("/png", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "image/png")
		_, _ = w.Write(append([]byte("\x89PNG\r\n\x1a\n"), make([]byte, 200)...))
	})
	mux.HandleFunc("/loop", func(w http.ResponseWriter, r *http.Request) { http.Redirect(w, r, "/loop", http.StatusFound) })
	mux.HandleFunc("/endless", func(w http.ResponseWriter, r *http.Request) {
		chunk := bytes.Repeat([]byte("<p>again</p>"), 1000)
		for {
			if _, err := w.Write(chunk); err != nil {
				return
			}
		}
	})
	s := httptest.NewServer(mux)
	t.Cleanup(s.Close)
	return s
}

func crawlArgs(data string, s *httptest.Server, extra ...string) []string {
	return append([]string{"--data", data, "crawl", "--allow-private", "--delay", "0", "--retries", "0", "--max-body", "100000",
		"--resolve", "*:" + strings.TrimPrefix(s.URL, "http://")}, extra...)
}

// TestCrawlSaysWhyURLsFailed crawls hostile pages: each failure gets one
// line saying why, an image is archived but not indexed, and the crawl
// finishes and exits 1, as it does whenever a fetch failed.
func TestCrawlSaysWhyURLsFailed(t *testing.T) {
	s := hostileSite(t)
	data := t.TempDir()
	const host = "http://www.example.org"
	out, stderr, code, err := citewatchExit(context.Background(), crawlArgs(data, s,
		host+"/page/1", host+"/png", host+"/loop", host+"/endless", host+"/private/x", host+"/page/stray")...)
	if code != exitFailed {
		t.Fatalf("crawl: exit %d (%v)\n%s", code, err, stderr)
	}
	if !strings.Contains(out, "3 fetched, 3 failed") {
		t.Errorf("summary %q, want 3 fetched (page, image, the rule before any agent ignored), 3 failed", out)
	}
	for _, want := range []string{
		host + "/loop: ", "too many redirects",
		host + "/endless: ", "body larger than 100000 bytes",
		host + "/private/x: ", "robots.txt",
		host + "/png: archived, not indexed: crawl: image/png content is not an HTML or text page",
	} {
		if !strings.Contains(stderr, want) {
			t.Errorf("stderr lacks %q:\n%s", want, stderr)
		}
	}
	if n := strings.Count(stderr, "\n"); n != 4 {
		t.Errorf("%d lines on stderr, want one per problem (4):\n%s", n, stderr)
	}
}

// TestBadInputsExitTwo gives bad flags and bad data directories: each is
// refused with one clear line and exit status 2, and no archived page is
// lost.
func TestBadInputsExitTwo(t *testing.T) {
	base := t.TempDir()
	file := filepath.Join(base, "a-file")
	must(t, os.WriteFile(file, []byte("not a folder"), 0o644))
	corrupt := filepath.Join(base, "corrupt")
	must(t, os.MkdirAll(filepath.Join(corrupt, "warc"), 0o755))
	junk := bytes.Repeat([]byte{0x5a, 0xa5, 0x13, 0x37}, 4096)
	must(t, os.WriteFile(filepath.Join(corrupt, "catalog.db"), junk, 0o644))
	notWARC := filepath.Join(base, "notes.warc.gz")
	must(t, os.WriteFile(notWARC, []byte("hello"), 0o644))
	data := filepath.Join(base, "data")
	const u = "http://www.example.org/"
	for _, tt := range []struct {
		name string
		args []string
		says string
	}{
		{"unknown flag", []string{"--data", data, "crawl", "--bogus", u}, "unknown flag: --bogus"},
		{"resolve without address", []string{"--data", data, "crawl", "--resolve", "nocolon", u}, "--resolve"},
		{"resolve without port", []string{"--data", data, "crawl", "--resolve", "a.example:1.2.3.4", u}, "want host and ip:port"},
		{"missing CA file", []string{"--data", data, "crawl", "--ca-file", filepath.Join(base, "none.pem"), u}, "--ca-file"},
		{"CA file without certificates", []string{"--data", data, "crawl", "--ca-file", file, u}, "no PEM certificates"},
		{"ftp proxy", []string{"--data", data, "crawl", "--proxy", "ftp://proxy", u}, "proxy"},
		{"proxy without host", []string{"--data", data, "crawl", "--proxy", "socks5://", u}, "proxy"},
		{"tiny --every", []string{"--data", data, "crawl", "--every", "1ns", u}, "--every 1ns: want at least 1m0s"},
		{"negative --every", []string{"--data", data, "crawl", "--every", "-5s", u}, "--every"},
		{"data dir is a file", []string{"--data", file, "crawl", u}, "data directory"},
		{"corrupt catalog", []string{"--data", corrupt, "sources", "list"}, "damaged or not a citewatch catalog"},
		{"replay file missing", []string{"--data", data, "crawl", "--replay", filepath.Join(base, "none.warc.gz"), u}, "replay"},
		{"replay file not WARC", []string{"--data", data, "crawl", "--replay", notWARC, u}, "neither gzip nor WARC"},
	} {
		start := time.Now()
		_, stderr, code, _ := citewatchExit(context.Background(), tt.args...)
		if code != exitError {
			t.Errorf("%s: exit %d, want %d (%s)", tt.name, code, exitError, stderr)
		}
		oneClearLine(t, tt.name, stderr)
		if !strings.Contains(stderr, tt.says) {
			t.Errorf("%s: %q does not say %q", tt.name, stderr, tt.says)
		}
		if d := time.Since(start); d > 3*time.Second {
			t.Errorf("%s: took %v", tt.name, d)
		}
	}
	// The corrupt catalog was reported, not replaced.
	if b, _ := os.ReadFile(filepath.Join(corrupt, "catalog.db")); !bytes.Equal(b, junk) {
		t.Errorf("the corrupt catalog was changed")
	}
}

// TestDamagedArchiveIsReported corrupts one record of the archive:
// rebuilding the index and listing the archive keep everything else and
// say what was skipped, in one line, with exit status 2.
func TestDamagedArchiveIsReported(t *testing.T) {
	s := hostileSite(t)
	data := t.TempDir()
	const host = "http://www.example.org"
	if _, stderr, code, err := citewatchExit(context.Background(), crawlArgs(data, s, host+"/page/1", host+"/page/2", host+"/page/3")...); code != exitOK {
		t.Fatalf("crawl: %v\n%s", err, stderr)
	}
	ctx := context.Background()
	cat, err := sources.Open(ctx, filepath.Join(data, "catalog.db"), zerolog.Nop())
	if err != nil {
		t.Fatal(err)
	}
	snap, err := cat.LastContent(ctx, host+"/page/2")
	must(t, cat.Close())
	if err != nil {
		t.Fatal(err)
	}
	name := filepath.Join(data, "warc", snap.WARCFile)
	b, _ := os.ReadFile(name)
	copy(b[snap.WARCOffset+40:], "DAMAGED BYTES")
	must(t, os.WriteFile(name, b, 0o644))

	out, stderr, code, err := citewatchExit(ctx, "--data", data, "index", "--rebuild")
	var de *archive.DamageError
	if code != exitError || !errors.As(err, &de) {
		t.Errorf("index --rebuild over damage: exit %d, %v", code, err)
	}
	oneClearLine(t, "index --rebuild", stderr)
	if !strings.Contains(out, "rebuilt from the archive: 2 pages") || !strings.Contains(stderr, snap.WARCFile) {
		t.Errorf("rebuild: stdout %q stderr %q, want 2 pages and the damaged file named", out, stderr)
	}
	out, stderr, code, _ = citewatchExit(ctx, "--data", data, "archive", "ls")
	if code != exitError || !strings.Contains(out, "1 damaged parts skipped") || !strings.Contains(out, "response 2") {
		t.Errorf("archive ls: exit %d\n%s%s", code, out, stderr)
	}
	oneClearLine(t, "archive ls", stderr)
	// A new crawl still works next to the damaged file.
	if _, stderr, code, _ := citewatchExit(ctx, crawlArgs(data, s, host+"/page/4")...); code != exitOK {
		t.Errorf("crawl beside a damaged file: exit %d\n%s", code, stderr)
	}
}

// TestConcurrentCrawlsAndSearch runs two crawls on one data directory at
// once, and searches while they write: every command finishes or is told
// the data is busy, searches answer within 5 s, nothing fetched is lost
// and the catalog still opens.
func TestConcurrentCrawlsAndSearch(t *testing.T) {
	s := hostileSite(t)
	data := t.TempDir()
	const host = "http://www.example.org"
	var a, b []string
	for i := range 12 {
		a = append(a, fmt.Sprintf("%s/page/a%d", host, i))
		b = append(b, fmt.Sprintf("%s/page/b%d", host, i))
	}
	ctx := context.Background()
	var wg sync.WaitGroup
	codes := make([]int, 2)
	errs := make([]error, 2)
	for i, urls := range [][]string{a, b} {
		wg.Add(1)
		go func() { // ends with its crawl
			defer wg.Done()
			_, _, codes[i], errs[i] = citewatchExit(ctx, crawlArgs(data, s, urls...)...)
		}()
	}
	done := make(chan struct{})
	go func() { wg.Wait(); close(done) }()
	searches := 0
search:
	for {
		select {
		case <-done:
			break search
		case <-time.After(100 * time.Millisecond):
		}
		start := time.Now()
		_, stderr, code, err := citewatchExit(ctx, "--data", data, "search", "Vilnius")
		if d := time.Since(start); d > 5*time.Second {
			t.Errorf("search during a crawl took %v", d)
		}
		if code != exitOK && !errors.Is(err, citewatch.ErrBusy) && !errors.Is(err, citewatch.ErrNotFound) {
			t.Errorf("search during a crawl: exit %d: %s", code, stderr)
		}
		searches++
	}
	if searches == 0 {
		t.Errorf("no search ran during the crawls")
	}
	finished := 0
	for i, err := range errs {
		switch {
		case codes[i] == exitOK:
			finished++
		case errors.Is(err, citewatch.ErrBusy) && (strings.Contains(err.Error(), "pid") || strings.Contains(err.Error(), "held by another process")):
			// The other crawl holds the index (named by its pid) or, on a
			// loaded machine, the catalog longer than the wait: either
			// way a clear busy error, and nothing lost (checked below).
		default:
			t.Errorf("crawl %d: exit %d: %v", i, codes[i], err)
		}
	}
	if finished == 0 {
		t.Fatalf("neither crawl finished")
	}
	t.Logf("%d of 2 crawls finished, %d searches ran meanwhile", finished, searches)
	cat, err := sources.Open(ctx, filepath.Join(data, "catalog.db"), zerolog.Nop())
	if err != nil {
		t.Fatalf("catalog after two crawls: %v", err)
	}
	defer func() { must(t, cat.Close()) }()
	snaps, err := cat.Snapshots(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if len(snaps) != 12*finished {
		t.Errorf("%d snapshots in the catalog, want %d", len(snaps), 12*finished)
	}
	for _, snap := range snaps {
		if _, err := (archive.Store{Dir: filepath.Join(data, "warc")}).Load(snap); err != nil {
			t.Errorf("%s: %v", snap.URL, err)
		}
	}
}

// TestInterruptedCrawlClosesCleanly cancels a crawl as SIGINT does: the
// command exits 130, and every WARC record reads back, with no torn tail.
func TestInterruptedCrawlClosesCleanly(t *testing.T) {
	s := hostileSite(t)
	data := t.TempDir()
	var urls []string
	for i := range 40 {
		urls = append(urls, fmt.Sprintf("http://www.example.org/page/%d", i))
	}
	ctx, cancel := context.WithCancel(context.Background())
	time.AfterFunc(300*time.Millisecond, cancel)
	out, stderr, code, _ := citewatchExit(ctx, crawlArgs(data, s, append([]string{"--parallel", "4"}, urls...)...)...)
	if code != exitSignals || !strings.Contains(stderr, "interrupted") {
		t.Errorf("interrupted crawl: exit %d, stderr %q", code, stderr)
	}
	if !strings.Contains(out, "left") || strings.Contains(out, " 0 left") {
		t.Errorf("summary %q, want some URLs left", out)
	}
	files, err := archive.Store{Dir: filepath.Join(data, "warc")}.List()
	if err != nil {
		t.Fatalf("archive after interrupt: %v", err)
	}
	responses := 0
	for _, f := range files {
		if f.Truncated || f.Damaged > 0 {
			t.Errorf("%s: torn %v, damaged %d", f.Name, f.Truncated, f.Damaged)
		}
		responses += f.Records["response"]
	}
	if responses == 0 || responses == len(urls) {
		t.Errorf("%d responses archived of %d, want some and not all", responses, len(urls))
	}
}
