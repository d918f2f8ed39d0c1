package main

import (
	"context"
	"crypto/x509"
	"fmt"
	"io"
	"os"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"github.com/citewatch/citewatch"
	"github.com/citewatch/citewatch/crawl"
	"github.com/citewatch/citewatch/sources"
)

// crawlOptions are the flags of `citewatch crawl`, shared with the
// commands that crawl on the way (run).
type crawlOptions struct {
	due            bool
	every          time.Duration
	limit          int
	delay          time.Duration
	parallel       int
	hosts          int
	userAgent      string
	contact        string
	proxy          string
	allowPrivate   bool
	ignoreRobots   bool
	force          bool
	maxBody        int64
	timeout        time.Duration
	connectTimeout time.Duration
	maxRedirects   int
	retries        int
	replay         []string
	resolve        []string
	caFile         string
	warcSize       int64
}

// addCrawlFlags registers the crawl flags on cmd.
func addCrawlFlags(cmd *cobra.Command, o *crawlOptions) {
	f := cmd.Flags()
	f.DurationVar(&o.delay, "delay", time.Second, "pause between requests to one host")
	f.IntVar(&o.parallel, "parallel", 1, "requests (and connections) at once per host")
	f.IntVar(&o.hosts, "hosts", crawl.DefaultHosts, "hosts crawled at once")
	f.StringVar(&o.userAgent, "user-agent", crawl.DefaultUserAgent, "User-Agent, also the robots.txt agent name")
	f.StringVar(&o.contact, "contact", "", "URL or e-mail appended to the User-Agent so site owners can reach you")
	f.StringVar(&o.proxy, "proxy", "", "proxy URL (http://, https:// or socks5://host:port)")
	f.BoolVar(&o.allowPrivate, "allow-private", false, "allow loopback, private and link-local addresses (local use, tests)")
	f.BoolVar(&o.ignoreRobots, "ignore-robots", false, "ignore robots.txt and Crawl-delay")
	f.BoolVar(&o.force, "force", false, "fetch URLs even when the catalog says they are not due")
	f.Int64Var(&o.maxBody, "max-body", crawl.DefaultMaxBody, "largest response body in bytes")
	f.DurationVar(&o.timeout, "timeout", crawl.DefaultTimeout, "time limit for one request attempt, body included")
	f.DurationVar(&o.connectTimeout, "connect-timeout", crawl.DefaultConnectTimeout, "time limit for connecting and the TLS handshake")
	f.IntVar(&o.maxRedirects, "max-redirects", crawl.DefaultMaxRedirects, "longest redirect chain followed")
	f.IntVar(&o.retries, "retries", 3, "retries of a 429, 5xx, reset or timeout")
	f.StringArrayVar(&o.replay, "replay", nil, "answer from this WARC file or folder instead of the network (repeatable)")
	f.StringArrayVar(&o.resolve, "resolve", nil, "HOST:ADDR: connect to ADDR (ip:port) for HOST, * for every host (repeatable)")
	f.StringVar(&o.caFile, "ca-file", "", "PEM file of CA certificates to trust instead of the system's")
	f.Int64Var(&o.warcSize, "warc-size", 0, "WARC file size at which to start a new file (default 1 GiB)")
}

func newCrawlCmd(g *globals) *cobra.Command {
	var o crawlOptions
	cmd := &cobra.Command{
		Use:   "crawl [URL...]",
		Short: "Fetch and archive cited sources (the given URLs, and the due ones)",
		Long: `Crawl fetches the given URLs and, with --due or when no URL is given, the
sources the catalog says are due, archives every exchange as WARC under the
data directory and records each fetch in the catalog. With --every it keeps
running, crawling what is due each round. SIGINT or SIGTERM stop it after
the requests in flight; a run that was killed resumes without refetching
what it already has.`,
		RunE: func(cmd *cobra.Command, args []string) error {
			return runCrawl(cmd.Context(), o, g, args)
		},
	}
	f := cmd.Flags()
	f.BoolVar(&o.due, "due", false, "also crawl the catalog's due sources (the default without URLs)")
	f.DurationVar(&o.every, "every", 0, "keep running, crawling due sources every DUR")
	f.IntVar(&o.limit, "limit", 0, "most due sources per round (0: all)")
	addCrawlFlags(cmd, &o)
	return cmd
}

// minEvery is the shortest --every: each round re-reads the catalog, and
// a source falls due a day after its last check by default, so a shorter
// round only spins.
const minEvery = time.Minute

func runCrawl(ctx context.Context, o crawlOptions, g *globals, args []string) error {
	if o.every < 0 || (o.every > 0 && o.every < minEvery) {
		return fmt.Errorf("%w: --every %v: want at least %v (or 0 for one round)", citewatch.ErrInvalid, o.every, minEvery)
	}
	for _, u := range args {
		if err := citewatch.ValidateURL(u); err != nil {
			return err
		}
	}
	// Every new snapshot is extracted and indexed as it arrives; the index
	// is held only while a page is written, so searches keep working.
	return withIndexer(g, func(p *indexer) error {
		// One line on stderr per URL that could not be fetched, saying why.
		handle := func(ctx context.Context, s citewatch.Snapshot) error {
			if s.Error != "" {
				fmt.Fprintf(g.stderr, "citewatch: %s: %s\n", s.URL, s.Error)
			}
			return p.handle(ctx, s)
		}
		return crawlSources(ctx, g, o, args, handle)
	})
}

// crawlSources opens the catalog and the archive, crawls urls plus the
// due sources (with --due, or when urls is empty), and with --every keeps
// doing so until ctx is cancelled. handle gets each snapshot fetched (see
// crawl.Crawler.Crawl); it may be nil. A summary of each round goes to
// stdout, a progress line to stderr when it is a terminal.
func crawlSources(ctx context.Context, g *globals, o crawlOptions, urls []string, handle func(context.Context, citewatch.Snapshot) error) error {
	cfg, err := o.config(g.archiveDir())
	if err != nil {
		return err
	}
	if err := g.ensureDataDir(); err != nil {
		return err
	}
	cat, err := sources.Open(ctx, g.catalogPath(), g.log)
	if err != nil {
		return err
	}
	defer cat.Close()
	cr, err := crawl.New(cfg, cat, g.log)
	if err != nil {
		return err
	}
	defer cr.Close()
	for {
		list := urls
		if o.due || len(urls) == 0 {
			due, err := cat.Due(ctx, time.Now(), o.limit)
			if err != nil {
				return err
			}
			for _, s := range due {
				list = append(list, s.URL)
			}
		}
		stop := showProgress(g.stderr, cr)
		err := cr.Crawl(ctx, list, handle)
		stop()
		p := cr.Progress()
		fmt.Fprintf(g.stdout, "crawl: %d fetched, %d failed, %d not due, %d left, in %s\n",
			p.Fetched, p.Failed, p.Skipped, p.Remaining(), p.Elapsed.Round(time.Millisecond))
		if err != nil {
			return err
		}
		if o.every <= 0 {
			return cr.Close()
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(o.every):
		}
	}
}

// showProgress prints the crawl's progress on one line of w every half
// second when w is a terminal, and nothing otherwise. The returned stop
// ends the line and the goroutine.
func showProgress(w io.Writer, cr *crawl.Crawler) (stop func()) {
	if !isTerminal(w) {
		return func() {}
	}
	done := make(chan struct{})
	finished := make(chan struct{})
	go func() { // exits when stop closes done
		defer close(finished)
		tick := time.NewTicker(500 * time.Millisecond)
		defer tick.Stop()
		for {
			select {
			case <-done:
				fmt.Fprint(w, "\r\033[K")
				return
			case <-tick.C:
				p := cr.Progress()
				fmt.Fprintf(w, "\r\033[Kfetched %d  failed %d  remaining %d  %.1f/s", p.Fetched, p.Failed, p.Remaining(), p.Rate())
			}
		}
	}()
	return func() {
		close(done)
		<-finished
	}
}

// config turns the flags into a crawl.Config.
func (o crawlOptions) config(archiveDir string) (crawl.Config, error) {
	cfg := crawl.DefaultConfig(archiveDir)
	cfg.Delay = o.delay
	cfg.Parallel = o.parallel
	cfg.Hosts = o.hosts
	cfg.UserAgent = o.userAgent
	cfg.Contact = o.contact
	cfg.Proxy = o.proxy
	cfg.AllowPrivate = o.allowPrivate
	cfg.IgnoreRobots = o.ignoreRobots
	cfg.Force = o.force
	cfg.MaxBody = o.maxBody
	cfg.Timeout = o.timeout
	cfg.ConnectTimeout = o.connectTimeout
	cfg.MaxRedirects = o.maxRedirects
	cfg.Retries = o.retries
	cfg.Replay = o.replay
	if len(o.replay) > 0 {
		// Replay asks no server for anything: no pause is owed.
		cfg.Delay = 0
	}
	cfg.WARCSize = o.warcSize
	for _, r := range o.resolve {
		host, addr, ok := strings.Cut(r, ":")
		if !ok || host == "" || addr == "" {
			return cfg, fmt.Errorf("%w: --resolve %q: want HOST:IP:PORT", citewatch.ErrInvalid, r)
		}
		if cfg.Resolve == nil {
			cfg.Resolve = map[string]string{}
		}
		cfg.Resolve[host] = addr
	}
	if o.caFile != "" {
		pem, err := os.ReadFile(o.caFile)
		if err != nil {
			return cfg, fmt.Errorf("%w: --ca-file: %v", citewatch.ErrInvalid, err)
		}
		pool := x509.NewCertPool()
		if !pool.AppendCertsFromPEM(pem) {
			return cfg, fmt.Errorf("%w: --ca-file %s: no PEM certificates", citewatch.ErrInvalid, o.caFile)
		}
		cfg.RootCAs = pool
	}
	return cfg, nil
}
