package extract

import (
	"regexp"
	"strings"
	"sync"

	"github.com/citewatch/citewatch"
	"github.com/citewatch/citewatch/extract/internal/fold"
	"github.com/citewatch/citewatch/internal/wordlist/numbers"
)

// A state's rank among those that acted is a running total: "became the
// 60th state to ratify", "the 66th to 69th Parties", "el noveno país en
// hacerlo", "le 70e État partie". These are the words of that way of
// writing, one row per language; the expression is built from them.
type rankRow struct {
	lang string
	// leads stand before the ordinal: articles, "becoming".
	leads []string
	// to joins the two ordinals of a range: "the 66th to 69th".
	to []string
	// parties and signatories are nouns that say what is counted by
	// themselves ("the 60th Party", "le 12e signataire").
	parties, signatories []string
	// states are nouns that need an act after them ("the 60th state to
	// ratify", "el noveno país en hacerlo").
	states []string
	// adjectives may stand between the ordinal and the noun: "future".
	adjectives []string
	// consent, sign and same are the acts after a state noun: a consent
	// to be bound counts parties, a signature signatories, and "to do so"
	// the act the sentence tells.
	consent, sign, same []string
}

var rankRows = []rankRow{
	{lang: "en", leads: []string{"the", "its", "becoming"}, to: []string{"to", "through", "and"},
		parties:     []string{`part(?:y|ies)`, `states?\s+part(?:y|ies)`, `contracting\s+part(?:y|ies)`},
		signatories: []string{`signator(?:y|ies)`},
		states:      []string{`states?`, `countr(?:y|ies)`, `nations?`, `members?`, `governments?`},
		adjectives:  []string{`future`, `new`, `contracting`, `member`},
		consent:     []string{`to\s+(?:formally\s+)?(?:ratify|accede|join|accept|approve|deposit|become\s+a\s+party)`},
		sign:        []string{`to\s+(?:formally\s+)?sign`},
		same:        []string{`to\s+do\s+so`}},
	{lang: "fr", leads: []string{"le", "la", "les", "l['’]", "devenant"}, to: []string{"à", "au"},
		parties:     []string{`(?:états?\s+)?parties?`},
		signatories: []string{`signataires?`},
		states:      []string{`pays`, `états?`, `nations?`},
		consent:     []string{`à\s+(?:la\s+|le\s+|l['’])?(?:ratifier|adhérer|rejoindre|approuver|accepter)`},
		sign:        []string{`à\s+(?:la\s+|le\s+|l['’])?signer`},
		same:        []string{`à\s+le\s+faire`, `à\s+l['’]avoir\s+fait`}},
	{lang: "es", leads: []string{"el", "la", "los", "las"}, to: []string{"al", "a"},
		parties:     []string{`(?:estados?\s+)?partes?`},
		signatories: []string{`signatari[oa]s?`, `firmantes?`},
		states:      []string{`país(?:es)?`, `estados?`, `naci(?:ón|ones)`},
		consent:     []string{`en\s+(?:ratificar(?:lo|la)?|adherirse|sumarse|unirse)`},
		sign:        []string{`en\s+firmar(?:lo|la)?`, `en\s+suscribir(?:lo|la)?`},
		same:        []string{`en\s+hacerlo`}},
	{lang: "it", leads: []string{"il", "lo", "la", "i", "gli", "le", "l['’]"}, to: []string{"al", "a"},
		parties:     []string{`(?:stati?\s+)?part[ei]`},
		signatories: []string{`firmatari[oa]?`},
		states:      []string{`paes[ei]`, `stat[oi]`, `nazion[ei]`},
		consent:     []string{`a\s+(?:ratificar(?:e|lo|la)|aderire)`},
		sign:        []string{`a\s+firmar(?:e|lo|la)`},
		same:        []string{`a\s+farlo`}},
	{lang: "pt", leads: []string{"o", "a", "os", "as"}, to: []string{"ao", "a"},
		parties:     []string{`(?:estados?\s+)?partes?`},
		signatories: []string{`signatári[oa]s?`},
		states:      []string{`país(?:es)?`, `estados?`, `naç(?:ão|ões)`},
		consent:     []string{`a\s+(?:ratificar|aderir)`},
		sign:        []string{`a\s+assinar`},
		same:        []string{`a\s+fazê-lo`}},
	{lang: "de", leads: []string{"der", "die", "das", "als"}, to: []string{"bis"},
		parties:     []string{`vertragsstaat(?:en)?`, `vertragspartei(?:en)?`},
		signatories: []string{`unterzeichner(?:staat)?`},
		states:      []string{`staat(?:en)?`, `land`, `länder`},
		consent:     []string{`(?:ratifiziert|beigetreten)`},
		sign:        []string{`unterzeichnet`}},
}

// rankRE is built once from rankRows. Its groups: 1 the ordinal, 2 the
// second ordinal of a range, 3 a party noun, 4 a signatory noun, 5 a state
// noun, 6 a consent, 7 a signature, 8 "to do so".
var rankRE = sync.OnceValue(func() *regexp.Regexp {
	var leads, to, parties, signatories, states, adjectives, consent, sign, same []string
	for _, r := range rankRows {
		leads = append(leads, r.leads...)
		to = append(to, r.to...)
		parties = append(parties, r.parties...)
		signatories = append(signatories, r.signatories...)
		states = append(states, r.states...)
		adjectives = append(adjectives, r.adjectives...)
		consent = append(consent, r.consent...)
		sign = append(sign, r.sign...)
		same = append(same, r.same...)
	}
	j := func(ws []string) string { return strings.Join(ws, "|") }
	ord := `(?:\d{1,3}(?:st|nd|rd|th|e|er|re|ème|eme|º|ª|°|\.)|` + numbers.OrdinalRE + `)`
	return regexp.MustCompile(`(?i)(?:^|[^\p{L}\p{N}])(?:` + j(leads) + `)\s*(` + ord + `)(?:\s+(?:` + j(to) + `)\s+(?:(?:` + j(leads) + `)\s*)?(` + ord + `))?` +
		`\s+(?:(?:` + j(adjectives) + `)\s+){0,2}(?:(` + j(parties) + `)|(` + j(signatories) + `)|(` + j(states) + `)(?:\s+(?:(` + j(consent) + `)|(` + j(sign) + `)|(` + j(same) + `)))?)(?:[^\p{L}\p{N}]|$)`)
})

// rankNouns are pieces of the nouns of rankRows, lower-cased, for a cheap
// check before the expression runs.
var rankNouns = []string{"part", "ratifi", "signat", "state", "countr", "nation", "member", "government", "pays", "état",
	"país", "pais", "estado", "naci", "paes", "stat", "nazion", "naç", "firma", "vertrags", "unterzeichner", "staat", "land", "länder"}

// ordinalWordsML are the ordinal words of every language, for a cheap check
// before the rank expression runs.
var ordinalWordsML = numbers.OrdinalWords()

// findRanks finds the ranks of sentence s, lowered as lc: "the 60th state
// to ratify" is a count of 60 parties.
func findRanks(s string, lc fold.Text) []countMention {
	if !lc.Has(rankNouns...) || !fold.HasDigit(s) && !lc.Has(ordinalWordsML...) && !strings.ContainsAny(s, "第目") {
		return nil
	}
	var out []countMention
	for _, loc := range rankRE().FindAllStringSubmatchIndex(s, -1) {
		ord := s[loc[2]:loc[3]]
		if loc[4] >= 0 {
			ord = s[loc[4]:loc[5]] // "the 66th to 69th": the last is the total
		}
		n, ok := numbers.Ordinal(ord)
		if !ok || n <= 0 || n >= 1000 {
			continue
		}
		var ev citewatch.Event
		switch {
		case loc[6] >= 0 || loc[12] >= 0:
			ev = citewatch.EventPartyCount
		case loc[8] >= 0 || loc[14] >= 0:
			ev = citewatch.EventSignatoryCount
		case loc[16] >= 0:
			ev = sameActCount(lc)
		}
		if ev == "" && reAsRank.MatchString(s[loc[0]:loc[2]]) {
			ev = sameActCount(lc) // "ratifizierte Honduras als 50. Staat": the act told before the rank
		}
		if ev == "" {
			continue // "the third country" names a rank in nothing we count
		}
		end := loc[3]
		for g := 4; g < len(loc); g += 2 {
			end = max(end, loc[g+1]) // the last group's end: the boundary after it is not the rank's
		}
		out = append(out, countMention{start: loc[2], end: end, n: n, event: ev, past: true, rank: true})
	}
	return out
}

// reAsRank is the German "als" before a rank, which the sentence's act
// may precede: "ratifizierte ... als 50. Staat".
var reAsRank = regexp.MustCompile(`(?i)\bals\s*$`)

// sameActCount is what "the ninth country to do so" counts: parties when
// the sentence tells a consent to be bound, signatories when a signature.
func sameActCount(lc fold.Text) citewatch.Event {
	switch {
	case lc.Has("ratif", "acced", "accession", "adhe", "adhé", "adhi", "joined", "deposit", "depósit", "aderi", "accept", "approv", "beitr", "批准"):
		return citewatch.EventPartyCount
	case lc.Has("sign", "firm", "unterzeichn", "assin", "suscri"):
		return citewatch.EventSignatoryCount
	}
	return ""
}
