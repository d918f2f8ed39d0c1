package verify

import (
	"strings"

	"github.com/citewatch/citewatch/verify/evidence"
)

// pageText is a source's text as the checks that read the whole page see
// it, each view read once per run and kept with the source: a document's
// claims are many, and a page read again for each of them makes a long
// page cost its length for every claim.
type pageText struct {
	sentences []string
	judged    []string // sentences and the "(meta data)" sentence

	judge   *evidence.Page
	tokens  [][]token       // of each of sentences
	lows    map[string]bool // every token of judged, lower-cased
	stems   map[string]bool // the stemKey of every word of judged
	english int             // 0 not yet read, 1 English, -1 not
}

// readPage returns the views of a page of sentences, with judged the
// sentences the lexical judge reads (they may add the "(meta data)"
// sentence). Each view is read when first asked for.
func readPage(sentences, judged []string) *pageText {
	return &pageText{sentences: sentences, judged: judged}
}

// judgePage is the page as the lexical judge reads it.
func (p *pageText) judgePage() *evidence.Page {
	if p.judge == nil {
		p.judge = evidence.NewPage(p.judged)
	}
	return p.judge
}

// sentenceTokens are the tokens of each sentence.
func (p *pageText) sentenceTokens() [][]token {
	if p.tokens == nil {
		p.tokens = make([][]token, len(p.sentences))
		for i, s := range p.sentences {
			p.tokens[i] = tokens(s)
		}
	}
	return p.tokens
}

// has reports whether a judged sentence has the lower-cased token low.
func (p *pageText) has(low string) bool {
	if p.lows == nil {
		p.lows = map[string]bool{}
		for _, s := range p.judged {
			for _, t := range tokens(s) {
				p.lows[t.low] = true
			}
		}
	}
	return p.lows[low]
}

// hasStem reports whether a word of a judged sentence has the stemKey key.
func (p *pageText) hasStem(key string) bool {
	if p.stems == nil {
		p.stems = map[string]bool{}
		for _, s := range p.judged {
			for _, w := range strings.FieldsFunc(s, notWordRune) {
				p.stems[stemKey(w)] = true
			}
		}
	}
	return p.stems[key]
}

// isEnglish reports whether the judged sentences read as English (see
// sameLanguage).
func (p *pageText) isEnglish() bool {
	if p.english == 0 {
		p.english = -1
		if english(p.judged...) {
			p.english = 1
		}
	}
	return p.english > 0
}
