package parties

import "testing"

func BenchmarkFind(b *testing.B) {
	load()
	s := "The treaty was signed by Andorra, Georgia, Iceland, Norway, the Republic of Moldova, San Marino, the United Kingdom, Israel, the United States and the European Union on 5 September 2024 in Vilnius."
	for i := 0; i < b.N; i++ {
		Find(s)
	}
}
