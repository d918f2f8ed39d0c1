package index

import (
	"context"
	"crypto/sha256"
	"encoding/binary"
	"hash/maphash"
	"slices"
	"sort"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/blevesearch/bleve/v2"

	"github.com/citewatch/citewatch"
)

// Summaries of a bulk build. A Put makes a summary from the facts the
// index holds; a build knows every fact it writes, so it makes each
// treaty's table while the facts go by instead of reading them all back
// at the end. It keeps, for each value of a cell, what settle needs: how
// many citations state it, the date of its first fact and its first
// MaxValueCitations citations (the first of facts in the order Facts
// gives them), so what it holds grows with the values, not with the
// citations that repeat them.
//
// A table is made this way only when it comes out as the one made from
// the stored facts: a treaty with a fact that the build writes again
// under the same entry ID (the index keeps the last), or with a fact that
// the stored JSON would not give back as it is (text that is not UTF-8,
// a fetch time outside UTC, a date with fields but no year), has its
// summary made from the index as a Put makes it. So has the treaty that
// holds the most when what the tables in the making hold passes
// bulkSummaryBudget (a build of a million facts, each stating a value of
// its own, would otherwise keep a citation of each).

// bulkSummaries makes the summaries of a build from the facts it writes.
type bulkSummaries struct {
	treaties map[string]*treatySum
	entries  map[uint64]*treatySum // by the hash of each entry ID written: which treaty's fact it was
	seed     maphash.Seed
	sources  []citewatch.Citation       // what the citations kept share, without quote, span and page
	sourceAt map[citewatch.Citation]int // a source's place in sources
	// held is about how many bytes the tables in the making hold; budget
	// bounds it.
	held, budget int
	grown        int // what the fact being added added to held
}

// bulkSummaryBudget bounds about how many bytes the tables of a bulk
// build in the making hold (a variable for tests).
var bulkSummaryBudget = 256 << 20

func newBulkSummaries() *bulkSummaries {
	return &bulkSummaries{treaties: map[string]*treatySum{}, entries: map[uint64]*treatySum{}, seed: maphash.MakeSeed(), sourceAt: map[citewatch.Citation]int{}, budget: bulkSummaryBudget}
}

// treatySum is a treaty's table in the making.
type treatySum struct {
	adopted, opened, inForce, signatories, parties cellSum
	rows                                           map[string]*rowSum
	// readBack says the table is made from the index instead.
	readBack bool
	held     int // about how many bytes the table in the making holds
}

// readFromIndex lets go of t's table in the making: it is made from the
// index instead.
func (bs *bulkSummaries) readFromIndex(t *treatySum) {
	if t.readBack {
		return
	}
	bs.held -= t.held
	*t = treatySum{readBack: true}
}

type rowSum struct{ signed, consent, inForce cellSum }

// cellSum is a cell in the making: its values by the key Cell.add files
// them under. A count cell (latestCounts) keeps the values of the latest
// date it has seen only.
type cellSum struct {
	values map[string]*valueSum
	latest time.Time // count cells: the latest date a fact speaks for
}

// valueSum is a value in the making.
type valueSum struct {
	first factKey        // the value's first fact, in the order Facts gives facts
	date  citewatch.Date // that fact's date
	event citewatch.Event
	count int
	n     int // distinct citations
	seen  []citeDigest
	seenM map[citeDigest]bool // seen, once it is long
	top   []keptCite          // the first MaxValueCitations distinct citations, in order
}

// factKey orders facts as factOrder does: by date, then fact ID, then
// entry ID.
type factKey struct {
	at    int64  // the fact's Date.Time, in seconds
	entry string // "f:" and the fact's ID, unless noID
	noID  bool   // the fact has no ID: its entry ID is made from its StableID
}

func (k factKey) id() string {
	if k.noID {
		return ""
	}
	return k.entry[2:]
}

func (k factKey) less(o factKey) bool {
	if k.at != o.at {
		return k.at < o.at
	}
	if a, b := k.id(), o.id(); a != b {
		return a < b
	}
	return k.entry < o.entry
}

// citeDigest is a digest of what makes two citations one for
// appendCitation: URL, WARC record, span and quote.
type citeDigest [16]byte

func digestCitation(c citewatch.Citation) citeDigest {
	h := sha256.New()
	var n [8]byte
	for _, s := range []string{c.URL, c.WARCRecordID, c.Quote} {
		binary.BigEndian.PutUint64(n[:], uint64(len(s)))
		h.Write(n[:])
		h.Write([]byte(s))
	}
	for _, x := range []int{c.Span.Start, c.Span.End} {
		binary.BigEndian.PutUint64(n[:], uint64(x))
		h.Write(n[:])
	}
	var d citeDigest
	copy(d[:], h.Sum(nil))
	return d
}

// keptCite is a citation a value keeps: its own quote, span and page, the
// rest shared with the citations of its page.
type keptCite struct {
	key    factKey
	digest citeDigest
	source int // in bulkSummaries.sources
	quote  string
	span   citewatch.Span
	page   int
}

// add takes in a fact the build writes (one kept by addEntries).
func (bs *bulkSummaries) add(f citewatch.Fact) {
	t := bs.treaties[f.Treaty]
	if t == nil {
		t = &treatySum{rows: map[string]*rowSum{}}
		bs.treaties[f.Treaty] = t
	}
	entry := factID(f)
	h := maphash.String(bs.seed, entry)
	if prev, ok := bs.entries[h]; ok {
		// Written again (or a hash shared): the index keeps the last.
		bs.readFromIndex(prev)
		bs.readFromIndex(t)
	}
	bs.entries[h] = t
	if !storedAsIs(f) {
		bs.readFromIndex(t)
	}
	if t.readBack {
		return
	}
	k := factKey{at: f.Date.Time().Unix(), entry: entry, noID: f.ID == ""}
	// As statusTable files facts.
	switch {
	case f.Event == citewatch.EventAdopted:
		bs.addTo(&t.adopted, f, f.Date, k)
	case f.Event == citewatch.EventOpened:
		bs.addTo(&t.opened, f, f.Date, k)
	case f.Event == citewatch.EventSignatoryCount:
		bs.addCount(&t.signatories, f, k)
	case f.Event == citewatch.EventPartyCount:
		bs.addCount(&t.parties, f, k)
	case f.Party == "":
		if f.Event == citewatch.EventEnteredIntoForce {
			bs.addTo(&t.inForce, f, f.Date, k)
		}
	case f.Event == citewatch.EventSigned:
		bs.addTo(&t.row(f.Party).signed, f, f.Date, k)
	case f.Event.ConsentToBeBound():
		bs.addTo(&t.row(f.Party).consent, f, f.Date, k)
	case f.Event == citewatch.EventEnteredIntoForce:
		bs.addTo(&t.row(f.Party).inForce, f, f.Date, k)
	}
	t.held += bs.grown
	bs.held += bs.grown
	bs.grown = 0
	for bs.held > bs.budget {
		var most *treatySum
		for _, t := range bs.treaties {
			if most == nil || t.held > most.held {
				most = t
			}
		}
		bs.readFromIndex(most)
	}
}

func (t *treatySum) row(party string) *rowSum {
	r := t.rows[party]
	if r == nil {
		r = &rowSum{}
		t.rows[strings.Clone(party)] = r
	}
	return r
}

// addCount adds a count fact as latestCounts does: only the counts for
// the latest date any fact speaks for.
func (bs *bulkSummaries) addCount(c *cellSum, f citewatch.Fact, k factKey) {
	eff := f.EffectiveDate()
	at := eff.Time()
	if at.After(c.latest) {
		c.latest, c.values = at, nil
	}
	if at.Equal(c.latest) {
		bs.addTo(c, f, eff, k)
	}
}

// addTo files f, stating date, under its value of c, as Cell.add does.
func (bs *bulkSummaries) addTo(c *cellSum, f citewatch.Fact, date citewatch.Date, k factKey) {
	f.Date = date
	key := valueKey(f)
	v := c.values[key]
	if v == nil {
		if c.values == nil {
			c.values = map[string]*valueSum{}
		}
		v = &valueSum{first: k, date: cloneDate(date), event: f.Event, count: f.Count}
		c.values[key] = v
		bs.grown += 250 + len(key) + len(date.Resolved)
	} else if k.less(v.first) {
		v.first, v.date = k, cloneDate(date)
	}
	d := digestCitation(f.Citation)
	if !v.saw(d) {
		v.n++
		bs.grown += 24
	} else if i := slices.IndexFunc(v.top, func(kc keptCite) bool { return kc.digest == d }); i >= 0 {
		// A citation kept: the first of its facts gives it.
		if !k.less(v.top[i].key) {
			return
		}
		v.top = slices.Delete(v.top, i, i+1)
	}
	// Not kept (or taken out above): kept when among the first.
	if len(v.top) == MaxValueCitations && !k.less(v.top[len(v.top)-1].key) {
		return
	}
	if len(v.top) == MaxValueCitations {
		v.top = v.top[:len(v.top)-1]
	}
	i := sort.Search(len(v.top), func(i int) bool { return k.less(v.top[i].key) })
	v.top = slices.Insert(v.top, i, bs.keep(f.Citation, k, d))
	bs.grown += 120 + len(f.Citation.Quote) + len(k.entry)
}

// saw reports whether v has seen a citation of digest d, and marks it seen.
func (v *valueSum) saw(d citeDigest) bool {
	if v.seenM != nil {
		if v.seenM[d] {
			return true
		}
		v.seenM[d] = true
		return false
	}
	if slices.Contains(v.seen, d) {
		return true
	}
	v.seen = append(v.seen, d)
	if len(v.seen) > 16 {
		v.seenM = make(map[citeDigest]bool, 2*len(v.seen))
		for _, s := range v.seen {
			v.seenM[s] = true
		}
		v.seen = nil
	}
	return false
}

// keep returns c as a value keeps it, its page's part shared.
func (bs *bulkSummaries) keep(c citewatch.Citation, k factKey, d citeDigest) keptCite {
	kc := keptCite{key: k, digest: d, quote: strings.Clone(c.Quote), span: c.Span, page: c.Page}
	c.Quote, c.Span, c.Page = "", citewatch.Span{}, 0
	i, ok := bs.sourceAt[c]
	if !ok {
		i = len(bs.sources)
		bs.sourceAt[c] = i
		src := c
		for _, s := range []*string{&src.URL, &src.Title, &src.Publisher, &src.WARCRecordID, &src.Extractor, &src.ExtractorVersion} {
			*s = strings.Clone(*s)
		}
		src.Published = cloneDate(src.Published)
		bs.sources = append(bs.sources, src)
	}
	kc.source = i
	return kc
}

func cloneDate(d citewatch.Date) citewatch.Date {
	d.Resolved = strings.Clone(d.Resolved)
	return d
}

// table returns treaty's table, as statusTable makes it from the facts.
func (bs *bulkSummaries) table(treaty string, t *treatySum) *StatusTable {
	tab := &StatusTable{Treaty: treaty}
	tab.Adopted, tab.Opened, tab.InForce = bs.cell(t.adopted), bs.cell(t.opened), bs.cell(t.inForce)
	tab.Signatories, tab.Parties = bs.cell(t.signatories), bs.cell(t.parties)
	for party, r := range t.rows {
		tab.Rows = append(tab.Rows, Row{Party: party, Signed: bs.cell(r.signed), Consent: bs.cell(r.consent), InForce: bs.cell(r.inForce)})
	}
	sort.Slice(tab.Rows, func(i, j int) bool { return tab.Rows[i].Party < tab.Rows[j].Party })
	return tab
}

// cell returns c settled, its values in the order of their first facts
// as Cell.add would have added them.
func (bs *bulkSummaries) cell(c cellSum) Cell {
	vs := make([]*valueSum, 0, len(c.values))
	for _, v := range c.values {
		vs = append(vs, v)
	}
	sort.Slice(vs, func(i, j int) bool { return vs[i].first.less(vs[j].first) })
	var out Cell
	for _, v := range vs {
		val := Value{Event: v.event, Date: v.date, Count: v.count, MoreCitations: v.n - len(v.top)}
		for _, kc := range v.top {
			c := bs.sources[kc.source]
			c.Quote, c.Span, c.Page = kc.quote, kc.span, kc.page
			val.Citations = append(val.Citations, c)
		}
		out.Values = append(out.Values, val)
	}
	out.settle()
	return out
}

// storedAsIs reports whether f's stored JSON gives back f as it is, in
// everything a table takes of it: its text is UTF-8 (JSON replaces what
// is not), its dates are zero or have a year (a date without a year is
// left out, and its other fields with it) and its fetch time is in UTC
// (JSON keeps the offset, not the zone).
func storedAsIs(f citewatch.Fact) bool {
	c := f.Citation
	for _, s := range []string{f.ID, f.Treaty, f.TreatyName, string(f.Event), f.Party, f.Place,
		c.URL, c.Title, c.Publisher, c.WARCRecordID, c.Quote, c.Extractor, c.ExtractorVersion} {
		if !utf8.ValidString(s) {
			return false
		}
	}
	for _, d := range []citewatch.Date{f.Date, f.AsOf, c.Published} {
		if d.IsZero() && d != (citewatch.Date{}) || !utf8.ValidString(string(d.Precision)) || !utf8.ValidString(d.Resolved) {
			return false
		}
	}
	return c.FetchedAt.Location() == time.UTC
}

// write adds to b the summary of every treaty of the build, calling flush
// whenever b holds bulkBatch entries; those of treaties to read back are
// made from the parts of touched (every part of the build) once the
// index holds every fact.
func (bs *bulkSummaries) write(ctx context.Context, bi bleve.Index, b entrySink, touched parts, flush func() error) error {
	treaties := make([]string, 0, len(bs.treaties))
	for treaty := range bs.treaties {
		treaties = append(treaties, treaty)
	}
	sort.Strings(treaties)
	for _, treaty := range treaties {
		if err := ctxErr(ctx); err != nil {
			return err
		}
		if t := bs.treaties[treaty]; !t.readBack {
			if err := putSummary(b, treaty, bs.table(treaty, t), flush); err != nil {
				return err
			}
		}
	}
	readBack := parts{}
	for p := range touched {
		if bs.treaties[p.treaty].readBack {
			readBack[p] = true
		}
	}
	return writeSummaries(ctx, bi, b, readBack, pending{}, flush)
}
