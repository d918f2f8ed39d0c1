package index

import (
	"bytes"
	"context"
	"encoding/gob"
	"errors"
	"fmt"
	"slices"
	"sort"
	"strings"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/search"
	"github.com/blevesearch/bleve/v2/search/query"
	bindex "github.com/blevesearch/bleve_index_api"

	"github.com/citewatch/citewatch"
)

// Status summaries. A status table as of everything indexed is read from
// a summary of its treaty written when facts are indexed: the table
// itself, each cell as the table shows it (at most MaxCellValues values
// of MaxValueCitations citations, with what is left out counted), so a
// table costs one entry, however many facts its cells leave out. The
// summary is encoded with encoding/gob, which reads a table of a few
// hundred citations several times faster than JSON.
//
// A Put recomputes, from the facts in the index once its own are written,
// the parts of each summary its facts and the facts it replaces belong to
// (a treaty's own cells, a party's row), before it writes the page entry
// (so a Put cut off before its summaries are written is done again); a
// rebuild makes every summary while its facts go by and writes them at
// the end (bulksummary.go). An index is marked with
// summaryVersion when it is created: an index without the mark (written
// before summaries, or under other bounds) builds its tables from the
// facts until it is rebuilt.

const (
	typeSummary  = "summary"
	fieldSummary = "sum" // a summary's table, gob-encoded
	// summaryKey is the internal key marking an index whose summaries
	// are complete; its value is the summaryVersion they were made under.
	summaryKey = "status_summaries"
)

// summaryVersion names how summaries are made: tables of cells settled
// under these bounds. Raise its first number when statusTable changes
// what a table shows, so that indexes summarised before build their
// tables from the facts until rebuilt.
var summaryVersion = fmt.Sprintf("1 values %d citations %d", MaxCellValues, MaxValueCitations)

func summaryID(treaty string) string { return "s:" + treaty }

// part names a part of a treaty's summary: its own cells (party "") or a
// party's row.
type part struct{ treaty, party string }

// parts is a set of parts to recompute.
type parts map[part]bool

// addFact adds the parts a fact about treaty and party belongs to: the
// treaty's own (which says the treaty has facts at all) and the party's
// row.
func (ps parts) addFact(treaty, party string) {
	ps[part{treaty, ""}] = true
	if party != "" {
		ps[part{treaty, party}] = true
	}
}

// treatyEvents are the events whose facts may fill a treaty's own cells.
var treatyEvents = []citewatch.Event{citewatch.EventAdopted, citewatch.EventOpened, citewatch.EventEnteredIntoForce,
	citewatch.EventSignatoryCount, citewatch.EventPartyCount}

// hasSummaries reports whether the index's summaries are complete and made
// as this code makes them.
func hasSummaries(bi bleve.Index) bool {
	v, err := bi.GetInternal([]byte(summaryKey))
	return err == nil && string(v) == summaryVersion
}

// markSummaries marks a new, empty index as one whose summaries are kept.
func markSummaries(bi bleve.Index) error {
	if err := bi.SetInternal([]byte(summaryKey), []byte(summaryVersion)); err != nil {
		return fmt.Errorf("index: %w", err)
	}
	return nil
}

// partsOfSource adds to ps the parts of the facts indexed from the page
// at url, read from their treaty and cell columns.
func partsOfSource(ctx context.Context, bi bleve.Index, url string, ps parts) error {
	r, release, err := snapshot(bi)
	if err != nil {
		return err
	}
	defer release()
	q := bleve.NewConjunctionQuery(term(fieldType, typeFact), term(fieldSource, url))
	s, err := q.Searcher(ctx, r, bi.Mapping(), search.SearcherOptions{Score: "none"})
	if err != nil {
		return fmt.Errorf("index: search: %w", err)
	}
	defer func() { _ = s.Close() }() // a searcher only read: closing releases it, nothing to lose
	dvr, err := r.DocValueReader([]string{fieldTreaty, fieldCell})
	if err != nil {
		return fmt.Errorf("index: %w", err)
	}
	sctx := &search.SearchContext{DocumentMatchPool: search.NewDocumentMatchPool(s.DocumentMatchPoolSize(), 0), IndexReader: r}
	for {
		dm, err := s.Next(sctx)
		if err != nil {
			return fmt.Errorf("index: search: %w", err)
		}
		if dm == nil {
			return nil
		}
		treaty, party := "", ""
		err = dvr.VisitDocValues(dm.IndexInternalID, func(field string, term []byte) {
			switch field {
			case fieldTreaty:
				treaty = string(term)
			case fieldCell:
				// event, then party (cellTerm)
				_, rest, _ := strings.Cut(string(term), facetKeySep)
				party, _, _ = strings.Cut(rest, facetKeySep)
			}
		})
		if err != nil {
			return fmt.Errorf("index: %w", err)
		}
		if treaty != "" {
			ps.addFact(treaty, party)
		}
		sctx.DocumentMatchPool.Put(dm)
	}
}

// writeSummaries adds to b the summary of each treaty of ps with the
// parts in ps made again from the facts the index holds once p is
// written, or its removal when the treaty has no facts left, calling
// flush whenever b holds bulkBatch entries.
func writeSummaries(ctx context.Context, bi bleve.Index, b entrySink, ps parts, p pending, flush func() error) error {
	byTreaty := map[string][]string{} // the parties of each treaty's parts, "" for its own cells
	for p := range ps {
		byTreaty[p.treaty] = append(byTreaty[p.treaty], p.party)
	}
	treaties := make([]string, 0, len(byTreaty))
	for t := range byTreaty {
		treaties = append(treaties, t)
	}
	sort.Strings(treaties)
	for _, treaty := range treaties {
		if err := ctxErr(ctx); err != nil {
			return err
		}
		t, err := summarize(ctx, bi, treaty, byTreaty[treaty], p)
		if err != nil {
			return err
		}
		if err := putSummary(b, treaty, t, flush); err != nil {
			return err
		}
	}
	return nil
}

// putSummary adds to b the summary t of treaty, or its removal when t is
// nil, calling flush when b then holds bulkBatch entries.
func putSummary(b entrySink, treaty string, t *StatusTable, flush func() error) error {
	if t == nil {
		b.Delete(summaryID(treaty))
	} else {
		data, err := encodeSummary(t)
		if err != nil {
			return fmt.Errorf("index: summary of %s: %w", treaty, err)
		}
		e := map[string]any{fieldType: typeSummary, fieldTreaty: treaty, fieldSummary: string(data)}
		if err := b.Index(summaryID(treaty), e); err != nil {
			return fmt.Errorf("index: summary of %s: %w", treaty, err)
		}
	}
	if b.Size() >= bulkBatch {
		return flush()
	}
	return nil
}

// pending is what a Put is writing: facts not in the index yet (some
// may be, when a large page was written in parts), and the entries it
// deletes or writes again.
type pending struct {
	facts []citewatch.Fact
	gone  map[string]bool // entry IDs
}

// factsOf returns the facts about treaty that match q in the index and
// keep, in the order Facts gives facts, once p is written.
func (p pending) factsOf(ctx context.Context, bi bleve.Index, q query.Query, keep func(citewatch.Fact) bool) ([]citewatch.Fact, error) {
	all, err := readFacts(ctx, bi, q)
	if err != nil {
		return nil, err
	}
	kept := all[:0]
	for _, c := range all {
		if !p.gone[c.entry] {
			kept = append(kept, c)
		}
	}
	for _, f := range p.facts {
		if keep(f) {
			kept = append(kept, cellFact{fact: f, at: f.Date.Time(), entry: factID(f)})
		}
	}
	return ordered(kept), nil
}

// summarize returns the summary of treaty with the parts of parties (""
// for its own cells) made again from the facts in the index once p is
// written, or nil when the treaty then has no facts.
func summarize(ctx context.Context, bi bleve.Index, treaty string, parties []string, p pending) (*StatusTable, error) {
	conj := []query.Query{term(fieldType, typeFact), term(fieldTreaty, treaty)}
	found, err := p.hasFact(ctx, bi, treaty, bleve.NewConjunctionQuery(conj...))
	if err != nil || !found {
		return nil, err
	}
	t, err := readSummary(bi, treaty)
	if err != nil {
		return nil, err
	}
	if t == nil {
		t = &StatusTable{Treaty: treaty}
	}
	rows := map[string]Row{}
	for _, r := range t.Rows {
		rows[r.Party] = r
	}
	for _, party := range parties {
		if party == "" {
			events := make([]string, len(treatyEvents))
			for i, e := range treatyEvents {
				events[i] = string(e)
			}
			facts, err := p.factsOf(ctx, bi, bleve.NewConjunctionQuery(append(conj, anyTerm(fieldEvent, events))...), func(f citewatch.Fact) bool {
				return f.Treaty == treaty && slices.Contains(treatyEvents, f.Event)
			})
			if err != nil {
				return nil, err
			}
			own := statusTable(treaty, citewatch.Date{}, facts)
			own.Rows = nil
			t = own
			continue
		}
		facts, err := p.factsOf(ctx, bi, bleve.NewConjunctionQuery(append(conj, term(fieldParty, party))...), func(f citewatch.Fact) bool {
			return f.Treaty == treaty && f.Party == party
		})
		if err != nil {
			return nil, err
		}
		delete(rows, party)
		if r := statusTable(treaty, citewatch.Date{}, facts).Rows; len(r) > 0 {
			rows[party] = r[0]
		}
	}
	t.Rows = nil
	for _, r := range rows {
		t.Rows = append(t.Rows, r)
	}
	sort.Slice(t.Rows, func(i, j int) bool { return t.Rows[i].Party < t.Rows[j].Party })
	return t, nil
}

// readSummary returns the summary of treaty, or nil when it has none.
func readSummary(bi bleve.Index, treaty string) (*StatusTable, error) {
	d, err := bi.Document(summaryID(treaty))
	if err != nil {
		return nil, fmt.Errorf("index: summary of %s: %w", treaty, err)
	}
	if d == nil {
		return nil, nil
	}
	var data []byte
	d.VisitFields(func(f bindex.Field) {
		if f.Name() == fieldSummary {
			data = f.Value()
		}
	})
	t, err := decodeSummary(data)
	if err != nil {
		return nil, fmt.Errorf("index: summary of %s: %w", treaty, err)
	}
	return t, nil
}

// storedSummary is how a summary is stored: its table, with what the
// citations of a page share (URL, title, WARC record, dates, extractor)
// said once.
type storedSummary struct {
	// Table's citations hold their quote, span and page only.
	Table *StatusTable
	// Sources are the rest of what citations say, each once.
	Sources []citewatch.Citation
	// Of is the source of each citation, in the order eachCitation visits
	// them.
	Of []int
}

// eachCitation calls fn with each citation of t, in a fixed order.
func eachCitation(t *StatusTable, fn func(*citewatch.Citation)) {
	cell := func(c *Cell) {
		for i := range c.Values {
			for j := range c.Values[i].Citations {
				fn(&c.Values[i].Citations[j])
			}
		}
	}
	for _, c := range []*Cell{&t.Adopted, &t.Opened, &t.InForce, &t.Signatories, &t.Parties} {
		cell(c)
	}
	for i := range t.Rows {
		for _, c := range []*Cell{&t.Rows[i].Signed, &t.Rows[i].Consent, &t.Rows[i].InForce} {
			cell(c)
		}
	}
}

// encodeSummary encodes t, whose citations it changes, with encoding/gob.
func encodeSummary(t *StatusTable) ([]byte, error) {
	s := storedSummary{Table: t}
	at := map[citewatch.Citation]int{}
	eachCitation(t, func(c *citewatch.Citation) {
		src := *c
		src.Quote, src.Span, src.Page = "", citewatch.Span{}, 0
		i, ok := at[src]
		if !ok {
			i = len(s.Sources)
			at[src] = i
			s.Sources = append(s.Sources, src)
		}
		s.Of = append(s.Of, i)
		*c = citewatch.Citation{Quote: c.Quote, Span: c.Span, Page: c.Page}
	})
	var b bytes.Buffer
	err := gob.NewEncoder(&b).Encode(&s)
	return b.Bytes(), err
}

// decodeSummary decodes what encodeSummary encoded.
func decodeSummary(data []byte) (*StatusTable, error) {
	var s storedSummary
	if err := gob.NewDecoder(bytes.NewReader(data)).Decode(&s); err != nil {
		return nil, err
	}
	if s.Table == nil {
		return nil, errors.New("no table")
	}
	k := 0
	var bad error
	eachCitation(s.Table, func(c *citewatch.Citation) {
		if k >= len(s.Of) || s.Of[k] < 0 || s.Of[k] >= len(s.Sources) {
			bad = errors.New("a citation without its source")
			return
		}
		quote, span, page := c.Quote, c.Span, c.Page
		*c = s.Sources[s.Of[k]]
		c.Quote, c.Span, c.Page = quote, span, page
		k++
	})
	return s.Table, bad
}

// hasFact reports whether the index holds a fact about treaty once p is
// written: one of p's, or the first entry matching q (the treaty's facts)
// that p does not take away.
func (p pending) hasFact(ctx context.Context, bi bleve.Index, treaty string, q query.Query) (bool, error) {
	for _, f := range p.facts {
		if f.Treaty == treaty {
			return true, nil
		}
	}
	r, release, err := snapshot(bi)
	if err != nil {
		return false, err
	}
	defer release()
	s, err := q.Searcher(ctx, r, bi.Mapping(), search.SearcherOptions{Score: "none"})
	if err != nil {
		return false, fmt.Errorf("index: search: %w", err)
	}
	defer func() { _ = s.Close() }() // a searcher only read: closing releases it, nothing to lose
	sctx := &search.SearchContext{DocumentMatchPool: search.NewDocumentMatchPool(s.DocumentMatchPoolSize(), 0), IndexReader: r}
	for {
		dm, err := s.Next(sctx)
		if err != nil {
			return false, fmt.Errorf("index: search: %w", err)
		}
		if dm == nil {
			return false, nil
		}
		if len(p.gone) == 0 {
			return true, nil
		}
		id, err := r.ExternalID(dm.IndexInternalID)
		if err != nil {
			return false, fmt.Errorf("index: %w", err)
		}
		if !p.gone[id] {
			return true, nil
		}
		sctx.DocumentMatchPool.Put(dm)
	}
}

// statusFromSummaries is Status as of everything indexed, read from the
// treaty's summary. ok is false when the index keeps none.
func statusFromSummaries(bi bleve.Index, treaty string) (t *StatusTable, ok bool, err error) {
	if !hasSummaries(bi) {
		return nil, false, nil
	}
	if t, err = readSummary(bi, treaty); err == nil && t == nil {
		err = fmt.Errorf("%w: index: no facts about %s", citewatch.ErrNotFound, treaty)
	}
	return t, true, err
}

// HasFacts reports whether any fact about treaty is indexed, reading the
// first one only. It is safe for concurrent use.
func (ix *Index) HasFacts(ctx context.Context, treaty string) (bool, error) {
	bi, err := ix.acquire(false)
	if err != nil {
		return false, err
	}
	defer ix.release()
	return pending{}.hasFact(ctx, bi, treaty, bleve.NewConjunctionQuery(term(fieldType, typeFact), term(fieldTreaty, treaty)))
}
