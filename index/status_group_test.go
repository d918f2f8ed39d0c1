package index

import (
	"testing"

	"github.com/citewatch/citewatch"
)

// TestCellGroupsEqualDates: the same date read in different ways ("today"
// on one page, "5 September 2024" on another) is one value with both
// citations, not a disagreement.
func TestCellGroupsEqualDates(t *testing.T) {
	var c Cell
	today := citewatch.DayDate(2024, 9, 5)
	today.Resolved = `"today" relative to publication date 2024-09-05`
	c.add(citewatch.Fact{Event: citewatch.EventOpened, Date: today, Citation: citewatch.Citation{URL: "https://a.example/", Quote: "opened today"}})
	c.add(citewatch.Fact{Event: citewatch.EventOpened, Date: citewatch.DayDate(2024, 9, 5), Citation: citewatch.Citation{URL: "https://b.example/", Quote: "opened on 5 September 2024"}})
	c.add(citewatch.Fact{Event: citewatch.EventOpened, Date: citewatch.Date{Year: 2023, Month: 9, Precision: citewatch.PrecisionMonth}, Citation: citewatch.Citation{URL: "https://c.example/", Quote: "opened in September 2023"}})
	c.settle()
	if len(c.Values) != 2 {
		t.Fatalf("cell has %d values, want 2 (2024-09-05 twice, 2023-09): %+v", len(c.Values), c.Values)
	}
	if got := len(c.Values[0].Citations); got != 2 || c.Values[0].Date.String() != "2024-09-05" {
		t.Errorf("first value %s with %d citations, want 2024-09-05 with 2", c.Values[0].Date, got)
	}
	if !c.Disagree {
		t.Error("2024-09-05 against 2023-09 not flagged as a disagreement")
	}
}
