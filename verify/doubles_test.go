package verify

import (
	"context"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/citewatch/citewatch"
	"github.com/citewatch/citewatch/citing"
)

// memIndex is an in-memory stand-in for the index: pages of sentences and
// their facts.
type memIndex struct {
	pages map[string][]string
	order []string
	facts []citewatch.Fact
}

func newMemIndex() *memIndex { return &memIndex{pages: map[string][]string{}} }

// page adds a page of sentences and returns its URL's WARC record id.
func (m *memIndex) page(url string, sentences ...string) {
	if _, ok := m.pages[url]; !ok {
		m.order = append(m.order, url)
	}
	m.pages[url] = append(m.pages[url], sentences...)
}

// fact adds a fact read from sentence quote of url.
func (m *memIndex) fact(url string, f citewatch.Fact, quote string) {
	f.Citation = citewatch.Citation{URL: url, Quote: quote, WARCRecordID: recordID(url), Extractor: "test"}
	if f.Treaty == "" {
		f.Treaty = "CETS-225"
	}
	m.facts = append(m.facts, f)
}

func recordID(url string) string { return "<urn:uuid:" + strconv.Itoa(len(url)) + ">" }

func (m *memIndex) CountPassages(_ context.Context, q citewatch.PassageQuery) (int, error) {
	n := 0
	for _, u := range q.URLs {
		n += len(m.pages[u])
	}
	return n, nil
}

func (m *memIndex) Passages(ctx context.Context, q citewatch.PassageQuery) ([]citewatch.Passage, error) {
	var out []citewatch.Passage
	want := map[string]bool{}
	for _, u := range q.URLs {
		want[u] = true
	}
	words := map[string]bool{}
	for _, w := range citing.ContentWords(q.Text) {
		words[w] = true
	}
	for _, u := range m.order {
		if len(want) > 0 && !want[u] {
			continue
		}
		off := 0
		for i, s := range m.pages[u] {
			p := citewatch.Passage{ID: u + "#" + strconv.Itoa(i), URL: u, WARCRecordID: recordID(u), Kind: "sentence",
				Text: s, Span: citewatch.Span{Start: off, End: off + len(s)}, FetchedAt: time.Unix(0, 0)}
			off += len(s) + 1
			if q.Text != "" {
				for _, w := range citing.ContentWords(s) {
					if words[w] {
						p.Score++
					}
				}
				if p.Score == 0 {
					continue
				}
			}
			out = append(out, p)
		}
	}
	if q.Text != "" {
		sort.SliceStable(out, func(i, j int) bool { return out[i].Score > out[j].Score })
	}
	if q.Limit > 0 && len(out) > q.Limit {
		out = out[:q.Limit]
	}
	return out, nil
}

func (m *memIndex) Facts(ctx context.Context, q citewatch.FactQuery) ([]citewatch.Fact, error) {
	want := map[string]bool{}
	for _, u := range q.URLs {
		want[u] = true
	}
	var out []citewatch.Fact
	for _, f := range m.facts {
		if (q.Treaty != "" && f.Treaty != q.Treaty) || (q.Event != "" && f.Event != q.Event) ||
			(q.Party != "" && f.Party != q.Party) || (len(want) > 0 && !want[f.Citation.URL]) {
			continue
		}
		out = append(out, f)
	}
	return out, nil
}

// memReader reads assertions from a table of texts, standing in for the
// extractor; a text not in the table asserts nothing.
type memReader map[string][]citewatch.Assertion

func (r memReader) Assertions(text string, _ citewatch.Date) []citewatch.Assertion {
	return r[strings.TrimSuffix(text, ".")]
}

// memHealth answers from a table; a URL not in it was never fetched.
type memHealth map[string]citewatch.Availability

func (h memHealth) Availability(_ context.Context, url string) (citewatch.Availability, error) {
	s, ok := h[url]
	if !ok {
		return citewatch.Availability{}, citewatch.ErrNotFound
	}
	return s, nil
}
