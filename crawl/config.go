package crawl

import (
	"crypto/x509"
	"fmt"
	"net"
	"net/url"
	"strings"
	"time"

	"github.com/citewatch/citewatch"
	"github.com/citewatch/citewatch/crawl/warc"
)

// Config says how a Crawler fetches and where it archives. Start from
// DefaultConfig: New fills zero fields with the defaults below, except
// Delay, Retries and Compression, which it takes as given.
type Config struct {
	// ArchiveDir is the folder WARC files are written to. Required.
	ArchiveDir string

	// UserAgent names the crawler to servers and to robots.txt groups;
	// default "citewatch/1.0". Contact, a URL or e-mail address, is
	// appended as "(+Contact)" so that site owners can reach the operator.
	UserAgent string
	Contact   string

	// Delay is the pause after each request to a host before the next one
	// (colly's LimitRule); zero means none. DefaultConfig sets 1s. With
	// Replay there is none: replay asks no server for anything.
	Delay time.Duration
	// Parallel is the number of requests at once per host (and the number
	// of connections per host); default 1.
	Parallel int
	// Hosts is how many hosts are crawled at once; default 64.
	Hosts int
	// IgnoreRobots turns off robots.txt and Crawl-delay. MaxCrawlDelay
	// caps the Crawl-delay honoured; default 5 minutes.
	IgnoreRobots  bool
	MaxCrawlDelay time.Duration

	// AllowPrivate lets the crawler connect to loopback, private,
	// link-local, multicast and cloud-metadata addresses, which it refuses
	// by default. For local use and tests.
	AllowPrivate bool
	// Proxy is an http, https or socks5 proxy URL. Through a proxy only
	// the host names of URLs can be checked against private addresses:
	// the proxy resolves them.
	Proxy string
	// NoProxy lists the hosts reached directly rather than through Proxy,
	// in the form of the NO_PROXY environment variable: comma-separated
	// host names (a leading "." or "*." matches subdomains), IP addresses
	// and CIDR ranges, host:port, or "*" for all.
	NoProxy string
	// Resolve maps a host to the "ip:port" to connect to instead of
	// resolving it, like curl's --resolve; the key "*" matches every host.
	// TLS still verifies the URL's host name.
	Resolve map[string]string
	// RootCAs, when set, replaces the system roots for verifying servers.
	RootCAs *x509.CertPool

	// MaxBody is the largest response body accepted as received, default
	// 10 MiB; MaxDecoded the largest after gzip decoding, default 50 MiB.
	MaxBody    int64
	MaxDecoded int64
	// MaxInFlight bounds the decoded bodies held at once between the
	// archive and the handle function of Crawl, default 128 MiB: when
	// handle lags, fetching waits instead of memory growing. It should be
	// at least MaxDecoded; a larger page still passes, alone.
	MaxInFlight int64
	// Timeout bounds one attempt from dial to the end of the body, default
	// 60s; ConnectTimeout the TCP connect and TLS handshake, default 15s.
	Timeout        time.Duration
	ConnectTimeout time.Duration
	// MaxRedirects is the longest redirect chain followed, default 10.
	MaxRedirects int
	// Retries is how many times a 429, 5xx, reset or timeout is retried,
	// with exponential backoff from RetryBase (default 1s) and jitter, or
	// as Retry-After says; the waits for one request add up to at most
	// MaxRetryWait (default 2 minutes), past which it is not retried.
	// DefaultConfig sets 3 retries.
	Retries      int
	RetryBase    time.Duration
	MaxRetryWait time.Duration

	// Replay lists WARC files or folders to answer from instead of the
	// network. A URL they do not hold gives OutcomeNotInWARC.
	Replay []string

	// WARCSize is the file size at which the archive rotates, default
	// 1 GiB; Compression the gzip level, 0 for the warc package's default
	// (the fastest).
	WARCSize    int64
	Compression int

	// Force fetches URLs that the catalog says are not due yet. Without
	// it, a source whose NextDue is in the future is skipped, which is how
	// a run killed half-way resumes without refetching.
	Force bool
	// RetryFailed fetches URLs whose last check failed even when they are
	// not due: a rerun, perhaps with other options (AllowPrivate,
	// IgnoreRobots, a proxy), tries them again at once, while sources
	// fetched well keep their due time. For one-off runs; a crawl that
	// repeats every few minutes would hammer failing hosts.
	RetryFailed bool
	// Grace is how long in-flight requests may take to finish once the
	// crawl's context is cancelled; default 2s, so that Ctrl-C ends a crawl
	// in seconds (a page cut off is fetched again by the next run).
	Grace time.Duration
}

// DefaultConfig returns the polite defaults: robots.txt obeyed, one
// connection per host, a one-second delay between requests to a host,
// three retries, private addresses refused.
func DefaultConfig(archiveDir string) Config {
	return Config{ArchiveDir: archiveDir, Delay: time.Second, Retries: 3}
}

// Defaults for zero Config fields.
const (
	DefaultUserAgent      = "citewatch/1.0"
	DefaultMaxBody        = 10 << 20
	DefaultMaxDecoded     = 50 << 20
	DefaultMaxInFlight    = 128 << 20
	DefaultTimeout        = 60 * time.Second
	DefaultConnectTimeout = 15 * time.Second
	DefaultMaxRedirects   = 10
	DefaultHosts          = 64
	DefaultMaxCrawlDelay  = 5 * time.Minute
	DefaultRetryBase      = time.Second
	DefaultMaxRetryWait   = 2 * time.Minute
	DefaultGrace          = 2 * time.Second
)

// maxArchivedBody is the largest body a response record can hold: the
// archive's block limit less room for the HTTP header.
const maxArchivedBody = warc.MaxBlock - 1<<20

// withDefaults fills zero fields and checks the rest.
func (cfg Config) withDefaults() (Config, error) {
	bad := func(format string, args ...any) (Config, error) {
		return cfg, fmt.Errorf("%w: crawl: "+format, append([]any{citewatch.ErrInvalid}, args...)...)
	}
	if cfg.ArchiveDir == "" {
		return bad("no archive folder")
	}
	def := func(v *int64, d int64) {
		if *v == 0 {
			*v = d
		}
	}
	defd := func(v *time.Duration, d time.Duration) {
		if *v == 0 {
			*v = d
		}
	}
	if cfg.UserAgent == "" {
		cfg.UserAgent = DefaultUserAgent
	}
	if cfg.Contact != "" {
		cfg.UserAgent += " (+" + cfg.Contact + ")"
	}
	if len(cfg.Replay) > 0 {
		cfg.Delay = 0
	}
	if cfg.Parallel == 0 {
		cfg.Parallel = 1
	}
	if cfg.Hosts == 0 {
		cfg.Hosts = DefaultHosts
	}
	if cfg.MaxRedirects == 0 {
		cfg.MaxRedirects = DefaultMaxRedirects
	}
	def(&cfg.MaxBody, DefaultMaxBody)
	def(&cfg.MaxDecoded, DefaultMaxDecoded)
	def(&cfg.MaxInFlight, DefaultMaxInFlight)
	defd(&cfg.Timeout, DefaultTimeout)
	defd(&cfg.ConnectTimeout, DefaultConnectTimeout)
	defd(&cfg.MaxCrawlDelay, DefaultMaxCrawlDelay)
	defd(&cfg.RetryBase, DefaultRetryBase)
	defd(&cfg.MaxRetryWait, DefaultMaxRetryWait)
	defd(&cfg.Grace, DefaultGrace)
	switch {
	case cfg.Parallel < 0:
		return bad("parallel %d", cfg.Parallel)
	case cfg.Hosts < 0:
		return bad("hosts %d", cfg.Hosts)
	case cfg.Delay < 0:
		return bad("delay %v", cfg.Delay)
	case cfg.Retries < 0:
		return bad("retries %d", cfg.Retries)
	case cfg.MaxRedirects < 0:
		return bad("max redirects %d", cfg.MaxRedirects)
	case cfg.MaxBody < 0 || cfg.MaxDecoded < 0 || cfg.MaxInFlight < 0:
		return bad("body limits %d, %d", cfg.MaxBody, cfg.MaxDecoded)
	case cfg.MaxBody > maxArchivedBody:
		return bad("body limit %d: at most %d, so that the archive can hold and read it", cfg.MaxBody, maxArchivedBody)
	case cfg.Timeout < 0 || cfg.ConnectTimeout < 0:
		return bad("timeouts %v, %v", cfg.Timeout, cfg.ConnectTimeout)
	case strings.ContainsAny(cfg.UserAgent, "\r\n"):
		return bad("user agent %q", cfg.UserAgent)
	}
	if cfg.Proxy != "" {
		u, err := url.Parse(cfg.Proxy)
		if err != nil || u.Host == "" || (u.Scheme != "http" && u.Scheme != "https" && u.Scheme != "socks5") {
			return bad("proxy %q: want http://, https:// or socks5://host:port", cfg.Proxy)
		}
	}
	for host, addr := range cfg.Resolve {
		if _, _, err := net.SplitHostPort(addr); err != nil || host == "" {
			return bad("resolve %s -> %q: want host and ip:port", host, addr)
		}
	}
	return cfg, nil
}
