package numbers

import (
	"strings"
)

// The words of numbers, per language: this file is data. Each line is
// "value: word word ...", English first, then the other languages, in the
// spelling pages use; accents and case are
// folded when reading. Compounds are read part by part ("veinti"+"dós",
// "vent"+"otto", "ein"+"und"+"zwanzig", "quatre-vingt"+"dix"), so a
// table holds the parts, not every number.
const cardinalTable = `
1: one un une uno una um uma ein eine eins
2: two deux dos dós due dois duas zwei
3: three trois tres trés tre tré três drei
4: four quatre cuatro quattro quatro vier
5: five cinq cinco cinque fünf
6: six seis séis sei sechs
7: seven sept siete sette sete sieben
8: eight huit ocho otto oito acht
9: nine neuf nueve nove neun
10: ten dix diez dieci dez zehn
11: eleven onze once undici elf
12: twelve douze doce dodici doze zwölf
13: thirteen treize trece tredici treze dreizehn
14: fourteen quatorze catorce quattordici catorze vierzehn
15: fifteen quinze quince quindici fünfzehn
16: sixteen seize dieciséis sedici dezesseis dezasseis sechzehn
17: seventeen diecisiete diciassette dezessete dezassete siebzehn
18: eighteen dieciocho diciotto dezoito achtzehn
19: nineteen diecinueve diciannove dezenove dezanove neunzehn
20: twenty vingt vingts veinte veinti venti vent vinte zwanzig
30: thirty trente treinta trenta trent trinta dreißig dreissig
40: forty quarante cuarenta quaranta quarant quarenta vierzig
50: fifty cinquante cincuenta cinquanta cinquant cinquenta fünfzig
60: sixty soixante sesenta sessanta sessant sessenta sechzig
70: seventy septante setenta settanta settant siebzig
80: eighty quatre-vingt quatre-vingts huitante octante ochenta ottanta ottant oitenta achtzig
90: ninety nonante noventa novanta novant neunzig
100: hundred cent cents cien ciento cento cem hundert
`

// ordinalTable holds ordinal words. Romance ordinals ending in -o also
// take -a, -os, -as; German ones take -r, -n, -s, -m.
const ordinalTable = `
1: first premier première unième primero primer primo primeiro erste unesimo
2: second seconde deuxième segundo secondo zweite duesimo
3: third troisième tercero tercer terzo terceiro dritte treesimo
4: fourth quatrième cuarto quarto vierte quattresimo
5: fifth cinquième quinto fünfte cinquesimo
6: sixth sixième sexto sesto sechste seiesimo
7: seventh septième séptimo settimo sétimo siebte siebente settesimo
8: eighth huitième octavo ottavo oitavo achte ottesimo
9: ninth neuvième noveno nono neunte novesimo
10: tenth dixième décimo decimo zehnte
11: eleventh onzième undécimo undicesimo elfte
12: twelfth douzième duodécimo dodicesimo zwölfte
13: thirteenth treizième tredicesimo dreizehnte
14: fourteenth quatorzième quattordicesimo vierzehnte
15: fifteenth quinzième quindicesimo fünfzehnte
16: sixteenth seizième sedicesimo sechzehnte
17: seventeenth diciassettesimo siebzehnte
18: eighteenth diciottesimo achtzehnte
19: nineteenth diciannovesimo neunzehnte
20: twentieth vingtième vigésimo ventesimo zwanzigste
30: thirtieth trentième trigésimo trentesimo dreißigste dreissigste
40: fortieth quarantième cuadragésimo quadragésimo quarantesimo vierzigste
50: fiftieth cinquantième quincuagésimo quinquagésimo cinquantesimo fünfzigste
60: sixtieth soixantième sexagésimo sessantesimo sechzigste
70: seventieth septantième septuagésimo setuagésimo settantesimo siebzigste
80: eightieth quatre-vingtième octogésimo ottantesimo achtzigste
90: ninetieth nonantième nonagésimo novantesimo neunzigste
100: hundredth centième centésimo centesimo hundertste
`

// joiners are the words for "and" between a number's parts.
var joiners = map[string]bool{"and": true, "et": true, "y": true, "e": true, "und": true}

// articles are also the word for "one": alone, they are not a number in
// running text.
var articles = map[string]bool{"un": true, "une": true, "uno": true, "una": true, "um": true, "uma": true,
	"ein": true, "eine": true}

// The tables read: parts for Cardinal and Ordinal, words as written and
// folded for CardinalRE and OrdinalRE.
var parts, cardinalWords, ordinalWords = readTables()

// english holds the first word of each cardinal row: the English words.
var english = readEnglish()

func readEnglish() map[string]int {
	m := map[string]int{}
	for _, line := range strings.Split(cardinalTable, "\n") {
		val, words, ok := strings.Cut(line, ":")
		if fs := strings.Fields(words); ok && len(fs) > 0 {
			n := 0
			for _, c := range strings.TrimSpace(val) {
				n = n*10 + int(c-'0')
			}
			m[fs[0]] = n
		}
	}
	return m
}

func readTables() (parts []part, cardinalWords, ordinalWords []string) {
	seen := map[string]bool{}
	addWord := func(list *[]string, w string) {
		for _, v := range []string{w, strings.ReplaceAll(fold(w), " ", "-")} {
			if !seen[v] {
				seen[v] = true
				*list = append(*list, v)
			}
		}
	}
	read := func(table string, ordinal bool) {
		for _, line := range strings.Split(table, "\n") {
			val, words, ok := strings.Cut(line, ":")
			if !ok {
				continue
			}
			n := 0
			for _, c := range strings.TrimSpace(val) {
				n = n*10 + int(c-'0')
			}
			for _, w := range strings.Fields(words) {
				forms := []string{w}
				if ordinal {
					forms = inflections(w)
				}
				for _, f := range forms {
					parts = append(parts, part{word: strings.ReplaceAll(fold(f), " ", ""), value: n, mul: n == 100 && !ordinal, ordinal: ordinal})
					if ordinal {
						addWord(&ordinalWords, f)
					} else {
						addWord(&cardinalWords, f)
					}
				}
			}
		}
	}
	read(cardinalTable, false)
	read(ordinalTable, true)
	parts = append(parts, part{word: "und"}) // glued inside German compounds
	return parts, cardinalWords, ordinalWords
}

// inflections returns an ordinal word with its gender and number endings.
func inflections(w string) []string {
	switch {
	case strings.HasSuffix(w, "o"):
		stem := w[:len(w)-1]
		return []string{w, stem + "a", stem + "os", stem + "as"}
	case strings.HasSuffix(w, "te") || strings.HasSuffix(w, "ste"):
		return []string{w, w + "r", w + "n", w + "s", w + "m"}
	case strings.HasSuffix(w, "ième"):
		return []string{w, w + "s"}
	}
	return []string{w}
}
