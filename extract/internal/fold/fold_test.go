package fold

import "testing"

func TestHas(t *testing.T) {
	for _, c := range []struct {
		text, sub string
		want      bool
	}{
		{"Thirteen SIGNATORIES", "signat", true},
		{"Le 5 Septembre", "septembre", true},
		{"ÉTATS PARTIES", "états", true},
		{"no count here", "signat", false},
		{"ſignatories", "signat", true}, // long s folds to s in a case-insensitive expression
	} {
		if got := Lower(c.text).Has(c.sub); got != c.want {
			t.Errorf("Lower(%q).Has(%q) = %v, want %v", c.text, c.sub, got, c.want)
		}
	}
}

func TestHasWord(t *testing.T) {
	for _, c := range []struct {
		text, word string
		want       bool
	}{
		{"Thirteen signatories", "thirteen", true},
		{"often signed", "ten", false},    // inside a word
		{"(ten) signed", "ten", true},     // after punctuation
		{"x_ten signed", "ten", false},    // after an underscore
		{"often, then ten", "ten", true},  // a later occurrence
		{"İten signed", "ten", true},      // lowers to "iten": checks pass
		{"\u212aten signed", "ten", true}, // Kelvin sign lowers to "k"
	} {
		if got := Lower(c.text).HasWord(c.word); got != c.want {
			t.Errorf("Lower(%q).HasWord(%q) = %v, want %v", c.text, c.word, got, c.want)
		}
	}
}

func TestHasWholeWord(t *testing.T) {
	for _, c := range []struct {
		text, word string
		want       bool
	}{
		{"ventidue parti hanno firmato", "parti", true},
		{"the parties agreed", "parti", false},       // a longer word
		{"a partial view", "parti", false},           // inside a word
		{"compartir", "parti", false},                // after a letter
		{"parti, then", "parti", true},               // before punctuation
		{"trois partié", "parti", true},              // an accented letter is no ASCII word byte, as for \b
		{"the parties and one parti", "parti", true}, // a later occurrence
		{"PARTI", "parti", true},
		{"ſome parties", "parti", true}, // long s: checks pass
	} {
		if got := Lower(c.text).HasWholeWord(c.word); got != c.want {
			t.Errorf("Lower(%q).HasWholeWord(%q) = %v, want %v", c.text, c.word, got, c.want)
		}
	}
}

func TestHasAnyAgreesWithHas(t *testing.T) {
	lists := [][]string{
		{"signat", "ratif", "états", "批准", "x", "force"},
		{"aa", "a"},
		{""},
		{"end", "entr", "entrada", "sum"},
		nil,
	}
	texts := []string{"", "a", "Thirteen SIGNATORIES", "ÉTATS PARTIES", "日本は批准した", "no count here", "ſignatories", "X", "the summit",
		"ENTRADA", "ent", "legend", "forc", "in force", "ab"}
	for _, ps := range lists {
		pieces := NewPieces(ps...)
		for _, s := range texts {
			if got, want := Lower(s).HasAny(pieces), Lower(s).Has(ps...); got != want {
				t.Errorf("Lower(%q).HasAny(%q) = %v, want %v", s, ps, got, want)
			}
		}
	}
}

func TestHasStart(t *testing.T) {
	for _, c := range []struct {
		text, word string
		want       bool
	}{
		{"it plans to", "plans", true},
		{"x_plans", "plans", true},   // an underscore is no letter
		{"explains", "plans", false}, // inside a word
		{"2plans", "plans", false},   // after a digit
		{"éplans", "plans", true},    // after a letter the check cannot read: it passes
		{"implant, plant", "plant", true},
		{"İplans", "plans", true}, // lowers unlike the expression: checks pass
	} {
		if got := Lower(c.text).HasStart(c.word); got != c.want {
			t.Errorf("Lower(%q).HasStart(%q) = %v, want %v", c.text, c.word, got, c.want)
		}
	}
}
