package extract

import (
	"testing"

	"github.com/citewatch/citewatch"
)

// TestHeldOut2MoreRules checks the general rules added for the second
// held-out set's remaining failures, each on sentences of its own.
func TestHeldOut2MoreRules(t *testing.T) {
	pub := citewatch.DayDate(2019, 6, 20)
	checkRules(t, []ruleCase{
		{"a proposal to sign is no signature", "The cabinet has proposed that Portugal sign the Lanzarote Convention.", pub, nil},
		{"a recommendation to ratify is no ratification", "The minister recommended that Estonia ratify the Lanzarote Convention.", pub, nil},
		{"a decision to sign is no signature", "Parliament decided that Estonia sign the Lanzarote Convention.", pub, nil},
		{"an announced withdrawal is no denunciation", "Poland announced its withdrawal from the Istanbul Convention on 25 July 2020.", pub, nil},
	})
}
