package citing

import (
	"bytes"
	"regexp"
	"strconv"
	"strings"

	"golang.org/x/net/html"
)

// htmlLines reads an HTML document into the lines the parser reads: one
// line per block (paragraph, list item, heading), a superscript marker
// (<sup><a href="#ref-2">2</a></sup>) written as [2], an ordered list item
// as "n. text", a link to another page as "text <URL>", and a synthetic
// "References" heading where an element's id or class names a reference
// list. Each line carries the input line where its text starts.
func htmlLines(data []byte) []line {
	z := html.NewTokenizer(bytes.NewReader(data))
	h := &htmlReader{lineNo: 1}
	for {
		tt := z.Next()
		start := h.lineNo
		h.lineNo += bytes.Count(z.Raw(), []byte("\n"))
		switch tt {
		case html.ErrorToken:
			h.flush()
			return h.out
		case html.TextToken:
			if h.skip > 0 {
				continue
			}
			h.text(string(z.Text()), start)
		case html.StartTagToken, html.SelfClosingTagToken:
			name, hasAttr := z.TagName()
			attrs := map[string]string{}
			for hasAttr {
				var k, v []byte
				k, v, hasAttr = z.TagAttr()
				attrs[string(k)] = string(v)
			}
			h.start(string(name), attrs, tt == html.SelfClosingTagToken)
		case html.EndTagToken:
			name, _ := z.TagName()
			h.end(string(name))
		}
	}
}

type htmlList struct {
	ordered bool
	next    int
}

type htmlReader struct {
	out     []line
	cur     strings.Builder
	curLine int
	kind    lineKind
	lineNo  int
	skip    int
	lists   []htmlList
	sup     int
	supBuf  strings.Builder
	hrefs   []string
	marks   []lineMark
}

var (
	htmlSkip  = map[string]bool{"script": true, "style": true, "head": true, "noscript": true, "template": true, "svg": true, "math": true}
	htmlBlock = map[string]bool{
		"p": true, "div": true, "section": true, "article": true, "header": true, "footer": true, "main": true,
		"aside": true, "nav": true, "blockquote": true, "table": true, "tr": true, "td": true, "th": true,
		"dd": true, "dt": true, "dl": true, "figure": true, "figcaption": true, "pre": true, "hr": true,
		"br": true, "body": true, "ol": true, "ul": true, "li": true, "form": true, "caption": true,
	}
	htmlRefsHint = regexp.MustCompile(`(?i)(^|[-_ ])(references?|reflist|footnotes?|endnotes?|citations?|notes|sources|bibliography)([-_ ]|$)`)
	spaceRun     = regexp.MustCompile(`\s+`)
)

func (h *htmlReader) flush() {
	raw := h.cur.String()
	t := strings.TrimSpace(raw)
	if t != "" {
		lead := len(raw) - len(strings.TrimLeft(raw, " \t\n"))
		var marks []lineMark
		for _, m := range h.marks {
			marks = append(marks, lineMark{off: max(m.off-lead, 0), n: m.n})
		}
		h.out = append(h.out, line{text: t, n: h.curLine, kind: h.kind, marks: marks})
	}
	h.marks = nil
	h.cur.Reset()
	h.curLine = 0
	h.kind = lineBody
	// Every HTML block is a paragraph of its own.
	if t != "" {
		h.out = append(h.out, line{n: h.lineNo, kind: lineBlank})
	}
}

func (h *htmlReader) write(s string, at int) {
	if strings.TrimSpace(s) == "" {
		if h.curLine != 0 && !strings.HasSuffix(h.cur.String(), " ") {
			h.cur.WriteString(" ")
		}
		return
	}
	if h.curLine == 0 {
		h.curLine = at
	}
	if n := len(h.marks); at > h.curLine && (n == 0 || h.marks[n-1].n < at) {
		h.marks = append(h.marks, lineMark{off: h.cur.Len(), n: at})
	}
	h.cur.WriteString(s)
}

func (h *htmlReader) text(s string, at int) {
	if h.sup > 0 {
		h.supBuf.WriteString(spaceRun.ReplaceAllString(s, " "))
		return
	}
	// Each input line of the text keeps its own line number.
	for i, seg := range strings.Split(s, "\n") {
		if i > 0 {
			h.write(" ", at+i)
		}
		seg = spaceRun.ReplaceAllString(seg, " ")
		if h.curLine == 0 || strings.HasSuffix(h.cur.String(), " ") {
			seg = strings.TrimLeft(seg, " ")
		}
		h.write(seg, at+i)
	}
}

func (h *htmlReader) start(name string, attrs map[string]string, selfClosing bool) {
	if htmlSkip[name] {
		if !selfClosing {
			h.skip++
		}
		return
	}
	if h.skip > 0 {
		return
	}
	switch name {
	case "h1", "h2", "h3", "h4", "h5", "h6":
		h.flush()
		h.kind = lineHeading
		return
	case "sup":
		h.sup++
		if h.sup == 1 {
			h.supBuf.Reset()
		}
		return
	case "a":
		h.hrefs = append(h.hrefs, attrs["href"])
		if href := attrs["href"]; h.sup == 0 && (strings.HasPrefix(href, "http://") || strings.HasPrefix(href, "https://")) {
			h.write(linkOpen, h.lineNo)
		}
		return
	}
	if !htmlBlock[name] {
		return
	}
	h.flush()
	if hint := attrs["id"] + " " + attrs["class"]; name != "li" && htmlRefsHint.MatchString(hint) {
		h.out = append(h.out, line{text: "References", n: h.lineNo, kind: lineHeading})
	}
	switch name {
	case "ol":
		start := 1
		if v, err := strconv.Atoi(attrs["start"]); err == nil {
			start = v
		}
		h.lists = append(h.lists, htmlList{ordered: true, next: start})
	case "ul":
		h.lists = append(h.lists, htmlList{})
	case "li":
		h.kind = lineItem
		if n := len(h.lists); n > 0 && h.lists[n-1].ordered {
			h.cur.WriteString(strconv.Itoa(h.lists[n-1].next) + ". ")
			h.lists[n-1].next++
		} else {
			h.cur.WriteString("- ")
		}
		h.curLine = h.lineNo
	}
}

func (h *htmlReader) end(name string) {
	if htmlSkip[name] {
		if h.skip > 0 {
			h.skip--
		}
		return
	}
	if h.skip > 0 {
		return
	}
	switch name {
	case "h1", "h2", "h3", "h4", "h5", "h6":
		h.flush()
		return
	case "sup":
		if h.sup == 0 {
			return
		}
		h.sup--
		if h.sup == 0 {
			t := h.supBuf.String()
			if m := supMarker(t); m != "" {
				h.write(m, h.lineNo)
			} else {
				h.write(t, h.lineNo)
			}
		}
		return
	case "a":
		if n := len(h.hrefs); n > 0 {
			href := h.hrefs[n-1]
			h.hrefs = h.hrefs[:n-1]
			if h.sup == 0 && (strings.HasPrefix(href, "http://") || strings.HasPrefix(href, "https://")) {
				h.write(linkClose+" <"+strings.TrimSpace(href)+">", h.lineNo)
			}
		}
		return
	}
	if !htmlBlock[name] {
		return
	}
	h.flush()
	if (name == "ol" || name == "ul") && len(h.lists) > 0 {
		h.lists = h.lists[:len(h.lists)-1]
	}
}
