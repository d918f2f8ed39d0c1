package main

import (
	"context"
	"fmt"
	"io"

	"github.com/spf13/cobra"

	"github.com/citewatch/citewatch/index"
)

type treatiesOptions struct {
	json bool
}

func newTreatiesCmd(g *globals) *cobra.Command {
	var o treatiesOptions
	cmd := &cobra.Command{
		Use:   "treaties",
		Short: "List the treaties the index holds facts about, with counts",
		Long: `Treaties lists every treaty the index holds facts about: its id, its title,
how many facts, parties and source sites the index has for it, the most
facts first. The ids and titles are what status, timeline and search
--treaty accept.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			return runTreaties(cmd.Context(), o, g)
		},
	}
	addJSONFlag(cmd, &o.json, "write the list as a JSON array")
	return cmd
}

// treatySummary is one line of `citewatch treaties`.
type treatySummary struct {
	ID      string `json:"id"`
	Title   string `json:"title,omitempty"`
	Facts   int    `json:"facts"`
	Parties int    `json:"parties"`
	Sources int    `json:"sources"` // distinct hosts
}

func runTreaties(ctx context.Context, o treatiesOptions, g *globals) error {
	if err := g.requireDataDir(); err != nil {
		return err
	}
	ix, err := openIndexForReading(g)
	if err != nil {
		return err
	}
	defer func() { _ = ix.Close() }() // opened read-only: closing loses nothing
	list, err := summarizeTreaties(ctx, ix)
	if err != nil {
		return err
	}
	if o.json {
		return writeJSON(g.stdout, list)
	}
	width := termWidth(g.stdout)
	return g.paged(func(w io.Writer) error {
		t := table{header: []string{"TREATY", "FACTS", "PARTIES", "SOURCES", "TITLE"}, shrink: []shrinkable{{4, 16, nil}}}
		for _, s := range list {
			t.add(s.ID, fmt.Sprint(s.Facts), fmt.Sprint(s.Parties), fmt.Sprint(s.Sources), cellOrDash(s.Title))
		}
		if err := t.write(w, width); err != nil {
			return err
		}
		what := "treaties"
		if len(list) == 1 {
			what = "treaty"
		}
		_, err := fmt.Fprintf(w, "%d %s\n", len(list), what)
		return err
	})
}

// summarizeTreaties counts, per treaty in the index, its facts, parties
// and source hosts.
func summarizeTreaties(ctx context.Context, ix *index.Index) ([]treatySummary, error) {
	known, err := knownTreaties(ctx, ix)
	if err != nil {
		return nil, err
	}
	list := make([]treatySummary, 0, len(known))
	for _, b := range known {
		res, err := ix.Search(ctx, index.Request{Treaty: b.Value, Facets: []string{"party", "host"}, FacetSize: 1 << 16, Limit: 1})
		if err != nil {
			return nil, err
		}
		list = append(list, treatySummary{ID: b.Value, Title: treatyTitle(b.Value), Facts: b.Count,
			Parties: len(res.Facets["party"]), Sources: len(res.Facets["host"])})
	}
	return list, nil
}
