package extract

import (
	"testing"

	"github.com/citewatch/citewatch"
)

// engineSentences are sentences of our own in the seven languages the
// sentence rules read, written the ways pages tell acts (and, as most of
// a page is, the ways they tell none), for the benchmarks of the act
// words and the sentence engine.
var engineSentences = []string{
	"The Convention was adopted by the General Assembly on 14 March 2019 and opened for signature in Geneva on 2 May 2019.",
	"Norway, Chile and the European Union ratified it on 3 June 2020; Peru did likewise two days later.",
	"It entered into force on 1 January 2021, ninety days after the fiftieth instrument of ratification was deposited.",
	"The government plans to ratify the agreement next year, the minister said, but parliament has not yet approved it.",
	"As of today the treaty has 64 signatories and 41 parties, among them nearly every coastal state.",
	"Officials met in the capital on Tuesday to discuss fisheries, trade and the weather in the coming season.",
	"Le traité a été signé par la France le 5 septembre 2018 et ratifié par l'Espagne le 12 octobre 2019.",
	"La Convention est entrée en vigueur le 1er juillet 2020 ; le Chili a adhéré le même jour.",
	"El Acuerdo fue firmado por México el 4 de abril de 2018 y entró en vigor el 22 de abril de 2021.",
	"Argentina ratificó el tratado en 2020, mientras que Chile aún no lo ha firmado.",
	"Deutschland hat das Übereinkommen am 2. Februar 2019 ratifiziert; es ist am 1. Mai 2019 in Kraft getreten.",
	"Die Bundesregierung will das Abkommen noch in diesem Jahr unterzeichnen, sagte eine Sprecherin.",
	"L'Italia ha firmato la Convenzione il 15 marzo 2019 e l'ha ratificata il 3 aprile 2021.",
	"O Brasil assinou o Acordo em 26 de setembro de 2018 e o ratificou em 2 de março de 2021.",
	"A reunião tratou do orçamento, da agenda cultural e de outras questões administrativas.",
	"日本は2019年3月4日に条約に署名し、2021年5月6日に批准した。",
	"この条約は2021年1月22日に発効した。",
	"The meeting ended late in the evening with a short statement on the budget and no vote on any matter at all.",
}

func BenchmarkFindTriggers(b *testing.B) {
	for b.Loop() {
		for _, s := range engineSentences {
			findTriggers(s)
		}
	}
}

// BenchmarkSentenceEngine runs the sentence engine, all its phases, over
// engineSentences.
func BenchmarkSentenceEngine(b *testing.B) {
	var text string
	for _, s := range engineSentences {
		text += s + "\n\n"
	}
	doc := textDocument("https://example.org/bench", text, citewatch.DayDate(2024, 1, 1))
	pg := plainContext(doc)
	pg.subject = "bench-convention" // what "the Convention" and "it" stand for
	var sentences []string
	for _, sp := range doc.Sentences {
		s := doc.Slice(sp)
		for _, cl := range clauses(s, maxClause) {
			sentences = append(sentences, s[cl.Start:cl.End])
		}
	}
	if len(sentences) < len(engineSentences) {
		b.Fatalf("%d sentences, want at least %d", len(sentences), len(engineSentences))
	}
	facts := 0
	for b.Loop() {
		var fl flow
		facts = 0
		for _, s := range sentences {
			var out []stated
			out, fl = sentenceFacts(s, pg, fl)
			facts += len(out)
		}
	}
	if facts == 0 {
		b.Fatal("the sentence engine read no facts")
	}
}
