package extract

import (
	"strings"
	"testing"

	"github.com/citewatch/citewatch/extract/dates"
	"github.com/citewatch/citewatch/extract/internal/fold"
)

// countSentences are sentences of our own in the ways pages write counts,
// ranks and rules of entry into force, among the many more that tell
// none: prose with dates, numbers and the nouns of counts.
var countSentences = []string{
	"Honduras became the 50th state to ratify the convention on 24 October 2020, which started the ninety-day countdown.",
	"With its instrument deposited in Geneva, Fiji is now the sixty-first Party to the agreement.",
	"Le Bénin est devenu le 75e État partie à la convention le 3 mars 2021.",
	"El Salvador fue el noveno país en hacerlo, según la secretaría.",
	"Mit der Hinterlegung am 2. Mai wurde Ghana als 50. Staat Vertragspartei des Übereinkommens.",
	"As of today the treaty has 13 signatories and 4 parties, the depositary reports.",
	"Eleven other signatories joined them on 3 May 2019 in New York.",
	"Signatories: 92 Parties: 68",
	"The convention was signed by 120 states and ratified by 86 of them by the end of 2022.",
	"It enters into force 90 days after the deposit of the fiftieth instrument of ratification.",
	"The agreement takes effect on the first day of the month after three months have run from the day five states agreed to be bound by it.",
	"The meeting in Geneva on 12 June 2019 discussed the budget for 2020-2021 and adopted 14 decisions on the work of the committee.",
	"The secretariat published its annual report, which covers the work of the committee and its subsidiary bodies in the three regions.",
	"Delegates from more than 40 countries attended the second session, held from 4 to 8 March in Nairobi.",
	"The states parties agreed that the next conference will take place in the autumn of 2026 at the invitation of the host country.",
	"この条約は2021年1月22日に発効し、同国は50カ国目として批准した。",
	"El tratado cuenta con 86 Estados partes y 92 firmantes desde el 1 de enero de 2024.",
	"À ce jour, 52 pays ont adhéré à la convention et 12 autres l'ont signée.",
	"Bisher haben 107 Staaten das Abkommen unterzeichnet und 60 es ratifiziert.",
	"Ten states and organisations signed the protocol on the opening day, bringing the total to 23.",
	"No state has yet ratified the amendment, which was adopted by consensus at the fourth meeting.",
	"The number of parties rose to 31 when Chile deposited its instrument of accession on 5 July.",
	"The threshold of 55 Parties was reached on 7 September 2016, and the agreement entered into force thirty days later.",
	"Its first article sets out the scope, and its second and third articles define the terms used in the text.",
	"Population figures for 2019 show 3.2 million people in the capital region and 1.4 million in the north.",
	"The committee, which has 18 members elected for four-year terms, met three times in 2023.",
}

// BenchmarkCounts measures the readers of counts and ranks
// (findCountsLower) on countSentences, lower-casing included.
func BenchmarkCounts(b *testing.B) {
	n := 0
	for b.Loop() {
		for _, s := range countSentences {
			n += len(findCountsLower(s, fold.Lower(s)))
		}
	}
	if n == 0 {
		b.Fatal("no counts found")
	}
}

// BenchmarkEIFRules measures the reader of rules of entry into force
// (eifRuleSpans) on countSentences.
func BenchmarkEIFRules(b *testing.B) {
	counts := make([][]countMention, len(countSentences))
	for i, s := range countSentences {
		counts[i] = findCountsLower(s, fold.Lower(s))
	}
	n := 0
	for b.Loop() {
		for i, s := range countSentences {
			n += len(eifRuleSpans(s, fold.Lower(s), counts[i]))
		}
	}
	if n == 0 {
		b.Fatal("no rules found")
	}
}

// BenchmarkStatusAsOf measures statusAsOf on a page's worth of
// countSentences with a status line at its end.
func BenchmarkStatusAsOf(b *testing.B) {
	text := strings.Join(countSentences, "\n") + "\nStatus as of: 1 March 2025"
	n := 0
	for b.Loop() {
		if !statusAsOf(text, dates.Context{}).IsZero() {
			n++
		}
	}
	if n == 0 {
		b.Fatal("no status date found")
	}
}
