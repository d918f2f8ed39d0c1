package crawl

import (
	"context"
	"crypto/tls"
	"errors"
	"fmt"
	"net"
	"net/http"
	"net/url"
	"slices"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/gobwas/glob"
	"github.com/gocolly/colly/v2"
	whatwg "github.com/nlnwa/whatwg-url/url"
	"github.com/rs/zerolog"
	"golang.org/x/net/http/httpproxy"
	"golang.org/x/sync/semaphore"

	"github.com/citewatch/citewatch"
	"github.com/citewatch/citewatch/crawl/warc"
)

// Catalog is what the crawler needs of the catalog of sources; package
// sources' *Catalog implements it. LastContent returns an error wrapping
// citewatch.ErrNotFound for a URL with no content.
type Catalog interface {
	// List returns every source. Crawl reads it once, to skip sources
	// whose NextDue is in the future and to know which were fetched before.
	List(ctx context.Context) ([]citewatch.Source, error)
	// LastContent returns the newest snapshot of url with content: its
	// validators are sent on a re-fetch, and a 304 or an identical payload
	// becomes a revisit record referring to it.
	LastContent(ctx context.Context, url string) (citewatch.Snapshot, error)
	// RecordFetches records fetches of sources, in order, all or none.
	// Crawl calls it from one goroutine, with batches of up to a few
	// hundred fetches, each already archived.
	RecordFetches(ctx context.Context, snaps []citewatch.Snapshot) error
}

// Crawler fetches URLs politely and archives every exchange as WARC. Its
// methods are safe for concurrent use, but Crawl calls run one at a time.
type Crawler struct {
	cfg    Config
	cat    Catalog
	log    zerolog.Logger
	w      *warc.Writer
	base   *http.Transport // nil in replay mode
	dialer *dialer         // nil in replay mode
	rec    *recorder
	polite *polite // nil when robots.txt is ignored
	robots *http.Client
	replay *replayIndex
	ids    atomic.Uint64
	// inflight counts the bytes of decoded bodies between archiving and
	// handle (Config.MaxInFlight): archivers wait for room, so pages
	// cannot pile up in the queues while handle lags.
	inflight *semaphore.Weighted

	crawling sync.Mutex
	progress progress
	notDue   notDueList
}

// New returns a Crawler for cfg that records fetches in cat and writes
// WARC files into cfg.ArchiveDir (the first when something is written).
// It returns an error wrapping citewatch.ErrInvalid for a bad Config, and
// an error reading the replay archive when cfg.Replay names one.
func New(cfg Config, cat Catalog, log zerolog.Logger) (*Crawler, error) {
	cfg, err := cfg.withDefaults()
	if err != nil {
		return nil, err
	}
	if cat == nil {
		return nil, fmt.Errorf("%w: crawl: no catalog", citewatch.ErrInvalid)
	}
	w, err := warc.Create(cfg.ArchiveDir, warc.Options{MaxSize: cfg.WARCSize, Compression: cfg.Compression, Software: cfg.UserAgent})
	if err != nil {
		return nil, fmt.Errorf("crawl: %w", err)
	}
	c := &Crawler{cfg: cfg, cat: cat, log: log.With().Str("stage", "crawl").Logger(), w: w, inflight: semaphore.NewWeighted(cfg.MaxInFlight)}

	var rt http.RoundTripper
	if len(cfg.Replay) > 0 {
		c.replay, err = openReplay(cfg.Replay, c.log)
		if err != nil {
			return nil, errors.Join(err, w.Close())
		}
		rt = c.replay
	} else {
		rt = c.network()
	}
	c.rec = &recorder{next: rt}
	c.robots = &http.Client{
		Transport: c.rec,
		CheckRedirect: func(req *http.Request, via []*http.Request) error {
			if len(via) > cfg.MaxRedirects {
				return ErrTooManyRedirects
			}
			return normalizeRedirect(req)
		},
	}
	return c, nil
}

// network builds the layered transport that goes to the network.
func (c *Crawler) network() http.RoundTripper {
	cfg := c.cfg
	var proxy func(*http.Request) (*url.URL, error)
	proxyAddr := ""
	if cfg.Proxy != "" {
		u, _ := url.Parse(cfg.Proxy) // checked by withDefaults
		proxy = http.ProxyURL(u)
		if cfg.NoProxy != "" {
			env := &httpproxy.Config{HTTPProxy: cfg.Proxy, HTTPSProxy: cfg.Proxy, NoProxy: cfg.NoProxy}
			viaProxy := env.ProxyFunc()
			proxy = func(r *http.Request) (*url.URL, error) { return viaProxy(r.URL) }
		}
		port := u.Port()
		if port == "" {
			port = map[string]string{"http": "80", "https": "443", "socks5": "1080"}[u.Scheme]
		}
		proxyAddr = net.JoinHostPort(u.Hostname(), port)
	}
	d := newDialer(cfg, proxyAddr)
	c.dialer = d
	c.base = &http.Transport{
		Proxy:               proxy,
		DialContext:         d.DialContext,
		TLSClientConfig:     &tls.Config{RootCAs: cfg.RootCAs, MinVersion: tls.VersionTLS12},
		TLSHandshakeTimeout: cfg.ConnectTimeout,
		MaxConnsPerHost:     cfg.Parallel,
		MaxIdleConnsPerHost: cfg.Parallel,
		MaxIdleConns:        4 * cfg.Hosts,
		IdleConnTimeout:     90 * time.Second,
		DisableCompression:  true, // we ask for gzip ourselves and archive it as received
	}
	var rt http.RoundTripper = c.base
	if !cfg.AllowPrivate {
		rt = hostGuard{rt}
	}
	rt = &limiter{next: rt, timeout: cfg.Timeout, maxBody: cfg.MaxBody}
	if !cfg.IgnoreRobots {
		c.polite = &polite{next: rt, agent: cfg.UserAgent, maxDelay: cfg.MaxCrawlDelay, hosts: map[string]*hostState{}}
		rt = c.polite
	}
	return &retrier{next: rt, max: cfg.Retries, base: cfg.RetryBase, maxWait: cfg.MaxRetryWait}
}

// Close flushes and closes the WARC archive and idle connections. It
// waits for no Crawl: cancel those first.
func (c *Crawler) Close() error {
	if c.base != nil {
		c.base.CloseIdleConnections()
	}
	if err := c.w.Close(); err != nil {
		return fmt.Errorf("crawl: %w", err)
	}
	return nil
}

// Files returns the WARC files this Crawler has written, oldest first.
func (c *Crawler) Files() []string { return c.w.Files() }

// Progress is a count of a crawl's URLs so far.
type Progress struct {
	Total   int // URLs given to Crawl, after removing duplicates
	Fetched int // fetched, revisited or replayed
	Failed  int // failed, refused, disallowed, not in the replay archive
	Skipped int // not due yet
	Elapsed time.Duration
}

// NotDue is a URL a crawl skipped because the catalog says it is not due
// for a check yet (see Config.Force and Config.RetryFailed).
type NotDue struct {
	URL    string
	Due    time.Time
	Health citewatch.Health // of the last check
}

type notDueList struct {
	mu   sync.Mutex
	list []NotDue
}

func (l *notDueList) add(n NotDue) {
	l.mu.Lock()
	l.list = append(l.list, n)
	l.mu.Unlock()
}

func (l *notDueList) reset() {
	l.mu.Lock()
	l.list = nil
	l.mu.Unlock()
}

// NotDue returns the URLs the current (or last) Crawl skipped as not due,
// so that a caller can say why each was not fetched.
func (c *Crawler) NotDue() []NotDue {
	c.notDue.mu.Lock()
	defer c.notDue.mu.Unlock()
	return slices.Clone(c.notDue.list)
}

// Remaining is how many URLs are still to be done.
func (p Progress) Remaining() int { return p.Total - p.Fetched - p.Failed - p.Skipped }

// Rate is URLs done (fetched or failed) per second.
func (p Progress) Rate() float64 {
	if p.Elapsed <= 0 {
		return 0
	}
	return float64(p.Fetched+p.Failed) / p.Elapsed.Seconds()
}

type progress struct {
	total, fetched, failed, skipped atomic.Int64
	started                         atomic.Int64 // unix nanoseconds
}

func (p *progress) reset(total int) {
	p.total.Store(int64(total))
	p.fetched.Store(0)
	p.failed.Store(0)
	p.skipped.Store(0)
}

// Progress returns the counts of the current (or last) Crawl. It is safe
// to call while Crawl runs.
func (c *Crawler) Progress() Progress {
	p := &c.progress
	started := p.started.Load()
	var elapsed time.Duration
	if started != 0 {
		elapsed = time.Since(time.Unix(0, started))
	}
	return Progress{
		Total:   int(p.total.Load()),
		Fetched: int(p.fetched.Load()),
		Failed:  int(p.failed.Load()),
		Skipped: int(p.skipped.Load()),
		Elapsed: elapsed,
	}
}

// Crawl fetches urls and calls handle once for each URL fetched, with the
// snapshot as recorded in the catalog: Body is set (decoded) for a new
// payload (OutcomeFetched, OutcomeReplayed) and nil for a revisit or a
// failure. URLs the catalog says are not due are skipped (see
// Config.Force), duplicates are fetched once. handle may be nil; it is
// called from one goroutine at a time, with ctx: once ctx is cancelled it
// is no longer called (what was fetched is archived and recorded all the
// same, for a later run to index).
//
// Each URL's outcome is recorded, including failures: a URL that the
// WHATWG parser rejects (port 99999, an IPv6 zone, 256.256.256.256) is a
// failed fetch with ErrMalformedURL, not the crawl's error. Crawl itself
// fails only for a URL that citewatch.ValidateURL rejects (ErrInvalid,
// before anything is fetched), when the archive or the catalog cannot be
// written, or when handle returns an error, which stops the crawl and is
// returned. When ctx is cancelled no new request is started, requests in
// flight get Config.Grace to finish, their results are archived and
// recorded, and Crawl returns ctx.Err().
func (c *Crawler) Crawl(ctx context.Context, urls []string, handle func(context.Context, citewatch.Snapshot) error) error {
	c.crawling.Lock()
	defer c.crawling.Unlock()
	hosts, malformed, n, err := groupByHost(urls)
	if err != nil {
		return err
	}
	known, err := c.known(ctx, urls)
	if err != nil {
		return err
	}
	c.progress.reset(n)
	c.progress.started.Store(time.Now().UnixNano())
	c.notDue.reset()
	if c.polite != nil {
		c.polite.forgetFailures() // a new crawl asks again
	}

	runCtx, cancelRun := context.WithCancel(ctx) // stops new requests
	defer cancelRun()
	hardCtx, cancelHard := context.WithCancel(context.WithoutCancel(ctx)) // ends requests in flight
	defer cancelHard()
	go func() { // exits when the crawl ends (hardCtx) or after the grace period
		select {
		case <-runCtx.Done():
			timer := time.NewTimer(c.cfg.Grace)
			defer timer.Stop()
			select {
			case <-timer.C:
				cancelHard()
			case <-hardCtx.Done():
			}
		case <-hardCtx.Done():
		}
	}()

	col := c.collector(hardCtx)
	var fail firstError
	stop := func(err error) {
		fail.set(err)
		cancelRun()
	}
	// Four stages: fetch workers -> archivers, which write the WARC records
	// (several, to compress in parallel) -> one recorder, which commits the
	// fetches to the catalog in batches -> this goroutine, which calls
	// handle. A fetch reaches the catalog only once its WARC records are
	// written, and handle only once the catalog has it. Each stage drains
	// its input until the one before closes it, so a send need not watch a
	// context: a stopped crawl flows out through the pipe, and what was
	// fetched is archived and recorded.
	fetched := make(chan *fetch, 16)
	archived := make(chan *result, recordBatch)
	recorded := make(chan *result, 64)
	go func() { // exits when every host is done or runCtx is cancelled
		defer close(fetched)
		for _, f := range malformed {
			fetched <- f
		}
		c.dispatch(runCtx, col, hosts, known, fetched)
	}()
	var archivers sync.WaitGroup
	for range archiverCount {
		archivers.Add(1)
		go func() { // exits when fetched is closed and drained
			defer archivers.Done()
			for f := range fetched {
				if fail.failed() {
					continue
				}
				r, err := c.archive(f)
				switch {
				case err != nil:
					stop(err)
				case r != nil:
					if handle == nil {
						c.release(r) // not held in the queues
					}
					archived <- r
				}
			}
		}()
	}
	go func() { // exits when the archivers have
		archivers.Wait()
		close(archived)
	}()
	// The catalog records what was fetched even after a cancel.
	bg := context.WithoutCancel(ctx)
	go func() { // exits when archived is closed and drained
		defer close(recorded)
		c.record(bg, archived, recorded, stop)
	}()
	for r := range recorded {
		if handle != nil && !fail.failed() && ctx.Err() == nil {
			if err := handle(ctx, r.snap); err != nil {
				stop(err)
			}
		}
		c.release(r)
	}
	if err := fail.get(); err != nil {
		return err
	}
	return ctx.Err()
}

// archiverCount is how many goroutines write WARC records.
const archiverCount = 8

// recordBatch is the most fetches the recorder commits to the catalog at
// once, and recordLinger how long it waits for a batch to fill: a batch
// costs one transaction, so large ones are cheap per fetch, and a fetch
// waits at most recordLinger longer to be recorded.
const (
	recordBatch  = 256
	recordLinger = 50 * time.Millisecond
)

// record commits the snapshots from in to the catalog in batches, then
// counts and logs each and sends it to out with its Body. After a failed
// commit it reports the error to stop and drains in without recording,
// releasing what each result holds.
func (c *Crawler) record(ctx context.Context, in <-chan *result, out chan<- *result, stop func(error)) {
	results := make([]*result, 0, recordBatch)
	batch := make([]citewatch.Snapshot, 0, recordBatch)
	failed := false
	add := func(r *result) {
		results = append(results, r)
		s := r.snap
		s.Body = nil
		batch = append(batch, s)
	}
	for r := range in {
		add(r)
		linger := time.NewTimer(recordLinger)
	fill:
		for len(batch) < recordBatch {
			select {
			case r, ok := <-in:
				if !ok {
					break fill
				}
				add(r)
			case <-linger.C:
				break fill
			}
		}
		linger.Stop()
		if !failed {
			if err := c.cat.RecordFetches(ctx, batch); err != nil {
				failed = true
				stop(fmt.Errorf("crawl: recording %d fetches: %w", len(batch), err))
			}
		}
		for i, r := range results {
			if failed {
				c.release(r)
			} else {
				c.done(batch[i])
				out <- r
			}
			results[i] = nil
		}
		results, batch = results[:0], batch[:0]
	}
}

// done counts and logs a recorded fetch.
func (c *Crawler) done(s citewatch.Snapshot) {
	switch s.Outcome {
	case citewatch.OutcomeFetched, citewatch.OutcomeRevisit, citewatch.OutcomeReplayed:
		c.progress.fetched.Add(1)
	default:
		c.progress.failed.Add(1)
	}
	c.log.Debug().Str("url", s.URL).Str("outcome", string(s.Outcome)).Str("health", string(s.Health)).Int("status", s.Status).Msg("fetched")
}

type firstError struct {
	mu  sync.Mutex
	err error
}

func (e *firstError) set(err error) {
	e.mu.Lock()
	if e.err == nil {
		e.err = err
	}
	e.mu.Unlock()
}

func (e *firstError) get() error {
	e.mu.Lock()
	defer e.mu.Unlock()
	return e.err
}

func (e *firstError) failed() bool { return e.get() != nil }

// hostURLs are the URLs of one host: as given (the catalog's key) and as
// colly will request them.
type hostURLs struct {
	host       string
	given, req []string
}

// groupByHost validates and normalizes urls, drops duplicates and groups
// them by host, hosts in order of first appearance. A URL that does not
// normalize comes back as a fetch failed with ErrMalformedURL.
func groupByHost(urls []string) (hosts []*hostURLs, malformed []*fetch, n int, err error) {
	seen := make(map[string]bool, len(urls))
	byHost := map[string]*hostURLs{}
	for _, raw := range urls {
		if seen[raw] {
			continue
		}
		seen[raw] = true
		if err := citewatch.ValidateURL(raw); err != nil {
			return nil, nil, 0, fmt.Errorf("crawl: %w", err)
		}
		n++
		norm, err := normalizeURL(raw)
		var u *url.URL
		if err == nil {
			u, err = url.Parse(norm)
		}
		if err != nil {
			malformed = append(malformed, &fetch{url: raw, start: time.Now(), err: fmt.Errorf("%w %q: %v", ErrMalformedURL, raw, err)})
			continue
		}
		h := byHost[u.Host]
		if h == nil {
			h = &hostURLs{host: u.Host}
			byHost[u.Host] = h
			hosts = append(hosts, h)
		}
		h.given = append(h.given, raw)
		h.req = append(h.req, norm)
	}
	return hosts, malformed, n, nil
}

// urlParser normalizes URLs the way colly does before requesting them.
var urlParser = whatwg.NewParser(whatwg.WithPercentEncodeSinglePercentSign())

func normalizeURL(raw string) (string, error) {
	u, err := urlParser.Parse(raw)
	if err != nil {
		return "", err
	}
	return u.Href(false), nil
}

// normalizeRedirect rewrites a redirect's target as the WHATWG parser
// reads it, as cited URLs are (normalizeURL): the hop is then requested,
// guarded and recorded with the host a browser or proxy would connect
// to, so that 2130706433 or 0x7f000001 is seen to be 127.0.0.1. A target
// that does not parse ends the chain with ErrBadRedirect.
func normalizeRedirect(req *http.Request) error {
	norm, err := normalizeURL(req.URL.String())
	if err != nil {
		return fmt.Errorf("%w %q: %v", ErrBadRedirect, req.URL.Redacted(), err)
	}
	u, err := url.Parse(norm)
	if err != nil {
		return fmt.Errorf("%w %q: %v", ErrBadRedirect, req.URL.Redacted(), err)
	}
	*req.URL = *u
	return nil
}

// collector returns a colly collector for one Crawl, sending requests with
// ctx and through the crawler's stack.
func (c *Crawler) collector(ctx context.Context) *colly.Collector {
	col := colly.NewCollector()
	col.UserAgent = c.cfg.UserAgent
	// The crawler applies robots.txt itself (fetchOne, checkRedirect):
	// colly's check fails every URL of a host whose robots.txt has one
	// line its parser rejects, and reads a robots.txt of any size.
	col.IgnoreRobotsTxt = true
	// Re-crawls and duplicates are ours to manage: no visited set in
	// colly, so its memory does not grow with the crawl, and two cited
	// URLs may redirect to the same page.
	col.AllowURLRevisit = true
	col.ParseHTTPErrorResponse = true // a 404 is an outcome, not an error
	col.MaxBodySize = 0               // the limiter bounds and keeps bodies
	col.Context = ctx
	col.SetRequestTimeout(0) // the limiter times each attempt
	col.WithTransport(c.rec)
	col.SetRedirectHandler(c.checkRedirect)
	if c.log.GetLevel() <= zerolog.DebugLevel {
		col.SetDebugger(collyDebugger{log: c.log.With().Str("stage", "colly").Logger()})
	}
	return col
}

// checkRedirect bounds redirect chains, normalizes each target the way
// cited URLs are and applies robots.txt to it.
func (c *Crawler) checkRedirect(req *http.Request, via []*http.Request) error {
	if len(via) > c.cfg.MaxRedirects {
		return ErrTooManyRedirects
	}
	if err := normalizeRedirect(req); err != nil {
		return err
	}
	if c.polite == nil || c.replay != nil {
		return nil
	}
	return c.allowed(req.Context(), req.URL)
}

// allowed reads robots.txt for u's host when not read yet and tests u
// against it.
func (c *Crawler) allowed(ctx context.Context, u *url.URL) error {
	data := c.polite.robots(u.Scheme, u.Host)
	if data == nil {
		// A robots.txt that could not be read fails every URL of its host
		// in this crawl at once, instead of costing each a timeout.
		if err := c.polite.failure(u.Scheme, u.Host); err != nil {
			return err
		}
		req, err := http.NewRequestWithContext(ctx, http.MethodGet, u.Scheme+"://"+u.Host+"/robots.txt", nil)
		if err != nil {
			return err
		}
		req.Header.Set("User-Agent", c.cfg.UserAgent)
		resp, err := c.robots.Do(req)
		if err != nil {
			if ctx.Err() == nil {
				c.polite.fail(u.Scheme, u.Host, err)
			}
			return err
		}
		_ = resp.Body.Close() // a response body: closing it only frees the connection
		if data = c.polite.robots(u.Scheme, u.Host); data == nil {
			return nil // a robots.txt that says nothing usable: fail open
		}
	}
	path := u.EscapedPath()
	if u.RawQuery != "" {
		path += "?" + u.RawQuery
	}
	if !data.TestAgent(path, c.cfg.UserAgent) {
		return ErrRobots
	}
	return nil
}

// dispatch crawls hosts, cfg.Hosts at a time, sending each fetch to out.
// It returns when every host is done or ctx is cancelled and the
// requests in flight have ended.
func (c *Crawler) dispatch(ctx context.Context, col *colly.Collector, hosts []*hostURLs, known map[string]sourceState, out chan<- *fetch) {
	sem := make(chan struct{}, c.cfg.Hosts)
	var wg sync.WaitGroup
	defer wg.Wait()
	for _, h := range hosts {
		select {
		case sem <- struct{}{}:
		case <-ctx.Done():
			return
		}
		wg.Add(1)
		go func() { // exits when the host's URLs are done or ctx is cancelled
			defer wg.Done()
			defer func() { <-sem }()
			c.crawlHost(ctx, col, h, known, out)
		}()
	}
}

// crawlHost fetches one host's URLs, cfg.Parallel at a time, after the
// first alone (which reads robots.txt once).
func (c *Crawler) crawlHost(ctx context.Context, col *colly.Collector, h *hostURLs, known map[string]sourceState, out chan<- *fetch) {
	// colly's LimitRule holds the per-host parallelism and delay; the
	// quoted host is a literal pattern, cheap to match.
	if err := col.Limit(&colly.LimitRule{DomainGlob: glob.QuoteMeta(h.host), Parallelism: c.cfg.Parallel, Delay: c.cfg.Delay}); err != nil {
		c.log.Error().Err(err).Str("host", h.host).Msg("limit rule")
	}
	var next atomic.Int64
	work := func() {
		for {
			i := int(next.Add(1) - 1)
			if i >= len(h.req) || ctx.Err() != nil {
				return
			}
			if f := c.fetchOne(ctx, col, h.given[i], h.req[i], known[h.given[i]]); f != nil {
				out <- f
			}
		}
	}
	if len(h.req) == 0 {
		return
	}
	if f := c.fetchOne(ctx, col, h.given[0], h.req[0], known[h.given[0]]); f != nil {
		out <- f
	}
	next.Store(1)
	var wg sync.WaitGroup
	for range min(c.cfg.Parallel, len(h.req)-1) {
		wg.Add(1)
		go func() { // exits when the host's URLs run out or ctx is cancelled
			defer wg.Done()
			work()
		}()
	}
	wg.Wait()
}

// sourceState is what the catalog says of a URL before the crawl.
type sourceState struct {
	due     time.Time // zero: due now
	fetched bool      // fetched before, so it may have content
	health  citewatch.Health
}

// known reads the catalog's sources once and keeps the state of those in
// urls.
func (c *Crawler) known(ctx context.Context, urls []string) (map[string]sourceState, error) {
	all, err := c.cat.List(ctx)
	if err != nil {
		return nil, fmt.Errorf("crawl: reading the catalog: %w", err)
	}
	want := make(map[string]bool, len(urls))
	for _, u := range urls {
		want[u] = true
	}
	known := make(map[string]sourceState, len(urls))
	for _, s := range all {
		if want[s.URL] {
			known[s.URL] = sourceState{due: s.NextDue, fetched: !s.LastFetch.IsZero(), health: s.Health}
		}
	}
	return known, nil
}

// fetchOne fetches one URL through colly, or returns nil for a URL not due.
func (c *Crawler) fetchOne(ctx context.Context, col *colly.Collector, given, req string, st sourceState) *fetch {
	retry := c.cfg.RetryFailed && st.health.Failed()
	if !c.cfg.Force && !retry && st.due.After(time.Now()) {
		c.progress.skipped.Add(1)
		c.notDue.add(NotDue{URL: given, Due: st.due, Health: st.health})
		return nil
	}
	f := &fetch{id: strconv.FormatUint(c.ids.Add(1), 36), url: given, start: time.Now()}
	hdr := http.Header{}
	hdr.Set(fetchHeader, f.id)
	hdr.Set("Accept", "text/html,application/xhtml+xml,application/xml;q=0.9,application/pdf;q=0.9,*/*;q=0.8")
	hdr.Set("Accept-Encoding", "gzip")
	if c.replay == nil && st.fetched {
		last, err := c.cat.LastContent(ctx, given)
		switch {
		case err == nil:
			f.last = last
			if last.ETag != "" {
				hdr.Set("If-None-Match", last.ETag)
			}
			if last.LastModified != "" {
				hdr.Set("If-Modified-Since", last.LastModified)
			}
		case !errors.Is(err, citewatch.ErrNotFound):
			c.log.Warn().Err(err).Str("url", given).Msg("catalog lookup; fetching unconditionally")
		}
	}
	if c.polite != nil && c.replay == nil {
		u, err := url.Parse(req)
		if err == nil {
			err = c.allowed(ctx, u)
		}
		if err != nil {
			f.err = err
			return f
		}
	}
	c.rec.fetches.Store(f.id, f)
	defer c.rec.fetches.Delete(f.id)
	f.err = col.Request(http.MethodGet, req, nil, nil, hdr)
	return f
}

// home reports whether path is a site's home page: "/", an index page, or
// a language root such as "/en/" or "/fr-ca/".
func home(path string) bool {
	p := strings.Trim(strings.ToLower(path), "/")
	if p == "" || strings.HasPrefix(p, "index.") {
		return true
	}
	if len(p) == 2 || (len(p) == 5 && p[2] == '-') {
		return !strings.ContainsAny(p, "./")
	}
	return false
}
