package numbers

import (
	"regexp"
	"testing"
)

func TestCardinal(t *testing.T) {
	for in, want := range map[string]int{
		"21": 21, "twenty-one": 21, "Seventeen": 17, "one hundred and five": 105, "ninety-nine": 99,
		"vingt et un": 21, "soixante-dix": 70, "quatre-vingt-dix-sept": 97, "soixante et onze": 71, "dix-huit": 18, "deux cents": 200,
		"veintiuno": 21, "veintidós": 22, "treinta y cinco": 35, "dieciséis": 16, "ciento veinte": 120, "cien": 100,
		"einundzwanzig": 21, "dreißig": 30, "siebzehn": 17, "achtzehn": 18, "einhundertzwanzig": 120, "zwölf": 12,
		"ventuno": 21, "ventotto": 28, "trentatré": 33, "diciannove": 19, "centouno": 101, "sessanta": 60,
		"vinte e um": 21, "dezesseis": 16, "cinquenta e três": 53, "cento e dez": 110, "duas": 2,
		"二十一": 21, "七十六": 76, "百二十": 120, "１２": 12,
	} {
		if got, ok := Cardinal(in); !ok || got != want {
			t.Errorf("Cardinal(%q) = %d, %v, want %d", in, got, ok, want)
		}
	}
	for _, in := range []string{"", "sixtieth", "treaty", "and", "seventeenth"} {
		if got, ok := Cardinal(in); ok {
			t.Errorf("Cardinal(%q) = %d, want no number", in, got)
		}
	}
}

func TestOrdinal(t *testing.T) {
	for in, want := range map[string]int{
		"60th": 60, "sixtieth": 60, "twenty-first": 21, "first": 1,
		"60e": 60, "soixantième": 60, "vingt et unième": 21, "première": 1, "dix-septième": 17,
		"noveno": 9, "sexagésima": 60, "vigésimo primero": 21, "60.º": 60, "1º": 1,
		"sechzigste": 60, "einundzwanzigsten": 21, "ersten": 1, "60.": 60,
		"sessantesimo": 60, "ventunesima": 21, "primo": 1, "60°": 60,
		"sexagésimo": 60, "décimo primeiro": 11, "primeira": 1,
		"第60": 60, "60番目": 60, "五十一カ国目": 51, "51か国目": 51,
	} {
		if got, ok := Ordinal(in); !ok || got != want {
			t.Errorf("Ordinal(%q) = %d, %v, want %d", in, got, ok, want)
		}
	}
	for _, in := range []string{"sixty", "60", "treaty", "vingt"} {
		if got, ok := Ordinal(in); ok {
			t.Errorf("Ordinal(%q) = %d, want no ordinal", in, got)
		}
	}
}

// TestExpressions checks that CardinalRE and OrdinalRE find numbers in
// sentences of each language, and that what they find reads back.
func TestExpressions(t *testing.T) {
	card := regexp.MustCompile(`(?i)\b(` + CardinalRE + `)\s+(?:states|états|países|staaten|stati|estados|paesi|pays)\b`)
	for s, want := range map[string]int{
		"Twenty-one states have now ratified it.":             21,
		"Il compte désormais soixante et onze États parties.": 71,
		"Ya son veintidós países los que lo han ratificado.":  22,
		"Inzwischen haben einundzwanzig Staaten ratifiziert.": 21,
		"Finora trentatré stati lo hanno ratificato.":         33,
		"Já são cinquenta e três estados partes.":             53,
	} {
		m := card.FindStringSubmatch(s)
		if m == nil {
			t.Errorf("CardinalRE finds nothing in %q", s)
			continue
		}
		if got, ok := Cardinal(m[1]); !ok || got != want {
			t.Errorf("Cardinal(%q) from %q = %d, want %d", m[1], s, got, want)
		}
	}
	if card.MatchString("Un pays a ratifié.") || card.MatchString("Ein Staat hat ratifiziert.") {
		t.Error("CardinalRE reads a lone article as a number")
	}
	ord := regexp.MustCompile(`(?i)(` + OrdinalRE + `)\s+(?:state|État|país|Staat|stato|paese|estado|国)`)
	for s, want := range map[string]int{
		"It became the sixtieth state to ratify.":          60,
		"C'est le soixantième État à ratifier.":            60,
		"Se convirtió en el noveno país en hacerlo.":       9,
		"Es ist der einundzwanzigste Staat, der beitritt.": 21,
		"È diventato il sessantesimo stato a ratificarlo.": 60,
		"Tornou-se o décimo primeiro estado a ratificar.":  11,
		"It became the 60th state to do so.":               60,
	} {
		m := ord.FindStringSubmatch(s)
		if m == nil {
			t.Errorf("OrdinalRE finds nothing in %q", s)
			continue
		}
		if got, ok := Ordinal(m[1]); !ok || got != want {
			t.Errorf("Ordinal(%q) from %q = %d, want %d", m[1], s, got, want)
		}
	}
}

func TestEnglishWord(t *testing.T) {
	for w, want := range map[string]int{"seven": 7, "forty": 40, "hundred": 100, "twelve": 12} {
		if n, ok := EnglishWord(w); !ok || n != want {
			t.Errorf("EnglishWord(%q) = %d, %v, want %d", w, n, ok, want)
		}
	}
	// Number words of other languages are English words, or nothing.
	for _, w := range []string{"due", "sept", "dos", "tre", "un", "Seven"} {
		if n, ok := EnglishWord(w); ok {
			t.Errorf("EnglishWord(%q) = %d, want no number", w, n)
		}
	}
}

// TestCardinalWords checks that the words of a language are that
// column's words, each read back to its value, without the articles and
// the parts only found inside a longer number.
func TestCardinalWords(t *testing.T) {
	french := map[string]int{}
	for _, w := range CardinalWords(French) {
		french[w.Text] = w.Value
		if n, ok := Cardinal(w.Text); !ok || n != w.Value {
			t.Errorf("Cardinal(%q) = %d, %v, want %d", w.Text, n, ok, w.Value)
		}
	}
	for w, want := range map[string]int{"deux": 2, "seize": 16, "vingt": 20, "quatre-vingts": 80, "cent": 100} {
		if french[w] != want {
			t.Errorf("French %q = %d, want %d", w, french[w], want)
		}
	}
	for _, w := range []string{"un", "une", "vingts", "quatre-vingt", "cents", "twenty", "veinte"} {
		if _, ok := french[w]; ok {
			t.Errorf("French words hold %q", w)
		}
	}
	both := CardinalWords(English, French)
	if n := len(both); n != len(CardinalWords(English))+len(french)-1 { // "six" is both
		t.Errorf("English and French hold %d words, want each once", n)
	}
}
