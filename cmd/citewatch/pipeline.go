package main

import (
	"context"
	"errors"
	"fmt"
	"io"

	"github.com/citewatch/citewatch"
	"github.com/citewatch/citewatch/crawl"
	"github.com/citewatch/citewatch/extract"
	"github.com/citewatch/citewatch/index"
	"github.com/citewatch/citewatch/sources"
)

// indexer carries each new snapshot through extraction into the index. Its
// handle method is the crawl's callback: the crawler calls it one snapshot
// at a time, so indexer needs no lock.
type indexer struct {
	ex *extract.Extractor
	ix *index.Index

	pages, facts int
	failed       []citewatch.Problem // pages that could not be extracted
}

// openIndexer opens the index for writing. The writer holds Bleve only
// while it writes a batch, so searches from other processes still work.
func openIndexer(g *globals) (*indexer, error) {
	ix, err := index.Open(g.indexPath(), index.Options{}, g.log)
	if err != nil {
		return nil, err
	}
	return &indexer{ex: extract.New(g.log), ix: ix}, nil
}

func (p *indexer) Close() error { return p.ix.Close() }

// withIndexer opens the index for writing in the data directory, runs fn
// with it, prints one line per page that could not be extracted (also when
// fn fails part-way, so no failure goes unsaid), and closes the index. It
// returns fn's error before a close error.
func withIndexer(g *globals, fn func(p *indexer) error) error {
	if err := g.ensureDataDir(); err != nil {
		return err
	}
	p, err := openIndexer(g)
	if err != nil {
		return err
	}
	err = fn(p)
	p.reportFailed(g.stderr)
	if cerr := p.Close(); err == nil {
		err = cerr
	}
	return err
}

// reportFailed prints one line per page that could not be extracted.
func (p *indexer) reportFailed(w io.Writer) {
	for _, pr := range p.failed {
		fmt.Fprintf(w, "citewatch: %s\n", pr)
	}
}

// handle extracts and indexes s when it carries new content; revisits and
// failures carry none and change nothing. A page that cannot be extracted
// is reported and skipped: its WARC record and catalog row stay, and
// `index --rebuild` will try it again.
func (p *indexer) handle(ctx context.Context, s citewatch.Snapshot) error {
	if len(s.Body) == 0 {
		return nil
	}
	if err := crawl.Page(s); err != nil { // an image or PDF: archived, not read
		p.failed = append(p.failed, citewatch.Problem{Message: fmt.Sprintf("%s: archived, not indexed: %v", s.URL, err)})
		return nil
	}
	doc, facts, err := p.ex.Extract(ctx, s)
	if err != nil {
		if ctx.Err() != nil {
			return ctx.Err()
		}
		p.failed = append(p.failed, citewatch.Problem{Message: fmt.Sprintf("%s: not extracted: %v", s.URL, err)})
		return nil
	}
	if err := p.ix.Put(ctx, doc, facts); err != nil {
		return fmt.Errorf("index %s: %w", s.URL, err)
	}
	p.pages++
	p.facts += len(facts)
	return nil
}

// catchUp indexes the archived content of urls that the crawl did not hand
// over (sources not due, or fetched by an earlier run whose indexing was
// cut short). The index skips a page whose payload it already holds.
func (p *indexer) catchUp(ctx context.Context, g *globals, cat *sources.Catalog, urls []string, handled map[string]bool) error {
	for _, u := range urls {
		if handled[u] {
			continue
		}
		snap, err := cat.LastContent(ctx, u)
		if errors.Is(err, citewatch.ErrNotFound) {
			continue
		}
		if err != nil {
			return err
		}
		if p.ix.Indexed(ctx, snap.URL, snap.PayloadDigest) {
			continue
		}
		snap, err = crawl.Load(g.archiveDir(), snap)
		if err != nil {
			p.failed = append(p.failed, citewatch.Problem{Message: fmt.Sprintf("%s: archived copy unreadable: %v", u, err)})
			continue
		}
		if err := p.handle(ctx, snap); err != nil {
			return err
		}
	}
	return nil
}
