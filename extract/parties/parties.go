// Package parties recognises the states and organisations a text names —
// by short or official name, old or new name, abbreviation, name in
// English, French, Spanish, German, Italian, Portuguese or Japanese (with
// or without its article, German names in their inflected forms), or a
// demonym with a word such as "government" or "minister" ("the Japanese
// government", "le gouvernement français", "die deutsche Regierung") — and
// normalises them to ISO 3166-1 alpha-3 codes, with EUE for the European
// Union (see names.go for the other organisation codes).
//
// The short names of every country in those languages come from
// golang.org/x/text/language/display (CLDR); names.go adds official,
// depositary, old and short names, and demonyms.go the demonyms. The
// tables are built once, on first use; everything here is safe for
// concurrent use.
package parties

import (
	foldtext "github.com/citewatch/citewatch/extract/internal/fold"
	"sort"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/language"
	"golang.org/x/text/language/display"
	"golang.org/x/text/unicode/norm"
)

// Mention is one party named in a text, with its byte span.
type Mention struct {
	Start, End int
	Code       string
}

type entry struct {
	code    string
	caps    bool // an abbreviation: matches only in capitals ("US", not "us")
	lowerOK bool // may start lower-case ("former Yugoslav Republic ...")
	demonym bool // needs a government noun after it
}

type table struct {
	cjk        []cjkName         // Japanese names, matched as substrings
	adjectives map[string]string // folded demonym adjective -> code ("français", "deutschen")
	byKey      map[string]entry
	// first gives the first words of byKey's names the most words a
	// name that begins with it has.
	first map[string]int
	names map[string]string // code -> English name
	// alone are the names that in running text more often name something
	// else (notNames), by code: a state's name only standing alone.
	alone map[string]string
}

var (
	once sync.Once
	tab  table
)

func load() *table {
	once.Do(func() {
		tab = table{byKey: map[string]entry{}, first: map[string]int{}, names: map[string]string{}, alone: map[string]string{}}
		en, ja := display.English.Regions(), display.Japanese.Regions()
		// The languages whose names are read as words, English first: a
		// name two languages give different states keeps the first's.
		others := []display.Namer{display.French.Regions(), display.Spanish.Regions(), display.Italian.Regions(),
			display.Portuguese.Regions()}
		german := display.German.Regions()
		for a := 'A'; a <= 'Z'; a++ {
			for b := 'A'; b <= 'Z'; b++ {
				r, err := language.ParseRegion(string([]rune{a, b}))
				if err != nil || !r.IsCountry() || r.Canonicalize() != r {
					continue
				}
				code := r.ISO3()
				if len(code) != 3 || code == "ZZZ" {
					continue
				}
				if code == "XKK" {
					code = "XKX"
				}
				if n := ja.Name(r); n != "" {
					tab.cjk = append(tab.cjk, cjkName{n, code})
				}
				tab.addVariants(en.Name(r), entry{code: code})
				for _, l := range others {
					if n := l.Name(r); !notNames[n] {
						tab.addVariants(n, entry{code: code})
					} else if n != "" {
						tab.alone[n] = code
					}
				}
				if n := german.Name(r); notNames[n] && n != "" {
					tab.alone[n] = code
				} else if !notNames[n] {
					for _, v := range germanForms(n) {
						tab.addVariants(v, entry{code: code})
					}
				}
				if _, ok := tab.names[code]; !ok && en.Name(r) != "" {
					tab.names[code] = en.Name(r)
				}
			}
		}
		// Official and depositary names override CLDR's where they collide
		// (CLDR's "Congo" is Kinshasa's short form in some locales).
		parseLines(extraNames, func(code, name string) {
			if hasCJK(name) {
				tab.cjk = append(tab.cjk, cjkName{name, code})
				return
			}
			e := entry{code: code, lowerOK: unicode.IsLower(firstRune(name))}
			e.caps = isAbbreviation(name)
			tab.add(name, e, true)
		})
		parseLines(extraNamesOther, func(code, name string) {
			if hasCJK(name) {
				tab.cjk = append(tab.cjk, cjkName{name, code})
				return
			}
			tab.add(name, entry{code: code, caps: isAbbreviation(name)}, true)
		})
		parseLines(germanNames, func(code, name string) {
			for _, v := range germanForms(name) {
				tab.add(v, entry{code: code, caps: isAbbreviation(v)}, true)
			}
		})
		// Longest first, so that a name inside another ("ギニア" in "ギニアビサウ") loses.
		sort.Slice(tab.cjk, func(i, j int) bool { return len(tab.cjk[i].name) > len(tab.cjk[j].name) })
		tab.names["EUE"] = "European Union"
		tab.names["EAE"] = "European Atomic Energy Community"
		tab.names["XKX"] = "Kosovo"
		parseLines(demonyms, func(code, name string) {
			tab.add(name, entry{code: code, demonym: true}, false)
		})
		tab.adjectives = readAdjectives()
	})
	return &tab
}

// germanForms returns a German name with its inflected forms: adjectives
// declined ("Vereinigte Staaten" → "Vereinigten Staaten", "Europäische
// Union" → "Europäischen Union", "Vereinigtes Königreich" → "Vereinigten
// Königreich"), the genitive -s ("Deutschlands", "des Vereinigten
// Königreichs") and the dative plural -n ("den Vereinigten Arabischen
// Emiraten").
func germanForms(name string) []string {
	if name == "" || isAbbreviation(name) {
		return []string{name}
	}
	words := strings.Fields(name)
	declined := make([]string, len(words))
	for i, w := range words {
		declined[i] = w
		if i < len(words)-1 {
			switch {
			case strings.HasSuffix(w, "es") && unicode.IsUpper(firstRune(w)):
				declined[i] = w[:len(w)-2] + "en"
			case strings.HasSuffix(w, "e") && unicode.IsUpper(firstRune(w)):
				declined[i] = w + "n"
			}
		}
	}
	forms := []string{name}
	base := strings.Join(declined, " ")
	if base != name {
		forms = append(forms, base)
	}
	switch last := words[len(words)-1]; {
	case strings.HasSuffix(last, "e"):
		forms = append(forms, base+"n")
	case !strings.HasSuffix(last, "s") && !strings.HasSuffix(last, "x") && !strings.HasSuffix(last, "z") && !strings.HasSuffix(last, "ß"):
		forms = append(forms, base+"s")
	}
	return forms
}

func firstRune(s string) rune {
	r, _ := utf8.DecodeRuneInString(s)
	return r
}

func isAbbreviation(name string) bool {
	letters := 0
	for _, r := range name {
		switch {
		case unicode.IsUpper(r):
			letters++
		case r == '.' || r == ' ': // "U.S.", "EE. UU."
		default:
			return false
		}
	}
	return letters >= 2 && letters <= 4
}

func parseLines(data string, f func(code, name string)) {
	for _, line := range strings.Split(data, "\n") {
		code, names, ok := strings.Cut(line, ":")
		if !ok {
			continue
		}
		for _, n := range strings.Split(names, "|") {
			if n = strings.TrimSpace(n); n != "" {
				f(strings.TrimSpace(code), n)
			}
		}
	}
}

// addVariants adds a CLDR name and its spelled-out forms ("St." as
// "Saint", "&" as "and", without a parenthesised alias).
func (t *table) addVariants(name string, e entry) {
	if name == "" {
		return
	}
	if i := strings.Index(name, " ("); i > 0 {
		name = name[:i]
	}
	t.add(name, e, false)
	v := strings.ReplaceAll(name, " & ", " and ")
	v = strings.ReplaceAll(v, "St. ", "Saint ")
	t.add(v, e, false)
}

func (t *table) add(name string, e entry, override bool) {
	words := keyWords(name)
	if len(words) == 0 {
		return
	}
	if words[0] == "the" && len(words) > 1 {
		words = words[1:]
	}
	key := strings.Join(words, " ")
	if old, ok := t.byKey[key]; ok && !override && (!old.demonym || e.demonym) {
		return
	}
	t.byKey[key] = e
	t.first[words[0]] = max(t.first[words[0]], len(words))
}

// keyWords splits a name into folded words.
func keyWords(s string) []string {
	var words []string
	forWords(s, func(start, end int) { words = append(words, fold(s[start:end])) })
	return words
}

// forWords calls f with the span of each run of letters and digits.
func forWords(s string, f func(start, end int)) {
	start := -1
	for i, r := range s {
		if (unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)) && !isCJK(r) {
			if start < 0 {
				start = i
			}
			continue
		}
		if start >= 0 {
			f(start, i)
			start = -1
		}
	}
	if start >= 0 {
		f(start, len(s))
	}
}

// fold lower-cases a word and strips its diacritics ("Türkiye" -> "turkiye").
func fold(w string) string {
	ascii := true
	for i := 0; i < len(w); i++ {
		if w[i] >= utf8.RuneSelf {
			ascii = false
			break
		}
	}
	if ascii {
		return strings.ToLower(w)
	}
	var b strings.Builder
	for _, r := range norm.NFD.String(w) {
		if unicode.Is(unicode.Mn, r) {
			continue
		}
		b.WriteRune(unicode.ToLower(r))
	}
	return b.String()
}

type cjkName struct{ name, code string }

// cjkAlone reports whether a Japanese name found at s[i:j] stands alone:
// a katakana name not inside a longer katakana word ("タイ" in "タイトル",
// "マリ" in "マリン"), and no name before "洋" or "系" ("インド洋" is an
// ocean, "日系" a descent).
func cjkAlone(s string, i, j int, name string) bool {
	next, _ := utf8.DecodeRuneInString(s[j:])
	if next == '洋' || next == '系' {
		return false
	}
	first, _ := utf8.DecodeRuneInString(name)
	last, _ := utf8.DecodeLastRuneInString(name)
	prev, _ := utf8.DecodeLastRuneInString(s[:i])
	if isKatakana(first) && i > 0 && isKatakana(prev) {
		return false
	}
	return !(isKatakana(last) && j < len(s) && isKatakana(next))
}

// findCJK finds Japanese names by substring, longest first, without overlaps.
// "我が国" ("our country") is Japan: only Japanese government pages use it.
func (t *table) findCJK(s string) []Mention {
	var out []Mention
	taken := make([]bool, len(s))
	for _, n := range t.cjk {
		for from := 0; ; {
			i := strings.Index(s[from:], n.name)
			if i < 0 {
				break
			}
			i += from
			from = i + len(n.name)
			if taken[i] || taken[from-1] || !cjkAlone(s, i, from, n.name) {
				continue
			}
			for k := i; k < from; k++ {
				taken[k] = true
			}
			out = append(out, Mention{Start: i, End: from, Code: n.code})
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Start < out[j].Start })
	return out
}

type word struct {
	start, end int
	key        string
	upper      bool // starts with a capital
	allCaps    bool
}

// Find returns the parties named in s, in order, matching the longest name
// at each position. Names must start with a capital letter, abbreviations
// must be in capitals, and a demonym counts only with a word such as
// "government" or "minister" ("the Japanese government", "le gouvernement
// japonais", "die japanische Regierung"). Japanese names are found within
// Japanese text, Latin ones ("EU") beside them.
func Find(s string) []Mention {
	t := load()
	out := t.findWords(s)
	if hasCJK(s) {
		cjk := t.findCJK(s)
		for _, m := range out {
			if !overlaps(cjk, m) {
				cjk = append(cjk, m)
			}
		}
		sort.Slice(cjk, func(i, j int) bool { return cjk[i].Start < cjk[j].Start })
		out = cjk
	}
	return out
}

func overlaps(ms []Mention, m Mention) bool {
	for _, o := range ms {
		if m.Start < o.End && o.Start < m.End {
			return true
		}
	}
	return false
}

// findWords finds names written in Latin letters, by words.
func (t *table) findWords(s string) []Mention {
	var words []word
	// Words in ASCII take their key from one copy of s with its ASCII
	// capitals lowered, rather than a string made for each.
	var lowered string
	forWords(s, func(start, end int) {
		w := s[start:end]
		r := firstRune(w)
		key := w
		switch ascii, lower := asciiCase(w); {
		case !ascii:
			key = fold(w)
		case !lower:
			if lowered == "" {
				lowered = foldtext.LowerASCII(s)
			}
			key = lowered[start:end]
		}
		words = append(words, word{start: start, end: end, key: key, upper: unicode.IsUpper(r), allCaps: upperCase(w)})
	})
	var out []Mention
	var key []byte // reused: the map is looked up without a string made
	for i := 0; i < len(words); {
		matched := 0
		if most := t.first[words[i].key]; most > 0 && (words[i].upper || words[i].key == "former") {
			for n := min(most, len(words)-i); n >= 1; n-- {
				key = key[:0]
				for j := i; j < i+n; j++ {
					if j > i {
						key = append(key, ' ')
					}
					key = append(key, words[j].key...)
				}
				e, ok := t.byKey[string(key)]
				if !ok || !t.fits(e, words, i, n) {
					continue
				}
				end := words[i+n-1].end
				if end < len(s) && s[end] == '.' && e.caps && strings.Contains(s[words[i].start:end], ".") {
					end++ // "U.S." keeps its final dot
				}
				out = append(out, Mention{Start: words[i].start, End: end, Code: e.code})
				matched = n
				break
			}
		}
		if matched == 0 {
			if m, ok := t.adjective(words, i); ok {
				out = append(out, m)
			}
			matched = 1
		}
		i += matched
	}
	return out
}

// asciiCase reports whether w is ASCII, and whether it has no capital.
func asciiCase(w string) (ascii, lower bool) {
	lower = true
	for i := 0; i < len(w); i++ {
		switch c := w[i]; {
		case c >= utf8.RuneSelf:
			return false, false
		case c >= 'A' && c <= 'Z':
			lower = false
		}
	}
	return true, lower
}

// upperCase reports whether w is as strings.ToUpper would write it,
// without writing it.
func upperCase(w string) bool {
	for _, r := range w {
		if unicode.ToUpper(r) != r {
			return false
		}
	}
	return true
}

// adjective reads words[i] as a demonym adjective beside a government
// noun: after it in French, Spanish, Italian and Portuguese ("le
// gouvernement français", "el Gobierno mexicano"), before it in German
// ("die deutsche Regierung").
func (t *table) adjective(words []word, i int) (Mention, bool) {
	code, ok := t.adjectives[words[i].key]
	if !ok {
		return Mention{}, false
	}
	if i > 0 && nounsThenAdjective[words[i-1].key] || i+1 < len(words) && adjectiveThenNouns[words[i+1].key] {
		return Mention{Start: words[i].start, End: words[i].end, Code: code}, true
	}
	return Mention{}, false
}

func (t *table) fits(e entry, words []word, i, n int) bool {
	if !words[i].upper && !e.lowerOK {
		return false
	}
	if e.caps {
		for j := i; j < i+n; j++ {
			if !words[j].allCaps {
				return false
			}
		}
	}
	if e.demonym {
		return i+n < len(words) && govNouns[words[i+n].key]
	}
	if n == 1 && givenNames[words[i].key] && i+1 < len(words) && words[i+1].upper && words[i+1].start-words[i].end == 1 {
		return false // "Francia Márquez", "Mauricio Macri", "India Today": a person or a title, not the state
	}
	return true
}

// Code returns the code for a whole name ("the Republic of Moldova",
// "l'Union européenne"), and whether the name is known.
func Code(name string) (string, bool) {
	ms := Find(name)
	if len(ms) != 1 {
		return "", false
	}
	rest := strings.TrimSpace(name[:ms[0].Start] + name[ms[0].End:])
	if articles[strings.ToLower(strings.Trim(rest, " '’"))] {
		return ms[0].Code, true
	}
	return "", false
}

// ItemCode returns the code for a name standing alone as an item of a
// list of states or as a table row's state, and whether it is known:
// Code's names, and the names that in running text more often name
// something else (Spanish "Granada" is a city of Spain in a sentence, and
// Grenada in a list of states).
func ItemCode(name string) (string, bool) {
	if code, ok := Code(name); ok {
		return code, true
	}
	code, ok := load().alone[strings.TrimSpace(name)]
	return code, ok
}

// articles may stand before a whole name given to Code.
var articles = map[string]bool{"": true, "the": true, "le": true, "la": true, "l": true, "les": true, "el": true,
	"los": true, "las": true, "der": true, "die": true, "das": true, "den": true, "dem": true, "des": true, "il": true,
	"lo": true, "gli": true, "i": true, "o": true, "os": true, "a": true, "as": true}

// Name returns the English name for a code, or the code itself when it
// is not known.
func Name(code string) string {
	if n, ok := load().names[code]; ok {
		return n
	}
	return code
}

// hasCJK reports whether s has Han, Hiragana or Katakana letters.
func hasCJK(s string) bool {
	for _, r := range s {
		if isCJK(r) {
			return true
		}
	}
	return false
}

func isCJK(r rune) bool { return r >= 0x3040 && r <= 0x30ff || r >= 0x4e00 && r <= 0x9fff }

// isKatakana reports whether r is a katakana letter or the long-vowel
// mark, which continue a katakana word ("タイ" is not a name inside "タイトル").
// The middle dot "・" separates words.
func isKatakana(r rune) bool { return r >= 0x30a1 && r <= 0x30fa || r == 0x30fc }
