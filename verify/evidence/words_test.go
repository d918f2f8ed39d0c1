package evidence

import (
	"math/rand/v2"
	"slices"
	"testing"
	"unicode"
)

// wordsAsRunes is how words read a text before, rune by rune over a copy
// of it: the specification words is held to.
func wordsAsRunes(text string) []string {
	var out []string
	rs := []rune(text)
	for i := 0; i < len(rs); {
		if !isWordRune(rs[i]) {
			i++
			continue
		}
		j := i
		for j < len(rs) {
			switch {
			case isWordRune(rs[j]):
				j++
				continue
			case (rs[j] == ',' || rs[j] == '.') && j > i && j+1 < len(rs) &&
				unicode.IsDigit(rs[j-1]) && unicode.IsDigit(rs[j+1]):
				j++
				continue
			case (rs[j] == '\'' || rs[j] == '’') && j+1 < len(rs) && unicode.IsLetter(rs[j+1]):
				// "Aoki's" -> "Aoki"; "don't" -> "dont".
				if (rs[j+1] == 's' || rs[j+1] == 'S') && (j+2 == len(rs) || !isWordRune(rs[j+2])) {
					out = append(out, string(rs[i:j]))
					i = j + 2
					goto next
				}
				rs = append(rs[:j], rs[j+1:]...)
				continue
			}
			break
		}
		out = append(out, string(rs[i:j]))
		i = j
	next:
	}
	return out
}

// TestWordsAsRunes checks that words splits texts as wordsAsRunes does:
// numbers with separators, possessives, dropped apostrophes, non-ASCII
// letters, invalid UTF-8, and random strings of the characters that
// matter.
func TestWordsAsRunes(t *testing.T) {
	texts := []string{
		"", "a", "'s", "Aoki's plan", "don't stop", "rock'n'roll", "O'Brien’s book", "the states' votes",
		"1,000 and 41.3 and 3.", "5,5,5 x,5 5,x 1.2.3", "It's 2024's", "l'accord d’Europe", "Ma'am's",
		"日本は2025年2月11日に署名した。", "naïve café's", "x's's", "s's'", "'''", "a\xffb's \xe2\x80 c",
	}
	alphabet := []rune("aSs5,.'’ -é\uFFFD日")
	rng := rand.New(rand.NewPCG(1, 2))
	for range 20000 {
		rs := make([]rune, rng.IntN(12))
		for k := range rs {
			rs[k] = alphabet[rng.IntN(len(alphabet))]
		}
		texts = append(texts, string(rs), string(rs)+"\xff")
	}
	for _, s := range texts {
		if got, want := words(s), wordsAsRunes(s); !slices.Equal(got, want) {
			t.Fatalf("words(%q) = %q, want %q", s, got, want)
		}
	}
}

// FuzzWords holds words to wordsAsRunes on any text.
func FuzzWords(f *testing.F) {
	for _, s := range []string{"Aoki's 1,000", "don't", "l’accord's", "5.5'"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := words(s), wordsAsRunes(s); !slices.Equal(got, want) {
			t.Fatalf("words(%q) = %q, want %q", s, got, want)
		}
	})
}
