package evidence

import (
	"math"
	"sort"
)

// BM25 parameters: the usual defaults, which suit sentence-length documents.
const (
	bm25K1 = 1.2
	bm25B  = 0.75
)

// Scored is a sentence's index and its relevance to a query.
type Scored struct {
	Index int     `json:"index"`
	Score float64 `json:"score"`
}

// Rank scores each sentence against query with BM25, the collection being
// the sentences themselves, and returns the k best with a positive score,
// best first (ties in sentence order). k <= 0 returns every sentence that
// shares a term with the query. Rank is safe for concurrent use.
func Rank(query string, sentences []string, k int) []Scored {
	p := newPage(sentences)
	q := uniqueKeys(terms(query))
	return p.rank(q, k)
}

// page is a source's sentences, tokenized, with document frequencies.
type page struct {
	sents  []map[string]int // term key -> count, per sentence
	lens   []int
	avgLen float64
	df     map[string]int
}

func newPage(sentences []string) *page {
	p := &page{
		sents: make([]map[string]int, len(sentences)),
		lens:  make([]int, len(sentences)),
		df:    make(map[string]int),
	}
	total := 0
	for i, s := range sentences {
		ts := terms(s)
		m := make(map[string]int, len(ts))
		for _, t := range ts {
			m[t.key]++
		}
		for key := range m {
			p.df[key]++
		}
		p.sents[i] = m
		p.lens[i] = len(ts)
		total += len(ts)
	}
	if len(sentences) > 0 {
		p.avgLen = float64(total) / float64(len(sentences))
	}
	if p.avgLen == 0 {
		p.avgLen = 1
	}
	return p
}

// idf is BM25's inverse document frequency of key over the page's
// sentences; a key the page never uses gets the highest value.
func (p *page) idf(key string) float64 {
	n := float64(len(p.sents))
	df := float64(p.df[key])
	return math.Log(1 + (n-df+0.5)/(df+0.5))
}

// score is sentence i's BM25 score for the query keys.
func (p *page) score(i int, query []string) float64 {
	var s float64
	norm := bm25K1 * (1 - bm25B + bm25B*float64(p.lens[i])/p.avgLen)
	for _, key := range query {
		tf := float64(p.sents[i][key])
		if tf == 0 {
			continue
		}
		s += p.idf(key) * tf * (bm25K1 + 1) / (tf + norm)
	}
	return s
}

func (p *page) rank(query []string, k int) []Scored {
	var out []Scored
	for i := range p.sents {
		if s := p.score(i, query); s > 0 {
			out = append(out, Scored{Index: i, Score: s})
		}
	}
	sort.SliceStable(out, func(a, b int) bool { return out[a].Score > out[b].Score })
	if k > 0 && len(out) > k {
		out = out[:k]
	}
	return out
}

// uniqueKeys returns the distinct keys of ts in first-seen order.
func uniqueKeys(ts []term) []string {
	seen := make(map[string]bool, len(ts))
	var out []string
	for _, t := range ts {
		if !seen[t.key] {
			seen[t.key] = true
			out = append(out, t.key)
		}
	}
	return out
}
