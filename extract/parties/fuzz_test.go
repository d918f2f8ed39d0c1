package parties

import (
	"testing"
	"unicode/utf8"
)

// FuzzFind checks that Find never panics and returns spans in order,
// without overlaps, on rune boundaries, each with a code.
func FuzzFind(f *testing.F) {
	for _, s := range []string{
		"the U.S. and l'Union européenne, los EE.UU. y la UE",
		"die Vereinigten Staaten und der Europäischen Union; Deutschlands",
		"米国と欧州連合、EU、タイトル、インド洋",
		"le gouvernement français et die deutsche Regierung",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if !utf8.ValidString(s) {
			return
		}
		end := 0
		for _, m := range Find(s) {
			if m.Start < end || m.End <= m.Start || m.End > len(s) || m.Code == "" {
				t.Fatalf("Find(%q): mention %+v after %d", s, m, end)
			}
			if !utf8.ValidString(s[m.Start:m.End]) {
				t.Fatalf("Find(%q): span %d-%d splits a character", s, m.Start, m.End)
			}
			end = m.End
		}
	})
}
