// Package watch keeps what a document's check found, round after round,
// and says what changed between two rounds: a verdict that flipped (with
// both quotes), a source that died or came back, a page whose facts
// changed. It holds no I/O but its state file; the command wires the
// crawl, the index and the verifier around it.
package watch

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/aymanbagabas/go-udiff"

	"github.com/citewatch/citewatch"
)

// Event kinds.
const (
	VerdictChanged = "verdict-changed"
	SourceDied     = "source-died"
	SourceReturned = "source-returned"
	FactsChanged   = "facts-changed"
)

// Verdict is one (claim, reference) verdict as a round found it.
type Verdict struct {
	Document string          `json:"document"`
	ClaimID  string          `json:"claim_id"`
	Claim    string          `json:"claim"`
	Ref      string          `json:"ref"`
	URL      string          `json:"url"`
	Label    citewatch.Label `json:"label"`
	Quote    string          `json:"quote,omitempty"`
	Reason   string          `json:"reason,omitempty"`
}

// key identifies a verdict across rounds: the document, the claim's text
// and the reference (claim ids shift when a document is edited).
func (v Verdict) key() string { return v.Document + "\x00" + v.Claim + "\x00" + v.Ref }

// State is what one round found.
type State struct {
	Checked  time.Time                   `json:"checked"`
	Verdicts []Verdict                   `json:"verdicts"`
	Health   map[string]citewatch.Health `json:"health"` // by source URL
	Facts    map[string][]string         `json:"facts"`  // by source URL: each fact in words, sorted
}

// AddReport records a document's verdicts.
func (s *State) AddReport(document string, claims []ClaimVerdicts) {
	for _, c := range claims {
		for _, v := range c.Verdicts {
			q := ""
			if len(v.Evidence) > 0 {
				q = v.Evidence[0].Quote
			}
			s.Verdicts = append(s.Verdicts, Verdict{Document: document, ClaimID: c.Claim.ID, Claim: c.Claim.Text,
				Ref: v.Ref, URL: v.URL, Label: v.Label, Quote: q, Reason: v.Reason})
		}
	}
}

// ClaimVerdicts is a claim and its verdicts, as a report holds them.
type ClaimVerdicts struct {
	Claim    citewatch.Claim
	Verdicts []citewatch.Verdict
}

// SetSource records a source's health and facts.
func (s *State) SetSource(url string, health citewatch.Health, facts []citewatch.Fact) {
	if s.Health == nil {
		s.Health = map[string]citewatch.Health{}
		s.Facts = map[string][]string{}
	}
	s.Health[url] = health
	seen := map[string]bool{}
	list := []string{}
	for _, f := range facts {
		w := FactWords(f)
		if !seen[w] {
			seen[w] = true
			list = append(list, w)
		}
	}
	sort.Strings(list)
	s.Facts[url] = list
}

// FactWords says a fact in words, as events show it: "JPN signed CETS-225
// on 2025-02-11", "CETS-225 signatory-count 16 as of 2025-03-01".
func FactWords(f citewatch.Fact) string {
	var b strings.Builder
	if f.Party != "" {
		b.WriteString(f.Party + " ")
	}
	b.WriteString(string(f.Event) + " " + f.Treaty)
	if f.Event.Counts() {
		b.WriteString(" " + strconv.Itoa(f.Count))
	}
	switch {
	case !f.Date.IsZero():
		b.WriteString(" on " + f.Date.String())
	case !f.AsOf.IsZero():
		b.WriteString(" as of " + f.AsOf.String())
	}
	return b.String()
}

// Event is one change between two rounds.
type Event struct {
	Time     time.Time `json:"time"`
	Kind     string    `json:"kind"`
	Document string    `json:"document,omitempty"`
	ClaimID  string    `json:"claim_id,omitempty"`
	Claim    string    `json:"claim,omitempty"`
	Ref      string    `json:"ref,omitempty"`
	URL      string    `json:"url"`
	// From and To are the verdict labels or link healths before and after.
	From      string   `json:"from,omitempty"`
	To        string   `json:"to,omitempty"`
	FromQuote string   `json:"from_quote,omitempty"`
	ToQuote   string   `json:"to_quote,omitempty"`
	Reason    string   `json:"reason,omitempty"` // the new verdict's reason
	Added     []string `json:"added,omitempty"`  // facts the page states now and did not before
	Removed   []string `json:"removed,omitempty"`
}

// String says an event in one line.
func (e Event) String() string {
	switch e.Kind {
	case VerdictChanged:
		return fmt.Sprintf("%s: %s [%s] %s -> %s: %q (was: %q)", e.Document, e.ClaimID, e.Ref, e.From, e.To, e.ToQuote, e.FromQuote)
	case SourceDied:
		return fmt.Sprintf("%s died (%s, was %s)", e.URL, e.To, e.From)
	case SourceReturned:
		return fmt.Sprintf("%s came back (%s, was %s)", e.URL, e.To, e.From)
	case FactsChanged:
		return fmt.Sprintf("%s: facts changed: now %s; before %s", e.URL, orNone(e.Added), orNone(e.Removed))
	}
	return e.Kind + " " + e.URL
}

func orNone(l []string) string {
	if len(l) == 0 {
		return "nothing more"
	}
	return strings.Join(l, "; ")
}

// Diff returns what changed from prev to cur, in a stable order: verdicts
// in cur's order, then sources by URL. A verdict or source that only one
// round knows is no change (a document edited, a source newly cited).
func Diff(prev, cur *State) []Event {
	if prev == nil || cur == nil {
		return nil
	}
	var out []Event
	before := map[string]Verdict{}
	for _, v := range prev.Verdicts {
		before[v.key()] = v
	}
	for _, v := range cur.Verdicts {
		p, ok := before[v.key()]
		if !ok || p.Label == v.Label {
			continue
		}
		out = append(out, Event{Time: cur.Checked, Kind: VerdictChanged, Document: v.Document, ClaimID: v.ClaimID, Claim: v.Claim,
			Ref: v.Ref, URL: v.URL, From: string(p.Label), To: string(v.Label), FromQuote: p.Quote, ToQuote: v.Quote, Reason: v.Reason})
	}
	urls := make([]string, 0, len(cur.Health))
	for u := range cur.Health {
		urls = append(urls, u)
	}
	sort.Strings(urls)
	for _, u := range urls {
		h, ph := cur.Health[u], prev.Health[u]
		if _, ok := prev.Health[u]; ok && ph != h {
			switch {
			case !ph.Failed() && h.Failed():
				out = append(out, Event{Time: cur.Checked, Kind: SourceDied, URL: u, From: string(ph), To: string(h)})
			case ph.Failed() && !h.Failed() && h != citewatch.HealthUnknown:
				out = append(out, Event{Time: cur.Checked, Kind: SourceReturned, URL: u, From: string(ph), To: string(h)})
			}
		}
		pf, ok := prev.Facts[u]
		cf := cur.Facts[u]
		if !ok || h.Failed() && len(cf) == 0 {
			continue // a source that died keeps its facts; that is no change of what it says
		}
		added, removed := diffWords(pf, cf)
		if len(added) > 0 || len(removed) > 0 {
			out = append(out, Event{Time: cur.Checked, Kind: FactsChanged, URL: u, Added: added, Removed: removed})
		}
	}
	return out
}

// Load reads a state file; a missing file is no state (nil, nil).
func Load(path string) (*State, error) {
	b, err := os.ReadFile(path)
	if errors.Is(err, os.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, fmt.Errorf("watch: %w", err)
	}
	var s State
	if err := json.Unmarshal(b, &s); err != nil {
		return nil, fmt.Errorf("%w: watch: state %s is damaged: %v (delete it to start again)", citewatch.ErrInvalid, filepath.Base(path), err)
	}
	return &s, nil
}

// Save writes a state file whole or not at all (a temporary file renamed
// over it), so a kill in the middle loses nothing.
func (s *State) Save(path string) error {
	b, err := json.Marshal(s)
	if err != nil {
		return err
	}
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return fmt.Errorf("watch: %w", err)
	}
	tmp, err := os.CreateTemp(filepath.Dir(path), ".state-*")
	if err != nil {
		return fmt.Errorf("watch: %w", err)
	}
	// On failure the temporary file is removed; the state at path is as
	// it was, and a removal that fails leaves only a hidden .state-* file.
	if _, err := tmp.Write(b); err != nil {
		return fmt.Errorf("watch: %w", errors.Join(err, tmp.Close(), os.Remove(tmp.Name())))
	}
	if err := tmp.Close(); err != nil {
		return fmt.Errorf("watch: %w", errors.Join(err, os.Remove(tmp.Name())))
	}
	if err := os.Rename(tmp.Name(), path); err != nil {
		return fmt.Errorf("watch: %w", errors.Join(err, os.Remove(tmp.Name())))
	}
	return nil
}

// DiffFacts says which facts a page states in its newer copy and not in its
// older one (added), and the other way round (removed), each in words.
func DiffFacts(older, newer []citewatch.Fact) (added, removed []string) {
	var a, b State
	a.SetSource("", "", older)
	b.SetSource("", "", newer)
	return diffWords(a.Facts[""], b.Facts[""])
}

func diffWords(before, after []string) (added, removed []string) {
	for _, f := range after {
		if !slices.Contains(before, f) {
			added = append(added, f)
		}
	}
	for _, f := range before {
		if !slices.Contains(after, f) {
			removed = append(removed, f)
		}
	}
	return added, removed
}

// Extractor reads a page's text and facts (the command passes
// *extract.Extractor).
type Extractor interface {
	Extract(ctx context.Context, s citewatch.Snapshot) (*citewatch.Document, []citewatch.Fact, error)
}

// Change is what differs between two archived copies of one page: the
// facts one states and the other does not, each in words, and the text
// as a unified diff of their paragraphs.
type Change struct {
	URL     string    `json:"url"`
	From    time.Time `json:"from"`
	To      time.Time `json:"to"`
	Same    bool      `json:"same"`
	Added   []string  `json:"added_facts,omitempty"`
	Removed []string  `json:"removed_facts,omitempty"`
	Text    string    `json:"text_diff,omitempty"`
}

// Compare reads both copies with x and says what changed from older to
// newer.
func Compare(ctx context.Context, x Extractor, older, newer citewatch.Snapshot) (Change, error) {
	oldDoc, oldFacts, err := x.Extract(ctx, older)
	if err != nil {
		return Change{}, err
	}
	newDoc, newFacts, err := x.Extract(ctx, newer)
	if err != nil {
		return Change{}, err
	}
	added, removed := DiffFacts(oldFacts, newFacts)
	text := udiff.Unified(older.FetchedAt.Format(time.RFC3339), newer.FetchedAt.Format(time.RFC3339), paragraphs(oldDoc), paragraphs(newDoc))
	return Change{URL: newer.URL, From: older.FetchedAt, To: newer.FetchedAt, Added: added, Removed: removed, Text: text,
		Same: len(added) == 0 && len(removed) == 0 && text == ""}, nil
}

// paragraphs is d's text a paragraph a line.
func paragraphs(d *citewatch.Document) string {
	var b strings.Builder
	for _, p := range d.Paragraphs {
		b.WriteString(d.Slice(p))
		b.WriteByte('\n')
	}
	return b.String()
}
