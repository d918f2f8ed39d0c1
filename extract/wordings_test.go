package extract

import (
	"slices"
	"strings"
	"testing"

	"github.com/citewatch/citewatch"
)

// TestActWordings checks the sentence rules added after measuring the
// extractor on pages it had not seen, each on sentences of its own: the
// facts as treaty|event|party|date (and n=count).
func TestActWordings(t *testing.T) {
	x := New(testLogger())
	pub := citewatch.DayDate(2023, 6, 28)
	tests := []struct {
		name, text string
		want       []string
	}{
		{"a date opening the sentence goes to its act, not a later one",
			"Today, Norway ratified the Istanbul Convention, a text agreed by ministers last year.",
			[]string{"CETS-210|ratified|NOR|2023-06-28"}},
		{"the same day told before an act",
			"On 2 March 2019, Estonia ratified the Lanzarote Convention; the same day, Latvia accepted it.",
			[]string{"CETS-201|ratified|EST|2019-03-02", "CETS-201|accepted|LVA|2019-03-02"}},
		{"le même jour",
			"Le 4 avril 2018, la Suède a ratifié la Convention de Lanzarote ; le même jour, la Finlande l'a approuvée.",
			[]string{"CETS-201|ratified|SWE|2018-04-04", "CETS-201|approved|FIN|2018-04-04"}},
		{"an act in a clause of time takes its date",
			"Portugal was the first to sign the Istanbul Convention when it was opened for signature on 11 May 2011.",
			[]string{"CETS-210|signed|PRT|2011-05-11", "CETS-210|opened-for-signature||2011-05-11"}},
		{"the first day it was open",
			"Chile signed the Paris Agreement on 22 April 2016, the first day it was open for signature.",
			[]string{"UNTC-XXVII-7-d|signed|CHL|2016-04-22", "UNTC-XXVII-7-d|opened-for-signature||2016-04-22"}},
		{"jour de son ouverture",
			"Le Chili a signé l'Accord de Paris le 22 avril 2016, jour de son ouverture à la signature.",
			[]string{"UNTC-XXVII-7-d|signed|CHL|2016-04-22", "UNTC-XXVII-7-d|opened-for-signature||2016-04-22"}},
		{"in force since",
			"The Lanzarote Convention has been in force since July 2010.",
			[]string{"CETS-201|entered-into-force||2010-07"}},
		{"takes effect is entry into force",
			"The Istanbul Convention took effect on 1 August 2014.",
			[]string{"CETS-210|entered-into-force||2014-08-01"}},
		{"an act that takes effect is that act",
			"Türkiye's withdrawal from the Istanbul Convention took effect on 1 July 2021.",
			[]string{"CETS-210|denounced|TUR|2021-07-01"}},
		{"became the Nth State Party: the act and its rank, dated after the treaty",
			"Palestine became the 193rd State Party to the Chemical Weapons Convention on 16 June 2018.",
			[]string{"UNTC-XXVI-3|entered-into-force|PSE|2018-06-16", "UNTC-XXVI-3|party-count||2018-06-16|n=193"}},
		{"became the latest party",
			"Angola became the newest party to the Chemical Weapons Convention on 16 October 2015.",
			[]string{"UNTC-XXVI-3|entered-into-force|AGO|2015-10-16"}},
		{"became the Nth party to ratify is the ratification, not the entry into force",
			"Fiji became the first party to ratify the Paris Agreement, on 22 April 2016.",
			[]string{"UNTC-XXVII-7-d|ratified|FJI|2016-04-22", "UNTC-XXVII-7-d|party-count||2016-04-22|n=1"}},
		{"trat der ... bei: a separable verb with a feminine object",
			"Palästina trat der Konvention über Streumunition am 2. Januar 2015 bei.",
			[]string{"konvention-uber-streumunition|acceded|PSE|2015-01-02"}},
		{"für a party before the verb that ends the clause",
			"Die Istanbul-Konvention ist für Deutschland am 1. Februar 2018 in Kraft getreten.",
			[]string{"CETS-210|entered-into-force|DEU|2018-02-01"}},
		{"para a party after entró en vigor",
			"El Convenio de Minamata entró en vigor para Chile el 25 de noviembre de 2018.",
			[]string{"UNTC-XXVII-17|entered-into-force|CHL|2018-11-25"}},
		{"per a party after entrato in vigore",
			"L'Accordo di Parigi è entrato in vigore per l'Italia l'11 dicembre 2016.",
			[]string{"UNTC-XXVII-7-d|entered-into-force|ITA|2016-12-11"}},
		{"a regional adjective after the head of a Spanish title",
			"Venezuela denunció la Convención Americana sobre Derechos Humanos el 10 de septiembre de 2012.",
			[]string{"convencion-americana-sobre-derechos-humanos|denounced|VEN|2012-09-10"}},
		{"a signature withdrawn is neither a signature nor a withdrawal",
			"The United States signed the Rome Statute on 31 December 2000 but withdrew its signature in May 2002.",
			[]string{"UNTC-XVIII-10|signed|USA|2000-12-31"}},
		{"retiré sa signature",
			"La Russie a retiré sa signature du Statut de Rome en novembre 2016.",
			nil},
		{"a withdrawal from a treaty is still one",
			"Burundi withdrew from the Rome Statute on 27 October 2017.",
			[]string{"UNTC-XVIII-10|denounced|BDI|2017-10-27"}},
		{"est devenue le Ne État partie",
			"La Palestine est devenue le 193e État partie à la Convention sur les armes chimiques le 16 juin 2018.",
			[]string{"convention-sur-armes-chimiques|entered-into-force|PSE|2018-06-16", "convention-sur-armes-chimiques|party-count||2018-06-16|n=193"}},
		{"se convirtió en el N.º Estado parte",
			"Palestina se convirtió en el 193.º Estado parte de la Convención sobre las Armas Químicas el 16 de junio de 2018.",
			[]string{"UNTC-XXVI-3|entered-into-force|PSE|2018-06-16", "UNTC-XXVI-3|party-count||2018-06-16|n=193"}},
		{"è diventata il N° Stato parte (Stato, singular, in the rank too)",
			"La Palestina è diventata il 193° Stato parte della Convenzione sulle armi chimiche il 16 giugno 2018.",
			[]string{"convenzione-sulle-armi-chimiche|entered-into-force|PSE|2018-06-16", "convenzione-sulle-armi-chimiche|party-count||2018-06-16|n=193"}},
		{"tornou-se o N.º Estado parte",
			"A Palestina tornou-se o 193.º Estado parte da Convenção sobre as Armas Químicas em 16 de junho de 2018.",
			[]string{"convencao-sobre-armas-quimicas|entered-into-force|PSE|2018-06-16", "convencao-sobre-armas-quimicas|party-count||2018-06-16|n=193"}},
		{"states that became parties are a count, not one state's act",
			"Au 1er mars 2024, 52 États sont devenus parties à la Convention de Minamata.",
			[]string{"UNTC-XXVII-17|party-count||2024-03-01|n=52"}},
		{"the verb last: each date before its own verb",
			"Die Schweiz hat die Istanbul-Konvention am 11. September 2013 unterzeichnet und am 14. Dezember 2017 ratifiziert.",
			[]string{"CETS-210|signed|CHE|2013-09-11", "CETS-210|ratified|CHE|2017-12-14"}},
		{"It: the treaty the sentence before named, not the page's subject",
			"This report is about the Ottawa Treaty. Campaigners praised the Ottawa Treaty again this week. " +
				"The Escazú Agreement was adopted on 4 March 2018. It entered into force on 22 April 2021.",
			[]string{"UNTC-XXVII-18|adopted||2018-03-04", "UNTC-XXVII-18|entered-into-force||2021-04-22"}},
		{"has been a signatory since a day",
			"Chile has been a signatory of the Minamata Convention since 10 October 2013.",
			[]string{"UNTC-XXVII-17|signed|CHL|2013-10-10"}},
		{"has been a party since a day",
			"Norway has been a party to the Paris Agreement since 4 November 2016.",
			[]string{"UNTC-XXVII-7-d|entered-into-force|NOR|2016-11-04"}},
		{"a party to talks since a year is no fact",
			"Norway has been a party to the talks on the Paris Agreement since 2014.",
			nil},
		{"est partie depuis",
			"La Norvège est partie à l'Accord de Paris depuis le 4 novembre 2016.",
			[]string{"UNTC-XXVII-7-d|entered-into-force|NOR|2016-11-04"}},
		{"es signataria desde",
			"Noruega es signataria del Acuerdo de París desde el 22 de abril de 2016.",
			[]string{"UNTC-XXVII-7-d|signed|NOR|2016-04-22"}},
		{"was to become a legally binding instrument on a day",
			"Under its own terms, the Minamata Convention was to become a legally binding instrument on 16 August 2017.",
			[]string{"UNTC-XXVII-17|entered-into-force||2017-08-16"}},
		{"were the final states to ratify",
			"Argentina and Mexico were the final states to ratify the Escazú Agreement, on 22 January 2021.",
			[]string{"UNTC-XXVII-18|ratified|ARG|2021-01-22", "UNTC-XXVII-18|ratified|MEX|2021-01-22"}},
		{"締結 of one state is its consent",
			"日本は2014年5月9日に武器貿易条約を締結した。",
			[]string{"UNTC-XXVI-8|ratified|JPN|2014-05-09"}},
		{"締結 between two states is read as neither act",
			"日本と英国は2020年10月23日に包括的経済連携協定を締結した。",
			nil},
		{"批准国は<date>にN か国に達した",
			"核兵器禁止条約の批准国は2020年10月24日に50か国に達した。",
			[]string{"UNTC-XXVI-9|party-count||2020-10-24|n=50"}},
		{"ratified it: the treaty the sentence before named",
			"This page is about the Rome Statute. The Rome Statute matters. The Convention on the Rights of Persons with Disabilities " +
				"was adopted on 13 December 2006. France ratified it on 18 February 2010.",
			[]string{"UNTC-IV-15|adopted||2006-12-13", "UNTC-IV-15|ratified|FRA|2010-02-18"}},
		{"l'a ratifiée: the same in French",
			"Cette page porte sur le Statut de Rome. Le Statut de Rome compte. La Convention relative aux droits des personnes " +
				"handicapées a été adoptée le 13 décembre 2006. La France l'a ratifiée le 18 février 2010.",
			[]string{"UNTC-IV-15|adopted||2006-12-13", "UNTC-IV-15|ratified|FRA|2010-02-18"}},
		{"s'est officiellement retiré",
			"Le Burundi s'est officiellement retiré du Statut de Rome le 27 octobre 2017.",
			[]string{"UNTC-XVIII-10|denounced|BDI|2017-10-27"}},
		{"a count told of its first day, a day the page does not give, is not dated by the page",
			"The Paris Agreement was signed by 175 parties on its first day.",
			[]string{"UNTC-XXVII-7-d|signatory-count|||n=175"}},
		{"followed by a party on its own day",
			"Kazakhstan ratified the Treaty on the Prohibition of Nuclear Weapons on 29 August 2019, followed by Ecuador on 25 September 2019.",
			[]string{"UNTC-XXVI-9|ratified|KAZ|2019-08-29", "UNTC-XXVI-9|ratified|ECU|2019-09-25"}},
		{"how many parties a treaty has, beside its entry into force, is a count, not a rule",
			"The Treaty on the Prohibition of Nuclear Weapons entered into force in January 2021 and now has 68 states parties.",
			[]string{"UNTC-XXVI-9|entered-into-force||2021-01", "UNTC-XXVI-9|party-count||2023-06-28|n=68"}},
		{"a question states no fact",
			"Did Portugal sign the Treaty on the Prohibition of Nuclear Weapons on 20 September 2017?",
			nil},
		{"saíram oficialmente do Acordo: an adverb between a verb and its treaty",
			"Os Estados Unidos saíram oficialmente do Acordo de Paris em 4 de novembro de 2020.",
			[]string{"UNTC-XXVII-7-d|denounced|USA|2020-11-04"}},
		{"deixaram o Acordo",
			"Os Estados Unidos deixaram o Acordo de Paris em 4 de novembro de 2020.",
			[]string{"UNTC-XXVII-7-d|denounced|USA|2020-11-04"}},
		{"formally left the accord",
			"Burundi formally left the Rome Statute on 27 October 2017.",
			[]string{"UNTC-XVIII-10|denounced|BDI|2017-10-27"}},
		{"EU-Staaten are the Union's members, not the Union",
			"Österreich ratifizierte das Übereinkommen von Paris am 5. Oktober 2016 als einer der ersten EU-Staaten.",
			[]string{"UNTC-XXVII-7-d|ratified|AUT|2016-10-05"}},
		{"unterzeichneten N Staaten on the opening day",
			"Das Pariser Abkommen wurde am 22. April 2016 zur Unterzeichnung aufgelegt; am selben Tag unterzeichneten 175 Staaten.",
			[]string{"UNTC-XXVII-7-d|opened-for-signature||2016-04-22", "UNTC-XXVII-7-d|signatory-count||2016-04-22|n=175"}},
		{"a fronted For names the party",
			"For Malta, the Istanbul Convention entered into force on 1 November 2014.",
			[]string{"CETS-210|entered-into-force|MLT|2014-11-01"}},
		{"Pour and a future date",
			"Pour l'Irlande, la Convention d'Istanbul entrera en vigueur le 1er juillet 2019.",
			[]string{"CETS-210|entered-into-force|IRL|2019-07-01"}},
		{"the latter",
			"Peru and Chile signed the Paris Agreement in April 2016; the latter had taken part in its negotiation.",
			[]string{"UNTC-XXVII-7-d|signed|PER|2016-04", "UNTC-XXVII-7-d|signed|CHL|2016-04", "UNTC-XXVII-7-d|negotiated-by|CHL|"}},
		{"the number of signatories to N is dated by the act before it",
			"Malta signed the AI Convention on 3 March 2025, bringing the number of signatories to 14.",
			[]string{"CETS-225|signed|MLT|2025-03-03", "CETS-225|signatory-count||2025-03-03|n=14"}},
		{"portant à N le nombre de signataires",
			"Malte a signé la Convention sur l'intelligence artificielle le 3 mars 2025, portant à quatorze le nombre de signataires.",
			[]string{"CETS-225|signed|MLT|2025-03-03", "CETS-225|signatory-count||2025-03-03|n=14"}},
		{"N Parties that signed is a signatory count",
			"Chile was among the 175 Parties that signed the Paris Agreement on 22 April 2016.",
			[]string{"UNTC-XXVII-7-d|signatory-count||2016-04-22|n=175", "UNTC-XXVII-7-d|signed|CHL|2016-04-22"}},
		{"signé par N Parties",
			"L'Accord de Paris a été signé par 175 Parties le 22 avril 2016.",
			[]string{"UNTC-XXVII-7-d|signatory-count||2016-04-22|n=175"}},
		{"a threshold is not a count",
			"The Paris Agreement needed at least 55 Parties and reached that threshold on 5 October 2016.",
			nil},
		{"none of the signatories has ratified",
			"None of the signatories has ratified the AI Convention.",
			[]string{"CETS-225|party-count||2023-06-28|n=0"}},
		{"Ratifications: 0 is a party count",
			"AI Convention. Signatories: 13. Ratifications: 0.",
			[]string{"CETS-225|signatory-count|||n=13", "CETS-225|party-count|||n=0"}},
		{"signatories were a list",
			"The signatories of the Lanzarote Convention on 25 October 2007 were Austria and Belgium.",
			[]string{"CETS-201|signed|AUT|2007-10-25", "CETS-201|signed|BEL|2007-10-25"}},
		{"French infinitive after la première à",
			"L'Albanie fut la première à ratifier la Convention d'Istanbul, en février 2013.",
			[]string{"CETS-210|ratified|ALB|2013-02"}},
		{"French infinitive as an aim",
			"La Suisse entend ratifier la Convention d'Istanbul en 2017.",
			nil},
		{"après l'avoir signée",
			"L'Union européenne a ratifié la Convention d'Istanbul le 28 juin 2023, six ans après l'avoir signée.",
			[]string{"CETS-210|ratified|EUE|2023-06-28"}},
		{"s'en est retirée",
			"La Turquie, liée par la Convention d'Istanbul, s'en est retirée en 2021.",
			[]string{"CETS-210|denounced|TUR|2021"}},
		{"instrument of approval names a treaty act",
			"The Paris Agreement was welcomed. Portugal deposited its instrument of approval on 5 October 2016.",
			[]string{"UNTC-XXVII-7-d|approved|PRT|2016-10-05"}},
		{"a rule of entry into force keeps the dated adoption",
			"The Paris Agreement, adopted in December 2015, will enter into force after 55 Parties have ratified it.",
			[]string{"UNTC-XXVII-7-d|adopted||2015-12", "UNTC-XXVII-7-d|entry-into-force-condition||"}},
		{"French consent to be bound",
			"Le Protocole entrera en vigueur lorsque cinq États auront exprimé leur consentement à être liés par le deuxième Protocole additionnel à la Convention sur la cybercriminalité.",
			[]string{"CETS-224|entry-into-force-condition||"}},
		{"put their names to",
			"Chile and Peru put their names to the Paris Agreement on 22 April 2016.",
			[]string{"UNTC-XXVII-7-d|signed|CHL|2016-04-22", "UNTC-XXVII-7-d|signed|PER|2016-04-22"}},
	}
	for _, tt := range tests {
		var got []string
		for _, f := range x.FactsInText("https://example.org/rules", tt.text, pub) {
			k := strings.Join([]string{f.Treaty, string(f.Event), f.Party, f.Date.String()}, "|")
			if f.Event == citewatch.EventSignatoryCount || f.Event == citewatch.EventPartyCount {
				k += "|n=" + itoa(f.Count)
			}
			got = append(got, k)
		}
		slices.Sort(got)
		want := slices.Clone(tt.want)
		slices.Sort(want)
		if !slices.Equal(got, want) {
			t.Errorf("%s: FactsInText(%q) = %q, want %q", tt.name, tt.text, got, want)
		}
	}
}

func itoa(n int) string {
	if n == 0 {
		return "0"
	}
	var b []byte
	for ; n > 0; n /= 10 {
		b = append([]byte{byte('0' + n%10)}, b...)
	}
	return string(b)
}

// TestColumnOf checks the table header words for each column kind.
func TestColumnOf(t *testing.T) {
	for header, want := range map[string]column{
		"Country": colParty, "Signed": colSigned, "Ratified": colConsent, "In force": colEIF,
		"Withdrawn": colDenounced, "Entrée en vigueur": colEIF, "Ratification, Acceptation(A), Approbation(AA), Adhésion(a)": colConsent,
	} {
		if got := columnOf(header); got != want {
			t.Errorf("columnOf(%q) = %d, want %d", header, got, want)
		}
	}
}
