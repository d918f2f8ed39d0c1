package main

import (
	"context"
	"errors"
	"fmt"

	"github.com/spf13/cobra"

	"github.com/citewatch/citewatch"
	"github.com/citewatch/citewatch/extract"
	"github.com/citewatch/citewatch/index"
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
	if o.rebuild {
		return withIndex(g, func(ix *index.Index) error {
			p := newPipeline(g, extract.New(g.log), ix)
			err := rebuildWithProgress(ctx, g, p, nil)
			if err != nil && !errors.Is(err, citewatch.ErrDamaged) {
				return err
			}
			t := p.Tally()
			fmt.Fprintf(g.stdout, "index: rebuilt from the archive: %d pages, %d facts, %d pages not extracted\n", t.Pages, t.Facts, t.Failed)
			return err // damaged WARC data, skipped: the index holds the rest
		})
	}
	return withStores(ctx, g, func(st *stores) error {
		if err := st.pipeline.CatchUp(ctx, nil); err != nil {
			return err
		}
		t := st.pipeline.Tally()
		fmt.Fprintf(g.stdout, "index: %d pages indexed, %d facts, %d pages not extracted\n", t.Pages, t.Facts, t.Failed)
		return nil
	})
}
