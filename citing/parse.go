package citing

import (
	"bytes"
	"fmt"
	"mime"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/citewatch/citewatch"
	"github.com/citewatch/citewatch/internal/pdftext"
)

// Document formats Parse reads.
const (
	FormatMarkdown = "markdown"
	FormatText     = "text"
	FormatHTML     = "html"
)

// maxRange caps how many labels one range marker ([2–400]) may expand to.
const maxRange = 50

// Parse reads a citing document: its claims (each sentence or phrase that
// carries citation markers) and its reference list. The format comes from
// name's extension (.md and .markdown, .txt, .html and .htm, .docx, .wiki)
// or, for any other name, from the content; ParseAs is Parse with the
// format given.
//
// Everything Parse can work around goes to doc.Problems with a line number:
// a marker with no reference, a reference never cited, a reference without a
// usable URL, a document with no references or no markers. Parse returns an
// error wrapping citewatch.ErrInvalid only when there is nothing to read: an
// empty file or binary data. Claims have IDs c1, c2, ... in document order,
// Refs in marker order with ranges expanded, and Words; Assertions are left
// for the Verifier. Parse is safe for concurrent use.
func Parse(name string, data []byte) (*citewatch.CitingDocument, error) {
	return ParseAs(name, "", data)
}

// ParseAs is Parse of a document whose format is known some other way
// than by its name: a page's Content-Type (FormatOf). format is one of the
// Format constants, or "" to take it from name's extension or the content
// as Parse does. A PDF and a Word document are known by their bytes
// whatever format says. name is the document's name in the result and in
// errors. An unknown format is an error wrapping citewatch.ErrInvalid.
func ParseAs(name, format string, data []byte) (*citewatch.CitingDocument, error) {
	switch format {
	case "":
		format = nameFormat(name)
	case FormatMarkdown, FormatText, FormatHTML, FormatDOCX, FormatWikitext, FormatPDF:
	default:
		return nil, fmt.Errorf("%w: %s: unknown document format %q", citewatch.ErrInvalid, name, format)
	}
	if len(bytes.TrimSpace(data)) == 0 {
		return nil, fmt.Errorf("%w: %s: the document is empty", citewatch.ErrInvalid, name)
	}
	if pdftext.IsPDF(data) {
		text, err := pdfText(name, data)
		if err != nil {
			return nil, err
		}
		return parseLines(name, FormatPDF, textLines(text, false)), nil
	}
	if isDOCX(format, data) {
		md, err := docxText(name, data)
		if err != nil {
			return nil, err
		}
		return parseLines(name, FormatDOCX, textLines(md, true)), nil
	}
	if !isBinary(data) && isWikitext(format, data) {
		md, refs := wikitextMarkdown(strings.ToValidUTF8(string(bytes.TrimPrefix(data, []byte("\xef\xbb\xbf"))), "\uFFFD"))
		doc := parseLines(name, FormatWikitext, textLines(md, true))
		for i, r := range doc.References {
			if w, ok := refs[r.N]; ok {
				doc.References[i].ArchiveURL, doc.References[i].AccessDate = w.archiveURL, w.accessDate
			}
		}
		return doc, nil
	}
	if isBinary(data) {
		return nil, fmt.Errorf("%w: %s: not a text document (binary data)", citewatch.ErrInvalid, name)
	}
	data = bytes.TrimPrefix(data, []byte("\xef\xbb\xbf"))
	if !utf8.Valid(data) {
		data = []byte(strings.ToValidUTF8(string(data), "\uFFFD"))
	}
	format = detectFormat(format, data)
	var ls []line
	if format == FormatHTML {
		ls = htmlLines(data)
	} else {
		ls = textLines(string(data), format == FormatMarkdown)
	}
	return parseLines(name, format, ls), nil
}

// parseLines reads a document's claims and references from its lines.
func parseLines(name, format string, ls []line) *citewatch.CitingDocument {
	p := &parser{doc: &citewatch.CitingDocument{Name: name, Format: format, Claims: []citewatch.Claim{}, References: []citewatch.Reference{}}}
	p.read(ls)
	return p.doc
}

// isBinary reports whether data looks like something other than text: a NUL
// byte, or mostly invalid UTF-8 and control characters, in its first 8 KiB.
func isBinary(data []byte) bool {
	head := data
	if len(head) > 8192 {
		head = head[:8192]
	}
	if bytes.IndexByte(head, 0) >= 0 {
		return true
	}
	bad := 0
	for len(head) > 0 {
		r, n := utf8.DecodeRune(head)
		if r == utf8.RuneError && n <= 1 && len(head) >= utf8.UTFMax {
			bad++
		} else if r < 0x20 && r != '\n' && r != '\r' && r != '\t' && r != '\f' {
			bad++
		}
		head = head[n:]
	}
	return bad*10 > len(data[:min(len(data), 8192)])
}

// nameFormat is the format a document's name gives by its extension, or
// "" when it gives none.
func nameFormat(name string) string {
	switch strings.ToLower(filepath.Ext(name)) {
	case ".md", ".markdown", ".mdown":
		return FormatMarkdown
	case ".txt", ".text":
		return FormatText
	case ".html", ".htm", ".xhtml":
		return FormatHTML
	case ".docx":
		return FormatDOCX
	case ".wiki", ".wikitext", ".mediawiki":
		return FormatWikitext
	}
	return ""
}

// FormatOf returns the document format a Content-Type names (text/html:
// FormatHTML), or "" when it names none of the formats ParseAs reads, so
// that the content decides.
func FormatOf(contentType string) string {
	mt, _, err := mime.ParseMediaType(contentType)
	if err != nil {
		mt, _, _ = strings.Cut(strings.ToLower(contentType), ";")
		mt = strings.TrimSpace(mt)
	}
	switch {
	case mt == "text/html" || mt == "application/xhtml+xml":
		return FormatHTML
	case mt == "text/markdown" || mt == "text/x-markdown":
		return FormatMarkdown
	case mt == "text/plain":
		return FormatText
	case strings.Contains(mt, "wordprocessingml"):
		return FormatDOCX
	case mt == "application/pdf":
		return FormatPDF
	}
	return ""
}

// detectFormat is the format of a text document: the one given (by its
// name or its caller) when it is Markdown, text or HTML, else the one its
// content looks like.
func detectFormat(format string, data []byte) string {
	switch format {
	case FormatMarkdown, FormatText, FormatHTML:
		return format
	}
	head := strings.ToLower(string(data[:min(len(data), 4096)]))
	trimmed := strings.TrimSpace(head)
	if strings.HasPrefix(trimmed, "<!doctype html") || strings.HasPrefix(trimmed, "<html") ||
		strings.Contains(head, "<body") || strings.Contains(head, "<p>") || strings.Contains(head, "<p ") {
		return FormatHTML
	}
	if mdHint.MatchString(string(data)) {
		return FormatMarkdown
	}
	return FormatText
}

var mdHint = regexp.MustCompile(`(?m)^#{1,6} |\[\^[^\]]+\]|\]\(https?://|^\[[^\]]+\]: `)

// line is one line of the document as the parser reads it, after
// format-specific clean-up, with its 1-based number in the input.
type line struct {
	text string
	n    int
	kind lineKind
	// marks say where, within text, later input lines begin, for an HTML
	// block that spans several lines.
	marks []lineMark
}

// lineMark says that text from offset off on comes from input line n.
type lineMark struct {
	off int
	n   int
}

// at returns the input line of offset off within l's text.
func (l line) at(off int) int {
	n := l.n
	for _, m := range l.marks {
		if m.off <= off {
			n = m.n
		}
	}
	return n
}

type lineKind int

const (
	lineBody    lineKind = iota
	lineBlank            // ends a paragraph
	lineHeading          // a heading: ends a paragraph, may open the reference list
	lineItem             // a list item: starts a paragraph of its own
)

// textLines splits plain text or Markdown into lines. For Markdown it drops
// code blocks and inline markup that would get in the way of reading
// sentences; markers and reference definitions are left as written.
func textLines(s string, markdown bool) []line {
	raw := strings.Split(strings.ReplaceAll(strings.ReplaceAll(s, "\r\n", "\n"), "\r", "\n"), "\n")
	out := make([]line, 0, len(raw))
	fence := ""
	for i, t := range raw {
		n := i + 1
		trimmed := strings.TrimSpace(t)
		if markdown {
			if fence != "" {
				if strings.HasPrefix(trimmed, fence) {
					fence = ""
				}
				out = append(out, line{n: n, kind: lineBlank})
				continue
			}
			if strings.HasPrefix(trimmed, "```") || strings.HasPrefix(trimmed, "~~~") {
				fence = trimmed[:3]
				out = append(out, line{n: n, kind: lineBlank})
				continue
			}
			if setext.MatchString(trimmed) && len(out) > 0 && out[len(out)-1].kind == lineBody {
				out[len(out)-1].kind = lineHeading
				out = append(out, line{n: n, kind: lineBlank})
				continue
			}
			if h := mdHeading.FindStringSubmatch(trimmed); h != nil {
				out = append(out, line{text: cleanMarkdown(h[1]), n: n, kind: lineHeading})
				continue
			}
			if hr.MatchString(trimmed) || strings.HasPrefix(trimmed, "|") {
				out = append(out, line{n: n, kind: lineBlank})
				continue
			}
			trimmed = strings.TrimSpace(strings.TrimLeft(trimmed, ">"))
			trimmed = cleanMarkdown(trimmed)
		}
		switch {
		case trimmed == "":
			out = append(out, line{n: n, kind: lineBlank})
		case bullet.MatchString(trimmed):
			out = append(out, line{text: trimmed, n: n, kind: lineItem})
		case !markdown && isTextHeading(trimmed):
			out = append(out, line{text: trimmed, n: n, kind: lineHeading})
		default:
			out = append(out, line{text: trimmed, n: n, kind: lineBody})
		}
	}
	// Plain text has no heading markup, and Markdown copied off a page
	// often has none either ("**Background**" on a line of its own).
	markHeadings(out)
	return out
}

// markHeadings finds the section headings of plain text: a short line of
// its own ("Introduction", "What the treaty says") with no marker and no
// closing punctuation, after a blank line, a heading or a finished
// sentence, and before a line that opens a sentence. Read as a heading it
// ends the paragraph before it and is never part of a claim.
func markHeadings(ls []line) {
	for i := range ls {
		l := ls[i]
		if l.kind != lineBody || !headingLike(l.text) {
			continue
		}
		if i > 0 {
			prev := ls[i-1]
			if prev.kind == lineBody || prev.kind == lineItem {
				if !endsSentence(prev.text) {
					continue
				}
			}
		}
		j := i + 1
		for j < len(ls) && ls[j].kind == lineBlank {
			j++
		}
		if j < len(ls) && ls[j].kind == lineBody {
			r, _ := utf8.DecodeRuneInString(ls[j].text)
			if !unicode.IsUpper(r) && !unicode.IsDigit(r) && r != '[' && r != '"' && r != '“' {
				continue
			}
		}
		ls[i].kind = lineHeading
	}
}

// headingLike reports whether s could be a heading: at most eight words,
// opening with a capital or a number, with no citation marker and no
// punctuation that ends a sentence or clause.
func headingLike(s string) bool {
	if s == "" || len(strings.Fields(s)) > 8 || markerRe.MatchString(s) || urlRe.MatchString(s) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(s)
	if !unicode.IsUpper(r) && !unicode.IsDigit(r) {
		return false
	}
	last, _ := utf8.DecodeLastRuneInString(s)
	if strings.ContainsRune(".,;!?\"”’'", last) {
		return false
	}
	// A line of hard-wrapped text ends on a joining word ("adopted by
	// the") or reads as a long clause; a heading does neither.
	fs := strings.Fields(s)
	if Stopword(strings.ToLower(fs[len(fs)-1])) {
		return false
	}
	return len(s) <= 40 || !complete(s)
}

// endsSentence reports whether a line ends a sentence.
func endsSentence(s string) bool {
	s = strings.TrimRightFunc(s, func(r rune) bool { return strings.ContainsRune(")]\"”’' ", r) || r == ']' })
	s = strings.TrimSpace(markerTail.ReplaceAllString(s, ""))
	last, _ := utf8.DecodeLastRuneInString(s)
	return strings.ContainsRune(".!?:", last)
}

// markerTail finds markers at the end of a line ("... 2024. [3] [4]").
var markerTail = regexp.MustCompile(`(\s*\[[^\]]{1,20}\])+\s*$`)

var (
	mdHeading  = regexp.MustCompile(`^#{1,6}\s+(.*?)\s*#*$`)
	setext     = regexp.MustCompile(`^(=+|-{2,})$`)
	hr         = regexp.MustCompile(`^([-*_]\s*){3,}$`)
	bullet     = regexp.MustCompile(`^([-*+•]|\d{1,3}[.)])\s+`)
	mdImage    = regexp.MustCompile(`!\[([^\]]*)\]\([^)]*\)`)
	mdLink     = regexp.MustCompile(`\[([^\]\[]*)\]\((\S*?)(?:\s+"[^"]*")?\)`)
	mdRefLink  = regexp.MustCompile(`\[([^\]\[]*[^\]\[\d\s^,–—-][^\]\[]*)\]\[([^\]\[]+)\]`)
	mdEmphasis = regexp.MustCompile(`(\*\*|__|\*|\x60)`)
	htmlSup    = regexp.MustCompile(`(?i)<sup[^>]*>(.*?)</sup>`)
	htmlTag    = regexp.MustCompile(`</?[a-zA-Z][^>]*>`)
	htmlCmt    = regexp.MustCompile(`<!--.*?-->`)
)

// cleanMarkdown removes inline markup from one line of Markdown: images,
// emphasis, code spans and HTML tags; a link [text](url) keeps its text and
// its URL, which a reference line needs and a claim drops; a link whose
// text is a number ([2](#ref-2)) is a marker; a reference-style link
// [text][2] keeps its text and becomes a marker [2].
func cleanMarkdown(s string) string {
	s = htmlCmt.ReplaceAllString(s, "")
	s = htmlSup.ReplaceAllStringFunc(s, func(m string) string {
		inner := htmlTag.ReplaceAllString(htmlSup.FindStringSubmatch(m)[1], "")
		inner = mdLink.ReplaceAllString(inner, "$1")
		if l := supMarker(inner); l != "" {
			return l
		}
		return inner
	})
	s = mdImage.ReplaceAllString(s, "$1")
	s = mdLink.ReplaceAllStringFunc(s, func(m string) string {
		sm := mdLink.FindStringSubmatch(m)
		text, target := sm[1], sm[2]
		if l := supMarker(text); l != "" && !strings.HasPrefix(text, "^") {
			return l
		}
		if strings.HasPrefix(target, "http://") || strings.HasPrefix(target, "https://") {
			return linkOpen + text + linkClose + " <" + target + ">"
		}
		return text
	})
	s = mdRefLink.ReplaceAllString(s, "$1 [$2]")
	s = mdEmphasis.ReplaceAllString(s, "")
	s = htmlTag.ReplaceAllStringFunc(s, func(m string) string {
		if strings.HasPrefix(m, "<http") { // an autolink <https://...>
			return m
		}
		return ""
	})
	return strings.TrimSpace(s)
}

// supMarker returns text as a bracketed marker when it reads as one: "2",
// "[2]", "2, 7", "2–4", "[^n]". Otherwise it returns "".
func supMarker(text string) string {
	t := strings.TrimSpace(text)
	if markerRe.MatchString(t) && markerRe.FindString(t) == t {
		return t
	}
	inner := strings.TrimSpace(strings.TrimSuffix(strings.TrimPrefix(t, "["), "]"))
	if numList.MatchString(inner) {
		return "[" + inner + "]"
	}
	return ""
}

var numList = regexp.MustCompile(`^\d{1,4}(\s*[-–—,;]\s*\d{1,4})*$`)

var textHeadings = regexp.MustCompile(`(?i)^(references|sources|sources cited|notes|footnotes|endnotes|bibliography|works cited|citations|literature)\s*:?$`)

func isTextHeading(s string) bool { return textHeadings.MatchString(s) }

// markerRe finds citation markers: [2], [2, 7], [2–4], [^note]. A marker
// followed by ":" at the start of a line is a definition, handled before.
var markerRe = regexp.MustCompile(`\[(\^[\p{L}\p{N}_.-]+|\s*\d{1,4}(?:\s*[-–—]\s*\d{1,4})?(?:\s*[,;]\s*\d{1,4}(?:\s*[-–—]\s*\d{1,4})?)*\s*)\]`)

// Reference line forms.
var (
	refBracket  = regexp.MustCompile(`^\[\s*(\d{1,4})\s*\][:.]?\s*(.*)$`)           // [3] text URL, [3]: URL
	refFootnote = regexp.MustCompile(`^\[\^([\p{L}\p{N}_.-]+)\]:\s*(.*)$`)          // [^3]: text URL
	refNumbered = regexp.MustCompile(`^(\d{1,4})[.)]\s+(.*)$`)                      // 3. text URL
	refLinkDef  = regexp.MustCompile(`^\[([^\]^\s][^\]]*)\]:\s*<?(\S+?)>?(\s.*)?$`) // [name]: URL "title"
	urlRe       = regexp.MustCompile(`(?i)https?://[^\s<>"'\x60]+`)
	urlish      = regexp.MustCompile(`(?i)(\b\w+:/+\S+|\bh\w{1,4}s?:?//\S+|\bwww\.\S+)`)
	bracketURL  = regexp.MustCompile(`(?i)<(https?://[^>\s]+)>`)
)

// parser builds a CitingDocument from lines.
type parser struct {
	links  map[string]string // inline link URL -> its reference label
	doc    *citewatch.CitingDocument
	inRefs bool // after a heading that opens the reference list
	refAt  map[string]int
	cited  map[string]bool
	marks  []markerUse
}

// markerUse is one label cited at a line, for the missing-reference check.
type markerUse struct {
	label string
	line  int
}

func (p *parser) read(ls []line) {
	p.refAt = map[string]int{}
	p.cited = map[string]bool{}
	var para []line
	flush := func() {
		if len(para) > 0 {
			p.paragraph(para)
			para = para[:0]
		}
	}
	for i := 0; i < len(ls); i++ {
		l := ls[i]
		switch l.kind {
		case lineBlank:
			flush()
			continue
		case lineHeading:
			flush()
			p.inRefs = isTextHeading(strings.TrimSuffix(stripLinks(l.text), ":"))
			continue
		}
		nextURL := i+1 < len(ls) && bareURL(ls[i+1].text) != ""
		if ref, ok := p.reference(l, nextURL); ok {
			flush()
			// A reference whose URL is on the next line.
			if ref.URL == "" && i+1 < len(ls) && ls[i+1].kind != lineHeading {
				if u := bareURL(ls[i+1].text); u != "" {
					ref.URL = u
					i++
					p.dropNoURL(ref)
				}
			}
			p.addReference(ref)
			continue
		}
		if p.inRefs && len(markerRe.FindAllStringIndex(l.text, -1)) == 0 {
			continue // other lines of a reference list are not claims
		}
		if p.inRefs {
			l.text = stripLinks(l.text)
		} else {
			l = p.inlineLinks(l)
		}
		if l.kind == lineItem {
			flush()
			l.text = bullet.ReplaceAllString(l.text, "")
		}
		para = append(para, l)
	}
	flush()
	p.checkReferences()
}

// reference reads l as a reference-list entry, if it is one.
func (p *parser) reference(l line, nextURL bool) (citewatch.Reference, bool) {
	t := stripLinks(l.text)
	var n, rest string
	switch {
	case refFootnote.MatchString(t):
		m := refFootnote.FindStringSubmatch(t)
		n, rest = "^"+m[1], m[2]
	case refBracket.MatchString(t) && !strings.HasPrefix(t, "[^"):
		m := refBracket.FindStringSubmatch(t)
		n, rest = m[1], m[2]
		// "[3] The Convention was adopted..." in body text is a sentence
		// opening with a marker, not a reference, unless it has a URL or
		// we are in the reference list.
		if !p.inRefs && !nextURL && urlRe.FindString(rest) == "" && !strings.HasPrefix(t, "["+n+"]:") {
			return citewatch.Reference{}, false
		}
	case refNumbered.MatchString(t) && (p.inRefs || (urlRe.MatchString(t) && !markerRe.MatchString(t))):
		m := refNumbered.FindStringSubmatch(t)
		n, rest = m[1], m[2]
	case refLinkDef.MatchString(t) && urlRe.MatchString(t):
		m := refLinkDef.FindStringSubmatch(t)
		n, rest = m[1], m[2]+m[3]
	case p.inRefs && bullet.MatchString(t):
		// "- [3] text URL" or "- 3. text URL" in a list.
		inner := bullet.ReplaceAllString(t, "")
		if r, ok := p.reference(line{text: inner, n: l.n}, nextURL); ok {
			return r, true
		}
		return citewatch.Reference{}, false
	default:
		return citewatch.Reference{}, false
	}
	ref := citewatch.Reference{N: n, Line: l.n}
	rest = bracketURL.ReplaceAllString(rest, "$1")
	for _, u := range urlRe.FindAllString(rest, 8) {
		u = trimURL(u)
		if citewatch.ValidateURL(u) != nil {
			continue
		}
		switch {
		case ref.URL == "" && !archiveCopy(u):
			ref.URL = u
		case ref.ArchiveURL == "" && archiveCopy(u):
			ref.ArchiveURL = u
		}
	}
	if ref.URL == "" && ref.ArchiveURL != "" {
		ref.URL, ref.ArchiveURL = ref.ArchiveURL, "" // an archived copy is all the reference gives
	}
	if m := reAccessed.FindStringSubmatch(rest); m != nil {
		ref.AccessDate = strings.TrimRight(strings.TrimSpace(m[1]), ".")
	}
	rest = reBacklinks.ReplaceAllString(rest, "")
	label := urlRe.ReplaceAllString(rest, "")
	label = strings.Trim(strings.TrimSpace(strings.NewReplacer("^", "", "↑", "", "()", "", "<>", "").Replace(label)), " ,;:-–—")
	ref.Label = strings.TrimRight(strings.Join(strings.Fields(label), " "), ".")
	if ref.URL == "" {
		if u := urlish.FindString(rest); u != "" {
			p.problem(l.n, "reference [%s]: malformed URL %q", displayLabel(n), u)
		} else {
			p.problem(l.n, "reference [%s] has no URL", displayLabel(n))
		}
	}
	return ref, true
}

// bareURL returns the URL a line consists of, or "".
func bareURL(s string) string {
	s = strings.TrimSpace(bracketURL.ReplaceAllString(s, "$1"))
	if u := urlRe.FindString(s); u != "" && u == s {
		return trimURL(u)
	}
	return ""
}

// dropNoURL withdraws the "has no URL" problem of ref once its URL was
// found on the next line.
func (p *parser) dropNoURL(ref citewatch.Reference) {
	ps := p.doc.Problems
	if n := len(ps); n > 0 && ps[n-1].Line == ref.Line && strings.HasSuffix(ps[n-1].Message, "has no URL") {
		p.doc.Problems = ps[:n-1]
	}
}

// trimURL drops punctuation that ends a sentence rather than the URL.
func trimURL(u string) string {
	for {
		t := strings.TrimRight(u, ".,;:!?")
		if strings.HasSuffix(t, ")") && strings.Count(t, "(") < strings.Count(t, ")") {
			t = t[:len(t)-1]
		}
		if strings.HasSuffix(t, "]") && strings.Count(t, "[") < strings.Count(t, "]") {
			t = t[:len(t)-1]
		}
		if t == u {
			return u
		}
		u = t
	}
}

func displayLabel(n string) string { return n }

func (p *parser) addReference(ref citewatch.Reference) {
	if at, dup := p.refAt[ref.N]; dup {
		p.problem(ref.Line, "reference [%s] is defined twice (first at line %d); the first is used", displayLabel(ref.N), at)
		return
	}
	p.refAt[ref.N] = ref.Line
	p.doc.References = append(p.doc.References, ref)
}

func (p *parser) problem(line int, format string, args ...any) {
	p.doc.Problems = append(p.doc.Problems, citewatch.Problem{Line: line, Message: fmt.Sprintf(format, args...)})
}

// checkReferences reports markers with no reference and references never
// cited, once the whole document is read.
func (p *parser) checkReferences() {
	if len(p.doc.References) == 0 {
		p.problem(0, "the document has no reference list: no line reads like \"[1] URL\", \"1. URL\" or \"[^1]: URL\"")
	} else {
		seen := map[string]bool{}
		for _, m := range p.marks {
			if _, ok := p.refAt[m.label]; ok || seen[m.label] {
				continue
			}
			seen[m.label] = true
			p.problem(m.line, "marker [%s] has no reference", displayLabel(m.label))
		}
	}
	if len(p.marks) == 0 {
		p.problem(0, "the document has no citation markers such as [1], [2, 7] or [^1]")
	}
	for _, r := range p.doc.References {
		if !p.cited[r.N] && len(p.marks) > 0 {
			p.problem(r.Line, "reference [%s] is never cited", displayLabel(r.N))
		}
	}
	// Problems in line order; those without a line first.
	sortProblems(p.doc.Problems)
}

func sortProblems(ps []citewatch.Problem) {
	sort.SliceStable(ps, func(i, j int) bool { return ps[i].Line < ps[j].Line })
}

// labels expands the inside of one marker into reference labels: "2, 7"
// gives 2 and 7, "2–4" gives 2, 3 and 4, "^note" gives ^note.
func (p *parser) labels(inner string, lineNo int) []string {
	inner = strings.TrimSpace(inner)
	if strings.HasPrefix(inner, "^") {
		return []string{inner}
	}
	var out []string
	for _, part := range strings.FieldsFunc(inner, func(r rune) bool { return r == ',' || r == ';' }) {
		part = strings.TrimSpace(part)
		lo, hi, isRange := strings.Cut(strings.NewReplacer("–", "-", "—", "-").Replace(part), "-")
		a, err := strconv.Atoi(strings.TrimSpace(lo))
		if err != nil {
			continue
		}
		if !isRange {
			out = append(out, strconv.Itoa(a))
			continue
		}
		b, err := strconv.Atoi(strings.TrimSpace(hi))
		if err != nil || b < a || b-a >= maxRange {
			p.problem(lineNo, "marker [%s]: range %q is not a usable range; only its first number is used", inner, part)
			out = append(out, strconv.Itoa(a))
			continue
		}
		for k := a; k <= b; k++ {
			out = append(out, strconv.Itoa(k))
		}
	}
	return out
}

var (
	// reAccessed finds when a reference says its source was read:
	// "Retrieved 10 January 2025", "accessed 2025-01-10", "consulté le 10 janvier 2025".
	reAccessed = regexp.MustCompile(`(?i)\b(?:retrieved|accessed|access date|consulté le|abgerufen am|consultado el)\s*:?\s*(?:on\s+)?([^.;()]{4,40}?\d{4})`)
	// reBacklinks is a wiki reference's jump-back marks: "^ a b".
	reBacklinks = regexp.MustCompile(`^\s*[\^↑]\s*(?:\b[a-z]\b\s+)*`)
	// reArchivePath is a web archive's address of a copy: a 14-digit
	// timestamp followed by the original URL.
	reArchivePath = regexp.MustCompile(`/\d{8,14}[a-z_]*/https?:`)
)

// archiveCopy reports whether u is a web archive's copy of a page (the
// Wayback Machine, archive.today, and any archive addressing copies by
// timestamp and original URL).
func archiveCopy(u string) bool {
	l := strings.ToLower(u)
	for _, host := range []string{"://web.archive.org/", "://archive.org/wait", "://archive.today/", "://archive.ph/", "://archive.is/", "://webcitation.org/", "://www.webcitation.org/", "://wayback.archive-it.org/"} {
		if strings.Contains(l, host) {
			return true
		}
	}
	return reArchivePath.MatchString(l)
}

// An inline link in a claim's text is read with its anchor text between
// linkOpen and linkClose, followed by " <URL>".
const (
	linkOpen  = "\uE000"
	linkClose = "\uE001"
)

var reInlineLink = regexp.MustCompile("\uE000([^\uE000\uE001]*)\uE001 <(https?://[^>\\s]+)>")

// stripLinks removes the inline-link marks from a line, keeping the anchor
// text and the URL (a reference line reads both).
func stripLinks(s string) string {
	if !strings.Contains(s, linkOpen) && !strings.Contains(s, linkClose) {
		return s
	}
	return strings.NewReplacer(linkOpen, "", linkClose, "").Replace(s)
}

// inlineLinks makes each inline link of a claim's line a citation: the
// link becomes a marker [^link-N] after its anchor text, and its URL a
// reference labelled with the anchor (a URL linked twice is one
// reference). The line's marks are moved with the text.
func (p *parser) inlineLinks(l line) line {
	if !strings.Contains(l.text, linkOpen) {
		return l
	}
	var b strings.Builder
	type change struct{ at, delta int }
	var changes []change
	keep := func(from, to int) { // copy text, dropping stray link marks
		piece := l.text[from:to]
		out := stripLinks(piece)
		if d := len(out) - len(piece); d != 0 {
			changes = append(changes, change{to, d})
		}
		b.WriteString(out)
	}
	last := 0
	for _, m := range reInlineLink.FindAllStringSubmatchIndex(l.text, -1) {
		anchor, url := l.text[m[2]:m[3]], trimURL(l.text[m[4]:m[5]])
		keep(last, m[0])
		before := b.Len()
		b.WriteString(anchor)
		if citewatch.ValidateURL(url) == nil {
			b.WriteString("[^" + p.linkLabel(url, anchor, l.n) + "]")
		}
		changes = append(changes, change{m[1], (b.Len() - before) - (m[1] - m[0])})
		last = m[1]
	}
	keep(last, len(l.text))
	for i := range l.marks {
		off := l.marks[i].off
		for _, c := range changes {
			if c.at <= off {
				l.marks[i].off += c.delta
			}
		}
		l.marks[i].off = max(0, l.marks[i].off)
	}
	l.text = b.String()
	return l
}

// linkLabel returns the reference label of an inline link's URL, adding
// the reference the first time the URL is linked.
func (p *parser) linkLabel(url, anchor string, line int) string {
	if p.links == nil {
		p.links = map[string]string{}
	}
	if label, ok := p.links[url]; ok {
		return label
	}
	label := fmt.Sprintf("link-%d", len(p.links)+1)
	p.links[url] = label
	p.addReference(citewatch.Reference{N: "^" + label, URL: url, Label: strings.Join(strings.Fields(anchor), " "), Line: line})
	return label
}
