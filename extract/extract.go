package extract

import (
	"context"
	"fmt"
	"net/url"
	"regexp"
	"strconv"
	"strings"
	"time"
	"unicode"

	trafilatura "github.com/markusmobius/go-trafilatura"
	"github.com/rs/zerolog"
	"golang.org/x/net/html"

	"github.com/citewatch/citewatch"
	"github.com/citewatch/citewatch/extract/dates"
	"github.com/citewatch/citewatch/extract/treaties"
)

// Version is the extractor's version, recorded in every citation.
const Version = "0.1.0"

// Extractor names recorded in citations.
const (
	ExtractorSentence = "extract.sentence"
	ExtractorTable    = "extract.table"
)

// MaxParagraphWork bounds go-trafilatura's running time. Its content
// search concatenates the text of every <p> on the page one <p> at a time,
// so its time grows with the number of paragraphs times their text (about
// a second per 4e9 on one core): a 1.5 MiB news page, mostly scripts and
// links, is 1e6, a 1.5 MiB report of 20,000 short paragraphs 3e10. A page
// over the bound is read without go-trafilatura: its body text outside
// navigation, header, footer and sidebars.
const MaxParagraphWork = 2e9

// MaxDepth is the deepest element nesting Extract keeps; deeper elements are
// lifted to this depth before main-text extraction, so that pathological
// pages finish in bounded time.
const MaxDepth = 256

// Extractor reads documents and facts from snapshots. It holds no mutable
// state: it is safe for concurrent use.
type Extractor struct {
	log zerolog.Logger
}

// New returns an Extractor that logs to log.
func New(log zerolog.Logger) *Extractor {
	return &Extractor{log: log.With().Str("stage", "extract").Logger()}
}

// Hints supply what a page may lack, for a saved file given on the command
// line: a publication date used when the page states none.
type Hints struct {
	Published citewatch.Date
	// Language is the page's language (BCP 47, "fr") when the page cannot
	// say it itself: a plain-text page with no Content-Language.
	Language string
}

// Extract reads the metadata, main text and facts of a snapshot's body.
// It returns an error wrapping citewatch.ErrInvalid when the snapshot has no
// body or no valid URL, and ctx's error when ctx is done; a page with no
// readable text gives a Document with empty Text and no facts, not an error.
func (x *Extractor) Extract(ctx context.Context, s citewatch.Snapshot) (*citewatch.Document, []citewatch.Fact, error) {
	return x.ExtractWithHints(ctx, s, Hints{})
}

// ExtractWithHints is Extract with hints for what the page may lack.
func (x *Extractor) ExtractWithHints(ctx context.Context, s citewatch.Snapshot, h Hints) (*citewatch.Document, []citewatch.Fact, error) {
	target := s.Target()
	if err := citewatch.ValidateURL(target); err != nil {
		return nil, nil, fmt.Errorf("extract: %w", err)
	}
	if len(s.Body) == 0 {
		return nil, nil, fmt.Errorf("%w: extract: %s: empty body", citewatch.ErrInvalid, target)
	}
	if err := ctx.Err(); err != nil {
		return nil, nil, err
	}
	log := x.log.With().Str("url", target).Logger()
	contentType := s.ContentType
	if contentType == "" && s.Header != nil {
		contentType = firstHeader(s.Header, "Content-Type")
	}
	if isPDF(contentType, s.Body) {
		return x.extractPDF(ctx, s, h)
	}
	src, encoding, truncated := decode(s.Body, contentType)
	if truncated {
		log.Warn().Int("bytes", len(s.Body)).Msg("page truncated to the extraction limit")
	}
	if plainText(contentType) {
		return x.extractPlain(ctx, s, h, src)
	}
	root, err := html.Parse(strings.NewReader(src))
	if err != nil {
		// The parser's only failure on a string is a stack of open
		// elements deeper than it allows: parse again with the tags past
		// MaxDepth dropped.
		log.Warn().Int("max_depth", MaxDepth).Err(err).Msg("page nested too deep; deeper tags dropped")
		root, err = html.Parse(strings.NewReader(flattenMarkup(src, MaxDepth)))
	}
	if err != nil {
		return nil, nil, fmt.Errorf("%w: extract: %s: parse html: %v", citewatch.ErrInvalid, target, err)
	}
	if liftDeep(root, MaxDepth) {
		log.Warn().Int("max_depth", MaxDepth).Msg("page nested too deep; deeper elements lifted")
	}
	meta := scanMeta(root)

	u, _ := url.Parse(target)
	var res *trafilatura.ExtractResult
	if work := meta.paragraphs * meta.paragraphText; work <= MaxParagraphWork {
		res, err = trafilatura.ExtractDocument(root, trafilaturaOptions(u))
		if err != nil {
			log.Debug().Err(err).Msg("no main text")
			res = nil
		}
	} else {
		log.Warn().Int("paragraphs", meta.paragraphs).Int("paragraph_bytes", meta.paragraphText).
			Msg("too much paragraph text for main-text extraction; reading the body outside navigation")
	}
	if err := ctx.Err(); err != nil {
		return nil, nil, err
	}

	doc := &citewatch.Document{
		URL: s.URL, WARCRecordID: s.WARCRecordID, FetchedAt: s.FetchedAt, PayloadDigest: s.PayloadDigest,
	}
	var b textBuilder
	if res != nil && res.ContentNode != nil {
		if n := restoreLists(res.ContentNode, meta.lists); n > 0 {
			log.Debug().Int("lists", n).Msg("lists main-text extraction dropped put back")
		}
		b.spaced = pageSpacing(root)
		b.addNode(res.ContentNode)
		b.spaced = nil
	}
	if b.text.Len() == 0 { // nothing trafilatura trusts: fall back to the body outside navigation
		b.skipChrome = true
		b.addNode(root)
	}
	doc.Text = b.text.String()
	doc.Paragraphs = b.paras
	for _, p := range doc.Paragraphs {
		doc.Sentences = splitSentences(doc.Text, p, doc.Sentences)
	}
	log.Debug().Str("charset", encoding).Int("sentences", len(doc.Sentences)).Msg("text laid out")
	x.fillMeta(doc, root, meta, res, u, h, s) // after the text: a date its sentences tell is not the page's

	pg := x.pageContext(doc, u)
	for i := range b.heads {
		pg.headlines = append(pg.headlines, doc.Paragraphs[i])
	}
	for i := range b.subs {
		pg.subheads = append(pg.subheads, doc.Paragraphs[i])
	}
	facts, err := x.textFacts(ctx, doc, pg)
	if err != nil {
		return nil, nil, err
	}
	tableFacts := x.tableFacts(doc, meta.tables, pg)
	if len(tableFacts) > 0 {
		doc.Kind = "status-table"
	}
	facts = append(facts, tableFacts...)
	nameTreaties(facts, pg)
	for i := range facts {
		x.cite(&facts[i], doc)
	}
	return doc, facts, nil
}

func trafilaturaOptions(u *url.URL) trafilatura.Options {
	return trafilatura.Options{OriginalURL: u, HtmlDateMode: trafilatura.Disabled, ExcludeComments: true}
}

func firstHeader(h map[string][]string, name string) string {
	for k, v := range h {
		if strings.EqualFold(k, name) && len(v) > 0 {
			return v[0]
		}
	}
	return ""
}

// flattenMarkup drops the start and end tags of elements nested deeper
// than max, keeping their text, for pages the HTML parser refuses.
func flattenMarkup(src string, max int) string {
	z := html.NewTokenizer(strings.NewReader(src))
	var b strings.Builder
	b.Grow(len(src))
	depth, dropped := 0, 0
	for {
		tt := z.Next()
		switch tt {
		case html.ErrorToken:
			return b.String()
		case html.StartTagToken:
			if name, _ := z.TagName(); voidElement(string(name)) {
				break
			}
			if depth >= max {
				dropped++
				continue
			}
			depth++
		case html.EndTagToken:
			if dropped > 0 {
				dropped--
				continue
			}
			if depth > 0 {
				depth--
			}
		}
		b.Write(z.Raw())
	}
}

func voidElement(name string) bool {
	switch name {
	case "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr":
		return true
	}
	return false
}

// liftDeep moves every element deeper than max up to depth max, keeping
// document order, and reports whether it moved any.
func liftDeep(root *html.Node, max int) bool {
	type item struct {
		n     *html.Node
		depth int
	}
	moved := false
	stack := []item{{root, 0}}
	for len(stack) > 0 {
		it := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		n := it.n
		if it.depth >= max && n.FirstChild != nil {
			// Flatten n's subtree: its descendants become its children, in order.
			var flat []*html.Node
			var walk []*html.Node
			for c := n.LastChild; c != nil; c = c.PrevSibling {
				walk = append(walk, c)
			}
			for len(walk) > 0 {
				c := walk[len(walk)-1]
				walk = walk[:len(walk)-1]
				for g := c.LastChild; g != nil; g = g.PrevSibling {
					walk = append(walk, g)
				}
				flat = append(flat, c)
			}
			for _, c := range flat {
				if c.Parent != nil {
					c.Parent.RemoveChild(c)
				}
			}
			for _, c := range flat {
				n.AppendChild(c)
			}
			moved = true
			continue
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			stack = append(stack, item{c, it.depth + 1})
		}
	}
	return moved
}

var reDateline = regexp.MustCompile(`^\p{Lu}[\p{L} .'’/-]{1,40},?\s+$`)

// fillMeta sets the Document's metadata from the raw DOM first and
// trafilatura's reading second, then finds a wire dateline.
func (x *Extractor) fillMeta(doc *citewatch.Document, root *html.Node, m pageMeta, res *trafilatura.ExtractResult, u *url.URL, h Hints, s citewatch.Snapshot) {
	var tm trafilatura.Metadata
	if res != nil {
		tm = res.Metadata
	}
	doc.Title = firstNonEmpty(m.title, tm.Title)
	doc.SiteName = firstNonEmpty(m.siteName, tm.Sitename)
	doc.Publisher = firstNonEmpty(m.publisher, doc.SiteName)
	doc.Author = firstNonEmpty(m.author, tm.Author)
	doc.Language = normLang(firstNonEmpty(m.lang, tm.Language))
	if m.canonical != "" {
		if c, err := u.Parse(m.canonical); err == nil && citewatch.ValidateURL(c.String()) == nil {
			doc.CanonicalURL = c.String()
		}
	}
	doc.Published, doc.PublishedZone, doc.PublishedFrom = published(root, m, u, s.FetchedAt, h.Published, doc)
	if doc.Published.IsZero() && !tm.Date.IsZero() {
		t := tm.Date
		doc.Published, doc.PublishedFrom = citewatch.DayDate(t.Year(), t.Month(), t.Day()), "go-trafilatura"
	}
	for _, raw := range m.modified {
		if d, _, ok := parseTimestamp(raw, m.zone); ok {
			doc.Modified = d
			break
		}
	}
	if doc.Modified.IsZero() && s.LastModified != "" {
		if t, err := time.Parse(time.RFC1123, s.LastModified); err == nil {
			doc.Modified = citewatch.DayDate(t.Year(), t.Month(), t.Day())
		}
	}
}

var (
	reDateLabel = regexp.MustCompile(`(?i)^(?:published|posted|date|updated|release date|issued|publié le|mis à jour le|date de publication)\s*:?\s*(?:on\s+)?`)
	reURLDate   = regexp.MustCompile(`(?:^|[^0-9])(20\d{2})[/-]?(0[1-9]|1[0-2])[/-]?(0[1-9]|[12]\d|3[01])(?:[^0-9]|\d{3,}|$)`)
)

// dateLine returns the first short text of the page that is a date and
// nothing else, perhaps after a label ("Published: 12 February 2025"):
// a page's visible date line. A date that is the day the page was fetched
// is skipped: a site's header shows today's date.
func dateLine(texts []string, fetched time.Time) citewatch.Date {
	for _, t := range texts {
		if reStatusAsOf.MatchString(t) {
			continue // a table's "Status as of" is not the page's date
		}
		t = reDateLabel.ReplaceAllString(t, "")
		ms := dates.Find(t, dates.Context{})
		if len(ms) != 1 || ms[0].Ambiguous || ms[0].Date.Precision != citewatch.PrecisionDay {
			continue
		}
		// "Press release | 5 September 2024 | Brussels", "Friday, 6 September 2024".
		if rest := t[:ms[0].Start] + " " + t[ms[0].End:]; len(strings.FieldsFunc(rest, func(r rune) bool { return !unicode.IsLetter(r) })) <= 4 {
			if sameDay(ms[0].Date, fetched) {
				continue
			}
			return ms[0].Date
		}
	}
	return citewatch.Date{}
}

// urlDate reads a date from the page's address ("/2025/02/11/",
// "yjj2025021100871"), as a last resort.
func urlDate(u *url.URL) citewatch.Date {
	m := reURLDate.FindStringSubmatch(u.Path)
	if m == nil {
		return citewatch.Date{}
	}
	d := citewatch.DayDate(atoi(m[1]), time.Month(atoi(m[2])), atoi(m[3]))
	if d.Validate() != nil {
		return citewatch.Date{}
	}
	return d
}

func atoi(s string) int {
	n, _ := strconv.Atoi(s)
	return n
}

// metaDate reads a metadata date: ISO forms and the written forms of dates.Parse.
func metaDate(raw string) (citewatch.Date, bool) {
	return dates.Parse(raw, dates.Context{})
}

func normLang(l string) string {
	l = strings.ReplaceAll(strings.TrimSpace(l), "_", "-")
	if i := strings.IndexAny(l, ",;"); i >= 0 {
		l = l[:i]
	}
	return l
}

// pageContext decides what the page's sentences are read against: its
// subject treaty, the numeric date order, and the anchor for partial dates
// (a dateline, else the publication date).
func (x *Extractor) pageContext(doc *citewatch.Document, u *url.URL) page {
	host := strings.ToLower(u.Hostname())
	var subject string
	pg := page{}
	pg.treaty, subject, pg.treatyNames = readTreaties(doc.Title+"\n"+doc.Text, strings.HasSuffix(host, "coe.int") || strings.Contains(doc.Text, "Council of Europe") || strings.Contains(doc.Text, "Conseil de l"))
	if id, ok := treaties.FromURL(u.String()); ok {
		pg.subject = id
	}
	for _, m := range treaties.Find(doc.Title, pg.treaty) {
		if pg.subject != "" {
			break
		}
		// A title found only by its shape may be a headline's run of
		// capitals ("Country Ratifies New Convention"): the body decides.
		if !m.Generic && m.Name == "" {
			pg.subject = m.ID
			break
		}
	}
	if pg.subject == "" {
		pg.subject = subject
	}
	pg.treaty.Subject = pg.subject // "the Second Additional Protocol" is the subject's
	pg.union = unionOf(doc.Text, host)
	pg.dates.Order, pg.dates.OrderWhy = dateOrder(doc, host)
	pg.dates.Anchor, pg.dates.AnchorName = doc.Published, "publication date"
	if dl, ok := findDateline(doc, pg.dates); ok {
		doc.Dateline = dl
		pg.dates.Anchor, pg.dates.AnchorName = dl, "dateline"
		if doc.Published.IsZero() {
			pg.dates.AnchorName = "dateline"
		}
	}
	return pg
}

// otherUnions name a union other than the European Union by the word
// before "Union" ("the African Union") or after it ("l'Union
// africaine", "the Union of ...").
var otherUnions = struct{ before, after []string }{
	before: []string{"African", "Eurasian", "Postal", "Telecommunication", "Economic", "Customs", "Inter-Parliamentary"},
	after:  []string{"of", "africaine", "postale", "internationale", "économique", "interparlementaire"},
}

// unionOf returns the party "the Union" stands for on a page: the EU on an
// EU site, or on a page that names the European Union and no other union.
func unionOf(text, host string) string {
	if !strings.Contains(text, "Union") {
		return ""
	}
	eu := strings.HasSuffix(host, "europa.eu") || strings.Contains(text, "European Union") || strings.Contains(text, "Union européenne")
	if !eu || otherUnion(text) {
		return ""
	}
	return "EUE"
}

// otherUnion reports whether text names a union of otherUnions: the
// word "Union" with one of their words before or after it, apart from
// it by white space, each a whole word (as a regular expression's \b
// and \s read them).
func otherUnion(text string) bool {
	for from := 0; ; {
		i := strings.Index(text[from:], "Union")
		if i < 0 {
			return false
		}
		i += from
		from = i + len("Union")
		end := from
		if end < len(text) && asciiWord(text[end]) {
			continue // "Unions", "Unionist"
		}
		if b := trimSpaceRight(text[:i]); len(b) < i {
			for _, w := range otherUnions.before {
				if strings.HasSuffix(b, w) && (len(b) == len(w) || !asciiWord(b[len(b)-len(w)-1])) {
					return true
				}
			}
		}
		if i > 0 && asciiWord(text[i-1]) {
			continue
		}
		if a := trimSpaceLeft(text[end:]); len(a) < len(text)-end {
			for _, w := range otherUnions.after {
				if strings.HasPrefix(a, w) && (len(a) == len(w) || !asciiWord(a[len(w)])) {
					return true
				}
			}
		}
	}
}

// asciiWord reports whether c is a character \b counts as a word's.
func asciiWord(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_'
}

// trimSpaceRight and trimSpaceLeft take off the white space \s matches.
func trimSpaceRight(s string) string { return strings.TrimRight(s, " \t\n\f\r") }
func trimSpaceLeft(s string) string  { return strings.TrimLeft(s, " \t\n\f\r") }

// readTreaties reads the treaties a text names: the options its
// sentences are read with (Council of Europe series numbers where told,
// and the names the text defines for itself, "... Nuclear Weapons
// (TPNW)"), the treaty it names most (see mostNamed) and the titles of the
// treaties whose ids were derived from their titles.
func readTreaties(text string, councilOfEurope bool) (treaties.Options, string, map[string]string) {
	o := treaties.Options{CouncilOfEurope: councilOfEurope}
	ms := treaties.Find(text, o)
	if o.Aliases = treaties.Define(text, ms); !o.Aliases.Empty() {
		ms = treaties.Find(text, o)
	}
	subject, names := mostNamed(ms)
	return o, subject, names
}

// mostNamed returns the treaty named most often among ms, the first named
// on a tie, or "", with the titles of the treaties whose ids were derived
// from their titles. The first named counts once more, as a page names its
// subject first ("the Kigali Amendment to the Montreal Protocol" before
// more mentions of the Montreal Protocol). A treaty the name table knows
// is preferred to one found by the shape of its title, unless that one is
// named more than twice as often.
func mostNamed(ms []treaties.Mention) (string, map[string]string) {
	counts := map[string]int{}
	var names map[string]string
	known, found := "", ""
	for _, m := range ms {
		if m.Generic {
			continue
		}
		if len(counts) == 0 {
			counts[m.ID]++
		}
		counts[m.ID]++
		best := &known
		if m.Name != "" {
			if names == nil {
				names = map[string]string{}
			}
			if _, ok := names[m.ID]; !ok {
				names[m.ID] = m.Name
			}
			best = &found
		}
		if *best == "" || counts[m.ID] > counts[*best] {
			*best = m.ID
		}
	}
	if known == "" || found != "" && counts[found] > 2*counts[known] {
		return found, names
	}
	return known, names
}

// nameTreaties sets the title of each fact's treaty whose id was derived
// from it.
func nameTreaties(facts []citewatch.Fact, pg page) {
	for i := range facts {
		if n, ok := pg.treatyNames[facts[i].Treaty]; ok {
			facts[i].TreatyName = n
		}
	}
}

var (
	reNumericDate = regexp.MustCompile(`\b(\d{1,2})[./](\d{1,2})[./]\d{4}\b`)
	europeanTLD   = map[string]bool{"int": true, "eu": true, "uk": true, "fr": true, "de": true, "it": true, "es": true, "nl": true, "be": true, "ch": true, "at": true, "lt": true, "pl": true, "se": true, "no": true, "dk": true, "fi": true, "ie": true, "pt": true, "gr": true, "cz": true, "sk": true, "hu": true, "ro": true, "bg": true, "hr": true, "si": true, "ee": true, "lv": true, "is": true, "mt": true, "lu": true, "cy": true, "md": true, "ua": true, "ge": true, "am": true, "al": true, "rs": true, "me": true, "ad": true, "sm": true, "li": true, "mc": true, "jp": true, "ca": true, "au": true, "nz": true, "in": true}
)

// dateOrder decides how the page writes numeric dates: from the page's own
// unambiguous numeric dates first (a 25/09/2024 settles it), then from its
// language and host.
func dateOrder(doc *citewatch.Document, host string) (dates.Order, string) {
	dayFirst, monthFirst := 0, 0
	for _, m := range reNumericDate.FindAllStringSubmatch(doc.Text, 200) {
		a, b := number(m[1]), number(m[2])
		switch {
		case a > 12 && b <= 12:
			dayFirst++
		case b > 12 && a <= 12:
			monthFirst++
		}
	}
	switch {
	case dayFirst > 0 && monthFirst == 0:
		return dates.OrderDayFirst, "the page's other numeric dates are day-first"
	case monthFirst > 0 && dayFirst == 0:
		return dates.OrderMonthFirst, "the page's other numeric dates are month-first"
	}
	lang := strings.ToLower(doc.Language)
	tld := host[strings.LastIndexByte(host, '.')+1:]
	switch {
	case lang == "en-us" || tld == "gov" || tld == "mil" || tld == "us":
		return dates.OrderMonthFirst, "the page is American (" + host + ")"
	case europeanTLD[tld]:
		return dates.OrderDayFirst, "the page's site writes dates day-first (" + host + ")"
	case lang != "" && !strings.HasPrefix(lang, "en"):
		return dates.OrderDayFirst, "the page's language (" + lang + ") writes dates day-first"
	case lang == "en-gb":
		return dates.OrderDayFirst, "the page is British English"
	}
	return dates.OrderUnknown, ""
}

// findDateline looks for a wire dateline ("PARIS, Feb. 11 (Jiji Press)--",
// "Strasbourg, 5 September 2024 –") at the start of one of the first
// paragraphs.
func findDateline(doc *citewatch.Document, c dates.Context) (citewatch.Date, bool) {
	for i, p := range doc.Paragraphs {
		if i >= 4 {
			break
		}
		head := doc.Slice(p)
		if len(head) > 120 {
			head = head[:120]
		}
		ms := dates.Find(head, c)
		if len(ms) == 0 || ms[0].Ambiguous || ms[0].Date.Precision != citewatch.PrecisionDay {
			continue
		}
		m := ms[0]
		if m.Start == 0 && m.End < len(head) && (strings.HasPrefix(head[m.End:], " – ") || strings.HasPrefix(head[m.End:], " - ") || strings.HasPrefix(head[m.End:], " — ")) {
			return m.Date, true // "February 11, 2025 – Paris, France"
		}
		if !reDateline.MatchString(head[:m.Start]) {
			continue
		}
		rest := strings.TrimLeft(head[m.End:], " ")
		if strings.HasPrefix(rest, "(") {
			if j := strings.IndexByte(rest, ')'); j > 0 {
				rest = strings.TrimLeft(rest[j+1:], " ")
			}
		}
		if strings.HasPrefix(rest, "-") || strings.HasPrefix(rest, "–") || strings.HasPrefix(rest, "—") || strings.HasPrefix(rest, ":") || strings.HasPrefix(rest, "/") {
			return m.Date, true
		}
	}
	return citewatch.Date{}, false
}

// textFacts reads the facts of every sentence of the document. It returns
// ctx's error when ctx is done before it has read them all.
func (x *Extractor) textFacts(ctx context.Context, doc *citewatch.Document, pg page) ([]citewatch.Fact, error) {
	var out []citewatch.Fact
	fl := flow{asOf: statusAsOf(doc.Text, pg.dates)}
	var effective []citewatch.Fact // withdrawals dated by the day they take effect
	rows, tables := lineTables(doc, pg)
	for _, r := range rows {
		for _, st := range r.facts {
			f := st.fact(doc.URL, r.span, doc.Slice(r.span), ExtractorTable)
			f.AsOf = fl.asOf
			out = append(out, f)
		}
	}
	para, sectionLeft := 0, 0
	section := "" // the treaty the current subheading names
	read := 0     // bytes read since ctx was last checked
	for _, sp := range doc.Sentences {
		if read += sp.End - sp.Start; read >= ctxEvery {
			read = 0
			if err := ctx.Err(); err != nil {
				return nil, err
			}
		}
		for para < len(doc.Paragraphs) && doc.Paragraphs[para].End < sp.End {
			para++
			if sectionLeft--; sectionLeft <= 0 {
				fl.section = ""
			}
		}
		if in(tables, sp) {
			continue // a flattened table's rows, read above
		}
		s := doc.Slice(sp)
		if s == doc.Title || strings.HasPrefix(doc.Title, s+" ") || pg.headline(sp) {
			continue // the headline repeats what the body says, in headline tense
		}
		if ev, ok := heading(s); ok {
			fl.section, sectionLeft = ev, 3
			continue
		}
		if in(pg.subheads, sp) {
			// A subheading states no act; one naming a single treaty
			// ("Convention on Cybercrime (ETS No. 185)") says which treaty
			// the section below it is about.
			section = sectionTreaty(s, pg.treaty)
			continue
		}
		spg := pg
		if section != "" {
			spg.subject = section
		}
		for _, cl := range clauses(s, maxClause) {
			if read += cl.End - cl.Start; read >= ctxEvery {
				read = 0
				if err := ctx.Err(); err != nil {
					return nil, err
				}
			}
			csp := citewatch.Span{Start: sp.Start + cl.Start, End: sp.Start + cl.End}
			var facts []stated
			facts, fl = sentenceFacts(doc.Slice(csp), spg, fl)
			for _, st := range facts {
				out = append(out, st.fact(doc.URL, csp, doc.Slice(csp), ExtractorSentence))
				if st.effect {
					effective = append(effective, out[len(out)-1])
				}
			}
		}
	}
	return dropEchoes(dropNotices(out, effective)), nil
}

// dropNotices drops a party's withdrawal dated before the day the page says
// it takes effect: that earlier date is the notice's ("withdrew on 4 March;
// the withdrawal takes effect on 4 September"). A withdrawal dated longer
// before than a notice runs (citewatch.MaxWithdrawalNotice) is another one
// (a state that left, came back and left again).
func dropNotices(facts, effective []citewatch.Fact) []citewatch.Fact {
	if len(effective) == 0 {
		return facts
	}
	out := facts[:0]
	for _, f := range facts {
		notice := false
		for _, e := range effective {
			if f.Event == citewatch.EventDenounced && f.Treaty == e.Treaty && f.Party == e.Party && f.Party != "" &&
				!f.Date.IsZero() && f.Date.Time().Before(e.Date.Time()) && !strings.HasPrefix(e.Date.String(), f.Date.String()) &&
				citewatch.WithinWithdrawalNotice(e.Date, f.Date) {
				notice = true
			}
		}
		if !notice {
			out = append(out, f)
		}
	}
	return out
}

// dropEchoes drops a dated fact that another fact of the page states more
// precisely ("entered into force in 1999" beside "entered into force on 1
// March 1999"): it says nothing the other does not.
func dropEchoes(facts []citewatch.Fact) []citewatch.Fact {
	type what struct {
		treaty, party string
		event         citewatch.Event
		count         int
	}
	// finer holds, for each fact's key, the coarser forms of its dates:
	// "1999" and "1999-03" for 1999-03-01.
	finer := map[what]map[string]bool{}
	for _, f := range facts {
		d := f.Date.String()
		if f.Date.IsZero() || len(d) <= len("2006") {
			continue
		}
		k := what{f.Treaty, f.Party, f.Event, f.Count}
		if finer[k] == nil {
			finer[k] = map[string]bool{}
		}
		for _, n := range []int{len("2006"), len("2006-01")} {
			if n < len(d) {
				finer[k][d[:n]] = true
			}
		}
	}
	out := facts[:0]
	for _, f := range facts {
		if f.Date.IsZero() || !finer[what{f.Treaty, f.Party, f.Event, f.Count}][f.Date.String()] {
			out = append(out, f)
		}
	}
	return out
}

// ctxEvery is how many bytes of text textFacts reads between looks at its
// context: a few milliseconds' work.
const ctxEvery = 16 << 10

// sectionTreaty returns the one treaty a subheading names, or "".
func sectionTreaty(s string, o treaties.Options) string {
	id := ""
	for _, m := range treaties.Find(s, o) {
		if m.Generic {
			continue
		}
		if id != "" && m.ID != id {
			return ""
		}
		id = m.ID
	}
	return id
}

// in reports whether span sp lies within one of spans.
func in(spans []citewatch.Span, sp citewatch.Span) bool {
	for _, h := range spans {
		if sp.Start >= h.Start && sp.End <= h.End {
			return true
		}
	}
	return false
}

// heading reports whether a sentence is a short label naming an act
// ("Entry into force", "Opening of the treaty"), which then applies to the
// few paragraphs below it.
func heading(s string) (citewatch.Event, bool) {
	if len(s) > 40 || strings.ContainsAny(s, ".:0123456789") {
		return "", false
	}
	ts := findTriggers(s)
	if len(ts) != 1 || len(strings.Fields(s)) > 5 {
		return "", false
	}
	switch ts[0].event {
	case citewatch.EventEnteredIntoForce, citewatch.EventOpened, citewatch.EventAdopted:
		return ts[0].event, true
	}
	return "", false
}

func (st stated) fact(url string, sp citewatch.Span, quote, extractor string) citewatch.Fact {
	return citewatch.Fact{
		Treaty: st.treaty, Event: st.event, Party: st.party, Date: st.date, Place: st.place, Count: st.count, AsOf: st.asOf,
		Citation: citewatch.Citation{URL: url, Quote: quote, Span: sp, Extractor: extractor, ExtractorVersion: Version},
	}
}

// cite completes a fact's citation from the document and gives it its id.
func (x *Extractor) cite(f *citewatch.Fact, doc *citewatch.Document) {
	c := &f.Citation
	c.Title, c.Publisher = doc.Title, doc.Publisher
	c.WARCRecordID, c.FetchedAt, c.Published = doc.WARCRecordID, doc.FetchedAt, doc.Published
	c.Page = doc.PageOf(c.Span.Start)
	if f.AsOf.IsZero() && (f.Event == citewatch.EventSignatoryCount || f.Event == citewatch.EventPartyCount) {
		f.AsOf = f.Date
	}
	f.ID = f.StableID()
}
