package citewatch

import "fmt"

// Reference is one entry of a document's reference list.
type Reference struct {
	N     string `json:"n"` // the marker's label: "3", or a footnote name
	URL   string `json:"url"`
	Label string `json:"label,omitempty"` // any text beside the URL
	Line  int    `json:"line,omitempty"`  // 1-based line in the document
	// ArchiveURL and AccessDate are what the document itself says of the
	// source, where it says it (a wiki citation's archive-url and
	// access-date), as written.
	ArchiveURL string `json:"archive_url,omitempty"`
	AccessDate string `json:"access_date,omitempty"`
}

// Assertion is what a claim asserts, read with the same extractors as
// facts. Any field may be empty.
type Assertion struct {
	Treaty string `json:"treaty,omitempty"`
	Event  Event  `json:"event,omitempty"`
	Party  string `json:"party,omitempty"`
	Date   Date   `json:"date,omitzero"`
	Place  string `json:"place,omitempty"`
	Count  int    `json:"count"`
}

// Claim is a sentence or clause of a document that cites sources.
type Claim struct {
	ID         string      `json:"id"`
	Text       string      `json:"text"`
	Line       int         `json:"line,omitempty"`
	Refs       []string    `json:"refs"` // reference labels, in marker order
	Assertions []Assertion `json:"assertions,omitempty"`
	Words      []string    `json:"words,omitempty"` // content words
}

// Validate checks the claim has text and cites something.
func (c Claim) Validate() error {
	if c.Text == "" {
		return fmt.Errorf("%w: claim %s: empty text", ErrInvalid, c.ID)
	}
	if len(c.Refs) == 0 {
		return fmt.Errorf("%w: claim %s: cites nothing", ErrInvalid, c.ID)
	}
	return nil
}

// Label is a verdict's finding.
type Label string

// Verdict labels.
const (
	Supported          Label = "supported"
	PartiallySupported Label = "partially-supported"
	Contradicted       Label = "contradicted"
	NotInSource        Label = "not-in-source"
	SourceUnavailable  Label = "source-unavailable"
)

// Labels lists every Label.
var Labels = []Label{Supported, PartiallySupported, Contradicted, NotInSource, SourceUnavailable}

// Evidence is a passage that bears on a claim, with what it says.
type Evidence struct {
	Quote        string  `json:"quote"`
	URL          string  `json:"url"`
	WARCRecordID string  `json:"warc_record_id,omitempty"`
	Span         Span    `json:"span"`
	Score        float64 `json:"score,omitempty"`
	Fact         *Fact   `json:"fact,omitempty"` // the fact the passage states, when one matched
	// Title is true when the quote is the page's title, not a sentence of
	// its text: all the page offered on the claim.
	Title bool `json:"title,omitempty"`
}

// Verdict is the finding for one claim against one of the sources it cites.
type Verdict struct {
	ClaimID string `json:"claim_id"`
	Ref     string `json:"ref"` // reference label; empty for a source beyond the cited ones
	URL     string `json:"url"`
	Label   Label  `json:"label"`
	Reason  string `json:"reason"` // in words: "the source says 5 September 2024; the claim says September 2023"
	// Unbacked lists, in words, what the claim asserts that the source
	// does not back ("adopted in May 2024"), for a verdict short of
	// supported.
	Unbacked []string   `json:"unbacked,omitempty"`
	Evidence []Evidence `json:"evidence,omitempty"`
	// Memento is the archived copy the verdict was read from when the
	// source itself is gone: its address and when it was archived.
	Memento *Memento `json:"memento,omitempty"`
}

// Memento is an archived copy of a web page (RFC 7089).
type Memento struct {
	URL      string `json:"url"`
	Datetime string `json:"datetime,omitempty"` // as the archive gives it (an HTTP date)
}

// Validate checks the verdict has a known label and a reason.
func (v Verdict) Validate() error {
	switch v.Label {
	case Supported, PartiallySupported, Contradicted, NotInSource, SourceUnavailable:
	default:
		return fmt.Errorf("%w: verdict for claim %s: unknown label %q", ErrInvalid, v.ClaimID, v.Label)
	}
	if v.Reason == "" {
		return fmt.Errorf("%w: verdict for claim %s: no reason", ErrInvalid, v.ClaimID)
	}
	return nil
}
