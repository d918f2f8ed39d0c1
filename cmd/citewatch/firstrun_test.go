package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"net"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync/atomic"
	"testing"
)

// TestFirstRunLeadsSomewhere runs the README's first command as written
// (its data directory in a temporary folder), then each command the run
// names at its end: they find its data and show the treaty.
func TestFirstRunLeadsSomewhere(t *testing.T) {
	readme, err := os.ReadFile(filepath.Join("..", "..", "README.md"))
	if err != nil {
		t.Fatal(err)
	}
	_, first, ok := strings.Cut(string(readme), "```sh\n")
	if !ok {
		t.Fatal("README has no sh block")
	}
	first, _, _ = strings.Cut(first, "\n")
	_, cmdline, ok := strings.Cut(first, "&& bin/citewatch ")
	cmdline, _, _ = strings.Cut(cmdline, ";")
	if !ok || !strings.Contains(cmdline, "--data example-data") {
		t.Fatalf("README's first command %q does not run citewatch with --data example-data", first)
	}
	data := filepath.Join(t.TempDir(), "example-data")
	var args []string
	for _, a := range strings.Fields(cmdline) {
		switch {
		case a == "example-data":
			a = data
		case strings.HasPrefix(a, "examples/"):
			a = filepath.Join("..", "..", a)
		}
		args = append(args, a)
	}
	var stdout, stderr bytes.Buffer
	err = run(context.Background(), args, &stdout, &stderr)
	if !errors.Is(err, errChecksFailed) || !strings.Contains(stdout.String(), "CONTRADICTED") {
		t.Fatalf("README's first command: %v\n%s\n%s", err, stdout.String(), stderr.String())
	}
	if !strings.Contains(stderr.String(), "are in "+data) {
		t.Errorf("the run does not name its data directory:\n%s", stderr.String())
	}
	var next [][]string
	for _, line := range strings.Split(stderr.String(), "\n") {
		if rest, ok := strings.CutPrefix(line, "  citewatch "); ok {
			next = append(next, strings.Fields(rest))
		}
	}
	if len(next) < 2 || len(next) > 3 {
		t.Fatalf("the run names %d next commands, want 2 or 3:\n%s", len(next), stderr.String())
	}
	for _, args := range next {
		out, err := runCitewatch(t, args...)
		if err != nil || !strings.Contains(out, "CETS-225") || strings.Count(out, "\n") < 3 {
			t.Errorf("next command %q: %v\n%s", args, err, out)
		}
	}
	// --quiet and JSON reports end without hints.
	for _, extra := range [][]string{{"--quiet"}, {"--json"}} {
		var out, errb bytes.Buffer
		// The example document holds a contradicted claim, as above.
		if err := run(context.Background(), append(append([]string{}, args...), extra...), &out, &errb); !errors.Is(err, errChecksFailed) {
			t.Errorf("%v: %v, want %v", extra, err, errChecksFailed)
		}
		if strings.Contains(errb.String(), "Try next") {
			t.Errorf("%v: hints printed:\n%s", extra, errb.String())
		}
	}
}

// TestCrawlSaysNotDue: a second crawl of a source fetched a moment ago
// skips it, says so and names --force, which fetches it.
func TestCrawlSaysNotDue(t *testing.T) {
	s := hostileSite(t)
	data := t.TempDir()
	u := "http://www.example.org/page/1"
	if _, stderr, code, _ := citewatchExit(context.Background(), crawlArgs(data, s, u)...); code != exitOK {
		t.Fatalf("first crawl: exit %d\n%s", code, stderr)
	}
	out, stderr, code, _ := citewatchExit(context.Background(), crawlArgs(data, s, u)...)
	if code != exitOK || !strings.Contains(out, "0 fetched, 0 failed, 1 not due") || !strings.Contains(stderr, "--force") {
		t.Errorf("second crawl: exit %d, %q, %q; want 1 not due and a word on --force", code, out, stderr)
	}
	out, _, code, _ = citewatchExit(context.Background(), crawlArgs(data, s, "--force", "--json", u)...)
	var sum crawlSummary
	if err := json.Unmarshal([]byte(out), &sum); code != exitOK || err != nil || sum.Fetched != 1 || sum.NotDue != 0 {
		t.Errorf("crawl --force --json: exit %d, %q (%v); want 1 fetched as JSON", code, out, err)
	}
}

// TestCrawlHonoursProxyEnvironment: with HTTPS_PROXY set, requests go
// through the proxy, except to NO_PROXY's hosts; the address guard
// still refuses a private address literal.
func TestCrawlHonoursProxyEnvironment(t *testing.T) {
	serve := func(hits *atomic.Int64, what string) *httptest.Server {
		s := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			if r.URL.Path != "/robots.txt" {
				hits.Add(1)
			}
			_, _ = w.Write([]byte("<html><head><title>" + what + "</title></head><body><p>Served by the " + what + ".</p></body></html>"))
		}))
		t.Cleanup(s.Close)
		return s
	}
	var viaProxy, direct atomic.Int64
	proxy := serve(&viaProxy, "proxy") // an HTTP proxy answers absolute-URL requests itself
	origin := serve(&direct, "origin") // what www.example.org resolves to
	_, port, _ := net.SplitHostPort(strings.TrimPrefix(origin.URL, "http://"))
	crawl := func(extra ...string) (string, int) {
		args := append([]string{"--data", t.TempDir(), "crawl", "--delay", "0", "--retries", "0", "--resolve",
			"www.example.org:127.0.0.1:" + port}, extra...)
		_, stderr, code, _ := citewatchExit(context.Background(), args...)
		return stderr, code
	}
	t.Setenv("HTTPS_PROXY", proxy.URL)
	t.Setenv("NO_PROXY", "")
	if stderr, code := crawl("http://www.example.org/a"); code != exitOK || viaProxy.Load() != 1 || direct.Load() != 0 {
		t.Errorf("with HTTPS_PROXY: exit %d, %d through the proxy, %d direct; want 1, 0\n%s", code, viaProxy.Load(), direct.Load(), stderr)
	}
	t.Setenv("NO_PROXY", ".example.org")
	if stderr, code := crawl("--allow-private", "http://www.example.org/b"); code != exitOK || viaProxy.Load() != 1 || direct.Load() != 1 {
		t.Errorf("with NO_PROXY: exit %d, %d through the proxy, %d direct; want 1, 1\n%s", code, viaProxy.Load(), direct.Load(), stderr)
	}
	t.Setenv("NO_PROXY", "")
	if stderr, code := crawl("http://127.0.0.1:" + port + "/c"); code != exitFailed || viaProxy.Load() != 1 || !strings.Contains(stderr, "refused to connect to loopback") {
		t.Errorf("a loopback literal through the proxy: exit %d, %d through the proxy; want refused (exit 1)\n%s", code, viaProxy.Load(), stderr)
	}
}
