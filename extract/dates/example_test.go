package dates_test

import (
	"fmt"

	"github.com/citewatch/citewatch"
	"github.com/citewatch/citewatch/extract/dates"
)

func ExampleFind() {
	c := dates.Context{Anchor: citewatch.DayDate(2025, 2, 11), AnchorName: "dateline"}
	s := "Japan on Tuesday signed the treaty, opened for signature on 5 September 2024; 05/09/2024 is ambiguous here."
	for _, m := range dates.Find(s, c) {
		fmt.Printf("%q %s ambiguous=%v [%s]\n", m.Text(s), m.Date, m.Ambiguous, m.Date.Resolved)
	}
	// Output:
	// "on Tuesday" 2025-02-11 ambiguous=false [Tuesday on or before dateline 2025-02-11]
	// "5 September 2024" 2024-09-05 ambiguous=false []
	// "05/09/2024"  ambiguous=true []
}
