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
		{"an organ's decision concluding a treaty is not its adoption", "On 12 March 2019 the Council adopted the decision concluding the Lanzarote Convention on behalf of the Union.", pub, nil},
		{"a treaty adopted by a decision is still adopted", "The Lanzarote Convention was adopted on 12 July 2007 by the Committee of Ministers.", pub,
			[]string{"CETS-201|adopted||2007-07-12"}},
		{"the Union is the EU where the European Union is named", "The European Union welcomes the Lanzarote Convention. The Union signed the Lanzarote Convention on 3 March 2015.", pub,
			[]string{"CETS-201|signed|EUE|2015-03-03"}},
		{"l'Union est l'UE là où l'Union européenne est nommée", "L'Union européenne soutient la Convention de Lanzarote. L'Union a signé la Convention de Lanzarote le 3 mars 2015.", pub,
			[]string{"CETS-201|signed|EUE|2015-03-03"}},
		{"the Union is no party where another union is named", "The African Union and the European Union met. The Union signed the Lanzarote Convention on 3 March 2015.", pub,
			nil},
		{"the following month after an earlier date", "The Lanzarote Convention was opened for signature in October 2007, and Greece became the first state to ratify it the following March.", pub,
			[]string{"CETS-201|opened-for-signature||2007-10", "CETS-201|ratified|GRC|2008-03", "CETS-201|party-count||2008-03|n=1"}},
	})
}
