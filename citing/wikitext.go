package citing

import (
	"fmt"
	"regexp"
	"strings"
)

// FormatWikitext is MediaWiki source: its <ref> tags are its references.
const FormatWikitext = "wikitext"

var (
	reWikiRef     = regexp.MustCompile(`(?is)<ref\b([^>]*?)(/>|>(.*?)</ref\s*>)`)
	reWikiRefName = regexp.MustCompile(`(?i)\bname\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s/>]+))`)
	reWikiHeading = regexp.MustCompile(`^(={1,6})\s*(.*?)\s*=+\s*$`)
	reWikiLink    = regexp.MustCompile(`\[\[(?:[^\]|]*\|)?([^\]]*)\]\]`)
	reWikiExtLink = regexp.MustCompile(`\[(https?://\S+)(?:\s+([^\]]*))?\]`)
	reWikiComment = regexp.MustCompile(`(?s)<!--.*?-->`)
	reWikiTag     = regexp.MustCompile(`(?i)</?(?:small|span|sup|sub|big|u|s|nowiki|abbr|br)\b[^>]*>`)
)

// isWikitext reports whether a document is MediaWiki source: by its format
// (given, or its name's), or by <ref> tags together with wiki markup.
func isWikitext(format string, data []byte) bool {
	if format == FormatWikitext {
		return true
	}
	head := string(data[:min(len(data), 65536)])
	return reWikiRef.MatchString(head) && (strings.Contains(head, "{{") || strings.Contains(head, "[[") || strings.Contains(head, "'''"))
}

// wikiRef is one reference of a wikitext document.
type wikiRef struct {
	n          int
	url        string
	label      string
	archiveURL string
	accessDate string
}

// wikitextMarkdown reads MediaWiki source into the Markdown the line reader
// takes, and returns its references by label. Each <ref> becomes a marker
// [N] where it stands, N numbered in order of first use as MediaWiki
// numbers them (and shows them to readers); a named ref (<ref name="x">...</ref>) reused as
// <ref name="x" /> keeps its number. A reference's URL, title, archive-url
// and access-date come from its {{cite ...}} template, or from its first
// external link. Headings become "## " lines; templates other than
// citations, comments and inline tags are dropped, and internal links keep
// their text.
func wikitextMarkdown(src string) (string, map[string]wikiRef) {
	src = reWikiComment.ReplaceAllString(src, "")
	refs := map[string]wikiRef{}
	var order []string
	byName := map[string]string{}
	next := 1
	body := reWikiRef.ReplaceAllStringFunc(src, func(m string) string {
		sm := reWikiRef.FindStringSubmatch(m)
		name := ""
		if nm := reWikiRefName.FindStringSubmatch(sm[1]); nm != nil {
			name = nm[1] + nm[2] + nm[3]
		}
		if name != "" {
			if label, ok := byName[name]; ok {
				if r := refs[label]; r.url == "" && sm[3] != "" { // a later use may carry the content
					refs[label] = readWikiRef(r.n, sm[3])
				}
				return "[" + label + "]"
			}
		}
		label := fmt.Sprint(next)
		refs[label] = readWikiRef(next, sm[3])
		order = append(order, label)
		next++
		if name != "" {
			byName[name] = label
		}
		return "[" + label + "]"
	})
	var b strings.Builder
	for _, l := range strings.Split(body, "\n") {
		t := strings.TrimSpace(l)
		if h := reWikiHeading.FindStringSubmatch(t); h != nil {
			fmt.Fprintf(&b, "\n## %s\n\n", wikiInline(h[2]))
			continue
		}
		if strings.HasPrefix(t, "{|") || strings.HasPrefix(t, "|") || strings.HasPrefix(t, "!") {
			b.WriteString("\n") // tables are not prose
			continue
		}
		t = strings.TrimLeft(t, "*#:; ")
		b.WriteString(wikiInline(t))
		b.WriteString("\n")
	}
	b.WriteString("\n## References\n\n")
	for _, label := range order {
		r := refs[label]
		fmt.Fprintf(&b, "[%s]: %s %s\n", label, r.label, r.url)
	}
	return b.String(), refs
}

// wikiInline removes inline wiki markup from one line, keeping the text a
// reader sees and the [^N] markers.
func wikiInline(s string) string {
	s = stripTemplates(s)
	s = reWikiLink.ReplaceAllString(s, "$1")
	s = reWikiExtLink.ReplaceAllString(s, "$2")
	s = reWikiTag.ReplaceAllString(s, "")
	s = strings.NewReplacer("'''", "", "''", "", "&nbsp;", " ").Replace(s)
	return strings.Join(strings.Fields(s), " ")
}

// stripTemplates drops {{...}} templates, nested ones too.
func stripTemplates(s string) string {
	if !strings.Contains(s, "{{") {
		return s
	}
	var b strings.Builder
	depth := 0
	for i := 0; i < len(s); i++ {
		switch {
		case strings.HasPrefix(s[i:], "{{"):
			depth++
			i++
		case depth > 0 && strings.HasPrefix(s[i:], "}}"):
			depth--
			i++
		case depth == 0:
			b.WriteByte(s[i])
		}
	}
	return b.String()
}

// readWikiRef reads a reference's content: a {{cite ...}} template's
// parameters, or a bare or bracketed link.
func readWikiRef(n int, content string) wikiRef {
	r := wikiRef{n: n}
	if i := strings.Index(content, "{{"); i >= 0 {
		params := templateParams(content[i:])
		r.url = params["url"]
		r.label = firstNonEmptyString(params["title"], params["website"], params["work"], params["publisher"])
		r.archiveURL = firstNonEmptyString(params["archive-url"], params["archiveurl"])
		r.accessDate = firstNonEmptyString(params["access-date"], params["accessdate"])
	}
	if r.url == "" {
		if m := reWikiExtLink.FindStringSubmatch(content); m != nil {
			r.url, r.label = m[1], strings.TrimSpace(m[2])
		} else if u := urlRe.FindString(content); u != "" {
			r.url = trimURL(u)
		}
	}
	if r.label == "" {
		r.label = wikiInline(reWikiExtLink.ReplaceAllString(content, "$2"))
	}
	r.label = strings.ReplaceAll(r.label, r.url, "")
	return r
}

// templateParams reads the named parameters of the first template in s:
// {{cite web |url=... |title=...}}. Nested templates and links inside a
// value are kept as text.
func templateParams(s string) map[string]string {
	out := map[string]string{}
	depth, start := 0, 0
	var parts []string
	for i := 0; i < len(s); i++ {
		switch {
		case strings.HasPrefix(s[i:], "{{") || strings.HasPrefix(s[i:], "[["):
			depth++
			i++
			if depth == 1 {
				start = i + 1
			}
		case strings.HasPrefix(s[i:], "}}") || strings.HasPrefix(s[i:], "]]"):
			depth--
			if depth == 0 {
				parts = append(parts, s[start:i])
				i = len(s)
				break
			}
			i++
		case s[i] == '|' && depth == 1:
			parts = append(parts, s[start:i])
			start = i + 1
		}
	}
	for _, p := range parts {
		k, v, ok := strings.Cut(p, "=")
		if !ok {
			continue
		}
		out[strings.ToLower(strings.TrimSpace(k))] = strings.TrimSpace(v)
	}
	return out
}

func firstNonEmptyString(ss ...string) string {
	for _, s := range ss {
		if s != "" {
			return s
		}
	}
	return ""
}
