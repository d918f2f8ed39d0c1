package numbers_test

import (
	"fmt"
	"regexp"

	"github.com/citewatch/citewatch/internal/wordlist/numbers"
)

func ExampleCardinal() {
	for _, s := range []string{"seventy-six", "soixante-seize", "setenta y seis", "sechsundsiebzig", "settantasei", "setenta e seis", "七十六"} {
		n, _ := numbers.Cardinal(s)
		fmt.Print(n, " ")
	}
	fmt.Println()
	// Output: 76 76 76 76 76 76 76
}

func ExampleOrdinalRE() {
	re := regexp.MustCompile(`(?i)\b(?:the|le|el|der|il|o)\s+(` + numbers.OrdinalRE + `)\s+\p{L}+`)
	for _, s := range []string{"Fiji became the sixtieth state to ratify.", "Le Maroc est devenu le 60e État partie.", "Fue el noveno país en hacerlo."} {
		m := re.FindStringSubmatch(s)
		n, _ := numbers.Ordinal(m[1])
		fmt.Println(m[1], n)
	}
	// Output:
	// sixtieth 60
	// 60e 60
	// noveno 9
}
