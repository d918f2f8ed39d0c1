package extract

import (
	"regexp"
	"slices"
	"strings"
	"testing"
)

// TestWordListsCoverExpressions checks that the word list the count
// prefilters search for holds every word of the expression it guards (a
// word missing from the list would make its expression silently skip
// sentences it matches), and that number reads each of them.
func TestWordListsCoverExpressions(t *testing.T) {
	// The words that join a French number's parts ("trente et un") and the
	// plural s of "quatre-vingts" stand in no number alone.
	joins := []string{"et", "un", "une", "s"}
	for _, w := range regexp.MustCompile(`\p{L}+`).FindAllString(numberWordRE, -1) {
		if !slices.Contains(numberWordList, w) && !slices.Contains(joins, w) && !slices.ContainsFunc(numberWordList, func(l string) bool { return strings.Contains(l, w+"-") || strings.Contains(l, "-"+w) }) {
			t.Errorf("word %q of %q is not in its prefilter list", w, numberWordRE)
		}
	}
	for _, w := range numberWordList {
		if number(w) == 0 {
			t.Errorf("number(%q) = 0: a word of numberWordRE that reads as no number", w)
		}
	}
	whole := regexp.MustCompile(`^(?i:\d{1,3}|` + numberWordRE + `)$`)
	for s, want := range map[string]int{"forty-six": 46, "Twenty one": 21, "treize": 13, "vingt": 20, "180": 180,
		"trente-huit": 38, "vingt et un": 21, "soixante-et-onze": 71, "quatre-vingts": 80, "quatre-vingt-dix-neuf": 99, "trente": 30} {
		if !whole.MatchString(s) || number(s) != want {
			t.Errorf("%q: matched %v, read %d, want %d", s, whole.MatchString(s), number(s), want)
		}
	}
	for _, s := range []string{"hundred", "un", "trente-un-deux"} {
		if whole.MatchString(s) {
			t.Errorf("%q matched: the count expressions read no such number", s)
		}
	}
}

// TestTriggerPrefilter checks that looking only for the kinds of event
// words a sentence may hold finds what the full expression finds, for
// every kind and in capitals.
func TestTriggerPrefilter(t *testing.T) {
	sentences := []string{
		"It was opened for signature in Vilnius; ouverte à la signature dès son ouverture, zur Unterzeichnung aufgelegt.",
		"The opening of the treaty and l'ouverture du traité took place.",
		"It entered into force, came into force, is in force since 2004 and en vigueur depuis 2004; it took effect and entrera en vigueur, in Kraft getreten.",
		"Adopted, ADOPTÉE, angenommen and the adoption.",
		"Japan signed; they put their names to it, put pen to paper; signatures, signée, signataire, unterzeichnete.",
		"RATIFIED, ratifiée, ratifiziert, ratifications.",
		"Accepted, ACCEPTÉE and acceptance.",
		"Approved, APPROUVÉE, approuvé, approbation and approval.",
		"Acceded, accession, ADHÉRÉ, adhésion, beigetreten.",
		"Denounced, DÉNONCÉE, dénonciation, withdrew, withdrawal, retrait, se retire, s’est retirée, s'en est retiré.",
		"Negotiated, NÉGOCIÉE, négociations, drafted.",
		"A sentence that states no act at all.",
		"España firmó y ratificó el tratado; la adhesión, el retiro y la entrada en vigor siguieron; se sumó al Acuerdo.",
		"Deutschland hat unterzeichnet, ratifiziert, ist beigetreten und trat dem Abkommen bei; es ist in Kraft getreten.",
		"L'Italia ha firmato, ratificato e aderito; l'entrata in vigore e il recesso, firme e ratifica.",
		"O Brasil assinou, ratificou e aderiu; a entrada em vigor, a retirada; juntou-se ao Acordo.",
		"Signed-ratified,signatures;ratification(s) and ſigned, \u212aeeps RATIFYING—accession…joined",
		"signedratified unsigned cosigned signatory2 sign_ed 2signed",
	}
	var cases []string
	for _, s := range sentences {
		// Each word form alone too: in a sentence with another form of
		// the same kind, a missing piece would go unnoticed.
		cases = append(cases, s)
		cases = append(cases, strings.FieldsFunc(s, func(r rune) bool { return r == ',' || r == ';' })...)
	}
	all := regexp.MustCompile(spacedExpr(words().groups))
	for _, s := range cases {
		var want []trigger
		for _, loc := range all.FindAllStringSubmatchIndex(s, -1) {
			for g := range triggerEvents {
				if loc[2+2*g] >= 0 {
					want = append(want, trigger{start: loc[0], end: loc[3+2*g], event: triggerEvents[g]})
					break
				}
			}
		}
		got := findTriggers(s)
		if len(got) != len(want) {
			t.Errorf("findTriggers(%q) found %d event words, want %d", s, len(got), len(want))
			continue
		}
		for i := range got {
			if got[i].start != want[i].start || got[i].end != want[i].end || got[i].event != want[i].event {
				t.Errorf("findTriggers(%q)[%d] = %q %s, want %q %s", s, i, s[got[i].start:got[i].end], got[i].event, s[want[i].start:want[i].end], want[i].event)
			}
		}
	}
}
