package treaties

import (
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// findNamesFolded is findNames on a folded copy of the whole text: the
// index's names at word boundaries of the folded text, and those that
// begin with no word as substrings of it. findNames must find what it
// finds.
func findNamesFolded(s string, x *nameIndex, ms []Mention) []Mention {
	if len(x.byWord) == 0 && len(x.other) == 0 {
		return ms
	}
	f, pos := foldText(s, true)
	match := func(n name, i int) {
		end := i + len(n.folded)
		if n.wordAtEnd && end < len(f) {
			if r, _ := utf8.DecodeRuneInString(f[end:]); isWord(r) {
				return
			}
		}
		if hasAcronyms(s[pos[i]:pos[end]], n.acronyms) {
			ms = append(ms, Mention{Start: pos[i], End: pos[end], ID: n.id})
		}
	}
	if len(x.byWord) > 0 {
		prevWord := false
		for i, r := range f {
			w := isWord(r)
			if w && !prevWord {
				for _, n := range x.byWord[firstWord(f[i:])] {
					if strings.HasPrefix(f[i:], n.folded) {
						match(n, i)
					}
				}
			}
			prevWord = w
		}
	}
	if len(x.other) > 0 && !isASCII(s) {
		for _, n := range x.other {
			for from := 0; ; {
				i := strings.Index(f[from:], n.folded)
				if i < 0 {
					break
				}
				i += from
				from = i + 1
				match(n, i)
			}
		}
	}
	return ms
}

// namesTexts are texts of our own that name treaties in the ways folding
// must see through: capitals, curly apostrophes, hyphen variants, runs of
// white space, letters whose lower case is longer or shorter, acronyms,
// and names the index has in Japanese or defined by the page.
var namesTexts = append([]string{
	"the PARIS  AGREEMENT and the paris\u00a0agreement, the Paris\n\tAgreement",
	"la Convention européenne des droits de l’homme et la CONVENTION EUROPÉENNE DES DROITS DE L'HOMME",
	"the Non‐Proliferation Treaty, the Non‑Proliferation Treaty and the NPT, not the npt",
	"the Paris Agreementary and the Paris Agreement's article; KİGALI Amendment; the \u212aigali Amendment",
	"パリ協定と京都議定書、そしてTPNW（核兵器禁止条約）",
	"Convention 108+ and Convention 108 and Convention 1080",
	"the Römische Statut, dem Römischen Statut, des Römischen Statuts",
	"\xffParis Agreement\xfe the\xc3 Kyoto Protocol",
	"BBNJ協定 and the High Seas Treaty (the “High Seas Treaty”)",
	"",
}, benchParagraphs...)

func TestFindNamesAsFolded(t *testing.T) {
	aliases := Learn(strings.Join(namesTexts, "\n"), Options{}).names
	aliases.add(newName("「影の条約」", "SHADOW"))
	for _, x := range []*nameIndex{load(), &aliases} {
		for _, s := range namesTexts {
			if got, want := findNames(s, x, nil), findNamesFolded(s, x, nil); !slices.Equal(got, want) {
				t.Errorf("findNames(%q) = %v, want %v", s, got, want)
			}
		}
	}
}

// FuzzFindNames checks findNames against findNamesFolded.
func FuzzFindNames(f *testing.F) {
	for _, s := range namesTexts {
		f.Add(s)
	}
	x := load()
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := findNames(s, x, nil), findNamesFolded(s, x, nil); !slices.Equal(got, want) {
			t.Errorf("findNames(%q) = %v, want %v", s, got, want)
		}
	})
}

// TestFoldKeepsWords checks what findNames relies on: folding a character
// never makes a word's character of one that is not, or the reverse.
func TestFoldKeepsWords(t *testing.T) {
	for r := rune(0); r <= unicode.MaxRune; r++ {
		if unicode.IsSpace(r) {
			continue
		}
		if isWord(r) != isWord(foldRune(r)) {
			t.Errorf("isWord(%U) = %v, isWord(foldRune) = %v", r, isWord(r), isWord(foldRune(r)))
		}
	}
}

func BenchmarkFindNames(b *testing.B) {
	x := load()
	for b.Loop() {
		findNames(benchPage, x, nil)
	}
}

// BenchmarkFindNamesFolded is BenchmarkFindNames on a folded copy of the
// text, for comparison.
func BenchmarkFindNamesFolded(b *testing.B) {
	x := load()
	for b.Loop() {
		findNamesFolded(benchPage, x, nil)
	}
}
