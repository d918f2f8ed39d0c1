package extract

import (
	"context"
	"fmt"
	"net/url"
	"strings"
	"time"

	"github.com/citewatch/citewatch"
	"github.com/citewatch/citewatch/internal/pdftext"
)

// isPDF reports whether a snapshot is a PDF: by its Content-Type, or by
// its first bytes when the type says nothing useful.
func isPDF(contentType string, body []byte) bool {
	mt := strings.ToLower(strings.TrimSpace(strings.Split(contentType, ";")[0]))
	switch mt {
	case "application/pdf", "application/x-pdf":
		return true
	case "", "application/octet-stream", "binary/octet-stream", "application/download", "application/force-download":
		return pdftext.IsPDF(body)
	}
	return false
}

// extractPDF reads a PDF source: its text page by page (each page's spans
// kept, so every fact's citation names its page), its metadata (title,
// author, creation date as the publication date), and its facts, read as
// on any page. A PDF with no text layer or one that needs a password is
// an error wrapping citewatch.ErrInvalid that says so.
func (x *Extractor) extractPDF(ctx context.Context, s citewatch.Snapshot, h Hints) (*citewatch.Document, []citewatch.Fact, error) {
	target := s.Target()
	pdf, err := pdftext.Read(ctx, s.Body)
	if err != nil {
		if ctx.Err() != nil {
			return nil, nil, ctx.Err()
		}
		return nil, nil, fmt.Errorf("%w: extract: %s: %v", citewatch.ErrInvalid, target, err)
	}
	if pdf.Truncated {
		x.log.Warn().Str("url", target).Int("pages", len(pdf.Pages)).Msg("PDF truncated to the extraction limit")
	}
	u, _ := url.Parse(target)
	doc := &citewatch.Document{
		URL: s.URL, WARCRecordID: s.WARCRecordID, FetchedAt: s.FetchedAt, PayloadDigest: s.PayloadDigest,
		Title: pdf.Title, Author: pdf.Author, Kind: "pdf",
	}
	var b textBuilder
	for _, page := range pdf.Pages {
		first := len(b.paras)
		for _, para := range pdftext.Paragraphs(page) {
			b.addParagraph(para, false)
		}
		if len(b.paras) == first {
			doc.Pages = append(doc.Pages, citewatch.Span{Start: b.text.Len(), End: b.text.Len()})
			continue
		}
		doc.Pages = append(doc.Pages, citewatch.Span{Start: b.paras[first].Start, End: b.paras[len(b.paras)-1].End})
	}
	layOut(doc, &b)
	if y, m, d, ok := pdftext.Date(pdf.Created); ok && m > 0 && d > 0 {
		doc.Published = citewatch.DayDate(y, time.Month(m), d)
	} else {
		doc.Published = h.Published
	}
	if y, m, d, ok := pdftext.Date(pdf.Modified); ok && m > 0 && d > 0 {
		doc.Modified = citewatch.DayDate(y, time.Month(m), d)
	}
	doc.Language = normLang(firstNonEmpty(firstHeader(s.Header, "Content-Language"), h.Language))
	facts, err := x.docFacts(ctx, doc, u)
	if err != nil {
		return nil, nil, err
	}
	return doc, facts, nil
}
