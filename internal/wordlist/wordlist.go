// Package wordlist holds the word lists every stage reads text with, in
// one place: the abbreviations whose dot ends no sentence, the English
// function words left out of content words, and (in wordlist/numbers) the
// words of numbers and ordinals in the seven languages citewatch reads.
// The lists are language, not facts; extending a list here extends it for
// the extractor, the document reader and the verifier at once.
package wordlist

import "strings"

// abbreviations end with a dot that does not end a sentence: titles,
// months, references into a text, Latin and company words, dotted
// country initials (written without their last dot), in English and in
// French ("janv.", "Mme").
var abbreviations = toSet(`
no nos nr art arts para paras vol p pp ch sec fig op cit ibid ed eds rev cf vs etc approx ca est
e.g i.e u.s u.k u.n e.u
jan feb mar apr jun jul aug sep sept oct nov dec janv févr avr juil déc
mr mrs ms dr prof st mt gen gov sen rep amb jr sr mme mm m
inc ltd co corp dept`)

// Abbreviation reports whether w, lower case and without its final dot,
// is an abbreviation whose dot does not end a sentence ("no", "sept",
// "u.s").
func Abbreviation(w string) bool { return abbreviations[w] }

// stopwords are English function words and the words of reporting
// ("said", "according"), which carry no content of a claim or a passage.
var stopwords = toSet(`
a about above across after again against all along also although am among amongst an and any are aren
around as at be because been before being below between both but by can cannot cant could couldnt did
didnt do does doesnt doing don dont down during each else ever few for from further had hadnt has hasnt
have havent having he her here hers herself him himself his how however i if in into is isnt it its
itself just let may me might more most must my myself no nor not now of off on once only onto or other
ought our ours ourselves out over own per same shall she should shouldnt so some such than that the
their theirs them themselves then there therefore these they this those though through thus to too
toward towards under until up upon very via was wasnt we were werent what when where whether which while
who whom why will with within without wont would wouldnt yet you your yours yourself yourselves s t
according said says`)

// Stopword reports whether w (lower case) is an English function word,
// left out of content words.
func Stopword(w string) bool { return stopwords[w] }

func toSet(words string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(words) {
		m[w] = true
	}
	return m
}
