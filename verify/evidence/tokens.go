package evidence

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	snowball "github.com/blevesearch/snowballstem"
	"github.com/blevesearch/snowballstem/english"
	"github.com/citewatch/citewatch/internal/wordlist"
	"github.com/citewatch/citewatch/internal/wordlist/numbers"
)

// kind is what a term is, as far as the tokenizer can tell.
type kind uint8

const (
	kindWord   kind = iota // an ordinary content word
	kindEntity             // a capitalised word: part of a name
	kindNumber             // a number, normalised to digits
)

// term is one content term of a text: its key (a stem, or a number's digits)
// and what it is.
type term struct {
	key     string
	kind    kind
	surface string // the word as written, for reports
}

// terms splits text into content terms: lower-cased, stemmed, stop words
// dropped, numbers normalised ("1,000" and "thousand" alike read 1000,
// "thirteen" reads 13, "1990s" reads 1990). A word written with a capital
// letter is marked as an entity unless it is a stop word; the same stem may
// then appear once as an entity and elsewhere as a word, and the caller
// decides how much that matters.
func terms(text string) []term { return termsWith(text, nil) }

// word is what terms makes of one word, whatever its neighbours.
type word struct {
	number   string // its digits when a number
	isNumber bool
	scale    float64 // what it multiplies a number before it by, when a scale word
	isScale  bool
	skip     bool   // a stop word or a single letter
	key      string // its stem
	kind     kind
}

// readWord reads w.
func readWord(w string) word {
	if n, ok := number(w); ok {
		sc, isScale := scales[strings.ToLower(w)]
		return word{number: n, isNumber: true, scale: sc, isScale: isScale}
	}
	lower := strings.ToLower(w)
	if wordlist.Stopword(lower) || utf8.RuneCountInString(lower) < 2 {
		return word{skip: true}
	}
	k := kindWord
	if r, _ := utf8.DecodeRuneInString(w); unicode.IsUpper(r) {
		k = kindEntity
	}
	return word{key: stem(lower), kind: k}
}

// stems remembers the words already read: a page says the same words
// many times. A nil stems remembers nothing.
type stems map[string]word

func (m stems) of(w string) word {
	if m == nil {
		return readWord(w)
	}
	x, ok := m[w]
	if !ok {
		x = readWord(w)
		m[w] = x
	}
	return x
}

// termsWith is terms with the words read remembered in m.
func termsWith(text string, m stems) []term {
	ws := words(text)
	out := make([]term, 0, len(ws))
	for _, w := range ws {
		x := m.of(w)
		switch {
		case x.isNumber:
			// "3 million" is 3000000; fold a scale word into the number before it.
			if len(out) > 0 && out[len(out)-1].kind == kindNumber && x.isScale {
				prev := &out[len(out)-1]
				if v, err := strconv.ParseFloat(prev.key, 64); err == nil {
					prev.key = formatNumber(v * x.scale)
					prev.surface += " " + w
					continue
				}
			}
			out = append(out, term{key: x.number, kind: kindNumber, surface: w})
		case !x.skip:
			out = append(out, term{key: x.key, kind: x.kind, surface: w})
		}
	}
	return out
}

// words splits text into words: runs of letters and digits, keeping the
// separators inside a number ("1,000", "41.3") and dropping a possessive
// "'s". Hyphens and slashes split words. A word is a slice of text unless
// an apostrophe inside it is dropped ("don't" -> "dont"), so a page's words
// cost no allocation each (TestWordsAsRunes holds it to the reading rune
// by rune it replaced).
func words(text string) []string {
	var out []string
	var joined []byte // the word so far, when an apostrophe was dropped from it
nextWord:
	for i := 0; i < len(text); {
		r, n := utf8.DecodeRuneInString(text[i:])
		if !isWordRune(r) {
			i += n
			continue
		}
		start, from, dropped := i, i, false
		j := i
		prev := rune(-1) // the rune before j in the word
	scan:
		for j < len(text) {
			r, n := utf8.DecodeRuneInString(text[j:])
			next, m := utf8.DecodeRuneInString(text[j+n:])
			hasNext := j+n < len(text)
			switch {
			case isWordRune(r):
			case (r == ',' || r == '.') && j > start && hasNext && unicode.IsDigit(prev) && unicode.IsDigit(next):
			case (r == '\'' || r == '’') && hasNext && unicode.IsLetter(next):
				// "Aoki's" -> "Aoki"; "don't" -> "dont".
				if next == 's' || next == 'S' {
					after, _ := utf8.DecodeRuneInString(text[j+n+m:])
					if j+n+m == len(text) || !isWordRune(after) {
						out = append(out, joinWord(text, start, from, j, joined, dropped))
						i = j + n + m
						continue nextWord
					}
				}
				if !dropped {
					joined = joined[:0]
				}
				joined = append(joined, text[from:j]...)
				from, dropped = j+n, true
				j += n
				continue
			default:
				break scan
			}
			prev = r
			j += n
		}
		out = append(out, joinWord(text, start, from, j, joined, dropped))
		i = j
	}
	return out
}

// joinWord returns the word text[start:end] without the apostrophes dropped
// from it: joined holds text[start:from] without them when dropped is set.
func joinWord(text string, start, from, end int, joined []byte, dropped bool) string {
	if !dropped {
		return text[start:end]
	}
	return string(joined) + text[from:end]
}

func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

// number reports whether w is a number and returns its normalised digits.
func number(w string) (string, bool) {
	lower := strings.ToLower(w)
	if v, ok := numbers.EnglishWord(lower); ok {
		return strconv.Itoa(v), true
	}
	if v, ok := scales[lower]; ok {
		return formatNumber(v), true
	}
	r, _ := utf8.DecodeRuneInString(w)
	if !unicode.IsDigit(r) {
		return "", false
	}
	digits := strings.TrimRightFunc(lower, unicode.IsLetter)
	switch strings.TrimPrefix(lower, digits) {
	case "", "s", "st", "nd", "rd", "th":
	default:
		return "", false // "4g", "mp3": a name, not a number
	}
	digits = strings.ReplaceAll(digits, ",", "")
	if strings.Contains(digits, ".") {
		v, err := strconv.ParseFloat(digits, 64)
		if err != nil {
			return "", false
		}
		return formatNumber(v), true
	}
	if t := strings.TrimLeft(digits, "0"); t != "" {
		digits = t
	} else {
		digits = "0"
	}
	return digits, true
}

func formatNumber(v float64) string { return strconv.FormatFloat(v, 'f', -1, 64) }

// stem returns the Snowball English stem of a lower-cased word.
func stem(w string) string {
	env := snowball.NewEnv(w)
	english.Stem(env)
	return env.Current()
}

// scales are English scale words, which multiply the number before them.
var scales = map[string]float64{
	"hundred": 1e2, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12,
}
