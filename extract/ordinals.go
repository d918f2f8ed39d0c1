package extract

import (
	"regexp"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/citewatch/citewatch"
	"github.com/citewatch/citewatch/extract/internal/fold"
	"github.com/citewatch/citewatch/extract/internal/starts"
	"github.com/citewatch/citewatch/internal/wordlist/numbers"
)

// A state's rank among those that acted is a running total: "became the
// 60th state to ratify", "the 66th to 69th Parties", "el noveno país en
// hacerlo", "le 70e État partie". These are the words of that way of
// writing, one row per language; the expression is built from them.
type rankRow struct {
	lang string
	// leads stand before the ordinal: articles, "becoming".
	leads []string
	// to joins the two ordinals of a range: "the 66th to 69th".
	to []string
	// parties and signatories are nouns that say what is counted by
	// themselves ("the 60th Party", "le 12e signataire").
	parties, signatories []string
	// states are nouns that need an act after them ("the 60th state to
	// ratify", "el noveno país en hacerlo").
	states []string
	// adjectives may stand between the ordinal and the noun: "future".
	adjectives []string
	// consent, sign and same are the acts after a state noun: a consent
	// to be bound counts parties, a signature signatories, and "to do so"
	// the act the sentence tells.
	consent, sign, same []string
}

var rankRows = []rankRow{
	{lang: "en", leads: []string{"the", "its", "becoming"}, to: []string{"to", "through", "and"},
		parties:     []string{`part(?:y|ies)`, `states?\s+part(?:y|ies)`, `contracting\s+part(?:y|ies)`},
		signatories: []string{`signator(?:y|ies)`},
		states:      []string{`states?`, `countr(?:y|ies)`, `nations?`, `members?`, `governments?`},
		adjectives:  []string{`future`, `new`, `contracting`, `member`},
		consent:     []string{`to\s+(?:formally\s+)?(?:ratify|accede|join|accept|approve|deposit|become\s+a\s+party)`},
		sign:        []string{`to\s+(?:formally\s+)?sign`},
		same:        []string{`to\s+do\s+so`}},
	{lang: "fr", leads: []string{"le", "la", "les", "l['’]", "devenant"}, to: []string{"à", "au"},
		parties:     []string{`(?:états?\s+)?parties?`},
		signatories: []string{`signataires?`},
		states:      []string{`pays`, `états?`, `nations?`},
		consent:     []string{`à\s+(?:la\s+|le\s+|l['’])?(?:ratifier|adhérer|rejoindre|approuver|accepter)`},
		sign:        []string{`à\s+(?:la\s+|le\s+|l['’])?signer`},
		same:        []string{`à\s+le\s+faire`, `à\s+l['’]avoir\s+fait`}},
	{lang: "es", leads: []string{"el", "la", "los", "las"}, to: []string{"al", "a"},
		parties:     []string{`(?:estados?\s+)?partes?`},
		signatories: []string{`signatari[oa]s?`, `firmantes?`},
		states:      []string{`país(?:es)?`, `estados?`, `naci(?:ón|ones)`},
		consent:     []string{`en\s+(?:ratificar(?:lo|la)?|adherirse|sumarse|unirse)`},
		sign:        []string{`en\s+firmar(?:lo|la)?`, `en\s+suscribir(?:lo|la)?`},
		same:        []string{`en\s+hacerlo`}},
	{lang: "it", leads: []string{"il", "lo", "la", "i", "gli", "le", "l['’]"}, to: []string{"al", "a"},
		parties:     []string{`(?:stat[oi]\s+)?part[ei]`},
		signatories: []string{`firmatari[oa]?`},
		states:      []string{`paes[ei]`, `stat[oi]`, `nazion[ei]`},
		consent:     []string{`a\s+(?:ratificar(?:e|lo|la)|aderire)`},
		sign:        []string{`a\s+firmar(?:e|lo|la)`},
		same:        []string{`a\s+farlo`}},
	{lang: "pt", leads: []string{"o", "a", "os", "as"}, to: []string{"ao", "a"},
		parties:     []string{`(?:estados?\s+)?partes?`},
		signatories: []string{`signatári[oa]s?`},
		states:      []string{`país(?:es)?`, `estados?`, `naç(?:ão|ões)`},
		consent:     []string{`a\s+(?:ratificar|aderir)`},
		sign:        []string{`a\s+assinar`},
		same:        []string{`a\s+fazê-lo`}},
	{lang: "de", leads: []string{"der", "die", "das", "als"}, to: []string{"bis"},
		parties:     []string{`vertragsstaat(?:en)?`, `vertragspartei(?:en)?`},
		signatories: []string{`unterzeichner(?:staat)?`},
		states:      []string{`staat(?:en)?`, `land`, `länder`},
		consent:     []string{`(?:ratifiziert|beigetreten)`},
		sign:        []string{`unterzeichnet`}},
}

// rankLeads are the leads of rankRows joined as one expression.
func rankLeads() []string {
	var leads []string
	for _, r := range rankRows {
		leads = append(leads, r.leads...)
	}
	return leads
}

// rankRE is built once from rankRows. Its groups: 1 the ordinal, 2 the
// second ordinal of a range, 3 a party noun, 4 a signatory noun, 5 a state
// noun, 6 a consent, 7 a signature, 8 "to do so". It is run only where a
// lead stands before an ordinal (rankStarts).
var rankRE = sync.OnceValue(func() *starts.Sparse {
	var to, parties, signatories, states, adjectives, consent, sign, same []string
	for _, r := range rankRows {
		to = append(to, r.to...)
		parties = append(parties, r.parties...)
		signatories = append(signatories, r.signatories...)
		states = append(states, r.states...)
		adjectives = append(adjectives, r.adjectives...)
		consent = append(consent, r.consent...)
		sign = append(sign, r.sign...)
		same = append(same, r.same...)
	}
	leads := rankLeads()
	j := func(ws []string) string { return strings.Join(ws, "|") }
	ord := `(?:\d{1,3}(?:st|nd|rd|th|e|er|re|ème|eme|º|ª|°|\.)|` + numbers.OrdinalRE + `)`
	return starts.MustCompileSparse(`(?i)(?:^|[^\p{L}\p{N}])(?:` + j(leads) + `)\s*(` + ord + `)(?:\s+(?:` + j(to) + `)\s+(?:(?:` + j(leads) + `)\s*)?(` + ord + `))?` +
		`\s+(?:(?:` + j(adjectives) + `)\s+){0,2}(?:(` + j(parties) + `)|(` + j(signatories) + `)|(` + j(states) + `)(?:\s+(?:(` + j(consent) + `)|(` + j(sign) + `)|(` + j(same) + `)))?)(?:[^\p{L}\p{N}]|$)`)
})

// rankLeadWords are the leads of rankRows as the words they match,
// lower-cased: "l['’]" is "l'" and "l’".
var rankLeadWords = func() []string {
	var out []string
	for _, l := range rankLeads() {
		if stem, ok := strings.CutSuffix(l, "['’]"); ok {
			out = append(out, stem+"'", stem+"’")
			continue
		}
		if regexp.QuoteMeta(l) != l {
			panic("extract: a rank lead that is not a word: " + l)
		}
		out = append(out, l)
	}
	return out
}()

// rankLeadsBy holds rankLeadWords by their first letter, in either case.
var rankLeadsBy = func() (by [utf8.RuneSelf][]string) {
	for _, l := range rankLeadWords {
		c := l[0]
		if c >= utf8.RuneSelf {
			panic("extract: a rank lead that does not begin with an ASCII letter: " + l)
		}
		by[c] = append(by[c], l)
		if c >= 'a' && c <= 'z' {
			by[c-'a'+'A'] = append(by[c-'a'+'A'], l)
		}
	}
	return by
}()

// numberWordSet holds numbers.Words and "und", which joins them glued
// ("einundzwanzigste"); numberJoiners join them only before a space or
// hyphen ("vingt et unième", "twenty-and-first" apart).
var (
	numberWordSet = func() map[string]bool {
		m := map[string]bool{"und": true}
		for _, w := range numbers.Words() {
			m[w] = true
		}
		return m
	}()
	numberJoiners = []string{"and", "et", "y", "e"}
)

// rankStarts returns where a rank may begin in s: before a lead at the
// start of a word ("the", "le", "als") that an ordinal follows, as digits
// or as a number word. The rank expression, run at these positions only,
// finds what it would find in all of s: it is an alternation of hundreds
// of number words that Go's engine would carry from every character. It
// returns all as false for a text holding a letter that a
// case-insensitive expression matches as an ASCII one ("ſ" as "s"), which
// the scan does not read.
func rankStarts(s string) (at []int, all bool) {
	if strings.ContainsAny(s, "ſ\u212a") {
		return nil, false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf || len(rankLeadsBy[c]) == 0 {
			continue // every lead begins with an ASCII letter
		}
		if i > 0 && s[i-1] < utf8.RuneSelf && (wordLetter(s[i-1]) || s[i-1] >= '0' && s[i-1] <= '9') {
			continue // inside a word, as most letters are
		}
		// The character before i, as the engine reads it: a byte that is
		// not UTF-8 is one character.
		prev, w := utf8.DecodeLastRuneInString(s[:i])
		if i > 0 && (unicode.IsLetter(prev) || unicode.IsNumber(prev)) || !ordinalAfterLead(s, i) {
			continue
		}
		at = append(at, i-w) // the match begins with the character before the lead, or at the start
	}
	return at, true
}

// ordinalAfterLead reports whether a lead of rankLeadWords begins s at i
// and, after spaces, what may be an ordinal.
func ordinalAfterLead(s string, i int) bool {
	for _, l := range rankLeadsBy[s[i]] {
		if len(s)-i < len(l) || !asciiEqualFold(s[i:i+len(l)], l) {
			continue
		}
		q := i + len(l)
		for q < len(s) && (s[q] == ' ' || s[q] == '\t' || s[q] == '\n' || s[q] == '\f' || s[q] == '\r') {
			q++ // \s
		}
		if q < len(s) && mayBeOrdinal(s[q:]) && followedBy(s, q, rankAfterRE) {
			return true
		}
	}
	return false
}

// mayBeOrdinal reports whether s may begin with an ordinal: one to three
// digits and an ending ("60th", "60e", "50."), digits and a Japanese
// counter, or letters made of number words alone ("sixtieth",
// "twentyfirst", not "united"). What it does not read (a letter that is
// not ASCII) may be one.
func mayBeOrdinal(s string) bool {
	c := s[0]
	switch {
	case c >= utf8.RuneSelf:
		return true
	case c >= '0' && c <= '9':
		n := 1
		for n < len(s) && s[n] >= '0' && s[n] <= '9' {
			n++
		}
		if n == len(s) {
			return false
		}
		if next := s[n]; next >= utf8.RuneSelf {
			return true // "50カ国目", "50º"
		} else if n <= 3 {
			return strings.IndexByte("sSnNrRtTeE.", next) >= 0 // "1st", "2nd", "3rd", "4th", "5e", "5er", "5.", "5ème"
		}
		return false
	}
	// The letters up to the first byte that is not an ASCII letter: an
	// ordinal in words ends before a space or hyphen.
	n := 0
	for n < len(s) && (s[n] >= 'a' && s[n] <= 'z' || s[n] >= 'A' && s[n] <= 'Z') {
		n++
	}
	if n < len(s) && s[n] >= utf8.RuneSelf {
		return true
	}
	return n > 0 && numberPartsOnly(asciiLower(s[:n]))
}

// rankAfterRE is what may follow an ordinal and a space in a rank: a
// word joining a range ("to"), an adjective or a noun of rankRows.
var rankAfterRE = func() *regexp.Regexp {
	var ws []string
	for _, r := range rankRows {
		ws = append(append(append(append(append(ws, r.to...), r.adjectives...), r.parties...), r.signatories...), r.states...)
	}
	return regexp.MustCompile(`(?i)^(?:` + strings.Join(ws, "|") + `)`)
}()

// followedBy reports whether the ordinal that may begin at q is
// followed, after a space, by what after finds. The ordinal is
// made of words ("vingt et unième") or digits ("60th") that end before a
// space, so the word after it is the first that is not a number's,
// unless a number's word is where it ends ("first" in "the first second
// state").
func followedBy(s string, q int, after *regexp.Regexp) bool {
	tok := func(i int) int { // the end of the word that begins at i
		for i < len(s) && !asciiSpace(s[i]) {
			i++
		}
		return i
	}
	end := tok(q)
	if !numberToken(s[q:end]) {
		return false
	}
	for {
		i := end
		for i < len(s) && asciiSpace(s[i]) {
			i++
		}
		if i == end || i == len(s) {
			return false // an ordinal needs a space after it, and a noun after that
		}
		if after.MatchString(s[i:]) {
			return true
		}
		end = tok(i)
		if !numberToken(s[i:end]) {
			return false
		}
	}
}

// asciiSpace reports whether c is a space as \s reads it.
func asciiSpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r'
}

// numberToken reports whether t, a word between spaces, may be all or
// part of an ordinal: digits with an ordinal's ending ("60th", "50."),
// number words joined by hyphens ("twenty-first", "vingt-et-unième"), or
// a word it cannot read (one with a letter that is not ASCII).
func numberToken(t string) bool {
	for i := 0; i < len(t); i++ {
		if t[i] >= utf8.RuneSelf {
			return true
		}
	}
	if t != "" && t[0] >= '0' && t[0] <= '9' {
		n := 1
		for n < len(t) && t[n] >= '0' && t[n] <= '9' {
			n++
		}
		switch strings.ToLower(t[n:]) {
		case "st", "nd", "rd", "th", "e", "er", "re", "eme", ".":
			return n <= 3
		}
		return false
	}
	words := 0
	for _, part := range strings.Split(t, "-") {
		if part == "" {
			continue
		}
		if !slices.Contains(numberJoiners, strings.ToLower(part)) && !numberPartsOnly(asciiLower(part)) {
			return false
		}
		words++
	}
	return words > 0
}

// numberPartsOnly reports whether w, lower-case, is number words glued
// together, the last one perhaps a word for "and".
func numberPartsOnly(w string) bool {
	var ok [64]bool // ok[i]: w[:i] is number words glued
	if len(w) >= len(ok) {
		return true
	}
	ok[0] = true
	for i := 1; i <= len(w); i++ {
		for j := 0; j < i && !ok[i]; j++ {
			ok[i] = ok[j] && numberWordSet[w[j:i]]
		}
	}
	if ok[len(w)] {
		return true
	}
	for _, j := range numberJoiners {
		if n := len(w) - len(j); n > 0 && ok[n] && w[n:] == j {
			return true
		}
	}
	return false
}

// wordLetter reports whether c is an ASCII letter.
func wordLetter(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z'
}

// asciiEqualFold reports whether s is w, which is lower-case, with ASCII
// letters in either case.
func asciiEqualFold(s, w string) bool {
	for i := 0; i < len(w); i++ {
		c := s[i]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c != w[i] {
			return false
		}
	}
	return true
}

// asciiLower returns s with its ASCII letters lower-cased.
func asciiLower(s string) string {
	for i := 0; i < len(s); i++ {
		if s[i] >= 'A' && s[i] <= 'Z' {
			return strings.ToLower(s)
		}
	}
	return s
}

// rankNouns are pieces of the nouns of rankRows, lower-cased, one of
// which a text holds where rankRE matches.
var rankNouns = []string{"part", "ratifi", "signat", "state", "countr", "nation", "member", "government", "pays", "état",
	"país", "pais", "estado", "naci", "paes", "stat", "nazion", "naç", "firma", "vertrags", "unterzeichner", "staat", "land", "länder"}

// rankLocs returns the matches of rankRE in s, lowered as lc.
func rankLocs(s string, lc fold.Text) [][]int {
	at, ok := rankStarts(s)
	if ok && len(at) == 0 || !lc.Has(rankNouns...) {
		return nil
	}
	if ok {
		return rankRE().FindAllStringSubmatchIndex(s, at)
	}
	return rankRE().Regexp().FindAllStringSubmatchIndex(s, -1)
}

// findRanks finds the ranks of sentence s, lowered as lc: "the 60th state
// to ratify" is a count of 60 parties.
func findRanks(s string, lc fold.Text) []countMention {
	var out []countMention
	for _, loc := range rankLocs(s, lc) {
		ord := s[loc[2]:loc[3]]
		if loc[4] >= 0 {
			ord = s[loc[4]:loc[5]] // "the 66th to 69th": the last is the total
		}
		n, ok := numbers.Ordinal(ord)
		if !ok || n <= 0 || n >= 1000 {
			continue
		}
		var ev citewatch.Event
		switch {
		case loc[6] >= 0 || loc[12] >= 0:
			ev = citewatch.EventPartyCount
		case loc[8] >= 0 || loc[14] >= 0:
			ev = citewatch.EventSignatoryCount
		case loc[16] >= 0:
			ev = sameActCount(lc)
		}
		if ev == "" && reAsRank.MatchString(s[loc[0]:loc[2]]) {
			ev = sameActCount(lc) // "ratifizierte Honduras als 50. Staat": the act told before the rank
		}
		if ev == "" {
			continue // "the third country" names a rank in nothing we count
		}
		if loc[4] < 0 && pluralRankNoun(s, loc) {
			continue // "Fiji and Palau were the first nations to ratify it": a rank of several, no running total
		}
		end := loc[3]
		for g := 4; g < len(loc); g += 2 {
			end = max(end, loc[g+1]) // the last group's end: the boundary after it is not the rank's
		}
		out = append(out, countMention{start: loc[2], end: end, n: n, event: ev, past: true, rank: true})
	}
	return out
}

// pluralRankNoun reports whether the noun of a rank rankRE matched at loc
// is plural: "the first nations", "les premiers États".
func pluralRankNoun(s string, loc []int) bool {
	for g := 6; g <= 10; g += 4 { // a party noun (group 3) or a state noun (group 5)
		if loc[g] < 0 {
			continue
		}
		n := strings.ToLower(s[loc[g]:loc[g+1]])
		if i := strings.LastIndexAny(n, " \t\n"); i >= 0 {
			n = n[i+1:] // "states parties": the last word
		}
		return strings.HasSuffix(n, "s") && n != "pays" && n != "país" || strings.HasSuffix(n, "staaten") || n == "länder" || strings.HasSuffix(n, "parteien")
	}
	return false
}

// reAsRank is the German "als" before a rank, which the sentence's act
// may precede: "ratifizierte ... als 50. Staat".
var reAsRank = regexp.MustCompile(`(?i)\bals\s*$`)

// sameActCount is what "the ninth country to do so" counts: parties when
// the sentence tells a consent to be bound, signatories when a signature.
func sameActCount(lc fold.Text) citewatch.Event {
	switch {
	case lc.Has("ratif", "acced", "accession", "adhe", "adhé", "adhi", "joined", "deposit", "depósit", "aderi", "accept", "approv", "beitr", "批准"):
		return citewatch.EventPartyCount
	case lc.Has("sign", "firm", "unterzeichn", "assin", "suscri"):
		return citewatch.EventSignatoryCount
	}
	return ""
}
