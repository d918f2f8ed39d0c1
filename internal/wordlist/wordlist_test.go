package wordlist

import "testing"

func TestAbbreviation(t *testing.T) {
	for _, w := range []string{"no", "sept", "u.s", "mme", "art"} {
		if !Abbreviation(w) {
			t.Errorf("Abbreviation(%q) = false, want true", w)
		}
	}
	for _, w := range []string{"treaty", "force", "ratified", ""} {
		if Abbreviation(w) {
			t.Errorf("Abbreviation(%q) = true, want false", w)
		}
	}
}

func TestStopword(t *testing.T) {
	for _, w := range []string{"the", "of", "which", "said", "however"} {
		if !Stopword(w) {
			t.Errorf("Stopword(%q) = false, want true", w)
		}
	}
	for _, w := range []string{"convention", "ratified", "chile", "The"} {
		if Stopword(w) {
			t.Errorf("Stopword(%q) = true, want false (lower-case content words only)", w)
		}
	}
}
