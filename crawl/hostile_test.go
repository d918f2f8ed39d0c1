package crawl

import (
	"bytes"
	"compress/gzip"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"net/netip"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/citewatch/citewatch"
)

// TestHostileServers crawls pages meant to hurt a crawler and checks each
// ends in a bounded, recorded outcome with a short, clear error.
func TestHostileServers(t *testing.T) {
	var bomb bytes.Buffer
	zw, err := gzip.NewWriterLevel(&bomb, gzip.BestCompression)
	must(t, err)
	_, err = zw.Write(make([]byte, 4<<20)) // 4 MiB of zeros in a few KiB
	must(t, err)
	must(t, zw.Close())
	// The handlers' writes fail when the crawler hangs up, as it should
	// on these pages: what the crawler records is what the test checks.
	mux := http.NewServeMux()
	mux.HandleFunc("/bomb", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Encoding", "gzip")
		w.Header().Set("Content-Type", "text/html")
		_, _ = w.Write(bomb.Bytes())
	})
	mux.HandleFunc("/endless", func(w http.ResponseWriter, r *http.Request) {
		chunk := bytes.Repeat([]byte("<p>again</p>\n"), 1000)
		for {
			if _, err := w.Write(chunk); err != nil {
				return
			}
		}
	})
	mux.HandleFunc("/drip", func(w http.ResponseWriter, r *http.Request) {
		for range 100 {
			if _, err := w.Write([]byte("<p>.</p>")); err != nil {
				return
			}
			w.(http.Flusher).Flush()
			select {
			case <-time.After(50 * time.Millisecond):
			case <-r.Context().Done():
				return
			}
		}
	})
	mux.HandleFunc("/loop", func(w http.ResponseWriter, r *http.Request) { http.Redirect(w, r, "/loop2", http.StatusFound) })
	mux.HandleFunc("/loop2", func(w http.ResponseWriter, r *http.Request) { http.Redirect(w, r, "/loop", http.StatusFound) })
	mux.HandleFunc("/year", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Retry-After", "31536000")
		w.WriteHeader(http.StatusServiceUnavailable)
	})
	mux.HandleFunc("/yeardate", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Retry-After", time.Now().AddDate(1, 0, 0).UTC().Format(http.TimeFormat))
		w.WriteHeader(http.StatusTooManyRequests)
	})
	mux.HandleFunc("/429", func(w http.ResponseWriter, r *http.Request) { w.WriteHeader(http.StatusTooManyRequests) })
	s := newSite(t, mux)
	cfg := testConfig(t, s)
	cfg.IgnoreRobots = true
	cfg.Parallel = 8
	cfg.MaxBody = 1 << 20
	cfg.MaxDecoded = 2 << 20
	cfg.Timeout = 300 * time.Millisecond
	cfg.Retries = 2
	c := newCrawler(t, cfg, newMemCatalog())
	start := time.Now()
	got := crawlAll(t, c, base+"/bomb", base+"/endless", base+"/drip", base+"/loop", base+"/year", base+"/yeardate", base+"/429")
	if d := time.Since(start); d > 5*time.Second {
		t.Errorf("hostile crawl took %v, want bounded by timeouts and retries", d)
	}
	tests := []struct {
		path     string
		health   citewatch.Health
		attempts int // 0: not checked
		hits     int // 0: not checked
		want     func(error) bool
		says     string
	}{
		{"/bomb", citewatch.HealthError, 1, 1, nil, "decoded body larger than"},
		{"/endless", citewatch.HealthError, 1, 1, nil, "body larger than"},
		{"/drip", citewatch.HealthTimeout, 3, 3, nil, "no complete response within 300ms"},
		{"/loop", citewatch.HealthError, 0, 0, nil, "too many redirects"},
		{"/year", citewatch.HealthError, 1, 1, nil, "HTTP status 503"},
		{"/yeardate", citewatch.HealthError, 1, 1, nil, "HTTP status 429"},
		{"/429", citewatch.HealthError, 3, 3, nil, "HTTP status 429"},
	}
	for _, tt := range tests {
		snap := got[base+tt.path]
		if snap.Outcome != citewatch.OutcomeFailed || snap.Health != tt.health {
			t.Errorf("%s: %q/%q (%s), want failed/%s", tt.path, snap.Outcome, snap.Health, snap.Error, tt.health)
		}
		if !strings.Contains(snap.Error, tt.says) || strings.Contains(snap.Error, "\n") {
			t.Errorf("%s: error %q, want one line saying %q", tt.path, snap.Error, tt.says)
		}
		if tt.attempts > 0 && snap.Attempts != tt.attempts {
			t.Errorf("%s: %d attempts, want %d", tt.path, snap.Attempts, tt.attempts)
		}
		if tt.hits > 0 && s.count(tt.path) != tt.hits {
			t.Errorf("%s: %d requests, want %d", tt.path, s.count(tt.path), tt.hits)
		}
	}
	if n := s.count("/loop") + s.count("/loop2"); n != DefaultMaxRedirects+1 {
		t.Errorf("redirect loop: %d requests, want %d", n, DefaultMaxRedirects+1)
	}
	// The gzip bomb is archived as received, a few KiB.
	if snap := got[base+"/bomb"]; snap.WARCFile == "" {
		t.Errorf("gzip bomb response not archived")
	}
}

// TestGarbageServer is a server that answers bytes that are not HTTP.
func TestGarbageServer(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		if err := ln.Close(); err != nil {
			t.Error(err)
		}
	})
	go func() { // exits when the listener is closed
		for {
			conn, err := ln.Accept()
			if err != nil {
				return
			}
			// The crawler's side sees whatever goes wrong here. The
			// request is read first and the connection closed only after
			// the client has read the garbage and hung up: closed at once,
			// the client may see a closed connection instead.
			go func(conn net.Conn) {
				_ = conn.SetDeadline(time.Now().Add(5 * time.Second))
				_, _ = conn.Read(make([]byte, 4096))
				_, _ = conn.Write([]byte("\x00\x01 not http at all\r\n\r\n\xff\xfe"))
				if tc, ok := conn.(*net.TCPConn); ok {
					_ = tc.CloseWrite()
				}
				_, _ = io.Copy(io.Discard, conn)
				_ = conn.Close()
			}(conn)
		}
	}()
	cfg := DefaultConfig(t.TempDir())
	cfg.Delay, cfg.Retries, cfg.AllowPrivate = 0, 1, true
	cfg.RetryBase = 10 * time.Millisecond
	cfg.Resolve = map[string]string{"*": ln.Addr().String()}
	c := newCrawler(t, cfg, newMemCatalog())
	got := crawlAll(t, c, base+"/page")
	snap := got[base+"/page"]
	if snap.Outcome != citewatch.OutcomeFailed || !strings.Contains(snap.Error, "malformed HTTP") {
		t.Errorf("garbage server: %q (%s), want failed with a malformed HTTP error", snap.Outcome, snap.Error)
	}
}

// TestGuardRefusesWithoutConnecting checks that redirects to metadata, to
// an IPv6 loopback literal and to a name resolving to a private address
// are refused before any connection is made.
func TestGuardRefusesWithoutConnecting(t *testing.T) {
	mux := http.NewServeMux()
	mux.HandleFunc("/meta", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "http://169.254.169.254/latest/meta-data/", http.StatusFound)
	})
	mux.HandleFunc("/v6", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "http://[::1]/", http.StatusFound)
	})
	mux.HandleFunc("/ten", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "http://intranet.example/", http.StatusFound)
	})
	s := newSite(t, mux)
	// A listener on the private address would see a connection attempt.
	cfg := testConfig(t, s)
	cfg.IgnoreRobots = true
	cfg.AllowPrivate = false
	cfg.Retries = 0
	cfg.ConnectTimeout = 200 * time.Millisecond
	cfg.Resolve = map[string]string{"www.coe.int": s.addr(), "intranet.example": "10.11.12.13:80"}
	c := newCrawler(t, cfg, newMemCatalog())
	c.dialer.exempt = netip.MustParseAddr("127.0.0.1")
	start := time.Now()
	got := crawlAll(t, c, base+"/meta", base+"/v6", base+"/ten")
	if d := time.Since(start); d > cfg.ConnectTimeout {
		t.Errorf("refusals took %v: something was dialled", d)
	}
	for path, addr := range map[string]string{"/meta": "169.254.169.254", "/v6": "::1", "/ten": "10.11.12.13"} {
		snap := got[base+path]
		if snap.Outcome != citewatch.OutcomeRefused || !strings.Contains(snap.Error, addr) {
			t.Errorf("%s: %q (%s), want refused naming %s", path, snap.Outcome, snap.Error, addr)
		}
	}
}

// TestNotAPage checks that images are archived and fetched, and that Page
// tells them from pages (HTML, text, PDF), however they are labelled.
func TestNotAPage(t *testing.T) {
	png := append([]byte("\x89PNG\r\n\x1a\n"), bytes.Repeat([]byte{0, 1, 2, 0xff}, 100)...)
	pdf := []byte("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n%%EOF")
	mux := http.NewServeMux()
	serve := func(ct string, body []byte) http.HandlerFunc {
		return func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("Content-Type", ct)
			_, _ = w.Write(body) // a failed write shows on the crawler's side
		}
	}
	mux.HandleFunc("/png", serve("image/png", png))
	mux.HandleFunc("/pdf", serve("application/pdf", pdf))
	mux.HandleFunc("/lying", serve("text/html; charset=utf-8", png))
	mux.HandleFunc("/nul", serve("text/html", []byte("<html><title>A \x00 page</title><p>Signed on 5 September 2024 \xff\xfe.</p></html>")))
	mux.HandleFunc("/unlabelled", serve("", []byte("<!doctype html><p>text</p>")))
	s := newSite(t, mux)
	cfg := testConfig(t, s)
	cfg.IgnoreRobots = true
	c := newCrawler(t, cfg, newMemCatalog())
	got := crawlAll(t, c, base+"/png", base+"/pdf", base+"/lying", base+"/nul", base+"/unlabelled")
	for path, want := range map[string]string{"/png": "image/png", "/pdf": "", "/lying": "image/png", "/nul": "", "/unlabelled": ""} {
		snap := got[base+path]
		if snap.Outcome != citewatch.OutcomeFetched || snap.WARCFile == "" || len(snap.Body) == 0 {
			t.Errorf("%s: %q, archived in %q, want fetched and archived", path, snap.Outcome, snap.WARCFile)
			continue
		}
		err := Page(snap)
		var np *NotPageError
		switch {
		case want == "" && err != nil:
			t.Errorf("Page(%s) = %v, want a page", path, err)
		case want != "" && (!errors.As(err, &np) || np.ContentType != want || !errors.Is(err, citewatch.ErrInvalid)):
			t.Errorf("Page(%s) = %v, want NotPageError for %s", path, err, want)
		}
	}
}

// TestHostileRobots serves a robots.txt of several megabytes whose first
// rule comes before any User-agent line, and one of garbage: the rules
// that parse are obeyed, the rest ignored, and no URL fails for it.
func TestHostileRobots(t *testing.T) {
	for name, robots := range map[string][]byte{
		"huge": append([]byte("Disallow: /stray\nCrawl-delay: soon\nUser-agent: *\nDisallow: /private/\n"),
			bytes.Repeat([]byte("Disallow: /x\n"), 5<<20/13)...),
		"garbage": []byte("\x00\xff\xfe <html> User-agent *** \x01\nDisallow: /\n"),
	} {
		t.Run(name, func(t *testing.T) {
			mux := http.NewServeMux()
			mux.HandleFunc("/robots.txt", func(w http.ResponseWriter, r *http.Request) { _, _ = w.Write(robots) })
			mux.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) { fmt.Fprint(w, page("Page", r.URL.Path)) })
			s := newSite(t, mux)
			cat := newMemCatalog()
			c := newCrawler(t, testConfig(t, s), cat)
			got := crawlAll(t, c, base+"/ok", base+"/private/p", base+"/stray")
			if o := got[base+"/ok"].Outcome; o != citewatch.OutcomeFetched {
				t.Errorf("/ok: %q (%.200s), want fetched", o, got[base+"/ok"].Error)
			}
			wantPrivate := citewatch.OutcomeFetched
			if name == "huge" {
				wantPrivate = citewatch.OutcomeRobots
			}
			if o := got[base+"/private/p"].Outcome; o != wantPrivate {
				t.Errorf("/private/p: %q, want %q", o, wantPrivate)
			}
			if o := got[base+"/stray"].Outcome; o != citewatch.OutcomeFetched {
				t.Errorf("/stray (ruled before any User-agent): %q, want fetched", o)
			}
			if n := s.count("/robots.txt"); n != 1 {
				t.Errorf("robots.txt read %d times, want once", n)
			}
			for u, snap := range got {
				if len(snap.Error) > maxErrorText+4 {
					t.Errorf("%s: error of %d bytes", u, len(snap.Error))
				}
			}
		})
	}
}

// TestReplayFromDamagedArchive corrupts one record in the middle of a WARC
// file, adds a file that is not WARC and tears the tail of a copy: replay
// from the folder answers every URL whose record is readable.
func TestReplayFromDamagedArchive(t *testing.T) {
	mux := http.NewServeMux()
	mux.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) { fmt.Fprint(w, page("Page "+r.URL.Path, "text")) })
	s := newSite(t, mux)
	cfg := testConfig(t, s)
	cfg.IgnoreRobots = true
	c := newCrawler(t, cfg, newMemCatalog())
	got := crawlAll(t, c, base+"/a", base+"/b", base+"/c")
	if err := c.Close(); err != nil {
		t.Fatal(err)
	}
	dir := cfg.ArchiveDir
	b := got[base+"/b"]
	name := filepath.Join(dir, b.WARCFile)
	data, err := os.ReadFile(name)
	if err != nil {
		t.Fatal(err)
	}
	// Overwrite bytes inside /b's response record: its gzip member no
	// longer decodes, the records after it still do.
	copy(data[b.WARCOffset+30:], "DAMAGE DAMAGE DAMAGE")
	if err := os.WriteFile(name, data, 0o644); err != nil {
		t.Fatal(err)
	}
	// A second file that is not WARC at all, and a torn copy.
	must(t, os.WriteFile(filepath.Join(dir, "junk.warc.gz"), []byte("not a warc"), 0o644))
	must(t, os.WriteFile(filepath.Join(dir, "torn.warc.gz"), data[:len(data)-7], 0o644))

	// Replay from the damaged folder answers what it can.
	rcfg := DefaultConfig(t.TempDir())
	rcfg.Replay = []string{dir}
	r := newCrawler(t, rcfg, newMemCatalog())
	got = crawlAll(t, r, base+"/a", base+"/b", base+"/c")
	if got[base+"/a"].Outcome != citewatch.OutcomeReplayed || got[base+"/c"].Outcome != citewatch.OutcomeReplayed {
		t.Errorf("replay: /a %q, /c %q, want replayed", got[base+"/a"].Outcome, got[base+"/c"].Outcome)
	}
	if got[base+"/b"].Outcome != citewatch.OutcomeNotInWARC {
		t.Errorf("replay: /b %q, want not in WARC", got[base+"/b"].Outcome)
	}
}

// ssrfSpellings are ways to write a loopback or metadata address that
// resolvers (inet_aton) and proxies accept but that are not the canonical
// literal, and IPv6 addresses that carry a refused IPv4 address.
var ssrfSpellings = []string{
	"2130706433", "0x7f000001", "0177.0.0.1", "127.1", "0x7f.1", "2852039166",
	"[::7f00:1]", "[2002:7f00:1::]", "[::ffff:0:a9fe:a9fe]", "[2001:0:0:0:0:0:80ff:fffe]",
}

// TestGuardThroughProxy redirects, through a proxy, to every spelling in
// ssrfSpellings: each hop is refused before the proxy is asked for it,
// since the proxy would resolve it to loopback or metadata.
func TestGuardThroughProxy(t *testing.T) {
	var mu sync.Mutex
	var leaked []string
	proxy := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Hostname() != "www.coe.int" {
			mu.Lock()
			leaked = append(leaked, r.URL.String())
			mu.Unlock()
			fmt.Fprint(w, page("Secret", "internal"))
			return
		}
		i, err := strconv.Atoi(strings.TrimPrefix(r.URL.Path, "/r"))
		if err != nil || i >= len(ssrfSpellings) {
			http.NotFound(w, r)
			return
		}
		w.Header().Set("Location", "http://"+ssrfSpellings[i]+"/latest/meta-data/")
		w.WriteHeader(http.StatusFound)
	}))
	t.Cleanup(proxy.Close)
	cfg := DefaultConfig(t.TempDir())
	cfg.Delay, cfg.Retries, cfg.IgnoreRobots = 0, 0, true
	cfg.Proxy = proxy.URL
	c := newCrawler(t, cfg, newMemCatalog())
	var urls []string
	for i := range ssrfSpellings {
		urls = append(urls, fmt.Sprintf("%s/r%d", base, i))
	}
	got := crawlAll(t, c, urls...)
	for i, u := range urls {
		if snap := got[u]; snap.Outcome != citewatch.OutcomeRefused {
			t.Errorf("redirect to %s: %q (%s), want refused", ssrfSpellings[i], snap.Outcome, snap.Error)
		}
	}
	mu.Lock()
	defer mu.Unlock()
	if len(leaked) > 0 {
		t.Errorf("the proxy was asked for %v", leaked)
	}
}

// TestGuardSpellingsWithoutProxy redirects to inet_aton spellings of the
// loopback server itself: they are refused, not resolved or dialled.
func TestGuardSpellingsWithoutProxy(t *testing.T) {
	mux := http.NewServeMux()
	mux.HandleFunc("/secret", func(w http.ResponseWriter, r *http.Request) { fmt.Fprint(w, page("Secret", "internal")) })
	s := newSite(t, mux)
	_, port, _ := strings.Cut(s.addr(), ":")
	spellings := []string{"2130706433", "0x7f000001", "0177.0.0.1", "127.1"}
	mux.HandleFunc("/r/", func(w http.ResponseWriter, r *http.Request) {
		i, _ := strconv.Atoi(strings.TrimPrefix(r.URL.Path, "/r/"))
		w.Header().Set("Location", "http://"+spellings[i]+":"+port+"/secret")
		w.WriteHeader(http.StatusFound)
	})
	cfg := testConfig(t, s)
	cfg.IgnoreRobots, cfg.AllowPrivate, cfg.Retries = true, false, 0
	cfg.Resolve = map[string]string{"www.coe.int": s.addr()}
	c := newCrawler(t, cfg, newMemCatalog())
	c.dialer.exempt = netip.MustParseAddr("127.0.0.1") // the test server stands for the internet
	var urls []string
	for i := range spellings {
		urls = append(urls, fmt.Sprintf("%s/r/%d", base, i))
	}
	got := crawlAll(t, c, urls...)
	for i, u := range urls {
		snap := got[u]
		if snap.Outcome != citewatch.OutcomeRefused || !strings.Contains(snap.Error, "loopback") {
			t.Errorf("redirect to %s: %q (%s), want refused as loopback", spellings[i], snap.Outcome, snap.Error)
		}
		if len(snap.Redirects) != 1 || snap.FinalURL != "http://127.0.0.1:"+port+"/secret" {
			t.Errorf("redirect to %s: recorded as %v -> %q, want the normalized target", spellings[i], snap.Redirects, snap.FinalURL)
		}
	}
	if n := s.count("/secret"); n != 0 {
		t.Errorf("/secret fetched %d times", n)
	}
}
