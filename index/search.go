package index

import (
	"context"
	"fmt"
	"slices"
	"sort"
	"strings"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/search"
	"github.com/blevesearch/bleve/v2/search/query"

	"github.com/citewatch/citewatch"
)

// Request is a search over facts.
type Request struct {
	// Query is in Bleve's query-string syntax: words match the quote
	// (English analysis; quote_fr:mot for French analysis of French
	// pages), field:value matches a keyword field (treaty, event, party,
	// kind, publisher, language, year, host, url, date), +/- require or
	// exclude. Empty matches every fact.
	Query string
	// Filters; empty matches anything. Source matches the page's URL or
	// its host.
	Treaty, Party, Kind, Source string
	Event                       citewatch.Event
	// Since and Until bound the fact's date, inclusive, compared as ISO
	// strings: a fact dated only "2024-09" sorts before "2024-09-01".
	Since, Until citewatch.Date
	// Facets names fields to count values of (see FacetFields), at most
	// FacetSize values each.
	Facets    []string
	FacetSize int
	// DateRanges asks for a count of matching facts per date range.
	DateRanges []DateRange
	// Sort is "relevance" (the default, best first), "date" (oldest first)
	// or "-date" (newest first).
	Sort          string
	Limit, Offset int // Limit 0 means 10
}

// DateRange is a named range of dates, inclusive; a zero bound is open.
type DateRange struct {
	Name       string         `json:"name"`
	Start, End citewatch.Date `json:"-"`
}

// Result is one page of search hits with the facet counts of all matches.
type Result struct {
	Total      uint64              `json:"total"`
	Hits       []Hit               `json:"hits"`
	Facets     map[string][]Bucket `json:"facets,omitempty"`
	DateRanges []Bucket            `json:"date_ranges,omitempty"`
}

// Bucket is one facet value and how many matching facts have it.
type Bucket struct {
	Value string `json:"value"`
	Count int    `json:"count"`
}

// Hit is one matching fact with the page it came from and where the query
// matched its quote.
type Hit struct {
	Fact     citewatch.Fact   `json:"fact"`
	Source   string           `json:"source"`
	Kind     string           `json:"kind,omitempty"`
	Language string           `json:"language,omitempty"`
	Score    float64          `json:"score,omitempty"`
	Matches  []citewatch.Span `json:"matches,omitempty"` // into Fact.Citation.Quote, sorted, not overlapping
}

// Highlight returns the hit's quote with each match wrapped in open and close.
func (h Hit) Highlight(open, close string) string {
	q := h.Fact.Citation.Quote
	var b strings.Builder
	at := 0
	for _, m := range h.Matches {
		if m.Start < at || m.End > len(q) {
			continue
		}
		b.WriteString(q[at:m.Start])
		b.WriteString(open)
		b.WriteString(q[m.Start:m.End])
		b.WriteString(close)
		at = m.End
	}
	b.WriteString(q[at:])
	return b.String()
}

// Search runs req over the facts. It returns an error wrapping
// citewatch.ErrInvalid for a query that does not parse or an unknown facet
// or sort. It is safe for concurrent use.
func (ix *Index) Search(ctx context.Context, req Request) (*Result, error) {
	sreq, err := searchRequest(req)
	if err != nil {
		return nil, err
	}
	bi, err := ix.acquire(false)
	if err != nil {
		return nil, err
	}
	defer ix.release()
	res, err := bi.SearchInContext(ctx, sreq)
	if err != nil {
		return nil, fmt.Errorf("%w: index: search: %v", citewatch.ErrInvalid, err)
	}
	var locs map[string]search.FieldTermLocationMap
	if strings.TrimSpace(req.Query) != "" {
		if locs, err = locations(ctx, bi, sreq.Query, res.Hits); err != nil {
			return nil, err
		}
	}
	docs, err := storedJSON(bi, res.Hits)
	if err != nil {
		return nil, err
	}
	return result(req, res, docs, locs)
}

// locations finds where the query matched the quotes of hits. Asking for
// locations in the main search would gather them for every match; this
// second search gathers them for the page of hits only.
func locations(ctx context.Context, bi bleve.Index, q query.Query, hits search.DocumentMatchCollection) (map[string]search.FieldTermLocationMap, error) {
	if len(hits) == 0 {
		return nil, nil
	}
	ids := make([]string, len(hits))
	for i, h := range hits {
		ids[i] = h.ID
	}
	req := bleve.NewSearchRequestOptions(bleve.NewConjunctionQuery(bleve.NewDocIDQuery(ids), q), len(ids), 0, false)
	req.IncludeLocations = true
	res, err := bi.SearchInContext(ctx, req)
	if err != nil {
		return nil, fmt.Errorf("index: search: %w", err)
	}
	out := make(map[string]search.FieldTermLocationMap, len(res.Hits))
	for _, h := range res.Hits {
		out[h.ID] = h.Locations
	}
	return out, nil
}

// searchRequest translates req into Bleve's terms.
func searchRequest(req Request) (*bleve.SearchRequest, error) {
	conj := []query.Query{term(fieldType, typeFact)}
	text := strings.TrimSpace(req.Query)
	if text != "" {
		qs := bleve.NewQueryStringQuery(text)
		if _, err := qs.Parse(); err != nil {
			return nil, fmt.Errorf("%w: index: query %q: %v", citewatch.ErrInvalid, text, err)
		}
		conj = append(conj, qs)
	}
	for _, f := range []struct{ field, value string }{
		{fieldTreaty, req.Treaty}, {fieldParty, req.Party}, {fieldEvent, string(req.Event)}, {fieldKind, req.Kind},
	} {
		if f.value != "" {
			conj = append(conj, term(f.field, f.value))
		}
	}
	if req.Source != "" {
		conj = append(conj, bleve.NewDisjunctionQuery(term(fieldURL, req.Source), term(fieldHost, req.Source)))
	}
	if !req.Since.IsZero() || !req.Until.IsZero() {
		t := true
		r := bleve.NewTermRangeInclusiveQuery(req.Since.String(), "", &t, &t)
		if !req.Until.IsZero() {
			// Every date at a coarser precision within Until sorts below
			// Until's string plus a high character.
			r = bleve.NewTermRangeInclusiveQuery(req.Since.String(), req.Until.String()+"\uffff", &t, &t)
		}
		r.SetField(fieldDate)
		conj = append(conj, r)
	}
	limit := req.Limit
	if limit <= 0 {
		limit = 10
	}
	if req.Offset < 0 {
		return nil, fmt.Errorf("%w: index: negative offset", citewatch.ErrInvalid)
	}
	sreq := bleve.NewSearchRequestOptions(bleve.NewConjunctionQuery(conj...), limit, req.Offset, false)
	switch req.Sort {
	case "", "relevance":
	case "date":
		sreq.SortBy([]string{fieldDate})
	case "-date":
		sreq.SortBy([]string{"-" + fieldDate})
	default:
		return nil, fmt.Errorf("%w: index: sort %q: want relevance, date or -date", citewatch.ErrInvalid, req.Sort)
	}
	if text == "" || req.Sort == "date" || req.Sort == "-date" {
		sreq.Score = "none"
	}
	size := req.FacetSize
	if size <= 0 {
		size = 10
	}
	joined := false
	for _, f := range req.Facets {
		switch {
		case !slices.Contains(FacetFields, f):
			return nil, fmt.Errorf("%w: index: facet %q: want one of %s", citewatch.ErrInvalid, f, strings.Join(FacetFields, ", "))
		case slices.Contains(facetKeyFields, f):
			joined = true
		default:
			sreq.AddFacet(f, bleve.NewFacetRequest(f, size))
		}
	}
	if joined {
		// Every combination, split and summed per field in result.
		sreq.AddFacet(facetKeyFacet, bleve.NewFacetRequest(fieldFacetKey, 1<<30))
	}
	if len(req.DateRanges) > 0 {
		// Counted from the distinct dates of the matches, which are few,
		// rather than from a date-time field every fact would pay for.
		sreq.AddFacet(dateFacet, bleve.NewFacetRequest(fieldDate, 1<<20))
	}
	return sreq, nil
}

// Names of the facets Search asks Bleve for beyond the requested ones.
const (
	dateFacet     = "_dates"
	facetKeyFacet = "_pey"
)

// result translates Bleve's answer into ours.
func result(req Request, res *bleve.SearchResult, docs []string, locs map[string]search.FieldTermLocationMap) (*Result, error) {
	out := &Result{Total: res.Total, Hits: make([]Hit, 0, len(res.Hits))}
	for i, h := range res.Hits {
		sf, err := decodeFact(docs[i])
		if err != nil {
			return nil, err
		}
		out.Hits = append(out.Hits, Hit{
			Fact: sf.Fact, Source: sf.Source, Kind: sf.Kind, Language: sf.Language,
			Score: h.Score, Matches: matches(locs[h.ID], len(sf.Fact.Citation.Quote)),
		})
	}
	for name, fr := range res.Facets {
		if out.Facets == nil {
			out.Facets = map[string][]Bucket{}
		}
		switch name {
		case dateFacet:
			out.DateRanges = dateBuckets(req.DateRanges, fr)
			continue
		case facetKeyFacet:
			splitFacetKeys(req, fr, out.Facets)
			continue
		}
		var bs []Bucket
		if fr.Terms != nil {
			for _, t := range fr.Terms.Terms() {
				bs = append(bs, Bucket{Value: t.Term, Count: t.Count})
			}
		}
		out.Facets[name] = bs
	}
	return out, nil
}

// splitFacetKeys sums the counts of party|event|year combinations into
// the requested party, event and year facets, the most frequent values
// first, at most req.FacetSize (10) each. Missing values are not counted.
func splitFacetKeys(req Request, fr *search.FacetResult, out map[string][]Bucket) {
	if fr.Terms == nil {
		return
	}
	counts := make([]map[string]int, len(facetKeyFields))
	for i := range counts {
		counts[i] = map[string]int{}
	}
	for _, t := range fr.Terms.Terms() {
		for i, v := range strings.SplitN(t.Term, facetKeySep, len(facetKeyFields)) {
			if v != "" {
				counts[i][v] += t.Count
			}
		}
	}
	size := req.FacetSize
	if size <= 0 {
		size = 10
	}
	for i, field := range facetKeyFields {
		if !slices.Contains(req.Facets, field) {
			continue
		}
		bs := make([]Bucket, 0, len(counts[i]))
		for v, n := range counts[i] {
			bs = append(bs, Bucket{Value: v, Count: n})
		}
		sort.Slice(bs, func(a, b int) bool {
			if bs[a].Count != bs[b].Count {
				return bs[a].Count > bs[b].Count
			}
			return bs[a].Value < bs[b].Value
		})
		out[field] = bs[:min(len(bs), size)]
	}
}

// matches merges the quote locations of a hit into sorted, disjoint spans.
func matches(locs search.FieldTermLocationMap, n int) []citewatch.Span {
	var spans []citewatch.Span
	for _, field := range []string{fieldQuote, fieldQuoteFr} {
		for _, ls := range locs[field] {
			for _, l := range ls {
				if int(l.End) <= n && l.Start < l.End {
					spans = append(spans, citewatch.Span{Start: int(l.Start), End: int(l.End)})
				}
			}
		}
	}
	sort.Slice(spans, func(i, j int) bool { return spans[i].Start < spans[j].Start })
	var out []citewatch.Span
	for _, s := range spans {
		if len(out) > 0 && s.Start <= out[len(out)-1].End {
			out[len(out)-1].End = max(out[len(out)-1].End, s.End)
			continue
		}
		out = append(out, s)
	}
	return out
}

// dateBuckets sums the per-date counts into the requested ranges.
func dateBuckets(ranges []DateRange, fr *search.FacetResult) []Bucket {
	out := make([]Bucket, len(ranges))
	for i, r := range ranges {
		out[i].Value = r.Name
		if fr.Terms == nil {
			continue
		}
		for _, t := range fr.Terms.Terms() {
			if (r.Start.IsZero() || t.Term >= r.Start.String()) && (r.End.IsZero() || t.Term <= r.End.String()+"\uffff") {
				out[i].Count += t.Count
			}
		}
	}
	return out
}
