package extract

import (
	"testing"

	"github.com/citewatch/citewatch"
)

// TestCountWordings checks the ways pages state how many parties or
// signatories a treaty has, and the ways they state numbers that are not
// such counts, each on sentences of our own in the languages the way of
// writing concerns.
func TestCountWordings(t *testing.T) {
	pub := citewatch.DayDate(2025, 3, 14)
	const mina, esc = "UNTC-XXVII-17", "UNTC-XXVII-18"
	checkRules(t, []ruleCase{
		// A count told in the perfect, dated by the sentence or the page.
		{name: "had become Contracting Parties, by a date", pub: pub,
			text: "By 3 March 2010, 52 countries had become Contracting Parties to the Minamata Convention.",
			want: []string{mina + "|party-count||2010-03-03|n=52"}},
		{name: "have joined the treaty", pub: pub,
			text: "So far 150 States have joined the Minamata Convention.",
			want: []string{mina + "|party-count||2025-03-14|n=150"}},
		{name: "are parties to the treaty, told in the present", pub: pub,
			text: "Currently, 151 States are parties to the Minamata Convention.",
			want: []string{mina + "|party-count||2025-03-14|n=151"}},
		{name: "parties to talks are no count", pub: pub,
			text: "In 2013, 140 states were parties to the negotiations on the Minamata Convention.",
			want: nil},
		{name: "the number of ratifications reached N, past a long title", pub: pub,
			text: "The number of ratifications of the Minamata Convention on Mercury reached 50 on 18 May 2017.",
			want: []string{mina + "|party-count||2017-05-18|n=50"}},
		{name: "have joined something else is no count", pub: pub,
			text: "So far 150 States have joined the coalition that backs the Minamata Convention.",
			want: nil},
		{name: "have deposited their instruments", pub: pub,
			text: "Up to now, 48 countries have deposited their instruments of ratification of the Minamata Convention.",
			want: []string{mina + "|party-count||2025-03-14|n=48"}},
		{name: "ont adhéré", pub: pub,
			text: "À ce jour, 48 pays ont adhéré à la Convention de Minamata.",
			want: []string{mina + "|party-count||2025-03-14|n=48"}},
		{name: "se han adherido", pub: pub,
			text: "A día de hoy, 48 países se han adherido al Convenio de Minamata.",
			want: []string{mina + "|party-count||2025-03-14|n=48"}},
		{name: "hanno ratificato", pub: pub,
			text: "Finora 48 paesi hanno ratificato la Convenzione di Minamata.",
			want: []string{mina + "|party-count||2025-03-14|n=48"}},
		{name: "já aderiram", pub: pub,
			text: "Até hoje, 48 países têm aderido à Convenção de Minamata.",
			want: []string{mina + "|party-count||2025-03-14|n=48"}},
		{name: "a count told done beside entry into force is no rule", pub: pub,
			text: "The Minamata Convention, in force since 2017, has been ratified by 120 states.",
			want: []string{mina + "|entered-into-force||2017", mina + "|party-count||2025-03-14|n=120"}},
		// A French count of two words is read whole, never as its unit.
		{name: "trente-huit États parties", pub: pub,
			text: "À ce jour, la Convention de Minamata compte trente-huit États parties.",
			want: []string{mina + "|party-count||2025-03-14|n=38"}},
		{name: "soixante et onze signataires", pub: pub,
			text: "La Convention de Minamata réunit désormais soixante et onze signataires.",
			want: []string{mina + "|signatory-count||2025-03-14|n=71"}},
		{name: "portant à quatre-vingt-deux", pub: pub,
			text: "Le 14 mars 2025, la Grèce a ratifié la Convention de Minamata, portant à quatre-vingt-deux le nombre d'États parties.",
			want: []string{mina + "|ratified|GRC|2025-03-14", mina + "|party-count||2025-03-14|n=82"}},
		{name: "a count beside a rule of entry into force", pub: pub,
			text: "La Convention de Minamata compte désormais 90 signataires, mais il lui faut encore la ratification de 50 pays pour son entrée en vigueur.",
			want: []string{mina + "|signatory-count||2025-03-14|n=90"}},

		// A threshold told reached is the count on the day it was.
		{name: "a threshold reached in a month", pub: pub,
			text: "The Minamata Convention needed 50 ratifications to take effect, a threshold it reached in May 2017.",
			want: []string{mina + "|party-count||2017-05|n=50"}},
		{name: "reached the required number on a fronted date", pub: pub,
			text: "On 18 May 2017 the Minamata Convention reached the 50 States Parties required to bring it into force.",
			want: []string{mina + "|party-count||2017-05-18|n=50"}},
		{name: "atteint le seuil", pub: pub,
			text: "Le 18 mai 2017, la Convention de Minamata a atteint le seuil de 50 parties.",
			want: []string{mina + "|party-count||2017-05-18|n=50"}},
		{name: "alcanzó el umbral", pub: pub,
			text: "El 18 de mayo de 2017 el Convenio de Minamata alcanzó el umbral de 50 ratificaciones.",
			want: []string{mina + "|party-count||2017-05-18|n=50"}},
		{name: "raggiunto la soglia, undated", pub: pub,
			text: "La Convenzione di Minamata ha raggiunto la soglia di 50 ratifiche necessarie.",
			want: nil},
		{name: "a threshold not yet reached", pub: pub,
			text: "The Minamata Convention takes effect once it has reached the required 50 ratifications.",
			want: []string{mina + "|entry-into-force-condition||"}},
		{name: "a minimum reached is no count", pub: pub,
			text: "The Minamata Convention needed at least 50 Parties and reached that threshold on 18 May 2017.",
			want: nil},

		// A rank among the states that acted.
		{name: "the Nth future Party", pub: pub,
			text: "Chile deposited its instrument of ratification on 3 March 2017, thereby becoming the 45th future Party to the Minamata Convention.",
			want: []string{mina + "|ratified|CHL|2017-03-03", mina + "|party-count||2017-03-03|n=45"}},
		{name: "a range of ranks", pub: pub,
			text: "On 3 March 2017 Peru, Chile and Spain ratified the Minamata Convention, becoming the 42nd to 44th Parties.",
			want: []string{mina + "|ratified|PER|2017-03-03", mina + "|ratified|CHL|2017-03-03", mina + "|ratified|ESP|2017-03-03", mina + "|party-count||2017-03-03|n=44"}},
		{name: "an undated rank is no count", pub: pub,
			text: "Peru ratified the Minamata Convention, becoming its 44th Party.",
			want: []string{mina + "|ratified|PER||asof=2025-03-14"}},
		{name: "el décimo país en hacerlo", pub: pub,
			text: "Chile ratificó el Acuerdo de Escazú el 3 de marzo de 2020, convirtiéndose en el décimo país en hacerlo.",
			want: []string{esc + "|ratified|CHL|2020-03-03", esc + "|party-count||2020-03-03|n=10"}},
		{name: "le dixième pays à le faire", pub: pub,
			text: "Le Chili a ratifié l'Accord d'Escazú le 3 mars 2020, devenant le dixième pays à le faire.",
			want: []string{esc + "|ratified|CHL|2020-03-03", esc + "|party-count||2020-03-03|n=10"}},
		{name: "il decimo paese a farlo", pub: pub,
			text: "Il Cile ha ratificato l'Accordo di Escazú il 3 marzo 2020, il decimo paese a farlo.",
			want: []string{esc + "|ratified|CHL|2020-03-03", esc + "|party-count||2020-03-03|n=10"}},
		{name: "o décimo país a fazê-lo", pub: pub,
			text: "O Chile ratificou o Acordo de Escazú em 3 de março de 2020, o décimo país a fazê-lo.",
			want: []string{esc + "|ratified|CHL|2020-03-03", esc + "|party-count||2020-03-03|n=10"}},
		{name: "als zehnter Staat", pub: pub,
			text: "Chile hat das Escazú-Abkommen am 3. März 2020 als zehnter Staat ratifiziert.",
			want: []string{esc + "|ratified|CHL|2020-03-03", esc + "|party-count||2020-03-03|n=10"}},
		{name: "the first ratification is no rank of states", pub: pub,
			text: "On 3 March 2019 came the first ratification of the Escazú Agreement, by Guyana.",
			want: []string{esc + "|ratified|GUY|2019-03-03"}},

		// The number a group of acts brings the total to.
		{name: "bringing to N that day the number", pub: pub,
			text: "Chile, Peru and Spain deposited their instruments of ratification of the Minamata Convention on 18 May 2017, bringing to 50 that day the number of Parties.",
			want: []string{mina + "|ratified|CHL|2017-05-18", mina + "|ratified|PER|2017-05-18", mina + "|ratified|ESP|2017-05-18", mina + "|party-count||2017-05-18|n=50"}},
		{name: "elevando a N el número", pub: pub,
			text: "Chile ratificó el Convenio de Minamata el 18 de mayo de 2017, elevando a 50 el número de Estados Partes.",
			want: []string{mina + "|ratified|CHL|2017-05-18", mina + "|party-count||2017-05-18|n=50"}},
		{name: "portando a N il numero", pub: pub,
			text: "Il Cile ha ratificato la Convenzione di Minamata il 18 maggio 2017, portando a 50 il numero delle parti.",
			want: []string{mina + "|ratified|CHL|2017-05-18", mina + "|party-count||2017-05-18|n=50"}},
	})
}
