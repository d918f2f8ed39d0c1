package extract

import (
	"testing"

	"github.com/rs/zerolog"

	"github.com/citewatch/citewatch"
)

func testLogger() zerolog.Logger { return zerolog.Nop() }

func TestAssertions(t *testing.T) {
	x := New(testLogger())
	pub := citewatch.DayDate(2025, 2, 12)
	tests := []struct {
		claim string
		want  []citewatch.Assertion
	}{
		{"Japan signed CETS No. 225 on 11 February 2025.", []citewatch.Assertion{{Treaty: "CETS-225", Event: citewatch.EventSigned, Party: "JPN", Date: citewatch.DayDate(2025, 2, 11)}}},
		{"The AI Convention was opened for signature in September 2023.", []citewatch.Assertion{{Treaty: "CETS-225", Event: citewatch.EventOpened, Date: citewatch.Date{Year: 2023, Month: 9, Precision: citewatch.PrecisionMonth}}}},
		{"Canada and Japan signed the AI Convention on 11 February 2025, joining the eleven signatories.", []citewatch.Assertion{
			{Treaty: "CETS-225", Event: citewatch.EventSigned, Party: "CAN", Date: citewatch.DayDate(2025, 2, 11)},
			{Treaty: "CETS-225", Event: citewatch.EventSigned, Party: "JPN", Date: citewatch.DayDate(2025, 2, 11)},
			{Treaty: "CETS-225", Event: citewatch.EventSignatoryCount, Count: 13, Date: pub},
		}},
		{"Japan has not yet ratified the AI Convention.", nil},
		{"The Budapest Convention entered into force on 1 July 2004.", []citewatch.Assertion{{Treaty: "ETS-185", Event: citewatch.EventEnteredIntoForce, Date: citewatch.DayDate(2004, 7, 1)}}},
		{"Le Canada a signé la Convention-cadre sur l'intelligence artificielle le 11 février 2025.", []citewatch.Assertion{{Treaty: "CETS-225", Event: citewatch.EventSigned, Party: "CAN", Date: citewatch.DayDate(2025, 2, 11)}}},
	}
	for _, tt := range tests {
		got := x.Assertions(tt.claim, pub)
		if len(got) != len(tt.want) {
			t.Errorf("Assertions(%q) = %+v, want %+v", tt.claim, got, tt.want)
			continue
		}
		for i := range got {
			g, w := got[i], tt.want[i]
			g.Date.Resolved, g.Place = "", ""
			if g != w {
				t.Errorf("Assertions(%q)[%d] = %+v, want %+v", tt.claim, i, g, w)
			}
		}
	}
}

func TestFactsInText(t *testing.T) {
	x := New(testLogger())
	text := "The AI Convention was adopted on 17 May 2024.\n\nIt was opened for signature in Vilnius on 5 September 2024."
	facts := x.FactsInText("https://example.org/evidence", text, citewatch.Date{})
	if len(facts) != 2 {
		t.Fatalf("FactsInText = %+v, want 2 facts", facts)
	}
	if facts[1].Event != citewatch.EventOpened || facts[1].Place != "Vilnius" || facts[1].Date != citewatch.DayDate(2024, 9, 5) {
		t.Errorf("second fact = %+v, want opened-for-signature in Vilnius on 2024-09-05", facts[1])
	}
	if facts[1].Citation.Quote != "It was opened for signature in Vilnius on 5 September 2024." || facts[1].ID == "" {
		t.Errorf("citation = %+v", facts[1].Citation)
	}
}

func TestAssertionsCounts(t *testing.T) {
	x := New(testLogger())
	pub := citewatch.DayDate(2025, 3, 1)
	for claim, want := range map[string]citewatch.Assertion{
		"The AI Convention has been signed by 13 states.":                {Treaty: "CETS-225", Event: citewatch.EventSignatoryCount, Count: 13, Date: pub},
		"So far thirteen states have signed the AI Convention.":          {Treaty: "CETS-225", Event: citewatch.EventSignatoryCount, Count: 13, Date: pub},
		"Montenegro became the eleventh signatory of the AI Convention.": {Treaty: "CETS-225", Event: citewatch.EventSignatoryCount, Count: 11, Date: pub},
		"The Paris Agreement now counts 195 parties.":                    {Treaty: "UNTC-XXVII-7-d", Event: citewatch.EventPartyCount, Count: 195, Date: pub},
	} {
		var got []citewatch.Assertion
		for _, a := range x.Assertions(claim, pub) {
			if a.Count != 0 {
				a.Date.Resolved = ""
				got = append(got, a)
			}
		}
		if len(got) != 1 || got[0] != want {
			t.Errorf("Assertions(%q) counts = %+v, want %+v", claim, got, want)
		}
	}
}

// TestAssertionsUnnamedTreaty checks that a claim which does not name its
// treaty still asserts its acts, with the treaty left empty, and that an
// act told without a date still asserts its place.
func TestAssertionsUnnamedTreaty(t *testing.T) {
	x := New(testLogger())
	zero := citewatch.Date{}
	tests := []struct {
		claim string
		want  []citewatch.Assertion
	}{
		{"It was opened for signature in Lisbon on 3 March 2019.", []citewatch.Assertion{{Event: citewatch.EventOpened, Date: citewatch.DayDate(2019, 3, 3), Place: "Lisbon"}}},
		{"Portugal ratified the treaty on 9 June 2021.", []citewatch.Assertion{{Event: citewatch.EventRatified, Party: "PRT", Date: citewatch.DayDate(2021, 6, 9)}}},
		{"Chile signed on 2 April 2020.", []citewatch.Assertion{{Event: citewatch.EventSigned, Party: "CHL", Date: citewatch.DayDate(2020, 4, 2)}}},
		{"The agreement was adopted in Geneva.", []citewatch.Assertion{{Event: citewatch.EventAdopted, Place: "Geneva"}}},
		{"The convention was opened for signature in Lisbon.", []citewatch.Assertion{{Event: citewatch.EventOpened, Place: "Lisbon"}}},
		{"The convention was adopted at COP28 in Dubai in December 2023.", []citewatch.Assertion{{Event: citewatch.EventAdopted, Place: "Dubai", Date: citewatch.Date{Year: 2023, Month: 12, Precision: citewatch.PrecisionMonth}}}},
		{"Chile signed the Council of Europe Convention on Cybercrime and its First Additional Protocol concerning racist acts in Lisbon.", nil},
	}
	for _, tt := range tests {
		got := x.Assertions(tt.claim, zero)
		if tt.want == nil {
			// A long treaty title between the act and the place does not
			// put the place out of reach.
			if len(got) == 0 || got[0].Place != "Lisbon" {
				t.Errorf("Assertions(%q) = %+v, want a signature in Lisbon", tt.claim, got)
			}
			continue
		}
		if len(got) != len(tt.want) {
			t.Errorf("Assertions(%q) = %+v, want %+v", tt.claim, got, tt.want)
			continue
		}
		for i := range got {
			g := got[i]
			g.Date.Resolved = ""
			if g != tt.want[i] {
				t.Errorf("Assertions(%q)[%d] = %+v, want %+v", tt.claim, i, g, tt.want[i])
			}
		}
	}
}

// TestAssertionsCountsOfActors checks counts told as the subject of an
// act, counts of none, and counts after "signed by".
func TestAssertionsCountsOfActors(t *testing.T) {
	x := New(testLogger())
	tests := []struct {
		claim string
		event citewatch.Event
		count int
		none  bool // no count expected
	}{
		{"Eight states and organisations signed the treaty on its first day.", citewatch.EventSignatoryCount, 8, false},
		{"Twenty countries ratified the treaty within a year.", citewatch.EventPartyCount, 20, false},
		{"No state had ratified the treaty by 1 June 2022.", citewatch.EventPartyCount, 0, false},
		{"By June 2022, none of them had ratified it.", citewatch.EventPartyCount, 0, false},
		{"The treaty was signed by 90 parties on its first day.", citewatch.EventSignatoryCount, 90, false},
		{"The treaty was opened in May 2011 and has been ratified by 30 states.", citewatch.EventPartyCount, 30, false},
		{"The two countries signed the treaty in Lisbon.", "", 0, true},
	}
	for _, tt := range tests {
		var counts []citewatch.Assertion
		for _, a := range x.Assertions(tt.claim, citewatch.Date{}) {
			if a.Event == citewatch.EventSignatoryCount || a.Event == citewatch.EventPartyCount {
				counts = append(counts, a)
			}
		}
		if tt.none {
			if len(counts) != 0 {
				t.Errorf("Assertions(%q) counts = %+v, want none", tt.claim, counts)
			}
			continue
		}
		if len(counts) != 1 || counts[0].Event != tt.event || counts[0].Count != tt.count {
			t.Errorf("Assertions(%q) counts = %+v, want %s %d", tt.claim, counts, tt.event, tt.count)
		}
	}
}
