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

// A treaty outside the name table is found by the shape of its title and
// gets an id derived from it; a protocol of a known treaty gets that
// treaty's id and its own name.
func ExampleFind_openWorld() {
	s := "Chile ratified the Framework Convention on Lighthouse Keeping and the Third Amendment to the Basel Convention; le Traité sur la protection des phares suivra."
	for _, m := range treaties.Find(s, treaties.Options{}) {
		fmt.Printf("%q id=%q name=%q\n", s[m.Start:m.End], m.ID, m.Name)
	}
	// Output:
	// "Framework Convention on Lighthouse Keeping" id="framework-convention-on-lighthouse-keeping" name="Framework Convention on Lighthouse Keeping"
	// "Third Amendment to the Basel Convention" id="UNTC-XXVII-3/third-amendment" name="Third Amendment to the Basel Convention"
	// "Traité sur la protection des phares" id="traite-sur-protection-des-phares" name="Traité sur la protection des phares"
}

// A page's own acronym for a treaty is learnt from its brackets.
func ExampleLearn() {
	page := "The Treaty on Coastal Lighthouses (TCL) was adopted in 2024. Peru ratified the TCL."
	o := treaties.Options{}
	o.Aliases = treaties.Learn(page, o)
	for _, m := range treaties.Find("Peru ratified the TCL.", o) {
		fmt.Println(m.ID)
	}
	// Output:
	// treaty-on-coastal-lighthouses
}
