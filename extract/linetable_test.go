package extract

import (
	"context"
	"slices"
	"strings"
	"testing"

	"github.com/citewatch/citewatch"
)

// plainPageFacts extracts a plain-text page and returns its facts as
// factStrings, sorted.
func plainPageFacts(t *testing.T, body, lang string, pub citewatch.Date) []string {
	t.Helper()
	s := citewatch.Snapshot{URL: "https://status.example/" + lang, Body: []byte(body), ContentType: "text/plain; charset=utf-8"}
	_, facts, err := New(testLogger()).ExtractWithHints(context.Background(), s, Hints{Published: pub, Language: lang})
	if err != nil {
		t.Fatal(err)
	}
	got := factStrings(facts)
	slices.Sort(got)
	return got
}

// TestFlattenedStatusTables reads status tables whose cells were
// flattened into lines, in each language: a header line naming the
// columns, then a line per state with its dates, a date's act told by a
// word or letter after it or else by the header's column order.
func TestFlattenedStatusTables(t *testing.T) {
	for _, tt := range []struct {
		name, lang, body string
		want             []string
	}{
		{"UN columns with consent letters", "en",
			"Status of the Minamata Convention on Mercury\n" +
				"Participant Signature Ratification, Acceptance (A), Approval (AA), Accession (a)\n" +
				"Chile 10 Oct 2013 27 Aug 2018\n" +
				"Ghana 24 Sep 2014 A\n" +
				"Guyana 10 Oct 2013 24 Sep 2014\n" +
				"Jordan 12 Nov 2015 a\n",
			[]string{"UNTC-XXVII-17|ratified|CHL|2018-08-27", "UNTC-XXVII-17|signed|CHL|2013-10-10",
				"UNTC-XXVII-17|accepted|GHA|2014-09-24",
				"UNTC-XXVII-17|ratified|GUY|2014-09-24", "UNTC-XXVII-17|signed|GUY|2013-10-10",
				"UNTC-XXVII-17|acceded|JOR|2015-11-12"}},
		{"a note column labelling its date", "en",
			"Chart of signatures and ratifications of Treaty 210\n" +
				"Council of Europe Convention on preventing and combating violence against women and domestic violence\n" +
				"States Signature Ratification Entry into force Notes\n" +
				"Albania 19/12/2011 04/02/2013 01/08/2014\n" +
				"Türkiye 11/05/2011 14/03/2012 01/08/2014 Denunciation: 22/03/2021\n",
			[]string{"CETS-210|denounced|TUR|2021-03-22", "CETS-210|entered-into-force|ALB|2014-08-01", "CETS-210|entered-into-force|TUR|2014-08-01",
				"CETS-210|ratified|ALB|2013-02-04", "CETS-210|ratified|TUR|2012-03-14",
				"CETS-210|signed|ALB|2011-12-19", "CETS-210|signed|TUR|2011-05-11"}},
		{"cells run together, a method column", "en",
			"Parties to the Treaty on the Prohibition of Nuclear Weapons\n" +
				"Country [2] SignatureDepositType\n" +
				"Peru 3 March 201912 June 2020Ratification\n" +
				"Chad 5 May 2021Accession\n" +
				"Fiji 7 July 20188 August 2019Ratification\n",
			[]string{"UNTC-XXVI-9|ratified|PER|2020-06-12", "UNTC-XXVI-9|signed|PER|2019-03-03",
				"UNTC-XXVI-9|acceded|TCD|2021-05-05",
				"UNTC-XXVI-9|ratified|FJI|2019-08-08", "UNTC-XXVI-9|signed|FJI|2018-07-07"}},
		{"a row's cells on the lines below it", "en",
			"Who has joined the Arms Trade Treaty\n" +
				"State\nSignature\nRatification\n" +
				"Mexico\n3 June 2013\n25 September 2013\n" +
				"Norway 3 June 2013\n12 February 2014 Ratification\n",
			[]string{"UNTC-XXVI-8|ratified|MEX|2013-09-25", "UNTC-XXVI-8|signed|MEX|2013-06-03",
				"UNTC-XXVI-8|ratified|NOR|2014-02-12", "UNTC-XXVI-8|signed|NOR|2013-06-03"}},
		{"French, numeric dates", "fr",
			"État des signatures de l'Accord de Paris\n" +
				"État Signature Ratification Entrée en vigueur\n" +
				"Autriche 22/04/2016 05/10/2016 04/11/2016\n" +
				"Belgique 22/04/2016 06/04/2017\n",
			[]string{"UNTC-XXVII-7-d|entered-into-force|AUT|2016-11-04", "UNTC-XXVII-7-d|ratified|AUT|2016-10-05", "UNTC-XXVII-7-d|signed|AUT|2016-04-22",
				"UNTC-XXVII-7-d|ratified|BEL|2017-04-06", "UNTC-XXVII-7-d|signed|BEL|2016-04-22"}},
		{"Spanish, accession told after the date", "es",
			"Estado del Acuerdo de Escazú\n" +
				"País Firma Ratificación, Adhesión\n" +
				"Chile 27 de septiembre de 2018 13 de junio de 2022\n" +
				"Granada 26 de septiembre de 2019 Adhesión\n",
			[]string{"UNTC-XXVII-18|ratified|CHL|2022-06-13", "UNTC-XXVII-18|signed|CHL|2018-09-27",
				"UNTC-XXVII-18|acceded|GRD|2019-09-26"}},
		{"German, dotted dates", "de",
			"Minamata-Übereinkommen: Stand der Ratifikationen\n" +
				"Staat Unterzeichnung Ratifikation Inkrafttreten\n" +
				"Österreich 10.10.2013 12.06.2017 16.08.2017\n" +
				"Schweden 10.10.2013 18.05.2017 16.08.2017\n",
			[]string{"UNTC-XXVII-17|entered-into-force|AUT|2017-08-16", "UNTC-XXVII-17|ratified|AUT|2017-06-12", "UNTC-XXVII-17|signed|AUT|2013-10-10",
				"UNTC-XXVII-17|entered-into-force|SWE|2017-08-16", "UNTC-XXVII-17|ratified|SWE|2017-05-18", "UNTC-XXVII-17|signed|SWE|2013-10-10"}},
		{"Italian", "it",
			"Stato dell'Accordo di Parigi\n" +
				"Stato Firma Ratifica\n" +
				"Italia 22 aprile 2016 11 novembre 2016\n" +
				"Cile 20 settembre 2016 10 febbraio 2017\n",
			[]string{"UNTC-XXVII-7-d|ratified|CHL|2017-02-10", "UNTC-XXVII-7-d|signed|CHL|2016-09-20",
				"UNTC-XXVII-7-d|ratified|ITA|2016-11-11", "UNTC-XXVII-7-d|signed|ITA|2016-04-22"}},
		{"Portuguese", "pt",
			"Situação do Acordo de Escazú\n" +
				"Estado Assinatura Ratificação\n" +
				"Brasil 27 de setembro de 2018 6 de maio de 2024\n" +
				"Uruguai 27 de setembro de 2018 26 de setembro de 2019\n",
			[]string{"UNTC-XXVII-18|ratified|BRA|2024-05-06", "UNTC-XXVII-18|signed|BRA|2018-09-27",
				"UNTC-XXVII-18|ratified|URY|2019-09-26", "UNTC-XXVII-18|signed|URY|2018-09-27"}},
		{"Japanese", "ja",
			"水銀に関する水俣条約の締結状況\n" +
				"国名 署名 批准\n" +
				"オーストリア 2013年10月10日 2017年6月12日\n" +
				"スウェーデン 2013年10月10日 2017年5月18日\n",
			[]string{"UNTC-XXVII-17|ratified|AUT|2017-06-12", "UNTC-XXVII-17|signed|AUT|2013-10-10",
				"UNTC-XXVII-17|ratified|SWE|2017-05-18", "UNTC-XXVII-17|signed|SWE|2013-10-10"}},
	} {
		got := plainPageFacts(t, tt.body, tt.lang, citewatch.DayDate(2024, 6, 1))
		want := slices.Clone(tt.want)
		slices.Sort(want)
		if !slices.Equal(got, want) {
			t.Errorf("%s: facts\n  %q\nwant\n  %q", tt.name, got, want)
		}
	}
}

// TestFlattenedTableShape checks what is not read as a flattened table:
// one row alone, rows that are sentences, more dates than columns.
func TestFlattenedTableShape(t *testing.T) {
	for _, tt := range []struct {
		name, body string
	}{
		{"one row alone", "Notes on the Arms Trade Treaty\nState Signature Ratification\nMexico 3 June 2013 25 September 2013\nMore news below.\n"},
		{"sentences, not rows", "Notes on the Arms Trade Treaty\nStates that signed and ratified it\nMexico signed on 3 June 2013 and ratified on 25 September 2013\nNorway signed on 3 June 2013, ratifying on 12 February 2014\n"},
		{"more dates than columns", "Notes on the Arms Trade Treaty\nState Signature\nMexico 3 June 2013 25 September 2013\nNorway 3 June 2013 12 February 2014\n"},
	} {
		for _, f := range plainPageFacts(t, tt.body, "en", citewatch.DayDate(2024, 6, 1)) {
			if strings.Contains(f, "MEX") && strings.Contains(f, "2013-09-25") && !strings.Contains(f, "ratified") ||
				tt.name != "sentences, not rows" && (strings.Contains(f, "MEX") || strings.Contains(f, "NOR")) {
				t.Errorf("%s: read as a table: %q", tt.name, f)
			}
		}
	}
}

// TestFlattenedTableInHTML reads a status table laid out with one block
// per row and no table cells, as some pages copy one.
func TestFlattenedTableInHTML(t *testing.T) {
	page := `<!DOCTYPE html><html lang="en"><head><title>Where the Arms Trade Treaty stands</title></head><body><article>
<h1>Where the Arms Trade Treaty stands</h1>
<p>Our researchers keep this list of the states that have signed and ratified the Arms Trade Treaty up to date each month.</p>
<div>State Signature Ratification</div>
<div>Mexico 3 June 2013 25 September 2013</div>
<div>Norway 3 June 2013 12 February 2014</div>
<div>Grenada 3 June 2013 21 October 2013</div>
<p>Write to us when a state you follow deposits its instrument, and we will add it to the list above.</p>
</article></body></html>`
	doc, facts := extractPage(t, "https://tracker.example.org/att", page)
	got := factStrings(facts)
	for _, want := range []string{"UNTC-XXVI-8|signed|MEX|2013-06-03", "UNTC-XXVI-8|ratified|MEX|2013-09-25",
		"UNTC-XXVI-8|ratified|NOR|2014-02-12", "UNTC-XXVI-8|ratified|GRD|2013-10-21"} {
		if !slices.Contains(got, want) {
			t.Errorf("facts %v of text %q: want %s", got, doc.Text, want)
		}
	}
}

// TestNameAloneInList reads a state's name that in a sentence more often
// names something else (Spanish "Granada", a city) as the state when it
// stands alone as an item of a list of states.
func TestNameAloneInList(t *testing.T) {
	checkRules(t, []ruleCase{
		{name: "list item", pub: citewatch.DayDate(2019, 9, 26),
			text: "Countries that signed the Treaty on the Prohibition of Nuclear Weapons at the ceremony today, in alphabetical order:\n\n- Granada\n\n- Lesotho\n\n- Zambia",
			want: []string{"UNTC-XXVI-9|signed|GRD|2019-09-26", "UNTC-XXVI-9|signed|LSO|2019-09-26", "UNTC-XXVI-9|signed|ZMB|2019-09-26"}},
		{name: "a city in a sentence", pub: citewatch.DayDate(2019, 9, 26),
			text: "Chile firmó el Tratado sobre la Prohibición de las Armas Nucleares en Granada el 3 de mayo de 2019.",
			want: []string{"UNTC-XXVI-9|signed|CHL|2019-05-03"}},
	})
}

// TestFlattenedChart reads a chart copied as text, with states that have
// done no act yet (empty rows) and columns of marks after the dates.
func TestFlattenedChart(t *testing.T) {
	body := "Chart of signatures and ratifications of the Convention on Cybercrime\n" +
		"States Signature Ratification Entry into force Notes R. D. A. T.\n" +
		"Albania 23/11/2001 20/06/2002 01/07/2004 X\n" +
		"Andorra\n" +
		"Armenia 23/11/2001 12/10/2006 01/02/2007 X X\n" +
		"Austria 23/11/2001 13/06/2012 01/10/2012\n" +
		"Total number of signatures not followed by ratifications: 2\n"
	got := plainPageFacts(t, body, "en", citewatch.DayDate(2024, 6, 1))
	for _, want := range []string{"ETS-185|signed|ALB|2001-11-23", "ETS-185|ratified|ALB|2002-06-20", "ETS-185|entered-into-force|ALB|2004-07-01",
		"ETS-185|ratified|ARM|2006-10-12", "ETS-185|entered-into-force|AUT|2012-10-01"} {
		if !slices.Contains(got, want) {
			t.Errorf("facts %q: want %s", got, want)
		}
	}
	for _, f := range got {
		if strings.Contains(f, "AND") {
			t.Errorf("a state with empty cells got a fact: %s", f)
		}
	}
}
