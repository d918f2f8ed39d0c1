package extract

import (
	"context"
	"fmt"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/rs/zerolog"

	"github.com/citewatch/citewatch"
	"github.com/citewatch/citewatch/internal/fixtureweb"
)

// evalKey is what the evaluation compares: treaty, event, party, date and
// precision, and the count for counts.
func evalKey(treaty, event, party, date, precision string, count int) string {
	k := strings.Join([]string{treaty, event, party, date, precision}, "|")
	if count != 0 {
		k += fmt.Sprintf("|n=%d", count)
	}
	return k
}

func factKey(f citewatch.Fact) string {
	return evalKey(f.Treaty, string(f.Event), f.Party, f.Date.String(), string(f.Date.Precision), f.Count)
}

// evalPage is one page of an evaluation set: what a crawl would have (URL,
// body, content type) and what the page states.
type evalPage struct {
	URL         string
	ContentType string
	HTML        []byte
	Golden      *fixtureweb.Golden
}

// tally counts true positives, false positives and false negatives.
type tally struct{ tp, fp, fn int }

func ratio(a, b int) float64 {
	if b == 0 {
		return 1
	}
	return float64(a) / float64(b)
}

func (c tally) precision() float64 { return ratio(c.tp, c.tp+c.fp) }
func (c tally) recall() float64    { return ratio(c.tp, c.tp+c.fn) }

// evaluate runs Extract on every page and compares its facts with the
// page's golden by evalKey. It logs each page's misses and extras and the
// figures overall and per event, and fails the test when a quote does not
// round-trip or precision or recall falls below the floors.
func evaluate(t *testing.T, pages []evalPage, minPrecision, minRecall float64) {
	t.Helper()
	x := New(zerolog.Nop())
	total := tally{}
	byEvent := map[string]*tally{}
	ev := func(k string) *tally {
		e := strings.Split(k, "|")[1]
		if byEvent[e] == nil {
			byEvent[e] = &tally{}
		}
		return byEvent[e]
	}
	for _, p := range pages {
		snap := citewatch.Snapshot{URL: p.URL, Status: 200, ContentType: p.ContentType, Body: p.HTML,
			FetchedAt: time.Date(2025, 3, 1, 0, 0, 0, 0, time.UTC), Outcome: citewatch.OutcomeFetched, WARCRecordID: "<urn:uuid:eval>"}
		doc, facts, err := x.Extract(context.Background(), snap)
		if err != nil {
			t.Errorf("%s: %v", p.URL, err)
			continue
		}
		want := map[string]string{}
		for _, g := range p.Golden.Facts {
			want[evalKey(g.Treaty, g.Event, g.Party, g.Date, g.Precision, g.Count)] = g.Quote
		}
		got := map[string]string{}
		for _, f := range facts {
			if doc.Slice(f.Citation.Span) != f.Citation.Quote {
				t.Errorf("%s: quote %q does not round-trip", p.URL, f.Citation.Quote)
			}
			got[factKey(f)] = f.Citation.Quote
		}
		var misses []string
		for k, q := range want {
			if _, ok := got[k]; ok {
				total.tp++
				ev(k).tp++
			} else {
				total.fn++
				ev(k).fn++
				misses = append(misses, fmt.Sprintf("  missed %s  %q", k, q))
			}
		}
		for k, q := range got {
			if _, ok := want[k]; !ok {
				total.fp++
				ev(k).fp++
				misses = append(misses, fmt.Sprintf("  extra  %s  %q", k, q))
			}
		}
		if len(misses) > 0 {
			sort.Strings(misses)
			t.Logf("%s (published %s, got %s)\n%s", p.URL, p.Golden.Published, doc.Published, strings.Join(misses, "\n"))
		}
	}
	var events []string
	for e := range byEvent {
		events = append(events, e)
	}
	sort.Strings(events)
	var b strings.Builder
	fmt.Fprintf(&b, "%d pages: precision %.3f recall %.3f (tp %d, fp %d, fn %d)\n", len(pages), total.precision(), total.recall(), total.tp, total.fp, total.fn)
	for _, e := range events {
		c := byEvent[e]
		fmt.Fprintf(&b, "  %-28s precision %.3f recall %.3f (tp %d, fp %d, fn %d)\n", e, c.precision(), c.recall(), c.tp, c.fp, c.fn)
	}
	t.Log(b.String())
	if total.precision() < minPrecision || total.recall() < minRecall {
		t.Errorf("precision %.3f recall %.3f, want at least %.2f and %.2f", total.precision(), total.recall(), minPrecision, minRecall)
	}
}

// TestEvaluation runs Extract on every fixture page with a golden, with
// only what a crawl would have (URL, body, content type), and compares
// facts with the goldens. It fails below precision 0.95 or recall 0.90.
func TestEvaluation(t *testing.T) {
	pages, err := fixtureweb.Pages()
	if err != nil {
		t.Fatal(err)
	}
	var set []evalPage
	for _, p := range pages {
		if p.Status != 200 || p.Golden == nil {
			continue
		}
		set = append(set, evalPage{URL: p.URL, ContentType: p.ContentType, HTML: p.HTML, Golden: p.Golden})
	}
	evaluate(t, set, 0.95, 0.90)
}
