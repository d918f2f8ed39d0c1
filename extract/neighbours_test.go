package extract

import (
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
		expectFacts(t, x, tt.name+" ("+tt.lang+")", tt.text, pub, tt.want)
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
// earlier one ("30 days later").
func TestActsFromNeighbours(t *testing.T) {
	const paris = "UNTC-XXVII-7-d"
	pub := citewatch.DayDate(2025, 3, 14) // a Friday
	checkNeighbours(t, pub, []neighbourCase{
		// "On that day" after the sentence that told the day.
		{"on that day", "en", "The Paris Agreement reached 70 parties on Tuesday, 4 March 2025. On that day, Chile and Peru deposited their instruments of ratification.",
			[]string{paris + "|party-count||2025-03-04|n=70", paris + "|ratified|CHL|2025-03-04", paris + "|ratified|PER|2025-03-04"}},
		{"on that day", "fr", "L'Accord de Paris a atteint 70 parties le 4 mars 2025. Ce jour-là, le Chili a déposé son instrument de ratification.",
			[]string{paris + "|party-count||2025-03-04|n=70", paris + "|ratified|CHL|2025-03-04"}},
		{"on that day", "es", "El Acuerdo de París alcanzó 70 partes el 4 de marzo de 2025. Ese mismo día, Chile depositó su instrumento de ratificación.",
			[]string{paris + "|party-count||2025-03-04|n=70", paris + "|ratified|CHL|2025-03-04"}},
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
		{"deposited on a named weekday", "en", "Chile, Peru and Spain deposited their instruments of ratification of the Paris Agreement. The two deposits fell on Monday, 3 March and Tuesday, 4 March 2025. Chile deposited on Monday and Peru on Tuesday, and Spain did likewise on Tuesday.",
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
		{"enters into force 30 days later", "en", "The Paris Agreement reached 40 parties on 4 March 2019. It enters into force 30 days later.",
			[]string{paris + "|entered-into-force||2019-04-03", paris + "|party-count||2019-03-04|n=40"}},
		{"enters into force 30 days later", "fr", "L'Accord de Paris a atteint 40 parties le 4 mars 2019. Il entre en vigueur 30 jours plus tard.",
			[]string{paris + "|entered-into-force||2019-04-03", paris + "|party-count||2019-03-04|n=40"}},
		{"enters into force 30 days later", "es", "El Acuerdo de París alcanzó 40 partes el 4 de marzo de 2019. Entra en vigor 30 días después.",
			[]string{paris + "|entered-into-force||2019-04-03", paris + "|party-count||2019-03-04|n=40"}},
		{"enters into force 30 days later", "de", "Peru ratifizierte das Pariser Abkommen am 4. März 2019. Das Abkommen ist 30 Tage später in Kraft getreten.",
			[]string{paris + "|entered-into-force||2019-04-03", paris + "|ratified|PER|2019-03-04"}},
		{"enters into force 30 days later", "it", "Il Perù ha ratificato l'Accordo di Parigi il 4 marzo 2019. L'Accordo di Parigi entra in vigore 30 giorni dopo.",
			[]string{paris + "|entered-into-force||2019-04-03", paris + "|ratified|PER|2019-03-04"}},
		{"enters into force 30 days later", "pt", "O Peru ratificou o Acordo de Paris em 4 de março de 2019. O Acordo entra em vigor 30 dias depois.",
			[]string{paris + "|entered-into-force||2019-04-03", paris + "|ratified|PER|2019-03-04"}},
		{"enters into force 30 days later", "ja", "2019年3月4日、ペルーはパリ協定を批准した。パリ協定は30日後に発効する。",
			[]string{paris + "|entered-into-force||2019-04-03", paris + "|ratified|PER|2019-03-04"}},
		{"opened the same year", "en", "The Paris Agreement was adopted in Paris in 2015 and opened for signature the same year.",
			[]string{paris + "|adopted||2015", paris + "|opened-for-signature||2015"}},
		// Not facts: no day told before "that day"; a rule of entry into
		// force with no date to count from.
		{"that day with no day before", "en", "Chile deposited its instrument of ratification of the Paris Agreement on that day.", nil},
		{"30 days after an act, no date", "en", "The Paris Agreement enters into force 30 days after the deposit of the 40th instrument.", nil},
	})
}

// TestDatesFromNeighbouringClauses checks dates and parties that belong
// to an act told in a neighbouring clause: a date that opens the next
// act's clause; a clause of time right after a date; a party told after
// "after" with its own date; an act done "by several", which takes no
// party of another act.
func TestDatesFromNeighbouringClauses(t *testing.T) {
	const paris = "UNTC-XXVII-7-d"
	pub := citewatch.DayDate(2025, 2, 7) // a Friday
	checkNeighbours(t, pub, []neighbourCase{
		{"a date opening the next act's clause", "en", "Once the instruments of both states were lodged, on 8 August 2019 the Paris Agreement entered into force.",
			[]string{paris + "|entered-into-force||2019-08-08"}},
		{"a date opening the next act's clause", "es", "Una vez depositados los instrumentos de ambos Estados, el 8 de agosto de 2019 el Acuerdo de París entró en vigor.",
			[]string{paris + "|entered-into-force||2019-08-08"}},
		{"a date opening the next act's clause", "fr", "Une fois les instruments des deux États déposés, le 8 août 2019 l'Accord de Paris est entré en vigueur.",
			[]string{paris + "|entered-into-force||2019-08-08", paris + "|entry-into-force-condition||"}}, // read as the rule, and the day it was met
		{"a date opening the next act's clause", "it", "Una volta depositati gli strumenti dei due Stati, l'8 agosto 2019 l'Accordo di Parigi è entrato in vigore.",
			[]string{paris + "|entered-into-force||2019-08-08"}},
		{"a date opening the next act's clause", "pt", "Depositados os instrumentos dos dois Estados, em 8 de agosto de 2019 o Acordo de Paris entrou em vigor.",
			[]string{paris + "|entered-into-force||2019-08-08"}},
		{"a clause of time after a date", "en", "The second condition of the Paris Agreement was fulfilled on 9 October 2008 when Norway ratified it.",
			[]string{paris + "|ratified|NOR|2008-10-09"}},
		{"a clause of time after a date", "fr", "La seconde condition de l'Accord de Paris a été remplie le 9 octobre 2008 lorsque la Norvège l'a ratifié.",
			[]string{paris + "|ratified|NOR|2008-10-09"}},
		{"a clause of time after a date", "es", "La segunda condición del Acuerdo de París se cumplió el 9 de octubre de 2008 cuando Noruega lo ratificó.",
			[]string{paris + "|ratified|NOR|2008-10-09"}},
		{"a clause of time after a date", "it", "La seconda condizione dell'Accordo di Parigi è stata soddisfatta il 9 ottobre 2008 quando la Norvegia lo ha ratificato.",
			[]string{paris + "|ratified|NOR|2008-10-09"}},
		{"a clause of time after a date", "pt", "A segunda condição do Acordo de Paris foi cumprida em 9 de outubro de 2008 quando a Noruega o ratificou.",
			[]string{paris + "|ratified|NOR|2008-10-09"}},
		{"an earlier act in a clause of time takes no date", "en", "The Paris Agreement entered into force on 4 November 2016, when Chile had already ratified it.",
			[]string{paris + "|entered-into-force||2016-11-04", paris + "|ratified|CHL||asof=2025-02-07"}},
		{"a party after after, with its own date", "en", "After Chile on Monday, Peru ratified the Paris Agreement on Thursday.",
			[]string{paris + "|ratified|CHL|2025-02-03", paris + "|ratified|PER|2025-02-06"}},
		{"a party after after, with its own date", "fr", "Après le Chili lundi, le Pérou a ratifié l'Accord de Paris jeudi.",
			[]string{paris + "|ratified|CHL|2025-02-03", paris + "|ratified|PER|2025-02-06"}},
		{"a party after after, with its own date", "es", "Después de Chile el lunes, Perú ratificó el Acuerdo de París el jueves.",
			[]string{paris + "|ratified|CHL|2025-02-03", paris + "|ratified|PER|2025-02-06"}},
		{"a party after after, with its own date", "de", "Nach Chile am Montag ratifizierte Peru das Pariser Abkommen am Donnerstag.",
			[]string{paris + "|ratified|CHL|2025-02-03", paris + "|ratified|PER|2025-02-06"}},
		{"a party after after, with its own date", "it", "Dopo il Cile lunedì, il Perù ha ratificato l'Accordo di Parigi giovedì.",
			[]string{paris + "|ratified|CHL|2025-02-03", paris + "|ratified|PER|2025-02-06"}},
		{"a party after after, with its own date", "pt", "Depois do Chile na segunda-feira, o Peru ratificou o Acordo de Paris na quinta-feira.",
			[]string{paris + "|ratified|CHL|2025-02-03", paris + "|ratified|PER|2025-02-06"}},
		{"signed by several", "fr", "Signé par plusieurs, l'Accord de Paris a été ratifié par le Chili le 3 février 2025.",
			[]string{paris + "|ratified|CHL|2025-02-03"}},
		{"signed by several", "en", "Signed by several, the Paris Agreement was ratified by Chile on 3 February 2025.",
			[]string{paris + "|ratified|CHL|2025-02-03"}},
	})
}

// TestActsASpanFromAnother checks acts told a span of days or weeks
// after or before another act of the sentence, and a count in a clause
// of time right after a date.
func TestActsASpanFromAnother(t *testing.T) {
	const paris = "UNTC-XXVII-7-d"
	pub := citewatch.DayDate(2025, 2, 7)
	checkNeighbours(t, pub, []neighbourCase{
		{"two days after another act", "en", "On 12 May 2019, Peru ratified the Paris Agreement, two days after Chile and Fiji lodged their instruments of ratification.",
			[]string{paris + "|ratified|CHL|2019-05-10", paris + "|ratified|FJI|2019-05-10", paris + "|ratified|PER|2019-05-12"}},
		{"a week before another act", "en", "Peru ratified the Paris Agreement on 12 May 2019, a week before Chile ratified it.",
			[]string{paris + "|ratified|CHL|2019-05-19", paris + "|ratified|PER|2019-05-12"}},
		{"two days after another act", "fr", "Le 12 mai 2019, le Pérou a ratifié l'Accord de Paris, deux jours après que le Chili l'a ratifié.",
			[]string{paris + "|ratified|CHL|2019-05-10", paris + "|ratified|PER|2019-05-12"}},
		{"two days after another act", "es", "El 12 de mayo de 2019, Perú ratificó el Acuerdo de París, dos días después de que Chile lo ratificó.",
			[]string{paris + "|ratified|CHL|2019-05-10", paris + "|ratified|PER|2019-05-12"}},
		{"two days after another act", "de", "Am 12. Mai 2019 ratifizierte Peru das Pariser Abkommen, zwei Tage nachdem Chile es ratifiziert hatte.",
			[]string{paris + "|ratified|CHL|2019-05-10", paris + "|ratified|PER|2019-05-12"}},
		{"two days after another act", "it", "Il 12 maggio 2019 il Perù ha ratificato l'Accordo di Parigi, due giorni dopo che il Cile lo ha ratificato.",
			[]string{paris + "|ratified|CHL|2019-05-10", paris + "|ratified|PER|2019-05-12"}},
		{"two days after another act", "pt", "Em 12 de maio de 2019, o Peru ratificou o Acordo de Paris, dois dias depois que o Chile o ratificou.",
			[]string{paris + "|ratified|CHL|2019-05-10", paris + "|ratified|PER|2019-05-12"}},
		{"a count in a clause of time after a date", "en", "The Paris Agreement takes effect on 1 March 2020; its condition was fulfilled on 2 December 2019, when it had 40 parties.",
			[]string{paris + "|entered-into-force||2020-03-01", paris + "|party-count||2019-12-02|n=40"}},
		// Not facts: a span from an act with no date.
		{"a span from an undated act", "en", "Peru ratified the Paris Agreement two days after Chile did.",
			[]string{paris + "|ratified|CHL||asof=2025-02-07", paris + "|ratified|PER||asof=2025-02-07"}},
	})
}

// TestNotUntil checks a negated act told done at last on a date: "did
// not ratify it until 2019" is a ratification in 2019; a future one is
// an aim still.
func TestNotUntil(t *testing.T) {
	const paris = "UNTC-XXVII-7-d"
	pub := citewatch.DayDate(2025, 2, 7)
	checkNeighbours(t, pub, []neighbourCase{
		{"not until", "en", "Peru signed the Paris Agreement in 2016 but did not ratify it until 2019.",
			[]string{paris + "|ratified|PER|2019", paris + "|signed|PER|2016"}},
		{"not until", "fr", "Le Pérou a signé l'Accord de Paris en 2016 mais ne l'a ratifié qu'en 2019.",
			[]string{paris + "|ratified|PER|2019", paris + "|signed|PER|2016"}},
		{"not until", "es", "Perú firmó el Acuerdo de París en 2016 pero no lo ratificó hasta 2019.",
			[]string{paris + "|ratified|PER|2019", paris + "|signed|PER|2016"}},
		{"not until", "it", "Il Perù ha firmato l'Accordo di Parigi nel 2016 ma non l'ha ratificato fino al 2019.",
			[]string{paris + "|ratified|PER|2019", paris + "|signed|PER|2016"}},
		{"not until", "pt", "O Peru assinou o Acordo de Paris em 2016, mas não o ratificou até 2019.",
			[]string{paris + "|ratified|PER|2019", paris + "|signed|PER|2016"}},
		{"a future not until is an aim", "en", "Peru will not ratify the Paris Agreement until 2030.", nil},
		{"not until no date", "en", "Peru did not ratify the Paris Agreement until its parliament agreed.", nil},
	})
}
