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
	Score    float64  `json:"score"`    // the BM25 score of the best sentence
	Best     []int    `json:"best"`     // indices of the evidence sentences used, best first
	Coverage float64  `json:"coverage"` // IDF-weighted share of the claim's content words they contain, 0..1
	Missing  []string `json:"missing,omitempty"` // claim words, names and numbers they lack, as the claim writes them
	Reason   string   `json:"reason"`
}

// Options tune a Scorer. Zero values take the defaults, which were chosen
// by cross-validation on labelled claims (see the package's README).
type Options struct {
	// SupportedAt is the coverage at or above which a claim whose numbers
	// and names all appear is supported. Default 0.80.
	SupportedAt float64
	// PartialAt is the coverage at or above which a claim not supported is
	// partial rather than none. Default 0.40.
	PartialAt float64
	// TopK is how many of the best-ranked sentences are read together as
	// evidence. Default 3.
	TopK int
}

// Defaults.
const (
	defaultSupportedAt = 0.80
	defaultPartialAt   = 0.40
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
// be empty); it resolves what the claim refers back to. A sentence starting
// "(meta data) TITLE:" is read as the page's title: the claim's words found
// there count as covered. Judge never fails: a claim with no content words
// or a source with no sentences is judged None.
func (s *Scorer) Judge(claim, context string, sentences []string) Judgement {
	f := s.features(claim, context, sentences)
	return s.decide(f)
}

// features are what Judge measures before it decides.
type features struct {
	coverage    float64
	score       float64
	best        []int
	missing     []string
	missNumbers int
	missNames   int
	content     int
}

// claimTerm is a distinct content term of a claim.
type claimTerm struct {
	term
	weight float64
}

func (s *Scorer) features(claim, context string, sentences []string) features {
	var f features
	ct := claimTerms(claim)
	f.content = len(ct)
	if len(ct) == 0 || len(sentences) == 0 {
		f.missing = surfaces(ct)
		return f
	}
	p := newPage(sentences)
	title := map[string]bool{}
	for _, sent := range sentences {
		if t, ok := strings.CutPrefix(sent, "(meta data) TITLE:"); ok {
			for _, tm := range terms(t) {
				title[tm.key] = true
			}
		}
	}
	keys := make([]string, len(ct))
	var total float64
	for i := range ct {
		keys[i] = ct[i].key
		ct[i].weight = p.idf(ct[i].key)
		total += ct[i].weight
	}
	ranked := p.rank(keys, s.opts.TopK)
	if len(ranked) == 0 {
		f.missing = surfaces(ct)
		f.missNumbers, f.missNames = countKinds(ct)
		return f
	}
	f.score = ranked[0].Score
	for _, r := range ranked {
		f.best = append(f.best, r.Index)
	}
	var covered float64
	var missed []claimTerm
	for _, t := range ct {
		found := title[t.key]
		for _, i := range f.best {
			if p.sents[i][t.key] > 0 {
				found = true
				break
			}
		}
		if found {
			covered += t.weight
		} else {
			missed = append(missed, t)
		}
	}
	f.coverage = covered / total
	f.missing = surfaces(missed)
	f.missNumbers, f.missNames = countKinds(missed)
	return f
}

func (s *Scorer) decide(f features) Judgement {
	j := Judgement{Score: f.score, Best: f.best, Coverage: f.coverage, Missing: f.missing}
	switch {
	case f.content == 0:
		j.Label, j.Reason = None, "the claim has no content words to look for"
	case len(f.best) == 0:
		j.Label, j.Reason = None, "no sentence of the source shares a word with the claim"
	case f.coverage >= s.opts.SupportedAt && f.missNumbers == 0 && f.missNames == 0:
		j.Label = Supported
		j.Reason = fmt.Sprintf("the best %s cover %.0f%% of the claim's content, every number and name included",
			plural(len(f.best), "sentence"), 100*f.coverage)
	case f.coverage >= s.opts.PartialAt:
		j.Label = Partial
		j.Reason = fmt.Sprintf("the best %s cover %.0f%% of the claim's content%s",
			plural(len(f.best), "sentence"), 100*f.coverage, lacking(f.missing))
	default:
		j.Label = None
		j.Reason = fmt.Sprintf("the best %s cover only %.0f%% of the claim's content%s",
			plural(len(f.best), "sentence"), 100*f.coverage, lacking(f.missing))
	}
	return j
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

func surfaces(ts []claimTerm) []string {
	var out []string
	for _, t := range ts {
		out = append(out, t.surface)
	}
	return out
}

func countKinds(ts []claimTerm) (numbers, names int) {
	for _, t := range ts {
		switch t.kind {
		case kindNumber:
			numbers++
		case kindEntity:
			names++
		}
	}
	return numbers, names
}

func plural(n int, word string) string {
	if n == 1 {
		return word
	}
	return fmt.Sprintf("%d %ss", n, word)
}

func lacking(missing []string) string {
	if len(missing) == 0 {
		return ""
	}
	m := missing
	if len(m) > 6 {
		m = m[:6]
	}
	s := "; not found: " + strings.Join(m, ", ")
	if len(missing) > len(m) {
		s += fmt.Sprintf(" and %d more", len(missing)-len(m))
	}
	return s
}
