package extract

import (
	"testing"

	"github.com/citewatch/citewatch"
)

// TestWithdrawalNoticeSent reads a paper sent about a withdrawal as its
// notice, not the withdrawal, in each language.
func TestWithdrawalNoticeSent(t *testing.T) {
	pub := citewatch.DayDate(2025, 3, 5)
	checkRules(t, []ruleCase{
		{name: "en", pub: pub, text: "Latvia submitted a document on its withdrawal from the Ottawa Convention on 10 July 2025.", want: []string{}},
		{name: "fr", pub: pub, text: "Le 10 juillet 2025, la Lettonie a transmis une note relative à son retrait de la Convention d'Ottawa.", want: []string{}},
		{name: "es", pub: pub, text: "Letonia presentó una nota sobre su retiro de la Convención de Ottawa el 10 de julio de 2025.", want: []string{}},
		{name: "it", pub: pub, text: "La Lettonia ha inviato una lettera sul recesso dalla Convenzione di Ottawa il 10 luglio 2025.", want: []string{}},
		{name: "pt", pub: pub, text: "A Letônia apresentou um documento sobre a retirada da Convenção de Ottawa em 10 de julho de 2025.", want: []string{}},
		{name: "the withdrawal itself", pub: pub, text: "Latvia's withdrawal from the Ottawa Convention took effect on 10 July 2025.",
			want: []string{"UNTC-XXVI-5|denounced|LVA|2025-07-10"}},
	})
}

// TestWithdrawalTakingEffect keeps, of a party's withdrawal, the day the
// page says it takes effect: an earlier day the page gives it is its
// notice's.
func TestWithdrawalTakingEffect(t *testing.T) {
	pub := citewatch.DayDate(2025, 9, 4)
	checkRules(t, []ruleCase{
		{name: "en", pub: pub,
			text: "Latvia left the Ottawa Convention on 4 March 2025. Six months on, Latvia's withdrawal from the Ottawa Convention takes effect on 4 September 2025.",
			want: []string{"UNTC-XXVI-5|denounced|LVA|2025-09-04"}},
		{name: "fr", pub: pub,
			text: "La Lettonie s'est retirée de la Convention d'Ottawa le 4 mars 2025. Le retrait de la Lettonie de la Convention d'Ottawa prend effet le 4 septembre 2025.",
			want: []string{"UNTC-XXVI-5|denounced|LVA|2025-09-04"}},
		{name: "another party's withdrawal stays", pub: pub,
			text: "Estonia left the Ottawa Convention on 4 March 2025. Latvia's withdrawal from the Ottawa Convention takes effect on 4 September 2025.",
			want: []string{"UNTC-XXVI-5|denounced|LVA|2025-09-04", "UNTC-XXVI-5|denounced|EST|2025-03-04"}},
		{name: "a withdrawal years before is another one, not the notice", pub: pub,
			text: "Latvia left the Ottawa Convention on 4 March 2019. Latvia's withdrawal from the Ottawa Convention takes effect on 4 September 2025.",
			want: []string{"UNTC-XXVI-5|denounced|LVA|2025-09-04", "UNTC-XXVI-5|denounced|LVA|2019-03-04"}},
	})
}

// TestCoarseEcho drops a fact that another fact of the page states more
// precisely, and keeps facts whose dates differ.
func TestCoarseEcho(t *testing.T) {
	pub := citewatch.DayDate(2020, 7, 1)
	checkRules(t, []ruleCase{
		{name: "year beside day", pub: pub,
			text: "The Minamata Convention took effect on 16 August 2017. Trade in mercury has fallen a great deal after it came into force in 2017.",
			want: []string{"UNTC-XXVII-17|entered-into-force||2017-08-16"}},
		{name: "another year stays", pub: pub,
			text: "The Minamata Convention took effect on 16 August 2017. Peru ratified it in 2016.",
			want: []string{"UNTC-XXVII-17|entered-into-force||2017-08-16", "UNTC-XXVII-17|ratified|PER|2016"}},
	})
}

// TestCountWhenMet dates a count told in a clause of time ("when 50
// parties had ratified it") by the day just before that clause.
func TestCountWhenMet(t *testing.T) {
	checkRules(t, []ruleCase{
		{name: "en", pub: citewatch.DayDate(2017, 6, 1),
			text: "Entry into force of the Minamata Convention is set for 16 August 2017, its condition having been fulfilled on 18 May 2017, when it was ratified by 50 parties.",
			want: []string{"UNTC-XXVII-17|entered-into-force||2017-08-16", "UNTC-XXVII-17|party-count||2017-05-18|n=50"}},
	})
}
