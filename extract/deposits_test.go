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

// TestMembersOfTheUnion reads "the first members of the European Union to
// ratify" as naming the Union's members, not the Union as a party.
func TestMembersOfTheUnion(t *testing.T) {
	pub := citewatch.DayDate(2025, 2, 10)
	want := []string{"UNTC-XXI-10|ratified|ESP|2025-02-04"}
	checkRules(t, []ruleCase{
		{name: "en", pub: pub, text: "Spain ratified the High Seas Treaty on 4 February 2025, the first of the members of the European Union to do so.", want: want},
		{name: "fr", pub: pub, text: "L'Espagne a ratifié le traité sur la haute mer le 4 février 2025, premier des membres de l'Union européenne à le faire.", want: want},
		{name: "es", pub: pub, text: "España ratificó el Tratado de Alta Mar el 4 de febrero de 2025, el primero de los miembros de la Unión Europea en hacerlo.", want: want},
		{name: "it", pub: pub, text: "La Spagna ha ratificato il Trattato sull'alto mare il 4 febbraio 2025, primo tra i membri dell'Unione europea.", want: want},
		{name: "pt", pub: pub, text: "A Espanha ratificou o Tratado do Alto Mar em 4 de fevereiro de 2025, o primeiro dos membros da União Europeia.", want: want},
		{name: "de", pub: pub, text: "Spanien hat das Hochseeschutzabkommen am 4. Februar 2025 ratifiziert, als erstes der Mitglieder der Europäischen Union.", want: want},
	})
}

// TestAdoptionInGerman reads "Annahme" by an assembly as the adoption, so
// that its date is not a later count's.
func TestAdoptionInGerman(t *testing.T) {
	checkRules(t, []ruleCase{
		{name: "adoption, then a count", pub: citewatch.DayDate(2025, 2, 10),
			text: "Nach der Annahme durch die Generalversammlung am 19. Juni 2023 haben inzwischen 90 Staaten das Hochseeschutzabkommen unterzeichnet.",
			want: []string{"UNTC-XXI-10|adopted||2023-06-19", "UNTC-XXI-10|signatory-count||2025-02-10|n=90"}},
	})
}

// TestCountWithTheUnion adds the European Union named after a number of
// states, after a note in brackets too, in English and Japanese.
func TestCountWithTheUnion(t *testing.T) {
	checkRules(t, []ruleCase{
		{name: "en", pub: citewatch.DayDate(2025, 12, 1),
			text: "The High Seas Treaty now has 40 parties (Japan among them) and the European Union.",
			want: []string{"UNTC-XXI-10|party-count||2025-12-01|n=41"}},
		{name: "ja", pub: citewatch.DayDate(2025, 12, 1),
			text: "公海条約の締約国は現在40か国（日本も含む。）及び欧州連合である。",
			want: []string{"UNTC-XXI-10|party-count||2025-12-01|n=41"}},
	})
}
