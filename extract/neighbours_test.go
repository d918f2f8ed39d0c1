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
