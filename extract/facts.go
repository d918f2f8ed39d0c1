package extract

import (
	"regexp"
	"slices"
	"strings"

	"github.com/citewatch/citewatch"
	"github.com/citewatch/citewatch/extract/dates"
	"github.com/citewatch/citewatch/extract/internal/suffix"
	"github.com/citewatch/citewatch/extract/parties"
	"github.com/citewatch/citewatch/extract/treaties"
)

// page is what sentence rules need to know about the page a sentence is on.
type page struct {
	headlines []citewatch.Span // the h1 headline's paragraphs
	subheads  []citewatch.Span // the paragraphs of lower headings (h2 to h6)
	subject   string           // the treaty the page is about, for "the Convention"
	// treatyNames are the titles the page gives the treaties whose ids
	// were derived from their titles, by id.
	treatyNames map[string]string
	treaty      treaties.Options
	dates       dates.Context
	// claim is set when the text is a claim to check, not a page: an act
	// told with no date ("was opened for signature in Strasbourg") still
	// asserts the act and its place.
	claim bool
	// union is the party "the Union" stands for: the EU on a page that
	// names the European Union and no other union, else "".
	union string
}

// headline reports whether sentence sp is in the page's headline, which
// repeats the body in headline tense ("Montenegro signs ...").
func (pg page) headline(sp citewatch.Span) bool {
	return in(pg.headlines, sp)
}

// stated is one fact as a sentence states it, before it gets a citation.
type stated struct {
	treaty string
	event  citewatch.Event
	party  string
	date   citewatch.Date
	place  string
	count  int
	asOf   citewatch.Date // for an act told with no date: the date the page knows it by
	// effect is set on a withdrawal dated by the day it takes effect,
	// which a page's other dates for the same withdrawal do not tell.
	effect bool
}

// anchorable is a thing in a sentence that can take a date: an act or a count.
type anchorable struct {
	start, end int
	event      citewatch.Event
	date       int // index into the sentence's dates, -1 for none
	parties    []string
	count      *countMention
	skip       bool
	noun       bool
	finite     bool
	subject    bool // an entry into force whose party is the subject: "became a party"
	effect     bool // a withdrawal told with the day it takes effect
	effectAt   int  // where the words telling it takes effect end, 0 if none: its date comes after them
	notice     bool // a withdrawal's notice: not a fact, but what "did likewise" repeats
	name       bool // a treaty's name with the day it is named by ("the Paris Agreement of 12 December 2015"): its date is no other act's
	// partyDates gives some parties dates of their own: "in 2003 and 2005,
	// respectively", "Niger (9 December)".
	partyDates map[string]int
	// like is the act a clause without a verb of its own repeats ("...;
	// Ghana on 2 April"), whose treaty it speaks of.
	like *anchorable
}

// flow is what one sentence passes to the next: the date of its last
// dated act (for "The Convention was signed by ..." after "... opened for
// signature today"), how many parties it said signed (for "They join the
// eleven states that had already signed"), and the act a short heading
// announced ("Entry into force" above "Conditions: 5 ratifications").
type flow struct {
	date    citewatch.Date
	age     int  // sentences since date was set
	opened  bool // date is an opening for signature's
	signers int
	section citewatch.Event
	asOf    citewatch.Date // the page's "status as of" date, for counts
	// list is the act a sentence announced for the list below it ("The
	// states that signed it today are:"), which each item of the list
	// that names only parties states.
	list *stated
	// lastDate is the latest day a party's act was dated on, lastAge the
	// sentences since: for a running total told in the next sentence.
	lastDate citewatch.Date
	lastAge  int
	// prev is the last date a sentence told, prevAge the sentences since:
	// what "90 days later", "the same year" and "on that day" count from.
	prev    citewatch.Date
	prevAge int
	// days are the days a sentence named with their weekday ("Monday, 4
	// March"), daysAge the sentences since: what a later "on Monday"
	// stands for.
	days    []citewatch.Date
	daysAge int
	// act is the last party's act told, actAge the sentences since: what
	// "did likewise" points back at.
	act    *pastAct
	actAge int
	// named is the one treaty a sentence named by its name, namedAge the
	// sentences since: what "It entered into force on ..." right after
	// speaks of.
	named    string
	namedAge int
}

// rePastEIF finds an entry into force told as done: "entered into force",
// "took effect", "est entrée en vigueur", "entró en vigor", "è entrato in
// vigore", "entrou em vigor", "ist in Kraft getreten".
var rePastEIF = regexp.MustCompile(`(?i)^(?:entered|came|took|went|entrée?s?|entró|entrat[oaie]|entrò|entrou|in\s+kraft\s+(?:getreten|trat|traten))(?:[^\p{L}]|$)`)

// reConnector finds words that attach a list of parties to an earlier
// list or act: "including", "as well as", "de même que".
var (
	reConnector = regexp.MustCompile(`(?i)(?:\b(?:including|notably|such\s+as|among\s+them|as\s+well\s+as|along\s+with|alongside|together\s+with|dont|notamment|ainsi\s+que(?:\s+par)?|de\s+même\s+que|` + alsoWords + `)\s+(?:by\s+|par\s+)?(?:(?:those|that|celles?|ceux|quell[aei]|quelli|las|los|aquell[ao]s|aquel[ae]s|as|os|die|denen)\s+(?:of|de|des|du|di|del|dei|delle|do|da|dos|das|von)\s+)?(?:the\s+|le\s+|la\s+|les\s+|l['’])?)$`)
	reAlso      = regexp.MustCompile(`(?i)as\s+well\s+as|along\s+with|alongside|together\s+with|ainsi\s+que|de\s+même\s+que|` + alsoWords)
)

// alsoWords join a list of parties to the act of an earlier one in the
// other languages: "insieme a quelle di", "junto con", "bem como", "sowie".
const alsoWords = `insieme\s+a(?:lle|gli|i|l)?|così\s+come|junto\s+(?:con|a)|así\s+como|juntamente\s+com|junto\s+com|bem\s+como|assim\s+como|zusammen\s+mit|ebenso\s+wie|sowie`

// reModalAfter finds a modal after a named act: "the ratification would
// take effect", "sa ratification devrait".
// "May" with a capital is the month: "its ratification of the treaty on 18
// May 2017".
var reModalAfter = regexp.MustCompile(`^[^,;.]*?\b(?:(?i:would|will|shall|could|might|should|devrait|pourrait|sera)|may)\b`)

// rePronounOnly is a sentence opening on a pronoun that may stand for a
// treaty named just before: "It entered into force", "Elle est entrée",
// "Es trat ... in Kraft".
var rePronounOnly = regexp.MustCompile(`^(?:It|Elle|Es|Sie)\s`)

// reObjectPronoun is a treaty told as a pronoun, the object of an act:
// "France ratified it", "la France l'a ratifiée", "Chile lo ratificó",
// "l'Italia l'ha ratificato", "o Brasil ratificou-o".
var reObjectPronoun = regexp.MustCompile(`(?i)\b(?:ratif\p{L}*|sign\p{L}*|join\p{L}*|acced\p{L}*|approv\p{L}*|accept\p{L}*|denounc\p{L}*|left|quit|withdr\p{L}*\s+from)\s+it\b|\bl['’](?:a|ont|avait|avaient|aura|auront|ha|hanno|aveva)\s+(?:\p{L}+ment\s+|formalmente\s+)?(?:ratifi|sign|approuv|accept|dénonc|quitt|firmat|approvat|accettat)|\b(?:lo|la)\s+(?:ratific|firm|aprob|acept|denunci)|\b(?:ratificou|assinou)-(?:o|a)\b`)

var rePronounStart = regexp.MustCompile(`^(?:It|Elle|Il|Adopted|Adoptée|Adopté|Opened|Ouverte|Signed|Signée|(?:The|Its|Le|Ce|Son)\s+(?:final\s+|full\s+|agreed\s+)?(?:text|texte))(?:[^\p{L}]|$)`)

// reAdoptionCue is how an adoption was voted, told after it: "unanimously",
// "by consensus", "par 115 pays", "by the World Health Assembly".
var reAdoptionCue = regexp.MustCompile(`(?i)^[^.;]{0,20}?\b(?:unanimously|by\s+consensus|by\s+acclamation|à\s+l['’]unanimité|par\s+consensus|por\s+consenso|por\s+unanimidad|all['’]unanimità|per\s+consenso|einstimmig|im\s+konsens|por\s+unanimidade|(?:by|par|por|da|von)\s+(?:\d{1,3}|the\s+(?:[\p{Lu}][\p{L}-]*\s+){0,3}(?:Assembly|Conference))\b)`)

// maxReach is how far, in bytes, a party or list of parties may stand from
// the act it is the agent or object of.
const maxReach = 80

// reNotAgent finds words before a party that make it a place or a
// destination, not an actor: "ambassador to France", "in Paris, France",
// "the first members of the European Union to ratify".
var reNotAgent = suffix.MustCompile(`(?i)(?:\b(?:hosted|organi[sz]ed|chaired|held)\s+by\s+(?:the\s+)?|\b(?:members?|member\s+states|membres?|États\s+membres|miembros?|Estados\s+miembros|membri|Stati\s+membri|membros?|Estados-membros|Mitglieder|Mitgliedstaaten|Mitgliedsstaaten)\s+(?:(?:of|de|du|des|del|della|dello|da|do|der)\s+|dell['’]|d['’])(?:the\s+|la\s+|l['’]|el\s+|a\s+|o\s+)?|在|(?:^|\s)(?:to|in|at|from|en|au|aux|à)\s+(?:the\s+)?|\bin\s+(?:\p{Lu}[\p{L}.-]+\s+){0,2}\p{Lu}[\p{L}.-]+,\s*)$`)

// reTheUnion finds "the Union" standing alone, and what follows it.
var reTheUnion = regexp.MustCompile(`\b(?:[Tt]he\s+|[Ll]['’])(Union)\b(\s+\p{L}+)?`)

// withUnion adds to ms, in order, each "the Union" in s that is not part
// of a longer name ("the Union of ..."), as party union: on a page that
// names the European Union and no other union, "the Union" is the EU.
func withUnion(ms []parties.Mention, s, union string) []parties.Mention {
	if union == "" || !strings.Contains(s, "Union") {
		return ms
	}
	for _, loc := range reTheUnion.FindAllStringSubmatchIndex(s, -1) {
		if loc[4] >= 0 {
			switch strings.ToLower(strings.TrimSpace(s[loc[4]:loc[5]])) {
			case "of", "for", "européenne", "europeenne", "africaine", "des", "du", "de":
				continue
			}
		}
		m := parties.Mention{Start: loc[2], End: loc[3], Code: union}
		i := 0
		for i < len(ms) && ms[i].Start < m.Start {
			i++
		}
		if i < len(ms) && ms[i].Start < m.End || i > 0 && ms[i-1].End > m.Start {
			continue
		}
		ms = slices.Insert(ms, i, m)
	}
	return ms
}

// partyChains groups the parties a sentence names into lists.
func partyChains(s string, tms []treaties.Mention, union string) [][]parties.Mention {
	var chains [][]parties.Mention
	for _, p := range withUnion(parties.Find(s), s, union) {
		if inside(p.Start, p.End, tms) || memberStates(s, p.End) || datelinePlace(s, p) || reNotAgent.MatchString(s[max(0, p.Start-30):p.Start]) || cjkPlace(s, p.End) {
			continue
		}
		if n := len(chains); n > 0 {
			prev := chains[n-1][len(chains[n-1])-1]
			if partyListGlue(s[prev.End:p.Start]) {
				chains[n-1] = append(chains[n-1], p)
				continue
			}
		}
		chains = append(chains, []parties.Mention{p})
	}
	return chains
}

// reDatelineEnd is what ends a wire dateline after its place: "NICE,
// France -- ", "PARIS, Feb. 11 (Wire)".
var reDatelineEnd = regexp.MustCompile(`^\s*(?:--|—|–|\(|,\s*\p{Lu}\p{L}{2,}\.?\s+\d)`)

// datelinePlace reports whether a party's name is the place of a wire
// dateline at the start of a sentence ("NICE, France -- Ten countries
// ratified ..."), not an actor.
func datelinePlace(s string, p parties.Mention) bool {
	return p.Start < 40 && reDatelineCity.MatchString(s[:p.Start]) && reDatelineEnd.MatchString(s[p.End:min(len(s), p.End+12)])
}

// reDatelineCity is a dateline's city in capitals before its country:
// "NICE, ".
var reDatelineCity = regexp.MustCompile(`^\p{Lu}[\p{Lu}\s.'’-]+,\s*$`)

// treatyFor picks the treaty an act speaks of: the nearest treaty the
// sentence names (a general "the Convention" meaning the page's subject),
// else the subject when the act's word is specific to treaties.
func treatyFor(s string, a *anchorable, tms []treaties.Mention, subject string, acts []*anchorable) string {
	best, bestDist := "", -1
	for _, m := range tms {
		id := m.ID
		if m.Generic {
			id = subject
		}
		if id == "" {
			continue
		}
		if d := distance(a.start, a.end, m.Start, m.End); bestDist < 0 || d < bestDist {
			best, bestDist = id, d
		}
	}
	if best != "" {
		return best
	}
	if strongEvent(a.event) || a.count != nil || a.event == citewatch.EventNegotiatedBy && len(a.parties) > 0 {
		return subject
	}
	// "adopted unanimously by the Assembly", "adoptant par consensus": an
	// adoption told with how it was voted is a treaty's.
	if a.event == citewatch.EventAdopted && reAdoptionCue.MatchString(s[a.end:min(len(s), a.end+80)]) {
		return subject
	}
	// "instrument of approval", "instrument d'acceptation" are treaty words.
	if reInstrumentOf.MatchString(s[max(0, a.start-20):a.start]) {
		return subject
	}
	// A weaker act ("adopted") speaks of the subject when the sentence's
	// subject is a pronoun or the act itself ("It was adopted ...",
	// "Adoptée le 17 mai 2024, elle ...") or another act in it is strong.
	if rePronounStart.MatchString(s) {
		return subject
	}
	for _, b := range acts {
		if b != a && !b.skip && strongEvent(b.event) {
			return subject
		}
	}
	return ""
}

// assignDates gives each act its date: the first date after it and before
// the next act ("adopted on 17 May 2024 and opened for signature on 5
// September 2024"), else the last date between the previous act and it
// that the previous act did not take ("On 11 February 2025, Japan signed").
func assignDates(s string, acts []*anchorable, ds []dates.Mention) {
	taken := make([]bool, len(ds))
	// A date that opens the sentence ("On 5 September 2024, ...", "Today,
	// ...", "Le 3 septembre 2016, ...") is the date of the first act.
	if len(ds) > 0 && len(acts) > 0 && !ds[0].Ambiguous && ds[0].End <= acts[0].start && reFronted.MatchString(s[:ds[0].Start]) && strings.HasPrefix(s[ds[0].End:], ",") {
		first := acts[0]
		for _, a := range acts {
			if !a.skip && (a.count == nil || a.count.reached == 0) { // a threshold reached takes the date nearest its words
				first = a
				break
			}
		}
		for _, a := range acts {
			if a.start >= first.start && a.start < first.end || a == first { // a count and the act word inside it: "ten signatures"
				a.date, taken[0] = 0, true
			}
		}
		defer func() {
			// "Ce jeudi 4 mars, on comptait 95 signataires et 12 Parties":
			// counts the sentence dates no other way speak for its opening date.
			for _, a := range acts {
				if a.count != nil && a.date < 0 {
					a.date = 0
				}
			}
		}()
	}
	for i, a := range acts {
		if a.date >= 0 || a.count != nil && a.count.rank {
			continue // a rank is dated by the act it ranks
		}
		next, nextVerb := -1, false
		for _, b := range acts[i+1:] {
			// "ratified the Paris Agreement of 12 December 2015 on 10
			// February 2017"; "became the 193rd State Party to it on 16
			// September", "reached 55 ratifications on 5 October": a
			// count or act word inside the act's words is no next act.
			if !b.name && b.start >= a.end {
				next, nextVerb = b.start, !b.noun && b.count == nil
				break
			}
		}
		from := a.end
		if a.effectAt > from && dateAfter(ds, a.effectAt, 40) >= 0 {
			// "Canada's withdrawal, notified on 15 December 2011, took
			// effect on ...": the day after the words of effect, when
			// one follows them (in Japanese the verb comes last).
			from = a.effectAt
		}
		for di, d := range ds {
			if !d.Ambiguous && d.Start >= from && (next < 0 || d.Start < next) && !possessiveOfNext(s, d, next) {
				if reNewClause.MatchString(s[a.end:d.Start]) {
					break // "ratifiée, a annoncé en mars": the date is another verb's
				}
				if frontsNext(s, a.end, d, next) {
					break // "Chile signed it, and on 5 May Peru ratified it": the date opens the next act's clause
				}
				if nextVerb && next >= d.End && strings.TrimSpace(s[d.End:next]) == "" {
					// "am 4. April unterzeichnet und am 22. November
					// ratifiziert": a date right before the next verb is
					// its own, the verb coming last.
					break
				}
				a.date, taken[di] = di, true
				break
			}
		}
	}
	for i, a := range acts {
		if a.date >= 0 || a.count != nil && a.count.rank {
			continue
		}
		prev := 0
		for j := i - 1; j >= 0; j-- {
			if b := acts[j]; b.count == nil || !b.count.rank { // "am 3. März als zehnter Staat ratifiziert"
				prev = b.end
				break
			}
		}
		before := s[max(0, a.start-40):a.start]
		sameDay := reTheDay.MatchString(before) || reWhenDay.MatchString(before) && !reEarlier.MatchString(before)
		if a.count != nil && i > 0 && acts[i-1].count != nil && acts[i-1].date >= 0 && reCountAnd.MatchString(s[acts[i-1].end:a.start]) {
			a.date = acts[i-1].date // "159 signataires et 22 Parties": one date for both
			continue
		}
		for di := len(ds) - 1; di >= 0; di-- {
			d := ds[di]
			if sameDay && !d.Ambiguous && d.End <= a.start {
				a.date = di // "on 5 Sept. 2024, the day it was opened for signature"
				break
			}
			if !d.Ambiguous && !taken[di] && d.End <= a.start && d.Start >= prev {
				a.date, taken[di] = di, true
				break
			}
		}
	}
}

// frontsNext reports whether date d, after a comma that follows an act
// ending at end, opens the clause of the next act (at next): "...
// instruments of both states, on 8 August 2019 the Agreement took
// effect".
func frontsNext(s string, end int, d dates.Mention, next int) bool {
	if next < 0 || next < d.End || next-d.End > 60 || !strings.Contains(s[end:d.Start], ",") {
		return false
	}
	return !strings.ContainsAny(s[d.End:next], ",;:")
}

// reCountAnd joins two counts of one sentence: "159 signatories and 22
// parties".
var reCountAnd = regexp.MustCompile(`(?i)^(?:\s|,|and|et|y|e|und)*$`)

// possessiveOfNext reports whether a date is the possessive of the act
// right after it: "yesterday's approval", "Monday's vote".
func possessiveOfNext(s string, d dates.Mention, next int) bool {
	if next < 0 || next-d.End > 12 {
		return false
	}
	gap := s[d.End:next]
	return strings.HasPrefix(gap, "'s ") || strings.HasPrefix(gap, "’s ")
}

// reInstrumentOf finds "instrument of" before an act word: "instrument
// d'acceptation", "instrumento de aceptación", "strumento di adesione".
var reInstrumentOf = suffix.MustCompile(`(?i)\b(?:instruments?|instrumentos?|strumento|strumenti)\s+(?:of\s+|d['’]|de\s+|di\s+)$`)

// reFronted is what may come before a date that opens a sentence.
var reFronted = regexp.MustCompile(`(?i)^\s*(?:(?:on|in|by|since|le|en|depuis|dès|el|il|am|em|no|desde|dal|seit)\s+)?(?:\p{L}+,?\s+)?$`)

// nextActDate returns the date of the act that follows a within a few
// bytes ("signed upon its opening on 5 September") or in a clause of time
// ("the first to sign it when it was opened for signature on 11 May
// 2011"), or zero.
func nextActDate(s string, acts []*anchorable, i int, ds []dates.Mention) citewatch.Date {
	if i+1 < len(acts) {
		a, n := acts[i], acts[i+1]
		if n.date >= 0 && n.count == nil && !n.name && (n.start-a.end <= 12 && !strings.ContainsAny(s[a.end:max(a.end, n.start)], ",;") ||
			n.start-a.end <= 120 && reWhenClause.MatchString(s[a.end:max(a.end, n.start)])) {
			return ds[n.date].Date
		}
	}
	return citewatch.Date{}
}

// reWhenClause is the gap between an act and a clause of time holding the
// next act: "... to sign the convention when it was".
var reWhenClause = regexp.MustCompile(`(?i)^[^;:]{0,60}\b(?:when|lorsque|quand)\b[^;:,]{0,30}$`)

// nearestDated returns the date of the dated act nearest to a, or zero.
// reNewClause finds a comma that opens a clause with its own verb.
var reNewClause = regexp.MustCompile(`(?i)[,;]["”’»]?\s+(?:[\p{L}.'’-]+\s+){0,4}?(?:(?:has|have|had|was|were|is|are|ont|est|sont|will|would|said|says|told|added|noted|stated|wrote|explained|announced|annoncé|declared|déclaré|dijo|afirmó|sagte|ha\s+detto|disse)\s|a\s+\p{L})`)

// reWhenDay is a clause of time right after a date: "fulfilled on 3 May
// 2012, when the 30th state ratified it" tells what happened that day,
// unless the clause puts it earlier ("when Chile had already ratified").
var reWhenDay = suffix.MustCompile(`(?i)\d,\s+(?:when|lorsque|quand|cuando|quando|als)\s+(?:[\p{L}'’-]+\s+){0,3}$`)

var reTheDay = suffix.MustCompile(`(?i)\bthe\s+(?:(?:same|first|opening|very\s+first)\s+)?day\s+(?:on\s+which\s+|when\s+|that\s+)?(?:[\p{L}-]+\s+){0,3}$|\b(?:le\s+)?jour\s+(?:où|même\s+où|de\s+(?:son|sa|leur))\s+(?:[\p{L}'’-]+\s+){0,3}$`)

var reSameDay = regexp.MustCompile(`(?i)\b(?:first|opening|same|that)\s+day\b|\bday\s+it\s+(?:was\s+)?opened\b|\bpremier\s+jour\b|\bjour\s+même\b|\bmême\s+jour\b|\bce\s+jour(?:-là)?\b|\bjour\s+de\s+(?:son|sa|leur)\s+ouverture\b|\bdía\s+de\s+su\s+apertura\b|\bgiorno\s+(?:della\s+sua|di)\s+apertura\b`)

// reOpeningDay is a treaty's opening day told without its date: "on its
// first day", "le jour de son ouverture".
var reOpeningDay = regexp.MustCompile(`(?i)\b(?:first|opening)\s+day\b|\bday\s+it\s+(?:was\s+)?opened\b|\bpremier\s+jour\b|\bjour\s+de\s+(?:son|sa|leur)\s+ouverture\b|\bdía\s+de\s+su\s+apertura\b|\bgiorno\s+(?:della\s+sua|di)\s+apertura\b`)

// reSameDayBefore finds "the same day" told before an act, after another
// act of the sentence: "...; le même jour, les États-Unis l'ont accepté".
var reSameDayBefore = regexp.MustCompile(`(?i)\b(?:the\s+same\s+day|on\s+that\s+day|that\s+same\s+day|le\s+même\s+jour|ce\s+même\s+jour|ce\s+jour-là)\b`)

// reSameDayAfter finds "the same day" right after an act: "signée le
// jour même par ...", "signed on the same day by ...".
var reSameDayAfter = regexp.MustCompile(`(?i)^\s+(?:(?:le\s+)?(?:jour\s+même|même\s+jour)|(?:on\s+)?(?:that|the)\s+(?:very\s+)?same\s+day)\b`)

// reAlsoAct finds words that tie an act to the one told just before:
// "Israel signed too", "Japan also signed", "a également signé".
var reAlsoAct = regexp.MustCompile(`(?i)\b(?:also|too|as\s+well|aussi|également)\b`)

func nearestDated(acts []*anchorable, a *anchorable, ds []dates.Mention) citewatch.Date {
	best := nearest(acts, a.start, a.end, func(b *anchorable) bool { return b != a && b.date >= 0 && b.count == nil })
	if best == nil {
		return citewatch.Date{}
	}
	return ds[best.date].Date
}

func nearest(acts []*anchorable, start, end int, ok func(*anchorable) bool) *anchorable {
	var best *anchorable
	bestDist := -1
	for _, a := range acts {
		if !ok(a) { // negated acts still take their parties and dates, so that those do not drift to another act
			continue
		}
		if d := distance(a.start, a.end, start, end); bestDist < 0 || d < bestDist {
			best, bestDist = a, d
		}
	}
	return best
}

// distance is the gap in bytes between two spans, 0 when they overlap.
func distance(s1, e1, s2, e2 int) int {
	switch {
	case e1 <= s2:
		return s2 - e1
	case e2 <= s1:
		return s1 - e2
	}
	return 0
}

func inside(start, end int, tms []treaties.Mention) bool {
	for _, m := range tms {
		if !m.Generic && start >= m.Start && end <= m.End {
			return true
		}
	}
	return false
}

// memberStates reports whether a party name is followed by "member
// states" ("EU member states"), which names its members, not the party.
func memberStates(s string, end int) bool {
	rest := strings.ToLower(strings.TrimLeft(s[end:min(len(s), end+24)], " "))
	for _, w := range []string{"member state", "countries", "-staat", "-länder", "-land", "-mitglied", "-mitgliedstaat", "-mitgliedsstaat"} {
		if strings.HasPrefix(rest, w) {
			return true // "EU member states", "EU-Staaten"
		}
	}
	return false
}

// forParty reports whether party p follows "for" or "in respect of" after
// the entry-into-force words of a.
func forParty(s string, a *anchorable, p parties.Mention) bool {
	if p.End <= a.start {
		if reFrontedFor.MatchString(s[:p.Start]) {
			return true // "For the EU, it enters into force on 1 October 2023"
		}
		// "Die Konvention ist für Deutschland am 1. Februar in Kraft
		// getreten": the verb last, the party before it in its clause.
		return reForBefore.MatchString(s[max(0, p.Start-16):p.Start]) && a.start-p.End <= 60 && !strings.ContainsAny(s[p.End:a.start], ";:")
	}
	if p.Start < a.end || p.Start-a.end > 200 {
		return false
	}
	between := strings.ToLower(s[a.end:p.Start])
	for _, w := range []string{" for ", " in respect of ", " pour ", "à l'égard de", "für ", " para ", " per "} {
		if strings.Contains(" "+between, w) {
			return true
		}
	}
	return false
}

// reForBefore is "for" a party in the languages that may put it before
// the entry-into-force words: "für Deutschland", "für die Schweiz".
var reForBefore = regexp.MustCompile(`(?i)\bfür\s+(?:die\s+|den\s+|das\s+)?$`)

// reFrontedFor is a sentence opening "For" a party: "For the EU, ...",
// "Pour l'UE, ...".
var reFrontedFor = regexp.MustCompile(`(?i)^\s*(?:for|pour|in\s+respect\s+of|à\s+l['’]égard\s+de)\s+(?:the\s+|l['’]|la\s+|le\s+|les\s+)?$`)

// dropActEffects drops "takes effect" when another act word comes before
// it in the sentence: that act is what takes effect ("Türkiye's withdrawal
// took effect on Thursday"), not the treaty.
func dropActEffects(s string, ts []trigger) []trigger {
	out := ts[:0]
	for i, t := range ts {
		if i > 0 && reEffect.MatchString(s[t.start:t.end]) {
			if n := len(out); n > 0 && out[n-1].event == citewatch.EventDenounced {
				out[n-1].effect, out[n-1].effectAt = true, t.end // "Finland's withdrawal takes effect today"
			}
			continue
		}
		if i > 0 && t.event == citewatch.EventEnteredIntoForce && ts[i-1].event == citewatch.EventDenounced && ts[i-1].noun &&
			t.start-ts[i-1].end <= 80 && !strings.ContainsAny(s[ts[i-1].end:t.start], ";.") {
			if n := len(out); n > 0 && out[n-1].event == citewatch.EventDenounced {
				out[n-1].effect, out[n-1].effectAt = true, t.end
			}
			continue // "la dénonciation de l'accord entrera en vigueur en janvier": the withdrawal's date
		}
		out = append(out, t)
	}
	return out
}

var reEffect = suffix.MustCompile(`(?i)(?:effect|effective|binding|effet|efecto|effetto|efeito|wirksam|効力を生じ|効力を生ず)$`)

// reDecisionAfter finds a decision as what was adopted: "adopted the two
// decisions concluding the Convention", "a adopté la décision".
var reDecisionAfter = regexp.MustCompile(`(?i)^\s+(?:(?:the|a|an|its|their|two|both|la|les|une|deux)\s+){0,2}(?:[\p{L}-]+\s+)?d[ée]cisions?\b`)

// ownDate reports whether an act has a date or a total of its own, which
// an entry-into-force rule in the same sentence does not take away ("The
// accord, adopted in Paris last December, will enter into force ...").
func ownDate(a *anchorable) bool {
	switch {
	case a.count != nil:
		// "bringing the total to 40, twenty short of the 60 it needs": a
		// running total, dated by the act that brought it.
		return a.count.total || a.count.tally && !a.count.label || a.count.reached > 0 // "a threshold it crossed with 30 parties"
	case partyEvent(a.event) && a.finite:
		return a.date >= 0 // "Eighteen countries ratified it on Monday, ..."
	}
	return a.date >= 0 && (a.event == citewatch.EventAdopted || a.event == citewatch.EventOpened)
}

// datable reports whether an act is one party's act that takes a date.
func datable(a *anchorable) bool {
	return partyEvent(a.event) && a.event != citewatch.EventNegotiatedBy && a.count == nil
}

// prevEnd returns where the act before acts[i] ends, or 0.
func prevEnd(acts []*anchorable, i int) int {
	end := 0
	for j := i - 1; j >= 0 && j >= i-4; j-- {
		if b := acts[j]; b.end <= acts[i].start && b.end > end {
			end = b.end
		}
	}
	return end
}

// prevActDate returns the date of the nearest dated act before acts[i]
// (among the few before it), or zero.
func prevActDate(acts []*anchorable, i int, ds []dates.Mention) citewatch.Date {
	for j := i - 1; j >= 0 && j >= i-8; j-- {
		if b := acts[j]; b.end <= acts[i].start && b.date >= 0 && b.count == nil {
			return ds[b.date].Date
		}
	}
	return citewatch.Date{}
}

// reBackRef finds words that name a party told earlier in the sentence:
// "the latter", "the former", "ce dernier".
var reBackRef = regexp.MustCompile(`(?i)\b(?:the\s+(latter|former)|(?:ce|cette)\s+(dernier|dernière))\b`)

// backReferences adds "the latter" and "the former" to the party lists
// as the last or first party of the list before them.
func backReferences(s string, chains [][]parties.Mention) [][]parties.Mention {
	for _, loc := range reBackRef.FindAllStringSubmatchIndex(s, -1) {
		var prev []parties.Mention
		at := len(chains)
		for i, c := range chains {
			if c[len(c)-1].End <= loc[0] {
				prev = c
				at = i + 1
			}
		}
		if len(prev) < 2 {
			continue
		}
		p := prev[len(prev)-1]
		if loc[2] >= 0 && strings.EqualFold(s[loc[2]:loc[3]], "former") {
			p = prev[0]
		}
		ref := []parties.Mention{{Start: loc[0], End: loc[1], Code: p.Code}}
		chains = append(chains[:at], append([][]parties.Mention{ref}, chains[at:]...)...)
	}
	return chains
}

// placeNear finds "in Vilnius" after an act, before the next act word,
// within reach of the act not counting treaty titles in between ("signed
// the Council of Europe Framework Convention on ... the Rule of Law in
// Vilnius").
func placeNear(s string, a *anchorable, acts []*anchorable, i int, tms []treaties.Mention) string {
	end := min(len(s), a.end+400)
	for _, b := range acts[i+1:] {
		if b.start >= a.end && b.start < end && b.count == nil {
			end = b.start
			break
		}
	}
	rest := s[a.end:end]
	for _, loc := range rePlace.FindAllStringSubmatchIndex(rest, -1) {
		far := loc[2]
		for _, m := range tms {
			if m.Start >= a.end && m.End <= a.end+loc[2] {
				far -= m.End - m.Start
			}
		}
		if far > 120 {
			break
		}
		name := rest[loc[2]:loc[3]]
		first := strings.Fields(name)[0]
		if notPlaces[first] || isMonthOrDay(first) {
			continue
		}
		if _, ok := parties.Code(name); ok {
			continue
		}
		if len(treaties.Find(name, treaties.Options{})) > 0 {
			continue
		}
		return name
	}
	return ""
}

func isMonthOrDay(w string) bool {
	ms := dates.Find(w+" 2000", dates.Context{})
	if len(ms) > 0 {
		return true
	}
	switch strings.ToLower(w) {
	case "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday":
		return true
	}
	return false
}

func contains(ss []string, s string) bool {
	for _, x := range ss {
		if x == s {
			return true
		}
	}
	return false
}

// cjkPlace reports whether a Japanese name is a place: followed, before
// the next comma, by において or で ("フランス・パリにおいて").
func cjkPlace(s string, end int) bool {
	rest := s[end:min(len(s), end+60)]
	if i := strings.IndexAny(rest, "，、,"); i >= 0 {
		rest = rest[:i]
	}
	return len(rest) < 40 && (strings.Contains(rest, "において") || strings.HasSuffix(rest, "で"))
}
