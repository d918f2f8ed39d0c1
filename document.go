package citewatch

import (
	"fmt"
	"time"
)

// Span is a half-open byte range [Start, End) into a Document's Text.
type Span struct {
	Start int `json:"start"`
	End   int `json:"end"`
}

// Document is what extraction makes of one snapshot: the page's metadata,
// its main text, and the paragraphs and sentences of that text as spans, so
// that every quote can be cut back out of Text exactly.
type Document struct {
	URL          string `json:"url"` // the source URL the snapshot was fetched for
	CanonicalURL string `json:"canonical_url,omitempty"`
	Title        string `json:"title,omitempty"`
	SiteName     string `json:"site_name,omitempty"`
	Publisher    string `json:"publisher,omitempty"`
	Author       string `json:"author,omitempty"`
	Language     string `json:"language,omitempty"` // BCP 47, e.g. "en", "fr"
	Kind         string `json:"kind,omitempty"`     // as Source.Kind, when the extractor can tell
	Published    Date   `json:"published,omitzero"`
	// PublishedFrom says where Published was read: "JSON-LD
	// datePublished", "meta article:published_time", "go-htmldate
	// (extensive search)", "the URL", ...
	PublishedFrom string `json:"published_from,omitempty"`
	// PublishedZone is the UTC offset the page gave with its publication
	// time ("-05:00"), empty when it gave none. Published is the day on
	// that offset's calendar.
	PublishedZone string    `json:"published_zone,omitempty"`
	Modified      Date      `json:"modified,omitzero"`
	Dateline      Date      `json:"dateline,omitzero"` // a wire story's dateline, when present
	FetchedAt     time.Time `json:"fetched_at,omitzero"`
	WARCRecordID  string    `json:"warc_record_id,omitempty"`
	PayloadDigest string    `json:"payload_digest,omitempty"`
	Text          string    `json:"text"`
	Paragraphs    []Span    `json:"paragraphs,omitempty"`
	Sentences     []Span    `json:"sentences,omitempty"`
	// Pages are the spans of a paged source's pages (a PDF) in Text, in
	// order; empty for a web page.
	Pages []Span `json:"pages,omitempty"`
}

// PageOf returns the 1-based page of a paged source that holds offset at,
// or 0 when the document has no pages or at lies outside them.
func (d *Document) PageOf(at int) int {
	for i, p := range d.Pages {
		if at >= p.Start && at < p.End {
			return i + 1
		}
	}
	return 0
}

// Slice returns the text of span sp, or "" when sp lies outside Text.
func (d *Document) Slice(sp Span) string {
	if sp.Start < 0 || sp.End > len(d.Text) || sp.Start > sp.End {
		return ""
	}
	return d.Text[sp.Start:sp.End]
}

// Validate checks that every span lies within Text.
func (d *Document) Validate() error {
	if err := ValidateURL(d.URL); err != nil {
		return err
	}
	for _, spans := range [][]Span{d.Paragraphs, d.Sentences} {
		for _, sp := range spans {
			if sp.Start < 0 || sp.End > len(d.Text) || sp.Start > sp.End {
				return fmt.Errorf("%w: document %s: span %v outside text of %d bytes", ErrInvalid, d.URL, sp, len(d.Text))
			}
		}
	}
	return nil
}

// Passage is a sentence or paragraph of an archived page, as the index
// serves it for evidence search.
type Passage struct {
	ID           string    `json:"id"`
	URL          string    `json:"url"`
	Title        string    `json:"title,omitempty"`
	WARCRecordID string    `json:"warc_record_id,omitempty"`
	FetchedAt    time.Time `json:"fetched_at,omitzero"`
	Published    Date      `json:"published,omitzero"`
	Kind         string    `json:"kind"` // "sentence" or "paragraph"
	Text         string    `json:"text"`
	Span         Span      `json:"span"` // into the Document's Text
	Score        float64   `json:"score,omitempty"`
}
