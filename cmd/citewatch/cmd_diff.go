package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"time"

	"github.com/spf13/cobra"

	"github.com/citewatch/citewatch"
	"github.com/citewatch/citewatch/extract"
	"github.com/citewatch/citewatch/sources"
	"github.com/citewatch/citewatch/watch"
)

type diffOptions struct {
	from, to string
	json     bool
}

func newDiffCmd(g *globals) *cobra.Command {
	var o diffOptions
	cmd := &cobra.Command{
		Use:   "diff URL",
		Short: "Show what changed between two archived copies of a source",
		Long: `Diff compares two archived copies of a source, in the facts they state (old
and new fact, with dates) and in their text (a unified diff of the main
text, a paragraph per line). By default it compares the newest copy with
the one before; --from and --to pick the newest copy at or before a time
(YYYY-MM-DD or RFC 3339). Nothing is fetched.

Exit status: 0 when the copies state the same facts and text, 1 when they
differ, 2 on error.`,
		Example: `  citewatch diff https://www.coe.int/en/web/conventions/full-list
  citewatch diff URL --from 2025-01-01 --to 2025-03-01 --json`,
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			return runDiff(cmd.Context(), o, g, args[0])
		},
	}
	f := cmd.Flags()
	f.StringVar(&o.from, "from", "", "the older copy: the newest at or before this time")
	f.StringVar(&o.to, "to", "", "the newer copy: the newest at or before this time (default: the newest)")
	f.BoolVar(&o.json, "json", false, "print the difference as JSON")
	return cmd
}

// diffResult is what diff prints with --json.
func runDiff(ctx context.Context, o diffOptions, g *globals, url string) error {
	from, err := parseWhen("--from", o.from)
	if err != nil {
		return err
	}
	to, err := parseWhen("--to", o.to)
	if err != nil {
		return err
	}
	if _, err := os.Stat(g.catalogPath()); errors.Is(err, os.ErrNotExist) {
		return fmt.Errorf("%w: diff: no catalog in %s", citewatch.ErrNotFound, g.dataDir)
	}
	cat, err := sources.Open(ctx, g.catalogPath(), g.log)
	if err != nil {
		return err
	}
	defer func() { _ = cat.Close() }() // only read: closing loses nothing
	older, newer, err := g.archive().Pair(ctx, cat, url, from, to)
	if err != nil {
		return fmt.Errorf("diff: %w", err)
	}
	res, err := watch.Compare(ctx, extract.New(g.log), older, newer)
	if err != nil {
		return err
	}
	res.URL = url
	added, removed, text := res.Added, res.Removed, res.Text
	if o.json {
		enc := json.NewEncoder(g.stdout)
		enc.SetIndent("", "  ")
		if err := enc.Encode(res); err != nil {
			return err
		}
	} else {
		w := g.stdout
		fmt.Fprintf(w, "%s\n  from %s\n  to   %s\n", url, res.From.Format(time.RFC3339), res.To.Format(time.RFC3339))
		if res.Same {
			fmt.Fprintln(w, "no change in facts or text")
		}
		if len(added)+len(removed) > 0 {
			fmt.Fprintln(w, "\nfacts:")
			for _, f := range removed {
				fmt.Fprintf(w, "- %s\n", f)
			}
			for _, f := range added {
				fmt.Fprintf(w, "+ %s\n", f)
			}
		}
		if text != "" {
			fmt.Fprintf(w, "\ntext:\n%s", text)
		}
	}
	if !res.Same {
		return errChecksFailed
	}
	return nil
}

// parseWhen reads a --from or --to time: a date or an RFC 3339 time; ""
// is the zero time.
func parseWhen(flag, s string) (time.Time, error) {
	if s == "" {
		return time.Time{}, nil
	}
	if t, err := time.Parse(time.RFC3339, s); err == nil {
		return t, nil
	}
	if t, err := time.Parse(time.DateOnly, s); err == nil {
		return t.Add(24*time.Hour - time.Nanosecond), nil // the whole day
	}
	return time.Time{}, fmt.Errorf("%w: diff: %s %q: want YYYY-MM-DD or an RFC 3339 time", citewatch.ErrInvalid, flag, s)
}
