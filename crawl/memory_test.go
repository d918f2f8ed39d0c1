package crawl

import (
	"bytes"
	"compress/gzip"
	"context"
	"errors"
	"fmt"
	"net/http"
	"runtime"
	"strconv"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/citewatch/citewatch"
	"github.com/citewatch/citewatch/crawl/warc"
)

// peakHeap samples the heap in use until stop is called and returns the
// highest value seen.
func peakHeap() (stop func() uint64) {
	var peak atomic.Uint64
	done := make(chan struct{})
	finished := make(chan struct{})
	go func() { // exits when stop is called
		defer close(finished)
		tick := time.NewTicker(10 * time.Millisecond)
		defer tick.Stop()
		var m runtime.MemStats
		for {
			runtime.ReadMemStats(&m)
			if m.HeapInuse > peak.Load() {
				peak.Store(m.HeapInuse)
			}
			select {
			case <-tick.C:
			case <-done:
				return
			}
		}
	}()
	return func() uint64 {
		close(done)
		<-finished
		return peak.Load()
	}
}

// TestBoundedMemory crawls 16 hosts whose cited URLs redirect ten times,
// each redirect with a body of 9.9 MB, to a gzipped page that decodes to
// 45 MiB, while handle lags: redirect bodies are not held (only their
// start is archived, marked truncated) and decoded pages wait for room
// in the in-flight budget, so the heap stays far below what the bodies
// add up to.
func TestBoundedMemory(t *testing.T) {
	if testing.Short() {
		t.Skip("moves a few hundred megabytes")
	}
	big := bytes.Repeat([]byte("<p>redirecting</p>\n"), 9900000/19)
	var page bytes.Buffer
	zw, err := gzip.NewWriterLevel(&page, gzip.BestCompression)
	must(t, err)
	_, err = zw.Write([]byte("<!doctype html><title>Big page</title><p>The Convention was signed on 5 September 2024.</p>"))
	must(t, err)
	_, err = zw.Write(make([]byte, 45<<20))
	must(t, err)
	must(t, zw.Close())
	// The handler's writes fail when the crawler hangs up at its limits,
	// as it should: what the crawler records is what the test checks.
	mux := http.NewServeMux()
	mux.HandleFunc("/c/", func(w http.ResponseWriter, r *http.Request) {
		hop, _ := strconv.Atoi(strings.TrimPrefix(r.URL.Path, "/c/"))
		if hop < 10 {
			w.Header().Set("Location", fmt.Sprintf("/c/%d", hop+1))
			w.Header().Set("Content-Type", "text/html")
			w.WriteHeader(http.StatusFound)
			_, _ = w.Write(big)
			return
		}
		w.Header().Set("Content-Type", "text/html")
		w.Header().Set("Content-Encoding", "gzip")
		_, _ = w.Write(page.Bytes())
	})
	s := newSite(t, mux)
	cfg := testConfig(t, s)
	cfg.IgnoreRobots = true
	cfg.Hosts = 16
	cfg.Timeout = 60 * time.Second
	c := newCrawler(t, cfg, newMemCatalog())
	var urls []string
	for i := range 16 {
		urls = append(urls, fmt.Sprintf("http://h%d.example/c/0", i))
	}
	runtime.GC()
	stop := peakHeap()
	var handled atomic.Int64
	err = c.Crawl(context.Background(), urls, func(_ context.Context, s citewatch.Snapshot) error {
		if s.Outcome != citewatch.OutcomeFetched || len(s.Body) < 45<<20 {
			t.Errorf("%s: %s (%s), %d bytes", s.URL, s.Outcome, s.Error, len(s.Body))
		}
		time.Sleep(100 * time.Millisecond) // extraction lags
		handled.Add(1)
		return nil
	})
	peak := stop()
	if err != nil {
		t.Fatal(err)
	}
	if handled.Load() != 16 {
		t.Errorf("%d pages handled, want 16", handled.Load())
	}
	t.Logf("peak heap %d MiB for 16 chains of 10 redirects of 9.9 MB and pages of 45 MiB decoded", peak>>20)
	if peak > 500<<20 {
		t.Errorf("peak heap %d MiB, want under 500", peak>>20)
	}
	// The redirects' records hold their start, marked truncated.
	truncated := 0
	for _, r := range readAll(t, cfg.ArchiveDir) {
		if r.Header.Get(warc.FieldTruncated) == "length" {
			truncated++
			if len(r.Block) > maxRedirectBody+4096 {
				t.Errorf("a truncated redirect record of %d bytes", len(r.Block))
			}
		}
	}
	if truncated != 16*10 {
		t.Errorf("%d truncated redirect records, want %d", truncated, 16*10)
	}
}

// TestCancelStopsHandle cancels a crawl while handle is busy with a page
// (as a long extraction that watches its context is): handle sees the
// cancellation, the crawl ends within seconds, and what was fetched is
// recorded all the same.
func TestCancelStopsHandle(t *testing.T) {
	mux := http.NewServeMux()
	mux.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) { fmt.Fprint(w, page("Page", r.URL.Path)) })
	s := newSite(t, mux)
	cfg := testConfig(t, s)
	cfg.IgnoreRobots = true
	cat := newMemCatalog()
	c := newCrawler(t, cfg, cat)
	var urls []string
	for i := range 5 {
		urls = append(urls, fmt.Sprintf("%s/p/%d", base, i))
	}
	ctx, cancel := context.WithCancel(context.Background())
	busy := make(chan struct{})
	done := make(chan error, 1)
	go func() { // exits when Crawl returns
		done <- c.Crawl(ctx, urls, func(ctx context.Context, s citewatch.Snapshot) error {
			close(busy)
			<-ctx.Done() // a long job that watches its context
			return ctx.Err()
		})
	}()
	<-busy
	start := time.Now()
	cancel()
	select {
	case err := <-done:
		if !errors.Is(err, context.Canceled) {
			t.Errorf("Crawl = %v, want context.Canceled", err)
		}
		if d := time.Since(start); d > 5*time.Second {
			t.Errorf("Crawl ended %v after the cancel", d)
		}
	case <-time.After(20 * time.Second):
		t.Fatal("Crawl still running 20s after the cancel: handle never saw it")
	}
	if snap := cat.last(urls[0]); snap.Outcome != citewatch.OutcomeFetched {
		t.Errorf("the page being handled was not recorded: %+v", snap)
	}
}

// TestRobotsFailureRemembered serves a robots.txt that never completes:
// the first URL of the host waits out the timeout, the others fail at
// once with the same error, and the next crawl asks again.
func TestRobotsFailureRemembered(t *testing.T) {
	mux := http.NewServeMux()
	mux.HandleFunc("/robots.txt", func(w http.ResponseWriter, r *http.Request) {
		_, _ = w.Write([]byte("User-agent: *\n")) // a failed write shows on the crawler's side
		w.(http.Flusher).Flush()
		<-r.Context().Done() // drips nothing more
	})
	mux.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) { fmt.Fprint(w, page("Page", r.URL.Path)) })
	s := newSite(t, mux)
	cfg := testConfig(t, s)
	cfg.Retries = 0
	cfg.Timeout = 500 * time.Millisecond
	cfg.Parallel = 4
	c := newCrawler(t, cfg, newMemCatalog())
	var urls []string
	for i := range 6 {
		urls = append(urls, fmt.Sprintf("%s/p/%d", base, i))
	}
	start := time.Now()
	got := crawlAll(t, c, urls...)
	if d := time.Since(start); d > 5*time.Second {
		t.Errorf("crawl took %v: the robots.txt timeout was paid more than once", d)
	}
	if n := s.count("/robots.txt"); n != 1 {
		t.Errorf("robots.txt asked for %d times in one crawl, want once", n)
	}
	for _, u := range urls {
		if snap := got[u]; snap.Outcome != citewatch.OutcomeFailed || snap.Health != citewatch.HealthTimeout {
			t.Errorf("%s: %q/%q (%s), want failed by the robots.txt timeout", u, snap.Outcome, snap.Health, snap.Error)
		}
	}
	c.cfg.Force = true
	crawlAll(t, c, urls[0])
	if n := s.count("/robots.txt"); n != 2 {
		t.Errorf("robots.txt asked for %d times after a second crawl, want twice", n)
	}
}

// TestRetryAfterWaitedOnce answers every attempt with 503 and a
// Retry-After just under MaxRetryWait: it is waited out once, not on
// every retry.
func TestRetryAfterWaitedOnce(t *testing.T) {
	mux := http.NewServeMux()
	mux.HandleFunc("/busy", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Retry-After", "1")
		w.WriteHeader(http.StatusServiceUnavailable)
	})
	s := newSite(t, mux)
	cfg := testConfig(t, s)
	cfg.IgnoreRobots = true
	cfg.Retries = 3
	cfg.MaxRetryWait = 1500 * time.Millisecond
	c := newCrawler(t, cfg, newMemCatalog())
	start := time.Now()
	got := crawlAll(t, c, base+"/busy")
	if n := s.count("/busy"); n != 2 {
		t.Errorf("%d attempts, want 2: the second Retry-After would pass MaxRetryWait", n)
	}
	if d := time.Since(start); d > 10*time.Second {
		t.Errorf("took %v", d)
	}
	if snap := got[base+"/busy"]; snap.Outcome != citewatch.OutcomeFailed || !strings.Contains(snap.Error, "503") {
		t.Errorf("%q (%s), want failed with 503", snap.Outcome, snap.Error)
	}
}
