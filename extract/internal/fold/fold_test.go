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
