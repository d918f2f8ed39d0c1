package main

import (
	"context"
	"errors"
	"fmt"
	"io"

	"github.com/citewatch/citewatch/crawl"
	"github.com/citewatch/citewatch/extract"
	"github.com/citewatch/citewatch/index"
	"github.com/citewatch/citewatch/ingest"
	"github.com/citewatch/citewatch/internal/safetext"
	"github.com/citewatch/citewatch/sources"
)

// stores are the data directory's stores, each opened once per command,
// and the pipeline that joins them.
type stores struct {
	cat      *sources.Catalog
	ix       *index.Index // open for writing; it serves reads too
	ex       *extract.Extractor
	pipeline *ingest.Pipeline
	g        *globals
}

// withStores opens the catalog and the index for writing in the data
// directory, runs fn with them and the pipeline over them, and closes
// them. It returns fn's error before a close error.
func withStores(ctx context.Context, g *globals, fn func(st *stores) error) error {
	if err := g.ensureDataDir(); err != nil {
		return err
	}
	cat, err := sources.Open(ctx, g.catalogPath(), g.log)
	if err != nil {
		return err
	}
	err = withIndex(g, func(ix *index.Index) error {
		ex := extract.New(g.log)
		p := newPipeline(g, ex, ix)
		p.Catalog = cat
		return fn(&stores{cat: cat, ix: ix, ex: ex, pipeline: p, g: g})
	})
	if cerr := cat.Close(); err == nil {
		err = cerr
	}
	return err
}

// withIndex opens the index for writing and runs fn with it. The writer
// holds Bleve only while it writes a batch, so searches from other
// processes still work. It returns fn's error before a close error.
func withIndex(g *globals, fn func(ix *index.Index) error) error {
	if err := g.ensureDataDir(); err != nil {
		return err
	}
	ix, err := index.Open(g.indexPath(), index.Options{}, g.log)
	if err != nil {
		return err
	}
	err = fn(ix)
	if cerr := ix.Close(); err == nil {
		err = cerr
	}
	return err
}

// newPipeline joins the extractor, the index and the data directory's
// archive. Each page it cannot index is printed on stderr as it happens.
func newPipeline(g *globals, ex *extract.Extractor, ix *index.Index) *ingest.Pipeline {
	return &ingest.Pipeline{
		Extractor: ex,
		Index:     ix,
		Archive:   g.archive(),
		Page:      crawl.Page,
		Report: func(e *ingest.PageError) {
			fmt.Fprintf(g.stderr, "citewatch: %s\n", safetext.Escape(e.Error()))
		},
	}
}

// closeJoin closes c and joins its error to *err; deferred with a named
// result, it loses no close error of a store written to (a WARC file's
// last bytes, the catalog) on any path. Closing twice is harmless: the
// crawler, the catalog and the index return nil the second time.
func closeJoin(err *error, c io.Closer) {
	if cerr := c.Close(); cerr != nil {
		*err = errors.Join(*err, cerr)
	}
}

// crawler opens a crawler over the catalog with cfg.
func (st *stores) crawler(cfg crawl.Config) (*crawl.Crawler, error) {
	return crawl.New(cfg, st.cat, st.g.log)
}
