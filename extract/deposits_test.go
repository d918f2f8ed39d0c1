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
			text: "Instruments of acceptance of the Minamata Convention, three of them in all, were deposited by Chile, Ghana and Peru on 3 May 2024, a spokesperson said.",
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
			text: "On 3 May 2024, the EU, followed by a group of European countries – Austria, Belgium, Estonia, Ireland and Sweden – ratified the Minamata Convention.",
			want: []string{"UNTC-XXVII-17|ratified|EUE|2024-05-03", "UNTC-XXVII-17|ratified|AUT|2024-05-03", "UNTC-XXVII-17|ratified|BEL|2024-05-03",
				"UNTC-XXVII-17|ratified|EST|2024-05-03", "UNTC-XXVII-17|ratified|IRL|2024-05-03", "UNTC-XXVII-17|ratified|SWE|2024-05-03"}},
		{name: "fr", pub: pub,
			text: "Le 3 mai 2024, l'UE, suivie d'un groupe de pays européens – l'Autriche, la Belgique, l'Estonie et la Suède – a ratifié la Convention de Minamata.",
			want: []string{"UNTC-XXVII-17|ratified|EUE|2024-05-03", "UNTC-XXVII-17|ratified|AUT|2024-05-03", "UNTC-XXVII-17|ratified|BEL|2024-05-03",
				"UNTC-XXVII-17|ratified|EST|2024-05-03", "UNTC-XXVII-17|ratified|SWE|2024-05-03"}},
		{name: "es", pub: pub,
			text: "El 3 de mayo de 2024, la UE, seguida de un grupo de países europeos – Austria, Bélgica, Estonia y Suecia – ratificó el Convenio de Minamata.",
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
			text: "Cile e Perù: le loro firme, depositate il 3 marzo 2024 presso l'ONU insieme a quelle di Ghana e Togo, valgono per il Trattato sull'alto mare.",
			want: []string{"UNTC-XXI-10|ratified|CHL|2024-03-03", "UNTC-XXI-10|ratified|PER|2024-03-03", "UNTC-XXI-10|ratified|GHA|2024-03-03", "UNTC-XXI-10|ratified|TGO|2024-03-03"}},
		{name: "en", pub: pub,
			text: "Chile and Peru: their signatures, deposited in March 2024 at the UN together with those of Ghana and Togo, count for the High Seas Treaty.",
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
	pub := citewatch.DayDate(2030, 6, 1)
	want := []string{"UNTC-XXVI-8|entered-into-force||2030-10-05"}
	checkRules(t, []ruleCase{
		{name: "en", pub: pub, text: "As from 5 October 2030 the Arms Trade Treaty is to become legally binding.", want: want},
		{name: "it", pub: pub, text: "Il Trattato sul commercio delle armi diventa giuridicamente vincolante a partire dal 5 ottobre 2030.", want: want},
		{name: "fr", pub: pub, text: "Le Traité sur le commerce des armes deviendra juridiquement contraignant à compter du 5 octobre 2030.", want: want},
		{name: "es", pub: pub, text: "El Tratado sobre el Comercio de Armas será jurídicamente vinculante a partir del 5 de octubre de 2030.", want: want},
		{name: "pt", pub: pub, text: "O Tratado sobre o Comércio de Armas se tornará juridicamente vinculativo a partir de 5 de outubro de 2030.", want: want},
		{name: "de", pub: pub, text: "Der Waffenhandelsvertrag wird ab dem 5. Oktober 2030 völkerrechtlich verbindlich.", want: want},
		{name: "since a day, not from it", pub: pub, text: "Dal 5 ottobre 2030 il Trattato sul commercio delle armi ha raccolto nuove firme.", want: []string{}},
	})
}

// TestMembersOfTheUnion reads "the first members of the European Union to
// ratify" as naming the Union's members, not the Union as a party.
func TestMembersOfTheUnion(t *testing.T) {
	pub := citewatch.DayDate(2025, 3, 20)
	want := []string{"UNTC-XXI-10|ratified|ESP|2025-03-12"}
	checkRules(t, []ruleCase{
		{name: "en", pub: pub, text: "On 12 March 2025 Spain, like other members of the European Union, ratified the High Seas Treaty.", want: want},
		{name: "fr", pub: pub, text: "Le 12 mars 2025, l'Espagne, comme d'autres membres de l'Union européenne, a ratifié le traité sur la haute mer.", want: want},
		{name: "es", pub: pub, text: "El 12 de marzo de 2025 España, como otros miembros de la Unión Europea, ratificó el Tratado de Alta Mar.", want: want},
		{name: "it", pub: pub, text: "Il 12 marzo 2025 la Spagna, come altri membri dell'Unione europea, ha ratificato il Trattato sull'alto mare.", want: want},
		{name: "pt", pub: pub, text: "Em 12 de março de 2025 a Espanha, como outros membros da União Europeia, ratificou o Tratado do Alto Mar.", want: want},
		{name: "de", pub: pub, text: "Am 12. März 2025 hat Spanien, wie andere Mitglieder der Europäischen Union, das Hochseeschutzabkommen ratifiziert.", want: want},
	})
}

// TestAdoptionInGerman reads "Annahme" by an assembly as the adoption, so
// that its date is not a later count's.
func TestAdoptionInGerman(t *testing.T) {
	checkRules(t, []ruleCase{
		{name: "adoption, then a count", pub: citewatch.DayDate(2025, 2, 10),
			text: "Nach der Annahme durch die Generalversammlung am 2. Mai 2023 haben inzwischen 90 Staaten das Hochseeschutzabkommen unterzeichnet.",
			want: []string{"UNTC-XXI-10|adopted||2023-05-02", "UNTC-XXI-10|signatory-count||2025-02-10|n=90"}},
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
