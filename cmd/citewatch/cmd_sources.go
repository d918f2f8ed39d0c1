package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"github.com/citewatch/citewatch"
	"github.com/citewatch/citewatch/sources"
)

// sourcesListOptions are the flags of "sources list".
type sourcesListOptions struct {
	json bool
}

// sourcesAddOptions are the flags of "sources add".
type sourcesAddOptions struct {
	kind string
}

// newSourcesCmd builds "sources", which manages the catalog of cited sources.
func newSourcesCmd(g *globals) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "sources",
		Short: "List, add and remove the sources citewatch tracks",
		Args:  unknownSubcommand,
		RunE:  helpWithoutArgs,
	}
	cmd.AddCommand(newSourcesListCmd(g), newSourcesAddCmd(g), newSourcesRemoveCmd(g))
	return cmd
}

func newSourcesListCmd(g *globals) *cobra.Command {
	var opts sourcesListOptions
	cmd := &cobra.Command{
		Use:   "list",
		Short: "List the sources in the catalog with their link health",
		Long: `List the sources in the catalog, by URL: link health, the last fetch and
its HTTP status, and when the source is next due for a check.

A source is "dead" after failed checks on three different days; the latest
check's own finding follows in brackets, as in "dead (last: gone)".
With --json the list is a JSON array of sources, each with its newest fetch
under "last".`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			return runSourcesList(cmd.Context(), opts, g, args)
		},
	}
	addJSONFlag(cmd, &opts.json, "print a JSON array instead of a table")
	return cmd
}

func newSourcesAddCmd(g *globals) *cobra.Command {
	var opts sourcesAddOptions
	cmd := &cobra.Command{
		Use:   "add URL...",
		Short: "Add sources to the catalog",
		Long: `Add sources to the catalog; each is due for a check at once. Adding a
source already there changes nothing, except that it records a kind the
source did not have. Every URL must be absolute http or https; if one is
not, nothing is added.`,
		Args: cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			return runSourcesAdd(cmd.Context(), opts, g, args)
		},
	}
	cmd.Flags().StringVar(&opts.kind, "kind", "", "kind of source: "+strings.Join(sources.Kinds, ", "))
	return cmd
}

func runSourcesList(ctx context.Context, opts sourcesListOptions, g *globals, _ []string) error {
	if err := g.requireDataDir(); err != nil {
		return err
	}
	var entries []sources.Entry
	// A data directory without a catalog lists nothing, and gets none.
	if _, err := os.Stat(g.catalogPath()); err == nil {
		cat, err := sources.Open(ctx, g.catalogPath(), g.log)
		if err != nil {
			return err
		}
		defer func() { _ = cat.Close() }() // only read: closing loses nothing
		if entries, err = cat.Entries(ctx); err != nil {
			return err
		}
	}
	if opts.json {
		if entries == nil {
			entries = []sources.Entry{}
		}
		return writeJSON(g.stdout, entries)
	}
	width := termWidth(g.stdout)
	return g.paged(func(w io.Writer) error { return writeSourcesTable(w, entries, width) })
}

// writeSourcesTable writes one row per source; on a terminal the URL is
// cut to fit the width.
func writeSourcesTable(w io.Writer, entries []sources.Entry, width int) error {
	t := table{header: []string{"URL", "HEALTH", "LAST FETCH", "STATUS", "NEXT DUE"}, shrink: []shrinkable{{0, 24, nil}}}
	for _, e := range entries {
		last, status := "-", "-"
		if e.Last != nil {
			last = e.Last.FetchedAt.UTC().Format(time.DateTime)
			status = string(e.Last.Outcome)
			if e.Last.Status != 0 {
				status = fmt.Sprintf("%d %s", e.Last.Status, e.Last.Outcome)
			}
		}
		due := "-"
		if !e.NextDue.IsZero() {
			due = e.NextDue.UTC().Format(time.DateTime)
		}
		t.add(e.URL, e.HealthText(), last, status, due)
	}
	return t.write(w, width)
}

func runSourcesAdd(ctx context.Context, opts sourcesAddOptions, g *globals, args []string) (err error) {
	if err := sources.ValidateKind(opts.kind); err != nil {
		return err
	}
	for _, u := range args {
		if err := citewatch.ValidateURL(strings.TrimSpace(u)); err != nil {
			return fmt.Errorf("sources add: %w", err)
		}
	}
	cat, err := sources.Open(ctx, g.catalogPath(), g.log)
	if err != nil {
		return err
	}
	defer closeJoin(&err, cat)
	for _, u := range args {
		s, err := cat.Add(ctx, u, opts.kind)
		if err != nil {
			return err
		}
		fmt.Fprintln(g.stdout, s.URL)
	}
	return nil
}

func newSourcesRemoveCmd(g *globals) *cobra.Command {
	return &cobra.Command{
		Use:   "remove URL...",
		Short: "Remove sources from the catalog",
		Long: `Remove takes sources out of the catalog, with the record of their fetches,
so that no crawl takes them again. What was archived stays in the WARC files.
A URL is matched exactly as listed by "sources list", even one that does not
parse.`,
		Args: cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			return runSourcesRemove(cmd.Context(), g, args)
		},
	}
}

func runSourcesRemove(ctx context.Context, g *globals, args []string) (err error) {
	cat, err := sources.Open(ctx, g.catalogPath(), g.log)
	if err != nil {
		return err
	}
	defer closeJoin(&err, cat)
	for _, u := range args {
		if err := cat.Remove(ctx, u); err != nil {
			return err
		}
		fmt.Fprintf(g.stdout, "removed %s\n", u)
	}
	return nil
}
