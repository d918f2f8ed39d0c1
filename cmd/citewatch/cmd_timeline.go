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
		Use:   "timeline TREATY",
		Short: "The dated events of a treaty in order, with citations",
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
	cmd.Flags().BoolVar(&o.json, "json", false, "write the timeline as JSON")
	return cmd
}

func runTimeline(ctx context.Context, o timelineOptions, g *globals, args []string) error {
	ix, err := openIndexForReading(g)
	if err != nil {
		return err
	}
	defer ix.Close()
	tl, err := ix.Timeline(ctx, args[0])
	if err != nil {
		return err
	}
	if o.json {
		return writeIndexJSON(g.stdout, tl)
	}
	writeTimeline(g.stdout, tl)
	return nil
}

func writeTimeline(w io.Writer, tl []index.TimelineEntry) {
	for _, e := range tl {
		line := e.Date.String() + "  " + string(e.Event)
		if e.Party != "" {
			line += " " + e.Party
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
