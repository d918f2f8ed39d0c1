package parties_test

import (
	"fmt"
	"strings"

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

func ExampleFind_languages() {
	for _, s := range []string{
		"Los EE.UU. y la UE lo firmaron; el Gobierno mexicano lo ratificó.",
		"Die Zustimmung der Vereinigten Staaten und Deutschlands steht aus.",
		"Gli Usa e l'Italia hanno firmato, come il Brasile.",
		"米国と欧州連合、そしてEUが署名した。",
	} {
		var found []string
		for _, m := range parties.Find(s) {
			found = append(found, m.Code+" "+s[m.Start:m.End])
		}
		fmt.Println(strings.Join(found, "; "))
	}
	// Output:
	// USA EE.UU.; EUE UE; MEX mexicano
	// USA Vereinigten Staaten; DEU Deutschlands
	// USA Usa; ITA Italia; BRA Brasile
	// USA 米国; EUE 欧州連合; EUE EU
}
