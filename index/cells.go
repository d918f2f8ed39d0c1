package index

import (
	"context"
	"crypto/sha256"
	"encoding/base64"
	"errors"
	"fmt"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/search"
	"github.com/blevesearch/bleve/v2/search/query"
	bindex "github.com/blevesearch/bleve_index_api"
	gojson "github.com/goccy/go-json"

	"github.com/citewatch/citewatch"
)

// cellTerm is what a status table reads of fact f, indexed under entry
// ID id, in one term: its event, party, date, count and the date it
// speaks for, a digest of its citation (the citations a table counts once
// are those with the same digest) and its IDs, which order it as Facts
// does.
func cellTerm(f citewatch.Fact, id string) string {
	c := f.Citation
	h := sha256.New()
	for _, s := range []string{c.URL, c.WARCRecordID, strconv.Itoa(c.Span.Start), strconv.Itoa(c.Span.End), c.Quote} {
		h.Write([]byte(s))
		h.Write([]byte{0})
	}
	if id == "f:"+f.ID {
		id = ""
	}
	return strings.Join([]string{
		string(f.Event), f.Party, f.Date.String(), strconv.Itoa(f.Count), f.EffectiveDate().String(),
		base64.RawURLEncoding.EncodeToString(h.Sum(nil)[:12]), f.ID, id,
	}, facetKeySep)
}

// cellFact is a fact as its cell term gives it: what a status table
// compares, without its citation.
// factOrder returns the indexes of fs in the order Facts gives facts: by
// date, then fact ID, then entry ID.
func factOrder(fs []cellFact) []int {
	order := make([]int, len(fs))
	for i := range order {
		order[i] = i
	}
	sort.Slice(order, func(i, j int) bool {
		a, b := &fs[order[i]], &fs[order[j]]
		if !a.at.Equal(b.at) {
			return a.at.Before(b.at)
		}
		if a.fact.ID != b.fact.ID {
			return a.fact.ID < b.fact.ID
		}
		return a.entry < b.entry
	})
	return order
}

type cellFact struct {
	fact  citewatch.Fact // Citation.URL holds the citation's digest
	at    time.Time      // fact.Date.Time()
	entry string         // the entry ID
	num   bindex.IndexInternalID
}

// dates remembers the dates of cell terms read: a table's facts give
// few distinct dates.
type dates map[string]citewatch.Date

func (m dates) parse(s string) (citewatch.Date, error) {
	if d, ok := m[s]; ok {
		return d, nil
	}
	d, ok := isoDate(s)
	if !ok || d.Validate() != nil {
		var err error
		if d, err = citewatch.ParseDate(s); err != nil {
			return d, err
		}
	}
	m[s] = d
	return d, nil
}

// isoDate reads a date as Date.String writes it, "2024", "2024-09" or
// "2024-09-05", and reports whether it could.
func isoDate(s string) (citewatch.Date, bool) {
	num := func(s string) (int, bool) {
		n := 0
		for i := 0; i < len(s); i++ {
			if s[i] < '0' || s[i] > '9' {
				return 0, false
			}
			n = 10*n + int(s[i]-'0')
		}
		return n, true
	}
	y, ok := num(s[:min(4, len(s))])
	if !ok || len(s) < 4 || y == 0 {
		return citewatch.Date{}, false
	}
	switch len(s) {
	case 4:
		return citewatch.Date{Year: y, Precision: citewatch.PrecisionYear}, true
	case 7:
		if m, ok := num(s[5:7]); ok && s[4] == '-' && m >= 1 && m <= 12 {
			return citewatch.Date{Year: y, Month: m, Precision: citewatch.PrecisionMonth}, true
		}
	case 10:
		m, ok1 := num(s[5:7])
		d, ok2 := num(s[8:10])
		if ok1 && ok2 && s[4] == '-' && s[7] == '-' && m >= 1 && m <= 12 && d >= 1 && d <= 31 {
			return citewatch.Date{Year: y, Month: m, Day: d, Precision: citewatch.PrecisionDay}, true
		}
	}
	return citewatch.Date{}, false
}

// parseCell reads a cell term.
func parseCell(term string, m dates) (cellFact, bool) {
	var p [8]string
	rest := term
	for i := range p {
		var found bool
		if p[i], rest, found = strings.Cut(rest, facetKeySep); found != (i < len(p)-1) {
			return cellFact{}, false
		}
	}
	date, err1 := m.parse(p[2])
	count, err2 := strconv.Atoi(p[3])
	eff, err3 := m.parse(p[4])
	if err1 != nil || err2 != nil || err3 != nil {
		return cellFact{}, false
	}
	f := citewatch.Fact{ID: p[6], Event: citewatch.Event(p[0]), Party: p[1], Date: date, Count: count}
	if date.IsZero() {
		// EffectiveDate then gives eff, as it gave for the fact.
		f.AsOf = eff
	}
	f.Citation.URL = p[5]
	entry := p[7]
	if entry == "" {
		entry = "f:" + p[6]
	}
	return cellFact{fact: f, at: date.Time(), entry: entry}, true
}

// errNoCells says an entry of the index has no cell term: it was written
// before tables were built from them, and the table is built from the
// facts themselves.
var errNoCells = errors.New("index: facts without cell terms")

// statusFromCells is Status built from the cell terms of the treaty's
// facts, reading the stored facts only of the citations the table shows
// (each value's first fact gives its date as well): its cost is a column
// read per fact and the table's own citations, however many facts the
// cells leave out. It returns errNoCells when a fact has no cell term.
func statusFromCells(ctx context.Context, bi bleve.Index, treaty string, asOf citewatch.Date) (*StatusTable, error) {
	r, release, err := snapshot(bi)
	if err != nil {
		return nil, err
	}
	defer release()
	cells, err := readCells(ctx, bi, r, bleve.NewConjunctionQuery(term(fieldType, typeFact), term(fieldTreaty, treaty)))
	if err != nil {
		return nil, err
	}
	if len(cells) == 0 {
		return nil, fmt.Errorf("%w: index: no facts about %s", citewatch.ErrNotFound, treaty)
	}
	// In the order Facts gives them.
	facts := make([]citewatch.Fact, len(cells))
	for k, i := range factOrder(cells) {
		facts[k] = cells[i].fact
		// The table keeps the first citation of each digest in a value:
		// Title says which fact it came from.
		facts[k].Citation.Title = strconv.Itoa(i)
	}
	t := statusTable(treaty, asOf, facts)

	// Read the facts behind the citations shown.
	ld := newLoader(r)
	read := map[int]citewatch.Fact{}
	fill := func(c *Cell, counts bool) error {
		for vi := range c.Values {
			v := &c.Values[vi]
			for ci := range v.Citations {
				i, _ := strconv.Atoi(v.Citations[ci].Title)
				f, ok := read[i]
				if !ok {
					doc, err := ld.load(cells[i].num, cells[i].entry)
					if err != nil {
						return err
					}
					// What the table takes of the fact.
					var sf struct {
						Fact struct {
							Date     citewatch.Date     `json:"date"`
							AsOf     citewatch.Date     `json:"as_of"`
							Citation citewatch.Citation `json:"citation"`
						} `json:"fact"`
					}
					if err := gojson.Unmarshal([]byte(doc), &sf); err != nil {
						return fmt.Errorf("index: stored fact: %w", err)
					}
					f = citewatch.Fact{Date: sf.Fact.Date, AsOf: sf.Fact.AsOf, Citation: sf.Fact.Citation}
					read[i] = f
				}
				v.Citations[ci] = f.Citation
				if ci == 0 {
					// The value's first fact gives its date, as the
					// table built from facts takes it.
					if v.Date = f.Date; counts {
						v.Date = f.EffectiveDate()
					}
				}
			}
		}
		return nil
	}
	for _, c := range []struct {
		cell   *Cell
		counts bool
	}{{&t.Adopted, false}, {&t.Opened, false}, {&t.InForce, false}, {&t.Signatories, true}, {&t.Parties, true}} {
		if err := fill(c.cell, c.counts); err != nil {
			return nil, err
		}
	}
	for i := range t.Rows {
		for _, c := range []*Cell{&t.Rows[i].Signed, &t.Rows[i].Consent, &t.Rows[i].InForce} {
			if err := fill(c, false); err != nil {
				return nil, err
			}
		}
	}
	return t, nil
}

// readCells returns the cell terms of the entries matching q in the
// snapshot r, each with the entry's number there. It returns errNoCells
// when an entry has none.
func readCells(ctx context.Context, bi bleve.Index, r bindex.IndexReader, q query.Query) ([]cellFact, error) {
	s, err := q.Searcher(ctx, r, bi.Mapping(), search.SearcherOptions{Score: "none"})
	if err != nil {
		return nil, fmt.Errorf("index: search: %w", err)
	}
	defer func() { _ = s.Close() }() // a searcher only read: closing releases it, nothing to lose
	dvr, err := r.DocValueReader([]string{fieldCell})
	if err != nil {
		return nil, fmt.Errorf("index: %w", err)
	}
	sctx := &search.SearchContext{DocumentMatchPool: search.NewDocumentMatchPool(s.DocumentMatchPoolSize(), 0), IndexReader: r}
	var out []cellFact
	m := dates{}
	for n := 0; ; n++ {
		if n%1024 == 0 {
			if err := ctxErr(ctx); err != nil {
				return nil, err
			}
		}
		dm, err := s.Next(sctx)
		if err != nil {
			return nil, fmt.Errorf("index: search: %w", err)
		}
		if dm == nil {
			return out, nil
		}
		cell := ""
		err = dvr.VisitDocValues(dm.IndexInternalID, func(field string, term []byte) {
			if field == fieldCell {
				cell = string(term)
			}
		})
		if err != nil {
			return nil, fmt.Errorf("index: %w", err)
		}
		c, ok := parseCell(cell, m)
		if !ok {
			return nil, errNoCells
		}
		c.num = append(bindex.IndexInternalID(nil), dm.IndexInternalID...)
		out = append(out, c)
		sctx.DocumentMatchPool.Put(dm)
	}
}
