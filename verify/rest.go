package verify

import (
	"strings"
	"unicode"

	"github.com/citewatch/citewatch/internal/wordlist"
)

// Limits of what a claim may say beyond its facts and still be supported.
const (
	// restWords is how many words beyond the matched facts a claim must
	// say before they are weighed.
	restWords = 4
	// restCovered is the share of those words the page must have.
	restCovered = 0.4
	// restPartial is the lexical coverage at which a claim whose acts the
	// source does not state is still partially supported by the rest.
	restPartial = 0.3
)

// unbacked returns the words of a claim beyond what its matched facts say
// ("the treaty aims to promote innovation" after "with 13 signatories")
// when the page has too few of them: a fact matched, but the claim
// asserts more than the page backs, so it is partially supported. Words
// the matched facts' sentences have, names (capitalised words), numbers and
// the words of acts and treaties are accounted for; a claim that says
// little beyond its facts is never held back by this.
func unbacked(claim string, results []assertionResult, page *pageText) []string {
	rest := restOf(claim, results)
	if len(rest) < restWords || english(claim) != page.isEnglish() {
		// A page in another language states the same facts in other
		// words: its words cannot back or fail the rest of the claim.
		return nil
	}
	var missing []string
	for _, w := range rest {
		if !page.hasStem(stemKey(w)) {
			missing = append(missing, w)
		}
	}
	if float64(len(rest)-len(missing)) >= restCovered*float64(len(rest)) {
		return nil
	}
	return missing
}

// restOf returns the words of a claim that its facts do not account for:
// not in the matched facts' sentences, not names (capitalised), numbers,
// stop words, or the words of acts and treaties.
func restOf(claim string, results []assertionResult) []string {
	said := map[string]bool{}
	for _, r := range results {
		for _, f := range r.facts {
			for _, w := range strings.FieldsFunc(f.Citation.Quote, notWordRune) {
				said[stemKey(w)] = true
			}
		}
	}
	var rest []string
	for _, w := range strings.FieldsFunc(claim, notWordRune) {
		lw := strings.ToLower(w)
		r := []rune(w)
		if wordlist.Stopword(lw) || len(r) < 3 || unicode.IsUpper(r[0]) || hasDigit(w) || factWords[lw] || said[stemKey(w)] {
			continue
		}
		rest = append(rest, w)
	}
	return rest
}

// saysMore reports whether a claim says enough beyond its acts for the
// rest to be weighed on its own.
func saysMore(claim string) bool { return len(restOf(claim, nil)) >= restWords }

func notWordRune(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }

// stemKey is a crude, language-blind stem: the first six letters of the
// lower-cased word less an English ending ("democratic" and "democracy",
// "aims" and "aimed" meet).
func stemKey(w string) string {
	lw := strings.ToLower(w)
	for _, suf := range []string{"ing", "ed", "es", "s"} {
		if t, ok := strings.CutSuffix(lw, suf); ok && len([]rune(t)) >= 3 {
			lw = t
			break
		}
	}
	r := []rune(lw)
	if len(r) > 6 {
		r = r[:6]
	}
	return string(r)
}

// factWords are the words of acts, treaties and counts, which the facts
// judge.
var factWords = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`signed signing sign signs signature signatures signatory signatories ratified ratify
ratifies ratification ratifications ratifying adopted adopt adoption opened open opening entered enter enters entry
force effect came come comes into accepted acceptance approved approval acceded accession joined join joining
withdrew withdrawal denounced denunciation treaty convention conventions framework agreement protocol pact
states state countries country parties party members member other others first last date day month year months
years`) {
		factWords[w] = true
	}
}

// english reports whether texts read as written in English, as far as
// English function words tell: many of their words are. A claim and a page
// in the same language both have many of them, or both few: a page in
// French or Japanese has few.
func english(texts ...string) bool {
	words, function := 0, 0
	for _, t := range texts {
		for _, w := range strings.FieldsFunc(strings.ToLower(t), notWordRune) {
			words++
			if wordlist.Stopword(w) {
				function++
			}
		}
	}
	return words > 0 && float64(function) >= 0.15*float64(words)
}
