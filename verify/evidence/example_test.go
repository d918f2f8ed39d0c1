package evidence_test

import (
	"fmt"

	"github.com/citewatch/citewatch/verify/evidence"
)

func ExampleScorer_Judge() {
	source := []string{
		"(meta data) TITLE: AI convention opened for signature",
		"The Framework Convention on Artificial Intelligence was opened for signature in Vilnius on 5 September 2024.",
		"Ten parties signed it that day.",
	}
	s := evidence.New(evidence.Options{})

	j := s.Judge("The convention was opened for signature in Vilnius on 5 September 2024.", "", source)
	fmt.Println(j.Label, j.Best)

	j = s.Judge("The convention was opened for signature in Vilnius on 5 September 2023.", "", source)
	fmt.Println(j.Label, j.Missing)
	fmt.Println(j.Reason)
	// Output:
	// supported [1]
	// partial [2023]
	// the best sentence covers 68% of the claim's content; the source never mentions 2023
}

func ExampleRank() {
	sentences := []string{
		"Ministers met in Strasbourg.",
		"The convention was adopted by the Committee of Ministers on 17 May 2024.",
	}
	for _, r := range evidence.Rank("adopted by the Committee of Ministers", sentences, 2) {
		fmt.Println(r.Index)
	}
	// Output:
	// 1
	// 0
}
