package extract

import (
	"reflect"
	"strings"
	"testing"

	"github.com/citewatch/citewatch/extract/internal/fold"
)

// fastPathTexts are texts built to probe where a fast path could part
// from its expression: each lead of a rank, glued to or spaced from an
// ordinal in digits or words, after a letter, a digit, an accented letter
// or a byte that is not UTF-8, before nouns that count or do not.
func fastPathTexts() []string {
	befores := []string{"", "x", "5", "é", "\xff", " ", "(", "The treaty, "}
	ordinals := []string{"60th", "6e", "50.", "1000th", "2020", "sixtieth", "Sixty-First", "vingt et unième", "einundzwanzigste", "第50", "50カ国目", "united", "they", "second"}
	afters := []string{" state to ratify it.", " Party", " States Parties", " country to do so", " signatory", " país en hacerlo", " Staat", " time", "", " to 69th Parties"}
	var out []string
	for i, l := range append(append([]string(nil), rankLeadWords...), "ſ", "becoMing", "LES") {
		for j, sp := range []string{"", " ", " \t "} {
			for k, o := range ordinals {
				a := afters[(i+j+k)%len(afters)]
				b := befores[(i+k)%len(befores)]
				out = append(out, b+l+sp+o+a, b+strings.ToUpper(l)+sp+o+a+" and "+l+" "+o+" Party")
			}
		}
	}
	out = append(out, "the first second state to ratify", "the first, the 60th, Party", "the 60th-ranked state", "the twenty one first Party",
		"le vingt et unième État partie", "the 66th to the 69th Parties", "the 1st\tand 2nd\nsignatories", "the 50th  future member states")
	return append(out, countSentences...)
}

// TestRankLocs checks that the rank expression, run only where rankStarts
// finds a rank may begin, finds what it finds run over the whole text.
func TestRankLocs(t *testing.T) {
	found := 0
	for _, s := range fastPathTexts() {
		got := rankLocs(s, fold.Lower(s))
		want := rankRE().Regexp().FindAllStringSubmatchIndex(s, -1)
		if !reflect.DeepEqual(got, want) {
			t.Errorf("rankLocs(%q) = %v, want %v", s, got, want)
		}
		found += len(want)
	}
	if found < 100 {
		t.Errorf("the texts hold %d ranks, want at least 100", found)
	}
}

// FuzzRankLocs checks rankLocs against the rank expression on any text.
func FuzzRankLocs(f *testing.F) {
	for _, s := range countSentences {
		f.Add(s)
	}
	f.Add("the sixty-first and les 60e Parties")
	f.Fuzz(func(t *testing.T, s string) {
		got := rankLocs(s, fold.Lower(s))
		if want := rankRE().Regexp().FindAllStringSubmatchIndex(s, -1); !reflect.DeepEqual(got, want) {
			t.Errorf("rankLocs(%q) = %v, want %v", s, got, want)
		}
	})
}

// eifTexts are texts built to probe where the two parts of the rule
// expression could part from the whole: an ordinal before a word for
// ratification, beside, inside or apart from the lexicons' words.
func eifTexts() []string {
	ordinals := []string{"fiftieth", "50th", "vingt et unième", "cinquantième", "50.", "第50", "quinquagésimo", "one first", "twenty-first", "10e"}
	words := []string{"instrument of ratification", "ratification", "instrumento de ratificación", "Ratifikationsurkunde", "strumento di ratifica", "instruments of ratification", "ratifications", "states"}
	glue := []string{" ", "  ", " the ", ", "}
	var out []string
	for i, o := range ordinals {
		for j, w := range words {
			g := glue[(i+j)%len(glue)]
			out = append(out, "after the deposit of the "+o+g+w+" and 30 ratifications",
				strings.ToUpper(o)+" "+w+g+o+" "+w, "consent to be bound by the "+o+" "+w)
		}
	}
	return append(out, countSentences...)
}

// TestEIFRuleLocs checks that the rule expression run in two parts finds
// what it finds run whole.
func TestEIFRuleLocs(t *testing.T) {
	found := 0
	for _, s := range eifTexts() {
		got := eifRuleLocs(s, fold.Lower(s))
		want := reEIFCondition.FindAllStringIndex(s, -1)
		if !reflect.DeepEqual(got, want) {
			t.Errorf("eifRuleLocs(%q) = %v, want %v", s, got, want)
		}
		found += len(want)
		got, want = eifOrdinalLocs(s), reEIFOrdinal.Regexp().FindAllStringIndex(s, -1)
		if len(got)+len(want) > 0 && !reflect.DeepEqual(got, want) {
			t.Errorf("eifOrdinalLocs(%q) = %v, want %v", s, got, want)
		}
	}
	if found < 200 {
		t.Errorf("the texts hold %d rules, want at least 200", found)
	}
}

// FuzzEIFRuleLocs checks eifRuleLocs against the rule expression on any
// text.
func FuzzEIFRuleLocs(f *testing.F) {
	for _, s := range countSentences {
		f.Add(s)
	}
	f.Add("after the fiftieth instrument of ratification")
	f.Fuzz(func(t *testing.T, s string) {
		got := eifRuleLocs(s, fold.Lower(s))
		if want := reEIFCondition.FindAllStringIndex(s, -1); !reflect.DeepEqual(got, want) {
			t.Errorf("eifRuleLocs(%q) = %v, want %v", s, got, want)
		}
		got, want := eifOrdinalLocs(s), reEIFOrdinal.Regexp().FindAllStringIndex(s, -1)
		if len(got)+len(want) > 0 && !reflect.DeepEqual(got, want) {
			t.Errorf("eifOrdinalLocs(%q) = %v, want %v", s, got, want)
		}
	})
}

// TestStatusAsOfLocs checks that the status expression, run only where
// one of its first words begins a word, finds what it finds run over the
// whole text.
func TestStatusAsOfLocs(t *testing.T) {
	var texts []string
	for i, w := range []string{"Status as of", "STATUS AS AT", "situation au", "Situation as of", "as of", "État au", "ÉTAT AU", "Stand vom", "stand", "has of", "as  of", "ſtand"} {
		for j, before := range []string{"", "x", "5", "é", "\xff", " ", "\n", "e\u0301"} {
			after := []string{": 1 March 2025", " 01/03/2025", "", ":", " end"}[(i+j)%5]
			texts = append(texts, before+w+after, before+w+after+" and "+w+after)
		}
	}
	texts = append(texts, strings.Join(countSentences, "\n"))
	found := 0
	for _, s := range texts {
		want := reStatusAsOf.FindAllStringIndex(s, 20)
		got := statusAsOfLocs(s, 20)
		if len(got) == 0 && len(want) == 0 {
			continue
		}
		if !reflect.DeepEqual(got, want) {
			t.Errorf("statusAsOfLocs(%q) = %v, want %v", s, got, want)
		}
		found += len(want)
	}
	if found < 100 {
		t.Errorf("the texts hold %d status lines, want at least 100", found)
	}
}

// FuzzStatusAsOfLocs checks statusAsOfLocs against the status expression
// on any text.
func FuzzStatusAsOfLocs(f *testing.F) {
	f.Add("Status as of: 1 March 2025")
	f.Add(strings.Join(countSentences, "\n"))
	f.Fuzz(func(t *testing.T, s string) {
		want := reStatusAsOf.FindAllStringIndex(s, 20)
		if got := statusAsOfLocs(s, 20); !(len(got) == 0 && len(want) == 0) && !reflect.DeepEqual(got, want) {
			t.Errorf("statusAsOfLocs(%q) = %v, want %v", s, got, want)
		}
	})
}

// TestCountHaveMLWords checks that the words gating reCountHaveML are
// whole words in every text it matches.
func TestCountHaveMLWords(t *testing.T) {
	for _, s := range []string{"52 pays ont adhéré", "52 États l'ont ratifié", "52 países se han adherido", "52 paesi hanno ratificato", "52 nações têm aderido", "Cinquante-deux États sont devenus parties", "52 STATI SONO DIVENTATI PARTI"} {
		if !reCountHaveML.MatchString(s) {
			t.Errorf("reCountHaveML does not match %q", s)
		}
		lc := fold.Lower(s)
		if !lc.HasWholeWord(countHaveMLVerbs...) || !lc.HasWholeWord(countHaveMLNouns...) {
			t.Errorf("%q holds no whole verb or noun of reCountHaveML", s)
		}
	}
	if lc := fold.Lower("more than 52 countries"); lc.HasWholeWord(countHaveMLVerbs...) {
		t.Error(`"than" is taken for "han"`)
	}
}

// TestCountHaveWords checks that "have", "has" or "had", which gate
// reCountHave, is a whole word in every text it matches.
func TestCountHaveWords(t *testing.T) {
	for _, s := range []string{"61 countries have ratified", "Forty states HAD become parties", "one has signed", "160 States have joined the Convention"} {
		if !reCountHave.MatchString(s) {
			t.Errorf("reCountHave does not match %q", s)
		}
		if !fold.Lower(s).HasWholeWord("have", "has", "had") {
			t.Errorf("%q holds no whole have, has or had", s)
		}
	}
}
