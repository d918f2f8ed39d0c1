package extract

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/citewatch/citewatch"
	"github.com/citewatch/citewatch/extract/dates"
	"github.com/citewatch/citewatch/internal/wordlist"
)

// textBuilder lays out a Document's Text: paragraphs separated by a blank
// line, each paragraph's white space collapsed. Table rows are paragraphs
// whose cells are joined by " | ".
type textBuilder struct {
	text  strings.Builder
	para  strings.Builder
	paras []citewatch.Span
	rows  map[int]bool // paragraph index -> is a table row
	heads map[int]bool // paragraph index -> is the page's h1 headline
	subs  map[int]bool // paragraph index -> is a lower heading (h2 to h6)
	inH1  bool
	inSub bool
	inRow bool
	cells int
	space bool // white space pending before the next word
	// skipChrome leaves out navigation, headers, footers, sidebars and
	// forms, for a page read without main-text extraction.
	skipChrome bool
	// edge is set when an inline element starts or ends between the last
	// word and the next: go-trafilatura trims the white space of the text
	// it keeps around inline elements ("for <a>Larry</a>" becomes "for" and
	// "Larry"), so the page decides.
	edge bool
	// spaced, when set, reports whether the page itself has white space
	// between the end of one word and the start of the next.
	spaced func(left, right string) bool
}

func (b *textBuilder) flush() {
	p := strings.TrimSpace(b.para.String())
	b.para.Reset()
	b.space = false
	if p == "" {
		return
	}
	if b.text.Len() > 0 {
		b.text.WriteString("\n\n")
	}
	start := b.text.Len()
	b.text.WriteString(p)
	if b.inH1 {
		if b.heads == nil {
			b.heads = map[int]bool{}
		}
		b.heads[len(b.paras)] = true
	}
	if b.inSub {
		if b.subs == nil {
			b.subs = map[int]bool{}
		}
		b.subs[len(b.paras)] = true
	}
	if b.inRow {
		if b.rows == nil {
			b.rows = map[int]bool{}
		}
		b.rows[len(b.paras)] = true
	}
	b.paras = append(b.paras, citewatch.Span{Start: start, End: b.text.Len()})
}

// addParagraph appends p as a paragraph of its own and returns its span.
func (b *textBuilder) addParagraph(p string, row bool) citewatch.Span {
	b.flush()
	b.inRow = row
	b.para.WriteString(p)
	b.flush()
	b.inRow = false
	return b.paras[len(b.paras)-1]
}

func (b *textBuilder) write(s string) {
	fields := strings.Fields(s)
	if len(fields) == 0 {
		b.space = b.space || s != ""
		return
	}
	first, _ := utf8.DecodeRuneInString(s)
	if b.para.Len() > 0 && (b.space || unicode.IsSpace(first) || b.edge && b.spaced != nil && b.spaced(lastWord(b.para.String()), fields[0])) {
		b.para.WriteByte(' ')
	}
	b.edge = false
	for i, f := range fields {
		if i > 0 {
			b.para.WriteByte(' ')
		}
		b.para.WriteString(f)
	}
	last, _ := utf8.DecodeLastRuneInString(s)
	b.space = unicode.IsSpace(last)
}

// lastWord returns the end of p after its last space, at most 32 bytes.
func lastWord(p string) string {
	if i := strings.LastIndexByte(p, ' '); i >= 0 {
		p = p[i+1:]
	}
	return tail(p, 32)
}

// tail returns the end of s, at most n bytes, starting on a rune.
func tail(s string, n int) string {
	if len(s) <= n {
		return s
	}
	i := len(s) - n
	for i < len(s) && !utf8.RuneStart(s[i]) {
		i++
	}
	return s[i:]
}

// head returns the start of s, at most n bytes, ending on a rune.
func head(s string, n int) string {
	if len(s) <= n {
		return s
	}
	for n > 0 && !utf8.RuneStart(s[n]) {
		n--
	}
	return s[:n]
}

// pageSpacing returns a spaced function that answers from the page's own
// text, laid out once on first use: the words are apart when the page has
// them apart, together when it has them together ("T<span>he</span>",
// "<b>Larry</b>'s", Japanese), and, when it has neither (main-text
// extraction changed the text), apart unless the next word starts with
// closing punctuation or the last ends with opening punctuation, as
// go-trafilatura's own text output has them.
func pageSpacing(root *html.Node) func(left, right string) bool {
	var page string
	laid := false
	return func(left, right string) bool {
		if !laid {
			var b textBuilder
			b.addNode(root)
			page, laid = b.text.String(), true
		}
		right = head(right, 32)
		if strings.Contains(page, left+right) {
			return false
		}
		if strings.Contains(page, left+" "+right) || strings.Contains(page, left+"\n\n"+right) {
			return true
		}
		r, _ := utf8.DecodeRuneInString(right)
		l, _ := utf8.DecodeLastRuneInString(left)
		return !strings.ContainsRune(".,;:!?)]}»”’%", r) && !strings.ContainsRune("([{«“‘", l)
	}
}

// tagAtom returns an element's atom; trafilatura builds its output with
// elements that have only Data set.
func tagAtom(n *html.Node) atom.Atom {
	if n.DataAtom != 0 || n.Type != html.ElementNode {
		return n.DataAtom
	}
	return atom.Lookup([]byte(n.Data))
}

// subheading reports whether an element is a heading below the page's h1.
func subheading(a atom.Atom) bool {
	switch a {
	case atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
		return true
	}
	return false
}

// block reports whether an element starts a new paragraph.
func block(a atom.Atom) bool {
	switch a {
	case atom.P, atom.Div, atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6, atom.Li, atom.Ul, atom.Ol,
		atom.Blockquote, atom.Pre, atom.Tr, atom.Table, atom.Section, atom.Article, atom.Header, atom.Footer,
		atom.Dd, atom.Dt, atom.Dl, atom.Figcaption, atom.Caption, atom.Br, atom.Hr, atom.Main, atom.Aside,
		atom.Nav, atom.Address, atom.Figure, atom.Details, atom.Summary, atom.Thead, atom.Tbody, atom.Tfoot:
		return true
	}
	return false
}

// addNode lays out the text of an HTML subtree, iteratively (no recursion
// on deep trees). Script, style and template contents are skipped.
func (b *textBuilder) addNode(root *html.Node) {
	type frame struct {
		n    *html.Node
		exit bool
	}
	stack := []frame{{n: root}}
	for len(stack) > 0 {
		f := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		n := f.n
		a := tagAtom(n)
		if f.exit {
			if a == atom.Tr {
				b.flush()
				b.inRow = false
			} else if a == atom.H1 {
				b.flush()
				b.inH1 = false
			} else if subheading(a) {
				b.flush()
				b.inSub = false
			} else if block(a) {
				b.flush()
			} else if n.Type == html.ElementNode {
				b.edge = true
			}
			continue
		}
		switch n.Type {
		case html.TextNode:
			b.write(n.Data)
			continue
		case html.ElementNode:
			switch a {
			case atom.Script, atom.Style, atom.Template, atom.Noscript, atom.Head:
				continue
			case atom.Nav, atom.Header, atom.Footer, atom.Aside, atom.Menu, atom.Form:
				if b.skipChrome {
					continue
				}
				b.flush()
			case atom.Tr:
				b.flush()
				b.inRow, b.cells = true, 0
			case atom.H1:
				b.flush()
				b.inH1 = true
			case atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
				b.flush()
				b.inSub = true
			case atom.Td, atom.Th:
				if b.cells > 0 {
					b.para.WriteString(" | ")
					b.space = false
				}
				b.cells++
			default:
				if block(a) {
					b.flush()
				} else {
					b.edge = true
				}
			}
			stack = append(stack, frame{n: n, exit: true})
		}
		for c := n.LastChild; c != nil; c = c.PrevSibling {
			stack = append(stack, frame{n: c})
		}
	}
	b.flush()
}

// splitSentences returns the sentences of the paragraph text[sp.Start:sp.End]
// as spans into text. It does not split after abbreviations ("No.",
// "Feb.", "Sept."), initials ("J. Smith"), dotted acronyms ("U.S."), or
// before a lower-case letter or a digit.
func splitSentences(text string, sp citewatch.Span, out []citewatch.Span) []citewatch.Span {
	p := text[sp.Start:sp.End]
	start := 0
	emit := func(end int) {
		s, e := start, end
		for s < e && (p[s] == ' ' || p[s] == '\n') {
			s++
		}
		for e > s && (p[e-1] == ' ' || p[e-1] == '\n') {
			e--
		}
		if e > s {
			out = append(out, citewatch.Span{Start: sp.Start + s, End: sp.Start + e})
		}
		start = end
	}
	glued := gluedStarts(p)
	for i := 0; i < len(p); i++ {
		c := p[i]
		if len(glued) > 0 && glued[0] == i {
			glued = glued[1:]
			emit(i) // "... du compteLe Chili ...": a heading run into the sentence below it
		}
		if c == 0xE3 && strings.HasPrefix(p[i:], "。") { // Japanese full stop
			if !openParen(p[start:i]) { // "33か国（日本も含む。）と": a note's stop, not the sentence's
				emit(i + len("。"))
			}
			i += len("。") - 1
			continue
		}
		if c != '.' && c != '!' && c != '?' {
			continue
		}
		// Absorb closing punctuation: ." .) .”
		j := i + 1
		for j < len(p) && (p[j] == '"' || p[j] == '\'' || p[j] == ')' || p[j] == ']' || p[j] == '.' || strings.HasPrefix(p[j:], "”") || strings.HasPrefix(p[j:], "’") || strings.HasPrefix(p[j:], "»")) {
			_, n := utf8.DecodeRuneInString(p[j:])
			j += n
		}
		if j >= len(p) {
			break
		}
		if p[j] != ' ' {
			if c == '.' && reGluedNext.MatchString(p[j:min(len(p), j+12)]) && reWordBeforeStop.MatchString(p[max(0, i-12):i]) && !noBreakBefore(p[:i]) {
				emit(j) // "... ratifiziert.Als erste ...": a stop whose space was lost
			}
			continue
		}
		k := j
		for k < len(p) && p[k] == ' ' {
			k++
		}
		if k >= len(p) {
			break
		}
		next, _ := utf8.DecodeRuneInString(p[k:])
		if unicode.IsLower(next) || unicode.IsDigit(next) || next == ',' || next == ';' || next == '(' && c == '.' {
			continue
		}
		if c == '.' && (noBreakBefore(p[:i]) || dayBeforeMonth(p[:i], p[k:]) || reGermanOrdinal.MatchString(p[max(0, i-12):i])) {
			continue
		}
		emit(j)
	}
	emit(len(p))
	return out
}

// gluedStarts returns where in p a sentence starts run into the word
// before it, in order: a capitalised word run into the lower-case word
// before it, where a heading without a stop lost its line break ("Un
// traité encore loin du compteLe Chili a ratifié ..."). The word before
// starts in lower case, which brand names ("PlayStation") do not: three
// lower-case letters or more at a word's start (after no letter or
// number), then a capital and a lower-case letter. It is what the
// expression (?:^|[^\p{L}\p{N}])\p{Ll}{3,}(\p{Lu})\p{Ll} finds (its group),
// which the tests hold it to; a scan of the words costs a fraction of
// the expression led by a class, tried at every character of every
// paragraph.
func gluedStarts(p string) []int {
	var out []int
	inWord := false // the character before i is a letter or a number
	for i := 0; i < len(p); {
		r, w := utf8.DecodeRuneInString(p[i:])
		if inWord || !unicode.Is(unicode.Ll, r) {
			inWord = unicode.In(r, unicode.L, unicode.N)
			i += w
			continue
		}
		// A word starts in lower case: its lower-case letters run to j,
		// where c begins.
		j, n := i, 0
		var c rune
		var cw int
		for j < len(p) {
			c, cw = utf8.DecodeRuneInString(p[j:])
			if !unicode.Is(unicode.Ll, c) {
				break
			}
			j += cw
			n++
		}
		if n >= 3 && j < len(p) && unicode.Is(unicode.Lu, c) {
			k := j + cw
			if d, _ := utf8.DecodeRuneInString(p[k:]); k < len(p) && unicode.Is(unicode.Ll, d) {
				out = append(out, j)
			}
		}
		i, inWord = j, true
	}
	return out
}

// reGluedNext is the start of a sentence right after a stop, its space
// lost: a capitalised word, perhaps after an opening quote.
var reGluedNext = regexp.MustCompile(`^["“„«‘]?\p{Lu}\p{Ll}{2}`)

// reWordBeforeStop is a lower-case word of two letters or more ending
// right at a stop: not an initial, an abbreviation's capitals or a number.
var reWordBeforeStop = regexp.MustCompile(`(?:^|[^\p{L}])\p{Ll}\p{Ll}+$`)

// openParen reports whether s opens a bracket it does not close.
func openParen(s string) bool {
	return strings.Count(s, "(")+strings.Count(s, "（") > strings.Count(s, ")")+strings.Count(s, "）")
}

// dayBeforeMonth reports whether a dot ends a day written as an ordinal
// before a month ("am 4. März 2025"): a number of one or two digits
// before it, a month's name after it.
func dayBeforeMonth(before, after string) bool {
	n := 0
	for n < len(before) && n < 3 && before[len(before)-1-n] >= '0' && before[len(before)-1-n] <= '9' {
		n++
	}
	if n == 0 || n > 2 || n < len(before) && before[len(before)-1-n] != ' ' && before[len(before)-1-n] != '(' {
		return false
	}
	end := strings.IndexFunc(after, func(r rune) bool { return !unicode.IsLetter(r) })
	if end < 0 {
		end = len(after)
	}
	return dates.IsMonth(after[:end])
}

// reGermanOrdinal finds a German ordinal written in digits after its
// article or preposition, whose dot ends no sentence: "der 50. Ratifikation",
// "als 50. Staat".
var reGermanOrdinal = regexp.MustCompile(`(?:^|\s)(?:[Dd]er|[Dd]ie|[Dd]as|dem|den|des|[Aa]ls|zur|zum|vom|beim|seine[rm]?|ihre[rm]?)\s+\d{1,3}$`)

// noBreakBefore reports whether the word before a dot makes the dot part
// of an abbreviation, an initial or a dotted acronym.
func noBreakBefore(before string) bool {
	w := before
	if i := strings.LastIndexAny(before, " (\n"); i >= 0 {
		w = before[i+1:]
	}
	if w == "" {
		return false
	}
	if strings.Contains(w, ".") { // U.S, e.g, i.e
		return true
	}
	if utf8.RuneCountInString(w) == 1 {
		r, _ := utf8.DecodeRuneInString(w)
		return unicode.IsUpper(r) // an initial
	}
	return wordlist.Abbreviation(strings.ToLower(w))
}
