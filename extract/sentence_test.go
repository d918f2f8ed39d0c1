package extract

import (
	"slices"
	"strings"
	"testing"

	"github.com/citewatch/citewatch"
)

// factKeys reads text with FactsInText and returns its facts as
// treaty|event|party|date (|n=count for counts, |asof=date for acts known
// by a date but not done on it), sorted.
func factKeys(x *Extractor, text string, pub citewatch.Date) []string {
	var got []string
	for _, f := range x.FactsInText("https://example.org/ways", text, pub) {
		k := strings.Join([]string{f.Treaty, string(f.Event), f.Party, f.Date.String()}, "|")
		if f.Event.Counts() {
			k += "|n=" + itoa(f.Count)
		} else if !f.AsOf.IsZero() {
			k += "|asof=" + f.AsOf.String()
		}
		got = append(got, k)
	}
	slices.Sort(got)
	return got
}

// TestWaysOfWriting checks the ways real pages state acts, and the ways
// they state things that are not acts, each on a sentence of our own, in
// each language the way of writing was seen in.
func TestWaysOfWriting(t *testing.T) {
	x := New(testLogger())
	pub := citewatch.DayDate(2025, 3, 14) // a Friday
	const paris, fctc, budapest = "UNTC-XXVII-7-d", "UNTC-IX-4", "ETS-185"
	tests := []neighbourCase{
		// Acts, as pages tell them.
		{"joined a treaty", "en", "Chile joined the Paris Agreement on 14 March 2025.",
			[]string{paris + "|acceded|CHL|2025-03-14"}},
		{"pulled out of a treaty", "en", "Peru pulled out of the Paris Agreement on 20 January 2025.",
			[]string{paris + "|denounced|PER|2025-01-20"}},
		{"a withdrawal takes effect on a date", "en", "Peru's withdrawal from the Paris Agreement takes effect on 27 January 2026.",
			[]string{paris + "|denounced|PER|2026-01-27"}},
		{"became the Nth state to ratify", "en", "Peru became the 60th state to ratify the Paris Agreement on 19 September 2025.",
			[]string{paris + "|party-count||2025-09-19|n=60", paris + "|ratified|PER|2025-09-19"}},
		{"deposited its instrument of accession", "en", "Peru deposited its instrument of accession to the Paris Agreement on 19 September 2025.",
			[]string{paris + "|acceded|PER|2025-09-19"}},
		{"came into force", "en", "The Paris Agreement came into force on 4 November 2016.",
			[]string{paris + "|entered-into-force||2016-11-04"}},
		{"a date fixed by the rules, in the future tense", "en", "The Paris Agreement will enter into force on 4 November 2016.",
			[]string{paris + "|entered-into-force||2016-11-04"}},
		{"the total the acts bring, not the number of actors", "en", "Eighteen countries ratified the Paris Agreement on Monday, bringing the number of parties to 74.",
			[]string{paris + "|party-count||2025-03-10|n=74"}},
		{"N countries and the EU", "en", "The Paris Agreement has been ratified by 76 countries and the European Union.",
			[]string{paris + "|party-count||2025-03-14|n=77"}},
		{"a parliament's ratification is the state's", "en", "Chile's parliament ratified the Paris Agreement on 14 March 2025.",
			[]string{paris + "|ratified|CHL|2025-03-14"}},
		{"acts in a list of states", "es", "México y Argentina ratificaron el FCTC el 22/04/2021.",
			[]string{fctc + "|ratified|ARG|2021-04-22", fctc + "|ratified|MEX|2021-04-22"}},
		{"entered into force", "es", "El FCTC entró en vigor el 27/02/2005.",
			[]string{fctc + "|entered-into-force||2005-02-27"}},
		{"entered into force", "de", "Das FCTC ist am 27.02.2005 in Kraft getreten.",
			[]string{fctc + "|entered-into-force||2005-02-27"}},
		{"entered into force", "it", "La FCTC è entrata in vigore il 27/02/2005.",
			[]string{fctc + "|entered-into-force||2005-02-27"}},
		{"entered into force", "pt", "A FCTC entrou em vigor em 27/02/2005.",
			[]string{fctc + "|entered-into-force||2005-02-27"}},
		{"acceded", "fr", "Le Chili a adhéré à la FCTC le 22/04/2021.",
			[]string{fctc + "|acceded|CHL|2021-04-22"}},
		{"ratified", "ja", "2021年4月22日、メキシコはサイバー犯罪に関する条約を批准した。",
			[]string{budapest + "|ratified|MEX|2021-04-22"}},

		{"the instrument of consent signed by a head of state", "en", "An instrument of acceptance of the Paris Agreement by Chile was signed by its president on 3 March 2025.",
			[]string{paris + "|accepted|CHL|2025-03-03"}},
		{"a withdrawal that will take effect on a date", "en", "The withdrawal of Peru from the Paris Agreement will take effect on 2 February 2026.",
			[]string{paris + "|denounced|PER|2026-02-02"}},
		{"left, then rejoined with no object", "en", "Peru left the Paris Agreement in 2019 but rejoined in 2022.",
			[]string{paris + "|acceded|PER|2022", paris + "|denounced|PER|2019"}},
		{"acts told without their verb, each with its date", "en", "Chile and Peru accepted the Paris Agreement on 3 March 2025; Spain on 5 March 2025; and Italy on 7 March 2025.",
			[]string{paris + "|accepted|CHL|2025-03-03", paris + "|accepted|ESP|2025-03-05", paris + "|accepted|ITA|2025-03-07", paris + "|accepted|PER|2025-03-03"}},
		{"two counts of one date", "fr", "Le mardi 4 mars 2025, l'Accord de Paris comptait 150 signataires et 90 Parties.",
			[]string{paris + "|party-count||2025-03-04|n=90", paris + "|signatory-count||2025-03-04|n=150"}},
		{"acts in a list, not a place", "en", "On 3 March 2025, 40 states signed the Paris Agreement at the opening ceremony in New York, USA.",
			[]string{paris + "|signatory-count||2025-03-03|n=40"}},
		{"dates paired with parties, respectively", "en", "Chile, Peru and Uruguay acceded to the Paris Agreement in 2016, 2017 and 2019, respectively.",
			[]string{paris + "|acceded|CHL|2016", paris + "|acceded|PER|2017", paris + "|acceded|URY|2019"}},
		{"a date in parentheses after each party; the total they bring", "en", "Chile (3 March 2025) and Peru (5 March 2025) signed the Paris Agreement, bringing the number of signatories to 90.",
			[]string{paris + "|signatory-count||2025-03-05|n=90", paris + "|signed|CHL|2025-03-03", paris + "|signed|PER|2025-03-05"}},
		{"a list below the act it is announced by", "en", "The states that ratified the Paris Agreement today are:\n\n- Chile\n\n- Peru\n\nThe states that signed it are:\n\n- Spain\n\n- Atlantis\n\n- Italy",
			[]string{paris + "|ratified|CHL|2025-03-14", paris + "|ratified|PER|2025-03-14", paris + "|signed|ESP|2025-03-14", paris + "|signed|ITA|2025-03-14"}},
		{"an undated list whose items give their days", "en", "The following countries have ratified the Escazú Agreement:\n\n- Argentina (22 January 2021)\n\n- Bolivia (26 September 2019)\n\n- Atlantis\n\nIts text is long.",
			[]string{"UNTC-XXVII-18|ratified|ARG|2021-01-22", "UNTC-XXVII-18|ratified|BOL|2019-09-26"}},
		{"became a party, of the act's subject", "en", "Ukraine ratified the Paris Agreement on 27 December 2016, becoming a party on 1 June 2017.",
			[]string{paris + "|entered-into-force|UKR|2017-06-01", paris + "|ratified|UKR|2016-12-27"}},
		{"a count of signatories", "es", "El FCTC fue firmado por 24 países el 22/04/2021.",
			[]string{fctc + "|signatory-count||2021-04-22|n=24"}},
		{"a count of ratifications", "it", "Il FCTC conta ormai 60 ratifiche.",
			[]string{fctc + "|party-count||2025-03-14|n=60"}},
		{"a count with the verb last", "de", "Bis heute haben 107 Staaten das FCTC unterzeichnet.",
			[]string{fctc + "|signatory-count||2025-03-14|n=107"}},
		{"a running total after a dated act", "ja", "2021年4月22日、ベナンがサイバー犯罪に関する条約を批准した。これにより同条約を批准した国は合計51カ国。",
			[]string{budapest + "|party-count||2021-04-22|n=51", budapest + "|ratified|BEN|2021-04-22"}},
		{"each party with its own date, no parentheses", "de", "Das FCTC ratifizierten Spanien am 14.02.2025 und Italien am 15.02.2025.",
			[]string{fctc + "|ratified|ESP|2025-02-14", fctc + "|ratified|ITA|2025-02-15"}},
		{"each party with its own date, no parentheses", "en", "Spain on 14 February 2025 and Italy on 15 February 2025 ratified the Paris Agreement.",
			[]string{paris + "|ratified|ESP|2025-02-14", paris + "|ratified|ITA|2025-02-15"}},
		{"the treaty signed, by no one named, is its opening", "en", "The Paris Agreement, signed in 2016, entered into force in November 2016.",
			[]string{paris + "|entered-into-force||2016-11", paris + "|opened-for-signature||2016"}},
		{"the treaty signed, by no one named, is its opening", "fr", "L'Accord de Paris a été signé en 2016.",
			[]string{paris + "|opened-for-signature||2016"}},
		{"a fronted By-date; the first of a long description to ratify", "en", "By 9 May 2024, Chile became the first South American and Pacific nation to formally ratify the Paris Agreement.",
			[]string{paris + "|ratified|CHL|2024-05-09"}},
		// Acts told with no date: known by the page's date, not done on it.
		{"ratified by a list, undated", "en", "The Paris Agreement has been ratified by Chile, Peru and Uruguay.",
			[]string{paris + "|ratified|CHL||asof=2025-03-14", paris + "|ratified|PER||asof=2025-03-14", paris + "|ratified|URY||asof=2025-03-14"}},

		// Not acts.
		{"an intention", "en", "Chile will ratify the Paris Agreement next year.", nil},
		{"a plan", "en", "Chile plans to sign the Paris Agreement on 14 March 2025.", nil},
		{"a plan", "es", "México planea ratificar el FCTC.", nil},
		{"a plan", "ja", "2021年4月22日、メキシコはサイバー犯罪に関する条約を批准する予定である。", nil},
		{"a parliament's vote", "en", "Chile's parliament approved the Paris Agreement on 14 March 2025.", nil},
		{"a cabinet's approval", "en", "Chile's cabinet gave its approval to the Paris Agreement on 14 March 2025.", nil},
		{"a parliament's vote", "fr", "Le parlement chilien a approuvé la FCTC le 22/04/2021.", nil},
		{"a senate's vote", "es", "El Senado de México aprobó el FCTC el 22/04/2021.", nil},
		{"an executive order", "en", "The president signed an executive order on 20 January 2025 to leave the Paris Agreement.", nil},
		{"joined something else", "en", "Chile joined the talks on the Paris Agreement on 14 March 2025.", nil},
		{"a notice of withdrawal dates the notice", "en", "Peru notified the depositary of its withdrawal, on 3 March 2025, from the Paris Agreement.", nil},
		{"the prospect of entry into force", "en", "Chile ratified it, raising the prospects of the Paris Agreement entering into force in 2016.",
			[]string{paris + "|ratified|CHL||asof=2025-03-14"}},
		{"not in force since", "en", "The Paris Agreement has not been in force since June 2016.", nil},
		{"a date possessive of the next act", "en", "The adoption of the Paris Agreement followed yesterday's approval by the committee.", nil},
		{"since starts a period", "en", "Since December 2024, nine Parties have ratified the Paris Agreement, bringing the total number of ratifications to 120.",
			[]string{paris + "|party-count||2025-03-14|n=120"}},
		{"an increase is not a total", "en", "Since 3 March 2025, 17 more countries have ratified the Paris Agreement.", nil},
		{"an approximation is not a count", "en", "Peru is one of nearly 200 signatories of the Paris Agreement.",
			[]string{paris + "|signed|PER||asof=2025-03-14"}},
		{"states pointed back at are not a count", "en", "Chile and Peru signed the Paris Agreement, as these last two states signed it during the ceremony.",
			[]string{paris + "|signed|CHL||asof=2025-03-14", paris + "|signed|PER||asof=2025-03-14"}},
		{"how many acted at an event", "en", "Five states ratified the Paris Agreement at the ceremony today.", nil},
		{"a goal is not a count", "en", "We will keep going until we reach 50 ratifications of the Paris Agreement.", nil},
		{"a pluperfect act keeps no later date", "en", "Previously, Chile had ratified the Paris Agreement, thanks to the ratifications on 3 March 2025.",
			[]string{paris + "|ratified|CHL||asof=2025-03-14"}},
		{"a dateline's place is no party; how many acted that day is no total", "en", "NICE, France -- Ten countries ratified the Paris Agreement on 3 March 2025.", nil},
		{"a withdrawal's entry into force is the withdrawal's date", "fr", "La dénonciation de l'Accord de Paris par le Pérou entrera en vigueur en janvier 2026.",
			[]string{paris + "|denounced|PER|2026-01"}},
		{"the object of a law signed", "en", "In July 2025 the president signed into law Peru's withdrawal from the Paris Agreement.", nil},
		{"a headline's infinitive", "en", "Paris Agreement to Enter into Force with 55th Ratification (5 October 2016)", nil},
		{"a threshold", "en", "The Paris Agreement enters into force after 55 ratifications.",
			[]string{paris + "|entry-into-force-condition||"}},
		{"the year in a treaty's name", "en", "Chile ratified the 2015 Paris Agreement.",
			[]string{paris + "|ratified|CHL||asof=2025-03-14"}},
	}
	for _, tt := range tests {
		expectFacts(t, x, tt.name+" ("+tt.lang+")", tt.text, pub, tt.want)
	}
}

// TestActWordsFindTheirEvent checks that every language's act words are
// read as their act, in capitals too.
func TestActWordsFindTheirEvent(t *testing.T) {
	for _, c := range []struct {
		text string
		want citewatch.Event
	}{
		{"Peru withdrew", denounced}, {"Peru pulled out of it", denounced}, {"la Turquie s'est retirée", denounced},
		{"Perú se retiró", denounced}, {"der Austritt", denounced}, {"il recesso", denounced}, {"o Brasil retirou", denounced}, {"脱退した", denounced},
		{"RATIFICÓ", ratified}, {"ratificato", ratified}, {"ratificou", ratified}, {"ratifiziert", ratified}, {"批准", ratified},
		{"firmó", signed}, {"firmato", signed}, {"assinou", signed}, {"unterzeichnet", signed}, {"署名", signed},
		{"entró en vigor", inForce}, {"entrata in vigore", inForce}, {"entrou em vigor", inForce}, {"in Kraft getreten", inForce}, {"発効", inForce},
		{"adhirió", acceded}, {"adesione", acceded}, {"aderiu", acceded}, {"beigetreten", acceded}, {"加入", acceded},
		{"abierto a la firma", opened}, {"aperta alla firma", opened}, {"aberto à assinatura", opened},
	} {
		ts := findTriggers(c.text)
		if len(ts) != 1 || ts[0].event != c.want {
			t.Errorf("findTriggers(%q) = %+v, want one %s", c.text, ts, c.want)
		}
	}
}
