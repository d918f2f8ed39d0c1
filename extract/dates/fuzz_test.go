package dates

import (
	"testing"
	"unicode/utf8"

	"github.com/citewatch/citewatch"
)

// FuzzFind checks that Find never panics and returns spans in order,
// without overlaps, on rune boundaries, each with a valid date or marked
// ambiguous.
func FuzzFind(f *testing.F) {
	for _, s := range []string{
		"signed on 5 September 2024 and ratified last year",
		"el 5 de junio de 2025, este sábado, el año pasado",
		"am 5. Juni 2025, letztes Jahr, Anfang März",
		"令和7年12月15日、昨年5月、11日、同日",
		"26 September 201825 November 2019Ratification",
		"on Monday, March 4; Tuesday, March 5; and Wednesday, March 6, 2019",
		"no dia 3, nesta segunda, em junho passado",
	} {
		f.Add(s)
	}
	c := Context{Anchor: citewatch.DayDate(2025, 6, 11)}
	f.Fuzz(func(t *testing.T, s string) {
		if !utf8.ValidString(s) {
			return
		}
		end := 0
		for _, m := range Find(s, c) {
			if m.Start < end || m.End <= m.Start || m.End > len(s) {
				t.Fatalf("Find(%q): span %d-%d after %d", s, m.Start, m.End, end)
			}
			if !utf8.ValidString(s[m.Start:m.End]) {
				t.Fatalf("Find(%q): span %d-%d splits a character", s, m.Start, m.End)
			}
			if !m.Ambiguous && (m.Date.IsZero() || m.Date.Validate() != nil) {
				t.Fatalf("Find(%q): mention %q has date %+v", s, m.Text(s), m.Date)
			}
			end = m.End
		}
	})
}
