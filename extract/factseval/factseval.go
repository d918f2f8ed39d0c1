// Package factseval scores extracted facts against a corpus of pages with
// hand-labelled facts, laid out as a directory holding pages.jsonl (one
// line per page), gold.jsonl (one line per fact a page states) and the
// pages' files.
//
// A fact matches a gold line on its event class (ratified, accepted,
// approved and acceded are one class, since pages name the act of consent
// loosely), its party, its date at the gold line's precision and its count.
// Precision is over dated facts and counts; a fact with no date is not
// scored, but the dated gold line it should have been counts against
// recall. The treaty id is reported, not scored.
package factseval

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/citewatch/citewatch"
)

// Page is one page of a corpus.
type Page struct {
	Page      string `json:"page"` // file name under pages/
	URL       string `json:"url"`
	Published string `json:"published"` // YYYY-MM-DD, YYYY-MM, or ""
	Language  string `json:"language"`
	Kind      string `json:"kind"`
}

// Gold is one labelled fact.
type Gold struct {
	Page          string  `json:"page"`
	Treaty        string  `json:"treaty"`
	Event         string  `json:"event"` // adopted, opened_for_signature, ..., party_count
	Party         *string `json:"party"`
	Date          *string `json:"date"`
	Place         *string `json:"place"`
	Count         *int    `json:"count"`
	QuoteContains string  `json:"quote_contains"`
	Wrong         bool    `json:"wrong"`
}

// Corpus is a labelled corpus read from a directory.
type Corpus struct {
	Dir   string
	Pages []Page
	Gold  []Gold
}

// Load reads a corpus directory. A malformed line is an error naming the
// file and line.
func Load(dir string) (*Corpus, error) {
	c := &Corpus{Dir: dir}
	if err := readLines(filepath.Join(dir, "pages.jsonl"), func(b []byte) error {
		var p Page
		if err := json.Unmarshal(b, &p); err != nil {
			return err
		}
		if p.Page == "" || p.URL == "" {
			return fmt.Errorf("page line without page or url")
		}
		c.Pages = append(c.Pages, p)
		return nil
	}); err != nil {
		return nil, err
	}
	if err := readLines(filepath.Join(dir, "gold.jsonl"), func(b []byte) error {
		var g Gold
		if err := json.Unmarshal(b, &g); err != nil {
			return err
		}
		if g.Page == "" || g.Event == "" {
			return fmt.Errorf("gold line without page or event")
		}
		c.Gold = append(c.Gold, g)
		return nil
	}); err != nil {
		return nil, err
	}
	return c, nil
}

func readLines(path string, fn func([]byte) error) error {
	f, err := os.Open(path)
	if err != nil {
		return fmt.Errorf("%w: %v", citewatch.ErrInvalid, err)
	}
	defer func() { _ = f.Close() }() // read only: closing loses nothing
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	n := 0
	for sc.Scan() {
		n++
		line := strings.TrimSpace(sc.Text())
		if line == "" {
			continue
		}
		if err := fn([]byte(line)); err != nil {
			return fmt.Errorf("%w: %s line %d: %v", citewatch.ErrInvalid, filepath.Base(path), n, err)
		}
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("%w: %s: %v", citewatch.ErrInvalid, filepath.Base(path), err)
	}
	return nil
}

// PagePath returns the path of a page's file.
func (c *Corpus) PagePath(p Page) string {
	if filepath.Dir(p.Page) == "." {
		if _, err := os.Stat(filepath.Join(c.Dir, "pages", p.Page)); err == nil {
			return filepath.Join(c.Dir, "pages", p.Page)
		}
	}
	return filepath.Join(c.Dir, p.Page)
}

// EventClass returns the class an event is scored in: the act of consent
// (ratified, accepted, approved, acceded) is one class. It accepts both the
// corpus spelling ("entered_into_force") and citewatch's
// ("entered-into-force").
func EventClass(e string) string {
	e = strings.ReplaceAll(e, "_", "-")
	switch e {
	case "ratified", "accepted", "approved", "acceded":
		return "consent"
	}
	return e
}

// Item is a scored fact or gold line, as printed.
type Item struct {
	Page   string `json:"page"`
	Event  string `json:"event"`
	Party  string `json:"party,omitempty"`
	Date   string `json:"date,omitempty"`
	Count  *int   `json:"count,omitempty"`
	Treaty string `json:"treaty,omitempty"`
	Quote  string `json:"quote"`
}

// Score is precision and recall over one slice of the corpus.
type Score struct {
	Matched   int     `json:"matched"`   // gold lines found
	Gold      int     `json:"gold"`      // gold lines
	True      int     `json:"true"`      // scored facts that match a gold line
	Emitted   int     `json:"emitted"`   // scored facts
	Precision float64 `json:"precision"` // True / Emitted (1 when nothing was emitted)
	Recall    float64 `json:"recall"`    // Matched / Gold (1 when nothing was labelled)
}

func (s *Score) finish() {
	s.Precision, s.Recall = 1, 1
	if s.Emitted > 0 {
		s.Precision = float64(s.True) / float64(s.Emitted)
	}
	if s.Gold > 0 {
		s.Recall = float64(s.Matched) / float64(s.Gold)
	}
}

// F1 is the harmonic mean of precision and recall.
func (s Score) F1() float64 {
	if s.Precision+s.Recall == 0 {
		return 0
	}
	return 2 * s.Precision * s.Recall / (s.Precision + s.Recall)
}

// Result is a corpus's scores and the facts behind them.
type Result struct {
	Overall    Score            `json:"overall"`
	ByLanguage map[string]Score `json:"by_language"`
	ByEvent    map[string]Score `json:"by_event"` // by event class
	Missed     []Item           `json:"missed"`   // gold lines no fact matched
	False      []Item           `json:"false"`    // scored facts that match no gold line
	Unscored   int              `json:"unscored"` // facts without a date (not counts)
	// Treaties maps each gold treaty id to the ids citewatch gave the facts
	// that matched it, with how often: treaty ids are reported, not scored.
	Treaties map[string]map[string]int `json:"treaties"`
}

// key is what a fact is scored on.
type key struct {
	class, party, date string
	count              int
}

func goldKey(g Gold) key {
	k := key{class: EventClass(g.Event)}
	if g.Party != nil {
		k.party = *g.Party
	}
	if g.Date != nil {
		k.date = *g.Date
	}
	if g.Count != nil {
		k.count = *g.Count
	}
	return k
}

// factDate is the date a fact is scored on: its own, or for a count the
// date the count speaks for.
func factDate(f citewatch.Fact) citewatch.Date {
	if f.Date.IsZero() && f.Event.Counts() {
		return f.AsOf
	}
	return f.Date
}

// matches reports whether a fact states a gold line's key: the same event
// class, party and count, and a date that, cut to the gold's precision, is
// the gold's date.
func matches(f citewatch.Fact, k key) bool {
	if EventClass(string(f.Event)) != k.class || f.Party != k.party {
		return false
	}
	if f.Event.Counts() && f.Count != k.count {
		return false
	}
	d := factDate(f)
	if k.date == "" {
		return d.IsZero()
	}
	s := d.String()
	return len(s) >= len(k.date) && s[:len(k.date)] == k.date
}

// Evaluate scores each page's facts against the corpus's gold lines. facts
// maps a page's file name (Page.Page) to what citewatch read off it.
func (c *Corpus) Evaluate(facts map[string][]citewatch.Fact) Result {
	res := Result{ByLanguage: map[string]Score{}, ByEvent: map[string]Score{}, Treaties: map[string]map[string]int{}}
	lang := map[string]string{}
	for _, p := range c.Pages {
		lang[p.Page] = p.Language
	}
	gold := map[string][]Gold{}
	for _, g := range c.Gold {
		gold[g.Page] = append(gold[g.Page], g)
	}
	add := func(s *Score, matched, golds, tru, emitted int) {
		s.Matched += matched
		s.Gold += golds
		s.True += tru
		s.Emitted += emitted
	}
	for _, p := range c.Pages {
		gs := gold[p.Page]
		used := make([]bool, len(gs))
		seen := map[key]bool{}
		for _, f := range facts[p.Page] {
			d := factDate(f)
			if d.IsZero() {
				res.Unscored++
				continue
			}
			fk := key{class: EventClass(string(f.Event)), party: f.Party, date: d.String(), count: f.Count}
			if seen[fk] { // the same fact read twice off one page is one fact
				continue
			}
			seen[fk] = true
			hit := -1
			for i, g := range gs {
				if !used[i] && matches(f, goldKey(g)) {
					hit = i
					break
				}
			}
			l, e := lang[p.Page], EventClass(string(f.Event))
			le, ee := res.ByLanguage[l], res.ByEvent[e]
			if hit < 0 {
				add(&res.Overall, 0, 0, 0, 1)
				add(&le, 0, 0, 0, 1)
				add(&ee, 0, 0, 0, 1)
				res.False = append(res.False, item(p.Page, f))
			} else {
				// every other gold line this fact also states is found too
				// (a page may state the same act twice, in two sentences).
				n := 0
				for i, g := range gs {
					if !used[i] && matches(f, goldKey(g)) {
						used[i] = true
						n++
						t := res.Treaties[g.Treaty]
						if t == nil {
							t = map[string]int{}
							res.Treaties[g.Treaty] = t
						}
						t[f.Treaty]++
					}
				}
				add(&res.Overall, 0, 0, 1, 1)
				add(&le, 0, 0, 1, 1)
				add(&ee, 0, 0, 1, 1)
				_ = n
			}
			res.ByLanguage[l], res.ByEvent[e] = le, ee
		}
		for i, g := range gs {
			l, e := lang[p.Page], EventClass(g.Event)
			le, ee := res.ByLanguage[l], res.ByEvent[e]
			m := 0
			if used[i] {
				m = 1
			} else {
				res.Missed = append(res.Missed, goldItem(g))
			}
			add(&res.Overall, m, 1, 0, 0)
			add(&le, m, 1, 0, 0)
			add(&ee, m, 1, 0, 0)
			res.ByLanguage[l], res.ByEvent[e] = le, ee
		}
	}
	res.Overall.finish()
	for k, s := range res.ByLanguage {
		s.finish()
		res.ByLanguage[k] = s
	}
	for k, s := range res.ByEvent {
		s.finish()
		res.ByEvent[k] = s
	}
	return res
}

func item(page string, f citewatch.Fact) Item {
	it := Item{Page: page, Event: string(f.Event), Party: f.Party, Date: factDate(f).String(), Treaty: f.Treaty, Quote: f.Citation.Quote}
	if f.Event.Counts() {
		n := f.Count
		it.Count = &n
	}
	return it
}

func goldItem(g Gold) Item {
	it := Item{Page: g.Page, Event: g.Event, Treaty: g.Treaty, Quote: g.QuoteContains, Count: g.Count}
	if g.Party != nil {
		it.Party = *g.Party
	}
	if g.Date != nil {
		it.Date = *g.Date
	}
	return it
}

// Keys returns a map's keys in order.
func Keys[V any](m map[string]V) []string {
	ks := make([]string, 0, len(m))
	for k := range m {
		ks = append(ks, k)
	}
	sort.Strings(ks)
	return ks
}
