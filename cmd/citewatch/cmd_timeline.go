package main

import (
	"context"
	"fmt"
	"io"

	"github.com/spf13/cobra"

	"github.com/citewatch/citewatch/index"
)

// timelineOptions are the flags of `citewatch timeline`.
type timelineOptions struct {
	json bool
}

func newTimelineCmd(g *globals) *cobra.Command {
	var o timelineOptions
	cmd := &cobra.Command{
		Use:               "timeline TREATY",
		ValidArgsFunction: completeTreaties(g),
		Short:             "The dated events of a treaty in order, with citations",
		Long: `Timeline lists the dated events the indexed sources state about TREATY,
oldest first, each with every citation that gives it (quote, URL, WARC
record). An event marked "disputed" has sources that give it another date.`,
		Example: `  citewatch timeline CETS-225
  citewatch timeline CETS-225 --json`,
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			return runTimeline(cmd.Context(), o, g, args)
		},
	}
	addJSONFlag(cmd, &o.json, "write the timeline as JSON")
	return cmd
}

func runTimeline(ctx context.Context, o timelineOptions, g *globals, args []string) error {
	if err := g.requireDataDir(); err != nil {
		return err
	}
	ix, err := openIndexForReading(g)
	if err != nil {
		return err
	}
	defer func() { _ = ix.Close() }() // opened read-only: closing loses nothing
	treaty, err := resolveTreaty(ctx, ix, args[0])
	if err != nil {
		return fmt.Errorf("timeline: %w", err)
	}
	tl, err := ix.Timeline(ctx, treaty)
	if err != nil {
		return err
	}
	if o.json {
		return writeJSON(g.stdout, tl)
	}
	width := termWidth(g.stdout)
	return g.paged(func(w io.Writer) error {
		fmt.Fprintln(w, wrapText(treatyLabel(treaty), width))
		writeTimeline(w, tl)
		return nil
	})
}

func writeTimeline(w io.Writer, tl []index.TimelineEntry) {
	for _, e := range tl {
		line := e.Date.String() + "  " + string(e.Event)
		if e.Party != "" {
			line += " " + partyLabel(e.Party)
		}
		if e.Count != 0 {
			line += fmt.Sprintf(" %d", e.Count)
		}
		if e.Place != "" {
			line += " (" + e.Place + ")"
		}
		if e.Disputed {
			line += "  [disputed: other sources give another date]"
		}
		fmt.Fprintln(w, line)
		for _, c := range e.Citations {
			fmt.Fprintf(w, "    %q\n      %s", quoteLine(c.Quote), c.URL)
			if c.WARCRecordID != "" {
				fmt.Fprintf(w, " (WARC %s)", c.WARCRecordID)
			}
			fmt.Fprintln(w)
		}
	}
}
