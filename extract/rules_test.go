package extract

import (
	"regexp"
	"slices"
	"testing"
)

// TestWordListsCoverExpressions checks that the word lists the count
// prefilters search for hold every word of the expressions they guard: a
// word missing from a list would make its expression silently skip
// sentences it matches.
func TestWordListsCoverExpressions(t *testing.T) {
	for _, c := range []struct {
		expr string
		list []string
	}{{numberWordRE, numberWordList}, {ordinalWordRE, ordinalWordList}} {
		for _, w := range regexp.MustCompile(`\p{L}+`).FindAllString(c.expr, -1) {
			if !slices.Contains(c.list, w) {
				t.Errorf("word %q of %q is not in its prefilter list", w, c.expr)
			}
		}
	}
}
