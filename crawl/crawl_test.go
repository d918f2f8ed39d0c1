package crawl

import (
	"bytes"
	"compress/gzip"
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"net/netip"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/rs/zerolog"

	"github.com/citewatch/citewatch"
	"github.com/citewatch/citewatch/archive"
	"github.com/citewatch/citewatch/crawl/warc"
)

// site is a loopback test server that counts requests per path and
// remembers when each came and with which headers.
type site struct {
	*httptest.Server
	mu    sync.Mutex
	hits  map[string]int
	times map[string][]time.Time
	hdrs  map[string][]http.Header
}

func newSite(t *testing.T, mux *http.ServeMux) *site {
	t.Helper()
	s := &site{hits: map[string]int{}, times: map[string][]time.Time{}, hdrs: map[string][]http.Header{}}
	s.Server = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		s.mu.Lock()
		s.hits[r.URL.Path]++
		s.times[r.URL.Path] = append(s.times[r.URL.Path], time.Now())
		s.hdrs[r.URL.Path] = append(s.hdrs[r.URL.Path], r.Header.Clone())
		s.mu.Unlock()
		mux.ServeHTTP(w, r)
	}))
	t.Cleanup(s.Close)
	return s
}

func (s *site) count(path string) int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.hits[path]
}

func (s *site) addr() string { return strings.TrimPrefix(s.URL, "http://") }

// testConfig points every host at s, with politeness that keeps tests fast.
func testConfig(t *testing.T, s *site) Config {
	t.Helper()
	cfg := DefaultConfig(t.TempDir())
	cfg.Delay = 0
	cfg.Retries = 2
	cfg.RetryBase = 10 * time.Millisecond
	cfg.AllowPrivate = true
	cfg.Timeout = 5 * time.Second
	cfg.Resolve = map[string]string{"*": s.addr()}
	return cfg
}

func page(title, text string) string {
	return "<!doctype html><html><head><title>" + title + "</title></head><body><h1>" + title + "</h1><p>" + text + "</p></body></html>"
}

// crawlAll runs a crawl and returns the snapshots handed on, by URL.
func crawlAll(t *testing.T, c *Crawler, urls ...string) map[string]citewatch.Snapshot {
	t.Helper()
	var mu sync.Mutex
	got := map[string]citewatch.Snapshot{}
	err := c.Crawl(context.Background(), urls, func(_ context.Context, s citewatch.Snapshot) error {
		mu.Lock()
		got[s.URL] = s
		mu.Unlock()
		return nil
	})
	if err != nil {
		t.Fatalf("Crawl: %v", err)
	}
	return got
}

func newCrawler(t *testing.T, cfg Config, cat Catalog) *Crawler {
	t.Helper()
	c, err := New(cfg, cat, zerolog.Nop())
	if err != nil {
		t.Fatalf("New: %v", err)
	}
	t.Cleanup(func() {
		if err := c.Close(); err != nil {
			t.Error(err)
		}
	})
	return c
}

// readAll reads every record of every WARC file in dir.
func readAll(t *testing.T, dir string) []*warc.Record {
	t.Helper()
	files, _ := filepath.Glob(filepath.Join(dir, "*.warc.gz"))
	var recs []*warc.Record
	for _, name := range files {
		f, err := os.Open(name)
		if err != nil {
			t.Fatal(err)
		}
		rd, err := warc.NewReader(f)
		if err != nil {
			t.Fatal(err)
		}
		for {
			rec, _, err := rd.Next()
			if err == io.EOF {
				break
			}
			if err != nil {
				t.Fatalf("%s: %v", name, err)
			}
			recs = append(recs, rec)
		}
		must(t, f.Close())
	}
	return recs
}

const base = "http://www.coe.int"

func TestRobotsDisallowAndCrawlDelay(t *testing.T) {
	mux := http.NewServeMux()
	mux.HandleFunc("/robots.txt", func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprint(w, "User-agent: *\nDisallow: /private/\nCrawl-delay: 1\n")
	})
	mux.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprint(w, page("News", "The Convention was opened for signature in Vilnius on 5 September 2024."))
	})
	s := newSite(t, mux)
	cfg := testConfig(t, s)
	cfg.Parallel = 2
	cat := newMemCatalog()
	c := newCrawler(t, cfg, cat)
	got := crawlAll(t, c, base+"/en/a", base+"/en/b", base+"/private/c")

	if o := got[base+"/private/c"].Outcome; o != citewatch.OutcomeRobots {
		t.Errorf("disallowed URL: outcome %q, want %q", o, citewatch.OutcomeRobots)
	}
	if n := s.count("/private/c"); n != 0 {
		t.Errorf("disallowed URL fetched %d times", n)
	}
	if h := cat.last(base + "/private/c").Health; h != citewatch.HealthRobots {
		t.Errorf("disallowed URL health %q", h)
	}
	a, b := s.times["/en/a"], s.times["/en/b"]
	if len(a) != 1 || len(b) != 1 {
		t.Fatalf("hits a=%d b=%d, want 1 each", len(a), len(b))
	}
	gap := b[0].Sub(a[0]).Abs()
	if gap < 900*time.Millisecond {
		t.Errorf("requests %v apart despite Crawl-delay: 1", gap)
	}
	if ua := s.hdrs["/en/a"][0].Get("User-Agent"); !strings.HasPrefix(ua, "citewatch/") {
		t.Errorf("User-Agent %q", ua)
	}
}

func TestRetries(t *testing.T) {
	var mu sync.Mutex
	calls := map[string]int{}
	mux := http.NewServeMux()
	mux.HandleFunc("/busy", func(w http.ResponseWriter, r *http.Request) {
		mu.Lock()
		calls["busy"]++
		n := calls["busy"]
		mu.Unlock()
		if n == 1 {
			w.Header().Set("Retry-After", "1")
			w.WriteHeader(http.StatusTooManyRequests)
			return
		}
		fmt.Fprint(w, page("Busy", "ok now"))
	})
	mux.HandleFunc("/flaky", func(w http.ResponseWriter, r *http.Request) {
		mu.Lock()
		calls["flaky"]++
		n := calls["flaky"]
		mu.Unlock()
		if n == 1 {
			w.WriteHeader(http.StatusServiceUnavailable)
			return
		}
		fmt.Fprint(w, page("Flaky", "ok now"))
	})
	mux.HandleFunc("/down", func(w http.ResponseWriter, r *http.Request) {
		w.WriteHeader(http.StatusBadGateway)
	})
	s := newSite(t, mux)
	cfg := testConfig(t, s)
	cfg.IgnoreRobots = true
	cfg.Parallel = 3
	c := newCrawler(t, cfg, newMemCatalog())
	got := crawlAll(t, c, base+"/busy", base+"/flaky", base+"/down")

	busy := got[base+"/busy"]
	if busy.Outcome != citewatch.OutcomeFetched || busy.Attempts != 2 {
		t.Errorf("429 then 200: outcome %q after %d attempts, want fetched after 2", busy.Outcome, busy.Attempts)
	}
	if ts := s.times["/busy"]; len(ts) != 2 || ts[1].Sub(ts[0]) < 900*time.Millisecond {
		t.Errorf("429 with Retry-After: 1: retried at %v", ts)
	}
	flaky := got[base+"/flaky"]
	if flaky.Outcome != citewatch.OutcomeFetched || flaky.Attempts != 2 || flaky.Status != 200 {
		t.Errorf("503 then 200: %q status %d after %d attempts", flaky.Outcome, flaky.Status, flaky.Attempts)
	}
	down := got[base+"/down"]
	if down.Outcome != citewatch.OutcomeFailed || down.Health != citewatch.HealthError || down.Attempts != 3 || s.count("/down") != 3 {
		t.Errorf("502 always: %q/%q after %d attempts (%d hits), want failed/error after 3", down.Outcome, down.Health, down.Attempts, s.count("/down"))
	}
	if down.WARCFile == "" {
		t.Errorf("the final 502 was not archived")
	}
}

func TestRevisit(t *testing.T) {
	body := page("Chart of signatures", "Status as of 12/02/2025. Signatures: 13.")
	mux := http.NewServeMux()
	mux.HandleFunc("/etag", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("ETag", `"v1"`)
		w.Header().Set("Last-Modified", "Tue, 11 Feb 2025 10:00:00 GMT")
		if r.Header.Get("If-None-Match") == `"v1"` {
			w.WriteHeader(http.StatusNotModified)
			return
		}
		fmt.Fprint(w, body)
	})
	mux.HandleFunc("/same", func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprint(w, body) // no validators: the digest tells
	})
	s := newSite(t, mux)
	cfg := testConfig(t, s)
	cfg.IgnoreRobots = true
	cat := newMemCatalog()
	c := newCrawler(t, cfg, cat)
	first := crawlAll(t, c, base+"/etag", base+"/same")
	if o := first[base+"/etag"].Outcome; o != citewatch.OutcomeFetched || first[base+"/etag"].Body == nil {
		t.Fatalf("first fetch: %q", o)
	}

	// Not due yet: skipped without a request.
	again := crawlAll(t, c, base+"/etag")
	if len(again) != 0 || s.count("/etag") != 1 {
		t.Fatalf("a URL not due was fetched again (%d hits)", s.count("/etag"))
	}
	if p := c.Progress(); p.Skipped != 1 || p.Remaining() != 0 {
		t.Errorf("progress %+v, want 1 skipped", p)
	}

	c.cfg.Force = true
	second := crawlAll(t, c, base+"/etag", base+"/same")
	if h := s.hdrs["/etag"][1]; h.Get("If-None-Match") != `"v1"` || h.Get("If-Modified-Since") == "" {
		t.Errorf("re-fetch sent no validators: %v", h)
	}
	for _, u := range []string{base + "/etag", base + "/same"} {
		snap := second[u]
		if snap.Outcome != citewatch.OutcomeRevisit || snap.Body != nil {
			t.Errorf("%s: outcome %q, body %d bytes; want a revisit without body", u, snap.Outcome, len(snap.Body))
		}
		if snap.PayloadDigest != first[u].PayloadDigest {
			t.Errorf("%s: revisit digest %q, want the original's %q", u, snap.PayloadDigest, first[u].PayloadDigest)
		}
		rec, err := warc.ReadAt(cfg.ArchiveDir, warc.Location{File: snap.WARCFile, Offset: snap.WARCOffset})
		if err != nil {
			t.Fatal(err)
		}
		if rec.Type != warc.TypeRevisit || rec.Header.Get(warc.FieldRefersTo) != first[u].WARCRecordID {
			t.Errorf("%s: record %s refers to %q, want revisit of %q", u, rec.Type, rec.Header.Get(warc.FieldRefersTo), first[u].WARCRecordID)
		}
		if _, err := (archive.Store{Dir: cfg.ArchiveDir}).Load(snap); !errors.Is(err, archive.ErrRevisit) {
			t.Errorf("Load(revisit) = %v, want ErrRevisit", err)
		}
	}
	if p := second[base+"/etag"]; p.Status != http.StatusNotModified {
		t.Errorf("304 revisit status %d", p.Status)
	}

	// Every request record is concurrent to a response or revisit.
	ids := map[string]string{}
	recs := readAll(t, cfg.ArchiveDir)
	for _, r := range recs {
		ids[r.ID()] = r.Type
	}
	for _, r := range recs {
		if r.Type == warc.TypeRequest {
			if typ := ids[r.Header.Get(warc.FieldConcurrentTo)]; typ != warc.TypeResponse && typ != warc.TypeRevisit {
				t.Errorf("request record concurrent to a %q record", typ)
			}
		}
	}
}

func TestGuardRefusesPrivateRedirects(t *testing.T) {
	mux := http.NewServeMux()
	mux.HandleFunc("/metadata", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "http://169.254.169.254/latest/meta-data/", http.StatusFound)
	})
	mux.HandleFunc("/rebind", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "http://intranet.example/admin", http.StatusFound)
	})
	mux.HandleFunc("/ok", func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprint(w, page("Fine", "public page"))
	})
	s := newSite(t, mux)
	cfg := testConfig(t, s)
	cfg.IgnoreRobots = true
	cfg.AllowPrivate = false
	_, port, _ := strings.Cut(s.addr(), ":")
	// intranet.example "resolves" to another loopback address: only the
	// dial-time check on the resolved IP can catch it.
	cfg.Resolve = map[string]string{"www.coe.int": s.addr(), "intranet.example": "127.0.0.2:" + port}
	c := newCrawler(t, cfg, newMemCatalog())
	c.dialer.exempt = netip.MustParseAddr("127.0.0.1") // the test server stands for the internet
	got := crawlAll(t, c, base+"/metadata", base+"/rebind", base+"/ok")

	if o := got[base+"/ok"].Outcome; o != citewatch.OutcomeFetched {
		t.Fatalf("public page: %q (%s)", o, got[base+"/ok"].Error)
	}
	for _, u := range []string{base + "/metadata", base + "/rebind"} {
		snap := got[u]
		if snap.Outcome != citewatch.OutcomeRefused || snap.Health != citewatch.HealthRefused {
			t.Errorf("%s: %q/%q (%s), want refused", u, snap.Outcome, snap.Health, snap.Error)
		}
		if len(snap.Redirects) != 1 || snap.FinalURL == "" {
			t.Errorf("%s: redirects %v final %q", u, snap.Redirects, snap.FinalURL)
		}
	}

	// Without the exemption the loopback server itself is refused.
	c.dialer.exempt = netip.Addr{}
	c.base.CloseIdleConnections() // or the pooled connection is reused
	c.cfg.Force = true
	got = crawlAll(t, c, base+"/ok")
	if o := got[base+"/ok"].Outcome; o != citewatch.OutcomeRefused || s.count("/ok") != 1 {
		t.Errorf("loopback address: %q, %d hits", o, s.count("/ok"))
	}
}

func TestHealth(t *testing.T) {
	mux := http.NewServeMux()
	mux.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path != "/" {
			http.NotFound(w, r)
			return
		}
		fmt.Fprint(w, page("Council of Europe", "home"))
	})
	mux.HandleFunc("/en/web/old-news", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "/", http.StatusMovedPermanently)
	})
	mux.HandleFunc("/en/web/moved", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "/en/web/new-place", http.StatusMovedPermanently)
	})
	mux.HandleFunc("/en/web/new-place", func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprint(w, page("Framework Convention", "adopted on 17 May 2024"))
	})
	mux.HandleFunc("/en/web/soft", func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprint(w, page("Page not found", "Sorry, the page you are looking for does not exist."))
	})
	mux.HandleFunc("/en/web/withdrawn", func(w http.ResponseWriter, r *http.Request) {
		w.WriteHeader(http.StatusGone)
	})
	mux.HandleFunc("/en/web/big", func(w http.ResponseWriter, r *http.Request) {
		_, _ = w.Write(bytes.Repeat([]byte("x"), 5000)) // the crawler hangs up at its limit
	})
	mux.HandleFunc("/en/web/gzip", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Encoding", "gzip")
		w.Header().Set("Content-Type", "text/html")
		zw := gzip.NewWriter(w)
		fmt.Fprint(zw, page("Compressed", "signed by 13 states"))
		_ = zw.Close() // a failed write shows as a broken page on the crawler's side
	})
	s := newSite(t, mux)
	cfg := testConfig(t, s)
	cfg.IgnoreRobots = true
	cfg.MaxBody = 4000
	cat := newMemCatalog()
	c := newCrawler(t, cfg, cat)
	got := crawlAll(t, c, base+"/en/web/old-news", base+"/en/web/moved", base+"/en/web/soft",
		base+"/en/web/missing", base+"/en/web/withdrawn", base+"/en/web/big", base+"/en/web/gzip")

	want := map[string]struct {
		o citewatch.FetchOutcome
		h citewatch.Health
	}{
		"/en/web/old-news":  {citewatch.OutcomeFailed, citewatch.HealthSoft404},
		"/en/web/moved":     {citewatch.OutcomeFetched, citewatch.HealthRedirected},
		"/en/web/soft":      {citewatch.OutcomeFailed, citewatch.HealthSoft404},
		"/en/web/missing":   {citewatch.OutcomeFailed, citewatch.HealthGone},
		"/en/web/withdrawn": {citewatch.OutcomeFailed, citewatch.HealthGone},
		"/en/web/big":       {citewatch.OutcomeFailed, citewatch.HealthError},
		"/en/web/gzip":      {citewatch.OutcomeFetched, citewatch.HealthOK},
	}
	for path, w := range want {
		snap := got[base+path]
		if snap.Outcome != w.o || snap.Health != w.h {
			t.Errorf("%s: %q/%q (%s), want %q/%q", path, snap.Outcome, snap.Health, snap.Error, w.o, w.h)
		}
	}
	if m := got[base+"/en/web/moved"]; m.FinalURL != base+"/en/web/new-place" || len(m.Redirects) != 1 || !bytes.Contains(m.Body, []byte("17 May 2024")) {
		t.Errorf("redirect: final %q redirects %v", m.FinalURL, m.Redirects)
	}
	gz := got[base+"/en/web/gzip"]
	if !bytes.Contains(gz.Body, []byte("signed by 13 states")) {
		t.Errorf("gzip body not decoded: %q", gz.Body)
	}
	loaded, err := (archive.Store{Dir: cfg.ArchiveDir}).Load(gz)
	if err != nil || !bytes.Equal(loaded.Body, gz.Body) || http.Header(loaded.Header).Get("Content-Encoding") != "gzip" {
		t.Errorf("Load: %v, body %q, header %v", err, loaded.Body, loaded.Header)
	}
}

func TestImportAndReplay(t *testing.T) {
	mux := http.NewServeMux()
	mux.HandleFunc("/en/web/news", func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprint(w, page("Canada and Japan sign", "Paris, 11 February 2025"))
	})
	s := newSite(t, mux)
	cfg := testConfig(t, s)
	cfg.IgnoreRobots = true
	cat := newMemCatalog()
	c := newCrawler(t, cfg, cat)
	first := crawlAll(t, c, base+"/en/web/news")[base+"/en/web/news"]

	saved := []byte(page("Behind a wall", "saved by hand"))
	imp, err := c.Import(context.Background(), "https://www.example.org/walled", saved, "")
	if err != nil {
		t.Fatal(err)
	}
	if imp.Outcome != citewatch.OutcomeImported || !strings.HasPrefix(imp.ContentType, "text/html") {
		t.Errorf("import: %q %q", imp.Outcome, imp.ContentType)
	}
	rec, err := warc.ReadAt(cfg.ArchiveDir, warc.Location{File: imp.WARCFile, Offset: imp.WARCOffset})
	if err != nil || rec.Type != warc.TypeResource || rec.Header.Get(warc.FieldImported) != "true" {
		t.Fatalf("import record: %v %+v", err, rec)
	}
	loaded, err := (archive.Store{Dir: cfg.ArchiveDir}).Load(imp)
	if err != nil || !bytes.Equal(loaded.Body, saved) {
		t.Errorf("Load(import) = %q, %v", loaded.Body, err)
	}

	// Replay the archive into another data folder: same record, no network.
	rcfg := testConfig(t, s)
	rcfg.Replay = []string{cfg.ArchiveDir}
	rcat := newMemCatalog()
	r := newCrawler(t, rcfg, rcat)
	got := crawlAll(t, r, base+"/en/web/news", base+"/en/web/unknown")
	rep := got[base+"/en/web/news"]
	if rep.Outcome != citewatch.OutcomeReplayed || rep.WARCRecordID != first.WARCRecordID || !bytes.Equal(rep.Body, first.Body) {
		t.Errorf("replay: %q record %q, want replayed %q", rep.Outcome, rep.WARCRecordID, first.WARCRecordID)
	}
	if _, err := (archive.Store{Dir: rcfg.ArchiveDir}).Load(rep); err != nil {
		t.Errorf("replayed record not copied into the new archive: %v", err)
	}
	if o := got[base+"/en/web/unknown"].Outcome; o != citewatch.OutcomeNotInWARC {
		t.Errorf("unknown URL in replay: %q", o)
	}
	if n := s.count("/en/web/news") + s.count("/en/web/unknown"); n != 1 {
		t.Errorf("replay went to the network: %d hits", n)
	}
}

func TestCancelFinishesInFlight(t *testing.T) {
	started := make(chan struct{}, 100)
	mux := http.NewServeMux()
	mux.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
		started <- struct{}{}
		time.Sleep(200 * time.Millisecond)
		fmt.Fprint(w, page("Slow", r.URL.Path))
	})
	s := newSite(t, mux)
	cfg := testConfig(t, s)
	cfg.IgnoreRobots = true
	cat := newMemCatalog()
	c := newCrawler(t, cfg, cat)
	var urls []string
	for i := range 20 {
		urls = append(urls, fmt.Sprintf("%s/p/%d", base, i))
	}
	ctx, cancel := context.WithCancel(context.Background())
	go func() { <-started; cancel() }()
	err := c.Crawl(ctx, urls, nil)
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("Crawl after cancel = %v", err)
	}
	p := c.Progress()
	if p.Fetched < 1 || p.Fetched > 3 || p.Remaining() == 0 {
		t.Errorf("after cancel: %+v; want the request in flight finished and the rest left", p)
	}
	if err := c.Close(); err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, r := range readAll(t, cfg.ArchiveDir) {
		if r.Type == warc.TypeResponse {
			n++
		}
	}
	if n != p.Fetched {
		t.Errorf("%d response records for %d fetched", n, p.Fetched)
	}
}

func TestConfigErrors(t *testing.T) {
	for _, cfg := range []Config{
		{},
		{ArchiveDir: "x", Proxy: "ftp://proxy"},
		{ArchiveDir: "x", Resolve: map[string]string{"a": "nope"}},
		{ArchiveDir: "x", Parallel: -1},
	} {
		if _, err := New(cfg, newMemCatalog(), zerolog.Nop()); !errors.Is(err, citewatch.ErrInvalid) {
			t.Errorf("New(%+v) = %v, want ErrInvalid", cfg, err)
		}
	}
	c := newCrawler(t, DefaultConfig(t.TempDir()), newMemCatalog())
	if err := c.Crawl(context.Background(), []string{"ftp://x/y"}, nil); !errors.Is(err, citewatch.ErrInvalid) {
		t.Errorf("Crawl(ftp) = %v, want ErrInvalid", err)
	}
}

func TestRefusedReason(t *testing.T) {
	for addr, want := range map[string]bool{
		"127.0.0.1": true, "10.1.2.3": true, "172.16.0.1": true, "192.168.1.1": true,
		"169.254.169.254": true, "100.100.100.200": true, "::1": true, "fe80::1": true,
		"fd00:ec2::254": true, "::ffff:127.0.0.1": true, "224.0.0.1": true, "0.0.0.0": true,
		"64:ff9b::a00:1": true, "::7f00:1": true, "::ffff:0:a9fe:a9fe": true, "2002:a00:1::": true,
		"2001:0:4136:e378:8000:63bf:80ff:fffe": true, "2001:0:a9fe:a9fe::1": true, "64:ff9b:1::1": true,
		"2002:808:808::1": false, "::808:808": false, "64:ff9b::808:808": false, "8.8.8.8": false, "2001:4860:4860::8888": false, "185.15.59.224": false,
	} {
		if got := refusedReason(netip.MustParseAddr(addr)) != ""; got != want {
			t.Errorf("refusedReason(%s) refused=%v, want %v", addr, got, want)
		}
	}
}

func TestSoft404Text(t *testing.T) {
	for _, c := range []struct {
		page string
		want bool
	}{
		{`<html><head><TITLE>Oops</TITLE></head><body><h1 class="x"><span>Page</span> not found</h1></body></html>`, true},
		{`<title>Seite nicht gefunden | Beispiel</title>`, true},
		{`<title>Page introuvable</title>`, true},
		{`<title>Suspect not found guilty of fraud after a long trial in the capital</title><h1>Court news</h1>`, false},
		{`<title>Framework Convention on Artificial Intelligence</title><h1>Chart of signatures</h1>`, false},
		{`<h1x>404</h1x><title>Fine</title>`, false},
	} {
		if got := soft404(nil, "text/html", []byte(c.page)); got != c.want {
			t.Errorf("soft404(%q) = %v, want %v (title and heading %q)", c.page, got, c.want, titleAndHeading([]byte(c.page)))
		}
	}
}

// TestRecordBeforeHandle checks the order of a fetch's steps: handle sees
// a fetch only once the catalog holds it and the catalog names a WARC
// record that is in the archive; a catalog that fails stops the crawl with
// its error, and what it did not record is not handed on.
func TestRecordBeforeHandle(t *testing.T) {
	mux := http.NewServeMux()
	mux.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprint(w, page("Page", r.URL.Path))
	})
	s := newSite(t, mux)
	cfg := testConfig(t, s)
	cfg.IgnoreRobots, cfg.Parallel = true, 4
	var urls []string
	for i := range 40 {
		urls = append(urls, fmt.Sprintf("%s/p/%d", base, i))
	}

	cat := newMemCatalog()
	c := newCrawler(t, cfg, cat)
	handled := 0
	err := c.Crawl(context.Background(), urls, func(_ context.Context, snap citewatch.Snapshot) error {
		handled++
		rec := cat.last(snap.URL)
		if rec.WARCRecordID == "" || rec.WARCRecordID != snap.WARCRecordID {
			t.Errorf("%s handed on before the catalog recorded it (catalog has %q)", snap.URL, rec.WARCRecordID)
		}
		if loaded, err := (archive.Store{Dir: cfg.ArchiveDir}).Load(rec); err != nil || !bytes.Equal(loaded.Body, snap.Body) {
			t.Errorf("%s: the catalog's record does not load: %v", snap.URL, err)
		}
		return nil
	})
	if err != nil || handled != len(urls) {
		t.Fatalf("Crawl = %v, %d handled; want nil, %d", err, handled, len(urls))
	}

	fc := &failingCatalog{memCatalog: newMemCatalog(), left: 0}
	cfg.ArchiveDir = t.TempDir()
	c = newCrawler(t, cfg, fc)
	handled = 0
	err = c.Crawl(context.Background(), urls, func(context.Context, citewatch.Snapshot) error {
		handled++
		return nil
	})
	if !errors.Is(err, errCatalogDown) || handled != 0 {
		t.Errorf("Crawl with a failing catalog = %v, %d handled; want %v, 0", err, handled, errCatalogDown)
	}
	if p := c.Progress(); p.Fetched != 0 || p.Remaining() == 0 {
		t.Errorf("progress with a failing catalog = %+v; want nothing counted as done", p)
	}
}

// must fails the test at once when a step of its setup fails, so that no
// test passes on a premise it did not set up.
func must(t testing.TB, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}
