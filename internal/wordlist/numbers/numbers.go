// Package numbers reads numbers written in words and ordinals ("twenty-one",
// "vingt et un", "veintiuno", "einundzwanzig", "ventuno", "vinte e um",
// "二十一"; "the sixtieth", "60e", "noveno", "60.º", "sechzigste",
// "sessantesimo", "51カ国目") in English, French, Spanish, German,
// Italian, Portuguese and Japanese, up to the hundreds, which is as far as
// counts of states and organisations go.
//
// The word tables are language, in words.go, a column per language;
// adding a language is adding a column there and its Language.
// CardinalWords gives the words of some languages, for a caller that
// reads only those. Everything here is safe for concurrent use.
package numbers

import (
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// Cardinal reads s, a whole number in digits or words ("21",
// "twenty-one", "vingt et un", "einundzwanzig", "二十一"), and reports
// whether it is one. Case, diacritics, hyphens and the words for "and"
// between parts do not matter.
func Cardinal(s string) (int, bool) {
	s = strings.TrimSpace(s)
	if n, err := strconv.Atoi(digits(s)); err == nil {
		return n, true
	}
	if n, ok := kanji(s); ok {
		return n, true
	}
	return parse(fold(s), false)
}

// Ordinal reads s, an ordinal in digits or words ("60th", "60e", "60.º",
// "60.", "sixtieth", "soixantième", "sexagésimo", "sechzigste",
// "sessantesimo", "第60", "60番目", "六十カ国目"), and reports whether it is
// one.
func Ordinal(s string) (int, bool) {
	s = strings.TrimSpace(s)
	if m := reDigitOrdinal.FindStringSubmatch(s); m != nil {
		n, err := strconv.Atoi(digits(m[1]))
		return n, err == nil
	}
	if m := reJapaneseOrdinal.FindStringSubmatch(s); m != nil {
		return Cardinal(m[1] + m[2])
	}
	// The last part is an ordinal word; the parts before it are cardinal
	// ("twenty-first", "soixante et unième", "einundzwanzigste") or
	// ordinal themselves ("vigésimo primero", "décimo primeiro").
	return parse(fold(s), true)
}

// EnglishWord reads w, one English number word in lower case ("seven",
// "forty", "hundred"), and reports whether it is one. Text known to be
// English reads its numbers with it, where a word of another language
// would be an English word ("due", "sept", "dos").
func EnglishWord(w string) (int, bool) {
	n, ok := english[w]
	return n, ok
}

// CardinalRE and OrdinalRE are regular expression fragments (without
// capture groups, case-insensitive with (?i) by the caller) that match
// numbers in words; pass what they match to Cardinal and Ordinal. They
// carry no word boundaries: a caller puts its own context around them.
// CardinalRE does not match a lone article ("un", "ein", "a") as "one".
var (
	CardinalRE = buildRE(cardinalWords, articles)
	OrdinalRE  = buildOrdinalRE()
)

var (
	reDigitOrdinal    = regexp.MustCompile(`^([0-9０-９]{1,4})(?:st|nd|rd|th|e|er|re|ème|eme|ᵉ|ᵉʳ|\.?º|\.?ª|°|\.)$`)
	reJapaneseOrdinal = regexp.MustCompile(`^(?:第\s*([0-9０-９〇一二三四五六七八九十百]+)|([0-9０-９〇一二三四五六七八九十百]+)\s*(?:番目|カ国目|か国目|ヵ国目|ヶ国目|ケ国目|国目|番|人目|つ目))$`)
)

// digits returns s with full-width digits made ASCII.
func digits(s string) string {
	return strings.Map(func(r rune) rune {
		if r >= '０' && r <= '９' {
			return r - '０' + '0'
		}
		return r
	}, s)
}

// fold lower-cases s, strips diacritics and drops the spaces, hyphens and
// apostrophes between parts.
func fold(s string) string {
	var b strings.Builder
	for _, r := range norm.NFD.String(strings.ToLower(s)) {
		switch {
		case unicode.Is(unicode.Mn, r):
		case r == ' ' || r == '-' || r == '‐' || r == '\'' || r == '’' || r == '\u00a0':
			b.WriteByte(' ')
		case r == 'ß':
			b.WriteString("ss")
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

type part struct {
	word    string
	value   int
	mul     bool // "hundred": multiplies what comes before
	ordinal bool // an ordinal word ("sixtieth", "unième", "primero")
}

// parse reads f, folded, as parts from the tables joined by nothing,
// spaces or the words for "and"; an ordinal's last part is an ordinal
// word, a cardinal's none is.
func parse(f string, ordinal bool) (int, bool) {
	var b strings.Builder
	for _, w := range strings.Fields(f) {
		if !joiners[w] {
			b.WriteString(w)
		}
	}
	rest := b.String()
	if rest == "" {
		return 0, false
	}
	total, cur, last := 0, 0, part{}
	for rest != "" {
		p, ok := longest(rest, ordinal)
		if !ok {
			return 0, false
		}
		rest, last = rest[len(p.word):], p
		if p.mul {
			total += max(cur, 1) * p.value
			cur = 0
			continue
		}
		cur += p.value
	}
	total += cur
	return total, total > 0 && last.ordinal == ordinal
}

// longest returns the longest part that s starts with: cardinal parts,
// and ordinal ones too when ordinal is true.
func longest(s string, ordinal bool) (part, bool) {
	var best part
	found := false
	for _, p := range parts {
		if (ordinal || !p.ordinal) && len(p.word) > len(best.word) && strings.HasPrefix(s, p.word) {
			best, found = p, true
		}
	}
	return best, found
}

// kanji reads a number in Japanese numerals ("二十一", "百二十", "七十六"),
// with Arabic digits mixed in.
func kanji(s string) (int, bool) {
	if s == "" {
		return 0, false
	}
	total, cur := 0, 0
	for _, r := range digits(s) {
		switch {
		case r >= '0' && r <= '9':
			cur = cur*10 + int(r-'0')
		case strings.ContainsRune("〇一二三四五六七八九", r):
			cur = cur*10 + strings.IndexRune("〇一二三四五六七八九", r)/3
		case r == '十' || r == '百':
			m := 10
			if r == '百' {
				m = 100
			}
			if cur == 0 {
				cur = 1
			}
			total += cur * m
			cur = 0
		default:
			return 0, false
		}
	}
	return total + cur, total+cur > 0
}

// sep joins a number's parts: nothing, a space or hyphen, "and".
const sep = `(?:[\s-]*(?:(?:and|et|y|e)[\s-]+|und[\s-]*)?)`

// buildRE returns an expression for parts joined as numbers in words
// are; an article ("un", "ein") may only start a longer number.
func buildRE(words []string, articles map[string]bool) string {
	var first, arts []string
	for _, w := range words {
		if articles[w] {
			arts = append(arts, w)
		} else {
			first = append(first, w)
		}
	}
	any := alternation(words)
	return `(?:` + alternation(first) + `(?:` + sep + any + `)*|` + alternation(arts) + `(?:` + sep + any + `)+)`
}

func buildOrdinalRE() string {
	prefix := `(?:` + alternation(append(append([]string(nil), cardinalWords...), ordinalWords...)) + sep + `)*`
	return `(?:` + prefix + alternation(ordinalWords) + `|[0-9]{1,3}(?:st|nd|rd|th|e|er|re|ème|eme|ᵉ|ᵉʳ|\.?º|\.?ª|°)` +
		`|第[0-9０-９〇一二三四五六七八九十百]+|[0-9０-９〇一二三四五六七八九十百]+(?:番目|カ国目|か国目|ヵ国目|ヶ国目|ケ国目|人目|つ目))`
}

// alternation returns words as a regular expression alternation, longest
// first, each word also matching its accented spellings' plain form.
func alternation(words []string) string {
	ws := append([]string(nil), words...)
	sort.Slice(ws, func(i, j int) bool {
		if len(ws[i]) != len(ws[j]) {
			return len(ws[i]) > len(ws[j])
		}
		return ws[i] < ws[j]
	})
	for i, w := range ws {
		ws[i] = regexp.QuoteMeta(w)
	}
	return `(?:` + strings.Join(ws, "|") + `)`
}

// OrdinalWords returns the words OrdinalRE is built from, in lower case,
// as written and without accents: a text holding none of them, no digit
// and no Japanese counter (第, 目) holds no ordinal.
func OrdinalWords() []string {
	return append([]string(nil), ordinalWords...)
}

// Words returns the words CardinalRE and OrdinalRE are built from, in
// lower case, as written and without accents: a text holding none of
// them (and no digit) holds no number, so a caller may check for them
// cheaply before running a larger expression.
func Words() []string {
	return append(append([]string(nil), cardinalWords...), ordinalWords...)
}

// A Word is a number word of the tables and its value.
type Word struct {
	Text  string // as the tables write it ("quatre-vingts", "dieciséis")
	Value int
}

// CardinalWords returns the cardinal words of langs that are a number by
// themselves in running text, once each, in the tables' order: not an
// article ("un", "ein"), which alone is no number, nor a part found only
// inside a longer number ("vingts" of "quatre-vingts", "veinti" of
// "veintiuno"). A caller that reads numbers of some languages or values
// only builds its expression from them.
func CardinalWords(langs ...Language) []Word {
	var ws []Word
	seen := map[string]bool{}
	for _, e := range cardinalEntries {
		if slices.Contains(langs, e.lang) && !e.inside && !articles[e.word] && !seen[e.word] {
			seen[e.word] = true
			ws = append(ws, Word{Text: e.word, Value: e.value})
		}
	}
	return ws
}
