package extract

import (
	"encoding/json"
	"regexp"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// pageMeta is what the raw DOM says about a page, before trafilatura's
// guesses fill the gaps.
type pageMeta struct {
	lang, title, siteName, publisher, author, canonical string
	published                                           []dated  // the page's publication dates, best first
	modified                                            []string // candidate modification date strings, best first
	zone                                                string   // the first non-zero UTC offset among the page's timestamps
	revised                                             string   // a wiki page's last revision date
	tables                                              []*html.Node
	lists                                               []*html.Node // lists outside navigation, which main-text extraction may drop
	textDates                                           []string     // short text nodes that may be a date line
	paragraphs, paragraphText                           int          // <p> elements and the bytes of their text
	datedCells                                          int          // table cells that hold a date
}

// Meta names that carry each field, in order of trust.
var (
	metaPublished = []string{"article:published_time", "datepublished", "dc.date.issued", "dcterms.issued", "citation_publication_date", "citation_date", "publication_date", "publish-date", "pubdate", "date", "dc.date", "dcterms.date", "dcterms.created", "og:published_time", "sailthru.date", "parsely-pub-date"}
	metaModified  = []string{"article:modified_time", "datemodified", "og:updated_time", "dcterms.modified", "last-modified", "dc.date.modified"}
)

// scanMeta walks the DOM once, without recursion (pages may nest 10,000
// deep), collecting meta tags, JSON-LD, <time> elements and tables.
func scanMeta(doc *html.Node) pageMeta {
	var m pageMeta
	metas := map[string]string{}
	var timePub, times []string
	var ld []string
	wiki := false
	stack := []*html.Node{doc}
	for len(stack) > 0 {
		n := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		if n.Type == html.TextNode && n.Parent != nil && n.Parent.DataAtom != atom.Script && n.Parent.DataAtom != atom.Style && len(n.Data) < 200 && strings.ContainsAny(n.Data, "0123456789") {
			if len(n.Data) < 40 && reCellDate.MatchString(n.Data) && inTable(n) {
				m.datedCells++
			}
			if len(m.textDates) < 8 && !inTable(n) && len(n.Data) < 80 && !inChrome(n) {
				if t := strings.TrimSpace(n.Data); t != "" {
					m.textDates = append(m.textDates, t)
				}
			}
			if m.revised == "" && strings.Contains(attr(n.Parent, "id"), "lastmod") {
				m.revised = revisedDate(collapse(n.Data))
				wiki = wiki || attr(n.Parent, "id") == "footer-info-lastmod"
			}
		}
		if n.Type == html.ElementNode {
			switch n.DataAtom {
			case atom.Html:
				if l := attr(n, "lang"); l != "" && m.lang == "" {
					m.lang = l
				}
			case atom.Title:
				if m.title == "" && n.FirstChild != nil {
					m.title = collapse(n.FirstChild.Data)
				}
			case atom.Meta:
				key := strings.ToLower(firstNonEmpty(attr(n, "property"), attr(n, "name"), attr(n, "itemprop"), attr(n, "http-equiv")))
				if c := strings.TrimSpace(attr(n, "content")); key != "" && c != "" {
					if _, ok := metas[key]; !ok {
						metas[key] = c
					}
				}
			case atom.Link:
				if strings.EqualFold(attr(n, "rel"), "canonical") && m.canonical == "" {
					m.canonical = strings.TrimSpace(attr(n, "href"))
				}
			case atom.Script:
				if strings.Contains(strings.ToLower(attr(n, "type")), "ld+json") && n.FirstChild != nil {
					ld = append(ld, n.FirstChild.Data)
				}
			case atom.Time:
				if dt := attr(n, "datetime"); dt != "" {
					switch p := strings.ToLower(attr(n, "itemprop")); {
					case p == "datemodified":
						metas["datemodified"] = firstNonEmpty(metas["datemodified"], dt)
					case p == "datepublished" || hasAttr(n, "pubdate"):
						timePub = append(timePub, dt)
					default:
						times = append(times, dt) // a sidebar's as likely as the story's: go-htmldate weighs them
					}
				}
			case atom.P:
				m.paragraphs++
				m.paragraphText += textBytes(n)
			case atom.Table:
				m.tables = append(m.tables, n)
			case atom.Ul, atom.Ol:
				if len(m.lists) < 64 && !inChrome(n) {
					m.lists = append(m.lists, n)
				}
			}
		}
		for c := n.LastChild; c != nil; c = c.PrevSibling {
			stack = append(stack, c)
		}
	}
	for _, raw := range ld {
		readJSONLD(raw, &m)
	}
	for _, k := range metaPublished {
		if v := metas[k]; v != "" {
			m.published = append(m.published, dated{v, "meta " + k})
		}
	}
	for _, v := range timePub {
		m.published = append(m.published, dated{v, "<time> marked as the publication time"})
	}
	for _, k := range metaModified {
		if v := metas[k]; v != "" {
			m.modified = append(m.modified, v)
		}
	}
	if t := metas["og:title"]; t != "" {
		m.title = t
	}
	m.siteName = firstNonEmpty(metas["og:site_name"], metas["application-name"])
	m.publisher = firstNonEmpty(m.publisher, metas["publisher"], metas["dc.publisher"], metas["citation_publisher"], metas["article:publisher"])
	m.author = firstNonEmpty(m.author, metas["author"], metas["article:author"], metas["dc.creator"])
	if m.lang == "" {
		m.lang = firstNonEmpty(metas["content-language"], metas["og:locale"], metas["language"])
	}
	m.canonical = firstNonEmpty(m.canonical, metas["og:url"])
	wiki = wiki || strings.HasPrefix(strings.ToLower(metas["generator"]), "mediawiki")
	if !wiki {
		m.revised = ""
	}
	stamps := append([]string(nil), m.modified...)
	for _, p := range m.published {
		stamps = append(stamps, p.raw)
	}
	m.zone = pageZone(append(stamps, times...))
	return m
}

func hasAttr(n *html.Node, key string) bool {
	for _, a := range n.Attr {
		if a.Key == key {
			return true
		}
	}
	return false
}

// readJSONLD reads schema.org fields from one JSON-LD block, which may be
// an object, an array, or an object with an @graph. JSON-LD dates come
// first, an article's before any other object's: sites fill them from
// their own records. A block that is not valid JSON (a stray comma, an
// unescaped quote in a headline) still gives its datePublished and
// dateModified strings.
func readJSONLD(raw string, m *pageMeta) {
	var v any
	if json.Unmarshal([]byte(raw), &v) != nil {
		if d := reLDPublished.FindStringSubmatch(raw); d != nil {
			m.published = append([]dated{{d[1], "JSON-LD datePublished (of a block that is not valid JSON)"}}, m.published...)
		}
		if d := reLDModified.FindStringSubmatch(raw); d != nil {
			m.modified = append(m.modified, d[1])
		}
		return
	}
	var objs []map[string]any
	var collect func(v any, depth int)
	collect = func(v any, depth int) {
		if depth > 4 {
			return
		}
		switch t := v.(type) {
		case []any:
			for _, x := range t {
				collect(x, depth+1)
			}
		case map[string]any:
			objs = append(objs, t)
			if g, ok := t["@graph"]; ok {
				collect(g, depth+1)
			}
		}
	}
	collect(v, 0)
	var articles, others []dated
	for _, o := range objs {
		if d, ok := o["datePublished"].(string); ok && d != "" {
			if articleType(o["@type"]) {
				articles = append(articles, dated{d, "JSON-LD datePublished"})
			} else {
				others = append(others, dated{d, "JSON-LD datePublished"})
			}
		}
		if d, ok := o["dateModified"].(string); ok && d != "" {
			m.modified = append([]string{d}, m.modified...)
		}
		if m.publisher == "" {
			m.publisher = name(o["publisher"])
		}
		if m.author == "" {
			m.author = name(o["author"])
		}
		if l, ok := o["inLanguage"].(string); ok && m.lang == "" {
			m.lang = l
		}
	}
	m.published = append(append(articles, others...), m.published...)
}

// reCellDate finds a date in a table cell: "05/09/2024", "2012-03-14",
// "14 Mar 2012", "März 14, 2012".
var reCellDate = regexp.MustCompile(`\b\d{1,4}[./-]\d{1,2}[./-]\d{2,4}\b|\b\d{1,2}\.? \pL{3,12}\.? \d{4}\b|\b\pL{3,12}\.? \d{1,2},? \d{4}\b`)

var (
	reLDPublished = regexp.MustCompile(`"datePublished"\s*:\s*"([^"]{6,40})"`)
	reLDModified  = regexp.MustCompile(`"dateModified"\s*:\s*"([^"]{6,40})"`)
)

// articleType reports whether a schema.org @type (a string or a list) is a
// kind of article or report, whose date is the page's.
func articleType(t any) bool {
	switch v := t.(type) {
	case string:
		return strings.HasSuffix(v, "Article") || strings.HasSuffix(v, "Posting") || v == "Report" || v == "Review"
	case []any:
		for _, x := range v {
			if articleType(x) {
				return true
			}
		}
	}
	return false
}

// name reads a schema.org Person or Organization: a string, an object with
// a name, or the first of a list.
func name(v any) string {
	switch t := v.(type) {
	case string:
		return t
	case map[string]any:
		s, _ := t["name"].(string)
		return s
	case []any:
		if len(t) > 0 {
			return name(t[0])
		}
	}
	return ""
}

func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}

func firstNonEmpty(ss ...string) string {
	for _, s := range ss {
		if s = strings.TrimSpace(s); s != "" {
			return s
		}
	}
	return ""
}

// collapse trims s and turns every run of white space into one space.
func collapse(s string) string {
	return strings.Join(strings.Fields(s), " ")
}

// inTable reports whether n is inside a table cell: a date there is a
// table's datum, not the page's date line.
func inTable(n *html.Node) bool {
	for p, i := n.Parent, 0; p != nil && i < 8; p, i = p.Parent, i+1 {
		if p.DataAtom == atom.Td || p.DataAtom == atom.Th {
			return true
		}
	}
	return false
}

// inChrome reports whether n is inside a page's navigation, header,
// footer or sidebar, whose lists are menus and links, not text.
func inChrome(n *html.Node) bool {
	for p := n.Parent; p != nil; p = p.Parent {
		switch p.DataAtom {
		case atom.Nav, atom.Header, atom.Footer, atom.Aside, atom.Menu:
			return true
		}
	}
	return false
}

// restoreLists puts back into content, go-trafilatura's main text, the
// lists it provably drops. When no container on the page matches its
// content selectors, go-trafilatura recovers the page's "wild" text from
// its <p>, <blockquote>, <pre>, <code> and <table> elements alone
// (recoverWildText), so a bulleted list between two of the paragraphs it
// kept is lost: key points, steps, a list of signatories. A list is put
// back when it is a sibling of a paragraph go-trafilatura kept, is not
// inside navigation, a header, footer or sidebar, is mostly not link text,
// is not named as comments, related stories, sharing or the like, and is
// not already in the text. It goes before the kept paragraph that follows
// it, or after the kept one before it. It reports how many lists it put back.
func restoreLists(content *html.Node, lists []*html.Node) int {
	if content == nil || len(lists) == 0 {
		return 0
	}
	kept := map[string]*html.Node{} // a paragraph's text without white space -> its node in content
	var all strings.Builder
	for c := content.FirstChild; c != nil; c = c.NextSibling {
		if c.Type != html.ElementNode {
			continue
		}
		k := squeeze(nodeText(c))
		all.WriteString(k)
		if tagAtom(c) == atom.P && k != "" {
			kept[k] = c
		}
	}
	text := all.String()
	restored := 0
	for _, l := range lists {
		k := squeeze(nodeText(l))
		if len(k) < 20 || strings.Contains(text, k) || linkText(l)*2 > len(k) || boilerplate(l) {
			continue
		}
		var before, after *html.Node // kept paragraphs next to the list
		for s := l.NextSibling; s != nil && after == nil; s = s.NextSibling {
			if s.Type == html.ElementNode && s.DataAtom == atom.P {
				after = kept[squeeze(nodeText(s))]
			}
		}
		for s := l.PrevSibling; s != nil && before == nil && after == nil; s = s.PrevSibling {
			if s.Type == html.ElementNode && s.DataAtom == atom.P {
				before = kept[squeeze(nodeText(s))]
			}
		}
		switch {
		case after != nil:
			content.InsertBefore(cloneTree(l), after)
		case before != nil:
			content.InsertBefore(cloneTree(l), before.NextSibling)
		default:
			continue
		}
		restored++
	}
	return restored
}

// reBoilerplate finds class and id names of page parts that are not the
// text: comment threads, related stories, sharing, newsletters.
var reBoilerplate = regexp.MustCompile(`(?i)comment|related|share|sharing|social|newsletter|subscribe|promo|teaser|recommend|sidebar|widget|breadcrumb|menu|nav|footer|tags`)

// boilerplate reports whether n or an ancestor is named as a page part
// that is not the text.
func boilerplate(n *html.Node) bool {
	for p := n; p != nil && p.DataAtom != atom.Body; p = p.Parent {
		if reBoilerplate.MatchString(attr(p, "class")) || reBoilerplate.MatchString(attr(p, "id")) {
			return true
		}
	}
	return false
}

// squeeze drops the white space of s, to compare texts laid out apart.
func squeeze(s string) string {
	return strings.Join(strings.Fields(s), "")
}

// nodeText returns the text under n, as the HTML has it.
func nodeText(n *html.Node) string {
	var b strings.Builder
	stack := []*html.Node{n}
	for len(stack) > 0 {
		c := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		if c.Type == html.TextNode {
			b.WriteString(c.Data)
			b.WriteByte(' ')
		}
		if c.Type == html.ElementNode && (c.DataAtom == atom.Script || c.DataAtom == atom.Style) {
			continue
		}
		for k := c.LastChild; k != nil; k = k.PrevSibling {
			stack = append(stack, k)
		}
	}
	return b.String()
}

// cloneTree returns a deep copy of n, detached.
func cloneTree(n *html.Node) *html.Node {
	c := &html.Node{Type: n.Type, DataAtom: n.DataAtom, Data: n.Data, Namespace: n.Namespace, Attr: append([]html.Attribute(nil), n.Attr...)}
	for k := n.FirstChild; k != nil; k = k.NextSibling {
		c.AppendChild(cloneTree(k))
	}
	return c
}

// textBytes returns the length of the text under n.
func textBytes(n *html.Node) int {
	total := 0
	stack := []*html.Node{n}
	for len(stack) > 0 {
		c := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		if c.Type == html.TextNode {
			total += len(c.Data)
		}
		for k := c.FirstChild; k != nil; k = k.NextSibling {
			stack = append(stack, k)
		}
	}
	return total
}

// linkText returns the length of the text inside links under n.
func linkText(n *html.Node) int {
	total := 0
	stack := []*html.Node{n}
	for len(stack) > 0 {
		c := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		if c.Type == html.ElementNode && c.DataAtom == atom.A {
			var b textBuilder
			b.addNode(c)
			total += len(collapse(b.text.String()))
			continue
		}
		for k := c.FirstChild; k != nil; k = k.NextSibling {
			stack = append(stack, k)
		}
	}
	return total
}
