package extract

import (
	"slices"
	"testing"

	"github.com/citewatch/citewatch"
)

// neighbourCase is a text of our own whose facts take a date, an act or
// a party from a neighbouring clause or sentence, or from a relative
// date.
type neighbourCase struct {
	name, lang, text string
	want             []string
}

func checkNeighbours(t *testing.T, pub citewatch.Date, tests []neighbourCase) {
	t.Helper()
	x := New(testLogger())
	for _, tt := range tests {
		got := factKeys(x, tt.text, pub)
		want := slices.Clone(tt.want)
		slices.Sort(want)
		if !slices.Equal(got, want) {
			t.Errorf("%s (%s): FactsInText(%q) = %q, want %q", tt.name, tt.lang, tt.text, got, want)
		}
	}
}

// TestGappedClausesKeepTheirTreaty checks clauses that repeat an act
// without its verb ("...; Chile on 9 March"), in a sentence that names
// no treaty: they speak of the treaty of the act they repeat.
func TestGappedClausesKeepTheirTreaty(t *testing.T) {
	const paris = "UNTC-XXVII-7-d"
	pub := citewatch.DayDate(2025, 3, 14)
	checkNeighbours(t, pub, []neighbourCase{
		{"gapped clauses", "en", "The Paris Agreement was adopted in 2015. Chile and Peru deposited their instruments of acceptance on 3 March 2025; Spain on 5 March 2025; and Italy on 7 March 2025.",
			[]string{paris + "|adopted||2015", paris + "|accepted|CHL|2025-03-03", paris + "|accepted|ESP|2025-03-05", paris + "|accepted|ITA|2025-03-07", paris + "|accepted|PER|2025-03-03"}},
		{"gapped clauses", "fr", "L'Accord de Paris a été adopté en 2015. Le Chili a déposé son instrument d'acceptation le 3 mars 2025 ; l'Espagne le 5 mars 2025 ; et l'Italie le 7 mars 2025.",
			[]string{paris + "|adopted||2015", paris + "|accepted|CHL|2025-03-03", paris + "|accepted|ESP|2025-03-05", paris + "|accepted|ITA|2025-03-07"}},
		{"gapped clauses", "es", "El Acuerdo de París fue adoptado en 2015. Chile depositó su instrumento de aceptación el 3 de marzo de 2025; España el 5 de marzo de 2025; e Italia el 7 de marzo de 2025.",
			[]string{paris + "|adopted||2015", paris + "|accepted|CHL|2025-03-03", paris + "|accepted|ESP|2025-03-05", paris + "|accepted|ITA|2025-03-07"}},
		{"gapped clauses", "pt", "O Acordo de Paris foi adotado em 2015. O Chile depositou seu instrumento de aceitação em 3 de março de 2025; a Espanha em 5 de março de 2025; e a Itália em 7 de março de 2025.",
			[]string{paris + "|adopted||2015", paris + "|accepted|CHL|2025-03-03", paris + "|accepted|ESP|2025-03-05", paris + "|accepted|ITA|2025-03-07"}},
		{"gapped clauses", "it", "L'Accordo di Parigi è stato adottato nel 2015. Il Cile ha depositato il suo strumento di accettazione il 3 marzo 2025; la Spagna il 5 marzo 2025; e l'Italia il 7 marzo 2025.",
			[]string{paris + "|adopted||2015", paris + "|accepted|CHL|2025-03-03", paris + "|accepted|ESP|2025-03-05", paris + "|accepted|ITA|2025-03-07"}},
		{"gapped clauses", "de", "Es geht um das Pariser Abkommen. Ratifiziert haben es Chile am 3. März 2025; Spanien am 5. März 2025; und Italien am 7. März 2025.",
			[]string{paris + "|ratified|CHL|2025-03-03", paris + "|ratified|ESP|2025-03-05", paris + "|ratified|ITA|2025-03-07"}},
	})
}

// TestActsFromNeighbours checks acts whose date or act is told in the
// sentence before: "On that day, ..." after a sentence that told the
// day; "did likewise" and its kin after an act; a bare "deposited" after
// a consent; a weekday the text named with its date; a date told from an
// earlier one ("90 days later").
func TestActsFromNeighbours(t *testing.T) {
	const paris = "UNTC-XXVII-7-d"
	pub := citewatch.DayDate(2025, 3, 14) // a Friday
	checkNeighbours(t, pub, []neighbourCase{
		// "On that day" after the sentence that told the day.
		{"on that day", "en", "The Paris Agreement reached 50 parties on Tuesday, 4 March 2025. On that day, Chile and Peru deposited their instruments of ratification.",
			[]string{paris + "|party-count||2025-03-04|n=50", paris + "|ratified|CHL|2025-03-04", paris + "|ratified|PER|2025-03-04"}},
		{"on that day", "fr", "L'Accord de Paris a atteint 50 parties le 4 mars 2025. Ce jour-là, le Chili a déposé son instrument de ratification.",
			[]string{paris + "|party-count||2025-03-04|n=50", paris + "|ratified|CHL|2025-03-04"}},
		{"on that day", "es", "El Acuerdo de París alcanzó 50 partes el 4 de marzo de 2025. Ese mismo día, Chile depositó su instrumento de ratificación.",
			[]string{paris + "|party-count||2025-03-04|n=50", paris + "|ratified|CHL|2025-03-04"}},
		{"on that day", "de", "Das Pariser Abkommen wurde am 4. März 2025 von Peru ratifiziert. Am selben Tag ratifizierte Chile das Pariser Abkommen.",
			[]string{paris + "|ratified|CHL|2025-03-04", paris + "|ratified|PER|2025-03-04"}},
		{"on that day", "it", "L'Accordo di Parigi è stato ratificato dal Perù il 4 marzo 2025. Lo stesso giorno il Cile ha ratificato l'Accordo di Parigi.",
			[]string{paris + "|ratified|CHL|2025-03-04", paris + "|ratified|PER|2025-03-04"}},
		{"on that day", "pt", "O Acordo de Paris foi ratificado pelo Peru em 4 de março de 2025. No mesmo dia, o Chile ratificou o Acordo de Paris.",
			[]string{paris + "|ratified|CHL|2025-03-04", paris + "|ratified|PER|2025-03-04"}},
		{"on that day", "ja", "2025年3月4日、ペルーはパリ協定を批准した。同日、チリもパリ協定を批准した。",
			[]string{paris + "|ratified|CHL|2025-03-04", paris + "|ratified|PER|2025-03-04"}},
		// An act told by pointing back at the act before.
		{"did likewise", "en", "Peru withdrew from the Paris Agreement on 3 March 2025. On 10 March, Chile did likewise.",
			[]string{paris + "|denounced|CHL|2025-03-10", paris + "|denounced|PER|2025-03-03"}},
		{"took similar steps", "fr", "Le Pérou s'est retiré de l'Accord de Paris le 3 mars 2025. Le 10 mars, le Chili a pris des mesures similaires.",
			[]string{paris + "|denounced|CHL|2025-03-10", paris + "|denounced|PER|2025-03-03"}},
		{"did the same", "es", "Perú ratificó el Acuerdo de París el 3 de marzo de 2025. El 10 de marzo, Chile hizo lo mismo.",
			[]string{paris + "|ratified|CHL|2025-03-10", paris + "|ratified|PER|2025-03-03"}},
		{"did the same", "de", "Peru ratifizierte das Pariser Abkommen am 3. März 2025. Am 10. März tat Chile dasselbe.",
			[]string{paris + "|ratified|CHL|2025-03-10", paris + "|ratified|PER|2025-03-03"}},
		{"did the same", "it", "Il Perù ha ratificato l'Accordo di Parigi il 3 marzo 2025. Il 10 marzo il Cile ha fatto lo stesso.",
			[]string{paris + "|ratified|CHL|2025-03-10", paris + "|ratified|PER|2025-03-03"}},
		{"did the same", "pt", "O Peru ratificou o Acordo de Paris em 3 de março de 2025. Em 10 de março, o Chile fez o mesmo.",
			[]string{paris + "|ratified|CHL|2025-03-10", paris + "|ratified|PER|2025-03-03"}},
		{"followed suit in the same sentence", "en", "Peru ratified the Paris Agreement on 3 March 2025 and Chile followed suit on 10 March 2025.",
			[]string{paris + "|ratified|CHL|2025-03-10", paris + "|ratified|PER|2025-03-03"}},
		// A bare "deposited" after a consent, on weekdays the text named
		// with their dates; a clause without its verb after "and".
		{"deposited on a named weekday", "en", "Chile, Peru and Spain deposited their instruments of ratification of the Paris Agreement. The deposits were made on Monday, 3 March and Tuesday, 4 March 2025. Chile deposited on Monday and Peru on Tuesday, and Spain did likewise on Tuesday.",
			[]string{paris + "|ratified|CHL|2025-03-03", paris + "|ratified|ESP|2025-03-04", paris + "|ratified|PER|2025-03-04"}},
		{"deposited on a named weekday", "fr", "Le Chili et le Pérou ont ratifié l'Accord de Paris. Les dépôts ont eu lieu le lundi 3 mars et le mardi 4 mars 2025. Le Chili a déposé lundi et le Pérou mardi.",
			[]string{paris + "|ratified|CHL|2025-03-03", paris + "|ratified|CHL||asof=2025-03-14", paris + "|ratified|PER|2025-03-04", paris + "|ratified|PER||asof=2025-03-14"}},
		{"deposited on a named weekday", "es", "Chile y Perú ratificaron el Acuerdo de París. Los depósitos fueron el lunes 3 de marzo y el martes 4 de marzo de 2025. Chile depositó el lunes y Perú el martes.",
			[]string{paris + "|ratified|CHL|2025-03-03", paris + "|ratified|CHL||asof=2025-03-14", paris + "|ratified|PER|2025-03-04", paris + "|ratified|PER||asof=2025-03-14"}},
		{"deposited on a named weekday", "de", "Chile und Peru ratifizierten das Pariser Abkommen. Die Hinterlegungen erfolgten am Montag, 3. März, und Dienstag, 4. März 2025. Chile hinterlegte am Montag und Peru am Dienstag.",
			[]string{paris + "|ratified|CHL|2025-03-03", paris + "|ratified|CHL||asof=2025-03-14", paris + "|ratified|PER|2025-03-04", paris + "|ratified|PER||asof=2025-03-14"}},
		{"deposited on a named weekday", "it", "Il Cile e il Perù hanno ratificato l'Accordo di Parigi. I depositi sono avvenuti lunedì 3 marzo e martedì 4 marzo 2025. Il Cile ha depositato lunedì e il Perù martedì.",
			[]string{paris + "|ratified|CHL|2025-03-03", paris + "|ratified|CHL||asof=2025-03-14", paris + "|ratified|PER|2025-03-04", paris + "|ratified|PER||asof=2025-03-14"}},
		{"deposited on a named weekday", "pt", "O Chile e o Peru ratificaram o Acordo de Paris. Os depósitos ocorreram na segunda-feira, 3 de março, e na terça-feira, 4 de março de 2025. O Chile depositou na segunda-feira e o Peru na terça-feira.",
			[]string{paris + "|ratified|CHL|2025-03-03", paris + "|ratified|CHL||asof=2025-03-14", paris + "|ratified|PER|2025-03-04", paris + "|ratified|PER||asof=2025-03-14"}},
		// A date told from the one the sentence before told.
		{"enters into force 90 days later", "en", "The Paris Agreement reached 50 parties on 24 October 2020. It enters into force 90 days later.",
			[]string{paris + "|entered-into-force||2021-01-22", paris + "|party-count||2020-10-24|n=50"}},
		{"enters into force 90 days later", "fr", "L'Accord de Paris a atteint 50 parties le 24 octobre 2020. Il entre en vigueur 90 jours plus tard.",
			[]string{paris + "|entered-into-force||2021-01-22", paris + "|party-count||2020-10-24|n=50"}},
		{"enters into force 90 days later", "es", "El Acuerdo de París alcanzó 50 partes el 24 de octubre de 2020. Entra en vigor 90 días después.",
			[]string{paris + "|entered-into-force||2021-01-22", paris + "|party-count||2020-10-24|n=50"}},
		{"enters into force 90 days later", "de", "Peru ratifizierte das Pariser Abkommen am 24. Oktober 2020. Das Abkommen ist 90 Tage später in Kraft getreten.",
			[]string{paris + "|entered-into-force||2021-01-22", paris + "|ratified|PER|2020-10-24"}},
		{"enters into force 90 days later", "it", "Il Perù ha ratificato l'Accordo di Parigi il 24 ottobre 2020. L'Accordo di Parigi entra in vigore 90 giorni dopo.",
			[]string{paris + "|entered-into-force||2021-01-22", paris + "|ratified|PER|2020-10-24"}},
		{"enters into force 90 days later", "pt", "O Peru ratificou o Acordo de Paris em 24 de outubro de 2020. O Acordo entra em vigor 90 dias depois.",
			[]string{paris + "|entered-into-force||2021-01-22", paris + "|ratified|PER|2020-10-24"}},
		{"enters into force 90 days later", "ja", "2020年10月24日、ペルーはパリ協定を批准した。パリ協定は90日後に発効する。",
			[]string{paris + "|entered-into-force||2021-01-22", paris + "|ratified|PER|2020-10-24"}},
		{"opened the same year", "en", "The Paris Agreement was adopted in Paris in 2015 and opened for signature the same year.",
			[]string{paris + "|adopted||2015", paris + "|opened-for-signature||2015"}},
		// Not facts: no day told before "that day"; a rule of entry into
		// force with no date to count from.
		{"that day with no day before", "en", "Chile deposited its instrument of ratification of the Paris Agreement on that day.", nil},
		{"90 days after an act, no date", "en", "The Paris Agreement enters into force 90 days after the deposit of the 50th instrument.", nil},
	})
}
