package verify

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"unicode"

	"github.com/citewatch/citewatch"
	"github.com/citewatch/citewatch/internal/wordlist"
	"github.com/citewatch/citewatch/internal/wordlist/numbers"
)

// readNumber reads digits or a number in words ("five", "cinq",
// "twenty-one"), with wordlist's number words.
func readNumber(w string) (int, bool) {
	if n, err := strconv.Atoi(w); err == nil {
		return n, true
	}
	return numbers.Cardinal(w)
}

// reThreshold finds the number an entry-into-force rule turns on: "five
// ratifications", "5 Ratifications", "ten signatories", "cinq
// ratifications". "three months" is a period, not a threshold.
var reThreshold = regexp.MustCompile(`(?i)\b(\d{1,3}|` + numbers.CardinalRE + `)\s+(?:[\p{L}-]+\s+){0,2}?(ratifications?|signatories|signataires|states|états|countries|pays|parties|instruments)\b`)

// threshold returns the first number of text that counts ratifications,
// signatories or states, and whether there is one.
func threshold(text string) (int, bool) {
	if ns := thresholds(text); len(ns) > 0 {
		return ns[0], true
	}
	return 0, false
}

// thresholds returns every number of text that counts ratifications,
// signatories or states, in order.
func thresholds(text string) []int {
	var out []int
	for _, m := range reThreshold.FindAllStringSubmatch(text, -1) {
		if n, ok := readNumber(m[1]); ok && n > 0 {
			out = append(out, n)
		}
	}
	return out
}

// reCondition finds a number that sets a condition rather than counting:
// "after five signatories have ratified it", "once ten states have
// deposited", "when 20 parties have joined", "takes effect two months
// after six signatories". Such a number is the threshold of an
// entry-into-force rule, never a count of signatories or parties.
var reCondition = regexp.MustCompile(`(?i)\b(?:after|once|when|until|upon|as soon as|following)\s+(?:at least\s+|the\s+)?(\d{1,3}|` + numbers.CardinalRE + `)\s+(?:[\p{L}-]+\s+){0,2}?(?:ratifications?|signatories|signataires|states|états|countries|pays|parties|instruments|members)\b`)

// reEntryIntoForce finds the words of entry into force in a claim.
var reEntryIntoForce = regexp.MustCompile(`(?i)\b(?:enter(?:s|ed)? into force|entry into force|come(?:s)? into (?:force|effect)|take(?:s)? effect|become(?:s)? effective|in Kraft|entrer? en vigueur|entrée en vigueur)\b`)

// readConditions reads the entry-into-force condition a claim states, if
// any: a count the claim reader took from the condition's threshold
// ("after five signatories have ratified it" is not five signatories) is
// replaced by one entry-into-force-condition assertion whose Count is the
// threshold.
func readConditions(text string, as []citewatch.Assertion) []citewatch.Assertion {
	m := reCondition.FindStringSubmatch(text)
	if m == nil {
		return as
	}
	n, ok := readNumber(m[1])
	if !ok || n == 0 {
		return as
	}
	if !reEntryIntoForce.MatchString(text) && !hasCondition(as) {
		return as
	}
	out := make([]citewatch.Assertion, 0, len(as)+1)
	found := false
	for _, a := range as {
		if countEvent(a.Event) && a.Count == n && a.Date.IsZero() {
			continue
		}
		if a.Event == citewatch.EventEIFCondition {
			a.Count, found = n, true
		}
		out = append(out, a)
	}
	if !found {
		out = append(out, citewatch.Assertion{Event: citewatch.EventEIFCondition, Count: n})
	}
	return out
}

func hasCondition(as []citewatch.Assertion) bool {
	for _, a := range as {
		if a.Event == citewatch.EventEIFCondition {
			return true
		}
	}
	return false
}

// compareCondition checks the threshold of an entry-into-force rule the
// claim states ("after ten ratifications") against the rules the source
// states. Only a rule whose sentence gives a threshold bears on it.
func compareCondition(want int, facts []citewatch.Fact, subject string) assertionResult {
	a := citewatch.Assertion{Event: citewatch.EventEIFCondition}
	var against *citewatch.Fact
	got := 0
	for i, f := range facts {
		if f.Event != citewatch.EventEIFCondition || !sameTreaty(a, f, subject) {
			continue
		}
		// A rule may name several numbers ("five signatories, including
		// three member states"): the claim's is backed by any of them, and
		// contradicted by the first only when it names none.
		ns := thresholds(f.Citation.Quote)
		if len(ns) == 0 {
			continue
		}
		for _, n := range ns {
			if n == want {
				return assertionResult{outcome: outcomeSupported, facts: []citewatch.Fact{f},
					says: fmt.Sprintf("entry into force after %d", n)}
			}
		}
		if against == nil {
			against, got = &facts[i], ns[0]
		}
	}
	if against == nil {
		return assertionResult{outcome: outcomeUnknown, missing: fmt.Sprintf("entry into force after %d", want)}
	}
	return assertionResult{outcome: outcomeContradicted, facts: []citewatch.Fact{*against},
		reason: fmt.Sprintf("entry into force: the source says after %d; the claim says after %d", got, want)}
}

// token is a word of a text with its position among the text's words.
type token struct {
	text string // as written
	low  string // lower case
}

func tokens(text string) []token {
	var out []token
	for _, w := range strings.FieldsFunc(text, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }) {
		out = append(out, token{text: w, low: strings.ToLower(w)})
	}
	return out
}

func hasDigit(s string) bool { return strings.IndexFunc(s, unicode.IsDigit) >= 0 }

// explainedNumbers are the numbers the claim's assertions account for:
// their dates' days and years and their counts, which the fact comparison
// has already judged.
func explainedNumbers(as []citewatch.Assertion) map[string]bool {
	out := map[string]bool{}
	for _, a := range as {
		if !a.Date.IsZero() {
			out[strconv.Itoa(a.Date.Year)] = true
			if a.Date.Day > 0 {
				out[strconv.Itoa(a.Date.Day)] = true
				out[fmt.Sprintf("%02d", a.Date.Day)] = true
			}
		}
		if a.Count != 0 {
			out[strconv.Itoa(a.Count)] = true
		}
	}
	return out
}

// unstated returns the words with digits of claim ("2001", "COP21") that
// its assertions do not account for and that no sentence of the source
// has: values the claim states beyond what the facts settle.
func unstated(claim string, as []citewatch.Assertion, page *pageText) []string {
	explained := explainedNumbers(as)
	var out []string
	seen := map[string]bool{}
	for _, t := range tokens(claim) {
		if !hasDigit(t.low) || explained[t.low] || seen[t.low] || page.has(t.low) {
			continue
		}
		seen[t.low] = true
		out = append(out, t.text)
	}
	return out
}

// numberContext is how many content words either side of a number say
// what it counts or dates.
const numberContext = 3

// around returns the content words within numberContext words of the
// word at i, less numbers, trimmed of a plural "s".
func around(ts []token, i int) map[string]bool {
	out := map[string]bool{}
	add := func(j int) {
		if w := ts[j].low; !wordlist.Stopword(w) && !hasDigit(w) && len(w) > 1 {
			out[strings.TrimSuffix(w, "s")] = true
		}
	}
	for j, n := i-1, 0; j >= 0 && n < numberContext; j-- {
		if !wordlist.Stopword(ts[j].low) {
			n++
		}
		add(j)
	}
	for j, n := i+1, 0; j < len(ts) && n < numberContext; j++ {
		if !wordlist.Stopword(ts[j].low) {
			n++
		}
		add(j)
	}
	return out
}

// isYear reports whether n reads as a year.
func isYear(n int) bool { return n >= 1000 && n <= 2999 }

// substitution is a number the claim states where the source states
// another in the same words: "observer status ... since 2001" against
// "observer status ... since 1996", "the 47 member states" against "the 46
// Council of Europe member states".
type substitution struct {
	claimed, said string
	sentence      int // index into the source's sentences
}

// substitutions finds, for each number of claim in nums (numbers the
// source never states), a source sentence that states a number of the same
// kind (a year for a year) amid at least two of the words around the
// claim's number. The sentence sharing the most such words wins.
func substitutions(claim string, nums []string, page *pageText) []substitution {
	ct := tokens(claim)
	var out []substitution
	for _, num := range nums {
		n, err := strconv.Atoi(num)
		if err != nil {
			continue
		}
		var ctx map[string]bool
		for i, t := range ct {
			if t.text == num {
				ctx = around(ct, i)
				break
			}
		}
		best, bestShared := substitution{}, 1
		for si, st := range page.sentenceTokens() {
			for i, t := range st {
				m, err := strconv.Atoi(t.low)
				if err != nil || m == n || isYear(m) != isYear(n) {
					continue
				}
				shared := 0
				for w := range around(st, i) {
					if ctx[w] {
						shared++
					}
				}
				if shared > bestShared {
					best, bestShared = substitution{claimed: num, said: t.text, sentence: si}, shared
				}
			}
		}
		if best.claimed != "" {
			out = append(out, best)
		}
	}
	return out
}
