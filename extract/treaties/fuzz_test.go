package treaties

import (
	"testing"
	"unicode/utf8"
)

// FuzzFind checks that whatever the text, mentions lie inside it on rune
// boundaries, in order and without overlaps, and that each named mention
// has an id.
func FuzzFind(f *testing.F) {
	for _, s := range []string{
		"Japan signed the Convention on the Protection of Lighthouses (CPL) on Monday.",
		"La Convention sur la protection des phares a été signée; le Protocole additionnel aussi.",
		"Das Leuchtturmabkommen und das Römische Statut",
		"灯台保護条約に署名した。同条約は発効した。",
		"the Third Amendment to the Basel Convention and the Second Additional Protocol",
		"Convention on , and the Treaty of ' ’ s",
	} {
		f.Add(s, "ETS-185")
	}
	f.Fuzz(func(t *testing.T, s, subject string) {
		o := Options{CouncilOfEurope: true, Subject: subject}
		o.Aliases = Learn(s, o)
		end := 0
		for _, m := range Find(s, o) {
			if m.Start < end || m.End <= m.Start || m.End > len(s) {
				t.Fatalf("Find(%q): mention %+v out of order or bounds (previous end %d)", s, m, end)
			}
			if !utf8.RuneStart(s[m.Start]) || m.End < len(s) && !utf8.RuneStart(s[m.End]) {
				t.Fatalf("Find(%q): mention %+v not on rune boundaries", s, m)
			}
			if !m.Generic && m.ID == "" {
				t.Fatalf("Find(%q): named mention %+v without an id", s, m)
			}
			end = m.End
		}
	})
}
