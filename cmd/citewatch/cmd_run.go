package main

import (
	"context"

	"github.com/spf13/cobra"

	"github.com/citewatch/citewatch"
	"github.com/citewatch/citewatch/ingest"
)

// runOptions are the flags of `citewatch run`: the crawl's and the report's.
type runOptions struct {
	crawl  crawlFlags
	report reportOptions
}

func newRunCmd(g *globals) *cobra.Command {
	var o runOptions
	cmd := &cobra.Command{
		Use:   "run DOC",
		Short: "Crawl what a document cites, extract and index it, and check its claims",
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

Exit status: 0 when every claim is supported, 1 when any is not, 2 on error.`,
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			return runRun(cmd.Context(), o, g, args)
		},
	}
	addReportFlags(cmd, &o.report)
	addCrawlFlags(cmd, &o.crawl)
	return cmd
}

func runRun(ctx context.Context, o runOptions, g *globals, args []string) error {
	name := args[0]
	doc, color, err := readCitingDocument(o.report, g, name)
	if err != nil {
		return err
	}
	urls := citedURLs(doc)
	cfg, err := o.crawl.config(g.archiveDir())
	if err != nil {
		return err
	}
	return withStores(ctx, g, func(st *stores) error {
		// Crawl, extract and index. The crawl skips sources fetched
		// recently (not due), so catch-up indexes their archived copies
		// when the index lacks them.
		if len(urls) > 0 {
			cr, err := st.crawler(cfg)
			if err != nil {
				return err
			}
			defer cr.Close()
			if err := st.pipeline.Crawl(ctx, shownCrawler{Crawler: cr, g: g}, urls, ingest.Schedule{}); err != nil {
				return err
			}
			if err := cr.Close(); err != nil {
				return err
			}
			if err := st.pipeline.CatchUp(ctx, urls); err != nil {
				return err
			}
		}
		// Verify from the same catalog and index.
		open := func(context.Context, *globals) (*verifyDeps, error) {
			return &verifyDeps{passages: st.ix, facts: st.ix, claims: st.ex, health: catalogHealth(st.cat), close: func() {}}, nil
		}
		return verifyAndReport(ctx, g, open, name, doc, o.report.format, color)
	})
}

// citedURLs lists the distinct, valid URLs of doc's references, in order.
// Invalid ones are already among doc.Problems.
func citedURLs(doc *citewatch.CitingDocument) []string {
	seen := map[string]bool{}
	var urls []string
	for _, r := range doc.References {
		if r.URL == "" || seen[r.URL] || citewatch.ValidateURL(r.URL) != nil {
			continue
		}
		seen[r.URL] = true
		urls = append(urls, r.URL)
	}
	return urls
}
