package extract

import (
	"context"
	"mime"
	"net/url"
	"strings"
	"time"

	"github.com/citewatch/citewatch"
)

// plainText reports whether a Content-Type names a plain-text page.
func plainText(contentType string) bool {
	mt, _, err := mime.ParseMediaType(contentType)
	return err == nil && mt == "text/plain"
}

// maxTitle is the longest first line of a plain-text page taken as its title.
const maxTitle = 200

// extractPlain reads a plain-text page: one paragraph per line, the first
// short line as its title. Its metadata comes from the response (a
// Content-Language, a Last-Modified) and the hints, since the text has none
// of its own; its facts are read as on any page.
func (x *Extractor) extractPlain(ctx context.Context, s citewatch.Snapshot, h Hints, src string) (*citewatch.Document, []citewatch.Fact, error) {
	u, _ := url.Parse(s.Target())
	doc := &citewatch.Document{
		URL: s.URL, WARCRecordID: s.WARCRecordID, FetchedAt: s.FetchedAt, PayloadDigest: s.PayloadDigest,
	}
	var b textBuilder
	for line := range strings.Lines(src) {
		if strings.TrimSpace(line) == "" {
			continue
		}
		b.addParagraph(strings.Join(strings.Fields(line), " "), false)
	}
	layOut(doc, &b)
	doc.Language = normLang(firstNonEmpty(firstHeader(s.Header, "Content-Language"), h.Language))
	doc.Published = h.Published
	if s.LastModified != "" {
		if t, err := time.Parse(time.RFC1123, s.LastModified); err == nil {
			doc.Modified = citewatch.DayDate(t.Year(), t.Month(), t.Day())
		}
	}
	facts, err := x.docFacts(ctx, doc, u)
	if err != nil {
		return nil, nil, err
	}
	return doc, facts, nil
}

// layOut sets a text document's text, paragraphs and sentences from b, and
// its title, when it has none, from a short first paragraph that reads as
// a headline.
func layOut(doc *citewatch.Document, b *textBuilder) {
	doc.Text = b.text.String()
	doc.Paragraphs = b.paras
	for _, p := range doc.Paragraphs {
		doc.Sentences = splitSentences(doc.Text, p, doc.Sentences)
	}
	if doc.Title == "" && len(doc.Paragraphs) > 0 {
		// A first line that ends with a full stop is the body's first
		// sentence (a page whose headline was not kept), not a title.
		if first := doc.Slice(doc.Paragraphs[0]); len(first) <= maxTitle && !strings.HasSuffix(first, ".") {
			doc.Title = first
		}
	}
}

// docFacts reads the facts of a document laid out from a plain-text page
// or a PDF, with their citations.
func (x *Extractor) docFacts(ctx context.Context, doc *citewatch.Document, u *url.URL) ([]citewatch.Fact, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	pg := x.pageContext(doc, u)
	facts, err := x.textFacts(ctx, doc, pg)
	if err != nil {
		return nil, err
	}
	nameTreaties(facts, pg)
	for i := range facts {
		x.cite(&facts[i], doc)
	}
	return facts, nil
}
