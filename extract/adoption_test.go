package extract

import (
	"testing"

	"github.com/citewatch/citewatch"
)

// TestAdoptionWordings checks the ways pages state a treaty's adoption,
// each on sentences of our own in the languages the way of writing
// concerns, and words like them that state none.
func TestAdoptionWordings(t *testing.T) {
	pub := citewatch.DayDate(2025, 3, 14)
	const paris, kyoto, mina = "UNTC-XXVII-7-d", "UNTC-XXVII-7-a", "UNTC-XXVII-17"
	checkRules(t, []ruleCase{
		{name: "a treaty named with its day", pub: pub,
			text: "Chile sent the depositary notice of its withdrawal from the Paris Agreement of 12 December 2015 on 3 March 2025.",
			want: []string{paris + "|adopted||2015-12-12"}},
		{name: "a treaty named with its day, beside another act's date", pub: pub,
			text: "Chile ratified the Paris Agreement of 12 December 2015 on 10 February 2017.",
			want: []string{paris + "|adopted||2015-12-12", paris + "|ratified|CHL|2017-02-10"}},
		{name: "du jour de son adoption", pub: pub,
			text: "Le Chili a ratifié l'Accord de Paris du 12 décembre 2015 le 10 février 2017.",
			want: []string{paris + "|adopted||2015-12-12", paris + "|ratified|CHL|2017-02-10"}},
		{name: "first agreed in a year", pub: pub,
			text: "This note is about the Kyoto Protocol. Its text was first agreed in 1996, long before any state ratified it.",
			want: []string{kyoto + "|adopted||1996"}},
		{name: "negotiated in a place in a month", pub: pub,
			text: "This note is about the Kyoto Protocol. Japan hosted the talks, and the protocol was negotiated at a conference there in November 1996.",
			want: []string{kyoto + "|adopted||1996-11"}},
		{name: "negotiated over years is no adoption", pub: pub,
			text: "This note is about the Kyoto Protocol. The treaty was negotiated over four years.",
			want: nil},
		{name: "negotiated from a day on is no adoption", pub: pub,
			text: "This note is about the Minamata Convention. The convention was negotiated in Geneva starting in June 2010.",
			want: nil},
		{name: "a decision agreed is no treaty's adoption", pub: pub,
			text: "This note is about the Kyoto Protocol. The decision was agreed in Paris on Monday by the ministers.",
			want: nil},
		{name: "the text adopted unanimously by an assembly", pub: pub,
			text: "This note is about the Minamata Convention. On 3 May 2013 the conference adopted the text unanimously.",
			want: []string{mina + "|adopted||2013-05-03"}},
		{name: "adopté, participle first", pub: pub,
			text: "Cette note porte sur la Convention de Minamata. Adopté en mai 2013 à Genève par 120 pays, le texte protège la santé.",
			want: []string{mina + "|adopted||2013-05"}},
		{name: "en adoptant par consensus", pub: pub,
			text: "Cette note porte sur la Convention de Minamata. Les États ont conclu ce vendredi 10 mai 2013 en adoptant par consensus le texte.",
			want: []string{mina + "|adopted||2013-05-10"}},
		{name: "adoptado por consenso", pub: pub,
			text: "Esta nota trata del Convenio de Minamata. El texto fue adoptado por consenso el 10 de mayo de 2013.",
			want: []string{mina + "|adopted||2013-05-10"}},
	})
}
