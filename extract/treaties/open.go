package treaties

import (
	"regexp"
	"strings"
	"sync"
	"sync/atomic"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/runes"
	"golang.org/x/text/transform"
	"golang.org/x/text/unicode/norm"

	"github.com/citewatch/citewatch/extract/dates"
	"github.com/citewatch/citewatch/extract/internal/fold"
	"github.com/citewatch/citewatch/extract/parties"
)

// This file finds treaties the name table does not know, by the shape of
// their titles: a head noun (Convention, Treaty, Agreement, Protocol,
// Amendment, Accord, Charter, Covenant, Statute, Pact and their
// equivalents, see words.go) with the capitalised words before it ("Arms
// Trade Treaty", "Pariser Abkommen") or the complement after it ("Treaty
// on the Prohibition of Nuclear Weapons", "Convention sur la
// cybercriminalité", "Acuerdo de Escazú"), a German compound
// ("Hochseeschutzabkommen") or a Japanese title ("核兵器禁止条約"). Such a
// treaty gets an id derived from its normalised title (see DerivedID); a
// protocol or amendment of a known treaty gets the treaty's id and its own
// name ("UNTC-XXVII-2-a/third-amendment").

// token is one word of a text: letters and digits, with inner hyphens
// and apostrophes; an elided article ("l'", "dell'") is a word of its own.
type token struct {
	start, end int
	text       string
	low        string
}

// elisions are the words an apostrophe ends: "l'accord" is "l'" "accord".
var elisions = wordSet(`l d qu j n s c m t dell all sull nell dall coll quell un pell`)

func tokenize(s string) []token {
	ts := make([]token, 0, len(s)/6+1)
	// The words in ASCII take their lower case from one copy of s with its
	// ASCII letters lowered, rather than a string made for each.
	var ascii string
	start := -1
	flush := func(end int) {
		if start >= 0 {
			t := s[start:end]
			low := t
			if isASCII(t) {
				if ascii == "" && !isLowerASCII(t) {
					ascii = fold.LowerASCII(s)
				}
				if ascii != "" {
					low = ascii[start:end]
				}
			} else {
				low = lower(t)
			}
			ts = append(ts, token{start: start, end: end, text: t, low: low})
			start = -1
		}
	}
	for i, r := range s {
		switch {
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			if isCJK(r) {
				flush(i)
				continue
			}
			if start < 0 {
				start = i
			}
		case (r == '-' || r == '‐' || r == '‑' || r == '.') && start >= 0:
			// inner hyphen ("Nuclear-Test-Ban") or dotted acronym ("U.N."):
			// kept when a letter follows
			next, _ := utf8.DecodeRuneInString(s[i+utf8.RuneLen(r):])
			if !unicode.IsLetter(next) {
				flush(i)
			}
		case (r == '\'' || r == '’') && start >= 0:
			rest := s[i+utf8.RuneLen(r):]
			next, n := utf8.DecodeRuneInString(rest)
			after, _ := utf8.DecodeRuneInString(rest[n:])
			if !unicode.IsLetter(next) || (next == 's' || next == 'S') && !unicode.IsLetter(after) {
				flush(i) // "the Convention's": the possessive is no part of the word
				continue
			}
			if elisions[strings.ToLower(s[start:i])] {
				flush(i + utf8.RuneLen(r))
			}
		default:
			flush(i)
		}
	}
	flush(len(s))
	return ts
}

// lower lower-cases a word with its apostrophes straight, without
// allocating for a word already in lower-case ASCII.
func lower(w string) string {
	for i := 0; i < len(w); i++ {
		if c := w[i]; c >= 0x80 || c >= 'A' && c <= 'Z' {
			return strings.ReplaceAll(strings.ToLower(w), "’", "'")
		}
	}
	return w
}

// isLowerASCII reports whether an ASCII word has no capital.
func isLowerASCII(w string) bool {
	for i := 0; i < len(w); i++ {
		if c := w[i]; c >= 'A' && c <= 'Z' {
			return false
		}
	}
	return true
}

func isCJK(r rune) bool {
	return r >= 0x3040 && r <= 0x30ff || r >= 0x3400 && r <= 0x9fff || r >= 0xf900 && r <= 0xfaff
}

// capitalised reports whether a word starts with a capital letter or is
// an acronym with a digit ("P5").
func capitalised(t token) bool {
	r, _ := utf8.DecodeRuneInString(t.text)
	return unicode.IsUpper(r)
}

// possessive reports a word like "Japan's", which owns a treaty rather
// than naming it.
func possessive(t token) bool {
	return strings.HasSuffix(t.low, "'s") || strings.HasSuffix(t.low, "s'")
}

// gap is the text between two tokens.
func gap(s string, a, b token) string { return s[a.end:b.start] }

func plainGap(g string) bool {
	return g == "" || strings.TrimSpace(g) == "" && !strings.Contains(g, "\n")
}

// derived is a title found by its shape, before it gets its id.
type derived struct {
	start, end          int
	headStart, headStop int // the head noun's bytes
	frontEnd            int // end of the words before the complement
	compStart           int // byte start of the complement, or -1
	kind                headKind
	orphan              bool // a protocol named by general words only
}

// findTitles returns the titles in s found by their shape. In a line in
// headline case ("Council of Europe Opens Global Treaty on AI") capitals
// do not mark a name: only the general words of a title ("Second
// Additional Protocol to ...") are read before its head.
func findTitles(s string, ts []token, known *spans) []derived {
	headline := headlineCase(ts)
	var out []derived
	for h, t := range ts {
		if known.cover(t.start, t.end) {
			continue // the table knows this treaty: "Finland Leaves Ottawa Convention"
		}
		if d, ok := titleAt(s, ts, h, t, headline); ok {
			out = append(out, d)
		}
	}
	return out
}

func titleAt(s string, ts []token, h int, t token, headline bool) (derived, bool) {
	hd, isHead := heads[t.low]
	compound := false
	if !isHead {
		base, ok := germanCompound(t.low)
		if !ok {
			return derived{}, false
		}
		hd.base, hd.kind, compound = base, headTreaty, true
		if strings.Contains(base, "protokoll") {
			hd.kind = headProtocol
		}
	}
	d := derived{start: t.start, end: t.end, headStart: t.start, headStop: t.end, frontEnd: t.end, compStart: -1, kind: hd.kind}
	strong := compound
	if !capitalised(t) {
		// A lower-case head names a treaty only before a proper name:
		// "l'accord de Paris", "el acuerdo de Escazú".
		if end, ok := properComplement(s, ts, h); ok {
			d.end, d.compStart = end, ts[h+1].start
			return d, true
		}
		return derived{}, false
	}
	// Words before the head.
	first := premodifiers(s, ts, h, headline)
	for i := first; i < h; i++ {
		if notTreatyPremod[ts[i].low] {
			return derived{}, false
		}
		if !weakPremod[ts[i].low] && !romOrdinals[ts[i].low] {
			strong = true
		}
	}
	if first < h {
		d.start = ts[first].start
		if partyName(s[d.start:ts[h-1].end]) {
			d.start, first, strong = t.start, h, compound
		}
	}
	// Words after the head: an English title-case complement, else a
	// complement in the other languages.
	next := h + 1
	for next < len(ts) && romAfterHead[ts[next].low] && plainGap(gap(s, ts[next-1], ts[next])) {
		next++
	}
	if end, ok := englishComplement(s, ts, h, hd.kind); ok {
		d.end, d.compStart = end, ts[h+1].start
		return d, true
	}
	if end, ok := otherComplement(s, ts, next, hd.kind); ok {
		d.end, d.compStart = end, ts[next].start
		if next > h+1 {
			d.frontEnd = ts[next-1].end
		}
		return d, true
	}
	if !strong {
		// "the Second Additional Protocol", "le Protocole additionnel": a
		// protocol named by general words only, of the page's subject.
		if hd.kind == headProtocol && (first < h || next > h+1) {
			d.orphan = true
			if next > h+1 {
				d.end, d.frontEnd = ts[next-1].end, ts[next-1].end
			}
			return d, true
		}
		return derived{}, false
	}
	return d, true
}

// headlineCase reports whether a text capitalises its words the way a
// headline does: every word of four letters or more capitalised, in a text
// of four such words at least.
func headlineCase(ts []token) bool {
	long := 0
	for _, t := range ts {
		if utf8.RuneCountInString(t.text) < 4 || !unicode.IsLetter(firstRune(t.text)) {
			continue
		}
		if !capitalised(t) {
			return false
		}
		long++
	}
	return long >= 4
}

// germanCompound returns the base form of a German compound naming a
// treaty: "hochseeschutzabkommens" gives "hochseeschutzabkommen".
func germanCompound(low string) (string, bool) {
	if genericCompounds[low] {
		return "", false
	}
	if strings.HasSuffix(low, "-vertrag") || strings.HasSuffix(low, "-vertrags") || strings.HasSuffix(low, "-vertrages") {
		return strings.TrimSuffix(strings.TrimSuffix(strings.TrimSuffix(low, "es"), "s"), "e") + "", true
	}
	for _, h := range germanHeads {
		if strings.HasSuffix(low, h) && len(low) > len(h)+2 {
			base := low
			if strings.HasSuffix(h, "s") {
				base = strings.TrimSuffix(low, "s")
			}
			if genericCompounds[base] {
				return "", false
			}
			return base, true
		}
	}
	return "", false
}

// premodifiers returns the index of the first capitalised word before the
// head that belongs to the title ("Arms Trade Treaty", "Council of Europe
// Framework Convention"), or h for none.
func premodifiers(s string, ts []token, h int, headline bool) int {
	first := h
	for i := h - 1; i >= 0 && h-i <= 7; i-- {
		w := ts[i]
		if !plainGap(gap(s, w, ts[i+1])) {
			break
		}
		if (w.low == "of" || w.low == "and") && i > 0 && capitalised(ts[i-1]) && plainGap(gap(s, ts[i-1], w)) && i+1 < h {
			continue // "Council of Europe", "Trade and Cooperation"
		}
		if !capitalised(w) || possessive(w) || notPremod[w.low] || isMonthOrDay(w.low) || headline && !weakPremod[w.low] && !romOrdinals[w.low] {
			break
		}
		first = i
	}
	for first < h && (ts[first].low == "of" || ts[first].low == "and") {
		first++
	}
	return first
}

// englishComplement reads a title-case complement after the head: "on the
// Prohibition of Nuclear Weapons", "to the Montreal Protocol". It returns
// the byte end of the title.
func englishComplement(s string, ts []token, h int, kind headKind) (int, bool) {
	i := h + 1
	if i >= len(ts) || !plainGap(gap(s, ts[h], ts[i])) || !connectors[ts[i].low] {
		return 0, false
	}
	if ts[i].low == "to" && kind != headProtocol {
		return 0, false
	}
	if ts[i].low == "relating" {
		if i+1 >= len(ts) || ts[i+1].low != "to" {
			return 0, false
		}
		i++
	}
	i++
	if i < len(ts) && ts[i].low == "the" {
		i++
	}
	if i >= len(ts) || !capitalised(ts[i]) || notComplement[ts[i].low] || !plainGap(gap(s, ts[i-1], ts[i])) {
		return 0, false
	}
	if isParty(s, ts, i) {
		return 0, false
	}
	// A list inside a title ("Use, Stockpiling, Production and Transfer")
	// goes on; a list of titles ("... Keeping and the Third Amendment to
	// ...") ends the first one where the list starts.
	end, beforeList := -1, -1
	for j := i; j < len(ts) && j-i < 30; j++ {
		if j > i {
			g := gap(s, ts[j-1], ts[j])
			comma := strings.TrimSpace(g) == ","
			if !plainGap(g) && !(comma && capitalised(ts[j])) {
				break
			}
			if comma && beforeList < 0 {
				beforeList = end
			}
		}
		w := ts[j]
		if capitalised(w) && !isMonthOrDay(w.low) && !notPremod[w.low] {
			if _, head := heads[w.low]; head && beforeList > 0 {
				return beforeList, true
			}
			end = w.end
			continue
		}
		if !titleGlue[w.low] || capitalised(w) {
			break
		}
		if (w.low == "and" || w.low == "or") && beforeList < 0 {
			beforeList = end
		}
	}
	return end, end > 0
}

// otherComplement reads a complement in French, Spanish, Italian,
// Portuguese or German: "sur la cybercriminalité", "über die biologische
// Vielfalt", "de Minamata". It starts at token i.
func otherComplement(s string, ts []token, i int, kind headKind) (int, bool) {
	if i >= len(ts) || i == 0 || !plainGap(gap(s, ts[i-1], ts[i])) {
		return 0, false
	}
	c := ts[i].low
	switch {
	case romConnectors[c]:
	case romTo[c] && kind == headProtocol:
	case romTwoWord[c] != nil:
		if i+1 >= len(ts) || !romTwoWord[c][ts[i+1].low] {
			return 0, false
		}
		i++
	default:
		return 0, false
	}
	german := c == "über" || c == "zur" || c == "zum" || c == "von" || c == "gegen" || c == "zwischen"
	end, content := -1, 0
	afterLink := true // a connector, conjunction or article was just read
	for j := i + 1; j < len(ts) && j-i <= 16; j++ {
		w := ts[j]
		if g := gap(s, ts[j-1], w); !plainGap(g) {
			break
		}
		switch {
		case afterLink && romArticles[w.low] && !(content == 0 && w.low == "a" && c == "de"):
			continue
		case content > 0 && (romConnectors[w.low] || romAnd[w.low] || romTo[w.low] && w.low != "a"):
			afterLink = true
			continue
		case romStop[w.low] || isMonthOrDay(w.low) || !unicode.IsLetter(firstRune(w.text)):
		case content == 0 && (notComplement[w.low] || isParty(s, ts, j)):
		case german && !capitalised(w) && !germanAdjective(w.low):
		case !capitalised(w) && (participle(w.low) || finiteVerb(w.low)):
		default:
			content++
			afterLink = false
			if !german || capitalised(w) {
				end = w.end
			}
			continue
		}
		break
	}
	return end, end > 0
}

// properComplement reads "de Paris", "di Parigi", "d'Escazú" after a
// lower-case head: a capitalised name that is not a state's.
func properComplement(s string, ts []token, h int) (int, bool) {
	i := h + 1
	if i+1 >= len(ts) || !plainGap(gap(s, ts[h], ts[i])) {
		return 0, false
	}
	switch ts[i].low {
	case "de", "d'", "di", "von":
	default:
		return 0, false
	}
	j := i + 1
	if !plainGap(gap(s, ts[i], ts[j])) || !capitalised(ts[j]) || isMonthOrDay(ts[j].low) || notComplement[ts[j].low] || isParty(s, ts, j) {
		return 0, false
	}
	return ts[j].end, true
}

// isParty reports whether the capitalised words from token i name a state
// or organisation: "for Japan", "de México".
func isParty(s string, ts []token, i int) bool {
	end := i
	for end+1 < len(ts) && end-i < 4 && capitalised(ts[end+1]) && plainGap(gap(s, ts[end], ts[end+1])) {
		end++
	}
	for k := end; k >= i; k-- {
		if partyName(s[ts[i].start:ts[k].end]) {
			return true
		}
	}
	return false
}

// partyCache remembers which names are states' or organisations', up to
// partyCacheSize of them, since long pages ask about the same few names.
var (
	partyCache     sync.Map
	partyCacheUsed atomic.Int64
)

const partyCacheSize = 1 << 14

// partyName reports whether name names a state or organisation.
func partyName(name string) bool {
	if v, ok := partyCache.Load(name); ok {
		return v.(bool)
	}
	_, ok := parties.Code(name)
	if partyCacheUsed.Add(1) <= partyCacheSize {
		partyCache.Store(name, ok)
	}
	return ok
}

func firstRune(s string) rune {
	r, _ := utf8.DecodeRuneInString(s)
	return r
}

// germanAdjective reports a lower-case German word that may stand in a
// title before its noun ("über die biologische Vielfalt").
func germanAdjective(w string) bool {
	for _, e := range []string{"e", "en", "er", "es", "em"} {
		if strings.HasSuffix(w, e) && len(w) > 3 {
			return true
		}
	}
	return false
}

// participle reports a lower-case past participle, which ends a title in
// running text ("la Convention sur la cybercriminalité adoptée ...").
func participle(w string) bool {
	if utf8.RuneCountInString(w) < 6 {
		return false
	}
	for _, e := range []string{"é", "ée", "és", "ées", "ado", "ada", "ados", "adas", "ido", "ida", "idos", "idas", "ato", "ata", "ati", "ate", "ito", "ita", "iti", "ite"} {
		if strings.HasSuffix(w, e) {
			return true
		}
	}
	return false
}

// finiteVerb reports a lower-case word with the ending of a finite verb
// in French, Spanish, Italian or Portuguese ("suivra", "entró", "firmò",
// "assinou"), which ends a title in running text.
func finiteVerb(w string) bool {
	n := utf8.RuneCountInString(w)
	if frenchFuture[w] {
		return true
	}
	for _, e := range []string{"eront", "iront", "erait", "irait", "eraient", "iraient", "rá", "rán", "aron", "ieron", "rà", "ará", "aram", "eram", "iram"} {
		if n >= 5 && strings.HasSuffix(w, e) {
			return true
		}
	}
	for _, e := range []string{"ó", "ò", "ou"} {
		if n >= 4 && strings.HasSuffix(w, e) {
			return true
		}
	}
	return false
}

// frenchFuture are French verbs in the future, whose ending "-ra" nouns
// in Spanish and Italian share ("cultura", "guerra").
var frenchFuture = wordSet(`sera aura fera pourra devra suivra entrera prendra restera deviendra permettra viendra
remplacera complétera s'appliquera ratifiera signera`)

// isMonthOrDay is the dates package's month and weekday words, in every
// language it reads.
func isMonthOrDay(low string) bool { return dates.IsMonthOrWeekday(low) }

// reJapaneseTitle finds a Japanese treaty title: words in kanji or
// katakana, joined by the particles titles use, ending in a head noun
// (条約, 協定, 議定書, 改正, 規程, 憲章, 規約).
var reJapaneseTitle = regexp.MustCompile(`[\p{Han}\p{Katakana}ーA-Za-z0-9・]{2,}(?:(?:の|及び|並びに|に関する|における|のための|による|に基づく|を禁止する|を防止する|等)[\p{Han}\p{Katakana}ーA-Za-z0-9・]+)*?(?:条約|協定|議定書|改正|規程|憲章|規約)`)

// notJapaneseTitle are the starts of a general reference: 同条約 ("the
// said treaty"), 本協定 ("this agreement").
var notJapaneseTitle = []string{"同", "本", "当該", "上記", "前記", "新", "各", "両", "この", "その"}

// genericJapanese are Japanese words for a kind of treaty, not one:
// 国際条約 ("international treaty"), 二国間協定 ("bilateral agreement").
var genericJapanese = map[string]bool{
	"国際条約": true, "国際協定": true, "多国間条約": true, "多数国間条約": true, "二国間条約": true, "二国間協定": true,
	"枠組条約": true, "国際約束": true, "追加議定書": true, "選択議定書": true, "改正議定書": true, "国際的な条約": true,
	"締約国条約": true, "同枠組条約": true, "本枠組条約": true, "新条約": true, "新協定": true,
}

// japaneseHeads are the words every match of reJapaneseTitle ends with.
var japaneseHeads = []string{"条約", "協定", "議定書", "改正", "規程", "憲章", "規約"}

func findJapaneseTitles(s string) []derived {
	var out []derived
	for _, loc := range findInJapanese(s, reJapaneseTitle, japaneseHeads) {
		name := s[loc[0]:loc[1]]
		skip := false
		for _, p := range notJapaneseTitle {
			if strings.HasPrefix(name, p) {
				skip = true
			}
		}
		if skip || utf8.RuneCountInString(name) < 4 || genericJapanese[name] {
			continue
		}
		head := 0
		for _, h := range []string{"議定書", "条約", "協定", "改正", "規程", "憲章", "規約"} {
			if strings.HasSuffix(name, h) {
				head = len(h)
			}
		}
		out = append(out, derived{start: loc[0], end: loc[1], headStart: loc[1] - head, headStop: loc[1], frontEnd: loc[1], compStart: -1, kind: headTreaty})
	}
	return out
}

// findInJapanese is re.FindAllStringIndex(s, -1) for an expression whose
// every match is a run of Han, Hiragana and Katakana letters, "ー", "・"
// and ASCII letters and digits that holds one of heads: re runs only on
// the runs of such characters around the heads s holds, where all its
// matches lie, rather than on the whole text.
func findInJapanese(s string, re *regexp.Regexp, heads []string) [][]int {
	var out [][]int
	done := 0 // the end of the last run read
	for {
		h := -1 // the first head at or after done
		for _, w := range heads {
			if i := strings.Index(s[done:], w); i >= 0 && (h < 0 || done+i < h) {
				h = done + i
			}
		}
		if h < 0 {
			return out
		}
		start, end := h, h
		for start > done {
			r, w := utf8.DecodeLastRuneInString(s[:start])
			if !japaneseRun(r) {
				break
			}
			start -= w
		}
		for end < len(s) {
			r, w := utf8.DecodeRuneInString(s[end:])
			if !japaneseRun(r) {
				break
			}
			end += w
		}
		for _, loc := range re.FindAllStringIndex(s[start:end], -1) {
			out = append(out, []int{start + loc[0], start + loc[1]})
		}
		done = end
	}
}

// japaneseRun reports whether r may stand in a Japanese title or general
// reference.
func japaneseRun(r rune) bool {
	if r < utf8.RuneSelf {
		return r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9'
	}
	return r == 'ー' || r == '・' || unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana)
}

// DerivedID returns the id of a treaty the name table does not know, from
// the name a text gives it: the name without the organisation that made
// the treaty, lower-cased, without accents and articles, its words joined
// by hyphens ("Convention sur la cybercriminalité" gives
// "convention-sur-cybercriminalite", "the Council of Europe Convention on
// the Protection of Lighthouses" gives
// "convention-on-protection-of-lighthouses"), so that the ways pages
// write one title give one id.
func DerivedID(name string) string {
	return derivedFromCore(withoutOrganisation(name))
}

// derivedFromCore is DerivedID for a name without its organisation.
func derivedFromCore(core string) string {
	var b strings.Builder
	for _, w := range strings.Split(slug(core), "-") {
		if w == "" || articles[w] {
			continue
		}
		if b.Len() > 0 {
			b.WriteByte('-')
		}
		b.WriteString(w)
	}
	id := b.String()
	if len(id) > 120 {
		id = strings.TrimRight(id[:120], "-")
	}
	return id
}

// slug lower-cases s, drops its accents and joins its words by hyphens.
func slug(s string) string {
	plain := s // ASCII has no accents to drop
	if !isASCII(s) {
		t := transform.Chain(norm.NFD, runes.Remove(runes.In(unicode.Mn)), norm.NFC)
		var err error
		if plain, _, err = transform.String(t, s); err != nil {
			plain = s
		}
	}
	plain = strings.ReplaceAll(strings.ToLower(plain), "ß", "ss")
	var b strings.Builder
	dash := false
	for _, r := range plain {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			if dash && b.Len() > 0 {
				b.WriteByte('-')
			}
			b.WriteRune(r)
			dash = false
			continue
		}
		dash = true
	}
	return b.String()
}

// findGeneric adds the general references in s: a determiner, a few
// modifiers and a head noun ("the Convention", "le nouveau traité", "das
// Abkommen", "l'accordo").
func findGeneric(s string, ts []token, ms []Mention) []Mention {
	for h, t := range ts {
		if _, ok := heads[t.low]; !ok {
			continue
		}
		// Modifiers: general words, or, before a lower-case head, words
		// that name no title of their own: capitalised ones ("the Council
		// of Europe convention", "the UN's treaty") and up to two
		// lower-case ones ("the first cybercrime treaty").
		i, lower := h-1, 0
		for ; i >= 0 && h-i <= 6; i-- {
			w, g := ts[i], gap(s, ts[i], ts[i+1])
			if !plainGap(g) && !(ts[i+1].low == "s" && (g == "'" || g == "’")) {
				break
			}
			if genericMods[w.low] {
				continue
			}
			if capitalised(t) || determiners[w.low] {
				break
			}
			if capitalised(w) || w.low == "of" || w.low == "s" {
				continue
			}
			if lower++; lower > 2 || !unicode.IsLetter(firstRune(w.text)) {
				break
			}
		}
		if i >= 0 && determiners[ts[i].low] && plainGap(gap(s, ts[i], ts[i+1])) {
			ms = append(ms, Mention{Start: ts[i].start, End: t.end, Generic: true})
		}
	}
	return ms
}
