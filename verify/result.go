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
