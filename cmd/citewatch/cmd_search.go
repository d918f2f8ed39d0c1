package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"strings"

	"github.com/spf13/cobra"

	"github.com/citewatch/citewatch"
	"github.com/citewatch/citewatch/index"
	"github.com/citewatch/citewatch/sources"
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
  citewatch search --party Japan --treaty "AI Convention"
  citewatch search --event signed --since 2025-01 --date-range 2025-01..2025-06`,
		RunE: func(cmd *cobra.Command, args []string) error {
			return runSearch(cmd.Context(), o, g, args)
		},
	}
	f := cmd.Flags()
	f.StringVar(&o.treaty, "treaty", "", "only facts about this treaty: id (CETS-225) or name (\"AI Convention\")")
	f.StringVar(&o.party, "party", "", "only facts about this party: name (Japan) or ISO 3166-1 alpha-3 code (JPN; EUE for the EU)")
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
	addJSONFlag(cmd, &o.json, "write the result as one JSON object")
	addJSONLFlag(cmd, &o.jsonl, "write one JSON hit per line")
	// Their only errors are a flag not defined or completed twice.
	_ = cmd.RegisterFlagCompletionFunc("treaty", completeTreatyFlag(g))
	_ = cmd.RegisterFlagCompletionFunc("party", completeParties(g))
	events := make([]string, len(citewatch.Events))
	for i, e := range citewatch.Events {
		events[i] = string(e)
	}
	completeWords(cmd, "event", events...)
	completeWords(cmd, "kind", sources.Kinds...)
	completeWords(cmd, "facet", index.FacetFields...)
	completeWords(cmd, "sort", "relevance", "date", "-date")
	cmd.ValidArgsFunction = cobra.NoFileCompletions
	return cmd
}

func runSearch(ctx context.Context, o searchOptions, g *globals, args []string) error {
	req, err := o.request(args)
	if err != nil {
		return err
	}
	if err := g.requireDataDir(); err != nil {
		return err
	}
	ix, err := openIndexForReading(g)
	if err != nil {
		return err
	}
	defer func() { _ = ix.Close() }() // opened read-only: closing loses nothing
	// Treaties and parties may be given by name ("AI Convention", "Japan").
	if req.Treaty != "" {
		if req.Treaty, err = resolveTreaty(ctx, ix, req.Treaty); err != nil {
			return fmt.Errorf("search: --treaty: %w", err)
		}
	}
	if req.Party != "" {
		if req.Party, err = resolveParty(ctx, ix, req.Party); err != nil {
			return fmt.Errorf("search: --party: %w", err)
		}
	}
	res, err := ix.Search(ctx, req)
	if err != nil {
		return err
	}
	switch {
	case o.json:
		return writeJSON(g.stdout, res)
	case o.jsonl:
		enc := json.NewEncoder(g.stdout)
		for _, h := range res.Hits {
			if err := enc.Encode(h); err != nil {
				return err
			}
		}
		return nil
	}
	bold, width := useColor(g.stdout), termWidth(g.stdout)
	g.allowColor(bold)
	return g.paged(func(w io.Writer) error { return writeSearchTable(w, res, o.offset, bold, width) })
}

// request turns the flags and query words into an index.Request.
func (o searchOptions) request(args []string) (index.Request, error) {
	req := index.Request{
		Query: strings.Join(args, " "), Treaty: o.treaty, Party: o.party, Kind: o.kind, Source: o.source,
		Event: citewatch.Event(o.event), Facets: o.facets, Sort: o.sort, Limit: o.limit, Offset: o.offset,
	}
	if o.event != "" && !req.Event.Valid() {
		return req, fmt.Errorf("%w: search: --event %q: unknown event", citewatch.ErrInvalid, o.event)
	}
	if o.limit < 1 || o.offset < 0 {
		return req, fmt.Errorf("%w: search: --limit must be positive and --offset not negative", citewatch.ErrInvalid)
	}
	var err error
	if req.Since, err = citewatch.ParseDate(o.since); err != nil {
		return req, fmt.Errorf("search: --since: %w", err)
	}
	if req.Until, err = citewatch.ParseDate(o.until); err != nil {
		return req, fmt.Errorf("search: --until: %w", err)
	}
	for _, r := range o.dateRanges {
		start, end, ok := strings.Cut(r, "..")
		if !ok {
			return req, fmt.Errorf("%w: search: --date-range %q: want START..END", citewatch.ErrInvalid, r)
		}
		dr := index.DateRange{Name: r}
		if dr.Start, err = citewatch.ParseDate(start); err != nil {
			return req, fmt.Errorf("search: --date-range: %w", err)
		}
		if dr.End, err = citewatch.ParseDate(end); err != nil {
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

// writeSearchTable writes hits as a table, quotes highlighted (bold with
// colour, in brackets otherwise) and cut to width (0: no limit), then the
// facet counts.
func writeSearchTable(w io.Writer, res *index.Result, offset int, bold bool, width int) error {
	open, close := "[", "]"
	if bold {
		open, close = "\x1b[1m", "\x1b[0m"
	}
	t := table{header: []string{"#", "DATE", "TREATY", "EVENT", "PARTY", "SOURCE", "QUOTE"}, shrink: []shrinkable{{5, 12, nil}, {4, 9, partyCode}, {3, 10, nil}, {6, 16, nil}}}
	for i, h := range res.Hits {
		f := h.Fact
		t.add(fmt.Sprint(offset+i+1), cellOrDash(f.Date.String()), f.Treaty, string(f.Event), cellOrDash(partyLabel(f.Party)),
			citedHost(f.Citation.URL), quoteLine(h.Highlight(markOpen, markClose)))
	}
	var b strings.Builder
	if err := t.write(&b, width); err != nil {
		return err
	}
	if _, err := io.WriteString(w, marksTo(b.String(), open, close)); err != nil {
		return err
	}
	fmt.Fprintf(w, "%d of %d facts\n", len(res.Hits), res.Total)
	for _, name := range sortedFacetNames(res.Facets) {
		var parts []string
		for _, b := range res.Facets[name] {
			v := b.Value
			if name == "party" {
				v = partyLabel(v)
			}
			parts = append(parts, fmt.Sprintf("%s %d", v, b.Count))
		}
		fmt.Fprintf(w, "%s: %s\n", name, strings.Join(parts, ", "))
	}
	for _, b := range res.DateRanges {
		fmt.Fprintf(w, "dated %s: %d\n", b.Value, b.Count)
	}
	return nil
}
