package dates

import (
	"testing"

	"github.com/citewatch/citewatch"
)

// benchSentences are sentences of our own in the seven languages, the
// way treaty news and depositary pages write: most tell no date, or only
// counts and article numbers, as most sentences of a page do; the others
// tell full, partial, relative and numeric dates and spans of time.
var benchSentences = []string{
	// English
	"The convention, which aims to strengthen cooperation between the parties on the exchange of information, has now been signed by 46 states and ratified by 12 of them.",
	"Under Article 36, it takes effect on the first day of the month after three months have run from the day the fifth state agreed to be bound.",
	"The treaty was opened for signature in Vilnius on 5 September 2024 and signed that day by Andorra, Georgia, Iceland and Norway.",
	"Japan deposited its instrument of acceptance on Tuesday, and the agreement will take effect ninety days later, the ministry said in a statement.",
	"Negotiations began in 2019 and lasted more than four years, during which the drafting group met 11 times in Strasbourg and online.",
	"The Secretary-General received the instruments of ratification of Chile on March 3, 2014 and of Fiji on 05/09/2024, as listed in the annex.",
	"Officials said that the remaining states are expected to complete their procedures in the coming months, possibly before the end of next year.",
	// French
	"La convention a été ouverte à la signature le 1er juillet 2004 et compte aujourd'hui quarante-six États signataires.",
	"Elle est entrée en vigueur le premier jour du mois suivant l'expiration d'une période de trois mois après le dépôt du cinquième instrument.",
	"Le gouvernement a annoncé mercredi qu'il déposerait l'instrument de ratification avant la fin de l'année.",
	// Spanish
	"El tratado fue firmado el 5 de junio de 2025 en Lima por los representantes de veintidós países de la región.",
	"Según el artículo 22, entrará en vigor noventa días después de la fecha en que se haya depositado el undécimo instrumento.",
	"El Gobierno informó ayer que el Congreso aprobó el acuerdo a finales de 2020 tras un largo debate.",
	// German
	"Deutschland hat das Abkommen am 5. Juni 2025 ratifiziert, nachdem der Bundestag es im März gebilligt hatte.",
	"Das Übereinkommen tritt drei Monate nach Hinterlegung der zehnten Ratifikationsurkunde in Kraft, so das Ministerium am Dienstag.",
	"Bisher haben einundzwanzig Staaten das Protokoll unterzeichnet, sieben davon haben es auch ratifiziert.",
	// Italian
	"L'Italia lo ha ratificato il 5 giugno 2025, tre anni dopo la firma avvenuta a Roma nel 2022.",
	"Il trattato è stato firmato martedì a New York da ventitré stati, tra cui la Francia e la Spagna.",
	// Portuguese
	"O Brasil ratificou o acordo em 5 de junho de 2025, noventa dias depois da aprovação pelo Senado.",
	"Segundo o artigo 12, o protocolo entra em vigor no trigésimo dia após o depósito do décimo instrumento.",
	// Japanese
	"日本政府は2025年6月5日、条約の受諾書を国連事務総長に寄託した。",
	"同条約は、昨年5月に採択され、発効は90日後となる見通しだ。",
}

// BenchmarkFind measures Find over benchSentences, with an anchor as a
// page's sentences are read.
func BenchmarkFind(b *testing.B) {
	c := Context{Anchor: citewatch.DayDate(2025, 6, 11), AnchorName: "publication date", Order: OrderDayFirst, OrderWhy: "the page is European"}
	n := 0
	for b.Loop() {
		for _, s := range benchSentences {
			n += len(Find(s, c))
		}
	}
	if n == 0 {
		b.Fatal("Find found no dates")
	}
}
