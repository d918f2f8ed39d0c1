package extract

import (
	"testing"

	"github.com/citewatch/citewatch"
)

// "Neither signed nor ratified" tells acts not done, in each language.
func TestNeitherNorIsNoAct(t *testing.T) {
	x := New(testLogger())
	pub := citewatch.DayDate(2024, 5, 2)
	for _, s := range []string{
		"Chile and Peru have neither signed nor ratified the TPNW.",
		"Le Chili et le Pérou ne l'ont ni signé ni ratifié, a rappelé le ministre à propos du TPNW.",
		"Chile y Perú no han firmado ni ratificado el TPNW.",
		"Chile und Peru haben den TPNW weder unterzeichnet noch ratifiziert.",
		"Il Cile e il Perù non hanno né firmato né ratificato il TPNW.",
		"O Chile e o Peru não assinaram nem ratificaram o TPNW.",
	} {
		for _, f := range x.FactsInText("https://example.org/neither", s, pub) {
			if f.Party == "CHL" || f.Party == "PER" {
				t.Errorf("FactsInText(%q) gives %s %s %s, want no act of Chile or Peru", s, f.Event, f.Party, f.Date)
			}
		}
	}
}
