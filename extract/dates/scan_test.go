package dates

import (
	"fmt"
	"reflect"
	"regexp"
	"strings"
	"testing"
)

// The expressions the hand-written readers of scan.go stand for: each
// reader must find what its expression finds, on any text.

// prefix returns an expression for words before a date and the space
// after them: none needed after a hyphen or an apostrophe ("mid-2023").
func prefix(words []string) string {
	var spaced, glued []string
	for _, w := range words {
		if strings.HasSuffix(w, "-") || strings.HasSuffix(w, "'") {
			glued = append(glued, w)
		} else {
			spaced = append(spaced, w)
		}
	}
	return `(?:` + alternation(spaced) + `\s+|` + alternation(glued) + `\s*)`
}

// reYear is the expression saidYears reads: a year said as such.
var reYear = regexp.MustCompile(`(?i)(?:^|[^\p{L}\d])` + prefix(yearWords) + `(\d{4})\b`)

// yearTexts are sentences of our own with years said and not said, in
// each language, and the odd spacing, case and neighbours the reader must
// treat as the expression does.
var yearTexts = []string{
	"The treaty was adopted in 2023 and signed since 2019.",
	"It was ratified in 2003, 2004 and 2005, by 2010 at the latest.",
	"In 2023 it entered into force; IN 2024 it was amended.",
	"The year 2021 saw twenty ratifications; mid-2022 saw more, mid- 2023 and mid 2024 too.",
	"Adoptée en 2018, la convention est en vigueur depuis 2020 et jusqu'en 2030, jusqu’ en 2031.",
	"Début 2019 puis fin 2020, courant 2021, l'année 2022 et l’année  2023, dès 2024.",
	"Firmado en el año 2015, a finales de 2016 y a  principios de 2017, desde 2018 hasta 2019.",
	"A mediados de 2020, del año 2021, durante 2022.",
	"Assinado em 2014, até 2015, no início de 2016, em meados de 2017, no ano de 2018, o ano de 2019.",
	"Unterzeichnet im Jahr 2012, im Jahre 2013, seit 2014, bis 2015, Anfang 2016, Ende 2017, Mitte 2018.",
	"Firmato nel 2011, nell'anno 2012, dal 2013, entro il 2014, fino al 2015, alla fine del 2016, all'inizio del 2017.",
	"a inizio 2018, a fine 2019, anno 2020, entro 2021",
	"Resolution 2023 of 12345 states, in 12345, in 2023rd, in 2023_x, in 20234, in2023, x-in 2023, éin 2023.",
	"in\t2023, in\n2024, in\r\n2025, in \f2026, in\u00a02027, in  2028",
	"Ⅰn 2023, İn 2024, ſince 2025, \u212aend 2026, SINCE 2027, Until 2028",
	"_in 2023 1in 2024 -in 2025 (in 2026) «in 2027» in 2028.",
	"2023",
	"in 2023",
	"mid-2023",
	"l'année2023 jusqu'en2024 du 2025",
}

func TestSaidYears(t *testing.T) {
	for _, s := range yearTexts {
		checkSaidYears(t, s)
	}
	// Every year word, in each case, with each spacing.
	for _, w := range yearWords {
		for _, form := range []string{w, strings.ToUpper(w), strings.Title(w), strings.ReplaceAll(w, "'", "’"), strings.ReplaceAll(w, " ", "  ")} { //nolint:staticcheck // plain title case is what is wanted
			for _, gap := range []string{"", " ", "  ", "\t", "-"} {
				for _, before := range []string{"", " ", "x", "é", "1", ",", "("} {
					checkSaidYears(t, before+form+gap+"2023 ")
				}
			}
		}
	}
}

func FuzzSaidYears(f *testing.F) {
	for _, s := range yearTexts {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) { checkSaidYears(t, s) })
}

func checkSaidYears(t *testing.T, s string) {
	t.Helper()
	var want [][2]int
	for _, loc := range reYear.FindAllStringSubmatchIndex(s, -1) {
		want = append(want, [2]int{loc[2], loc[3]})
	}
	if got := saidYears(s); !reflect.DeepEqual(got, want) {
		t.Errorf("saidYears(%q) = %v, want %v (%s)", s, got, want, spans(s, want))
	}
}

func spans(s string, ws [][2]int) string {
	var out []string
	for _, w := range ws {
		out = append(out, fmt.Sprintf("%q", s[w[0]:w[1]]))
	}
	return strings.Join(out, " ")
}

// spanTexts are sentences of our own with spans of time in each
// language, numbers in digits and words, and neighbours that stop them.
var spanTexts = []string{
	"It entered into force ninety days later, and 30 days after 4 March the second one did.",
	"After 60 days from Friday, within 90 days of deposit, two hundred and forty-five days, 1000 days.",
	"Elle est entrée en vigueur quatre-vingt-dix jours plus tard, au bout de 60 jours, soixante et onze ans.",
	"Entró en vigor noventa días después, tras dos meses, dentro de 30 días, veintidós años.",
	"Sie trat neunzig Tage später in Kraft, nach einundzwanzig Jahren, nach 3 Monaten, zwei Wochen.",
	"È entrata in vigore novanta giorni dopo, dopo tre mesi, ventitré anni, una settimana.",
	"Entrou em vigor noventa dias depois, após dois meses, três anos, cinquenta e três dias.",
	"NINETY DAYS LATER, Ninety Days, ninety  days, ninety\tdays, ninety-days, 90days, 90 daysx, 90 days_, 90 dayś.",
	"a90 days, 12345 days, x-90 days, (90 days), «90 days», 90 días, 90 DÍAS, 90 AÑOS, 90 mês, 90 MÊS.",
	"ſeven days, seven \u212aeeks, twenty one weeks, twenty and one weeks, vingt et un jours, one one one days",
	"the states met for ten days, for thirteen days after the meeting, in the following days",
	"90 days",
	"days",
	"9 d",
}

func TestSpanMatches(t *testing.T) {
	for _, s := range spanTexts {
		checkSpanMatches(t, s)
	}
	for u := range spanUnits {
		for _, n := range []string{"90", "ninety", "Quatre-vingt-dix", "after 90", "tras dos", "dopo  tre", "x", ""} {
			for _, gap := range []string{" ", "  ", "-", "", "\n"} {
				checkSpanMatches(t, "It came "+n+gap+u+" later.")
				checkSpanMatches(t, n+gap+strings.ToUpper(u))
			}
		}
	}
}

func FuzzSpanMatches(f *testing.F) {
	for _, s := range spanTexts {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) { checkSpanMatches(t, s) })
}

func checkSpanMatches(t *testing.T, s string) {
	t.Helper()
	want := reSpan.FindAllStringSubmatchIndex(s, -1)
	if got := spanMatches(s); !reflect.DeepEqual(got, want) {
		t.Errorf("spanMatches(%q) = %v, want %v", s, got, want)
	}
}

// TestSameGate checks that each of sameWords holds a word of sameGate,
// so that saysSame never hides what reSame would find.
func TestSameGate(t *testing.T) {
	for w := range sameWords {
		if s := "x " + strings.ToUpper(w) + " y"; !saysSame(s, tokens(s)) {
			t.Errorf("saysSame(%q) = false, but reSame reads it", s)
		}
	}
	for _, s := range []string{"Later that year it was ratified.", "la même année", "ſame year"} {
		if !saysSame(s, tokens(s)) {
			t.Errorf("saysSame(%q) = false", s)
		}
	}
	if s := "It was ratified in 2024 by the same parties."; !saysSame(s, tokens(s)) {
		t.Errorf("saysSame(%q) = false", s)
	}
	if s := "It was ratified in 2024 by the parties that signed it."; saysSame(s, tokens(s)) {
		t.Errorf("saysSame(%q) = true", s)
	}
}

// monthTexts are texts of our own with month words in each language and
// the odd neighbours (accents, glued letters, dots) the month
// expressions see, and texts without any.
var monthTexts = []string{
	"It was signed on 5 September 2024, on Sept. 5, 2024 and in May 2024.",
	"Signée le 1er juillet 2004, le 5 févr. 2024, en mars 2018, 3–4 décembre 2024.",
	"Firmado el 5 de junio de 2025, el 1º de marzo, 22 de abril.",
	"Am 5. März 2024, im März, 5. Jan. 2024, 3. MÄRZ 2020.",
	"Il 5 giugno 2025, a settembre 2024, 1º de maio de 2025, no dia 16, el día 3, il giorno 4, am Tag 5.",
	"éMay 2024, Mayé 5, xMärz 2024, MärzX 3, ÉTÉ 2024, 5 DÍA 2024, 5 déc 2024.",
	"aéMay 5, 2024, 5May 2024, _May 5, Article 5 May 5, 2024 de 2024, Sept. of 2023, junio de 2025, May-2024.",
	"Article 36 of the 2024 text, 46 states, 12 ratifications, in 2023.",
	"2024-09-05, 2024-09, 05/09/2024, 5.9.2024, 2025.02.11, 28-02-2025, 1-2, 3/4, 12345.",
	"The 12 parties met on 3 occasions in 2022 and 2023.",
	"no dia 16",
	"el DÍA 3 y el dia 4",
}

func TestWordsIn(t *testing.T) {
	for _, s := range monthTexts {
		checkWordsIn(t, s)
	}
	for w := range monthOf {
		for _, form := range []string{w, strings.ToUpper(w), strings.Title(w), "é" + w, w + "é", "x" + w} { //nolint:staticcheck // plain title case is what is wanted
			checkWordsIn(t, "on 5 "+form+" 2024, on "+form+". 5, 2024")
		}
	}
	if month, _, _ := wordsIn("Article 36 of the 2024 text"); month {
		t.Error(`wordsIn("Article 36 of the 2024 text") finds a month`)
	}
}

func FuzzWordsIn(f *testing.F) {
	for _, s := range monthTexts {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) { checkWordsIn(t, s) })
}

// checkWordsIn checks that the month expressions keep no month, and the
// expression of a day given alone finds none, in a text where wordsIn
// says there is none.
func checkWordsIn(t *testing.T, s string) {
	t.Helper()
	month, day, first := wordsIn(s)
	if month {
		for _, re := range []*regexp.Regexp{reMDY, reMY, reMD} {
			if got, want := monthMatches(findMonthFirst(re, s, first), s), monthMatches(re.FindAllStringSubmatchIndex(s, -1), s); !reflect.DeepEqual(got, want) {
				t.Errorf("findMonthFirst(%v, %q) = %v, want %v", re, s, got, want)
			}
		}
	}
	if !month {
		for _, e := range []struct {
			re    *regexp.Regexp
			group int
		}{{reRange, 3}, {reDMY, 2}, {reMDY, 1}, {reMY, 1}, {reDM, 2}, {reMD, 1}} {
			for _, loc := range e.re.FindAllStringSubmatchIndex(s, -1) {
				if tok := s[loc[2*e.group]:loc[2*e.group+1]]; monthWord(tok) != 0 {
					t.Errorf("wordsIn(%q) finds no month, but %v takes %q", s, e.re, tok)
				}
			}
		}
	}
	if !day && reDayAlone.MatchString(s) {
		t.Errorf("wordsIn(%q) finds no day word, but reDayAlone matches", s)
	}
	year, numeric, iso := digitShapes(s)
	for _, e := range []struct {
		gate bool
		re   *regexp.Regexp
	}{{year, reRange}, {year, reDMY}, {year, reMDY}, {year, reMY}, {numeric, reNumeric}, {numeric, reYMD}, {iso, reISO}, {iso, reISOMonth}} {
		if !e.gate && e.re.MatchString(s) {
			t.Errorf("digitShapes(%q) = %v, %v, %v, but %v matches", s, year, numeric, iso, e.re)
		}
	}
}

// TestBoundWords checks that no phrase of reBound has more than
// boundWords words, and that reBound reads the last words of a text as
// it reads the whole.
func TestBoundWords(t *testing.T) {
	expr := reBound.String()
	alts := expr[strings.Index(expr, "(?:")+3 : strings.LastIndex(expr, `)\s*$`)]
	for _, alt := range strings.Split(alts, "|") {
		if n := strings.Count(alt, `\s+`) + 1; n > boundWords {
			t.Errorf("reBound's %q has %d words, more than boundWords (%d)", alt, n, boundWords)
		}
	}
	for _, s := range []string{
		"It enters into force within", "Il entre en vigueur dans un délai de", "dans  un\tdélai de  ", "xwithin", "a within",
		"jusqu’à ", "jusqu'à", "up to", "UP TO", "set up to", "no prazo de", "within the", "innerhalb", "bis zu", "fino a", "em até",
		"It was signed", "", " ", "within  ",
	} {
		if got, want := reBound.MatchString(lastFields(s, boundWords)), reBound.MatchString(s); got != want {
			t.Errorf("reBound on the last words of %q = %v, on all of it %v", s, got, want)
		}
	}
}

// monthMatches returns the matches of an expression whose first group is
// a month word that monthWord reads.
func monthMatches(locs [][]int, s string) [][]int {
	var out [][]int
	for _, loc := range locs {
		if monthWord(s[loc[2]:loc[3]]) != 0 {
			out = append(out, loc)
		}
	}
	return out
}
