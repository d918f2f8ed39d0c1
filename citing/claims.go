package citing

import (
	"regexp"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/rivo/uniseg"

	"github.com/citewatch/citewatch"
	"github.com/citewatch/citewatch/internal/wordlist"
)

// group is a run of adjacent markers ([2][7], [2] [7], [2], [7]) in a
// paragraph's clean text, cited at one point.
type group struct {
	at     int // offset in the clean text where the markers stood
	labels []string
	line   int
}

// paragraph turns one paragraph into claims: each marker group covers the
// sentence it ends, or, in mid-sentence, the phrase since the previous
// group (or the sentence start).
func (p *parser) paragraph(ls []line) {
	// Join the lines, remembering where each starts.
	var b strings.Builder
	starts := make([]int, len(ls))
	for i, l := range ls {
		if i > 0 {
			b.WriteByte(' ')
		}
		starts[i] = b.Len()
		b.WriteString(l.text)
	}
	text := b.String()
	lineOf := func(off int) int {
		i := sort.Search(len(starts), func(i int) bool { return starts[i] > off }) - 1
		i = max(i, 0)
		return ls[i].at(off - starts[i])
	}

	// Cuts: markers and URLs, in order.
	type cut struct {
		start, end int
		labels     []string
	}
	var cuts []cut
	for _, m := range markerRe.FindAllStringSubmatchIndex(text, -1) {
		inner := text[m[2]:m[3]]
		if !strings.HasPrefix(inner, "^") && allYears(inner) {
			continue // "[2024]" is a year, not a marker
		}
		labels := p.labels(inner, lineOf(m[0]))
		if len(labels) == 0 {
			continue
		}
		cuts = append(cuts, cut{m[0], m[1], labels})
	}
	for _, m := range bodyURL.FindAllStringIndex(text, -1) {
		overlaps := false
		for _, c := range cuts {
			if m[0] < c.end && c.start < m[1] {
				overlaps = true
			}
		}
		if !overlaps {
			cuts = append(cuts, cut{start: m[0], end: m[1]})
		}
	}
	sort.Slice(cuts, func(i, j int) bool { return cuts[i].start < cuts[j].start })

	// Clean text without markers and URLs; groups at the points markers stood.
	clean := make([]byte, 0, len(text))
	orig := make([]int, 0, len(text)) // orig[i] is the offset in text of clean byte i
	var groups []group
	pos := 0
	emit := func(s string, from int) {
		for i := 0; i < len(s); i++ {
			orig = append(orig, from+i)
		}
		clean = append(clean, s...)
	}
	for ci := 0; ci < len(cuts); ci++ {
		c := cuts[ci]
		emit(text[pos:c.start], pos)
		pos = c.end
		if c.labels == nil {
			continue
		}
		// Markers separated only by spaces or commas form one group.
		g := group{labels: append([]string(nil), c.labels...), line: lineOf(c.start)}
		for ci+1 < len(cuts) && cuts[ci+1].labels != nil && strings.Trim(text[pos:cuts[ci+1].start], " ,") == "" {
			ci++
			g.labels = append(g.labels, cuts[ci].labels...)
			pos = cuts[ci].end
		}
		// Drop the space before the markers; keep one after if a word follows.
		trimmed := len(strings.TrimRightFunc(string(clean[max(len(clean)-64, 0):]), unicode.IsSpace)) + max(len(clean)-64, 0)
		clean = clean[:trimmed]
		orig = orig[:trimmed]
		g.at = trimmed
		if pos < len(text) {
			r := []rune(text[pos:min(len(text), pos+4)])
			if len(r) > 0 && (unicode.IsLetter(r[0]) || unicode.IsDigit(r[0])) && trimmed > 0 {
				emit(" ", pos)
			}
		}
		groups = append(groups, g)
		for _, l := range g.labels {
			p.marks = append(p.marks, markerUse{label: l, line: g.line})
			p.cited[l] = true
		}
	}
	emit(text[pos:], pos)
	if len(groups) == 0 {
		return
	}
	ct := string(clean)
	lineAt := func(off int) int {
		if off < len(orig) {
			return lineOf(orig[off])
		}
		return lineOf(len(text) - 1)
	}

	sents := sentences(ct)
	// The groups of each sentence, in order.
	bySent := map[int][]group{}
	var order []int
	si := 0
	for _, g := range groups {
		si += sentenceOf(sents[si:], g.at)
		if _, ok := bySent[si]; !ok {
			order = append(order, si)
		}
		bySent[si] = append(bySent[si], g)
	}
	var prevClaim *citewatch.Claim
	prevSent := -1
	for _, si := range order {
		s := sents[si]
		clauses := clausesOf(ct, s, bySent[si])
		if len(clauses) == 0 {
			// Markers with no words of their own in their sentence ("[3]"
			// alone after a sentence) back the claim before them.
			if prevClaim != nil && prevSent == si-1 {
				for _, g := range bySent[si] {
					prevClaim.Refs = appendNew(prevClaim.Refs, g.labels...)
				}
			}
			continue
		}
		for _, cl := range clauses {
			phrase := tidyPhrase(ct[cl.from:cl.to])
			p.doc.Claims = append(p.doc.Claims, citewatch.Claim{
				ID:    "c" + strconv.Itoa(len(p.doc.Claims)+1),
				Text:  phrase,
				Line:  lineAt(firstNonSpace(ct, cl.from)),
				Refs:  cl.refs,
				Words: ContentWords(phrase),
			})
			prevClaim = &p.doc.Claims[len(p.doc.Claims)-1]
		}
		prevSent = si
	}
}

// clause is a stretch of a sentence that makes a claim, with the labels
// of the markers that back it.
type clause struct {
	from, to int
	refs     []string
}

// clausesOf reads the claims one sentence makes: the whole sentence, with
// the labels of every marker group in it, unless markers stand between
// clauses that each assert something ("X was adopted in 2019 [1], and Y
// signed it in 2021 [2]"): then each clause is a claim, backed by the
// markers in it. A marker inside a phrase ("Human Rights [2], Democracy
// [3], and the Rule of Law", "states [1], the Union [2] and ...") backs
// the sentence: a name in a list, part of a title or a predicate whose
// subject came before is never a claim of its own. The text after the
// last marker belongs to the last claim.
func clausesOf(text string, s citewatch.Span, gs []group) []clause {
	var out []clause
	cur := clause{from: s.Start}
	for i, g := range gs {
		at := min(max(g.at, cur.from), s.End)
		cur.refs = appendNew(cur.refs, g.labels...)
		if i+1 < len(gs) && complete(text[cur.from:at]) && opensClause(text[at:min(max(gs[i+1].at, at), s.End)]) {
			cur.to = at
			out = append(out, cur)
			cur = clause{from: at}
		}
	}
	cur.to = s.End
	out = append(out, cur)
	var kept []clause
	for _, c := range out {
		if hasWord(text[c.from:c.to]) {
			kept = append(kept, c)
		}
	}
	return kept
}

// clauseWords splits text into words for the clause tests.
func clauseWords(text string) []string {
	return strings.FieldsFunc(text, func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '\'' && r != '’' && r != '-'
	})
}

// complete reports whether text carries an assertion of its own: a
// subject (a word that is neither a joining word nor a verb) followed by a
// verb ("the EU signed it", "Japan has ratified it"). "Democracy", "and
// the Rule of Law", "which is expected to grow" and "marks the first
// framework" are not complete.
func complete(text string) bool {
	if len(ContentWords(text)) < 2 {
		return false
	}
	words := clauseWords(text)
	subject := false
	for i, w := range words {
		verb := isVerb(words, i)
		if verb && subject {
			return true
		}
		if verb {
			return false // a predicate whose subject came before
		}
		if !notSubject[strings.ToLower(w)] {
			subject = true
		}
	}
	return false
}

// opensClause reports whether the text after a marker group opens a new
// clause: after a semicolon or a joining word, a subject of a
// few words and its verb (", and Japan signed it", "; the EU approved it").
func opensClause(text string) bool {
	t := strings.TrimSpace(text)
	switch {
	case strings.HasPrefix(t, ";"):
		t = t[1:]
	case strings.HasPrefix(t, ","):
		words := clauseWords(t)
		if len(words) == 0 || !joiners[strings.ToLower(words[0])] {
			return false
		}
		t = t[1:]
	default:
		words := clauseWords(t)
		if len(words) == 0 || !joiners[strings.ToLower(words[0])] {
			return false
		}
	}
	words := clauseWords(t)
	if len(words) > 0 && joiners[strings.ToLower(words[0])] {
		words = words[1:]
	}
	for i, w := range words {
		if i > 5 {
			return false
		}
		if isVerb(words, i) {
			return i > 0
		}
		if i == 0 && noClauseStart[strings.ToLower(w)] {
			return false
		}
	}
	return false
}

// noClauseStart are words a new clause's subject cannot open with:
// relative pronouns and prepositions ("which is…", "as does…", "in
// 2019…").
var noClauseStart = toSet(`which who whom whose that as including such like with without by of in on at to for from
into onto upon under over after before since until during through between among about also then thus however`)

// joiners are the words that join two clauses.
var joiners = toSet(`and but while whereas although though yet so`)

// notSubject are words that cannot stand as a clause's subject on their
// own: conjunctions, relative pronouns, prepositions, articles.
var notSubject = toSet(`and or but nor yet so while whereas although though because which who whom whose that
where when as also then thus however additionally moreover furthermore including such like with without by of
in on at to for from into onto upon under over after before since until during through between among about
the a an its their his her our`)

// auxiliaries are verbs that make a clause whatever follows them.
var auxiliaries = toSet(`is are was were be been being am has have had having will would shall should can could
may might must does do did remains remain became become becomes seems seem`)

// isVerb reports whether words[i] reads as a finite verb: an auxiliary;
// a past form in -ed not after an article ("Japan signed", not "the signed
// text"); or a present form in -s after a pronoun or after an article and
// one word ("it requires", "the treaty aims"), which tells it from a plural
// ("member states", "human rights").
func isVerb(words []string, i int) bool {
	w := words[i]
	lw := strings.ToLower(w)
	prev, prev2 := "", ""
	if i > 0 {
		prev = strings.ToLower(words[i-1])
	}
	if i > 1 {
		prev2 = strings.ToLower(words[i-2])
	}
	if prev == "to" {
		return false // an infinitive
	}
	if auxiliaries[lw] {
		return true
	}
	if len(lw) < 4 || i > 0 && unicode.IsUpper([]rune(w)[0]) {
		return false
	}
	if strings.HasSuffix(lw, "ed") {
		return !determiners[prev]
	}
	if strings.HasSuffix(lw, "s") && !nounEnding.MatchString(lw) {
		return pronouns[prev] || determiners[prev2] && !determiners[prev] && !notSubject[prev]
	}
	return false
}

var pronouns = toSet(`it he she this that which who`)

// nounEnding matches plural nouns that no verb ends like.
var nounEnding = regexp.MustCompile(`(ss|us|is|ments|tions|sions|ities|ness|ships|ers|ors|ists|ants|ents|ances|ences|ages|ories|ures|ics)$`)

var determiners = toSet(`the a an this that these those its their his her our your my some many several various other
each every all any no most more fewer`)

var bodyURL = regexp.MustCompile(`\(?<?https?://[^\s<>"]+>?\)?`)

var digitsRe = regexp.MustCompile(`\d+`)

// allYears reports whether every number in a bracket is a year ("[2024]"),
// so the bracket is not a citation marker.
func allYears(inner string) bool {
	nums := digitsRe.FindAllString(inner, -1)
	for _, n := range nums {
		if v, _ := strconv.Atoi(n); v < 1000 {
			return false
		}
	}
	return len(nums) > 0
}

func firstNonSpace(s string, from int) int {
	for i := from; i < len(s); i++ {
		if !unicode.IsSpace(rune(s[i])) && !strings.ContainsRune(",;:", rune(s[i])) {
			return i
		}
	}
	return from
}

func appendNew(dst []string, labels ...string) []string {
	for _, l := range labels {
		dup := false
		for _, d := range dst {
			dup = dup || d == l
		}
		if !dup {
			dst = append(dst, l)
		}
	}
	return dst
}

// tidyPhrase trims a claim's text: white space collapsed, leading
// punctuation and trailing commas dropped.
func tidyPhrase(s string) string {
	s = strings.Join(strings.Fields(s), " ")
	s = strings.TrimLeft(s, ",;:–—- ")
	s = strings.TrimRight(s, ",;:–—- ")
	// A clause cut from the sentence before it loses its joining word:
	// "and Japan signed it" is the claim "Japan signed it".
	for _, c := range []string{"and ", "but ", "while ", "whereas "} {
		if rest, ok := strings.CutPrefix(s, c); ok && rest != "" {
			r, _ := utf8.DecodeRuneInString(rest)
			s = string(unicode.ToUpper(r)) + rest[utf8.RuneLen(r):]
			break
		}
	}
	return s
}

func hasWord(s string) bool {
	return strings.IndexFunc(s, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }) >= 0
}

// sentences splits text into sentence spans with Unicode sentence
// boundaries (UAX #29), then rejoins breaks after abbreviations and
// initials ("No.", "Sept.", "U.S.") that the Unicode rules cannot know.
func sentences(text string) []citewatch.Span {
	var out []citewatch.Span
	state := -1
	off := 0
	rest := text
	for len(rest) > 0 {
		var s string
		s, rest, state = uniseg.FirstSentenceInString(rest, state)
		if s == "" { // never expected; guards against looping forever
			s, rest = rest, ""
		}
		sp := citewatch.Span{Start: off, End: off + len(strings.TrimRightFunc(s, unicode.IsSpace))}
		off += len(s)
		if n := len(out); n > 0 && endsInAbbreviation(text[out[n-1].Start:out[n-1].End]) {
			out[n-1].End = sp.End
			continue
		}
		out = append(out, sp)
	}
	if len(out) == 0 {
		out = append(out, citewatch.Span{Start: 0, End: len(text)})
	}
	return out
}

// endsInAbbreviation reports whether a sentence ends with an abbreviation
// or an initial, so that the break after it is not a sentence end.
func endsInAbbreviation(s string) bool {
	s = strings.TrimRightFunc(s, unicode.IsSpace)
	if !strings.HasSuffix(s, ".") {
		return false
	}
	s = strings.TrimSuffix(s, ".")
	i := strings.LastIndexFunc(s, func(r rune) bool { return unicode.IsSpace(r) || r == '(' || r == '"' })
	word := strings.ToLower(s[i+1:])
	if wordlist.Abbreviation(word) {
		return true
	}
	// A single capital letter is an initial: "J. Smith".
	return len([]rune(word)) == 1 && unicode.IsLetter([]rune(word)[0])
}

// sentenceOf returns the index of the sentence a marker at offset at
// belongs to: the one it stands in, or the one it follows directly.
func sentenceOf(sents []citewatch.Span, at int) int {
	for i, s := range sents {
		if at <= s.End || i+1 < len(sents) && at < sents[i+1].Start {
			return i
		}
	}
	return len(sents) - 1
}

// Stopword reports whether w (lower case) is an English function word,
// left out of content words (the list is wordlist's).
func Stopword(w string) bool { return wordlist.Stopword(w) }

func toSet(words string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(words) {
		m[w] = true
	}
	return m
}

// ContentWords returns the distinct content words of text in order, lower
// case: words with stop words left out, and numbers.
func ContentWords(text string) []string {
	var out []string
	seen := map[string]bool{}
	for _, w := range strings.FieldsFunc(strings.ToLower(text), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '\''
	}) {
		w = strings.Trim(w, "'")
		if w == "" || wordlist.Stopword(w) || seen[w] || (len([]rune(w)) == 1 && !unicode.IsDigit([]rune(w)[0])) {
			continue
		}
		seen[w] = true
		out = append(out, w)
	}
	return out
}
