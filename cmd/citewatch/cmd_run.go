package main

import (
	"context"
	"errors"
	"fmt"

	"github.com/spf13/cobra"

	"github.com/citewatch/citewatch"
	"github.com/citewatch/citewatch/citing"
	"github.com/citewatch/citewatch/crawl"
	"github.com/citewatch/citewatch/ingest"
	"github.com/citewatch/citewatch/report"
)

// runOptions are the flags of `citewatch run`: the crawl's and the report's.
type runOptions struct {
	crawl  crawlFlags
	report reportOptions
	// timegate is the web archive asked for copies of dead sources;
	// noMemento turns the rescue off.
	timegate  string
	noMemento bool
}

func newRunCmd(g *globals) *cobra.Command {
	var o runOptions
	cmd := &cobra.Command{
		Use:   "run DOC...",
		Short: "Crawl what a document cites, index it, and check its claims",
		Long: `Run does the whole job for one document (Markdown, plain text or HTML): it
reads the document's citation markers and reference list, crawls every cited
URL politely and archives the responses as WARC, extracts each new page's
text and dated treaty facts, indexes them, and checks each claim against the
sources it cites. The report gives, per claim and per reference, a verdict
(supported, partially-supported, contradicted, not-in-source,
source-unavailable) with the quote and URL that show it.

Problems with the document or its sources (a marker with no reference, an
unreachable URL) are printed to stderr, one line each; the rest is still
checked. With --replay FILE.warc.gz every fetch is answered from a WARC
instead of the network, so a recorded crawl re-runs offline.

A document may be a file (Markdown, text, HTML, Word .docx with footnotes,
MediaWiki source, PDF; "-" for standard input) or the URL of an article,
which is fetched through the same polite, guarded crawler and archived like
any source. Several documents may be named at once: their sources are
crawled together, each gets its report, and the call ends with one summary.

Exit status: 0 when every claim is supported, 1 when any is not, 2 on error
(or when a document could not be read).`,
		Args: cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			return runRun(cmd.Context(), o, g, args)
		},
	}
	addReportFlags(cmd, &o.report)
	addCrawlFlags(cmd, &o.crawl)
	cmd.Flags().StringVar(&o.timegate, "memento", ingest.DefaultTimeGate, "web archive TimeGate (RFC 7089) asked for archived copies of dead sources; the source URL is appended")
	cmd.Flags().BoolVar(&o.noMemento, "no-memento", false, "do not look for archived copies of dead sources (never done with --replay)")
	return cmd
}

func runRun(ctx context.Context, o runOptions, g *globals, args []string) error {
	o.report.applyJSON()
	docs, color, err := readLocalDocuments(o.report, g, args)
	if err != nil {
		return err
	}
	cfg, err := o.crawl.config(g.archiveDir())
	if err != nil {
		return err
	}
	// Sources whose last check failed are tried again: the cause may be
	// gone, or this run's options differ.
	cfg.RetryFailed = true
	err = withStores(ctx, g, func(st *stores) error {
		// Crawling stops at --deadline; the claims are then checked
		// against what was fetched by then.
		cctx, cancel := o.crawl.withDeadline(ctx)
		defer cancel()
		late := false
		crawled := func(err error) error {
			if o.crawl.deadlineReached(ctx, err) {
				late = true
				fmt.Fprintf(g.stderr, "citewatch: --deadline %v reached: checking the claims against the sources fetched by then\n", o.crawl.deadline)
				return nil
			}
			return err
		}
		// Documents given as URLs are fetched first, as any source is.
		var docURLs []string
		for _, d := range docs {
			if isURLArg(d.name) {
				docURLs = append(docURLs, d.name)
			}
		}
		if len(docURLs) > 0 {
			if err := crawled(crawlURLs(cctx, st, cfg, g, docURLs)); err != nil {
				return err
			}
			for i := range docs {
				if isURLArg(docs[i].name) {
					docs[i].doc, docs[i].err = fetchedDocument(ctx, st, g, docs[i].name)
				}
			}
		}
		// Crawl, extract and index what every document cites. The crawl
		// skips sources fetched recently (not due), so catch-up indexes
		// their archived copies when the index lacks them.
		seen := map[string]bool{}
		var urls []string
		for _, d := range docs {
			if d.doc == nil {
				continue
			}
			for _, u := range d.doc.CitedURLs() {
				if !seen[u] {
					seen[u] = true
					urls = append(urls, u)
				}
			}
		}
		if len(urls) > 0 && !late {
			if err := crawled(crawlURLs(cctx, st, cfg, g, urls)); err != nil {
				return err
			}
		}
		if len(urls) > 0 && !late {
			if err := crawled(st.pipeline.CatchUp(cctx, urls)); err != nil {
				return err
			}
		}
		// A replayed crawl is offline: there is no web archive to ask.
		if len(urls) > 0 && !late && !o.noMemento && len(cfg.Replay) == 0 {
			if err := crawled(rescueDead(cctx, st, cfg, g, o.timegate, urls)); err != nil {
				return err
			}
		}
		// Verify from the same catalog and index.
		open := func(context.Context, *globals) (*verifyDeps, error) {
			return &verifyDeps{passages: st.ix, facts: st.ix, claims: st.ex, health: st.cat, close: func() {}}, nil
		}
		return verifyAndReport(ctx, g, open, docs, o.report.options(color))
	})
	// A report for reading ends by saying where the data are and what to
	// try next.
	if (err == nil || errors.Is(err, errChecksFailed)) && o.report.format == report.Text && !g.quiet {
		printNextSteps(ctx, g)
	}
	return err
}

// crawlURLs crawls urls with a crawler of its own, through the pipeline.
func crawlURLs(ctx context.Context, st *stores, cfg crawl.Config, g *globals, urls []string) (err error) {
	cr, err := st.crawler(cfg)
	if err != nil {
		return err
	}
	defer closeJoin(&err, cr)
	return st.pipeline.Crawl(ctx, shownCrawler{Crawler: cr, g: g}, urls, ingest.Schedule{})
}

// rescueDead looks up an archived copy of every cited source that is gone
// and says on stderr, one line each, what was found.
func rescueDead(ctx context.Context, st *stores, cfg crawl.Config, g *globals, timegate string, urls []string) (err error) {
	cr, err := st.crawler(cfg)
	if err != nil {
		return err
	}
	defer closeJoin(&err, cr)
	res, err := st.pipeline.Rescue(ctx, shownCrawler{Crawler: cr, g: g}, st.cat, timegate, urls)
	for _, r := range res {
		if r.Memento != nil {
			when := ""
			if r.Memento.Datetime != "" {
				when = " of " + r.Memento.Datetime
			}
			fmt.Fprintf(g.stderr, "citewatch: %s is gone; checked against the archived copy%s at %s\n", r.URL, when, r.Memento.URL)
		} else {
			fmt.Fprintf(g.stderr, "citewatch: %s is gone, and %v\n", r.URL, r.Err)
		}
	}
	return err
}

// fetchedDocument reads a document that was given as a URL from its newest
// archived copy, or says why it could not be fetched.
func fetchedDocument(ctx context.Context, st *stores, g *globals, url string) (*citewatch.CitingDocument, error) {
	s, err := g.archive().Newest(ctx, st.cat, url)
	if errors.Is(err, citewatch.ErrNotFound) && s.WARCFile == "" { // nothing archived
		why := "it could not be fetched"
		if f, ferr := st.cat.LastFetch(ctx, url); ferr == nil && f.Error != "" {
			why = f.Error
		}
		return nil, fmt.Errorf("%w: %s: the document could not be read: %s", citewatch.ErrInvalid, url, why)
	}
	if err != nil {
		return nil, fmt.Errorf("%s: %w", url, err)
	}
	// The Content-Type names the format where the URL does not (a page
	// is HTML, whatever its path).
	return citing.ParseAs(url, citing.FormatOf(s.ContentType), s.Body)
}
