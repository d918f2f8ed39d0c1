package verify

import (
	"time"

	"github.com/citewatch/citewatch"
)

// Report is the outcome of verifying one document.
type Report struct {
	Document *citewatch.CitingDocument `json:"document"`
	Checked  time.Time                 `json:"checked,omitzero"`
	Claims   []ClaimResult             `json:"claims"`
	// Problems are the document's problems and one per cited source that
	// could not be read, in line order.
	Problems []citewatch.Problem `json:"problems,omitempty"`
	// Sources describes each reference's source as checked, in reference
	// order: what a citation of it needs.
	Sources []SourceInfo `json:"sources,omitempty"`
}

// SourceInfo is what the check knew of one cited source: its title and
// date, when it was fetched (the access date), where the copy checked is
// archived, its link health, and the archived copy a web archive gave when
// the source is gone.
type SourceInfo struct {
	Ref          string             `json:"ref"`
	URL          string             `json:"url"`
	Title        string             `json:"title,omitempty"`
	Published    citewatch.Date     `json:"published,omitzero"`
	Fetched      time.Time          `json:"fetched,omitzero"`
	WARCFile     string             `json:"warc_file,omitempty"`
	WARCRecordID string             `json:"warc_record_id,omitempty"`
	Health       citewatch.Health   `json:"health,omitempty"`
	Memento      *citewatch.Memento `json:"memento,omitempty"`
	// ArchiveURL and AccessDate are what the document's own citation gave.
	ArchiveURL string `json:"archive_url,omitempty"`
	AccessDate string `json:"access_date,omitempty"`
}

// ClaimResult is what verification found for one claim.
type ClaimResult struct {
	Claim citewatch.Claim `json:"claim"` // with its Assertions read
	// Verdicts has one verdict per reference the claim cites, in marker order.
	Verdicts []citewatch.Verdict `json:"verdicts"`
	// Beyond lists other indexed sources that support or contradict the
	// claim; their Ref is empty.
	Beyond  []citewatch.Verdict `json:"beyond,omitempty"`
	Overall citewatch.Label     `json:"overall"`
}

// AllSupported reports whether the document has claims and every one is
// supported: the exit status 0 of `citewatch verify`.
func (r *Report) AllSupported() bool {
	if len(r.Claims) == 0 {
		return false
	}
	for _, c := range r.Claims {
		if c.Overall != citewatch.Supported {
			return false
		}
	}
	return true
}
