package parties_test

import (
	"fmt"

	"github.com/citewatch/citewatch/extract/parties"
)

func ExampleFind() {
	s := "Signée par l’Union européenne, la République de Moldova et le gouvernement du Japon; the Japanese government and Türkiye agreed."
	for _, m := range parties.Find(s) {
		fmt.Println(m.Code, s[m.Start:m.End])
	}
	// Output:
	// EUE Union européenne
	// MDA République de Moldova
	// JPN Japon
	// JPN Japanese
	// TUR Türkiye
}
