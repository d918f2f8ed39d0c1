package treaties_test

import (
	"fmt"

	"github.com/citewatch/citewatch/extract/treaties"
)

func ExampleFind() {
	s := "The AI Convention (CETS No. 225) was signed by Japan; the Convention on Cybercrime (ETS No. 185) was not; the treaty enters into force later."
	for _, m := range treaties.Find(s, treaties.Options{}) {
		fmt.Printf("%q id=%q generic=%v\n", s[m.Start:m.End], m.ID, m.Generic)
	}
	// Output:
	// "AI Convention" id="CETS-225" generic=false
	// "CETS No. 225" id="CETS-225" generic=false
	// "Convention on Cybercrime" id="ETS-185" generic=false
	// "ETS No. 185" id="ETS-185" generic=false
	// "the treaty" id="" generic=true
}
