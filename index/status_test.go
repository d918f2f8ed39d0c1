package index

import (
	"fmt"
	"slices"
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

// TestCellOrdersAgreementFirst: after the best-supported value come the
// values that agree with it (a month that holds its day), then those that
// do not, marked Disagrees.
func TestCellOrdersAgreementFirst(t *testing.T) {
	var c Cell
	cite := func(u string) citewatch.Citation { return citewatch.Citation{URL: u, Quote: "signed"} }
	signed := func(d citewatch.Date, u string) citewatch.Fact {
		return citewatch.Fact{Event: citewatch.EventSigned, Party: "JPN", Date: d, Citation: cite(u)}
	}
	feb11 := citewatch.DayDate(2025, 2, 11)
	c.add(signed(feb11, "https://a.example/"))
	c.add(signed(feb11, "https://b.example/"))
	c.add(signed(citewatch.DayDate(2024, 12, 1), "https://c.example/")) // sorts before 2025-02 by date
	c.add(signed(citewatch.Date{Year: 2025, Month: 2, Precision: citewatch.PrecisionMonth}, "https://d.example/"))
	c.settle()
	var got []string
	for _, v := range c.Values {
		got = append(got, fmt.Sprintf("%s %v", v.Date, v.Disagrees))
	}
	want := []string{"2025-02-11 false", "2025-02 false", "2024-12-01 true"}
	if !slices.Equal(got, want) {
		t.Errorf("values %v, want %v", got, want)
	}
	if !c.Disagree {
		t.Error("2025-02-11 against 2024-12-01 not flagged")
	}
}

// TestValueCitationsAreBounded: a date eight pages repeat lists the first
// MaxValueCitations of them and counts the rest; it still outranks a date
// two pages give.
func TestValueCitationsAreBounded(t *testing.T) {
	var c Cell
	for i := range 8 {
		c.add(citewatch.Fact{Event: citewatch.EventSigned, Party: "JPN", Date: citewatch.DayDate(2024, 9, 5),
			Citation: citewatch.Citation{URL: fmt.Sprintf("https://copy%d.example/", i), Quote: "signed on 5 September 2024"}})
	}
	for i := range 2 {
		c.add(citewatch.Fact{Event: citewatch.EventSigned, Party: "JPN", Date: citewatch.DayDate(2024, 9, 6),
			Citation: citewatch.Citation{URL: fmt.Sprintf("https://other%d.example/", i), Quote: "signed on 6 September 2024"}})
	}
	c.settle()
	if len(c.Values) != 2 {
		t.Fatalf("cell has %d values, want 2", len(c.Values))
	}
	v := c.Values[0]
	if v.Date.String() != "2024-09-05" || len(v.Citations) != MaxValueCitations || v.MoreCitations != 8-MaxValueCitations {
		t.Errorf("first value %s with %d citations and %d more, want 2024-09-05 with %d and %d more",
			v.Date, len(v.Citations), v.MoreCitations, MaxValueCitations, 8-MaxValueCitations)
	}
	if v := c.Values[1]; len(v.Citations) != 2 || v.MoreCitations != 0 {
		t.Errorf("second value lists %d citations and %d more, want 2 and 0", len(v.Citations), v.MoreCitations)
	}
}

// must fails the test at once when a step of its setup fails, so that no
// test passes on a premise it did not set up.
func must(t testing.TB, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}
