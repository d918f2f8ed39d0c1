package index

import (
	"context"
	"fmt"
	"slices"
	"sort"
	"strconv"
	"strings"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/search"
	"github.com/blevesearch/bleve/v2/search/query"
	gojson "github.com/goccy/go-json"

	"github.com/citewatch/citewatch"
)

// pageSize is how many hits one request of a full scan fetches.
const pageSize = 1000

// eachHit calls fn for every entry matching q, with its stored JSON when
// stored is set, sorted by the fields by (then by ID). It pages with
// search-after, so it reads any number of hits in bounded memory, and each
// page costs its own hits.
func eachHit(ctx context.Context, bi bleve.Index, q query.Query, by []string, stored bool, fn func(id, doc string) error) error {
	var after []string
	for {
		if err := ctxErr(ctx); err != nil {
			return err
		}
		req := bleve.NewSearchRequestOptions(q, pageSize, 0, false)
		req.SortBy(append(slices.Clone(by), "_id"))
		req.Score = "none"
		if after != nil {
			req.SetSearchAfter(after)
		}
		res, err := bi.SearchInContext(ctx, req)
		if err != nil {
			return fmt.Errorf("index: search: %w", err)
		}
		docs := make([]string, len(res.Hits))
		if stored {
			if docs, err = storedJSON(bi, res.Hits); err != nil {
				return err
			}
		}
		for i, h := range res.Hits {
			if err := fn(h.ID, docs[i]); err != nil {
				return err
			}
		}
		if len(res.Hits) < pageSize {
			return nil
		}
		after = res.Hits[len(res.Hits)-1].Sort
	}
}

func term(field, value string) *query.TermQuery {
	q := bleve.NewTermQuery(value)
	q.SetField(field)
	return q
}

// anyTerm matches entries whose field holds any of values.
func anyTerm(field string, values []string) query.Query {
	qs := make([]query.Query, len(values))
	for i, v := range values {
		qs[i] = term(field, v)
	}
	return bleve.NewDisjunctionQuery(qs...)
}

func decodeFact(doc string) (storedFact, error) {
	var sf storedFact
	if err := gojson.Unmarshal([]byte(doc), &sf); err != nil {
		return sf, fmt.Errorf("index: stored fact: %w", err)
	}
	return sf, nil
}

// Facts returns the facts matching q, exactly as they were Put, ordered by
// date then ID; all of them when q.Limit is 0. It is safe for concurrent use.
func (ix *Index) Facts(ctx context.Context, q citewatch.FactQuery) ([]citewatch.Fact, error) {
	conj := []query.Query{term(fieldType, typeFact)}
	if q.Treaty != "" {
		conj = append(conj, term(fieldTreaty, q.Treaty))
	}
	if q.Event != "" {
		conj = append(conj, term(fieldEvent, string(q.Event)))
	}
	if q.Party != "" {
		conj = append(conj, term(fieldParty, q.Party))
	}
	if len(q.URLs) > 0 {
		conj = append(conj, anyTerm(fieldURL, q.URLs))
	}
	if q.Limit > 0 {
		out, err := ix.firstFacts(ctx, bleve.NewConjunctionQuery(conj...), q.Limit)
		if err != nil {
			return nil, err
		}
		sort.SliceStable(out, func(i, j int) bool {
			a, b := out[i].Date, out[j].Date
			if !a.Time().Equal(b.Time()) {
				return a.Time().Before(b.Time())
			}
			return out[i].ID < out[j].ID
		})
		return out[:min(len(out), q.Limit)], nil
	}
	bi, err := ix.acquire(false)
	if err != nil {
		return nil, err
	}
	defer ix.release()
	return sortedFacts(ctx, bi, bleve.NewConjunctionQuery(conj...))
}

// sortedFacts returns every fact matching q, in the order Facts gives
// them.
func sortedFacts(ctx context.Context, bi bleve.Index, q query.Query) ([]citewatch.Fact, error) {
	all, err := readFacts(ctx, bi, q)
	if err != nil {
		return nil, err
	}
	return ordered(all), nil
}

// readFacts returns every fact matching q, each with its entry ID, in the
// index's own order.
func readFacts(ctx context.Context, bi bleve.Index, q query.Query) ([]cellFact, error) {
	var all []cellFact
	err := scan(ctx, bi, q, func(id, doc string) error {
		sf, err := decodeFact(doc)
		if err != nil {
			return err
		}
		all = append(all, cellFact{fact: sf.Fact, at: sf.Fact.Date.Time(), entry: id})
		return nil
	})
	return all, err
}

// ordered returns the facts of fs in the order Facts gives them.
func ordered(fs []cellFact) []citewatch.Fact {
	out := make([]citewatch.Fact, len(fs))
	for k, i := range factOrder(fs) {
		out[k] = fs[i].fact
	}
	return out
}

// firstFacts returns the first limit facts matching q by date (undated
// first, as Date.Time orders them) then ID, sorted by the index: a
// limited query reads limit stored facts, however many match. The date
// field holds ISO dates at their precision, whose text order is their
// order in time except among dates that start on the same day ("2024",
// "2024-01", "2024-01-01"), which Facts orders by ID afterwards.
func (ix *Index) firstFacts(ctx context.Context, q query.Query, limit int) ([]citewatch.Fact, error) {
	bi, err := ix.acquire(false)
	if err != nil {
		return nil, err
	}
	defer ix.release()
	req := bleve.NewSearchRequestOptions(q, limit, 0, false)
	req.SortByCustom(search.SortOrder{
		&search.SortField{Field: fieldDate, Type: search.SortFieldAsString, Missing: search.SortFieldMissingFirst},
		&search.SortDocID{},
	})
	req.Score = "none"
	res, err := bi.SearchInContext(ctx, req)
	if err != nil {
		return nil, fmt.Errorf("index: search: %w", err)
	}
	docs, err := storedJSON(bi, res.Hits)
	if err != nil {
		return nil, err
	}
	out := make([]citewatch.Fact, 0, len(res.Hits))
	for _, doc := range docs {
		sf, err := decodeFact(doc)
		if err != nil {
			return nil, err
		}
		out = append(out, sf.Fact)
	}
	return out, nil
}

// scanFacts calls fn with every stored fact matching q.
func (ix *Index) scanFacts(ctx context.Context, q query.Query, fn func(storedFact) error) error {
	bi, err := ix.acquire(false)
	if err != nil {
		return err
	}
	defer ix.release()
	return eachHit(ctx, bi, q, nil, true, func(_, doc string) error {
		sf, err := decodeFact(doc)
		if err != nil {
			return err
		}
		return fn(sf)
	})
}

// DefaultPassageLimit is how many passages a relevance query returns when
// PassageQuery.Limit is 0.
const DefaultPassageLimit = 20

// CountPassages returns how many passages of q.URLs (of kind q.Kind, when
// set) the index holds, without reading them: what Passages with empty
// q.Text would list with no limit. It is safe for concurrent use.
func (ix *Index) CountPassages(ctx context.Context, q citewatch.PassageQuery) (int, error) {
	if len(q.URLs) == 0 || q.Text != "" {
		return 0, fmt.Errorf("%w: index: a passage count takes URLs and no text", citewatch.ErrInvalid)
	}
	conj := []query.Query{term(fieldType, typePassage), anyTerm(fieldSource, q.URLs)}
	if q.Kind != "" {
		conj = append(conj, term(fieldPKind, q.Kind))
	}
	bi, err := ix.acquire(false)
	if err != nil {
		return 0, err
	}
	defer ix.release()
	req := bleve.NewSearchRequestOptions(bleve.NewConjunctionQuery(conj...), 0, 0, false)
	req.Score = "none"
	res, err := bi.SearchInContext(ctx, req)
	if err != nil {
		return 0, fmt.Errorf("index: passages: %w", err)
	}
	return int(res.Total), nil
}

// Passages answers evidence searches. With q.Text it returns the passages
// that best match the text (BM25 over English and, for French pages,
// French analysis), best first, at most q.Limit (DefaultPassageLimit when
// 0). With empty q.Text it returns every passage of q.URLs in page order,
// at most q.Limit when set; q.URLs is then required. It is safe for
// concurrent use.
func (ix *Index) Passages(ctx context.Context, q citewatch.PassageQuery) ([]citewatch.Passage, error) {
	conj := []query.Query{term(fieldType, typePassage)}
	if len(q.URLs) > 0 {
		conj = append(conj, anyTerm(fieldSource, q.URLs))
	}
	if q.Kind != "" {
		conj = append(conj, term(fieldPKind, q.Kind))
	}
	bi, err := ix.acquire(false)
	if err != nil {
		return nil, err
	}
	defer ix.release()

	var out []citewatch.Passage
	collect := func(score float64, doc string) error {
		var p citewatch.Passage
		if err := gojson.Unmarshal([]byte(doc), &p); err != nil {
			return fmt.Errorf("index: stored passage: %w", err)
		}
		p.Score = score
		out = append(out, p)
		return nil
	}
	if q.Text == "" {
		if len(q.URLs) == 0 {
			return nil, fmt.Errorf("%w: index: a passage query needs text or URLs", citewatch.ErrInvalid)
		}
		// Page order: by source, then place in the page, which the
		// entry's ID ends with (sorted here rather than by the index,
		// which would read each hit's place from its column).
		var ords []int
		var ids []string
		err := scan(ctx, bi, bleve.NewConjunctionQuery(conj...), func(id, doc string) error {
			ords = append(ords, passageOrd(id))
			ids = append(ids, id)
			return collect(0, doc)
		})
		if err != nil {
			return nil, fmt.Errorf("index: passages: %w", err)
		}
		at := make([]int, len(out))
		for i := range at {
			at[i] = i
		}
		rank := make([]int, len(out))
		for i, p := range out {
			rank[i] = urlRank(q.URLs, p.URL)
		}
		sort.Slice(at, func(a, b int) bool {
			i, j := at[a], at[b]
			if rank[i] != rank[j] {
				return rank[i] < rank[j]
			}
			if ords[i] != ords[j] {
				return ords[i] < ords[j]
			}
			return ids[i] < ids[j]
		})
		sorted := make([]citewatch.Passage, len(out))
		for k, i := range at {
			sorted[k] = out[i]
		}
		out = sorted
		if q.Limit > 0 && len(out) > q.Limit {
			out = out[:q.Limit]
		}
		return out, nil
	}
	en := bleve.NewMatchQuery(q.Text)
	en.SetField(fieldText)
	fr := bleve.NewMatchQuery(q.Text)
	fr.SetField(fieldTextFr)
	conj = append(conj, bleve.NewDisjunctionQuery(en, fr))
	limit := q.Limit
	if limit <= 0 {
		limit = DefaultPassageLimit
	}
	req := bleve.NewSearchRequestOptions(bleve.NewConjunctionQuery(conj...), limit, 0, false)
	res, err := bi.SearchInContext(ctx, req)
	if err != nil {
		return nil, fmt.Errorf("index: passages: %w", err)
	}
	docs, err := storedJSON(bi, res.Hits)
	if err != nil {
		return nil, err
	}
	for i, h := range res.Hits {
		if err := collect(h.Score, docs[i]); err != nil {
			return nil, err
		}
	}
	return out, nil
}

// passageOrd is the place in its page of the passage with entry ID id
// (passageID).
func passageOrd(id string) int {
	n, _ := strconv.Atoi(id[strings.LastIndexByte(id, '#')+1:])
	return n
}

func urlRank(urls []string, u string) int {
	for i, x := range urls {
		if x == u {
			return i
		}
	}
	return len(urls)
}
