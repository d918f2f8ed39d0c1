package extract

import (
	"testing"

	"github.com/citewatch/citewatch"
)

// A treaty outside the name table is still read, with an id derived from
// its title and the title kept on the fact; "the Convention" later on the
// page means it.
func TestFactsOfAnUnknownTreaty(t *testing.T) {
	x := New(testLogger())
	text := "The Convention on the Protection of Lighthouses was opened for signature on 4 March 2024.\n\n" +
		"Norway ratified the Convention on 2 June 2025."
	facts := x.FactsInText("https://example.org/lighthouses", text, citewatch.Date{})
	if len(facts) != 2 {
		t.Fatalf("FactsInText = %+v, want 2 facts", facts)
	}
	for _, f := range facts {
		if f.Treaty != "convention-on-protection-of-lighthouses" || f.TreatyName != "Convention on the Protection of Lighthouses" {
			t.Errorf("fact %s %s: treaty %q name %q, want the derived id and the title", f.Event, f.Party, f.Treaty, f.TreatyName)
		}
	}
	if facts[1].Party != "NOR" || facts[1].Date != citewatch.DayDate(2025, 6, 2) {
		t.Errorf("second fact = %+v, want Norway's ratification on 2025-06-02", facts[1])
	}
}

// A treaty the table knows keeps its id and gets no name.
func TestFactsOfAKnownTreatyHaveNoName(t *testing.T) {
	x := New(testLogger())
	facts := x.FactsInText("https://example.org/tpnw", "Chile ratified the TPNW on 23 September 2021.", citewatch.Date{})
	if len(facts) != 1 || facts[0].Treaty != "UNTC-XXVI-9" || facts[0].TreatyName != "" {
		t.Fatalf("FactsInText = %+v, want one fact on UNTC-XXVI-9 without a name", facts)
	}
}

// A page's own acronym for a treaty, defined in brackets, is read as the
// treaty wherever the page uses it.
func TestFactsThroughADefinedAcronym(t *testing.T) {
	x := New(testLogger())
	text := "The Agreement on Coastal Wetlands (ACW) was adopted in 2022.\n\nPeru ratified the ACW on 9 May 2024."
	facts := x.FactsInText("https://example.org/acw", text, citewatch.Date{})
	var found bool
	for _, f := range facts {
		if f.Party == "PER" {
			found = true
			if f.Treaty != "agreement-on-coastal-wetlands" {
				t.Errorf("Peru's ratification is of %q, want agreement-on-coastal-wetlands", f.Treaty)
			}
		}
	}
	if !found {
		t.Errorf("FactsInText = %+v, want Peru's ratification", facts)
	}
}

// A page names its subject first: an amendment named at the start is the
// subject even when its parent treaty is named as often after it.
func TestSubjectIsNamedFirst(t *testing.T) {
	x := New(testLogger())
	text := "The Kigali Amendment to the Montreal Protocol drew new parties this spring.\n\n" +
		"The Montreal Protocol is decades older. Parties to the Montreal Protocol met in June.\n\n" +
		"Chile ratified the treaty on 3 May 2019."
	facts := x.FactsInText("https://example.org/kigali", text, citewatch.Date{})
	if len(facts) != 1 || facts[0].Party != "CHL" || facts[0].Treaty != "UNTC-XXVII-2-f" {
		t.Fatalf("FactsInText = %+v, want Chile's ratification of UNTC-XXVII-2-f", facts)
	}
}
