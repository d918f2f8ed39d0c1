package extract

import (
	"regexp"
	"slices"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/citewatch/citewatch"
	"github.com/citewatch/citewatch/extract/internal/fold"
	"github.com/citewatch/citewatch/extract/internal/starts"
	"github.com/citewatch/citewatch/extract/internal/suffix"
	"github.com/citewatch/citewatch/internal/wordlist/numbers"
)

// trigger is a word or phrase that states a kind of treaty act.
type trigger struct {
	start, end int
	event      citewatch.Event
	noun       bool            // "signature", "ratification": the act named, not told
	finite     bool            // "signed", "a signé": a told act, not "to sign"
	object     bool            // an act only with a treaty as its object: "joined"
	subject    bool            // an entry into force whose party is the subject: "became a party"
	ofParty    citewatch.Event // the act the word tells when a party does it: "Japan hat ... angenommen"
	infinitive bool            // an act done only after a rank: "le 50e État à ratifier", "el primer país en firmar"
	effect     bool            // a withdrawal told with the day it takes effect: "the withdrawal takes effect on"
	effectAt   int             // where the words telling it takes effect end, 0 if none: its date comes after them
}

// partyEvent reports whether an event is an act of one state or organisation.
func partyEvent(e citewatch.Event) bool {
	switch e {
	case citewatch.EventSigned, citewatch.EventRatified, citewatch.EventAccepted, citewatch.EventApproved,
		citewatch.EventAcceded, citewatch.EventDenounced, citewatch.EventNegotiatedBy:
		return true
	}
	return false
}

// strongEvent reports whether an event word is specific enough to treaties
// that a sentence using it without naming a treaty speaks of the page's
// subject treaty ("Japan signed on Tuesday"). "Adopted", "accepted" and
// "approved" are too common in other senses.
func strongEvent(e citewatch.Event) bool {
	switch e {
	case citewatch.EventSigned, citewatch.EventRatified, citewatch.EventAcceded, citewatch.EventOpened,
		citewatch.EventEnteredIntoForce, citewatch.EventEIFCondition, citewatch.EventDenounced, citewatch.EventSignatoryCount, citewatch.EventPartyCount:
		return true
	}
	return false
}

// unreal reports whether the act at trigger t in s is negated or not yet done.
func unreal(s string, t trigger) bool {
	before := s[max(0, t.start-60):t.start]
	if t.infinitive {
		// An infinitive tells an act done only after a rank ("la première
		// à signer", "el quincuagésimo Estado en ratificar"); otherwise it
		// is an aim or a duty ("entend signer", "planea ratificar").
		return !reFirstTo.MatchString(before)
	}
	if words().unrealNext.MatchString(s[t.end:min(len(s), t.end+30)]) {
		return true // "批准する予定": an aim told after the act word
	}
	if t.event == citewatch.EventDenounced && reAnnounced.MatchString(before) {
		return true // "announced its withdrawal": the announcement, not the denunciation
	}
	if !words().unreal.MatchString(before) {
		return false
	}
	if t.event == citewatch.EventDenounced && reFutureOnly.MatchString(before) && !reIntentBefore.MatchString(before) &&
		(reDatedAfter.MatchString(s[t.end:min(len(s), t.end+100)]) || reDatedFirst.MatchString(s[:t.start])) &&
		!reConditionAfter.MatchString(s[t.end:min(len(s), t.end+100)]) {
		return false // "as of 1 May it will no longer be bound by it": a withdrawal fixed to take effect, not an aim
	}
	if t.event == citewatch.EventNegotiatedBy && reTakePart.MatchString(before) {
		return false // "a pris part à la négociation", "took part in the negotiations"
	}
	// "the first to sign", "the latest to ratify" report acts done.
	return !reFirstTo.MatchString(before) // words().unreal matches only at the end of before
}

// reFutureOnly is a bare future before an act, with no word of intent:
// "will officially", "wird", "va".
var reFutureOnly = regexp.MustCompile(`(?i)(?:^|[^\p{L}])(?:will|shall|is\s+to|are\s+to|wird|werden|va|vont|sarà|saranno)(?:\s+(?:be|then|now|\p{L}+ly))*\s*$`)

// reIntentBefore finds a word of intent or hypothesis before an act: "plans
// to", "would", "has decided it will".
var reIntentBefore = regexp.MustCompile(`(?i)\b(?:plans?|planned|intends?|intended|wants?|expected|hopes?|aims?|decided|pledged|promised|vowed|threaten\w*|could|might|would|may|should|if|unless|once|souhaite|entend|veut|prévoit|planea|quiere|will\s+not|won['’]t)\b`)

// reDatedAfter finds a date told after an act, in its clause and with no
// condition before it: "... the Paris Agreement in early 2026", "...
// starting Nov. 2".
var reDatedAfter = regexp.MustCompile(`(?i)^(?:[^.;!?]{0,80}?)(?:^|\s)(?:on|in|from|starting|as\s+of|effective|le|en|el|am|ab|il|em|a\s+partir\s+d[eu]l?|dès)\s+(?:(?:early|late|mid|the|dem|de)\s+)?(?:\d|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|janv|févr|avr|mai|juin|juil|août|déc|ene|abr|ago|dic|gen|mag|giu|lug|ott|dez|fev|mär)`)

// reDatedFirst finds a day told first in the sentence, before the act:
// "As of 1 May 2027, it will no longer be bound by", "Dès le 1er mai
// 2027, il cessera d'être lié".
var reDatedFirst = regexp.MustCompile(`(?i)^\s*(?:as\s+of|from|starting(?:\s+on)?|on|effective|à\s+compter\s+du|à\s+partir\s+du|dès\s+le|le|a\s+partir\s+del?|desde\s+el|el|ab\s+dem|am|dal|il|a\s+partir\s+de|em)\s+(?:\d{1,2}(?:er|º|°)?\.?\s+(?:de\s+)?\p{L}+\.?(?:\s+de)?\s+\d{4}|\p{L}+\.?\s+\d{1,2},?\s+\d{4})\b[^.;!?]*$`)

// talksUnderway reports whether t, a treaty told negotiated, tells talks
// over a span ("was negotiated in Geneva starting in June 2010", "from
// 2010 to 2013"), not the text adopted at their end.
func talksUnderway(s string, t trigger) bool {
	return t.event == citewatch.EventAdopted && strings.Contains(strings.ToLower(s[t.start:t.end]), "negotiated") &&
		reSpanAfter.MatchString(s[t.end:min(len(s), t.end+60)])
}

// reSpanAfter finds, in the clause after an act, a date told as a span's
// start or bounds: "starting in June", "from 2010 to 2013", "between".
var reSpanAfter = regexp.MustCompile(`(?i)^[^.;!?]*?\b(?:starting|beginning|from|since|between|over|through|throughout|until|à\s+partir|depuis|entre|desde|durante|seit|zwischen|dal|dalla|tra|fra)\b`)

// reConditionAfter finds a condition in the clause after an act: "will
// withdraw if the vote passes in March".
var reConditionAfter = regexp.MustCompile(`(?i)^[^.;!?]*?\b(?:if|unless|once|provided|should|si|sauf|wenn|falls|salvo|caso)\b`)

// reAnnounced finds an announcement just before a withdrawal: "announced
// its withdrawal", "a annoncé son retrait".
var reAnnounced = suffix.MustCompile(`(?i)\b(?:announc(?:ed|es|e|ing)|annoncé|annonce|annonçant)\s+(?:its|their|her|his|the|son|leur|le)?\s*$`)

var reTakePart = suffix.MustCompile(`(?i)\b(?:part|partie|participé|participated|contributed|contribué)\b[^,.;]*$`)

var reFirstTo = suffix.MustCompile(`(?i)(?:\b(?:first|last|final|latest|newest|second|third|next|only|\d+(?:st|nd|rd|th)|` + numbers.OrdinalRE + `)(?:\s+[\p{L}-]+){0,5}\s+to(?:\s+\p{L}+ly)?|` +
	`\b(?:` + numbers.OrdinalRE + `|premiers|dernier|dernière|seul|seule|últim[oa]|únic[oa]|ultim[oa]|unic[oa]|letzte)(?:\s+[\p{L}-]+){0,3}\s+(?:à|en|a|ad)(?:\s+l['’]avoir)?)\s*$`)

// reNotYetInForce finds words before "entry into force" that make it a
// condition or a prospect, not an event: "the threshold for entry into force".
var reNotYetInForce = suffix.MustCompile(`(?i)\b(?:for|pour|not|n['’]t|never|nicht|before|until|whether|if|once|toward|towards|ahead\s+of|prior\s+to|avant|(?:treaty|convention|agreement|protocol|accord|amendment|pact)\s+to|prospects?\s+of|chances?\s+of|hopes?\s+of|for\s+(?:the\s+)?[\p{L}-]+\s+to|hopes?|expects?|espère|espèrent|espera|spera|hofft|way\s+for|road\s+to|path\s+to|pave\s+the\s+way\s+for|para|antes\s+de|hasta|per|prima\s+di|für|vor)(?:\s+(?:been|be|yet|its|the|their|la|son|sa|l['’]|[\p{L}-]+ing\s+the|pact|treaty|agreement|accord|convention|su|el|il|der|die|das))*\s*$`)

// reUnrealCount finds words before a count that make it hypothetical.
// "May" with a capital is the month: "opened in May 2011 and ratified by 39 states".
var reUnrealCount = suffix.MustCompile(`\b(?:(?i:would|will|could|might|should|if|once|until|unless|pourrait|serait|jusqu['’]à|hasta|finché|até)|may)\b[^.]*$`)

// reEIFCondition finds the wording of an entry-into-force rule, in every
// language (the lexicons' eifRule words). eifRuleLocs runs it in two
// parts: reEIFWords, the lexicons' words, and reEIFOrdinal, an ordinal
// before a word for ratification ("the fiftieth instrument of
// ratification"), an alternation of hundreds of number words that runs
// only where such a word and an ordinal may be.
var (
	reEIFCondition = regexp.MustCompile(`(?i)` + strings.Join(eifRuleWords(), "|") + `|` + eifRuleOrdinal())
	reEIFWords     = starts.MustCompile(`(?i)` + strings.Join(eifRuleWords(), "|"))
	reEIFOrdinal   = starts.MustCompileSparse(`(?i)` + eifRuleOrdinal())
	// eifOrdinalAfter is what follows the ordinal in reEIFOrdinal.
	eifOrdinalAfter = regexp.MustCompile(`(?i)^(?:` + strings.Join(eifOrdinalWords(), "|") + `)`)
	// eifOrdinalNeeds are the words reEIFOrdinal cannot match without.
	eifOrdinalNeeds = fold.Needs(`(?i)(?:` + strings.Join(eifOrdinalWords(), "|") + `)`)
	ordinalWordsML  = numbers.OrdinalWords()
)

// eifRuleWords are the lexicons' words for an entry-into-force rule.
func eifRuleWords() []string {
	var parts []string
	for _, lx := range lexicons {
		parts = append(parts, lx.eifRule...)
	}
	return parts
}

// eifOrdinalWords are the lexicons' words that follow an ordinal in an
// entry-into-force rule.
func eifOrdinalWords() []string {
	var ordinal []string
	for _, lx := range lexicons {
		ordinal = append(ordinal, lx.eifOrdinal...)
	}
	return ordinal
}

// eifRuleOrdinal is an ordinal before the lexicons' eifOrdinal words.
func eifRuleOrdinal() string {
	return `\b(?:` + numbers.OrdinalRE + `)\s+(?:` + strings.Join(eifOrdinalWords(), "|") + `)`
}

// eifOrdinalLocs returns the matches of reEIFOrdinal in s. They begin
// at a word's start (\b) where an ordinal may begin and be followed by
// a word for ratification; the expression runs at those places only.
func eifOrdinalLocs(s string) [][]int {
	if strings.ContainsAny(s, "ſ\u212a") {
		return reEIFOrdinal.Regexp().FindAllStringIndex(s, -1) // read as "s" and "k": the scan does not read them
	}
	var at []int
	for q := 0; q < len(s); q++ {
		c := s[q]
		// \b: a word byte after none, or a character that is not ASCII
		// (a Japanese numeral) after one.
		var boundary bool
		if c < utf8.RuneSelf {
			boundary = wordByte(c) && (q == 0 || !wordByte(s[q-1]))
		} else {
			boundary = utf8.RuneStart(c) && q > 0 && wordByte(s[q-1])
		}
		if boundary && mayBeOrdinal(s[q:]) && followedBy(s, q, eifOrdinalAfter) {
			at = append(at, q)
		}
	}
	locs := reEIFOrdinal.FindAllStringSubmatchIndex(s, at)
	for i := range locs {
		locs[i] = locs[i][:2]
	}
	return locs
}

// wordByte reports whether c is a character \b counts as a word's.
func wordByte(c byte) bool {
	return wordLetter(c) || c >= '0' && c <= '9' || c == '_'
}

// eifRuleLocs returns the matches of reEIFCondition in s, lowered as lc.
// Its two parts' matches are its own when none overlaps another: at each
// place, the leftmost of them is the leftmost match of the whole.
func eifRuleLocs(s string, lc fold.Text) [][]int {
	words := reEIFWords.FindAllStringIndex(s, -1)
	// reEIFOrdinal needs its words, and an ordinal: a digit, an ordinal
	// word or a Japanese counter (numbers.OrdinalWords).
	if eifOrdinalNeeds != nil && !lc.Has(eifOrdinalNeeds...) ||
		!fold.HasDigit(s) && !strings.ContainsAny(s, "第目") && !lc.Has(ordinalWordsML...) {
		return words
	}
	ordinals := eifOrdinalLocs(s)
	if len(ordinals) == 0 {
		return words
	}
	for _, o := range ordinals {
		for _, w := range words {
			if o[0] < w[1] && w[0] < o[1] {
				return reEIFCondition.FindAllStringIndex(s, -1)
			}
		}
	}
	all := append(words, ordinals...)
	sort.Slice(all, func(i, j int) bool { return all[i][0] < all[j][0] })
	return all
}

// reCount finds "13 signatories", "eleven other signatories", "Parties: 5",
// "the number of signatories to 13", "the 13th signatory".
var (
	reCount      = starts.MustCompile(`(?i)\b(\d{1,3}|` + numberWordRE + `)\s+(?:(?:other|more|further|new|existing|current|member|non-member|countries|states|and|organisations|organizations|international|state|signatory)\s+){0,3}(signatories|signataires|signatures|parties|ratifications|états\s+parties|states\s+parties|contracting\s+states)\b`)
	reCountColon = starts.MustCompile(`(?i)\b(signatories|parties|signataires|ratifications)\s*:\s*(\d{1,3})\b`)
	// reCountToFr is "portant à treize le nombre de signataires".
	reCountToFr = starts.MustCompile(`(?i)\bport(?:ant|e|ent|é|ée)\s+(?:ainsi\s+)?à\s+(\d{1,3}|` + numberWordRE + `)\s+le\s+nombre\s+(?:de\s+|d['’])(signataires|parties|ratifications|états\s+parties)\b`)
	// reCountToFirst is "bringing to 27 that day the number of Parties",
	// "elevando a 51 el número de Estados Partes", "portando a 51 il
	// numero delle parti", "elevando para 51 o número de partes".
	reCountToFirst = starts.MustCompile(`(?i)\b(?:bring(?:s|ing)?|brought|elev(?:ando|ó|a)|llev(?:ando|ó|a)|port(?:ando|a|ò)|elevando\s+para)\s+(?:to|a|para)\s+(\d{1,3}|` + numberWordRE + `)\s+(?:(?:that|this|the\s+same)\s+day\s+|so\s+far\s+|now\s+|ese\s+día\s+|quel\s+giorno\s+|nesse\s+dia\s+)?(?:the|el|il|o)\s+(?:total\s+)?(?:number|número|numero)\s+(?:of|de|di|dei|delle|degli)\s+(?:[\p{L}-]+\s+){0,2}?(signatories|parties|ratifications|firmantes|signatarios|partes|ratificaciones|firmatari|parti|parte|ratifiche|signatários|ratificações|estados-partes?)(?:[^\p{L}]|$)`)
	// reCountToML is the number of parties told first, its total last:
	// "el número de Estados partes llegó a 50", "die Zahl der
	// Vertragsstaaten stieg auf 50", "le nombre de parties est passé à 50".
	reCountToML = starts.MustCompile(`(?i)\b(?:número|numero|nombre|zahl)\s+(?:de|di|dei|degli|delle|d['’]|der|des)\s+(?:[\p{L}-]+\s+){0,2}?(firmantes|signatarios|partes|estados-partes?|stati\s+parte|parti|firmatari|signatários|signataires|parties|états\s+parties|vertragsstaaten|vertragsparteien|unterzeichner(?:staaten)?|ratifications|ratificaciones|ratifiche|ratificações)(?:\s+[\p{L}'’-]+){0,8}?\s+(?:a|al|para|auf|à|atteint|alcanz(?:ó|a|ado)|raggiunt[oa]|raggiunse|atingiu|atingido|erreichte)\s+(\d{1,3})\b`)
	// reCountTo is "bringing the number of signatories to 13", "the
	// number of ratifications reached 50", "stood at 64".
	reCountTo = starts.MustCompile(`(?i)\bnumber\s+of\s+(?:[\p{L}-]+\s+){0,3}?(signatories|parties|ratifications|signataires)(?:\s+[\p{L}-]+){0,10}?\s+(?:to|reached|reaches|hit|hits|(?:stood|stands)\s+at|totall?ed|totals)\s+(\d{1,3}|` + numberWordRE + `)\b`)
	// reCountHave is "61 countries have ratified", "40 countries had
	// become Contracting Parties", "160 States have joined the
	// Convention", "48 states have deposited their instruments".
	reCountHave = starts.MustCompile(`(?i)\b(\d{1,3}|` + numberWordRE + `)\s+(?:[\p{L}-]+\s+){0,3}?(?:have|has|had)\s+(?:now\s+|already\s+|so\s+far\s+|all\s+)?(signed|ratified|acceded|deposited\s+(?:their|its)\s+instruments?|become\s+(?:contracting\s+|states?\s+)?(?:parties|signatories)|joined\s+(?:it\b|the\s+(?:(?-i:\p{Lu})[\p{L}-]*\s+|of\s+|on\s+|the\s+|\d{4}\s+){0,6}?(?:treaty|convention|agreement|protocol|amendment|accord|pact)\b))`)
	// reCountAre is "113 countries are parties to the Statute", "164
	// States are now party to it": how many there are, told in the
	// present.
	reCountAre = starts.MustCompile(`(?i)\b(\d{1,3}|` + numberWordRE + `)\s+(?:[\p{L}-]+\s+){0,2}?(?:are|were)\s+(?:now\s+|currently\s+|already\s+|all\s+)?(?:(?:states?|contracting)\s+)?(part(?:y|ies)|signator(?:y|ies))\s+(?:to|of)\b`)
	// reNotTreatyAfter is what parties may be parties to besides a
	// treaty: "parties to the negotiations", "to the dispute".
	reNotTreatyAfter = regexp.MustCompile(`(?i)^\s*(?:the\s+|this\s+|these\s+|its\s+)?(?:[\p{L}-]+\s+){0,2}?(?:negotiations?|talks|vote|votes|conference|dispute|conflict|process|discussions?|case|proceedings|consultations|war|ceasefire)\b`)
	// reCountAreML is reCountAre in the other languages: "113 pays sont
	// parties au Statut", "16 países son parte del Acuerdo", "16 paesi
	// sono parte dell'Accordo", "16 países são parte do Acordo".
	reCountAreML = starts.MustCompile(`(?i)\b` + countNumberRE + `\s+(?:` + strings.Join(countHaveMLNouns, "|") + `)\s+(?:sont|étaient|son|eran|sono|erano|são|eram)\s+(?:aujourd['’]hui\s+|désormais\s+|actuellement\s+|actualmente\s+|ya\s+|ora\s+|già\s+|attualmente\s+|já\s+)?(?:(?:états?|estados?|stati)\s+)?(parties|partie|partes|parte|parti)\s+(?:à|au|aux|a|al|del|de|do|da|dos|das|della|dell['’]|dello|degli|ao)(?:[^\p{L}]|$)`)
	// reCountHaveML is the same in the other languages: "52 pays ont
	// adhéré", "52 États sont devenus parties", "52 países se han adherido".
	reCountHaveML = starts.MustCompile(`(?i)\b` + countNumberRE + `\s+(?:` + strings.Join(countHaveMLNouns, "|") + `)\s+(?:l['’]|lo\s+|la\s+|le\s+|se\s+|si\s+)?(?:` + strings.Join(countHaveMLVerbs, "|") + `)\s+(?:déjà\s+|ya\s+|già\s+|já\s+)?(adhéré|ratifié|signé|déposé\s+leurs\s+instruments|devenus\s+parties|adherido|ratificado|firmado|depositado\s+sus\s+instrumentos|aderito|ratificato|firmato|diventati\s+parti|aderido|assinado|ratificado)(?:[^\p{L}]|$)`)
	reCountBy     = starts.MustCompile(`(?i)\b(signed|ratified|signée?s?|ratifiée?s?)\s+(?:by|par)\s+(?:a\s+total\s+of\s+)?(\d{1,3}|` + numberWordRE + `)\s+(?:states|countries|parties|nations|signatories|members?|états|pays)\b`)
	reCountNone   = starts.MustCompile(`(?i)\b(?:(?:none(?:\s+of\s+(?:them|the\s+(?:signatories|states|countries|parties)))?|no\s+(?:state|country|one|party))\s+(?:has|have|had)\s+(?:yet\s+)?|aucun\s+(?:état|pays)\s+ne\s+l['’]a\s+(?:encore\s+)?)(signed|ratified|signé|ratifié)`)
	// reCountActors finds a number of states as the subject of a past
	// act: "Ten states and organisations signed", "39 countries ratified".
	reCountActors = starts.MustCompile(`(?i)\b(\d{1,3}|` + numberWordRE + `)\s+(?:(?:other|more|further|new|member|non-member|states?|countries|nations|organi[sz]ations?|and|governments)\s+){1,4}(signed|ratified|inked|put\s+their\s+signatures?\s+to)\b`)
	// reCountTotalOf is "for a total of 10", "bringing the total to 10":
	// what it counts is said after it or by the sentence's act.
	reCountTotalOf = starts.MustCompile(`(?i)\btotal\s+(?:of|to)\s+(\d{1,3}|` + numberWordRE + `)\b(?:\s+(signatories|signatures|parties|ratifications))?`)
	reDefinite     = suffix.MustCompile(`(?i)\b(?:the|these|those|both|all|les|ces)\s+(?:(?:last|first|latter|former|remaining|other)\s+)?$`)
	reCountJoin    = suffix.MustCompile(`(?i)\b(?:joining|joins|joined|join|rejoignant|rejoint|in\s+addition\s+to|adding\s+to|alongside)\s+(?:the\s+|les\s+)?$`)
	reCountTotal   = starts.MustCompile(`(?i)\b(?:total\s+number\s+of|nombre\s+total\s+de)\s+(signatures|ratifications|signataires|parties)[^:\n]{0,70}?\s*:\s*(\d{1,3})\b`)
	reCountJoined  = starts.MustCompile(`(?i)\b(?:join|joins|joined|joining|rejoignent|rejoint|rejoignant)\s+(?:the\s+|les\s+)?(\d{1,3}|` + numberWordRE + `)\s+(?:[\p{L}-]+\s+){0,5}?(?:that|which|who|qui)\s+(?:had|have|avaient|ont)\s+(?:already\s+|déjà\s+)?sign`)
)

// numberWordRE matches a count in words where the English and French
// count expressions read one: an English number below a hundred
// ("forty-six", "twenty one"), a French number of one word up to twenty
// ("treize") or a French number below a hundred made of a tens word and a
// unit ("trente-huit", "vingt et un", "quatre-vingt-dix"), read whole so
// that "trente-huit" is never read as its last word. numberWordList holds
// the words it is made of, for a cheap check before running an expression
// that needs a number.
var numberWordRE, numberWordList = countWords()

// countWords builds numberWordRE and its words from the number tables.
func countWords() (string, []string) {
	var tens, units, words []string
	for _, w := range numbers.CardinalWords(numbers.English) {
		switch {
		case w.Value < 10:
			units = append(units, w.Text)
			words = append(words, w.Text)
		case w.Value < 20:
			words = append(words, w.Text)
		case w.Value < 100:
			tens = append(tens, w.Text)
		}
	}
	var frTens, frUnits []string
	for _, w := range numbers.CardinalWords(numbers.French) {
		if w.Value <= 20 && !slices.Contains(words, w.Text) {
			words = append(words, w.Text)
		}
		switch {
		case w.Value < 17:
			frUnits = append(frUnits, w.Text)
		case w.Value >= 20 && w.Value < 100 && w.Value%10 == 0:
			frTens = append(frTens, w.Text)
		}
	}
	alt := func(ws []string) string {
		quoted := make([]string, len(ws))
		for i, w := range ws {
			quoted[i] = regexp.QuoteMeta(w)
			// "quatre-vingts" drops its s before a unit: "quatre-vingt-deux".
			if strings.HasSuffix(w, "ts") {
				quoted[i] = regexp.QuoteMeta(strings.TrimSuffix(w, "s")) + "s?"
			}
		}
		return strings.Join(quoted, "|")
	}
	// A French unit after a tens word: "-huit", " et un", "-et-onze",
	// "-dix-sept".
	frUnit := `(?:[- ]et[- ](?:une?|onze)|-(?:dix-(?:sept|huit|neuf)|` + alt(frUnits) + `))`
	expr := `(?:(?:` + alt(tens) + `)(?:[- ](?:` + alt(units) + `))?|(?:` + alt(frTens) + `)` + frUnit + `?|` + alt(words) + `)`
	var list []string
	for _, w := range slices.Concat(tens, frTens, words) {
		if !slices.Contains(list, w) {
			list = append(list, w)
		}
	}
	return expr, list
}

// number reads a count the expressions found, in digits or words
// ("forty-six"); it is 0 when s is none.
func number(s string) int {
	n, _ := numbers.Cardinal(s)
	return n
}

// countStems are pieces of the count words that no act word holds, for
// mayState.
var countStems = []string{"parties", "partes", "son parte", "sono parte", "são parte", "eran parte", "erano parte", "eram parte", "parti", "total", "nombre", "número", "numero", "vertragsstaat", "vertragspartei", "締約国", "か国", "カ国", "ヵ国"}

// reNotFollowed is what follows a number of signatures that counts only
// those not ratified yet: "not followed by ratification", "non suivies de
// ratification", "no seguidas de ratificación".
var reNotFollowed = regexp.MustCompile(`(?i)^\s*(?:not\s+(?:yet\s+)?followed\s+by|non\s+suivies?\s+(?:de|d['’])|no\s+seguidas?\s+de|non\s+seguite\s+da)`)

// reHaveActed finds an act told of the counted states: "14 Parties have
// ratified".
var reHaveActed = regexp.MustCompile(`^(?:(?:that|which|who)\s+)?(?:have|has|had)\s+(?:now\s+|already\s+|also\s+)?(?:ratified|signed|acceded|accepted|approved|joined|deposited)\b`)

// reSignedAfter finds a signature told of the counted states: "175
// parties signed", "175 Parties that signed".
var reSignedAfter = regexp.MustCompile(`^(?:(?:that|which|who)\s+)?(?:have\s+|had\s+)?signed\b`)

// reThreshold finds words before a number that make it a threshold, not a
// count: "the threshold of 55 Parties", "le seuil de 55 Parties", "at least 55".
var reThreshold = suffix.MustCompile(`(?i)\b(?:threshold\s+of|seuil\s+de|at\s+least|au\s+moins|minimum\s+of|required|requis|needed|needs|need|requires|umbral\s+de|al\s+menos|soglia\s+d(?:i|ell[ae])|almeno|mindestens|limiar\s+de|pelo\s+menos)\s*$`)

// reAtLeast finds a minimum before a number: reached, it tells no count.
var reAtLeast = suffix.MustCompile(`(?i)\b(?:at\s+least|au\s+moins|minimum\s+of|al\s+menos|almeno|mindestens|pelo\s+menos)\s*$`)

// reThresholdAfter finds words after a number that make it a threshold:
// "the 60 ratifications needed", "les 60 pays nécessaires".
var reThresholdAfter = regexp.MustCompile(`(?i)^\s*(?:[\p{L}-]+\s+){0,2}?(?:required|needed|necessary|requis|requises|nécessaires|necesari[oa]s|requerid[oa]s|necessari[ei]|richiest[ei]|notwendig\w*|erforderlich\w*|necessári[oa]s)\b`)

// reReached finds a threshold told as reached: "a threshold reached in
// May 2017", "crossed the 30 parties it needed", "ha raggiunto la soglia".
var reReached = regexp.MustCompile(`(?i)(?:^|[^\p{L}])(?:reached|met|achieved|attained|crossed|atteint|franchi|alcanzó|alcanzado|alcanzada|superó|raggiunto|raggiunta|superato|erreicht|überschritten|atingiu|atingido|alcançou|alcançado)(?:[^\p{L}]|$)|に達し|を達成`)

// reachedAt returns where s tells a threshold reached, or -1: not in a
// hypothesis ("once it has reached", "until it reaches").
func reachedAt(s string) int {
	for _, loc := range reReached.FindAllStringIndex(s, -1) {
		if !reUnrealCount.MatchString(s[max(0, loc[0]-40):loc[0]]) {
			return loc[0]
		}
	}
	return -1
}

// countMention is a count stated in a sentence.
type countMention struct {
	start, end int
	event      citewatch.Event
	n          int
	joining    bool // "joining the eleven signatories": add the joiners
	past       bool // the count is the subject of a past act: "175 parties signed"
	zero       bool // a stated zero ("Total number of ratifications: 0")
	label      bool // a status field ("Signatories: 195"), dated only by a "status as of"
	tally      bool // a number of signatories or parties as such ("the number of signatories to 13"), not the acts' subject
	total      bool // a running total told as the result of acts: "bringing the total to 49"
	actors     bool // the number of states that did the acts ("Eighteen countries ratified"), a total only when no total is told beside it
	rank       bool // a state's rank among those that acted ("the 60th state to ratify"): dated by its act or not at all
	reached    int  // a threshold told as reached: 1 + where the sentence says so ("a threshold reached in May"), else 0
}

func countEvent(noun string) citewatch.Event {
	noun = strings.ToLower(noun)
	if noun == "signed" || noun == "signé" || noun == "inked" || strings.HasPrefix(noun, "put") || strings.Contains(noun, "signator") {
		return citewatch.EventSignatoryCount
	}
	if strings.HasPrefix(noun, "signat") || strings.HasPrefix(noun, "signature") || strings.HasPrefix(noun, "state to sign") {
		return citewatch.EventSignatoryCount
	}
	for _, p := range []string{"firm", "unterzeichn", "unterschr", "assin", "signé", "署名"} {
		if strings.HasPrefix(noun, p) {
			return citewatch.EventSignatoryCount
		}
	}
	return citewatch.EventPartyCount
}

// Counts in the other languages: "107 signataires", "24 países", "60
// ratifiche", "107 Staaten ... unterzeichnet", "署名国は86カ国".
var (
	countNumberRE = `(\d{1,3}|` + numbers.CardinalRE + `)`
	// reCountNoun is a number of signatories or parties named as such.
	reCountNoun = starts.MustCompile(`(?i)\b` + countNumberRE + `\s+(?:(?:otros|otras|altri|altre|outros|outras|weitere|estados|stati|staaten)\s+){0,2}(firmantes|signatarios|signatari[oa]s|firmatari|signatários|unterzeichner(?:staaten)?|signatarstaaten|estados\s+partes?|stati\s+parte|partes|parti|parteien|vertragsstaaten|vertragsparteien|ratificaciones|ratifiche|ratificações|ratifizierungen)\b`)
	// reCountByML is "firmado por 24 países", "ratifié par 40 pays".
	reCountByML = starts.MustCompile(`(?i)\b(firmad[oa]|ratificad[oa]|firmat[oa]|ratificat[oa]|assinad[oa]|unterzeichnet|ratifiziert|signée?|ratifiée?)\s+(?:por|da|von|par|de)\s+` + countNumberRE + `\s+(?:países|paesi|stati|staaten|ländern|états|pays|estados|naciones|nazioni|nações)\b`)
	// reCountVerbLast is German, with the verb last: "107 Staaten das
	// Abkommen unterzeichnet", "17 haben es ratifiziert".
	// reCountVerbFirst is German with the verb before its counted
	// subject: "Am 22. April unterzeichneten 175 Staaten das Abkommen".
	reCountVerbFirst = starts.MustCompile(`(?i)\b(unterzeichneten|ratifizierten)\s+` + countNumberRE + `\s+(?:staaten|länder|vertragsparteien|nationen)\b`)
	reCountVerbLast  = starts.MustCompile(`(?i)\b` + countNumberRE + `\s+(?:staaten\s+|länder\s+)?(?:haben\s+|hatten\s+)?(?:[\p{L}]+\s+){0,3}?(unterzeichnet|ratifiziert)\b`)
	// reCountCJK is "署名国は86カ国", "批准した国は合計51カ国", "締約国は、76か国".
	// reCountVon is German passive, the verb last: "von 194 Staaten
	// ratifiziert", "von 24 Ländern unterzeichnet".
	reCountVon = starts.MustCompile(`(?i)\bvon\s+` + countNumberRE + `\s+(staaten|ländern|vertragsparteien|nationen)\b[^.;]{0,60}?\b(unterzeichnet|ratifiziert)\b`)
	// reCountCJKActors is a number of states that did an act: "194か国が
	// 批准している", "194か国と欧州連合が批准".
	reCountCJKActors = starts.MustCompile(`([0-9０-９〇一二三四五六七八九十百]+)\s*(?:か国|カ国|ヵ国|ヶ国|ケ国)(?:(?:と|及び)(?:欧州連合|EU))?(?:が|は|も)(?:既に|すでに|これまでに)?(署名|批准|締結|加入)(して(?:いる|おり))?`)
	// reRankCJK is a state's rank among those that acted: "50カ国目として
	// 批准", "50番目の国として署名".
	reRankCJK = starts.MustCompile(`([0-9０-９〇一二三四五六七八九十百]+)\s*(?:カ国目|か国目|ヵ国目|ヶ国目|番目の(?:国|締約国))として[^。]{0,40}?(批准|受諾|承認|加入|締結|署名)`)
	// reCountCJK is "締約国は50か国", "批准国は10月24日に50か国に達した".
	reCountCJK = starts.MustCompile(`(署名国|締約国|批准国|批准した国|署名した国)(?:の数)?[はがも]?[、,，]?([^。、]{1,20}?に)?\s*(?:合計|計|現在)?\s*([0-9０-９〇一二三四五六七八九十百]+)\s*(?:か国|カ国|ヵ国|ヶ国|ケ国)`)
)

// The words reCountByML and reCountNoun cannot match without, lower-cased:
// the nouns "parte", "parti" and the like also begin common English words
// ("parties", "particular"), so they are checked as whole words.
var (
	countByMLVerbs = []string{"firmado", "firmada", "ratificado", "ratificada", "firmato", "firmata", "ratificato", "ratificata",
		"assinado", "assinada", "unterzeichnet", "ratifiziert", "signé", "ratifié"}
	countNounMLWords = []string{"firmantes", "signatari", "firmatari", "signatár", "unterzeichner", "signatarstaaten",
		"vertragsstaaten", "vertragsparteien", "ratificaciones", "ratifiche", "ratificaç", "ratifizierungen"}
	countNounMLParts = []string{"parte", "partes", "parti", "parteien"}
	numberWordsML    = numbers.Words()
)

// countHaveMLNouns and countHaveMLVerbs are the words of reCountHaveML
// for its subject and its auxiliary verb, one of each of which a text
// holds where it matches.
var (
	countHaveMLNouns = []string{"pays", "états", "nations", "países", "estados", "naciones", "paesi", "stati", "nazioni", "nações"}
	countAreMLVerbs  = []string{"sont", "étaient", "son", "eran", "sono", "erano", "são", "eram"}
	countHaveMLVerbs = []string{"ont", "avaient", "han", "habían", "hanno", "avevano", "têm", "tinham", "sont", "étaient", "sono", "erano"}
)

// findAllIf runs re on s only when ok.
func findAllIf(ok bool, re *starts.Regexp, s string) [][]int {
	if !ok {
		return nil
	}
	return re.FindAllStringSubmatchIndex(s, -1)
}

// findCountsML finds the counts of the other languages.
func findCountsML(s string, lc fold.Text) []countMention {
	var out []countMention
	if hasCJK(s) && strings.Contains(s, "国") {
		for _, loc := range reCountCJK.FindAllStringSubmatchIndex(s, -1) {
			if n, ok := numbers.Cardinal(s[loc[6]:loc[7]]); ok && n > 0 {
				start := loc[0]
				if loc[4] >= 0 {
					start = loc[6] // "批准国は10月24日に50か国に": the date before the number is the count's, outside it
				}
				out = append(out, countMention{start: start, end: loc[1], n: n, event: countEvent(s[loc[2]:loc[3]]), tally: true})
			}
		}
		for _, loc := range reRankCJK.FindAllStringSubmatchIndex(s, -1) {
			if n, ok := numbers.Cardinal(s[loc[2]:loc[3]]); ok && n > 0 {
				out = append(out, countMention{start: loc[0], end: loc[4], n: n, event: countEvent(s[loc[4]:loc[5]]), past: true, rank: true})
			}
		}
		for _, loc := range reCountCJKActors.FindAllStringSubmatchIndex(s, -1) {
			if n, ok := numbers.Cardinal(s[loc[2]:loc[3]]); ok && n > 0 {
				// The count ends at its noun, for the EU after it; "しており"
				// tells how many have, a past "した" how many acted.
				end := loc[3] + strings.Index(s[loc[3]:], "国") + len("国")
				out = append(out, countMention{start: loc[0], end: end, n: n, event: countEvent(s[loc[4]:loc[5]]), actors: loc[6] < 0, past: loc[6] < 0})
			}
		}
	}
	if lc.Has("von") && lc.Has("unterzeichnet", "ratifiziert") {
		for _, loc := range reCountVon.FindAllStringSubmatchIndex(s, -1) {
			if n, ok := numbers.Cardinal(s[loc[2]:loc[3]]); ok && n > 0 && n < 1000 {
				// The count ends at its noun, for the EU after it.
				out = append(out, countMention{start: loc[2], end: loc[5], n: n, event: countEvent(s[loc[6]:loc[7]])})
			}
		}
	}
	// Each expression runs only when the sentence holds the words it
	// cannot match without.
	by := lc.Has(countByMLVerbs...)
	noun := lc.Has(countNounMLWords...) || lc.HasWholeWord(countNounMLParts...)
	last := lc.Has("unterzeichnet", "ratifiziert")
	if !by && !noun && !last || !fold.HasDigit(s) && !lc.HasWord(numberWordsML...) {
		return out
	}
	for _, loc := range findAllIf(last, reCountVerbFirst, s) {
		if n, ok := numbers.Cardinal(s[loc[4]:loc[5]]); ok && n > 0 && n < 1000 && !yearLike(s, loc) {
			out = append(out, countMention{start: loc[4], end: loc[1], n: n, event: countEvent(s[loc[2]:loc[3]]), past: true, actors: true})
		}
	}
	for _, loc := range findAllIf(by, reCountByML, s) {
		if n, ok := numbers.Cardinal(s[loc[4]:loc[5]]); ok && n > 0 {
			out = append(out, countMention{start: loc[4], end: loc[1], n: n, event: countEvent(s[loc[2]:loc[3]])})
		}
	}
	for _, loc := range findAllIf(noun, reCountNoun, s) {
		if n, ok := numbers.Cardinal(s[loc[2]:loc[3]]); ok && n > 0 && n < 1000 && !yearLike(s, loc) {
			out = append(out, countMention{start: loc[0], end: loc[1], n: n, event: countEvent(s[loc[4]:loc[5]])})
		}
	}
	for _, loc := range findAllIf(last, reCountVerbLast, s) {
		if n, ok := numbers.Cardinal(s[loc[2]:loc[3]]); ok && n > 0 && n < 1000 && !yearLike(s, loc) {
			out = append(out, countMention{start: loc[0], end: loc[1], n: n, event: countEvent(s[loc[4]:loc[5]])})
		}
	}
	return out
}

// findCountsLower finds the counts of sentence s, lowered as lc.
func findCountsLower(s string, lc fold.Text) []countMention {
	var out []countMention
	has := func(subs ...string) bool {
		for _, x := range subs {
			if strings.Contains(s, x) {
				return true
			}
		}
		return false
	}
	// The pieces of every count's words ("adhéré", "joined", "deposited",
	// and the nouns of a rank: "Party", "country", "Staat").
	if !has("ignat", "arties", "atif", "dhé", "dhi", "deri", "oined", "eposit", "ecome", "arty", "tate", "ountr", "ation", "ays", "aes", "taat", "ARTIES", "IGNAT", "tates", "ign", "one", "ucun", "nked", "otal", "firm", "arte", "arti", "aese", "aís", "atific", "unterzeichn", "atifizi", "国") {
		return nil
	}
	// Each expression runs only when the sentence holds the words it
	// cannot match without (lower-cased): most sentences hold few.
	// Whether s holds a number is asked only after a cheaper check of
	// each expression's words passes, and answered once.
	numAsked, numFound := false, false
	num := func() bool {
		if !numAsked {
			numAsked, numFound = true, fold.HasDigit(s) || lc.HasWord(numberWordList...)
		}
		return numFound
	}
	// "signed by 180 parties" counts signatories whatever the noun: read
	// before the bare "180 parties".
	if lc.Has("sign", "ratif") && num() {
		for _, loc := range reCountBy.FindAllStringSubmatchIndex(s, -1) {
			ev := citewatch.EventSignatoryCount
			if strings.HasPrefix(strings.ToLower(s[loc[2]:loc[3]]), "ratif") {
				ev = citewatch.EventPartyCount
			}
			out = append(out, countMention{start: loc[4], end: loc[1], n: number(s[loc[4]:loc[5]]), event: ev})
		}
	}
	if lc.Has("signat", "parties", "ratification", "contracting") && num() {
		for _, loc := range reCount.FindAllStringSubmatchIndex(s, -1) {
			c := countMention{start: loc[0], end: loc[1], n: number(s[loc[2]:loc[3]]), event: countEvent(s[loc[4]:loc[5]])}
			if reNotFollowed.MatchString(s[loc[1]:min(len(s), loc[1]+50)]) {
				continue // "6 signatures not followed by ratification": a part of the signatories, not their number
			}
			if rest := strings.TrimLeft(s[loc[1]:min(len(s), loc[1]+40)], " "); reSignedAfter.MatchString(rest) {
				c.event, c.past = citewatch.EventSignatoryCount, true // "175 parties signed"
			} else if reHaveActed.MatchString(rest) {
				c.actors = true // "14 Parties have ratified the Amendment"
			}
			c.joining = reCountJoin.MatchString(s[max(0, loc[0]-40):loc[0]])
			if !c.joining && reIncrement.MatchString(s[loc[0]:loc[1]]) {
				continue // "17 more countries": an increase, not a total
			}
			if c.n > 0 && c.n < 1000 && !yearLike(s, loc) {
				out = append(out, c)
			}
		}
	}
	// The nouns and verbs of reCountHaveML stand between spaces (or after
	// an apostrophe: "l'ont"), as whole words: "than" holds no "han".
	if lc.HasWholeWord(countAreMLVerbs...) && lc.HasWholeWord(countHaveMLNouns...) && lc.Has("part") && num() {
		for _, loc := range reCountAreML.FindAllStringSubmatchIndex(s, -1) {
			if n, ok := numbers.Cardinal(s[loc[2]:loc[3]]); ok && n > 0 && n < 1000 && !reIncrement.MatchString(s[loc[0]:loc[1]]) {
				out = append(out, countMention{start: loc[0], end: loc[1], n: n, event: citewatch.EventPartyCount})
			}
		}
	}
	if lc.HasWholeWord(countHaveMLVerbs...) && lc.HasWholeWord(countHaveMLNouns...) && num() {
		for _, loc := range reCountHaveML.FindAllStringSubmatchIndex(s, -1) {
			if n, ok := numbers.Cardinal(s[loc[2]:loc[3]]); ok && n > 0 && n < 1000 && !reIncrement.MatchString(s[loc[0]:loc[1]]) {
				out = append(out, countMention{start: loc[0], end: loc[1], n: n, event: countEvent(s[loc[4]:loc[5]]), actors: true})
			}
		}
	}
	if lc.HasWholeWord("are", "were") && lc.Has("part", "signator") && num() {
		for _, loc := range reCountAre.FindAllStringSubmatchIndex(s, -1) {
			if reIncrement.MatchString(s[loc[0]:loc[1]]) || yearLike(s, loc) || reNotTreatyAfter.MatchString(s[loc[1]:min(len(s), loc[1]+40)]) {
				continue // "17 more countries are parties now", "120 states were parties to the talks"
			}
			out = append(out, countMention{start: loc[0], end: loc[1], n: number(s[loc[2]:loc[3]]), event: countEvent(s[loc[4]:loc[5]])})
		}
	}
	if lc.Has("signed", "ratified", "inked", "put their", "acceded", "joined", "deposited", "become") && num() {
		// "have", "has" or "had" stands between spaces in what reCountHave finds.
		for _, loc := range findAllIf(lc.HasWholeWord("have", "has", "had"), reCountHave, s) {
			if reIncrement.MatchString(s[loc[0]:loc[1]]) {
				continue // "17 more countries have ratified"
			}
			out = append(out, countMention{start: loc[0], end: loc[1], n: number(s[loc[2]:loc[3]]), event: countEvent(s[loc[4]:loc[5]]), actors: true})
		}
		for _, loc := range reCountActors.FindAllStringSubmatchIndex(s, -1) {
			// "The two countries signed" points back at named parties: no total.
			definite := reDefinite.MatchString(s[max(0, loc[0]-12):loc[0]])
			if !yearLike(s, loc) && !definite && !reIncrement.MatchString(s[loc[0]:loc[1]]) {
				out = append(out, countMention{start: loc[0], end: loc[1], n: number(s[loc[2]:loc[3]]), event: countEvent(s[loc[4]:loc[5]]), past: true, actors: true})
			}
		}
	}
	if lc.Has("total of", "total to") && num() {
		for _, loc := range reCountTotalOf.FindAllStringSubmatchIndex(s, -1) {
			c := countMention{start: loc[0], end: loc[1], n: number(s[loc[2]:loc[3]]), past: true, total: true}
			switch {
			case loc[4] >= 0:
				c.event = countEvent(s[loc[4]:loc[5]])
			case lc.Has("sign", "inked") && !lc.Has("ratif"):
				c.event = citewatch.EventSignatoryCount
			case lc.Has("ratif") && !lc.Has("sign", "inked"):
				c.event = citewatch.EventPartyCount
			default:
				continue // a total of what the sentence does not say
			}
			out = append(out, c)
		}
	}
	if lc.Has("no", "aucun") && lc.Has("sign", "ratifi") {
		for _, loc := range reCountNone.FindAllStringSubmatchIndex(s, -1) {
			out = append(out, countMention{start: loc[0], end: loc[1], zero: true, event: countEvent(s[loc[2]:loc[3]])})
		}
	}
	if lc.Has("total") {
		for _, loc := range reCountTotal.FindAllStringSubmatchIndex(s, -1) {
			n := number(s[loc[4]:loc[5]])
			out = append(out, countMention{start: loc[0], end: loc[1], n: n, zero: n == 0, label: true, tally: true, event: countEvent(s[loc[2]:loc[3]])})
		}
	}
	if strings.IndexByte(s, ':') >= 0 {
		for _, loc := range reCountColon.FindAllStringSubmatchIndex(s, -1) {
			n := number(s[loc[4]:loc[5]])
			out = append(out, countMention{start: loc[0], end: loc[1], n: n, zero: n == 0, event: countEvent(s[loc[2]:loc[3]]), label: true, tally: true})
		}
	}
	// "bringing the number of signatories to 13" tells the result of the
	// act just told: it is dated like a past act, not like a status field.
	if lc.Has("number") {
		for _, loc := range reCountTo.FindAllStringSubmatchIndex(s, -1) {
			out = append(out, countMention{start: loc[0], end: loc[1], n: number(s[loc[4]:loc[5]]), event: countEvent(s[loc[2]:loc[3]]), past: true, tally: true})
		}
	}
	if lc.Has("number", "número", "numero") && num() {
		for _, loc := range reCountToFirst.FindAllStringSubmatchIndex(s, -1) {
			out = append(out, countMention{start: loc[0], end: loc[1], n: number(s[loc[2]:loc[3]]), event: countEvent(s[loc[4]:loc[5]]), past: true, tally: true})
		}
	}
	if lc.Has("número", "numero", "nombre", "zahl") && fold.HasDigit(s) {
		for _, loc := range reCountToML.FindAllStringSubmatchIndex(s, -1) {
			out = append(out, countMention{start: loc[0], end: loc[1], n: number(s[loc[4]:loc[5]]), event: countEvent(s[loc[2]:loc[3]]), past: true, tally: true})
		}
	}
	if lc.Has("nombre") {
		for _, loc := range reCountToFr.FindAllStringSubmatchIndex(s, -1) {
			out = append(out, countMention{start: loc[0], end: loc[1], n: number(s[loc[2]:loc[3]]), event: countEvent(s[loc[4]:loc[5]]), past: true, tally: true})
		}
	}
	if lc.Has("join", "rejoi") {
		for _, loc := range reCountJoined.FindAllStringSubmatchIndex(s, -1) {
			out = append(out, countMention{start: loc[0], end: loc[1], n: number(s[loc[2]:loc[3]]), joining: true, event: citewatch.EventSignatoryCount})
		}
	}
	out = append(out, findRanks(s, lc)...)
	out = append(out, findCountsML(s, lc)...)
	return withUnionCounted(s, totalsOverActors(approxCounts(s, dedupeCounts(out))))
}

// totalsOverActors drops the number of states that did the acts when the
// sentence tells the total they bring ("Eighteen countries ratified it,
// bringing the total to 49" counts 49 parties, not 18) or another count of
// the same kind ("it has 41 parties: 38 states have ratified it").
func totalsOverActors(cs []countMention) []countMention {
	total := map[citewatch.Event]bool{}
	told := false
	for _, c := range cs {
		if !c.actors {
			total[c.event] = true
			told = told || c.tally || c.total
		}
	}
	out := cs[:0]
	for _, c := range cs {
		if !c.actors || !told && !total[c.event] {
			out = append(out, c)
		}
	}
	return out
}

// reIncrement finds the words that make a number an increase, not a
// total: "17 more countries", "five further states".
var reIncrement = regexp.MustCompile(`(?i)\b(?:more|further|additional|new|autres\s+nouveaux|nouveaux|nouvelles|más|nuevos|weitere|altri|nuovi|outros|novos)\b`)

// approxCounts drops numbers given as approximations ("nearly 200
// signatories", "plus de 190 pays"): no page states a total that way.
func approxCounts(s string, cs []countMention) []countMention {
	out := cs[:0]
	for _, c := range cs {
		if !words().approx.MatchString(s[max(0, c.start-24):c.start]) {
			out = append(out, c)
		}
	}
	return out
}

// reAndTheUnion finds the European Union added to a number of states:
// "76 countries and the European Union" are 77 parties.
var reAndTheUnion = regexp.MustCompile(`^(?:\s*[(（][^()（）]{0,60}[)）])?(?:\s+(?:and|plus|as\s+well\s+as|et|y|e|und)\s+(?:the\s+|l['’]|la\s+|l[ao]\s+|die\s+|der\s+|a\s+|dall['’]|dell['’]|pela\s+|por\s+la\s+|par\s+l['’]|von\s+der\s+)?(?:European\s+Union|EU|Union\s+européenne|UE|Unión\s+Europea|Unione\s+europea|União\s+Europeia|Europäische[n]?\s+Union)\b|\s*(?:と|及び|並びに)\s*(?:欧州連合|EU|ＥＵ))`)

// withUnionCounted adds the European Union to the counts it follows.
func withUnionCounted(s string, cs []countMention) []countMention {
	for i := range cs {
		c := &cs[i]
		rest := s[c.end:min(len(s), c.end+100)]
		if c.n == 0 || c.label || !strings.Contains(rest, "U") && !strings.Contains(rest, "欧州連合") {
			continue
		}
		if loc := reAndTheUnion.FindStringIndex(rest); loc != nil {
			c.n++
			c.end += loc[1]
		}
	}
	return cs
}

// dedupeCounts drops counts overlapping an earlier one.
func dedupeCounts(cs []countMention) []countMention {
	var out []countMention
	for _, c := range cs {
		dup := false
		for _, o := range out {
			if c.start < o.end && o.start < c.end {
				dup = true
				break
			}
		}
		if !dup {
			out = append(out, c)
		}
	}
	return out
}

// yearLike rejects "in 2024 parties ..." style false counts: a count is
// never preceded by a month name or "in".
func yearLike(s string, loc []int) bool {
	before := strings.ToLower(strings.TrimSpace(s[max(0, loc[0]-4):loc[0]]))
	return strings.HasSuffix(before, "in") || strings.HasSuffix(before, "no.")
}

// rePlace finds "in Vilnius", "à Strasbourg", "at Strasbourg".
// The name must end at a word's end: "at COP21" names no place.
var rePlace = regexp.MustCompile(`(?:^|\s)(?:in|at|à)\s+(\p{Lu}[\p{L}’'-]+(?:\s+\p{Lu}[\p{L}’'-]+)?)(?:[^\p{L}\p{N}]|$)`)

var notPlaces = map[string]bool{
	"The": true, "This": true, "Its": true, "Council": true, "Convention": true, "Treaty": true, "Article": true,
	"Europe": true, "English": true, "French": true, "Parliament": true, "Committee": true, "Force": true,
}

// hasCJK reports whether s has Han, Hiragana or Katakana letters.
func hasCJK(s string) bool {
	for _, r := range s {
		if r >= 0x3040 && r <= 0x30ff || r >= 0x4e00 && r <= 0x9fff {
			return true
		}
	}
	return false
}
