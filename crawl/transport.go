package crawl

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"math/rand/v2"
	"net"
	"net/http"
	"net/http/httptrace"
	"strconv"
	"sync"
	"syscall"
	"time"

	"github.com/temoto/robotstxt"

	"github.com/citewatch/citewatch"
)

// The crawler's HTTP stack is a chain of RoundTrippers, outermost first:
//
//	recorder   attaches each exchange (a redirect hop) to its fetch
//	retrier    retries 429, 5xx, resets and timeouts with backoff
//	polite     spaces requests to a host by its Crawl-delay; reads robots.txt
//	limiter    bounds one attempt's time and body size, and buffers the body
//	hostGuard  refuses address literals and localhost (what a proxy hides)
//	http.Transport with the guarded dialer (checks every resolved address)
//
// In replay mode the recorder sits directly on the replay transport.

// fetchHeader carries a fetch's id from colly's request to the recorder,
// which removes it before anything is sent. Colly gives its requests the
// collector's context, not one per request, so a header is the way to tie
// the exchanges of one Visit (the hops of a redirect chain, which net/http
// copies headers to) back to it.
const fetchHeader = "X-Citewatch-Fetch"

type ctxKey int

const hopKey ctxKey = 0

// hop is one request and response of a fetch: a redirect, or the last.
type hop struct {
	URL       string
	Method    string
	At        time.Time
	ReqHeader http.Header
	Host      string
	IP        string
	Attempts  int
	Err       error

	Status    int
	Header    http.Header
	Body      []byte // as received: any Content-Encoding is left on
	Truncated bool   // Body is the start of a redirect's body (see maxRedirectBody)

	// replayed is set when the replay archive answered.
	replayed *replayed
}

// fetch is one URL's trip through the stack.
type fetch struct {
	id    string
	url   string
	start time.Time
	last  citewatch.Snapshot // the newest content the catalog holds, if any

	mu   sync.Mutex
	hops []*hop
	err  error
}

func (f *fetch) addHop(h *hop) {
	f.mu.Lock()
	f.hops = append(f.hops, h)
	f.mu.Unlock()
}

// recorder is the outermost layer: it ties exchanges to fetches and hands
// colly the status and header only, since the body is archived from the hop
// (colly would otherwise copy it, and gunzip it without a limit).
type recorder struct {
	next    http.RoundTripper
	fetches sync.Map // id -> *fetch
}

func (r *recorder) RoundTrip(req *http.Request) (*http.Response, error) {
	id := req.Header.Get(fetchHeader)
	if id == "" {
		return r.next.RoundTrip(req) // robots.txt
	}
	v, ok := r.fetches.Load(id)
	if !ok {
		return nil, fmt.Errorf("crawl: internal: unknown fetch %s", id)
	}
	f := v.(*fetch)
	h := &hop{URL: req.URL.String(), Method: req.Method, At: time.Now(), Host: req.Host}
	if h.Host == "" {
		h.Host = req.URL.Host
	}
	ctx := context.WithValue(req.Context(), hopKey, h)
	ctx = httptrace.WithClientTrace(ctx, &httptrace.ClientTrace{
		GotConn: func(ci httptrace.GotConnInfo) {
			if host, _, err := net.SplitHostPort(ci.Conn.RemoteAddr().String()); err == nil {
				h.IP = host
			}
		},
	})
	req = req.Clone(ctx)
	req.Header.Del(fetchHeader)
	h.ReqHeader = req.Header
	f.addHop(h)
	resp, err := r.next.RoundTrip(req)
	if err != nil {
		h.Err = err
		return nil, err
	}
	h.Status, h.Header, h.Body = resp.StatusCode, resp.Header, bufferedBytes(resp)
	if b, ok := resp.Body.(*buffered); ok {
		h.Truncated = b.truncated
	}
	out := *resp
	if _, ok := resp.Header["Content-Encoding"]; ok {
		out.Header = resp.Header.Clone() // the hop keeps it: the archive holds the body as received
		out.Header.Del("Content-Encoding")
	}
	out.Body = http.NoBody
	out.ContentLength = 0
	return &out, nil
}

// retrier retries an exchange that failed in a way that may pass: 429,
// 5xx (but 501 and 505), a reset connection, an early EOF, a timeout. It
// waits Retry-After when the server gives one, else an exponential backoff
// with jitter, and gives up after max retries or when its waits for one
// exchange would add up to more than maxWait (so that a server answering
// every attempt with "503, Retry-After: 119" costs one wait, not four).
type retrier struct {
	next    http.RoundTripper
	max     int
	base    time.Duration
	maxWait time.Duration
}

func (t *retrier) RoundTrip(req *http.Request) (*http.Response, error) {
	h, _ := req.Context().Value(hopKey).(*hop)
	var waited time.Duration
	for attempt := 1; ; attempt++ {
		if h != nil {
			h.Attempts = attempt
		}
		resp, err := t.next.RoundTrip(req)
		wait, again := t.retry(req.Context(), resp, err, attempt)
		if !again || waited+wait > t.maxWait {
			return resp, err
		}
		waited += wait
		if resp != nil {
			_ = resp.Body.Close() // the attempt given up on: closing only frees the connection
		}
		timer := time.NewTimer(wait)
		select {
		case <-timer.C:
		case <-req.Context().Done():
			timer.Stop()
			return nil, req.Context().Err()
		}
	}
}

// retry says whether and after how long to try again.
func (t *retrier) retry(ctx context.Context, resp *http.Response, err error, attempt int) (time.Duration, bool) {
	if attempt > t.max || ctx.Err() != nil {
		return 0, false
	}
	backoff := min(t.base<<(attempt-1), time.Minute)
	backoff = backoff/2 + rand.N(backoff/2+1) // jitter: half to all of it
	if err != nil {
		return backoff, retryableErr(err)
	}
	switch {
	case resp.StatusCode == http.StatusTooManyRequests,
		resp.StatusCode >= 500 && resp.StatusCode != http.StatusNotImplemented && resp.StatusCode != http.StatusHTTPVersionNotSupported:
	default:
		return 0, false
	}
	if after, ok := retryAfter(resp.Header.Get("Retry-After"), time.Now()); ok {
		if after > t.maxWait {
			return 0, false
		}
		return after, true
	}
	return backoff, true
}

// retryAfter parses a Retry-After value: seconds or an HTTP date.
func retryAfter(v string, now time.Time) (time.Duration, bool) {
	if v == "" {
		return 0, false
	}
	if n, err := strconv.Atoi(v); err == nil && n >= 0 {
		return time.Duration(n) * time.Second, true
	}
	if t, err := http.ParseTime(v); err == nil {
		return max(t.Sub(now), 0), true
	}
	return 0, false
}

// retryableErr reports whether a transport error may pass on a retry.
func retryableErr(err error) bool {
	var ne net.Error
	switch {
	case isRefused(err), errors.Is(err, context.Canceled):
		return false
	case errors.Is(err, context.DeadlineExceeded),
		errors.Is(err, syscall.ECONNRESET),
		errors.Is(err, syscall.ECONNABORTED),
		errors.Is(err, syscall.EPIPE),
		errors.Is(err, io.ErrUnexpectedEOF),
		errors.Is(err, io.EOF):
		return true
	case errors.As(err, &ne) && ne.Timeout():
		return true
	}
	return false
}

// polite spaces the requests to each host by the host's Crawl-delay (so
// that a delay given in robots.txt holds across redirects and retries as
// well), and remembers the robots.txt rules it sees pass by.
type polite struct {
	next     http.RoundTripper
	agent    string
	maxDelay time.Duration

	mu    sync.Mutex
	hosts map[string]*hostState // by scheme://host
}

type hostState struct {
	mu     sync.Mutex
	next   time.Time             // earliest start of the next request
	delay  time.Duration         // Crawl-delay, capped
	robots *robotstxt.RobotsData // nil until robots.txt was read
	failed error                 // reading robots.txt failed in this crawl
}

// failure returns the error reading robots.txt of scheme://host ended in,
// in this crawl, or nil.
func (p *polite) failure(scheme, host string) error {
	hs := p.host(scheme, host)
	hs.mu.Lock()
	defer hs.mu.Unlock()
	return hs.failed
}

// fail remembers, for the rest of the crawl, that robots.txt of
// scheme://host could not be read.
func (p *polite) fail(scheme, host string, err error) {
	hs := p.host(scheme, host)
	hs.mu.Lock()
	hs.failed = err
	hs.mu.Unlock()
}

// forgetFailures lets a new crawl try every robots.txt again.
func (p *polite) forgetFailures() {
	p.mu.Lock()
	defer p.mu.Unlock()
	for _, hs := range p.hosts {
		hs.mu.Lock()
		hs.failed = nil
		hs.mu.Unlock()
	}
}

func (p *polite) host(scheme, host string) *hostState {
	p.mu.Lock()
	defer p.mu.Unlock()
	key := scheme + "://" + host
	hs := p.hosts[key]
	if hs == nil {
		hs = &hostState{}
		p.hosts[key] = hs
	}
	return hs
}

func (p *polite) RoundTrip(req *http.Request) (*http.Response, error) {
	hs := p.host(req.URL.Scheme, req.URL.Host)
	isRobots := req.URL.Path == "/robots.txt"
	if !isRobots {
		hs.mu.Lock()
		now := time.Now()
		slot := now
		if hs.next.After(now) {
			slot = hs.next
		}
		hs.next = slot.Add(hs.delay)
		hs.mu.Unlock()
		if wait := slot.Sub(now); wait > 0 {
			timer := time.NewTimer(wait)
			select {
			case <-timer.C:
			case <-req.Context().Done():
				timer.Stop()
				return nil, req.Context().Err()
			}
		}
	}
	resp, err := p.next.RoundTrip(req)
	if err == nil && isRobots {
		p.learn(hs, resp)
	}
	return resp, err
}

// learn reads a robots.txt response the limiter has buffered.
func (p *polite) learn(hs *hostState, resp *http.Response) {
	data, err := parseRobots(resp.StatusCode, bufferedBytes(resp))
	if err != nil {
		// Nothing usable (an unexpected status): allow all, as for a
		// missing robots.txt, and do not ask again.
		data, _ = robotstxt.FromStatusAndBytes(http.StatusNotFound, nil)
	}
	var delay time.Duration
	if g := data.FindGroup(p.agent); g != nil {
		delay = min(g.CrawlDelay, p.maxDelay)
	}
	hs.mu.Lock()
	hs.robots = data
	hs.delay = delay
	hs.mu.Unlock()
}

// robots returns what robots.txt said for scheme://host, or nil.
func (p *polite) robots(scheme, host string) *robotstxt.RobotsData {
	hs := p.host(scheme, host)
	hs.mu.Lock()
	defer hs.mu.Unlock()
	return hs.robots
}

// limiter bounds one attempt: the whole exchange, body included, must end
// within timeout, and the body may not exceed maxBody bytes. It reads the
// body into memory so that a reset or timeout mid-body is the attempt's
// error (and retried), and so that the layers above can look at it.
type limiter struct {
	next    http.RoundTripper
	timeout time.Duration
	maxBody int64
}

func (l *limiter) RoundTrip(req *http.Request) (*http.Response, error) {
	ctx, cancel := context.WithTimeout(req.Context(), l.timeout)
	defer cancel()
	resp, err := l.next.RoundTrip(req.WithContext(ctx))
	if err != nil {
		return nil, l.timedOut(ctx, req.Context(), err)
	}
	defer func() { _ = resp.Body.Close() }() // read below; closing only frees the connection
	if isRedirect(resp) {
		// Only the start of a redirect's body is kept, for the archive:
		// nobody reads it, and a chain of ten hops would otherwise hold ten
		// bodies of up to maxBody each until the fetch is archived.
		b, err := io.ReadAll(io.LimitReader(resp.Body, maxRedirectBody+1))
		if err != nil {
			return nil, l.timedOut(ctx, req.Context(), err)
		}
		truncated := len(b) > maxRedirectBody
		if truncated {
			b = b[:maxRedirectBody:maxRedirectBody]
		}
		resp.Body = &buffered{Reader: bytes.NewReader(b), b: b, truncated: truncated}
		return resp, nil
	}
	b, err := readLimited(resp.Body, resp.ContentLength, l.maxBody)
	if err != nil {
		return nil, l.timedOut(ctx, req.Context(), err)
	}
	resp.Body = &buffered{Reader: bytes.NewReader(b), b: b}
	return resp, nil
}

// maxRedirectBody is how much of a redirect's body is kept and archived;
// the record of a longer one is marked "WARC-Truncated: length".
const maxRedirectBody = 64 << 10

// isRedirect reports whether resp is a redirect the client follows.
func isRedirect(resp *http.Response) bool {
	switch resp.StatusCode {
	case http.StatusMovedPermanently, http.StatusFound, http.StatusSeeOther,
		http.StatusTemporaryRedirect, http.StatusPermanentRedirect:
		return resp.Header.Get("Location") != ""
	}
	return false
}

// timedOut marks err as a timeout when the attempt's deadline, not the
// caller's, ended it.
func (l *limiter) timedOut(ctx, parent context.Context, err error) error {
	if ctx.Err() != context.DeadlineExceeded || parent.Err() != nil {
		return err
	}
	if errors.Is(err, context.DeadlineExceeded) {
		return fmt.Errorf("crawl: no complete response within %v: %w", l.timeout, err)
	}
	return fmt.Errorf("crawl: no complete response within %v: %w (%v)", l.timeout, context.DeadlineExceeded, err)
}

// readLimited reads r to the end, failing with a *LimitError past limit.
func readLimited(r io.Reader, size, limit int64) ([]byte, error) {
	if size > limit {
		return nil, &LimitError{What: "body", Limit: limit}
	}
	var buf bytes.Buffer
	if size > 0 {
		buf.Grow(int(size) + 1)
	} else {
		buf.Grow(min(32<<10, int(limit)+1)) // most pages need no regrowth
	}
	n, err := buf.ReadFrom(io.LimitReader(r, limit+1))
	if err != nil {
		return nil, err
	}
	if n > limit {
		return nil, &LimitError{What: "body", Limit: limit}
	}
	return buf.Bytes(), nil
}

// buffered is a response body already in memory.
type buffered struct {
	*bytes.Reader
	b         []byte
	truncated bool // b is the start of the body only
}

func (*buffered) Close() error { return nil }

// bufferedBytes returns the body the limiter (or the replay transport)
// buffered.
func bufferedBytes(resp *http.Response) []byte {
	if b, ok := resp.Body.(*buffered); ok {
		return b.b
	}
	b, _ := io.ReadAll(resp.Body)
	return b
}

// hostGuard refuses URLs whose host is an address literal in a refused
// range, or localhost, before anything is dialled. Through a proxy it is
// the only check possible; without one the dialer checks again.
type hostGuard struct{ next http.RoundTripper }

func (g hostGuard) RoundTrip(req *http.Request) (*http.Response, error) {
	if err := checkHost(req.URL.Hostname()); err != nil {
		return nil, err
	}
	if req.Host != "" && req.Host != req.URL.Host {
		host := req.Host
		if h, _, err := net.SplitHostPort(host); err == nil {
			host = h
		}
		if err := checkHost(host); err != nil {
			return nil, err
		}
	}
	return g.next.RoundTrip(req)
}
