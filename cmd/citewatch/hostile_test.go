package main

import (
	"bytes"
	"compress/gzip"
	"context"
	"encoding/json"
	"fmt"
	stdlog "log"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/rs/zerolog"

	"github.com/citewatch/citewatch/citing"
	"github.com/citewatch/citewatch/index"
)

// craftedWARC writes a WARC file of a few hundred kilobytes whose one
// record claims a 2 GiB block and inflates to 200 MiB of zeros.
func craftedWARC(t *testing.T, name string) {
	t.Helper()
	var b bytes.Buffer
	zw, err := gzip.NewWriterLevel(&b, gzip.BestSpeed)
	must(t, err)
	_, err = zw.Write([]byte("WARC/1.1\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:uuid:crafted>\r\n" +
		"WARC-Target-URI: http://www.example.org/page\r\nContent-Type: application/http; msgtype=response\r\nContent-Length: 2147483648\r\n\r\n" +
		"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n"))
	must(t, err)
	zeros := make([]byte, 1<<20)
	for range 200 {
		_, err := zw.Write(zeros)
		must(t, err)
	}
	must(t, zw.Close())
	if err := os.MkdirAll(filepath.Dir(name), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(name, b.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
}

// TestCraftedWARCIsRefused lists, replays and rebuilds from a crafted WARC
// file: each command says the record is invalid (listing and rebuilding
// fail with one line; a replay warns and goes on without it), quickly,
// without allocating what the record claims or inflates to.
func TestCraftedWARCIsRefused(t *testing.T) {
	data := t.TempDir()
	crafted := filepath.Join(data, "warc", "crafted.warc.gz")
	craftedWARC(t, crafted)
	for _, args := range [][]string{
		{"--data", data, "archive", "ls"},
		{"--data", data, "index", "--rebuild"},
		{"--data", t.TempDir(), "crawl", "--replay", crafted, "http://www.example.org/page"},
	} {
		var before, after runtime.MemStats
		runtime.GC()
		runtime.ReadMemStats(&before)
		start := time.Now()
		_, stderr, code, _ := citewatchExit(context.Background(), args...)
		runtime.ReadMemStats(&after)
		what := strings.Join(args[2:], " ")
		if replay := args[2] == "crawl"; replay {
			// The page is then not in the archive: a failed fetch, exit status 1.
			if code != exitFailed || !strings.Contains(stderr, "not in replay archive") || strings.Contains(stderr, "goroutine ") {
				t.Errorf("%s: exit %d (%s), want the record skipped with a warning", what, code, stderr)
			}
		} else {
			if code != exitError {
				t.Errorf("%s: exit %d, want %d (%s)", what, code, exitError, stderr)
			}
			oneClearLine(t, what, stderr)
		}
		if !strings.Contains(stderr, "over the") || !strings.Contains(stderr, "crafted.warc.gz") {
			t.Errorf("%s: %q, want the file and the limit named", what, stderr)
		}
		if n := after.TotalAlloc - before.TotalAlloc; n > 100<<20 {
			t.Errorf("%s: allocated %d MiB", what, n>>20)
		}
		if d := time.Since(start); d > 20*time.Second {
			t.Errorf("%s: took %v", what, d)
		}
	}
}

// TestLocalFilesAreBounded gives devices and a FIFO where a file is
// expected: each is refused at once, in one line, without being read.
func TestLocalFilesAreBounded(t *testing.T) {
	data := t.TempDir()
	fifo := filepath.Join(t.TempDir(), "fifo")
	if err := syscall.Mkfifo(fifo, 0o644); err != nil {
		t.Fatal(err)
	}
	const u = "http://www.example.org/page"
	for _, args := range [][]string{
		{"archive", "add", u, "/dev/zero"},
		{"archive", "add", u, fifo},
		{"verify", "/dev/zero"},
		{"verify", fifo},
		{"extract", "/dev/zero"},
		{"extract", fifo},
	} {
		what := strings.Join(args, " ")
		ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
		start := time.Now()
		_, stderr, code, _ := citewatchExit(ctx, append([]string{"--data", data}, args...)...)
		cancel()
		if code != exitError || !strings.Contains(stderr, "not a regular file") {
			t.Errorf("%s: exit %d (%s), want refused as not a regular file", what, code, stderr)
		}
		oneClearLine(t, what, stderr)
		if d := time.Since(start); d > 10*time.Second {
			t.Errorf("%s: took %v", what, d)
		}
	}
}

// hostilePage is a treaty page whose title and sentences carry terminal
// control sequences (an OSC 8 hyperlink, a line erase, a bell, a C1 CSI),
// bidi overrides and a spreadsheet formula.
const hostilePage = "<!doctype html><html><head><title>Treaty \x1b]8;;http://evil.example/\x07news\x1b]8;;\x07\x1b[2K</title></head><body>" +
	"<p>=HYPERLINK(\"http://evil.example/\") The Framework Convention on Artificial Intelligence was opened for signature on 5 September 2024 \x1b[1A\x1b[2K\u202eSUPPORTED\u202c\u009b2J.</p>" +
	"<p>Norway signed the Framework Convention on Artificial Intelligence on 5 September 2024.\a</p></body></html>"

// rawControls reports the first control or bidi character in out that
// could take effect on a terminal, or "".
func rawControls(out string) string {
	for _, r := range out {
		if r != '\n' && r != '\t' && (r < 0x20 || r == 0x7f || (r >= 0x80 && r <= 0x9f) || (r >= 0x202a && r <= 0x202e) || (r >= 0x2066 && r <= 0x2069)) {
			return fmt.Sprintf("%U", r)
		}
	}
	return ""
}

// TestOutputIsSafe crawls a page of control sequences and formulas and
// shows it through every command that prints page text: nothing reaches
// standard output raw, and no CSV cell starts a formula.
func TestOutputIsSafe(t *testing.T) {
	mux := http.NewServeMux()
	mux.HandleFunc("/news", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		fmt.Fprint(w, hostilePage)
	})
	s := httptest.NewServer(mux)
	t.Cleanup(s.Close)
	data := t.TempDir()
	const u = "http://www.example.org/news"
	if _, stderr, code, err := citewatchExit(context.Background(), crawlArgs(data, s, "--ignore-robots", u)...); code != exitOK {
		t.Fatalf("crawl: %v\n%s", err, stderr)
	}
	doc := filepath.Join(t.TempDir(), "doc.md")
	must(t, os.WriteFile(doc, []byte("# Brief\n\nThe Framework Convention on Artificial Intelligence was opened for signature on 5 September 2024 [1].\n\n"+
		"Norway signed the Framework Convention on Artificial Intelligence on 5 September 2024 [1].\n\n## References\n\n[1] "+u+"\n"), 0o644))
	page := filepath.Join(t.TempDir(), "page.html")
	must(t, os.WriteFile(page, []byte(hostilePage), 0o644))
	sawText := false
	for _, args := range [][]string{
		{"verify", "--color", "never", doc},
		{"verify", "--color", "always", doc},
		{"verify", "--format", "markdown", doc},
		{"search", "signature"},
		{"status", "Framework Convention on Artificial Intelligence"},
		{"timeline", "Framework Convention on Artificial Intelligence"},
		{"extract", "--url", u, page},
		{"export", "--format", "csv"},
		{"sources", "list"},
	} {
		out, stderr, _, _ := citewatchExit(context.Background(), append([]string{"--data", data}, args...)...)
		what := strings.Join(args, " ")
		color := slices.Contains(args, "always")
		if c := rawControls(out); c != "" && !color {
			t.Errorf("%s: raw %s in output:\n%q", what, c, out)
		}
		if color {
			// Only the report's own colours pass; the page's sequences do not.
			for _, bad := range []string{"\x1b]8", "\x1b[2K", "\x1b[1A", "\a", "\u202e", "\u009b"} {
				if strings.Contains(out, bad) {
					t.Errorf("%s: %q in output:\n%q", what, bad, out)
				}
			}
		}
		if strings.Contains(out, `\u202e`) || strings.Contains(out, `\u001b`) {
			sawText = true
		}
		if args[0] == "export" {
			for _, line := range strings.Split(out, "\n") {
				for _, cell := range strings.Split(line, ",") {
					if strings.HasPrefix(strings.TrimPrefix(cell, `"`), "=") {
						t.Errorf("export: cell %q starts a formula", cell)
					}
				}
			}
		}
		_ = stderr
	}
	if !sawText {
		t.Errorf("no output showed the page's control characters escaped: the test page did not get through")
	}
}

// TestMalformedURLIsOneFailure cites, next to a good page, URLs that Go's
// parser accepts and the WHATWG parser (which the crawler requests through)
// rejects: the run checks the good one and reports each bad one against
// its reference; added as sources, they do not stop later crawls, and
// "sources remove" takes them out.
func TestMalformedURLIsOneFailure(t *testing.T) {
	s := hostileSite(t)
	data := t.TempDir()
	const good = "http://www.example.org/page/1"
	bad := []string{"http://www.example.org:99999/page", "http://256.256.256.256/page", "http://[fe80::1%25eth0]/page"}
	doc := filepath.Join(t.TempDir(), "doc.md")
	text := "# Brief\n\nThe Convention was opened for signature in Vilnius on 5 September 2024 [1][2][3][4].\n\n## References\n\n[1] " + good + "\n"
	for i, u := range bad {
		text += fmt.Sprintf("[%d] %s\n", i+2, u)
	}
	must(t, os.WriteFile(doc, []byte(text), 0o644))
	addr := strings.TrimPrefix(s.URL, "http://")
	out, stderr, code, err := citewatchExit(context.Background(), "--data", data, "run", "--allow-private", "--delay", "0", "--retries", "0",
		"--resolve", "*:"+addr, "--no-memento", "--format", "json", doc)
	if code == exitError {
		t.Fatalf("run stopped on malformed URLs: %v\n%s", err, stderr)
	}
	for _, u := range bad {
		if !strings.Contains(stderr, u) || !strings.Contains(stderr, "malformed URL") {
			t.Errorf("stderr does not report %s as malformed:\n%s", u, stderr)
		}
	}
	if !strings.Contains(out, `"supported"`) {
		t.Errorf("the good source was not checked:\n%s", out)
	}

	// As catalog sources they are failures of their own in every crawl.
	args := append([]string{"--data", data, "sources", "add"}, bad...)
	if _, stderr, code, _ := citewatchExit(context.Background(), args...); code != exitOK {
		t.Fatalf("sources add: %s", stderr)
	}
	if _, stderr, code, _ := citewatchExit(context.Background(), crawlArgs(data, s, "--force", good)...); code != exitOK {
		t.Fatalf("crawl with malformed sources in the catalog: exit %d\n%s", code, stderr)
	}
	args = append([]string{"--data", data, "sources", "remove"}, bad...)
	if _, stderr, code, _ := citewatchExit(context.Background(), args...); code != exitOK {
		t.Fatalf("sources remove: %s", stderr)
	}
	list, _, _, _ := citewatchExit(context.Background(), "--data", data, "sources", "list")
	for _, u := range bad {
		if strings.Contains(list, u) {
			t.Errorf("%s still listed after sources remove:\n%s", u, list)
		}
	}
	if !strings.Contains(list, good) {
		t.Errorf("sources remove took the good source too:\n%s", list)
	}
	if _, stderr, code, _ := citewatchExit(context.Background(), "--data", data, "sources", "remove", bad[0]); code != exitError || !strings.Contains(stderr, "not in the catalog") {
		t.Errorf("removing a source twice: exit %d, %s", code, stderr)
	}
}

// TestDeadline crawls a host that answers a few pages at once and the
// rest never: with --deadline the crawl ends soon after it, saying so,
// with the pages fetched by then recorded; run goes on to check the
// claims against them.
func TestDeadline(t *testing.T) {
	mux := http.NewServeMux()
	mux.HandleFunc("/fast/", func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprintf(w, "<html><head><title>Fast</title></head><body><p>The Convention was opened for signature in Vilnius on 5 September 2024.</p></body></html>")
	})
	mux.HandleFunc("/stuck/", func(w http.ResponseWriter, r *http.Request) {
		select { // answers nothing until the client gives up
		case <-r.Context().Done():
		case <-time.After(60 * time.Second):
		}
	})
	s := httptest.NewServer(mux)
	t.Cleanup(s.Close)
	addr := strings.TrimPrefix(s.URL, "http://")
	data := t.TempDir()
	urls := []string{"http://fast.example/fast/1", "http://fast.example/fast/2", "http://stuck.example/stuck/1", "http://stuck.example/stuck/2"}
	start := time.Now()
	args := append([]string{"--data", data, "crawl", "--allow-private", "--ignore-robots", "--delay", "0", "--retries", "0",
		"--resolve", "*:" + addr, "--deadline", "1s"}, urls...)
	_, stderr, code, _ := citewatchExit(context.Background(), args...)
	if d := time.Since(start); d > 15*time.Second {
		t.Errorf("crawl --deadline 1s took %v", d)
	}
	if code != exitError || !strings.Contains(stderr, "--deadline 1s reached") {
		t.Errorf("crawl --deadline: exit %d, %s", code, stderr)
	}
	list, _, _, _ := citewatchExit(context.Background(), "--data", data, "sources", "list")
	if !strings.Contains(list, "200 fetched") {
		t.Errorf("the fast pages were not kept:\n%s", list)
	}

	doc := filepath.Join(t.TempDir(), "doc.md")
	must(t, os.WriteFile(doc, []byte("# Brief\n\nThe Convention was opened for signature in Vilnius on 5 September 2024 [1][2].\n\n## References\n\n[1] http://fast.example/fast/3\n[2] http://stuck.example/stuck/3\n"), 0o644))
	start = time.Now()
	out, stderr, code, _ := citewatchExit(context.Background(), "--data", data, "run", "--allow-private", "--ignore-robots", "--delay", "0", "--retries", "0",
		"--resolve", "*:"+addr, "--no-memento", "--deadline", "1s", "--format", "json", doc)
	if d := time.Since(start); d > 15*time.Second {
		t.Errorf("run --deadline 1s took %v", d)
	}
	if code == exitError || !strings.Contains(stderr, "--deadline 1s reached") || !strings.Contains(out, `"supported"`) {
		t.Errorf("run --deadline: exit %d, stderr %s\nstdout %.500s", code, stderr, out)
	}
}

// TestRerunTriesFailuresAgain crawls a source the guard refuses, then
// crawls it again with --allow-private: the failure is not held against
// it for a day. A source fetched well and named again is skipped, and
// stderr says why and how to fetch it anyway.
func TestRerunTriesFailuresAgain(t *testing.T) {
	s := hostileSite(t)
	data := t.TempDir()
	const u = "http://www.example.org/page/1"
	addr := strings.TrimPrefix(s.URL, "http://")
	base := []string{"--data", data, "crawl", "--ignore-robots", "--delay", "0", "--retries", "0", "--resolve", "*:" + addr}
	_, stderr, _, _ := citewatchExit(context.Background(), append(base, u)...)
	if !strings.Contains(stderr, "refused") {
		t.Fatalf("first crawl without --allow-private: %s, want refused", stderr)
	}
	out, stderr, code, _ := citewatchExit(context.Background(), append(base, "--allow-private", u)...)
	if code != exitOK || !strings.Contains(out, "1 fetched") {
		t.Errorf("rerun with --allow-private: exit %d, %s%s; want the source fetched", code, out, stderr)
	}
	out, stderr, _, _ = citewatchExit(context.Background(), append(base, "--allow-private", u)...)
	if !strings.Contains(out, "1 not due") || !strings.Contains(stderr, u+": not fetched") || !strings.Contains(stderr, "--force") {
		t.Errorf("a third crawl: %s%s; want the source skipped, saying why and naming --force", out, stderr)
	}
}

// TestSmallerBreaks drives the smaller hostile-input breaks through run():
// a data folder named with a percent escape, the index lock's
// permissions and contents, an image given to extract, an empty treaty,
// an upper-case scheme in a reference, and the standard library's logger
// under --log-format json.
func TestSmallerBreaks(t *testing.T) {
	ctx := context.Background()
	// A "%41" in --data stays "%41": the catalog is where it was asked.
	data := filepath.Join(t.TempDir(), "a%41b")
	if _, stderr, code, _ := citewatchExit(ctx, "--data", data, "sources", "add", "http://www.example.org/page"); code != exitOK {
		t.Fatalf("sources add: %s", stderr)
	}
	if _, err := os.Stat(filepath.Join(data, "catalog.db")); err != nil {
		t.Errorf("the catalog is not in %s: %v", data, err)
	}

	// The index lock file is the owner's alone and holds no flag values.
	ix, err := index.Open(filepath.Join(data, "index.bleve"), index.Options{}, zerolog.Nop())
	if err != nil {
		t.Fatal(err)
	}
	lock := filepath.Join(data, "index.bleve.lock")
	fi, err := os.Stat(lock)
	if err != nil || fi.Mode().Perm()&0o077 != 0 {
		t.Errorf("lock file %v, mode %v: want it readable by its owner only", err, fi.Mode().Perm())
	}
	// While a writer holds the index, archive add stores nothing.
	page := filepath.Join(t.TempDir(), "page.html")
	must(t, os.WriteFile(page, []byte("<html><title>Saved</title><p>Norway signed the Convention on 5 September 2024.</p></html>"), 0o644))
	_, stderr, code, _ := citewatchExit(ctx, "--data", data, "archive", "add", "http://www.example.org/saved", page)
	_ = stderr
	if code == exitOK {
		t.Errorf("archive add while the index is held succeeded")
	}
	must(t, ix.Close())
	if files, _ := filepath.Glob(filepath.Join(data, "warc", "*.warc.gz")); len(files) > 0 {
		t.Errorf("archive add stored a copy though it failed: %v", files)
	}

	// An image is no page to extract.
	png := filepath.Join(t.TempDir(), "image.png")
	must(t, os.WriteFile(png, append([]byte("\x89PNG\r\n\x1a\n"), make([]byte, 100)...), 0o644))
	if _, stderr, code, _ := citewatchExit(ctx, "--data", data, "extract", png); code != exitError || !strings.Contains(stderr, "not an HTML or text page") {
		t.Errorf("extract of a PNG: exit %d, %s", code, stderr)
	}

	// status and timeline of no treaty are refused, not answered with everything.
	for _, cmd := range []string{"status", "timeline"} {
		if _, stderr, code, _ := citewatchExit(ctx, "--data", data, cmd, " "); code != exitError || !strings.Contains(stderr, "no treaty") {
			t.Errorf("%s of an empty treaty: exit %d, %s", cmd, code, stderr)
		}
	}

	// A reference written HTTP:// is a URL like any other.
	doc, err := citing.Parse("doc.md", []byte("# Brief\n\nNorway signed the Convention on 5 September 2024 [1].\n\n## References\n\n[1] HTTP://WWW.EXAMPLE.ORG/page\n"))
	if err != nil {
		t.Fatal(err)
	}
	if len(doc.References) != 1 || doc.References[0].URL == "" || len(doc.Problems) > 0 {
		t.Errorf("HTTP:// reference: %+v, problems %v", doc.References, doc.Problems)
	}

	// The standard library's logger writes JSON lines through ours.
	var out, errb bytes.Buffer
	if err := run(ctx, []string{"--data", data, "--log-format", "json", "sources", "list"}, &out, &errb); err != nil {
		t.Fatal(err)
	}
	errb.Reset()
	stdlog.Print("httputil: Unsolicited response received on idle HTTP channel")
	var line map[string]any
	if err := json.Unmarshal(errb.Bytes(), &line); err != nil || !strings.Contains(fmt.Sprint(line["message"]), "Unsolicited") {
		t.Errorf("a standard library log line under --log-format json: %q (%v)", errb.String(), err)
	}
}
