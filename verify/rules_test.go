package verify

import (
	"context"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/rs/zerolog"

	"github.com/citewatch/citewatch"
)

func fact(treaty string, ev citewatch.Event, party string, d citewatch.Date, place string, count int, quote string) citewatch.Fact {
	return citewatch.Fact{Treaty: treaty, Event: ev, Party: party, Date: d, Place: place, Count: count,
		Citation: citewatch.Citation{URL: "https://treaties.example/page", Quote: quote, Extractor: "test"}}
}

func TestCompareUnnamedTreatyMeansTheSourceSubject(t *testing.T) {
	facts := []citewatch.Fact{
		fact("T-1", citewatch.EventOpened, "", citewatch.DayDate(2019, time.March, 3), "Lisbon", 0, "T-1 was opened for signature in Lisbon on 3 March 2019."),
		fact("T-1", citewatch.EventSigned, "CHL", citewatch.DayDate(2020, time.April, 2), "", 0, "Chile signed T-1 on 2 April 2020."),
		fact("T-2", citewatch.EventOpened, "", citewatch.DayDate(2001, time.May, 7), "", 0, "T-2, an older treaty, was opened for signature on 7 May 2001."),
	}
	subject := subjectTreaty(facts)
	if subject != "T-1" {
		t.Fatalf("subjectTreaty = %q, want T-1", subject)
	}
	// "It was opened for signature on 7 May 2001" speaks of T-1 on this
	// page, so T-2's date does not back it, and T-1's contradicts it.
	got := compare(citewatch.Assertion{Event: citewatch.EventOpened, Date: citewatch.DayDate(2001, time.May, 7)}, facts, subject)
	if got.outcome != outcomeContradicted || !strings.Contains(got.reason, "3 March 2019") {
		t.Errorf("unnamed treaty opened 7 May 2001 = %v (%q), want contradicted by 3 March 2019", got.outcome, got.reason)
	}
	// Named, T-2's own fact backs it.
	got = compare(citewatch.Assertion{Treaty: "T-2", Event: citewatch.EventOpened, Date: citewatch.DayDate(2001, time.May, 7)}, facts, subject)
	if got.outcome != outcomeSupported {
		t.Errorf("T-2 opened 7 May 2001 = %v, want supported", got.outcome)
	}
}

func TestComparePlace(t *testing.T) {
	facts := []citewatch.Fact{
		fact("T-1", citewatch.EventOpened, "", citewatch.DayDate(2019, time.March, 3), "Congress Hall", 0,
			"The treaty was opened for signature at the Congress Hall in Lisbon on 3 March 2019."),
		fact("T-1", citewatch.EventSigned, "CHL", citewatch.DayDate(2020, time.April, 2), "", 0,
			"Chile signed the treaty on 2 April 2020 at a ceremony in Santiago."),
	}
	tests := []struct {
		a    citewatch.Assertion
		want finding
	}{
		// The fact's sentence names the claim's place beside its own.
		{citewatch.Assertion{Event: citewatch.EventOpened, Place: "Lisbon"}, outcomeSupported},
		{citewatch.Assertion{Event: citewatch.EventOpened, Place: "Porto"}, outcomeContradicted},
		// A fact with no place of its own backs a place its sentence names...
		{citewatch.Assertion{Event: citewatch.EventSigned, Party: "CHL", Place: "Santiago"}, outcomeSupported},
		// ...and is silent on one it does not name.
		{citewatch.Assertion{Event: citewatch.EventSigned, Party: "CHL", Place: "Valparaiso"}, outcomeUnknown},
		// "Lisbon" is not a word of "Lisboners".
		{citewatch.Assertion{Event: citewatch.EventOpened, Place: "Lisb"}, outcomeContradicted},
	}
	for _, tt := range tests {
		if got := compare(tt.a, facts, "T-1"); got.outcome != tt.want {
			t.Errorf("compare(%+v) = %v (%q), want %v", tt.a, got.outcome, got.reason, tt.want)
		}
	}
}

// TestCompareWithdrawalDays: a withdrawal has two days, its notice and
// the day it takes effect, a year or so apart. A claim giving one where
// the source gives the other is partially supported, never contradicted;
// a day years away still is.
func TestCompareWithdrawalDays(t *testing.T) {
	facts := []citewatch.Fact{
		fact("T-1", citewatch.EventDenounced, "CAN", citewatch.DayDate(2012, time.December, 15), "", 0,
			"Canada gave notice of its withdrawal on 15 December 2011; the withdrawal took effect on 15 December 2012."),
	}
	month := citewatch.Date{Year: 2011, Month: 12, Precision: citewatch.PrecisionMonth}
	tests := []struct {
		a    citewatch.Assertion
		want finding
	}{
		{citewatch.Assertion{Event: citewatch.EventDenounced, Party: "CAN", Date: citewatch.DayDate(2012, time.December, 15)}, outcomeSupported},
		{citewatch.Assertion{Event: citewatch.EventDenounced, Party: "CAN", Date: month}, outcomePartial},
		{citewatch.Assertion{Event: citewatch.EventDenounced, Party: "CAN", Date: citewatch.DayDate(2005, time.May, 1)}, outcomeContradicted},
		// Other acts keep their one day.
		{citewatch.Assertion{Event: citewatch.EventRatified, Party: "CAN", Date: month}, outcomeUnknown},
	}
	for _, tt := range tests {
		if got := compare(tt.a, facts, "T-1"); got.outcome != tt.want {
			t.Errorf("compare(%+v) = %v (%q), want %v", tt.a, got.outcome, got.reason, tt.want)
		}
	}
}

func TestCompareCounts(t *testing.T) {
	asOf := citewatch.DayDate(2022, time.June, 1)
	facts := []citewatch.Fact{
		fact("T-1", citewatch.EventSignatoryCount, "", asOf, "", 9, "Total number of signatures not followed by ratifications: 9"),
		fact("T-1", citewatch.EventPartyCount, "", asOf, "", 0, "Total number of ratifications: 0"),
	}
	june := citewatch.Date{Year: 2022, Month: 6, Precision: citewatch.PrecisionMonth}
	tests := []struct {
		a    citewatch.Assertion
		want finding
	}{
		{citewatch.Assertion{Event: citewatch.EventSignatoryCount, Count: 9, Date: june}, outcomeSupported},
		{citewatch.Assertion{Event: citewatch.EventSignatoryCount, Count: 11}, outcomeContradicted},
		// A count of none is a count: zero backs it, two contradicts it.
		{citewatch.Assertion{Event: citewatch.EventPartyCount, Date: june}, outcomeSupported},
		{citewatch.Assertion{Event: citewatch.EventPartyCount, Count: 2, Date: asOf}, outcomeContradicted},
		// A count for another time is not the same thing.
		{citewatch.Assertion{Event: citewatch.EventSignatoryCount, Count: 11, Date: citewatch.Date{Year: 2023, Precision: citewatch.PrecisionYear}}, outcomeUnknown},
	}
	for _, tt := range tests {
		if got := compare(tt.a, facts, "T-1"); got.outcome != tt.want {
			t.Errorf("compare(%+v) = %v (%q), want %v", tt.a, got.outcome, got.reason, tt.want)
		}
	}
	if got := compare(tests[0].a, facts, "T-1"); got.says != "9 signatories as of 1 June 2022" {
		t.Errorf("says = %q, want %q", got.says, "9 signatories as of 1 June 2022")
	}
}

// TestCompareUndatedCountSpeaksForItsPage: a count its sentence gives no
// date for speaks for the page's publication (Fact.EffectiveDate), so a
// claim's count for another time is neither backed nor contradicted by it.
func TestCompareUndatedCountSpeaksForItsPage(t *testing.T) {
	f := fact("T-1", citewatch.EventSignatoryCount, "", citewatch.Date{}, "", 10, "Ten states have signed the treaty so far.")
	f.Citation.Published = citewatch.DayDate(2024, time.September, 20)
	facts := []citewatch.Fact{f}
	later := citewatch.Date{Year: 2025, Month: 3, Precision: citewatch.PrecisionMonth}
	if got := compare(citewatch.Assertion{Event: citewatch.EventSignatoryCount, Count: 13, Date: later}, facts, "T-1"); got.outcome != outcomeUnknown {
		t.Errorf("13 signatories in March 2025 against 10 on a page of September 2024 = %v (%q), want unknown", got.outcome, got.reason)
	}
	then := citewatch.Date{Year: 2024, Month: 9, Precision: citewatch.PrecisionMonth}
	if got := compare(citewatch.Assertion{Event: citewatch.EventSignatoryCount, Count: 13, Date: then}, facts, "T-1"); got.outcome != outcomeContradicted {
		t.Errorf("13 signatories in September 2024 against 10 then = %v (%q), want contradicted", got.outcome, got.reason)
	}
	got := compare(citewatch.Assertion{Event: citewatch.EventSignatoryCount, Count: 10}, facts, "T-1")
	if got.outcome != outcomeSupported || got.says != "10 signatories as of 20 September 2024" {
		t.Errorf("10 signatories = %v, says %q; want supported as of the page's date", got.outcome, got.says)
	}
}

func TestCompareKindOfActForAnUnnamedTreaty(t *testing.T) {
	facts := []citewatch.Fact{fact("T-1", citewatch.EventSigned, "PRT", citewatch.DayDate(2021, time.June, 9), "", 0, "Portugal signed the treaty on 9 June 2021.")}
	got := compare(citewatch.Assertion{Event: citewatch.EventRatified, Party: "PRT", Date: citewatch.DayDate(2021, time.June, 9)}, facts, "T-1")
	if got.outcome != outcomeContradicted || !strings.Contains(got.reason, "PRT signed on 9 June 2021") {
		t.Errorf("PRT ratified vs PRT signed = %v (%q), want contradicted", got.outcome, got.reason)
	}
	// A year-precision act is said "in" its year.
	facts = []citewatch.Fact{fact("T-1", citewatch.EventSigned, "PRT", year(2017), "", 0, "Portugal signed the treaty in 2017.")}
	got = compare(citewatch.Assertion{Event: citewatch.EventRatified, Party: "PRT", Date: year(2017)}, facts, "T-1")
	if !strings.Contains(got.reason, "PRT signed in 2017") {
		t.Errorf("reason = %q, want it to say PRT signed in 2017", got.reason)
	}
}

func TestCompareCondition(t *testing.T) {
	facts := []citewatch.Fact{
		fact("T-1", citewatch.EventEIFCondition, "", citewatch.Date{}, "", 0,
			"It enters into force three months after the date on which seven states have ratified it."),
	}
	for claim, want := range map[string]finding{
		"The treaty enters into force after seven ratifications.":           outcomeSupported,
		"The treaty enters into force after 7 ratifications.":               outcomeSupported,
		"The treaty enters into force once twelve states have ratified it.": outcomeContradicted,
	} {
		n, _ := threshold(claim)
		if got := compareCondition(n, facts, "T-1"); got.outcome != want {
			t.Errorf("compareCondition(%q) = %v (%q), want %v", claim, got.outcome, got.reason, want)
		}
	}
	// A rule that names the states among its parties first still backs the
	// claim's number of ratifications.
	facts = []citewatch.Fact{fact("T-1", citewatch.EventEIFCondition, "", citewatch.Date{}, "", 0,
		"It enters into force once four member states and ten signatories in all have ratified it.")}
	if got := compareCondition(10, facts, "T-1"); got.outcome != outcomeSupported {
		t.Errorf("compareCondition(10) against four states and ten signatories = %v (%q), want supported", got.outcome, got.reason)
	}
	if n, ok := threshold("It enters into force three months after the date on which seven states have ratified it."); !ok || n != 7 {
		t.Errorf("threshold = %d, %v, want 7 (three months is a period)", n, ok)
	}
}

// A number in an entry-into-force condition is the rule's threshold, not a
// count of signatories: the claim reader's count is replaced, so a page
// that counts 14 signatories does not contradict it.
func TestReadConditions(t *testing.T) {
	claim := "The pact will come into effect two months after six signatories, including four member states, have ratified it."
	got := readConditions(claim, []citewatch.Assertion{{Event: citewatch.EventSignatoryCount, Count: 6}})
	want := []citewatch.Assertion{{Event: citewatch.EventEIFCondition, Count: 6}}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("readConditions = %+v, want %+v", got, want)
	}
	// A count that is no condition stays a count.
	as := []citewatch.Assertion{{Event: citewatch.EventSignatoryCount, Count: 6}}
	if got := readConditions("Six states have signed the pact so far.", as); !reflect.DeepEqual(got, as) {
		t.Errorf("readConditions(count) = %+v, want it kept", got)
	}
	facts := []citewatch.Fact{
		fact("T-1", citewatch.EventSignatoryCount, "", citewatch.Date{}, "", 14, "Fourteen states have signed the pact."),
		fact("T-1", citewatch.EventEIFCondition, "", citewatch.Date{}, "", 0,
			"The pact enters into force on the first day of the month after a period of two months following the date on which six signatories have ratified it."),
	}
	rs := factResults(citewatch.Claim{Text: claim, Assertions: got}, facts, "T-1")
	if len(rs) != 1 || rs[0].outcome != outcomeSupported {
		t.Errorf("factResults = %+v, want the condition supported and no count compared", rs)
	}
}

func TestUnstatedAndSubstitutions(t *testing.T) {
	sentences := []string{
		"Chile signed the treaty on 2 April 2020.",
		"Chile has been a member of the regional council since 1994.",
		"The 31 member states of the council drafted the text.",
	}
	as := []citewatch.Assertion{{Event: citewatch.EventSigned, Party: "CHL", Date: citewatch.DayDate(2020, time.April, 2)}}
	claim := "Chile signed the treaty on 2 April 2020 and has been a member of the regional council since 1998."
	got := unstated(claim, as, readPage(sentences, sentences))
	if len(got) != 1 || got[0] != "1998" {
		t.Fatalf("unstated = %v, want [1998]", got)
	}
	subs := substitutions(claim, got, readPage(sentences, sentences))
	if len(subs) != 1 || subs[0].said != "1994" || subs[0].sentence != 1 {
		t.Errorf("substitutions = %+v, want 1994 in sentence 1", subs)
	}
	// A number stated nowhere in the claim's words is only unstated.
	claim = "Chile signed the treaty on 2 April 2020 at the SUMMIT7 meeting."
	if got := unstated(claim, as, readPage(sentences, sentences)); len(got) != 1 || got[0] != "SUMMIT7" {
		t.Errorf("unstated = %v, want [SUMMIT7]", got)
	}
	// A count in other words: the 33 member states against the 31.
	claim = "The text was drafted by the 33 member states of the council."
	if subs := substitutions(claim, []string{"33"}, readPage(sentences, sentences)); len(subs) != 1 || subs[0].said != "31" {
		t.Errorf("substitutions = %+v, want 31", subs)
	}
	// A year is not replaced by a count, nor a number by unrelated words.
	if subs := substitutions("The archive opened in 1971 to researchers.", []string{"1971"}, readPage(sentences, sentences)); len(subs) != 0 {
		t.Errorf("substitutions = %+v, want none", subs)
	}
}

func TestReported(t *testing.T) {
	for in, want := range map[string]string{
		"Critics argue that the treaty is too weak.": "the treaty is too weak.",
		"Officials said that Chile signed.":          "Chile signed.",
		"The treaty says that states must report.":   "states must report.",
		"Chile signed the treaty.":                   "Chile signed the treaty.",
	} {
		if got := reported(in); got != want {
			t.Errorf("reported(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestJudgeSourceSettledByFacts checks the verdicts the facts settle
// whatever the page's wording: supported when every value is backed,
// partial when the claim states a number the page never does, and not in
// source when the claim's acts have no fact and its words are few.
func TestJudgeSourceSettledByFacts(t *testing.T) {
	const page = "https://treaties.example/chile"
	ix := newMemIndex()
	row := "Chile | 02/04/2020 | 09/06/2021"
	ix.page(page, "Status of the treaty", row, "Chile has been a member of the regional council since 1994.")
	ix.fact(page, citewatch.Fact{Treaty: "T-1", Event: citewatch.EventSigned, Party: "CHL", Date: citewatch.DayDate(2020, time.April, 2)}, row)
	ix.fact(page, citewatch.Fact{Treaty: "T-1", Event: citewatch.EventRatified, Party: "CHL", Date: citewatch.DayDate(2021, time.June, 9)}, row)
	signed := citewatch.Assertion{Event: citewatch.EventSigned, Party: "CHL", Date: citewatch.DayDate(2020, time.April, 2)}
	rd := memReader{
		"Chile put its signature to the accord on 2 April 2020":                                 {signed},
		"Chile signed on 2 April 2020 at the SUMMIT7 meeting":                                   {signed},
		"Chile signed on 2 April 2020 and has been a member of the regional council since 2001": {signed},
		"Peru acceded to the accord on 1 May 2022":                                              {{Event: citewatch.EventAcceded, Party: "PER", Date: citewatch.DayDate(2022, time.May, 1)}},
	}
	doc := &citewatch.CitingDocument{Name: "t.md", References: []citewatch.Reference{{N: "1", URL: page}}}
	for i, text := range []string{
		"Chile put its signature to the accord on 2 April 2020.",
		"Chile signed on 2 April 2020 at the SUMMIT7 meeting.",
		"Chile signed on 2 April 2020 and has been a member of the regional council since 2001.",
		"Peru acceded to the accord on 1 May 2022.",
	} {
		doc.Claims = append(doc.Claims, citewatch.Claim{ID: "c" + string(rune('1'+i)), Text: text, Refs: []string{"1"}})
	}
	r, err := New(ix, ix, rd, memHealth{page: {Archived: true, Health: citewatch.HealthOK}}, zerolog.Nop()).Verify(context.Background(), doc)
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		claim  string
		want   citewatch.Label
		reason string
	}{
		{"c1", citewatch.Supported, "CHL signed on 2 April 2020"},
		{"c2", citewatch.PartiallySupported, "never mentions SUMMIT7"},
		{"c3", citewatch.Contradicted, "the source says 1994 where the claim says 2001"},
		{"c4", citewatch.NotInSource, "PER acceded"},
	} {
		v, _ := findVerdict(r, tt.claim, "1")
		if v.Label != tt.want || !strings.Contains(v.Reason, tt.reason) {
			t.Errorf("%s = %s (%q), want %s (%q)", tt.claim, v.Label, v.Reason, tt.want, tt.reason)
		}
	}
}

// A date the page gives less precisely than the claim backs the act but
// not the day: the assertion is partially backed, not supported.
func TestCompareCoarserDate(t *testing.T) {
	facts := []citewatch.Fact{fact("T-1", citewatch.EventAdopted, "", month(2019, 6), "", 0, "The accord was adopted last June.")}
	got := compare(citewatch.Assertion{Event: citewatch.EventAdopted, Date: citewatch.DayDate(2019, time.June, 12)}, facts, "T-1")
	if got.outcome != outcomePartial || !strings.Contains(got.missing, "gives only June 2019") {
		t.Errorf("12 June 2019 vs June 2019 = %v (%q), want partial, giving only the month", got.outcome, got.missing)
	}
	got = compare(citewatch.Assertion{Event: citewatch.EventAdopted, Date: month(2019, 6)}, facts, "T-1")
	if got.outcome != outcomeSupported {
		t.Errorf("June 2019 vs June 2019 = %v, want supported", got.outcome)
	}
}
