package citing

import (
	"regexp"
	"sort"
	"strconv"
	"strings"
	"unicode"

	"github.com/rivo/uniseg"

	"github.com/citewatch/citewatch"
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
	var prevClaim *citewatch.Claim
	prevSent := -1
	var prevAt int
	si := 0
	for _, g := range groups {
		si += sentenceOf(sents[si:], g.at)
		s := sents[si]
		from := s.Start
		if si == prevSent {
			from = prevAt
		} else {
			prevClaim = nil
		}
		to := g.at
		if strings.TrimFunc(ct[g.at:s.End], isClosing) == "" {
			to = s.End // the group ends the sentence: the claim runs to its end
		}
		phrase := tidyPhrase(ct[from:to])
		prevSent, prevAt = si, g.at
		if !hasWord(phrase) {
			if prevClaim != nil {
				prevClaim.Refs = appendNew(prevClaim.Refs, g.labels...)
				continue
			}
			phrase = tidyPhrase(ct[s.Start:s.End])
			if !hasWord(phrase) {
				continue
			}
		}
		p.doc.Claims = append(p.doc.Claims, citewatch.Claim{
			ID:    "c" + strconv.Itoa(len(p.doc.Claims)+1),
			Text:  phrase,
			Line:  lineAt(firstNonSpace(ct, from)),
			Refs:  appendNew(nil, g.labels...),
			Words: ContentWords(phrase),
		})
		prevClaim = &p.doc.Claims[len(p.doc.Claims)-1]
	}
}

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

func isClosing(r rune) bool {
	return unicode.IsSpace(r) || unicode.IsPunct(r) && !strings.ContainsRune("([{", r)
}

// tidyPhrase trims a claim's text: white space collapsed, leading
// punctuation and trailing commas dropped.
func tidyPhrase(s string) string {
	s = strings.Join(strings.Fields(s), " ")
	s = strings.TrimLeft(s, ",;:–—- ")
	s = strings.TrimRight(s, ",;:–—- ")
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

var abbreviations = map[string]bool{
	"no": true, "nos": true, "art": true, "arts": true, "para": true, "paras": true, "p": true, "pp": true,
	"mr": true, "mrs": true, "ms": true, "dr": true, "prof": true, "st": true, "gen": true, "sen": true, "rep": true,
	"jan": true, "feb": true, "mar": true, "apr": true, "jun": true, "jul": true, "aug": true, "sep": true,
	"sept": true, "oct": true, "nov": true, "dec": true, "vol": true, "ch": true, "sec": true, "cf": true,
	"e.g": true, "i.e": true, "vs": true, "approx": true, "inc": true, "ltd": true, "co": true, "corp": true,
	"u.s": true, "u.k": true, "u.n": true, "e.u": true, "fig": true, "ed": true, "eds": true, "op": true,
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
	if abbreviations[word] {
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

// stopwords are English function words, left out of a claim's content words.
var stopwords = toSet(`a about above after again against all also am an and any are as at be because been
before being below between both but by can could did do does doing down during each few for from further had
has have having he her here hers him his how i if in into is it its itself just me more most my no nor not
now of off on once only or other our ours out over own same she should so some such than that the their theirs
them then there these they this those through to too under until up very was we were what when where which
while who whom why will with would you your yours s t according said says per via`)

// Stopword reports whether w (lower case) is an English function word,
// left out of content words.
func Stopword(w string) bool { return stopwords[w] }

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
		if w == "" || stopwords[w] || seen[w] || (len([]rune(w)) == 1 && !unicode.IsDigit([]rune(w)[0])) {
			continue
		}
		seen[w] = true
		out = append(out, w)
	}
	return out
}
