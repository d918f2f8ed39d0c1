package index

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/citewatch/citewatch"
)

// Value is one thing the sources say about a cell: an event on a date (or a
// count), with every citation that says it. Disagrees is set when it says
// something else than the cell's first value (citewatch.Disagree).
type Value struct {
	Event     citewatch.Event      `json:"event"`
	Date      citewatch.Date       `json:"date,omitzero"`
	Count     int                  `json:"count,omitempty"`
	Citations []citewatch.Citation `json:"citations"`
	// MoreCitations is how many more citations state the value than the
	// MaxValueCitations listed.
	MoreCitations int  `json:"more_citations,omitempty"`
	Disagrees     bool `json:"disagrees,omitempty"`
}

// fact is what v states, for citewatch.Disagree.
func (v Value) fact() citewatch.Fact {
	return citewatch.Fact{Event: v.Event, Date: v.Date, Count: v.Count}
}

// Cell is what the sources say about one party and one step of a treaty.
// Disagree is set when two sources disagree (citewatch.Disagree: dates
// that do not agree, or different counts for the same date); the values
// are then listed, the best supported first, up to MaxCellValues of them,
// and Omitted says how many more the sources gave.
type Cell struct {
	Values   []Value `json:"values,omitempty"`
	Omitted  int     `json:"omitted,omitempty"`
	Disagree bool    `json:"disagree,omitempty"`

	at map[string]int // a value's place in Values, while the cell is built
}

// MaxCellValues bounds the values a cell lists: real sources give a cell
// a few values at most, and a page that gives a party a thousand dates
// must not make the table a thousand lines long.
const MaxCellValues = 10

// MaxValueCitations bounds the citations a value lists: the first ones
// found, the rest counted in MoreCitations. A date that many pages repeat
// is as well shown by five of them, and sixteen copies of one page must not
// make the citation list sixteen times as long.
const MaxValueCitations = 5

// Empty reports whether no source says anything for the cell.
func (c Cell) Empty() bool { return len(c.Values) == 0 }

// Row is one party's line of a status table.
type Row struct {
	Party   string `json:"party"`
	Signed  Cell   `json:"signed"`
	Consent Cell   `json:"consent"` // ratified, accepted, approved or acceded
	InForce Cell   `json:"in_force"`
}

// StatusTable is who had signed, consented to be bound and seen the treaty
// enter into force for them as of a date, by the indexed sources.
type StatusTable struct {
	Treaty      string         `json:"treaty"`
	AsOf        citewatch.Date `json:"as_of,omitzero"` // zero: everything indexed
	Adopted     Cell           `json:"adopted"`
	Opened      Cell           `json:"opened_for_signature"`
	InForce     Cell           `json:"entered_into_force"` // for the treaty as a whole
	Signatories Cell           `json:"signatories"`        // the latest counts
	Parties     Cell           `json:"parties"`
	Rows        []Row          `json:"rows"`
}

// Disagreements returns how many cells have sources that disagree.
func (t *StatusTable) Disagreements() int {
	n := 0
	for _, c := range []Cell{t.Adopted, t.Opened, t.InForce, t.Signatories, t.Parties} {
		if c.Disagree {
			n++
		}
	}
	for _, r := range t.Rows {
		for _, c := range []Cell{r.Signed, r.Consent, r.InForce} {
			if c.Disagree {
				n++
			}
		}
	}
	return n
}

// needTreaty refuses an empty treaty, which would match every fact.
func needTreaty(what, treaty string) error {
	if strings.TrimSpace(treaty) == "" {
		return fmt.Errorf("%w: index: %s: no treaty named", citewatch.ErrInvalid, what)
	}
	return nil
}

// Status builds the status table of treaty as of asOf (everything when
// asOf is zero): facts dated after asOf are left out, and so are undated
// facts whose table date or page date is after it. It returns an error
// wrapping citewatch.ErrNotFound when no fact about treaty is indexed.
// As of everything indexed, the table is the treaty's summary, which Put
// keeps (summary.go). It is safe for concurrent use.
func (ix *Index) Status(ctx context.Context, treaty string, asOf citewatch.Date) (*StatusTable, error) {
	if err := needTreaty("status", treaty); err != nil {
		return nil, err
	}
	bi, err := ix.acquire(false)
	if err != nil {
		return nil, err
	}
	if asOf.IsZero() {
		// As of everything indexed: from the summaries, when kept.
		t, ok, err := statusFromSummaries(bi, treaty)
		if ok {
			ix.release()
			return t, err
		}
	}
	t, err := statusFromCells(ctx, bi, treaty, asOf)
	ix.release()
	if !errors.Is(err, errNoCells) {
		return t, err
	}
	// An index written before facts had cell terms: from the facts.
	facts, err := ix.Facts(ctx, citewatch.FactQuery{Treaty: treaty})
	if err != nil {
		return nil, err
	}
	if len(facts) == 0 {
		return nil, fmt.Errorf("%w: index: no facts about %s", citewatch.ErrNotFound, treaty)
	}
	return statusTable(treaty, asOf, facts), nil
}

// statusTable is Status without the index.
func statusTable(treaty string, asOf citewatch.Date, facts []citewatch.Fact) *StatusTable {
	t := &StatusTable{Treaty: treaty, AsOf: asOf}
	rows := map[string]*Row{}
	row := func(party string) *Row {
		r := rows[party]
		if r == nil {
			r = &Row{Party: party}
			rows[party] = r
		}
		return r
	}
	var signatories, parties []citewatch.Fact
	for _, f := range facts {
		if !asOf.IsZero() && after(f.EffectiveDate(), asOf) {
			continue
		}
		switch {
		case f.Event == citewatch.EventAdopted:
			t.Adopted.add(f)
		case f.Event == citewatch.EventOpened:
			t.Opened.add(f)
		case f.Event == citewatch.EventSignatoryCount:
			signatories = append(signatories, f)
		case f.Event == citewatch.EventPartyCount:
			parties = append(parties, f)
		case f.Party == "":
			if f.Event == citewatch.EventEnteredIntoForce {
				t.InForce.add(f)
			}
		case f.Event == citewatch.EventSigned:
			row(f.Party).Signed.add(f)
		case f.Event.ConsentToBeBound():
			row(f.Party).Consent.add(f)
		case f.Event == citewatch.EventEnteredIntoForce:
			row(f.Party).InForce.add(f)
		}
	}
	t.Signatories = latestCounts(signatories)
	t.Parties = latestCounts(parties)
	for _, c := range []*Cell{&t.Adopted, &t.Opened, &t.InForce} {
		c.settle()
	}
	for _, r := range rows {
		for _, c := range []*Cell{&r.Signed, &r.Consent, &r.InForce} {
			c.settle()
		}
		t.Rows = append(t.Rows, *r)
	}
	sort.Slice(t.Rows, func(i, j int) bool { return t.Rows[i].Party < t.Rows[j].Party })
	return t
}

// after reports whether d begins after the day asOf ends.
func after(d, asOf citewatch.Date) bool {
	if d.IsZero() {
		return false
	}
	end := asOf.Time()
	switch asOf.Precision {
	case citewatch.PrecisionYear:
		end = end.AddDate(1, 0, 0)
	case citewatch.PrecisionMonth:
		end = end.AddDate(0, 1, 0)
	default:
		end = end.AddDate(0, 0, 1)
	}
	return !d.Time().Before(end)
}

// add files f's citation under the value it states, adding the value when
// new.
func (c *Cell) add(f citewatch.Fact) {
	key := valueKey(f)
	if i, ok := c.at[key]; ok {
		v := &c.Values[i]
		v.Citations = appendCitation(v.Citations, f.Citation)
		return
	}
	if c.at == nil {
		c.at = map[string]int{}
	}
	c.at[key] = len(c.Values)
	c.Values = append(c.Values, Value{Event: f.Event, Date: f.Date, Count: f.Count, Citations: []citewatch.Citation{f.Citation}})
}

// valueKey is the key of the value f states: two facts state the same
// value when their keys are the same.
func valueKey(f citewatch.Fact) string {
	return string(f.Event) + "|" + dateKey(f.Date) + "|" + strconv.Itoa(f.Count)
}

// dateKey is a key for d that two dates share when their String does,
// without formatting it.
func dateKey(d citewatch.Date) string {
	switch d.Precision {
	case citewatch.PrecisionDay:
		return strconv.Itoa(d.Year) + "-" + strconv.Itoa(d.Month) + "-" + strconv.Itoa(d.Day)
	case citewatch.PrecisionMonth:
		return strconv.Itoa(d.Year) + "-" + strconv.Itoa(d.Month)
	case citewatch.PrecisionYear:
		return strconv.Itoa(d.Year)
	}
	return ""
}

func appendCitation(cs []citewatch.Citation, c citewatch.Citation) []citewatch.Citation {
	for _, x := range cs {
		if x.URL == c.URL && x.WARCRecordID == c.WARCRecordID && x.Span == c.Span && x.Quote == c.Quote {
			return cs
		}
	}
	return append(cs, c)
}

// settle orders the values, the best supported first, then those that
// agree with it, then those that do not (marked Disagrees), flags the
// cell when any two disagree, and keeps the first MaxCellValues. A
// value's support is its citations, those listed and those counted in
// MoreCitations (a bulk build lists the first ones only).
func (c *Cell) settle() {
	c.at = nil
	sort.SliceStable(c.Values, func(i, j int) bool {
		a, b := c.Values[i], c.Values[j]
		if na, nb := len(a.Citations)+a.MoreCitations, len(b.Citations)+b.MoreCitations; na != nb {
			return na > nb
		}
		return a.Date.Time().Before(b.Date.Time())
	})
	if len(c.Values) == 0 {
		return
	}
	best := c.Values[0].fact()
	for i := range c.Values[1:] {
		c.Values[1+i].Disagrees = citewatch.Disagree(best, c.Values[1+i].fact())
	}
	sort.SliceStable(c.Values[1:], func(i, j int) bool {
		return !c.Values[1+i].Disagrees && c.Values[1+j].Disagrees
	})
disagree:
	for i, a := range c.Values {
		for _, b := range c.Values[i+1:] {
			if citewatch.Disagree(a.fact(), b.fact()) {
				c.Disagree = true
				break disagree
			}
		}
	}
	if len(c.Values) > MaxCellValues {
		c.Omitted = len(c.Values) - MaxCellValues
		c.Values = slices.Clip(c.Values[:MaxCellValues])
	}
	for i := range c.Values {
		if v := &c.Values[i]; len(v.Citations) > MaxValueCitations {
			v.MoreCitations += len(v.Citations) - MaxValueCitations
			v.Citations = slices.Clip(v.Citations[:MaxValueCitations])
		}
	}
}

// latestCounts keeps the counts stated for the latest date any source
// speaks for; different counts for that date disagree.
func latestCounts(facts []citewatch.Fact) Cell {
	var c Cell
	var latest time.Time
	for _, f := range facts {
		if t := f.EffectiveDate().Time(); t.After(latest) {
			latest = t
		}
	}
	for _, f := range facts {
		if f.EffectiveDate().Time().Equal(latest) {
			f.Date = f.EffectiveDate()
			c.add(f)
		}
	}
	c.settle()
	return c
}

// TimelineEntry is one dated event of a treaty as sources state it: every
// citation that gives this event, party and date. Disputed is set when
// other sources give another date for the same event and party.
type TimelineEntry struct {
	Date      citewatch.Date       `json:"date"`
	Event     citewatch.Event      `json:"event"`
	Party     string               `json:"party,omitempty"`
	Place     string               `json:"place,omitempty"`
	Count     int                  `json:"count,omitempty"`
	Disputed  bool                 `json:"disputed,omitempty"`
	Citations []citewatch.Citation `json:"citations"`
}

// Timeline returns the dated events of treaty in date order (then in a
// treaty's usual order of events, then by party). Facts without a date are
// left out. It returns an error wrapping citewatch.ErrNotFound when no fact
// about treaty is indexed. It is safe for concurrent use.
func (ix *Index) Timeline(ctx context.Context, treaty string) ([]TimelineEntry, error) {
	if err := needTreaty("timeline", treaty); err != nil {
		return nil, err
	}
	facts, err := ix.Facts(ctx, citewatch.FactQuery{Treaty: treaty})
	if err != nil {
		return nil, err
	}
	if len(facts) == 0 {
		return nil, fmt.Errorf("%w: index: no facts about %s", citewatch.ErrNotFound, treaty)
	}
	return timeline(facts), nil
}

// timeline is Timeline without the index.
func timeline(facts []citewatch.Fact) []TimelineEntry {
	var out []TimelineEntry
	var keys []string // the fact Key of each entry
	byKey := map[string]int{}
	dates := map[string][]citewatch.Date{} // per fact Key
	for _, f := range facts {
		if f.Date.IsZero() {
			continue
		}
		k := fmt.Sprintf("%s|%s|%d", f.Key(), f.Date, f.Count)
		i, ok := byKey[k]
		if !ok {
			i = len(out)
			byKey[k] = i
			out = append(out, TimelineEntry{Date: f.Date, Event: f.Event, Party: f.Party, Place: f.Place, Count: f.Count})
			keys = append(keys, f.Key())
			dates[f.Key()] = append(dates[f.Key()], f.Date)
		}
		if out[i].Place == "" {
			out[i].Place = f.Place
		}
		out[i].Citations = appendCitation(out[i].Citations, f.Citation)
	}
	for i := range out {
		e := &out[i]
		if e.Event == citewatch.EventSignatoryCount || e.Event == citewatch.EventPartyCount {
			continue
		}
		for _, d := range dates[keys[i]] {
			if !d.Agrees(e.Date) {
				e.Disputed = true
			}
		}
	}
	sort.SliceStable(out, func(i, j int) bool {
		a, b := out[i], out[j]
		if !a.Date.Time().Equal(b.Date.Time()) {
			return a.Date.Time().Before(b.Date.Time())
		}
		if ea, eb := slices.Index(citewatch.Events, a.Event), slices.Index(citewatch.Events, b.Event); ea != eb {
			return ea < eb
		}
		return a.Party < b.Party
	})
	return out
}
