package dates

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/citewatch/citewatch/extract/internal/fold"
	"github.com/citewatch/citewatch/internal/wordlist/numbers"
)

// Hand-written readers for the two expressions that cost Find the most
// when run over whole sentences: a year said as such ("in 2023", which
// the expression would look for before every character) and a span of
// time ("ninety days"). Each reads exactly what its expression would:
// the tests run both on the same texts.

// yearPhrase is one of yearWords as the expression reads it, in parts:
// words, runs of spaces, apostrophes.
type yearPhrase []phrasePart

type phrasePart struct {
	kind partKind
	text string // a word's text, for a word
}

type partKind int

const (
	partWord       partKind = iota // the word, case aside
	partSpaces                     // one space or more (\s+)
	partMaybeSpace                 // any spaces, or none (\s*)
	partApostrophe                 // ' or ’
)

// yearPhrases are yearWords as prefix and alternation turn them into
// the expression's parts: a space is a run of spaces, an apostrophe either
// form with any spaces after it, and a word ending with a hyphen or an
// apostrophe takes the year with or without spaces ("mid-2023").
var yearPhrases = func() []yearPhrase {
	var out []yearPhrase
	for _, w := range yearWords {
		var p yearPhrase
		word := ""
		flush := func() {
			if word != "" {
				p = append(p, phrasePart{kind: partWord, text: word})
				word = ""
			}
		}
		for _, r := range w {
			switch r {
			case ' ':
				flush()
				p = append(p, phrasePart{kind: partSpaces})
			case '\'':
				flush()
				p = append(p, phrasePart{kind: partApostrophe}, phrasePart{kind: partMaybeSpace})
			default:
				word += string(r)
			}
		}
		flush()
		if strings.HasSuffix(w, "-") || strings.HasSuffix(w, "'") {
			p = append(p, phrasePart{kind: partMaybeSpace})
		} else {
			p = append(p, phrasePart{kind: partSpaces})
		}
		out = append(out, p)
	}
	return out
}()

// saidYears returns the spans of the four-digit years of s said as such
// ("in 2023", "depuis 2019", "mid-2023"), in order: what the expression
//
//	(?i)(?:^|[^\p{L}\d])YEARWORDS(\d{4})\b
//
// finds (its group), without running it before every character of s.
// A year is four digits with no digit before them and no word
// character after them, so each is looked at once, with the words before it.
func saidYears(s string) [][2]int {
	var out [][2]int
	for i := 0; i < len(s); i++ {
		if !isDigit(s[i]) {
			continue
		}
		j := i
		for j < len(s) && isDigit(s[j]) {
			j++
		}
		if j-i == 4 && (j == len(s) || !isWordByte(s[j])) && yearSaid(s, i) {
			out = append(out, [2]int{i, j})
		}
		i = j
	}
	return out
}

// yearSaid reports whether one of yearWords ends right before s[d:],
// after the start of s or a character that is neither a letter nor a
// digit.
func yearSaid(s string, d int) bool {
	e := d // the end of the words before the year
	for e > 0 && isSpace(s[e-1]) {
		e--
	}
	if e == 0 {
		return false
	}
	for _, p := range yearPhrases {
		// A quick look first: an ASCII character before the spaces
		// must be the phrase's last letter, case aside.
		if w := p[len(p)-2]; w.kind == partWord && s[e-1] < utf8.RuneSelf && fold.LowerByte(s[e-1]) != w.text[len(w.text)-1] {
			continue
		}
		if start, ok := p.endsAt(s, d); ok {
			if start == 0 {
				return true
			}
			if r, _ := utf8.DecodeLastRuneInString(s[:start]); !unicode.IsLetter(r) && (r < '0' || r > '9') {
				return true
			}
		}
	}
	return false
}

// endsAt reports whether s[:end] ends with the phrase, and where the
// phrase starts. Its words end and start with letters, so each run of
// spaces is taken whole.
func (p yearPhrase) endsAt(s string, end int) (int, bool) {
	pos := end
	for i := len(p) - 1; i >= 0; i-- {
		switch part := p[i]; part.kind {
		case partWord:
			start, ok := foldSuffix(s[:pos], part.text)
			if !ok {
				return 0, false
			}
			pos = start
		case partSpaces, partMaybeSpace:
			j := pos
			for j > 0 && isSpace(s[j-1]) {
				j--
			}
			if j == pos && part.kind == partSpaces {
				return 0, false
			}
			pos = j
		case partApostrophe:
			switch {
			case strings.HasSuffix(s[:pos], "'"):
				pos--
			case strings.HasSuffix(s[:pos], "’"):
				pos -= len("’")
			default:
				return 0, false
			}
		}
	}
	return pos, true
}

// foldSuffix reports whether s ends with word, case aside as a
// case-insensitive expression folds it (rune by rune, "K" for the Kelvin
// sign too), and where that ending starts in s.
func foldSuffix(s, word string) (int, bool) {
	pos := len(s)
	for w := len(word); w > 0; {
		if pos == 0 {
			return 0, false
		}
		a, na := utf8.DecodeLastRuneInString(word[:w])
		b, nb := utf8.DecodeLastRuneInString(s[:pos])
		if !equalFold(a, b) {
			return 0, false
		}
		w -= na
		pos -= nb
	}
	return pos, true
}

// equalFold reports whether a and b are one letter case aside: b is in
// a's orbit of simple case folding, as a case-insensitive expression
// reads a literal.
func equalFold(a, b rune) bool {
	if a == b {
		return true
	}
	for f := unicode.SimpleFold(a); f != a; f = unicode.SimpleFold(f) {
		if f == b {
			return true
		}
	}
	return false
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

// isWordByte reports whether c is a word character for \b: an ASCII
// letter or digit or the underscore.
func isWordByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_'
}

// isSpace reports whether c is one of \s: tab, newline, form feed,
// carriage return, space.
func isSpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r'
}

// spanMatches returns what reSpan.FindAllStringSubmatchIndex(s, -1)
// returns, running the expression only on spanWindows.
func spanMatches(s string) [][]int {
	var out [][]int
	for _, w := range spanWindows(s) {
		for _, loc := range reSpan.FindAllStringSubmatchIndex(s[w[0]:w[1]], -1) {
			for i := range loc {
				if loc[i] >= 0 {
					loc[i] += w[0]
				}
			}
			if loc[0] == w[0] && w[0] > 0 {
				// Over all of s the expression takes in the character
				// before the window, where ^ stood for it.
				_, n := utf8.DecodeLastRuneInString(s[:w[0]])
				loc[0] -= n
			}
			out = append(out, loc)
		}
	}
	return out
}

// spanWindows returns the spans of s in which the expression of a span of
// time (reSpan) can match, in order and apart: each reaches back from a
// unit word ("days", "Jahren") after spaces over the words a number and a
// word for "after" are made of ("ninety", "quatre-vingt-dix", "after 90")
// to the first word that is not one of them, and on to the character
// after the unit, which \b looks at. Outside them the expression finds
// nothing, so it runs on these few words instead of every sentence.
func spanWindows(s string) [][2]int {
	if oddFold(s) {
		// Letters a case-insensitive expression reads as "s" and "k"
		// but strings.EqualFold on bytes does not: read all of s.
		return [][2]int{{0, len(s)}}
	}
	var ws [][2]int
	for i := 1; i < len(s); i++ {
		// A unit starts a word (a run of letters and digits) after spaces.
		if !isSpace(s[i-1]) || !startsWithUnit(s[i:]) {
			continue
		}
		lo := i
		for {
			// The word before lo, if only spaces and hyphens stand
			// between and it can be part of a number.
			gap := lo
			for gap > 0 && (isSpace(s[gap-1]) || s[gap-1] == '-') {
				gap--
			}
			start := alnumStart(s, gap)
			if gap == lo || start == gap || !numberPart(s[start:gap]) {
				break
			}
			lo = start
		}
		if lo == i {
			continue // no number before the unit
		}
		hi := alnumEnd(s, i)
		if hi < len(s) {
			_, n := utf8.DecodeRuneInString(s[hi:])
			hi += n
		}
		if n := len(ws); n > 0 && lo <= ws[n-1][1] {
			ws[n-1][1] = max(ws[n-1][1], hi)
		} else {
			ws = append(ws, [2]int{lo, hi})
		}
	}
	return ws
}

// isAlnum reports whether r is a letter or an ASCII digit: a match of
// reSpan starts and ends on the edges of their runs.
func isAlnum(r rune) bool {
	return r >= '0' && r <= '9' || unicode.IsLetter(r)
}

// alnumStart returns the start of the run of letters and digits ending
// at end.
func alnumStart(s string, end int) int {
	for end > 0 {
		r, n := utf8.DecodeLastRuneInString(s[:end])
		if !isAlnum(r) {
			break
		}
		end -= n
	}
	return end
}

// alnumEnd returns the end of the run of letters and digits starting at
// start.
func alnumEnd(s string, start int) int {
	for start < len(s) {
		r, n := utf8.DecodeRuneInString(s[start:])
		if !isAlnum(r) {
			break
		}
		start += n
	}
	return start
}

// startsWithUnit reports whether s starts with a unit of spanUnits, case
// aside, ending where \b does.
func startsWithUnit(s string) bool {
	for _, u := range unitsByInitial[fold.LowerByte(s[0])] {
		if len(s) >= len(u) && strings.EqualFold(s[:len(u)], u) && (len(s) == len(u) || !isWordByte(s[len(u)])) {
			return true
		}
	}
	return false
}

// unitsByInitial are the unit words of spanUnits by their first byte.
var unitsByInitial = func() (out [256][]string) {
	for u := range spanUnits {
		out[u[0]] = append(out[u[0]], u)
	}
	return out
}()

// numberPart reports whether word can be part of a span before its unit:
// digits, or made wholly of the parts of numbers in words, the words for
// "and" between them and the words for "after" (afterWords).
func numberPart(word string) bool {
	if isDigit(word[0]) {
		for i := 0; i < len(word); i++ {
			if !isDigit(word[i]) {
				return false
			}
		}
		return true
	}
	w := strings.ToLower(word)
	// reach[i]: w[:i] is made of parts.
	reach := make([]bool, len(w)+1)
	reach[0] = true
	for i := 0; i < len(w); i++ {
		if !reach[i] {
			continue
		}
		for n := 1; n <= maxSpanPart && i+n <= len(w); n++ {
			if spanParts[w[i:i+n]] {
				reach[i+n] = true
			}
		}
	}
	return reach[len(w)]
}

// spanParts are the letter runs of the words of numbers, of the words
// for "and" that join their parts and of afterWords.
var spanParts, maxSpanPart = func() (map[string]bool, int) {
	out := map[string]bool{"and": true, "et": true, "y": true, "e": true, "und": true}
	for _, w := range append(numbers.Words(), afterWords...) {
		for _, part := range strings.FieldsFunc(w, func(r rune) bool { return !unicode.IsLetter(r) }) {
			out[part] = true
		}
	}
	longest := 0
	for p := range out {
		longest = max(longest, len(p))
	}
	return out, longest
}()

// oddFold reports whether s holds a letter that a case-insensitive
// expression reads as an ASCII one but strings.ToLower and
// strings.EqualFold on bytes do not: the long s (ſ, read as "s") and the
// Kelvin sign (read as "k"). Two substring searches are much quicker than
// strings.ContainsAny, which looks up every character of s.
func oddFold(s string) bool {
	return strings.Contains(s, "ſ") || strings.Contains(s, "\u212a")
}

// dayWords are the words before a day given alone (reDayAlone), each a
// whole word there.
var dayWords = map[string]bool{"dia": true, "día": true, "giorno": true, "tag": true}

// wordsIn reports whether s holds a month word as the expressions of
// dates take one, and a word before a day given alone ("no dia 16"). An
// expression takes a month as a run of letters, or the end of one from
// where \b stands inside it (between an ASCII letter and another), and
// keeps it only when monthWord reads it: without such a run in s, the
// month expressions find nothing to keep. first is the start of the
// first such run, -1 for none.
func wordsIn(s string) (month, day bool, first int) {
	first = -1
	start := -1 // the start of the current run of letters
	var cuts []int
	check := func(end int) {
		for _, at := range append(cuts, start) {
			if end-at <= 3*maxMonthLen && monthWord(s[at:end]) != 0 {
				month = true
				if first < 0 {
					first = start
				}
			}
		}
		if _, ok := lookupLower(dayWords, s[start:end]); ok {
			day = true
		}
	}
	prevWord := false
	for i, r := range s {
		word := r < utf8.RuneSelf && isWordByte(byte(r))
		if !unicode.IsLetter(r) {
			if start >= 0 {
				check(i)
				start, cuts = -1, cuts[:0]
			}
			prevWord = word
			continue
		}
		if start < 0 {
			start = i
		} else if word != prevWord {
			cuts = append(cuts, i)
		}
		prevWord = word
	}
	if start >= 0 {
		check(len(s))
	}
	return month, day, first
}

// maxMonthLen is the length of the longest month word, in bytes.
var maxMonthLen = func() int {
	n := 0
	for w := range monthOf {
		n = max(n, len(w))
	}
	return n
}()

// lookupLower looks up s lower-cased in m, as m[strings.ToLower(s)]
// does, without building the lower-case string for a short ASCII word:
// the readers look up most words of a text.
func lookupLower[V any](m map[string]V, s string) (V, bool) {
	var buf [16]byte
	if len(s) > len(buf) {
		v, ok := m[strings.ToLower(s)]
		return v, ok
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf {
			v, ok := m[strings.ToLower(s)]
			return v, ok
		}
		buf[i] = fold.LowerByte(c)
	}
	v, ok := m[string(buf[:len(s)])]
	return v, ok
}

// digitShapes reports what digits s holds for the expressions of dates
// written with them: year, four digits in a row (the full dates' year);
// numeric, a digit on each side of a dot, slash or hyphen ("05/09/2024",
// "2025.02.11"); iso, a year and a digit on each side of a hyphen
// ("2024-09-05", "2024-09").
func digitShapes(s string) (year, numeric, iso bool) {
	run := 0 // digits in a row up to i
	hyphen := false
	for i := 0; i < len(s); i++ {
		c := s[i]
		if isDigit(c) {
			if run++; run >= 4 {
				year = true
			}
			continue
		}
		run = 0
		if (c == '.' || c == '/' || c == '-') && i > 0 && i+1 < len(s) && isDigit(s[i-1]) && isDigit(s[i+1]) {
			numeric = true
			hyphen = hyphen || c == '-'
		}
	}
	return year, numeric, year && hyphen
}

// lastFields returns the end of s from the start of its last n words,
// words being runs of characters other than \s.
func lastFields(s string, n int) string {
	i := len(s)
	for range n {
		for i > 0 && isSpace(s[i-1]) {
			i--
		}
		for i > 0 && !isSpace(s[i-1]) {
			i--
		}
	}
	return s[i:]
}

// findMonthFirst returns the matches of re, an expression of dates that
// starts with its month word at a \b (reMDY, reMY, reMD), whose month
// word monthWord reads: those re finds in s, looked for from the
// character before the first run of letters holding a month (first, as
// wordsIn returns it). Before it re can only take other words, whose
// matches end before that run (a day, a year, "de" or "of" after them).
func findMonthFirst(re *regexp.Regexp, s string, first int) [][]int {
	from := first
	if from > 0 {
		_, n := utf8.DecodeLastRuneInString(s[:from])
		from -= n // \b at the run's start looks at the character before it
	}
	locs := re.FindAllStringSubmatchIndex(s[from:], -1)
	for _, loc := range locs {
		for i := range loc {
			if loc[i] >= 0 {
				loc[i] += from
			}
		}
	}
	return locs
}
