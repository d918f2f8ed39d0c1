package extract

import (
	"math/rand/v2"
	"regexp"
	"strings"
	"testing"
)

// TestUnrealWordsAsOneExpression holds the words of intent and negation,
// matched per language with cheap checks first, to the one expression
// of every language's words they stand for.
func TestUnrealWordsAsOneExpression(t *testing.T) {
	var intent, near, fillers []string
	for _, lx := range lexicons {
		intent = append(intent, lx.intent...)
		near = append(near, lx.near...)
		fillers = append(fillers, lx.fillers...)
	}
	whole := regexp.MustCompile(`(?i)(?:(?:^|[^\p{L}\p{N}])(?:` + strings.Join(intent, "|") + `)(?:\s+[\p{L}'’-]+){0,4}\s*$)|` +
		`(?:(?:^|[^\p{L}\p{N}])(?:` + strings.Join(near, "|") + `))(?:\s+(?:` + strings.Join(fillers, "|") + `|\w+ly))*\s*$`)
	texts := []string{
		"", "The government plans to", "Japan has not yet formally", "It would then", "La France n'a pas encore", "Le Chili prévoit de",
		"España no ha", "Deutschland will das Abkommen", "L'Italia non ha ancora", "O Brasil não", "Norway, which", "explains the",
		"x_to", "2to", "éto", "ſhould", "İntends to", "PLANS TO", "aims", "has been",
	}
	vocab := []string{" ", "  ", ",", ".", "_", "2", "é", "'", "’", "-", "x", "the", "treaty", "formally", "yet", "to", "not", "n't", "plans",
		"plan", "will", "WILL", "would", "pas", "encore", "va", "a", "la", "à", "l'", "no", "ha", "aún", "nicht", "noch", "um", "non", "per",
		"não", "sem", "ainda", "prévoit", "de", "quiere", "soll", "intende", "vai", "explains", "Norway", "ſ", "İ", "poised", "hopes", "hope"}
	rng := rand.New(rand.NewPCG(9, 10))
	for range 20000 {
		var b strings.Builder
		for range rng.IntN(9) {
			b.WriteString(vocab[rng.IntN(len(vocab))])
			if rng.IntN(2) == 0 {
				b.WriteByte(' ')
			}
		}
		texts = append(texts, b.String())
	}
	u := words().unreal
	for _, s := range texts {
		if got, want := u.MatchString(s), whole.MatchString(s); got != want {
			t.Errorf("unreal words on %q: %v, want %v", s, got, want)
		}
	}
}
