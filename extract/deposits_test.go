package extract

import (
	"testing"

	"github.com/citewatch/citewatch"
)

// TestPassiveDeposits reads instruments deposited by states named after
// "by" in the passive, however long the subject before the verb.
func TestPassiveDeposits(t *testing.T) {
	pub := citewatch.DayDate(2024, 6, 1)
	checkRules(t, []ruleCase{
		{name: "en", pub: pub,
			text: "The last instruments of acceptance of the Minamata Convention, which completed the number it needed, were deposited by Chile, Ghana and Peru on 3 May 2024.",
			want: []string{"UNTC-XXVII-17|accepted|CHL|2024-05-03", "UNTC-XXVII-17|accepted|GHA|2024-05-03", "UNTC-XXVII-17|accepted|PER|2024-05-03"}},
		{name: "fr", pub: pub,
			text: "Les instruments de ratification de la Convention de Minamata ont été déposés par le Chili et le Pérou le 3 mai 2024.",
			want: []string{"UNTC-XXVII-17|ratified|CHL|2024-05-03", "UNTC-XXVII-17|ratified|PER|2024-05-03"}},
		{name: "es", pub: pub,
			text: "Los instrumentos de ratificación del Convenio de Minamata fueron depositados por Chile y Perú el 3 de mayo de 2024.",
			want: []string{"UNTC-XXVII-17|ratified|CHL|2024-05-03", "UNTC-XXVII-17|ratified|PER|2024-05-03"}},
		{name: "it", pub: pub,
			text: "Gli strumenti di ratifica della Convenzione di Minamata sono stati depositati da Cile e Perù il 3 maggio 2024.",
			want: []string{"UNTC-XXVII-17|ratified|CHL|2024-05-03", "UNTC-XXVII-17|ratified|PER|2024-05-03"}},
		{name: "pt", pub: pub,
			text: "Os instrumentos de ratificação da Convenção de Minamata foram depositados por Chile e Peru em 3 de maio de 2024.",
			want: []string{"UNTC-XXVII-17|ratified|CHL|2024-05-03", "UNTC-XXVII-17|ratified|PER|2024-05-03"}},
	})
}

// TestListBetweenDashes reads a list of states set between dashes as part
// of the subject it explains, however long the list.
func TestListBetweenDashes(t *testing.T) {
	pub := citewatch.DayDate(2024, 6, 1)
	checkRules(t, []ruleCase{
		{name: "en", pub: pub,
			text: "On 3 May 2024, the EU and five of its member States – Austria, Belgium, Estonia, Ireland and Sweden – deposited their instruments of ratification of the Minamata Convention in New York.",
			want: []string{"UNTC-XXVII-17|ratified|EUE|2024-05-03", "UNTC-XXVII-17|ratified|AUT|2024-05-03", "UNTC-XXVII-17|ratified|BEL|2024-05-03",
				"UNTC-XXVII-17|ratified|EST|2024-05-03", "UNTC-XXVII-17|ratified|IRL|2024-05-03", "UNTC-XXVII-17|ratified|SWE|2024-05-03"}},
		{name: "fr", pub: pub,
			text: "Le 3 mai 2024, l'UE et quatre de ses États membres – l'Autriche, la Belgique, l'Estonie et la Suède – ont déposé leurs instruments de ratification de la Convention de Minamata.",
			want: []string{"UNTC-XXVII-17|ratified|EUE|2024-05-03", "UNTC-XXVII-17|ratified|AUT|2024-05-03", "UNTC-XXVII-17|ratified|BEL|2024-05-03",
				"UNTC-XXVII-17|ratified|EST|2024-05-03", "UNTC-XXVII-17|ratified|SWE|2024-05-03"}},
		{name: "es", pub: pub,
			text: "El 3 de mayo de 2024, la UE y cuatro de sus Estados miembros – Austria, Bélgica, Estonia y Suecia – depositaron sus instrumentos de ratificación del Convenio de Minamata.",
			want: []string{"UNTC-XXVII-17|ratified|EUE|2024-05-03", "UNTC-XXVII-17|ratified|AUT|2024-05-03", "UNTC-XXVII-17|ratified|BEL|2024-05-03",
				"UNTC-XXVII-17|ratified|EST|2024-05-03", "UNTC-XXVII-17|ratified|SWE|2024-05-03"}},
	})
}

// TestDepositedSignatures reads signatures said to be deposited as the
// instruments of consent they are, and a second list joined to the first
// by "together with those of".
func TestDepositedSignatures(t *testing.T) {
	pub := citewatch.DayDate(2024, 6, 1)
	checkRules(t, []ruleCase{
		{name: "it", pub: pub,
			text: "Il Trattato sull'alto mare ha ora le firme di Cile e Perù, depositate a marzo 2024 insieme a quelle di Ghana e Togo.",
			want: []string{"UNTC-XXI-10|ratified|CHL|2024-03", "UNTC-XXI-10|ratified|PER|2024-03", "UNTC-XXI-10|ratified|GHA|2024-03", "UNTC-XXI-10|ratified|TGO|2024-03"}},
		{name: "en", pub: pub,
			text: "The High Seas Treaty now has the signatures of Chile and Peru, deposited in March 2024 together with those of Ghana and Togo.",
			want: []string{"UNTC-XXI-10|ratified|CHL|2024-03", "UNTC-XXI-10|ratified|PER|2024-03", "UNTC-XXI-10|ratified|GHA|2024-03", "UNTC-XXI-10|ratified|TGO|2024-03"}},
		{name: "es", pub: pub,
			text: "El Tratado de Alta Mar recibió las ratificaciones de Chile y Perú en marzo de 2024, junto con las de Ghana y Togo.",
			want: []string{"UNTC-XXI-10|ratified|CHL|2024-03", "UNTC-XXI-10|ratified|PER|2024-03", "UNTC-XXI-10|ratified|GHA|2024-03", "UNTC-XXI-10|ratified|TGO|2024-03"}},
		{name: "an Italian signature not deposited stays a signature", pub: pub,
			text: "Il Trattato sull'alto mare porta le firme di Cile e Perù dal 20 settembre 2023.",
			want: []string{}},
	})
}

// TestLegallyBinding reads "becomes legally binding from" a day as the
// entry into force, in each language.
func TestLegallyBinding(t *testing.T) {
	pub := citewatch.DayDate(2017, 6, 1)
	want := []string{"UNTC-XXVII-17|entered-into-force||2017-08-16"}
	checkRules(t, []ruleCase{
		{name: "en", pub: pub, text: "The Minamata Convention will become legally binding as from 16 August 2017.", want: want},
		{name: "it", pub: pub, text: "La Convenzione di Minamata diventerà giuridicamente vincolante a partire dal 16 agosto 2017.", want: want},
		{name: "fr", pub: pub, text: "La Convention de Minamata deviendra juridiquement contraignante à compter du 16 août 2017.", want: want},
		{name: "es", pub: pub, text: "El Convenio de Minamata será jurídicamente vinculante a partir del 16 de agosto de 2017.", want: want},
		{name: "pt", pub: pub, text: "A Convenção de Minamata se tornará juridicamente vinculativa a partir de 16 de agosto de 2017.", want: want},
		{name: "de", pub: pub, text: "Das Minamata-Übereinkommen wird ab dem 16. August 2017 völkerrechtlich verbindlich.", want: want},
		{name: "since a day, not from it", pub: pub, text: "Dal 16 agosto 2017 la Convenzione di Minamata ha raccolto nuove firme.", want: []string{}},
	})
}
