package extract

import (
	"testing"

	"github.com/citewatch/citewatch"
)

// TestProposalsAndReferences checks that proposals, recommendations and
// decisions are no acts, that "the Union" is the EU only where the
// European Union is named, and that "the following month" counts from an
// earlier date, each on sentences of our own.
func TestProposalsAndReferences(t *testing.T) {
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

// TestSynonymsOfActs checks other verbs for acts (inked, put their
// signature to, went into effect, left), counts told after the act, and
// days named relative to a date or to the page, each on sentences of our own.
func TestSynonymsOfActs(t *testing.T) {
	pub := citewatch.DayDate(2019, 6, 20)
	checkRules(t, []ruleCase{
		{"inked is signed", "Peru inked the Paris Agreement on 22 April 2016.", pub,
			[]string{"UNTC-XXVII-7-d|signed|PER|2016-04-22"}},
		{"put their signature to", "Chile and Peru put their signatures to the Paris Agreement on 22 April 2016.", pub,
			[]string{"UNTC-XXVII-7-d|signed|CHL|2016-04-22", "UNTC-XXVII-7-d|signed|PER|2016-04-22"}},
		{"went into effect", "The Lanzarote Convention went into effect on 1 July 2010.", pub,
			[]string{"CETS-201|entered-into-force||2010-07-01"}},
		{"left it is a denunciation", "Ratified by Poland in 2015, the Istanbul Convention is a text Hungary never ratified; Türkiye left it in 2021.", pub,
			[]string{"CETS-210|ratified|POL|2015", "CETS-210|denounced|TUR|2021"}},
		{"a total of N after signatures", "On 4 May 2016, Chile, Peru and Spain signed the Paris Agreement, for a total of 3.", pub,
			[]string{"UNTC-XXVII-7-d|signed|CHL|2016-05-04", "UNTC-XXVII-7-d|signed|PER|2016-05-04", "UNTC-XXVII-7-d|signed|ESP|2016-05-04", "UNTC-XXVII-7-d|signatory-count||2016-05-04|n=3"}},
		{"N states put their signature to it that day", "The Lanzarote Convention was opened for signature on 25 October 2007. Twenty-three states put their signature to it that day.", pub,
			[]string{"CETS-201|opened-for-signature||2007-10-25", "CETS-201|signatory-count||2007-10-25|n=23"}},
		{"a weekday before a full date is that date", "Ouverte à la signature le mardi 25 octobre 2007 à Lanzarote, la Convention de Lanzarote a été signée le jour même par la Grèce et l'Autriche.", pub,
			[]string{"CETS-201|opened-for-signature||2007-10-25", "CETS-201|signed|GRC|2007-10-25", "CETS-201|signed|AUT|2007-10-25"}},
		{"N years ago today", "Ten years ago today, the Lanzarote Convention entered into force.", pub,
			[]string{"CETS-201|entered-into-force||2009-06-20"}},
		{"an entry into force told as done with its rule", "The Lanzarote Convention entered into force on 1 July 2010, once five states had ratified it.", pub,
			[]string{"CETS-201|entered-into-force||2010-07-01", "CETS-201|entry-into-force-condition||"}},
	})
}
