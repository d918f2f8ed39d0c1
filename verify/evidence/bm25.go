package evidence

import (
	"math"
	"sort"
	"strings"
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
	sents  []counts // the terms of each sentence
	lens   []int
	avgLen float64
	// in lists, per term key, the sentences that have it, in order: a
	// claim is weighed against the sentences that share its terms, not
	// against every sentence of a long page.
	in   map[string][]int
	meta []int // the "(meta data)" sentences
}

func newPage(sentences []string) *page {
	p := &page{
		sents: make([]counts, len(sentences)),
		lens:  make([]int, len(sentences)),
		in:    make(map[string][]int),
	}
	total := 0
	read := stems{}
	seen := map[string]int{}
	for i, s := range sentences {
		if strings.HasPrefix(s, metaPrefix) {
			p.meta = append(p.meta, i)
		}
		ts := termsWith(s, read)
		p.sents[i] = p.count(i, ts, seen)
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

// counts are the terms of a sentence, each with how often it has it. A
// sentence has few distinct terms: a list costs less than a map.
type counts []termCount

type termCount struct {
	key string
	n   int
}

// count returns the counts of ts, the terms of sentence i, and lists the
// sentence under each of its terms. seen is scratch space for a long
// sentence.
func (p *page) count(i int, ts []term, seen map[string]int) counts {
	var c counts
	if len(ts) <= 32 {
	next:
		for _, t := range ts {
			for k := range c {
				if c[k].key == t.key {
					c[k].n++
					continue next
				}
			}
			c = append(c, termCount{t.key, 1})
		}
	} else {
		clear(seen)
		for _, t := range ts {
			if k, ok := seen[t.key]; ok {
				c[k].n++
				continue
			}
			seen[t.key] = len(c)
			c = append(c, termCount{t.key, 1})
		}
	}
	for _, t := range c {
		p.in[t.key] = append(p.in[t.key], i)
	}
	return c
}

// of returns how often the sentence has key.
func (c counts) of(key string) int {
	for _, t := range c {
		if t.key == key {
			return t.n
		}
	}
	return 0
}

// idf is BM25's inverse document frequency of key over the page's
// sentences; a key the page never uses gets the highest value.
func (p *page) idf(key string) float64 {
	n := float64(len(p.sents))
	df := float64(len(p.in[key]))
	return math.Log(1 + (n-df+0.5)/(df+0.5))
}

// score is sentence i's BM25 score for the query keys.
func (p *page) score(i int, query []string) float64 {
	var s float64
	norm := bm25K1 * (1 - bm25B + bm25B*float64(p.lens[i])/p.avgLen)
	for _, key := range query {
		tf := float64(p.sents[i].of(key))
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
