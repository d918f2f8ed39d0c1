package extract

import (
	"testing"

	"github.com/citewatch/citewatch"
)

// TestWithdrawalWordings checks the ways pages state a withdrawal, done or
// fixed to take effect on a day, and the ways they state aims that are
// not withdrawals, each on sentences of our own in the languages the way
// of writing concerns.
func TestWithdrawalWordings(t *testing.T) {
	pub := citewatch.DayDate(2025, 3, 14)
	const paris = "UNTC-XXVII-7-d"
	checkRules(t, []ruleCase{
		{name: "removed itself from", pub: pub,
			text: "On 4 March 2021 Peru removed itself from the Paris Agreement for good.",
			want: []string{paris + "|denounced|PER|2021-03-04"}},
		{name: "exit, told done", pub: pub,
			text: "The government let Peru exit the Paris Agreement in March 2021.",
			want: []string{paris + "|denounced|PER|2021-03"}},
		{name: "will exit on a fixed date", pub: pub,
			text: "Under the law passed last year, Peru will exit the Paris Agreement in February 2026.",
			want: []string{paris + "|denounced|PER|2026-02"}},
		{name: "an aim to exit", pub: pub,
			text: "Peru plans to exit the Paris Agreement in 2026.",
			want: nil},
		{name: "a withdrawal on a condition", pub: pub,
			text: "Peru will withdraw from the Paris Agreement if the vote passes in March 2026.",
			want: nil},
		{name: "a future withdrawal with no date", pub: pub,
			text: "Peru will withdraw from the Paris Agreement.",
			want: nil},
		{name: "ended its participation in a treaty", pub: pub,
			text: "Peru formally ended its participation in the Paris Agreement on 8 March 2025.",
			want: []string{paris + "|denounced|PER|2025-03-08"}},
		{name: "ended its participation on a day", pub: pub,
			text: "Peru ended its participation on 8 March 2025, after a vote in its congress.",
			want: nil},
		{name: "ended its participation in something else", pub: pub,
			text: "Peru ended its participation in the talks on the Paris Agreement on 8 March 2025.",
			want: nil},
		{name: "left a treaty's talks", pub: pub,
			text: "Peru left the Paris Agreement talks early on 3 March 2025.",
			want: nil},
		{name: "quit a treaty's meeting", pub: pub,
			text: "The delegation of Chile quit the Paris Agreement meeting on 3 March 2025.",
			want: nil},
		{name: "ended its membership in a treaty's group", pub: pub,
			text: "Chile ended its membership in the Paris Agreement working group on 3 March 2025.",
			want: nil},
		{name: "Verhandlungen über einen Vertrag verlassen", pub: pub,
			text: "Deutschland hat die Verhandlungen über das Pariser Abkommen am 3. März 2025 verlassen.",
			want: nil},
		{name: "no longer bound", pub: pub,
			text: "As of 2 March 2026, Peru will no longer be bound by the Paris Agreement.",
			want: []string{paris + "|denounced|PER|2026-03-02"}},
		{name: "a day told first", pub: pub,
			text: "From 2 March 2026 onwards, Peru will no longer be bound by the Paris Agreement.",
			want: []string{paris + "|denounced|PER|2026-03-02"}},
		{name: "a day told first, then a condition", pub: pub,
			text: "From 2 March 2026, Peru will no longer be bound by the Paris Agreement if its senate agrees.",
			want: nil},
		{name: "cease to be bound", pub: pub,
			text: "Peru will cease to be bound by the Paris Agreement on 2 March 2026.",
			want: []string{paris + "|denounced|PER|2026-03-02"}},
		{name: "cessera d'être lié", pub: pub,
			text: "Le Pérou cessera d'être lié par l'Accord de Paris le 2 mars 2026.",
			want: []string{paris + "|denounced|PER|2026-03-02"}},
		{name: "dejará de estar vinculado", pub: pub,
			text: "Perú dejará de estar vinculado por el Acuerdo de París el 2 de marzo de 2026.",
			want: []string{paris + "|denounced|PER|2026-03-02"}},
		{name: "nicht mehr gebunden", pub: pub,
			text: "Peru ist ab dem 2. März 2026 nicht mehr an das Pariser Abkommen gebunden.",
			want: []string{paris + "|denounced|PER|2026-03-02"}},
		{name: "non sarà più vincolato", pub: pub,
			text: "Il 2 marzo 2026 il Perù non sarà più vincolato dall'Accordo di Parigi.",
			want: []string{paris + "|denounced|PER|2026-03-02"}},
		{name: "deixará de estar vinculado", pub: pub,
			text: "O Peru deixará de estar vinculado ao Acordo de Paris em 2 de março de 2026.",
			want: []string{paris + "|denounced|PER|2026-03-02"}},
	})
}

// TestCapitalsStandingForStates checks that a capital is read as its
// state where a sentence makes it the one that acts, and as a city
// everywhere else.
func TestCapitalsStandingForStates(t *testing.T) {
	pub := citewatch.DayDate(2025, 3, 14)
	const paris, ctbt = "UNTC-XXVII-7-d", "UNTC-XXVI-4"
	checkRules(t, []ruleCase{
		{name: "the subject of an act", pub: pub,
			text: "Peru and Chile signed the Paris Agreement in 2016, but while Moscow ratified it in 2019, Washington never did.",
			want: []string{paris + "|signed|PER|2016", paris + "|signed|CHL|2016", paris + "|ratified|RUS|2019"}},
		{name: "the agent of an act", pub: pub,
			text: "The Paris Agreement was ratified by Beijing on 3 September 2016.",
			want: []string{paris + "|ratified|CHN|2016-09-03"}},
		{name: "the one that deposited an instrument", pub: pub,
			text: "Brussels deposited the Union's instrument of approval of the Paris Agreement on 5 October 2016.",
			want: []string{paris + "|approved|EUE|2016-10-05"}},
		{name: "par la capitale", pub: pub,
			text: "La ratification en 2001 du Traité d'interdiction complète des essais nucléaires par Moscou a été révoquée.",
			want: []string{ctbt + "|ratified|RUS|2001"}},
		{name: "el sujeto", pub: pub,
			text: "Pekín ratificó el Acuerdo de París el 3 de septiembre de 2016.",
			want: []string{paris + "|ratified|CHN|2016-09-03"}},
		{name: "withdrawal by a capital", pub: pub,
			text: "Its notice period over, Moscow will cease to be bound by the Paris Agreement on 2 March 2026.",
			want: []string{paris + "|denounced|RUS|2026-03-02"}},
		{name: "a city where an act took place", pub: pub,
			text: "The Paris Agreement was signed in Moscow on 22 April 2016.",
			want: []string{paris + "|opened-for-signature||2016-04-22"}},
		{name: "a capital that welcomed an act", pub: pub,
			text: "The Paris Agreement was ratified on 3 September 2016, a step welcomed by Washington.",
			want: []string{}},
		{name: "a capital that hosted talks", pub: pub,
			text: "The Paris Agreement was ratified in 2016 after talks hosted by Beijing.",
			want: []string{}},
		{name: "a capital that praised a ratification", pub: pub,
			text: "The ratification of the Paris Agreement in 2016 was praised by Berlin.",
			want: []string{}},
		{name: "une capitale qui salue", pub: pub,
			text: "La ratification de l'Accord de Paris en 2016 a été saluée par Berlin.",
			want: []string{}},
		{name: "une décision saluée par une capitale", pub: pub,
			text: "L'Accord de Paris a été ratifié en 2016, une décision saluée par Berlin.",
			want: []string{}},
		{name: "una medida elogiada por una capital", pub: pub,
			text: "El Acuerdo de París fue ratificado en 2016, una medida elogiada por Madrid.",
			want: []string{}},
		{name: "a capital that speaks", pub: pub,
			text: "Moscow said on 3 March 2025 that talks in Paris on the Minamata Convention had stalled.",
			want: nil},
		{name: "a treaty named after a city", pub: pub,
			text: "Chile ratified the Paris Agreement on 10 February 2017.",
			want: []string{paris + "|ratified|CHL|2017-02-10"}},
	})
}
