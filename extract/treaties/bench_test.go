package treaties

import (
	"strings"
	"testing"
)

// benchParagraphs are sentences of our own in the ways pages write about
// treaties: full titles, short names, acronyms defined in brackets,
// series numbers, titles the name table lacks, general references, other
// languages and Japanese.
var benchParagraphs = []string{
	"The Treaty on the Prohibition of Nuclear Weapons (TPNW) was opened for signature in the autumn, and the TPNW has since gathered many signatures.",
	"Delegates also spoke of the Paris Agreement, of the Kyoto Protocol and of the Doha Amendment to the Kyoto Protocol, which several states have yet to accept.",
	"The Council of Europe Framework Convention on Artificial Intelligence and Human Rights, Democracy and the Rule of Law (CETS No. 225) was signed by a first group of states.",
	"Under the Convention, each Party shall adopt the measures it needs; the Convention enters into force on the first day of the month after three months.",
	"The Agreement on the Conservation of Mountain Lakes and Their Shores was adopted by the regional conference after long talks.",
	"Meanwhile the Second Additional Protocol to the Convention on Cybercrime, known to many as the Second Additional Protocol, drew fresh ratifications.",
	"La Convention sur la protection des phares historiques a été adoptée par la conférence et le traité entrera en vigueur après dix ratifications.",
	"Das Übereinkommen über die biologische Vielfalt und das Pariser Abkommen wurden von vielen Staaten ratifiziert; das Abkommen gilt seither.",
	"El Acuerdo de Escazú fue firmado por varios países y el acuerdo entró en vigor tras el undécimo instrumento de ratificación.",
	"ILO Convention No. 190 on violence and harassment at work was ratified by a growing number of member states this year.",
	"The ministers' statement on trade, fisheries and the oceans named no treaty at all and spoke of budgets, ships and ports instead.",
	"日本は核兵器禁止条約に署名しておらず、同条約の締約国会議にはオブザーバーとしても参加していない。",
	"Japan’s government said the Arms Trade Treaty and the Minamata Convention on Mercury would be discussed at the summit in the spring.",
	"The treaty office listed the Convention for the Protection of Individuals with regard to Automatic Processing of Personal Data (ETS No. 108) and its amending protocol.",
}

// benchPage is a long page of benchParagraphs.
var benchPage = strings.Repeat(strings.Join(benchParagraphs, "\n\n")+"\n\n", 6)

// BenchmarkFindPage measures Find over a whole page, the way the page's
// treaties are read before its sentences.
func BenchmarkFindPage(b *testing.B) {
	o := Options{CouncilOfEurope: true}
	for b.Loop() {
		Find(benchPage, o)
	}
}

// BenchmarkLearnPage measures what a page's reading does: Find, the
// names the page defines, and Find again with them.
func BenchmarkLearnPage(b *testing.B) {
	o := Options{CouncilOfEurope: true}
	for b.Loop() {
		ms := Find(benchPage, o)
		o.Aliases = Define(benchPage, ms)
		Find(benchPage, o)
		o.Aliases = Aliases{}
	}
}

// BenchmarkFindSentences measures Find sentence by sentence, with the
// names the page defines.
func BenchmarkFindSentences(b *testing.B) {
	o := Options{CouncilOfEurope: true}
	o.Aliases = Learn(benchPage, o)
	for b.Loop() {
		for _, s := range benchParagraphs {
			Find(s, o)
		}
	}
}
