package extract

import (
	"regexp"
	"testing"
)

// reOtherUnion is otherUnion as a regular expression.
var reOtherUnion = regexp.MustCompile(`\b(?:African|Eurasian|Postal|Telecommunication|Economic|Customs|Inter-Parliamentary)\s+Union\b|\bUnion\s+(?:of|africaine|postale|internationale|économique|interparlementaire)\b`)

// unionTexts are sentences of our own naming unions, or words that look
// like them.
var unionTexts = []string{
	"The African Union and the European Union signed.",
	"l'Union africaine et l'Union européenne",
	"the Union of South American Nations",
	"the Union offers support; the Union's budget; Unions of workers",
	"NonAfrican Union; African  \n Union; African\vUnion; AfricanUnion",
	"the Inter-Parliamentary Union met; Customs Union",
	"Union\téconomique et monétaire",
	"Union économiques",
	"the European Union alone",
	"Union",
	"Union of",
	"_Union of",
	"Postal Union_",
	"",
}

func TestOtherUnionAsRegexp(t *testing.T) {
	for _, s := range unionTexts {
		if got, want := otherUnion(s), reOtherUnion.MatchString(s); got != want {
			t.Errorf("otherUnion(%q) = %v, want %v", s, got, want)
		}
	}
}

// FuzzOtherUnion checks otherUnion against the regular expression.
func FuzzOtherUnion(f *testing.F) {
	for _, s := range unionTexts {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := otherUnion(s), reOtherUnion.MatchString(s); got != want {
			t.Errorf("otherUnion(%q) = %v, want %v", s, got, want)
		}
	})
}
