package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"strings"
	"text/tabwriter"

	"github.com/spf13/cobra"

	"github.com/citewatch/citewatch"
	"github.com/citewatch/citewatch/index"
)

// searchOptions are the flags of `citewatch search`.
type searchOptions struct {
	treaty, party, event, kind, source string
	since, until                       string
	facets                             []string
	dateRanges                         []string
	sort                               string
	limit, offset                      int
	json, jsonl                        bool
}

func newSearchCmd(g *globals) *cobra.Command {
	var o searchOptions
	cmd := &cobra.Command{
		Use:   "search [QUERY...]",
		Short: "Search the indexed facts, with facets and highlighted quotes",
		Long: `Search finds facts whose quotes match QUERY, in Bleve's query-string syntax:
words match the quote, "phrases" match in order, +word requires and -word
excludes, field:value matches a field (treaty, event, party, kind, publisher,
language, year, host, url, date; quote_fr:mot for French analysis of French
pages). With no QUERY every fact matches the filters.

Facets count the values of all matches (--facet party,event,kind,year);
--date-range START..END counts matches dated in a range (repeatable, either
side may be empty). Results go to stdout as a table, or with --json as one
JSON object and with --jsonl as one hit per line.`,
		Example: `  citewatch search signed --treaty CETS-225 --facet party,year
  citewatch search 'ratif*' --party JPN --sort date --json
  citewatch search --event signed --since 2025-01-01 --date-range 2025-01..2025-06`,
		RunE: func(cmd *cobra.Command, args []string) error {
			return runSearch(cmd.Context(), o, g, args)
		},
	}
	f := cmd.Flags()
	f.StringVar(&o.treaty, "treaty", "", "only facts about this treaty (e.g. CETS-225)")
	f.StringVar(&o.party, "party", "", "only facts about this party (ISO 3166-1 alpha-3, EUE for the EU)")
	f.StringVar(&o.event, "event", "", "only facts of this event (signed, ratified, entered-into-force, ...)")
	f.StringVar(&o.kind, "kind", "", "only facts from sources of this kind (government, news, ...)")
	f.StringVar(&o.source, "source", "", "only facts from this page URL or host")
	f.StringVar(&o.since, "since", "", "only facts dated on or after this date (YYYY-MM-DD, YYYY-MM or YYYY)")
	f.StringVar(&o.until, "until", "", "only facts dated on or before this date")
	f.StringSliceVar(&o.facets, "facet", nil, "count values of these fields: "+strings.Join(index.FacetFields, ", "))
	f.StringArrayVar(&o.dateRanges, "date-range", nil, "count matches dated START..END (repeatable)")
	f.StringVar(&o.sort, "sort", "relevance", "order: relevance, date (oldest first) or -date (newest first)")
	f.IntVar(&o.limit, "limit", 10, "hits to show")
	f.IntVar(&o.offset, "offset", 0, "hits to skip")
	f.BoolVar(&o.json, "json", false, "write the result as one JSON object")
	f.BoolVar(&o.jsonl, "jsonl", false, "write one JSON hit per line")
	return cmd
}

func runSearch(ctx context.Context, o searchOptions, g *globals, args []string) error {
	req, err := o.request(args)
	if err != nil {
		return err
	}
	if o.json && o.jsonl {
		return fmt.Errorf("%w: search: --json and --jsonl are exclusive", citewatch.ErrInvalid)
	}
	ix, err := openIndexForReading(g)
	if err != nil {
		return err
	}
	defer ix.Close()
	res, err := ix.Search(ctx, req)
	if err != nil {
		return err
	}
	switch {
	case o.json:
		return writeIndexJSON(g.stdout, res)
	case o.jsonl:
		enc := json.NewEncoder(g.stdout)
		for _, h := range res.Hits {
			if err := enc.Encode(h); err != nil {
				return err
			}
		}
		return nil
	}
	terminal := isTerminal(g.stdout)
	g.allowColor(terminal)
	return writeSearchTable(g.stdout, res, o.offset, terminal)
}

// request turns the flags and query words into an index.Request.
func (o searchOptions) request(args []string) (index.Request, error) {
	req := index.Request{
		Query: strings.Join(args, " "), Treaty: o.treaty, Party: strings.ToUpper(o.party), Kind: o.kind, Source: o.source,
		Event: citewatch.Event(o.event), Facets: o.facets, Sort: o.sort, Limit: o.limit, Offset: o.offset,
	}
	if o.event != "" && !req.Event.Valid() {
		return req, fmt.Errorf("%w: search: --event %q: unknown event", citewatch.ErrInvalid, o.event)
	}
	if o.limit < 1 || o.offset < 0 {
		return req, fmt.Errorf("%w: search: --limit must be positive and --offset not negative", citewatch.ErrInvalid)
	}
	var err error
	if req.Since, err = index.ParseDate(o.since); err != nil {
		return req, fmt.Errorf("search: --since: %w", err)
	}
	if req.Until, err = index.ParseDate(o.until); err != nil {
		return req, fmt.Errorf("search: --until: %w", err)
	}
	for _, r := range o.dateRanges {
		start, end, ok := strings.Cut(r, "..")
		if !ok {
			return req, fmt.Errorf("%w: search: --date-range %q: want START..END", citewatch.ErrInvalid, r)
		}
		dr := index.DateRange{Name: r}
		if dr.Start, err = index.ParseDate(start); err != nil {
			return req, fmt.Errorf("search: --date-range: %w", err)
		}
		if dr.End, err = index.ParseDate(end); err != nil {
			return req, fmt.Errorf("search: --date-range: %w", err)
		}
		req.DateRanges = append(req.DateRanges, dr)
	}
	return req, nil
}

// openIndexForReading opens the data directory's index read-only, for the
// commands that only query it.
func openIndexForReading(g *globals) (*index.Index, error) {
	return index.Open(g.indexPath(), index.Options{ReadOnly: true}, g.log)
}

func writeIndexJSON(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(v)
}

// writeSearchTable writes hits as a table, quotes highlighted (bold on a
// terminal, in brackets otherwise), then the facet counts.
func writeSearchTable(w io.Writer, res *index.Result, offset int, terminal bool) error {
	open, close := "[", "]"
	if terminal {
		open, close = "\x1b[1m", "\x1b[0m"
	}
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
	fmt.Fprintf(tw, "#\tDATE\tTREATY\tEVENT\tPARTY\tSOURCE\tQUOTE\n")
	for i, h := range res.Hits {
		f := h.Fact
		fmt.Fprintf(tw, "%d\t%s\t%s\t%s\t%s\t%s\t%s\n", offset+i+1, cellOrDash(f.Date.String()), f.Treaty, f.Event, cellOrDash(f.Party),
			citedHost(f.Citation.URL), quoteLine(h.Highlight(open, close)))
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	fmt.Fprintf(w, "%d of %d facts\n", len(res.Hits), res.Total)
	for _, name := range sortedFacetNames(res.Facets) {
		var parts []string
		for _, b := range res.Facets[name] {
			parts = append(parts, fmt.Sprintf("%s %d", b.Value, b.Count))
		}
		fmt.Fprintf(w, "%s: %s\n", name, strings.Join(parts, ", "))
	}
	for _, b := range res.DateRanges {
		fmt.Fprintf(w, "dated %s: %d\n", b.Value, b.Count)
	}
	return nil
}
