package citewatch

import (
	"fmt"
	"time"
)

// FetchOutcome is what one fetch attempt sequence ended in.
type FetchOutcome string

// Fetch outcomes recorded in the catalog.
const (
	OutcomeFetched   FetchOutcome = "fetched"  // a new payload was archived
	OutcomeRevisit   FetchOutcome = "revisit"  // 304 or identical payload: a revisit record, no re-extraction
	OutcomeImported  FetchOutcome = "imported" // a copy a user saved, added with `archive add`
	OutcomeFailed    FetchOutcome = "failed"   // no usable response; Health says why
	OutcomeRobots    FetchOutcome = "robots"   // disallowed by robots.txt, nothing fetched
	OutcomeRefused   FetchOutcome = "refused"  // address refused (private, loopback, metadata)
	OutcomeReplayed  FetchOutcome = "replayed" // answered from a WARC given with --replay
	OutcomeNotInWARC FetchOutcome = "not-in-warc"
	// OutcomeMemento is an archived copy (an RFC 7089 memento) of a source
	// that is gone, fetched from a web archive: FinalURL is the memento's
	// address and the Memento-Datetime header says when it was archived.
	// It says nothing of the link's own health.
	OutcomeMemento FetchOutcome = "memento"
)

// Snapshot is one archived fetch of a source: the response as it was
// received, where it is stored, and what the fetch ended in. Body is only
// set while a snapshot travels from crawl to extract; the catalog keeps
// everything else.
type Snapshot struct {
	URL           string              `json:"url"`                 // the URL asked for
	FinalURL      string              `json:"final_url,omitempty"` // after redirects
	Redirects     []string            `json:"redirects,omitempty"` // each hop, in order, excluding FinalURL
	Status        int                 `json:"status,omitempty"`
	FetchedAt     time.Time           `json:"fetched_at"`
	Header        map[string][]string `json:"header,omitempty"`
	ContentType   string              `json:"content_type,omitempty"`
	ETag          string              `json:"etag,omitempty"`
	LastModified  string              `json:"last_modified,omitempty"`
	PayloadDigest string              `json:"payload_digest,omitempty"` // "sha1:BASE32", as in WARC
	WARCFile      string              `json:"warc_file,omitempty"`      // base name within the archive folder
	WARCOffset    int64               `json:"warc_offset,omitempty"`    // of the response (or revisit) record
	WARCRecordID  string              `json:"warc_record_id,omitempty"` // "<urn:uuid:...>"
	Outcome       FetchOutcome        `json:"outcome"`
	Health        Health              `json:"health,omitempty"`
	Attempts      int                 `json:"attempts,omitempty"`
	Error         string              `json:"error,omitempty"`
	Body          []byte              `json:"-"`
}

// Validate checks the fields every stored snapshot must have.
func (s Snapshot) Validate() error {
	if err := ValidateURL(s.URL); err != nil {
		return err
	}
	if s.FetchedAt.IsZero() {
		return fmt.Errorf("%w: snapshot of %s: no fetch time", ErrInvalid, s.URL)
	}
	if s.Outcome == "" {
		return fmt.Errorf("%w: snapshot of %s: no outcome", ErrInvalid, s.URL)
	}
	return nil
}

// Target returns the URL whose content the snapshot holds: FinalURL when
// the fetch was redirected, URL otherwise.
func (s Snapshot) Target() string {
	if s.FinalURL != "" {
		return s.FinalURL
	}
	return s.URL
}
