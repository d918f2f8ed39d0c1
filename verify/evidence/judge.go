package evidence

import (
	"fmt"
	"strings"
)

// Label is a Judgement's finding.
type Label string

// Judgement labels.
const (
	// Supported: the best sentences cover the claim, every number and name included.
	Supported Label = "supported"
	// Partial: the best sentences cover much of the claim but not all of it.
	Partial Label = "partial"
	// None: the source says little of what the claim says.
	None Label = "none"
)

// Judgement is what a Scorer found for one claim.
type Judgement struct {
	Label    Label    `json:"label"`
	Score    float64  `json:"score"`             // BM25 score of the first evidence sentence against the claim
	Best     []int    `json:"best"`              // indices of the evidence sentences used, best first
	Coverage float64  `json:"coverage"`          // IDF-weighted share of the claim's content words they contain, 0..1
	Missing  []string `json:"missing,omitempty"` // claim words, names and numbers they lack, as the claim writes them
	Reason   string   `json:"reason"`
}

// Options tune a Scorer. Zero values take the defaults, which were chosen
// by cross-validation on labelled claims (see the package comment).
type Options struct {
	// SupportedAt is the coverage at or above which a claim whose numbers
	// and names all appear is supported. Default 0.50.
	SupportedAt float64
	// PartialAt is the coverage at or above which a claim not supported is
	// partial rather than none. Default 0.25.
	PartialAt float64
	// TopK is how many sentences are read together as evidence: Judge picks
	// them one at a time, each adding the most of the claim not yet
	// covered. Default 3.
	TopK int
}

// Defaults.
const (
	defaultSupportedAt = 0.50
	defaultPartialAt   = 0.25
	defaultTopK        = 3
)

// Scorer judges claims against a source's sentences. It holds no state
// between calls and is safe for concurrent use.
type Scorer struct {
	opts Options
}

// New returns a Scorer with opts, defaults filling zero fields.
func New(opts Options) *Scorer {
	if opts.SupportedAt <= 0 {
		opts.SupportedAt = defaultSupportedAt
	}
	if opts.PartialAt <= 0 {
		opts.PartialAt = defaultPartialAt
	}
	if opts.TopK <= 0 {
		opts.TopK = defaultTopK
	}
	return &Scorer{opts: opts}
}

// Options returns the options the Scorer uses, defaults filled in.
func (s *Scorer) Options() Options { return s.opts }

// Judge says how well sentences, the cited source's text in order, back
// claim. context is the text before the claim in its own document (it may
// be empty): a name the claim shares with it is the claim's subject, which
// the source need not name. A sentence starting "(meta data)" (the page's
// title, author, publication date) is read with every sentence: the claim's
// words found there count as covered. Judge never fails: a claim with no
// content words or a source with no sentences is judged None.
func (s *Scorer) Judge(claim, context string, sentences []string) Judgement {
	return s.JudgePage(claim, context, NewPage(sentences))
}

// Page is a source's sentences read once for judging: a caller that
// judges many claims against one source reads it once with NewPage and
// passes it to JudgePage.
type Page struct{ p *page }

// NewPage reads sentences, the source's text in order, for JudgePage.
func NewPage(sentences []string) *Page { return &Page{newPage(sentences)} }

// JudgePage is Judge against a page read with NewPage. It does not change
// the page, and is safe for concurrent use.
func (s *Scorer) JudgePage(claim, context string, p *Page) Judgement {
	f := s.features(claim, context, p.p)
	return decide(f, s.opts.SupportedAt, s.opts.PartialAt)
}

// features are what Judge measures before it decides.
type features struct {
	coverage float64
	score    float64
	best     []int
	missing  []string // not in the best sentences
	absent   []string // numbers and names the whole page lacks
	content  int
}

// claimTerm is a distinct content term of a claim.
type claimTerm struct {
	term
	weight float64
}

// metaPrefix starts a sentence that carries the page's metadata (title,
// author, publication date) rather than its text.
const metaPrefix = "(meta data)"

func (s *Scorer) features(claim, context string, p *page) features {
	var f features
	ct := claimTerms(claim)
	f.content = len(ct)
	if len(ct) == 0 {
		return f
	}
	covered := make([]bool, len(ct))
	// The page's metadata goes with every sentence: a claim's subject is
	// often named only in the title, its date only in the publication date.
	for _, i := range p.meta {
		for k, t := range ct {
			covered[k] = covered[k] || p.sents[i].of(t.key) > 0
		}
	}
	// A name the claim shares with the text before it is what the claim is
	// about, carried over ("Smith ... Smith was born"); a source about that
	// subject may never name it ("I was born"), so its absence is not held
	// against the claim.
	given := map[string]bool{}
	for _, t := range terms(context) {
		if t.kind == kindEntity {
			given[t.key] = true
		}
	}
	keys := make([]string, len(ct))
	var total float64
	for k := range ct {
		keys[k] = ct[k].key
		ct[k].weight = p.idf(ct[k].key)
		total += ct[k].weight
		if ct[k].kind != kindWord && len(p.in[ct[k].key]) == 0 && !(ct[k].kind == kindEntity && given[ct[k].key]) {
			f.absent = append(f.absent, ct[k].surface)
		}
	}
	// Pick up to TopK sentences greedily, each time the one that adds the
	// most weight of claim terms not yet covered (the first such): evidence
	// for one claim is often split across sentences. Only sentences that
	// have an uncovered term can add any, so the gains are summed over the
	// sentences each term is in, term by term as a sentence would sum them.
	gains := map[int]float64{}
	for range s.opts.TopK {
		clear(gains)
		for k, t := range ct {
			if covered[k] {
				continue
			}
			for _, i := range p.in[t.key] {
				gains[i] += t.weight
			}
		}
		best, gain := -1, 0.0
		for i, g := range gains {
			if g > gain || g == gain && g > 0 && i < best {
				best, gain = i, g
			}
		}
		if best < 0 {
			break
		}
		f.best = append(f.best, best)
		for k, t := range ct {
			covered[k] = covered[k] || p.sents[best].of(t.key) > 0
		}
	}
	if len(f.best) > 0 {
		f.score = p.score(f.best[0], keys)
	}
	var got float64
	for k, t := range ct {
		if covered[k] {
			got += t.weight
		} else {
			f.missing = append(f.missing, t.surface)
		}
	}
	if total > 0 {
		f.coverage = got / total
	}
	return f
}

// decide labels what features measured: supported at coverage supportedAt
// or more when the page has every number and name of the claim, partial at
// partialAt or more, else none.
func decide(f features, supportedAt, partialAt float64) Judgement {
	j := Judgement{Score: f.score, Best: f.best, Coverage: f.coverage, Missing: f.missing}
	cover := fmt.Sprintf("the best sentence covers %.0f%% of the claim's content", 100*f.coverage)
	if len(f.best) > 1 {
		cover = fmt.Sprintf("the best %d sentences together cover %.0f%% of the claim's content", len(f.best), 100*f.coverage)
	}
	switch {
	case f.content == 0:
		j.Label, j.Reason = None, "the claim has no content words to look for"
	case len(f.best) == 0 && f.coverage == 0:
		j.Label, j.Reason = None, "no sentence of the source shares a word with the claim"
	case f.coverage >= supportedAt && len(f.absent) == 0:
		j.Label, j.Reason = Supported, cover+", and the source has every number and name the claim states"
	case f.coverage >= partialAt:
		j.Label, j.Reason = Partial, cover+absence(f)
	default:
		j.Label, j.Reason = None, cover+absence(f)
	}
	return j
}

// absence says what the source lacks.
func absence(f features) string {
	if len(f.absent) > 0 {
		return "; the source never mentions " + list(f.absent)
	}
	if len(f.missing) > 0 {
		return "; they lack " + list(f.missing)
	}
	return ""
}

// claimTerms returns the distinct content terms of a claim; a stem written
// with a capital anywhere in the claim is a name, a number stays a number.
func claimTerms(claim string) []claimTerm {
	var out []claimTerm
	at := map[string]int{}
	for _, t := range terms(claim) {
		if i, ok := at[t.key]; ok {
			if t.kind > out[i].kind {
				out[i].kind = t.kind
			}
			continue
		}
		at[t.key] = len(out)
		out = append(out, claimTerm{term: t})
	}
	return out
}

// list joins up to six words, saying how many more there are.
func list(words []string) string {
	m := words
	if len(m) > 6 {
		m = m[:6]
	}
	s := strings.Join(m, ", ")
	if len(words) > len(m) {
		s += fmt.Sprintf(" and %d more", len(words)-len(m))
	}
	return s
}
