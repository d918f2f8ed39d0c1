package evidence

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"
)

// BenchmarkJudge judges 50 claims, each against a page of 200 sentences;
// it reports ns/claim.
func BenchmarkJudge(b *testing.B) {
	rng := rand.New(rand.NewPCG(1, 2))
	vocab := strings.Fields(`convention treaty signature ratification council ministers committee
		adopted opened signed parties states member observer Vilnius Strasbourg Paris Canada Japan Norway
		Iceland Georgia Andorra entry force month period expiration consent bound union European
		artificial intelligence human rights democracy rule law framework protocol amendment reservation
		declaration territorial denunciation depositary secretary general session conference delegation`)
	sentence := func(n int) string {
		w := make([]string, n)
		for i := range w {
			if rng.IntN(8) == 0 {
				w[i] = fmt.Sprint(rng.IntN(2030))
			} else {
				w[i] = vocab[rng.IntN(len(vocab))]
			}
		}
		return strings.Join(w, " ") + "."
	}
	const claims, sentences = 50, 200
	pages := make([][]string, claims)
	texts := make([]string, claims)
	for c := range claims {
		pages[c] = make([]string, sentences)
		for i := range pages[c] {
			pages[c][i] = sentence(12 + rng.IntN(20))
		}
		texts[c] = sentence(15)
	}
	s := New(Options{})
	b.ResetTimer()
	for b.Loop() {
		for c := range claims {
			s.Judge(texts[c], "", pages[c])
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*claims), "ns/claim")
}
