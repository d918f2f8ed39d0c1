package citewatch_test

import (
	"fmt"

	"github.com/citewatch/citewatch"
)

// A claim's date is compared at the claim's own precision: "May 2024" is
// backed by 17 May 2024, "2023" is not.
func ExampleDate_Agrees() {
	page := citewatch.DayDate(2024, 5, 17)
	may := citewatch.Date{Year: 2024, Month: 5, Precision: citewatch.PrecisionMonth}
	year := citewatch.Date{Year: 2023, Precision: citewatch.PrecisionYear}
	fmt.Println(may.Human(), "agrees with", page.Human()+":", may.Agrees(page))
	fmt.Println(year.Human(), "agrees with", page.Human()+":", year.Agrees(page))
	// Output:
	// May 2024 agrees with 17 May 2024: true
	// 2023 agrees with 17 May 2024: false
}

// Two facts about the same treaty, event and party share a Key; when their
// dates do not agree, the sources disagree.
func ExampleFact_Key() {
	a := citewatch.Fact{Treaty: "CETS-225", Event: citewatch.EventSigned, Party: "JPN", Date: citewatch.DayDate(2025, 2, 11)}
	b := citewatch.Fact{Treaty: "CETS-225", Event: citewatch.EventSigned, Party: "JPN", Date: citewatch.DayDate(2025, 2, 12)}
	fmt.Println(a.Key(), a.Key() == b.Key(), a.Date.Agrees(b.Date))
	// Output: CETS-225|signed|JPN true false
}
