package treaties

import (
	"slices"
	"testing"
)

// japaneseTexts are texts of our own with Japanese titles and general
// references beside Latin letters, digits, punctuation and one another.
var japaneseTexts = []string{
	"日本は核兵器禁止条約に署名しておらず、同条約の締約国会議にも参加していない。",
	"政府は気候変動に関する国際連合枠組条約及び京都議定書の改正を受諾した。本協定は来年発効する。",
	"The BBNJ協定 and the 新START条約 were discussed; この条約 and 上記の議定書 too.",
	"国家管轄権外区域の海洋生物多様性の保全及び持続可能な利用に関する協定（BBNJ協定）",
	"条約条約協定・議定書ー改正123規程abc憲章、規約。",
	"\xff条約\xfe協定",
	"no Japanese here at all",
	"",
}

func TestFindInJapaneseAsWhole(t *testing.T) {
	for _, s := range append(japaneseTexts, benchParagraphs...) {
		for _, c := range []struct {
			name string
			f    func(string) [][]int
			want func(string) [][]int
		}{
			{"titles", func(s string) [][]int { return findInJapanese(s, reJapaneseTitle, japaneseHeads) }, func(s string) [][]int { return reJapaneseTitle.FindAllStringIndex(s, -1) }},
			{"generic", func(s string) [][]int { return findInJapanese(s, reGenericCJK, genericCJKHeads) }, func(s string) [][]int { return reGenericCJK.FindAllStringIndex(s, -1) }},
		} {
			if got, want := c.f(s), c.want(s); !slices.EqualFunc(got, want, slices.Equal) {
				t.Errorf("findInJapanese(%q) %s = %v, want %v", s, c.name, got, want)
			}
		}
	}
}

// FuzzFindInJapanese checks findInJapanese against the expressions run
// on the whole text.
func FuzzFindInJapanese(f *testing.F) {
	for _, s := range japaneseTexts {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := findInJapanese(s, reJapaneseTitle, japaneseHeads), reJapaneseTitle.FindAllStringIndex(s, -1); !slices.EqualFunc(got, want, slices.Equal) {
			t.Errorf("titles in %q = %v, want %v", s, got, want)
		}
		if got, want := findInJapanese(s, reGenericCJK, genericCJKHeads), reGenericCJK.FindAllStringIndex(s, -1); !slices.EqualFunc(got, want, slices.Equal) {
			t.Errorf("general references in %q = %v, want %v", s, got, want)
		}
	})
}
