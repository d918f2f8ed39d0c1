package main

import (
	"context"
	"errors"
	"fmt"

	"github.com/spf13/cobra"

	"github.com/citewatch/citewatch"
	"github.com/citewatch/citewatch/crawl"
	"github.com/citewatch/citewatch/extract"
	"github.com/citewatch/citewatch/sources"
)

type indexOptions struct {
	rebuild bool
}

func newIndexCmd(g *globals) *cobra.Command {
	var o indexOptions
	cmd := &cobra.Command{
		Use:   "index",
		Short: "Bring the search index up to date with the archive, or rebuild it",
		Long: `Index extracts and indexes every archived page the index does not hold yet
(a crawl does this as it goes; this catches up after an interrupted run).

With --rebuild it builds a new index from the WARC archive alone — the
archive is the source of truth — re-extracting every page with the current
extractor, and swaps it in when done. Searches keep working on the old index
meanwhile.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			return runIndex(cmd.Context(), o, g)
		},
	}
	cmd.Flags().BoolVar(&o.rebuild, "rebuild", false, "rebuild the whole index from the WARC archive")
	return cmd
}

func runIndex(ctx context.Context, o indexOptions, g *globals) error {
	if err := g.ensureDataDir(); err != nil {
		return err
	}
	if o.rebuild {
		pages, facts, failed, err := rebuildIndex(ctx, g, nil)
		var damage *crawl.DamageError
		if err != nil && !errors.As(err, &damage) {
			return err
		}
		fmt.Fprintf(g.stdout, "index: rebuilt from the archive: %d pages, %d facts, %d pages not extracted\n", pages, facts, failed)
		return err // damaged WARC data, skipped: the index holds the rest
	}
	return withIndexer(g, func(p *indexer) error {
		cat, err := sources.Open(ctx, g.catalogPath(), g.log)
		if err != nil {
			return err
		}
		defer cat.Close()
		srcs, err := cat.List(ctx)
		if err != nil {
			return err
		}
		urls := make([]string, len(srcs))
		for i, s := range srcs {
			urls[i] = s.URL
		}
		if err := p.catchUp(ctx, g, cat, urls, nil); err != nil {
			return err
		}
		fmt.Fprintf(g.stdout, "index: %d pages indexed, %d facts, %d pages not extracted\n", p.pages, p.facts, len(p.failed))
		return nil
	})
}

// rebuildIndex re-extracts every page of the WARC archive and rebuilds the
// index from the results. each, when set, also gets every page's document
// and facts (extract --all prints them). A page that cannot be extracted
// is reported on stderr and left out; it does not stop the rebuild.
func rebuildIndex(ctx context.Context, g *globals, each func(*citewatch.Document, []citewatch.Fact) error) (pages, facts, failed int, err error) {
	p, err := openIndexer(g)
	if err != nil {
		return 0, 0, 0, err
	}
	defer p.Close()
	ex := extract.New(g.log)
	var damage *crawl.DamageError // parts of the archive skipped; the rest is rebuilt
	err = p.ix.Rebuild(ctx, func(yield func(*citewatch.Document, []citewatch.Fact) error) error {
		err := crawl.Archived(ctx, g.archiveDir(), func(s citewatch.Snapshot) error {
			if err := crawl.Page(s); err != nil {
				fmt.Fprintf(g.stderr, "citewatch: %s: archived, not indexed: %v\n", s.URL, err)
				return nil
			}
			doc, fs, err := ex.Extract(ctx, s)
			if err != nil {
				if ctx.Err() != nil {
					return ctx.Err()
				}
				failed++
				fmt.Fprintf(g.stderr, "citewatch: %s: not extracted: %v\n", s.URL, err)
				return nil
			}
			pages++
			facts += len(fs)
			if each != nil {
				if err := each(doc, fs); err != nil {
					return err
				}
			}
			return yield(doc, fs)
		})
		if errors.As(err, &damage) {
			return nil
		}
		return err
	})
	if err != nil {
		return pages, facts, failed, err
	}
	if err := p.Close(); err != nil {
		return pages, facts, failed, err
	}
	if damage != nil {
		return pages, facts, failed, damage
	}
	return pages, facts, failed, nil
}
