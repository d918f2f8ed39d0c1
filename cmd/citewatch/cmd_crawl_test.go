package main

import (
	"bytes"
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"testing"
	"time"

	"github.com/gocolly/colly/v2"
	"github.com/rs/zerolog"

	"github.com/citewatch/citewatch"
	"github.com/citewatch/citewatch/archive"
	"github.com/citewatch/citewatch/crawl"
	"github.com/citewatch/citewatch/crawl/warc"
	"github.com/citewatch/citewatch/sources"
)

// countingServer serves slow numbered pages and counts hits per path.
type countingServer struct {
	*httptest.Server
	mu   sync.Mutex
	hits map[string]int
	all  atomic.Int64
}

func newCountingServer(t *testing.T, delay time.Duration) *countingServer {
	t.Helper()
	s := &countingServer{hits: map[string]int{}}
	s.Server = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		s.mu.Lock()
		s.hits[r.URL.Path]++
		s.mu.Unlock()
		s.all.Add(1)
		time.Sleep(delay)
		fmt.Fprintf(w, "<html><head><title>Page %s</title></head><body><p>The Convention was opened for signature on 5 September 2024 (%s).</p></body></html>", r.URL.Path, r.URL.Path)
	}))
	t.Cleanup(s.Close)
	return s
}

func (s *countingServer) count(path string) int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.hits[path]
}

func TestCrawlCommand(t *testing.T) {
	s := newCountingServer(t, 0)
	data := t.TempDir()
	var out, errOut bytes.Buffer
	addr := strings.TrimPrefix(s.URL, "http://")
	url := "https://www.coe.int/en/web/portal/-/news"
	err := run(context.Background(), []string{"--data", data, "crawl", "--allow-private", "--ignore-robots", "--delay", "0",
		"--resolve", "www.coe.int:" + addr, strings.Replace(url, "https", "http", 1)}, &out, &errOut)
	if err != nil {
		t.Fatalf("crawl: %v\n%s", err, errOut.String())
	}
	if !strings.Contains(out.String(), "1 fetched, 0 failed") {
		t.Errorf("summary %q", out.String())
	}
	if strings.Contains(errOut.String(), "fetched 1") {
		t.Errorf("progress line printed to a non-terminal: %q", errOut.String())
	}

	saved := filepath.Join(t.TempDir(), "saved.html")
	must(t, os.WriteFile(saved, []byte("<html><title>Saved</title><p>Signed on 11 February 2025.</p></html>"), 0o644))
	out.Reset()
	if err := run(context.Background(), []string{"--data", data, "archive", "add", url, saved}, &out, &errOut); err != nil {
		t.Fatalf("archive add: %v", err)
	}
	out.Reset()
	if err := run(context.Background(), []string{"--data", data, "archive", "ls"}, &out, &errOut); err != nil {
		t.Fatalf("archive ls: %v", err)
	}
	if !strings.Contains(out.String(), "imported 1") || !strings.Contains(out.String(), "response 1") {
		t.Errorf("archive ls:\n%s", out.String())
	}
	if err := run(context.Background(), []string{"--data", data, "crawl", "--resolve", "nocolon", url}, &out, &errOut); !errors.Is(err, citewatch.ErrInvalid) {
		t.Errorf("bad --resolve: %v", err)
	}
}

// TestCrawlKilledResumes runs the binary, kills it with SIGKILL part way
// through a crawl, checks that every complete WARC record reads back and
// the catalog opens, then runs it again and checks that it fetches only
// what it did not record.
func TestCrawlKilledResumes(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the binary")
	}
	bin := filepath.Join(t.TempDir(), "citewatch")
	if out, err := exec.Command("go", "build", "-o", bin, ".").CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	s := newCountingServer(t, 40*time.Millisecond)
	data := t.TempDir()
	const n = 120
	var urls []string
	for i := range n {
		urls = append(urls, fmt.Sprintf("http://www.coe.int/en/web/page-%03d", i))
	}
	args := append([]string{"--data", data, "crawl", "--allow-private", "--ignore-robots", "--delay", "0", "--parallel", "4",
		"--resolve", "*:" + strings.TrimPrefix(s.URL, "http://")}, urls...)

	cmd := exec.Command(bin, args...)
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	deadline := time.Now().Add(20 * time.Second)
	for s.all.Load() < n/3 && time.Now().Before(deadline) {
		time.Sleep(5 * time.Millisecond)
	}
	must(t, cmd.Process.Signal(syscall.SIGKILL))
	if err := cmd.Wait(); err == nil {
		t.Fatalf("the crawl ended by itself before it was killed")
	}
	hitsAtKill := int(s.all.Load())
	if hitsAtKill >= n {
		t.Fatalf("the crawl finished before it was killed")
	}

	// Every complete record reads back; only a torn tail may fail.
	archiveDir := filepath.Join(data, "warc")
	files, _ := filepath.Glob(filepath.Join(archiveDir, "*.warc.gz"))
	responses := 0
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
			if err == io.EOF || errors.Is(err, warc.ErrTruncated) {
				break
			}
			if err != nil {
				t.Fatalf("%s after %d responses: %v", name, responses, err)
			}
			if rec.Type == warc.TypeResponse {
				if err := rec.Verify(); err != nil {
					t.Errorf("record %s: %v", rec.ID(), err)
				}
				responses++
			}
		}
		must(t, f.Close())
	}
	ctx := context.Background()
	cat, err := sources.Open(ctx, filepath.Join(data, "catalog.db"), zerolog.Nop())
	if err != nil {
		t.Fatalf("catalog after SIGKILL: %v", err)
	}
	recorded := map[string]bool{}
	for _, u := range urls {
		snap, err := cat.LastFetch(ctx, u)
		if errors.Is(err, citewatch.ErrNotFound) {
			continue
		}
		if err != nil {
			t.Fatal(err)
		}
		recorded[u] = true
		if _, err := (archive.Store{Dir: archiveDir}).Load(snap); err != nil {
			t.Errorf("recorded fetch of %s does not load: %v", u, err)
		}
	}
	must(t, cat.Close())
	if len(recorded) == 0 || len(recorded) > responses {
		t.Fatalf("%d fetches recorded, %d responses archived", len(recorded), responses)
	}

	t.Logf("killed after %d requests: %d fetches recorded, %d responses archived", hitsAtKill, len(recorded), responses)
	out, err := exec.Command(bin, args...).CombinedOutput()
	if err != nil {
		t.Fatalf("second run: %v\n%s", err, out)
	}
	for _, u := range urls {
		path := strings.TrimPrefix(u, "http://www.coe.int")
		switch hits := s.count(path); {
		case recorded[u] && hits != 1:
			t.Errorf("%s was recorded before the kill but fetched %d times", path, hits)
		case hits < 1:
			t.Errorf("%s never fetched", path)
		}
	}
	// Only requests in flight at the kill may be made twice.
	if extra := int(s.all.Load()) - n; extra > hitsAtKill-len(recorded) {
		t.Errorf("%d refetches, more than the %d unrecorded at the kill", extra, hitsAtKill-len(recorded))
	}
	if !strings.Contains(string(out), fmt.Sprintf("%d fetched, 0 failed, %d not due", n-len(recorded), len(recorded))) {
		t.Errorf("second run: %s", out)
	}
}

var (
	benchPages  = flag.Int("pages", 10000, "pages for BenchmarkCrawl")
	benchRounds = flag.Int("rounds", 3, "rounds of BenchmarkCrawl, each bare colly then citewatch")
)

// BenchmarkCrawl crawls -pages pages of about 30 KB from a loopback server
// with politeness off, with a bare colly collector (an OnResponse callback
// only) and with citewatch's crawler (WARC archiving and the SQLite
// catalog on), alternating for -rounds rounds so that both meet the same
// load on a shared machine. Both use the same server, pages and
// parallelism, in the same process. It reports for each the best and the median rate, the
// median CPU time per page (user+system of the whole process, the
// server's included, which is the same for both; steadier than rates on a
// shared machine), the peak heap in use above the start while the first
// half of the pages were done and over the whole run (equal when memory
// does not grow with the pages), and the ratios of citewatch to colly.
// Run it once:
//
//	go test -run XXX -bench Crawl -benchtime 1x ./cmd/citewatch [-args -pages 10000 -rounds 3]
func BenchmarkCrawl(b *testing.B) {
	filler := bytes.Repeat([]byte("<p>The Framework Convention on Artificial Intelligence was opened for signature on 5 September 2024 in Vilnius.</p>\n"), 30000/116)
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		fmt.Fprintf(w, "<html><head><title>%s</title></head><body>", r.URL.Path)
		_, _ = w.Write(filler) // a failed write shows as a page the crawl missed
	}))
	defer srv.Close()
	addr := strings.TrimPrefix(srv.URL, "http://")
	const parallel = 16
	urls := make([]string, *benchPages)
	for i := range urls {
		urls[i] = fmt.Sprintf("http://bench.example/page/%d", i)
	}

	for b.Loop() {
		var bare, cw []runStats
		for range *benchRounds {
			bare = append(bare, measure(len(urls), func(done *atomic.Int64) { bareColly(b, addr, parallel, urls, done) }))
			cw = append(cw, measure(len(urls), func(done *atomic.Int64) { citewatchCrawl(b, addr, parallel, urls, done) }))
		}
		report := func(name string, runs []runStats) summary {
			sum := summarize(runs)
			b.ReportMetric(sum.best, name+"-best-pages/s")
			b.ReportMetric(sum.median, name+"-median-pages/s")
			b.ReportMetric(sum.cpu, name+"-cpu-us/page")
			b.ReportMetric(sum.half/(1<<20), name+"-peak-MiB-half")
			b.ReportMetric(sum.full/(1<<20), name+"-peak-MiB")
			return sum
		}
		c, w := report("colly", bare), report("citewatch", cw)
		b.ReportMetric(w.best/c.best, "ratio-best")
		b.ReportMetric(w.median/c.median, "ratio-median")
		b.ReportMetric(c.cpu/w.cpu, "ratio-cpu")
	}
}

// bareColly fetches urls with colly and nothing else, counting pages in
// done.
func bareColly(b *testing.B, addr string, parallel int, urls []string, done *atomic.Int64) {
	c := colly.NewCollector(colly.Async(true))
	c.WithTransport(&http.Transport{
		DialContext: func(ctx context.Context, network, _ string) (net.Conn, error) {
			return (&net.Dialer{}).DialContext(ctx, network, addr)
		},
		MaxIdleConnsPerHost: parallel,
	})
	must(b, c.Limit(&colly.LimitRule{DomainGlob: "*", Parallelism: parallel}))
	c.OnResponse(func(r *colly.Response) { done.Add(1) })
	for _, u := range urls {
		must(b, c.Visit(u))
	}
	c.Wait()
	if int(done.Load()) != len(urls) {
		b.Fatalf("bare colly got %d of %d pages", done.Load(), len(urls))
	}
}

// citewatchCrawl fetches urls with citewatch's crawler into a fresh data
// directory, WARC archive and SQLite catalog, counting pages in done.
func citewatchCrawl(b *testing.B, addr string, parallel int, urls []string, done *atomic.Int64) {
	dir := b.TempDir()
	cat, err := sources.Open(context.Background(), filepath.Join(dir, "catalog.db"), zerolog.Nop())
	if err != nil {
		b.Fatal(err)
	}
	defer func() { must(b, cat.Close()) }()
	cfg := crawl.DefaultConfig(filepath.Join(dir, "warc"))
	cfg.Delay, cfg.Parallel, cfg.IgnoreRobots, cfg.AllowPrivate = 0, parallel, true, true
	cfg.Resolve = map[string]string{"*": addr}
	cr, err := crawl.New(cfg, cat, zerolog.Nop())
	if err != nil {
		b.Fatal(err)
	}
	err = cr.Crawl(context.Background(), urls, func(_ context.Context, s citewatch.Snapshot) error {
		if s.Outcome != citewatch.OutcomeFetched {
			return fmt.Errorf("%s: %s %s", s.URL, s.Outcome, s.Error)
		}
		done.Add(1)
		return nil
	})
	if err != nil {
		b.Fatal(err)
	}
	if err := cr.Close(); err != nil {
		b.Fatal(err)
	}
	if p := cr.Progress(); p.Fetched != len(urls) {
		b.Fatalf("citewatch fetched %d of %d", p.Fetched, len(urls))
	}
}

type runStats struct {
	rate       float64       // pages per second
	cpu        time.Duration // process CPU time, user and system
	half, full uint64        // peak heap in use above the start: while the first half of the pages were done, and in all
}

// summary is the figures of several runs: the best and median rate,
// the median CPU time per page in microseconds, the highest peaks.
type summary struct {
	best, median, cpu, half, full float64
}

func summarize(runs []runStats) summary {
	var s summary
	rates := make([]float64, len(runs))
	cpus := make([]float64, len(runs))
	for i, r := range runs {
		rates[i], cpus[i] = r.rate, float64(r.cpu.Microseconds())/float64(*benchPages)
		s.best = max(s.best, r.rate)
		s.half = max(s.half, float64(r.half))
		s.full = max(s.full, float64(r.full))
	}
	s.median, s.cpu = median(rates), median(cpus)
	return s
}

func median(x []float64) float64 {
	x = slices.Clone(x)
	slices.Sort(x)
	if len(x)%2 == 1 {
		return x[len(x)/2]
	}
	return (x[len(x)/2-1] + x[len(x)/2]) / 2
}

func cpuTime() time.Duration {
	var ru syscall.Rusage
	// It fails only on a bad "who" or pointer, and these are fixed.
	_ = syscall.Getrusage(syscall.RUSAGE_SELF, &ru)
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// measure runs f, which counts the pages it has done, and returns its
// rate, CPU time and peak heap in use above what was in use before,
// sampled every 20ms.
func measure(pages int, f func(done *atomic.Int64)) runStats {
	runtime.GC()
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	base := ms.HeapInuse
	var st runStats
	var done atomic.Int64
	stop := make(chan struct{})
	var sampler sync.WaitGroup
	sampler.Add(1)
	go func() { // exits when f is done
		defer sampler.Done()
		tick := time.NewTicker(20 * time.Millisecond)
		defer tick.Stop()
		for {
			select {
			case <-stop:
				return
			case <-tick.C:
				var ms runtime.MemStats
				runtime.ReadMemStats(&ms)
				if ms.HeapInuse <= base {
					continue
				}
				use := ms.HeapInuse - base
				st.full = max(st.full, use)
				if done.Load() <= int64(pages/2) {
					st.half = max(st.half, use)
				}
			}
		}
	}()
	cpu0, start := cpuTime(), time.Now()
	f(&done)
	elapsed, cpu := time.Since(start), cpuTime()-cpu0
	close(stop)
	sampler.Wait()
	st.rate, st.cpu = float64(pages)/elapsed.Seconds(), cpu
	return st
}
