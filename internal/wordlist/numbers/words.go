package numbers

import (
	"strconv"
	"strings"
)

// The words of numbers, per language: this file is data. Each line is
// "value: English | French | Spanish | Italian | Portuguese | German",
// a column holding that language's words for the value (none, one or
// more), in the spelling pages use; accents and case are folded when
// reading. Compounds are read part by part ("veinti"+"dós",
// "vent"+"otto", "ein"+"und"+"zwanzig", "quatre-vingt"+"dix"), so a
// table holds the parts, not every number. A hyphen at a word's start or
// end marks a part found only inside a longer number ("-vingts" in
// "quatre-vingts", "veinti-" in "veintiuno"); the hyphen is not part of
// the word.
const cardinalTable = `
1: one | un une | uno una | uno una | um uma | ein eine eins
2: two | deux | dos -dós | due | dois duas | zwei
3: three | trois | tres -trés | tre -tré | três | drei
4: four | quatre | cuatro | quattro | quatro | vier
5: five | cinq | cinco | cinque | cinco | fünf
6: six | six | seis -séis | sei | seis | sechs
7: seven | sept | siete | sette | sete | sieben
8: eight | huit | ocho | otto | oito | acht
9: nine | neuf | nueve | nove | nove | neun
10: ten | dix | diez | dieci | dez | zehn
11: eleven | onze | once | undici | onze | elf
12: twelve | douze | doce | dodici | doze | zwölf
13: thirteen | treize | trece | tredici | treze | dreizehn
14: fourteen | quatorze | catorce | quattordici | catorze | vierzehn
15: fifteen | quinze | quince | quindici | quinze | fünfzehn
16: sixteen | seize | dieciséis | sedici | dezesseis dezasseis | sechzehn
17: seventeen | | diecisiete | diciassette | dezessete dezassete | siebzehn
18: eighteen | | dieciocho | diciotto | dezoito | achtzehn
19: nineteen | | diecinueve | diciannove | dezenove dezanove | neunzehn
20: twenty | vingt -vingts | veinte veinti- | venti vent- | vinte | zwanzig
30: thirty | trente | treinta | trenta trent- | trinta | dreißig dreissig
40: forty | quarante | cuarenta | quaranta quarant- | quarenta | vierzig
50: fifty | cinquante | cincuenta | cinquanta cinquant- | cinquenta | fünfzig
60: sixty | soixante | sesenta | sessanta sessant- | sessenta | sechzig
70: seventy | septante | setenta | settanta settant- | setenta | siebzig
80: eighty | quatre-vingt- quatre-vingts huitante octante | ochenta | ottanta ottant- | oitenta | achtzig
90: ninety | nonante | noventa | novanta novant- | noventa | neunzig
100: hundred | cent -cents | cien ciento- | cento | cem cento- | hundert
`

// ordinalTable holds ordinal words, in the same columns. Romance
// ordinals ending in -o also take -a, -os, -as; German ones take -r, -n,
// -s, -m.
const ordinalTable = `
1: first | premier première unième | primero primer | primo unesimo | primeiro | erste
2: second | seconde deuxième | segundo | secondo duesimo | segundo | zweite
3: third | troisième | tercero tercer | terzo treesimo | terceiro | dritte
4: fourth | quatrième | cuarto | quarto quattresimo | quarto | vierte
5: fifth | cinquième | quinto | quinto cinquesimo | quinto | fünfte
6: sixth | sixième | sexto | sesto seiesimo | sexto | sechste
7: seventh | septième | séptimo | settimo settesimo | sétimo | siebte siebente
8: eighth | huitième | octavo | ottavo ottesimo | oitavo | achte
9: ninth | neuvième | noveno | nono novesimo | nono | neunte
10: tenth | dixième | décimo | decimo | décimo | zehnte
11: eleventh | onzième | undécimo | undicesimo | | elfte
12: twelfth | douzième | duodécimo | dodicesimo | | zwölfte
13: thirteenth | treizième | | tredicesimo | | dreizehnte
14: fourteenth | quatorzième | | quattordicesimo | | vierzehnte
15: fifteenth | quinzième | | quindicesimo | | fünfzehnte
16: sixteenth | seizième | | sedicesimo | | sechzehnte
17: seventeenth | | | diciassettesimo | | siebzehnte
18: eighteenth | | | diciottesimo | | achtzehnte
19: nineteenth | | | diciannovesimo | | neunzehnte
20: twentieth | vingtième | vigésimo | ventesimo | vigésimo | zwanzigste
30: thirtieth | trentième | trigésimo | trentesimo | trigésimo | dreißigste dreissigste
40: fortieth | quarantième | cuadragésimo | quarantesimo | quadragésimo | vierzigste
50: fiftieth | cinquantième | quincuagésimo | cinquantesimo | quinquagésimo | fünfzigste
60: sixtieth | soixantième | sexagésimo | sessantesimo | sexagésimo | sechzigste
70: seventieth | septantième | septuagésimo | settantesimo | setuagésimo | siebzigste
80: eightieth | quatre-vingtième | octogésimo | ottantesimo | octogésimo | achtzigste
90: ninetieth | nonantième | nonagésimo | novantesimo | nonagésimo | neunzigste
100: hundredth | centième | centésimo | centesimo | centésimo | hundertste
`

// A Language is a column of the tables.
type Language int

// The languages of the tables, in their columns' order.
const (
	English Language = iota
	French
	Spanish
	Italian
	Portuguese
	German
)

// joiners are the words for "and" between a number's parts.
var joiners = map[string]bool{"and": true, "et": true, "y": true, "e": true, "und": true}

// articles are also the word for "one": alone, they are not a number in
// running text.
var articles = map[string]bool{"un": true, "une": true, "uno": true, "una": true, "um": true, "uma": true,
	"ein": true, "eine": true}

// entry is one word of a table.
type entry struct {
	lang   Language
	word   string // as written, without its hyphen mark
	value  int
	inside bool // found only inside a longer number
}

// The tables read: their entries; parts for Cardinal and Ordinal, words
// as written and folded for CardinalRE and OrdinalRE.
var (
	cardinalEntries, ordinalEntries    = readTable(cardinalTable), readTable(ordinalTable)
	parts, cardinalWords, ordinalWords = readParts()
)

// english holds the English cardinal words.
var english = readEnglish()

// readTable reads a table's lines into its entries, in the table's order.
func readTable(table string) []entry {
	var es []entry
	for _, line := range strings.Split(table, "\n") {
		val, cols, ok := strings.Cut(line, ":")
		if !ok {
			continue
		}
		n, err := strconv.Atoi(strings.TrimSpace(val))
		if err != nil {
			panic("numbers: a table line without a value: " + line)
		}
		for lang, col := range strings.Split(cols, "|") {
			for _, w := range strings.Fields(col) {
				inside := strings.HasPrefix(w, "-") || strings.HasSuffix(w, "-")
				es = append(es, entry{lang: Language(lang), word: strings.Trim(w, "-"), value: n, inside: inside})
			}
		}
	}
	return es
}

func readEnglish() map[string]int {
	m := map[string]int{}
	for _, e := range cardinalEntries {
		if e.lang == English {
			m[e.word] = e.value
		}
	}
	return m
}

func readParts() (parts []part, cardinalWords, ordinalWords []string) {
	seen, seenPart := map[string]bool{}, map[part]bool{}
	addWord := func(list *[]string, w string) {
		for _, v := range []string{w, strings.ReplaceAll(fold(w), " ", "-")} {
			if !seen[v] {
				seen[v] = true
				*list = append(*list, v)
			}
		}
	}
	read := func(entries []entry, ordinal bool) {
		for _, e := range entries {
			forms := []string{e.word}
			if ordinal {
				forms = inflections(e.word)
			}
			for _, f := range forms {
				p := part{word: strings.ReplaceAll(fold(f), " ", ""), value: e.value, mul: e.value == 100 && !ordinal, ordinal: ordinal}
				if !seenPart[p] { // a word two languages share is one part
					seenPart[p] = true
					parts = append(parts, p)
				}
				if ordinal {
					addWord(&ordinalWords, f)
				} else {
					addWord(&cardinalWords, f)
				}
			}
		}
	}
	read(cardinalEntries, false)
	read(ordinalEntries, true)
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
