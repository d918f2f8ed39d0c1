package main

import (
	"context"
	"crypto/x509"
	"errors"
	"fmt"
	"os"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"github.com/citewatch/citewatch"
	"github.com/citewatch/citewatch/crawl"
	"github.com/citewatch/citewatch/ingest"
	"github.com/citewatch/citewatch/internal/safetext"
)

// crawlFlags are the crawl flags of `citewatch crawl` and `run`: bound
// straight onto a crawl.Config, plus the two that name things to read
// first.
type crawlFlags struct {
	cfg      crawl.Config
	resolve  []string // HOST:ADDR
	caFile   string
	deadline time.Duration // 0: none
}

// addCrawlFlags registers the crawl flags on cmd, with crawl's defaults.
func addCrawlFlags(cmd *cobra.Command, o *crawlFlags) {
	o.cfg = crawl.DefaultConfig("") // the archive folder is the data directory's, known at run time
	c := &o.cfg
	f := cmd.Flags()
	f.DurationVar(&c.Delay, "delay", c.Delay, "pause between requests to one host")
	f.IntVar(&c.Parallel, "parallel", 1, "requests (and connections) at once per host")
	f.IntVar(&c.Hosts, "hosts", crawl.DefaultHosts, "hosts crawled at once")
	f.StringVar(&c.UserAgent, "user-agent", crawl.DefaultUserAgent, "User-Agent, also the robots.txt agent name")
	f.StringVar(&c.Contact, "contact", "", "URL or e-mail appended to the User-Agent so site owners can reach you")
	f.StringVar(&c.Proxy, "proxy", "", "proxy URL (http://, https:// or socks5://host:port); default $HTTPS_PROXY or $HTTP_PROXY, with $NO_PROXY")
	f.BoolVar(&c.AllowPrivate, "allow-private", false, "allow loopback, private and link-local addresses (local use, tests)")
	f.BoolVar(&c.IgnoreRobots, "ignore-robots", false, "ignore robots.txt and Crawl-delay")
	f.BoolVar(&c.Force, "force", false, "fetch URLs even when the catalog says they are not due")
	f.Int64Var(&c.MaxBody, "max-body", crawl.DefaultMaxBody, "largest response body in bytes")
	f.DurationVar(&c.Timeout, "timeout", crawl.DefaultTimeout, "time limit for one request attempt, body included")
	f.DurationVar(&c.ConnectTimeout, "connect-timeout", crawl.DefaultConnectTimeout, "time limit for connecting and the TLS handshake")
	f.IntVar(&c.MaxRedirects, "max-redirects", crawl.DefaultMaxRedirects, "longest redirect chain followed")
	f.IntVar(&c.Retries, "retries", c.Retries, "retries of a 429, 5xx, reset or timeout")
	f.StringArrayVar(&c.Replay, "replay", nil, "answer from this WARC file or folder instead of the network (repeatable)")
	f.StringArrayVar(&o.resolve, "resolve", nil, "HOST:ADDR: connect to ADDR (ip:port) for HOST, * for every host (repeatable)")
	f.StringVar(&o.caFile, "ca-file", "", "PEM file of CA certificates to trust instead of the system's")
	f.Int64Var(&c.WARCSize, "warc-size", 0, "WARC file size at which to start a new file (default 1 GiB)")
	f.DurationVar(&o.deadline, "deadline", 0, "stop crawling after DUR: no fetch starts, those in flight get 2s; what was fetched is kept (0: no deadline)")
}

// deadlineGrace is how long fetches in flight may go on once --deadline
// is reached.
const deadlineGrace = 2 * time.Second

// withDeadline returns ctx cut off at --deadline, when one is set.
func (o crawlFlags) withDeadline(ctx context.Context) (context.Context, context.CancelFunc) {
	if o.deadline <= 0 {
		return context.WithCancel(ctx)
	}
	return context.WithTimeout(ctx, o.deadline)
}

// deadlineReached reports whether err is the end of --deadline (and not of
// ctx, the command's own context, which a signal cancels).
func (o crawlFlags) deadlineReached(ctx context.Context, err error) bool {
	return o.deadline > 0 && errors.Is(err, context.DeadlineExceeded) && ctx.Err() == nil
}

// config returns the crawl.Config the flags give, archiving to archiveDir.
func (o crawlFlags) config(archiveDir string) (crawl.Config, error) {
	cfg := o.cfg
	cfg.ArchiveDir = archiveDir
	if o.deadline < 0 {
		return cfg, fmt.Errorf("%w: --deadline %v: want a duration from now, or 0 for none", citewatch.ErrInvalid, o.deadline)
	}
	if o.deadline > 0 {
		cfg.Grace = min(cfg.Grace, deadlineGrace)
	}
	if cfg.Proxy == "" && len(cfg.Replay) == 0 {
		// As curl and Go's own clients do; one proxy for both schemes.
		cfg.Proxy = firstEnv("HTTPS_PROXY", "https_proxy", "HTTP_PROXY", "http_proxy")
		cfg.NoProxy = firstEnv("NO_PROXY", "no_proxy")
	}
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
		pem, err := readFile(o.caFile, maxCAFile)
		if err != nil {
			return cfg, fmt.Errorf("--ca-file: %w", err)
		}
		pool := x509.NewCertPool()
		if !pool.AppendCertsFromPEM(pem) {
			return cfg, fmt.Errorf("%w: --ca-file %s: no PEM certificates", citewatch.ErrInvalid, o.caFile)
		}
		cfg.RootCAs = pool
	}
	return cfg, nil
}

// firstEnv is the first of the environment variables that is set and not empty.
func firstEnv(names ...string) string {
	for _, n := range names {
		if v := os.Getenv(n); v != "" {
			return v
		}
	}
	return ""
}

// maxCAFile bounds the --ca-file read: a bundle of every public CA is
// a few hundred kilobytes.
const maxCAFile = 16 << 20

// crawlOptions are the flags of `citewatch crawl`.
type crawlOptions struct {
	crawl    crawlFlags
	schedule ingest.Schedule
	json     bool
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
what it already has.

A source fetched recently is not due and is skipped; --force fetches it
anyway. Exit status: 0 when every fetch succeeded, 1 when any failed (each
failure is one line on stderr), 2 on error.`,
		RunE: func(cmd *cobra.Command, args []string) error {
			return runCrawl(cmd.Context(), o, g, args)
		},
	}
	f := cmd.Flags()
	f.BoolVar(&o.schedule.Due, "due", false, "also crawl the catalog's due sources (the default without URLs)")
	f.DurationVar(&o.schedule.Every, "every", 0, "keep running, crawling due sources every DUR")
	f.IntVar(&o.schedule.Limit, "limit", 0, "most due sources per round (0: all)")
	addCrawlFlags(cmd, &o.crawl)
	addJSONFlag(cmd, &o.json, "print each round's summary as one JSON object (a line)")
	return cmd
}

func runCrawl(ctx context.Context, o crawlOptions, g *globals, args []string) error {
	if err := o.schedule.Validate(); err != nil {
		return err
	}
	for _, u := range args {
		if err := citewatch.ValidateURL(u); err != nil {
			return err
		}
	}
	cfg, err := o.crawl.config(g.archiveDir())
	if err != nil {
		return err
	}
	// A one-off crawl tries failed sources again (the cause may be gone,
	// or the options changed); rounds every few minutes keep the backoff.
	cfg.RetryFailed = o.schedule.Every == 0
	// Every new snapshot is extracted and indexed as it arrives; the index
	// is held only while a page is written, so searches keep working.
	failed := 0
	err = withStores(ctx, g, func(st *stores) (err error) {
		cr, err := st.crawler(cfg)
		if err != nil {
			return err
		}
		defer closeJoin(&err, cr)
		cctx, cancel := o.crawl.withDeadline(ctx)
		defer cancel()
		if err := st.pipeline.Crawl(cctx, shownCrawler{Crawler: cr, g: g, report: true, failed: &failed, json: o.json}, args, o.schedule); err != nil {
			if o.crawl.deadlineReached(ctx, err) {
				return fmt.Errorf("%w: --deadline %v reached: what was fetched is archived and recorded, and a rerun goes on from there", citewatch.ErrUnavailable, o.crawl.deadline)
			}
			return err
		}
		return nil
	})
	if err == nil && failed > 0 {
		return errChecksFailed // the failures were said, one line each: exit status 1
	}
	return err
}

// shownCrawler is a crawler whose rounds are shown: a progress line on
// stderr while a round runs (on a terminal), and with report (the crawl
// command; run reports claims instead) one line on stderr per URL that
// could not be fetched, saying why, and a summary on stdout when a round
// ends.
type shownCrawler struct {
	*crawl.Crawler
	g      *globals
	report bool
	failed *int // counts the URLs that could not be fetched, when set
	json   bool // the summary as one JSON object per round
}

// crawlSummary is a round's summary as `crawl --json` prints it.
type crawlSummary struct {
	Fetched int     `json:"fetched"`
	Failed  int     `json:"failed"`
	NotDue  int     `json:"not_due"`
	Left    int     `json:"left"`
	Seconds float64 `json:"seconds"`
}

func (c shownCrawler) Crawl(ctx context.Context, urls []string, handle func(context.Context, citewatch.Snapshot) error) error {
	stop := showProgress(c.g, c.Crawler)
	err := c.Crawler.Crawl(ctx, urls, func(ctx context.Context, s citewatch.Snapshot) error {
		if s.Error != "" && c.report {
			fmt.Fprintf(c.g.stderr, "citewatch: %s: %s\n", s.URL, safetext.Escape(s.Error))
			if c.failed != nil {
				*c.failed++
			}
		}
		return handle(ctx, s)
	})
	stop()
	if c.report {
		// Why each skipped source was not fetched, for the first few; the
		// count follows the summary.
		for i, n := range c.NotDue() {
			if i == maxNotDueLines || c.g.quiet {
				break
			}
			last := "fetched"
			if n.Health != citewatch.HealthUnknown {
				last = string(n.Health)
			}
			fmt.Fprintf(c.g.stderr, "citewatch: %s: not fetched: last check %s, next due %s; --force fetches it now\n",
				n.URL, last, n.Due.UTC().Format(time.DateTime))
		}
		p := c.Progress()
		if c.json {
			jerr := writeJSONLine(c.g.stdout, crawlSummary{Fetched: p.Fetched, Failed: p.Failed, NotDue: p.Skipped,
				Left: p.Remaining(), Seconds: p.Elapsed.Seconds()})
			if err == nil {
				err = jerr
			}
			return err
		}
		fmt.Fprintf(c.g.stdout, "crawl: %d fetched, %d failed, %d not due, %d left, in %s\n",
			p.Fetched, p.Failed, p.Skipped, p.Remaining(), p.Elapsed.Round(time.Millisecond))
	}
	return err
}

// maxNotDueLines is how many skipped sources a crawl names on stderr.
const maxNotDueLines = 10

// showProgress draws the crawl's progress on stderr when it is a
// terminal (see startProgress). The returned stop ends it.
func showProgress(g *globals, cr *crawl.Crawler) (stop func()) {
	bar := g.startProgress("crawl", 0, func() string {
		p := cr.Progress()
		return counted(p.Failed, "failed") + " " + counted(p.Skipped, "not due")
	})
	if bar == nil {
		return func() {}
	}
	done := make(chan struct{})
	finished := make(chan struct{})
	go func() { // exits when stop closes done
		defer close(finished)
		tick := time.NewTicker(100 * time.Millisecond)
		defer tick.Stop()
		for {
			p := cr.Progress()
			bar.set(int64(p.Fetched+p.Failed+p.Skipped), int64(p.Total))
			select {
			case <-done:
				p := cr.Progress()
				bar.set(int64(p.Fetched+p.Failed+p.Skipped), int64(p.Total))
				return
			case <-tick.C:
			}
		}
	}()
	return func() {
		close(done)
		<-finished
		bar.done()
	}
}
