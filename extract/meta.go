package extract

import (
	"encoding/json"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// pageMeta is what the raw DOM says about a page, before trafilatura's
// guesses fill the gaps.
type pageMeta struct {
	lang, title, siteName, publisher, author, canonical string
	published, modified                                 []string // candidate date strings, best first
	tables                                              []*html.Node
	items                                               []*html.Node // list items that may hold a sentence main-text extraction drops
	textDates                                           []string     // short text nodes that may be a date line
	paragraphs, paragraphText                           int          // <p> elements and the bytes of their text
	bodyText                                            func() string
}

// Meta names that carry each field, in order of trust.
var (
	metaPublished = []string{"article:published_time", "datepublished", "dc.date.issued", "dcterms.issued", "citation_publication_date", "citation_date", "publication_date", "publish-date", "pubdate", "date", "dc.date", "dcterms.created", "og:published_time", "sailthru.date", "parsely-pub-date"}
	metaModified  = []string{"article:modified_time", "datemodified", "og:updated_time", "dcterms.modified", "last-modified", "dc.date.modified"}
)

// scanMeta walks the DOM once, without recursion (pages may nest 10,000
// deep), collecting meta tags, JSON-LD, <time> elements and tables.
func scanMeta(doc *html.Node) pageMeta {
	var m pageMeta
	metas := map[string]string{}
	var timePub []string
	var ld []string
	stack := []*html.Node{doc}
	for len(stack) > 0 {
		n := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		if n.Type == html.TextNode && n.Parent != nil && n.Parent.DataAtom != atom.Script && n.Parent.DataAtom != atom.Style && len(m.textDates) < 8 && !inTable(n) && len(n.Data) < 80 && strings.ContainsAny(n.Data, "0123456789") {
			if t := strings.TrimSpace(n.Data); t != "" {
				m.textDates = append(m.textDates, t)
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
					if p := strings.ToLower(attr(n, "itemprop")); p == "datemodified" {
						metas["datemodified"] = firstNonEmpty(metas["datemodified"], dt)
					} else {
						timePub = append(timePub, dt)
					}
				}
			case atom.P:
				m.paragraphs++
				m.paragraphText += textBytes(n)
			case atom.Table:
				m.tables = append(m.tables, n)
			case atom.Li:
				if len(m.items) < 64 && !inChrome(n) {
					m.items = append(m.items, n)
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
			m.published = append(m.published, v)
		}
	}
	m.published = append(m.published, timePub...)
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
	return m
}

// readJSONLD reads schema.org fields from one JSON-LD block, which may be
// an object, an array, or an object with an @graph. JSON-LD dates come
// first: sites fill them from their own records.
func readJSONLD(raw string, m *pageMeta) {
	var v any
	if json.Unmarshal([]byte(raw), &v) != nil {
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
	for _, o := range objs {
		if d, ok := o["datePublished"].(string); ok && d != "" {
			m.published = append([]string{d}, m.published...)
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

// itemSentences returns the text of list items that read as sentences of
// the text (long enough, ending with a full stop, mostly not link text)
// and that main-text extraction left out of text: key points in bulleted
// lists, which go-trafilatura often drops. They hold an event word.
func itemSentences(items []*html.Node, text string) []string {
	var out []string
	for _, li := range items {
		var b textBuilder
		b.addNode(li)
		t := collapse(b.text.String())
		if len(t) < 60 || !strings.HasSuffix(t, ".") || !mayState(t) || strings.Contains(text, t) || linkText(li)*2 > len(t) {
			continue
		}
		out = append(out, t)
	}
	return out
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
