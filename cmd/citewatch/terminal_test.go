package main

import (
	"bytes"
	"context"
	"errors"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"testing"

	"github.com/creack/pty"
	"github.com/mattn/go-runewidth"
)

// terminal is a pseudo-terminal of 80 columns that citewatch writes to as
// it would to a person's terminal.
type terminal struct {
	tty  *os.File // citewatch's side
	ptmx *os.File
	mu   sync.Mutex
	buf  bytes.Buffer
	done chan struct{}
}

func newTerminal(t *testing.T, cols uint16) *terminal {
	t.Helper()
	ptmx, tty, err := pty.Open()
	if err != nil {
		t.Skipf("no pseudo-terminal: %v", err)
	}
	if err := pty.Setsize(ptmx, &pty.Winsize{Rows: 24, Cols: cols}); err != nil {
		t.Fatal(err)
	}
	term := &terminal{tty: tty, ptmx: ptmx, done: make(chan struct{})}
	go func() { // exits when the tty side is closed and all is read
		defer close(term.done)
		b := make([]byte, 4096)
		for {
			n, err := ptmx.Read(b)
			term.mu.Lock()
			term.buf.Write(b[:n])
			term.mu.Unlock()
			if err != nil {
				return
			}
		}
	}()
	t.Cleanup(func() {
		_ = tty.Close() // output closed it already, unless the test stopped first
		if err := ptmx.Close(); err != nil {
			t.Error(err)
		}
	})
	return term
}

// output closes citewatch's side and returns all it wrote, with the
// terminal's CR LF line ends made LF.
func (term *terminal) output(t *testing.T) string {
	t.Helper()
	must(t, term.tty.Close())
	<-term.done
	term.mu.Lock()
	defer term.mu.Unlock()
	return strings.ReplaceAll(term.buf.String(), "\r\n", "\n")
}

// runOnTerminal runs citewatch with stdout and stderr on a pseudo-terminal
// of cols columns and returns what the terminal showed.
func runOnTerminal(t *testing.T, cols uint16, args ...string) (string, error) {
	t.Helper()
	term := newTerminal(t, cols)
	err := run(context.Background(), args, term.tty, term.tty)
	return term.output(t), err
}

// runWithTerminalStderr runs citewatch with only stderr on a terminal.
func runWithTerminalStderr(t *testing.T, args ...string) (stdout, screen string, err error) {
	t.Helper()
	term := newTerminal(t, 80)
	var out bytes.Buffer
	err = run(context.Background(), args, &out, term.tty)
	return out.String(), term.output(t), err
}

var reEscape = regexp.MustCompile(`\x1b\[[0-9;?]*[a-zA-Z]`)

// TestTablesFitTheTerminal: on a terminal of 80 columns no table row
// wraps (quotes are cut, with "…"); piped, nothing is cut.
func TestTablesFitTheTerminal(t *testing.T) {
	t.Setenv("NO_COLOR", "1")
	dir := indexedDataDir(t)
	for _, args := range [][]string{
		{"search", "--limit", "20"}, {"status", "CETS-225"}, {"treaties"},
	} {
		out, err := runOnTerminal(t, 80, append([]string{"--data", dir, "--no-pager"}, args...)...)
		if err != nil {
			t.Fatalf("%q: %v\n%s", args, err, out)
		}
		table := out
		if i := strings.Index(out, "\nCitations:"); i >= 0 {
			table = out[:i] // citations are lines of prose, left to the terminal to wrap
		}
		for _, line := range strings.Split(table, "\n") {
			if w := runewidth.StringWidth(reEscape.ReplaceAllString(line, "")); w > 80 {
				t.Errorf("%q: a row of %d columns on an 80-column terminal:\n%s", args, w, line)
			}
		}
		if args[0] == "search" && !strings.Contains(out, "…") {
			t.Errorf("search on 80 columns cut no quote:\n%s", out)
		}
	}
	piped, err := runCitewatch(t, "--data", dir, "search", "--limit", "20")
	if err != nil || strings.Contains(piped, "…") {
		t.Errorf("piped search cut a cell (err %v):\n%s", err, piped)
	}
}

// TestNoColor: on a terminal search highlights its matches in bold, and
// not when NO_COLOR is set; the verify report likewise.
func TestNoColor(t *testing.T) {
	dir := indexedDataDir(t)
	t.Setenv("NO_COLOR", "")
	out, err := runOnTerminal(t, 200, "--data", dir, "--no-pager", "search", "Paris")
	if err != nil || !strings.Contains(out, "\x1b[1mParis\x1b[0m") {
		t.Errorf("search on a terminal: %v, no bold match:\n%q", err, out)
	}
	t.Setenv("NO_COLOR", "1")
	out, err = runOnTerminal(t, 200, "--data", dir, "--no-pager", "search", "Paris")
	if err != nil || strings.Contains(out, "\x1b[") || !strings.Contains(out, "[Paris]") {
		t.Errorf("search with NO_COLOR: %v, escape codes or no bracketed match:\n%q", err, out)
	}
	doc := filepath.Join(t.TempDir(), "doc.md")
	must(t, os.WriteFile(doc, []byte("The Convention was adopted on 17 May 2024 [1].\n\n[1] https://www.coe.int/en/web/portal/-/page\n"), 0o644))
	out, err = runOnTerminal(t, 80, "--data", dir, "--no-pager", "verify", doc)
	if (err != nil && !errors.Is(err, errChecksFailed)) || strings.Contains(out, "\x1b[") {
		t.Errorf("verify with NO_COLOR: %v, escape codes:\n%q", err, out)
	}
}

// TestPager: on a terminal long output goes through $PAGER (as git's
// does); --no-pager, JSON and piped output do not.
func TestPager(t *testing.T) {
	dir := indexedDataDir(t)
	t.Setenv("NO_COLOR", "1")
	must(t, os.Unsetenv("CITEWATCH_PAGER"))
	t.Setenv("PAGER", "sed 's/^/PAGED: /'")
	out, err := runOnTerminal(t, 80, "--data", dir, "status", "CETS-225")
	if err != nil || !strings.HasPrefix(out, "PAGED: CETS-225") || strings.Contains(out, "\nCitations:") {
		t.Errorf("status on a terminal: %v, not paged:\n%s", err, out)
	}
	for _, args := range [][]string{
		{"--no-pager", "status", "CETS-225"}, {"status", "CETS-225", "--json"},
	} {
		out, err := runOnTerminal(t, 80, append([]string{"--data", dir}, args...)...)
		if err != nil || strings.Contains(out, "PAGED: ") {
			t.Errorf("%q: %v, paged:\n%.200s", args, err, out)
		}
	}
	if out, _ := runCitewatch(t, "--data", dir, "status", "CETS-225"); strings.Contains(out, "PAGED: ") {
		t.Errorf("piped status was paged")
	}
}

// TestProgressOnTerminalOnly: a crawl and a rebuild draw a progress bar
// (counts, rate) on a terminal, with every failure line whole above it;
// with stderr not a terminal, or --quiet, there is no bar.
func TestProgressOnTerminalOnly(t *testing.T) {
	s := hostileSite(t)
	data := t.TempDir()
	const host = "http://www.example.org"
	urls := []string{host + "/page/1", host + "/page/2", host + "/page/3", host + "/loop", host + "/private/x"}
	_, screen, err := runWithTerminalStderr(t, crawlArgs(data, s, urls...)...)
	if !errors.Is(err, errChecksFailed) {
		t.Fatalf("crawl: %v\n%s", err, screen)
	}
	plain := reEscape.ReplaceAllString(screen, "")
	if !strings.Contains(plain, "crawl") || !strings.Contains(plain, "5/5") || !strings.Contains(plain, "/s") {
		t.Errorf("no crawl progress bar with counts and rate on the terminal:\n%q", screen)
	}
	for _, want := range []string{"citewatch: " + host + "/loop: ", "citewatch: " + host + "/private/x: "} {
		found := false
		for _, line := range strings.Split(plain, "\n") {
			if strings.HasPrefix(strings.TrimLeft(line, "\r"), want) {
				found = true
			}
		}
		if !found {
			t.Errorf("no whole line starting %q on the terminal:\n%q", want, screen)
		}
	}

	_, screen, err = runWithTerminalStderr(t, "--data", data, "index", "--rebuild")
	if err != nil {
		t.Fatalf("index --rebuild: %v\n%s", err, screen)
	}
	if plain := reEscape.ReplaceAllString(screen, ""); !strings.Contains(plain, "index") || !strings.Contains(plain, "3/3") {
		t.Errorf("no rebuild progress bar on the terminal:\n%q", screen)
	}
	_, screen, _ = runWithTerminalStderr(t, "--quiet", "--data", data, "index", "--rebuild")
	if strings.Contains(screen, "/s") {
		t.Errorf("--quiet drew a progress bar:\n%q", screen)
	}
	var out, errb bytes.Buffer
	if err := run(context.Background(), []string{"--data", data, "index", "--rebuild"}, &out, &errb); err != nil || errb.Len() != 0 {
		t.Errorf("rebuild with stderr not a terminal wrote %q (%v), want nothing", errb.String(), err)
	}
}
