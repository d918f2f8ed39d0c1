package extract

import (
	"regexp"
	"slices"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/citewatch/citewatch"
	"github.com/citewatch/citewatch/extract/dates"
	"github.com/citewatch/citewatch/extract/internal/fold"
	"github.com/citewatch/citewatch/extract/internal/suffix"
	"github.com/citewatch/citewatch/extract/parties"
	"github.com/citewatch/citewatch/extract/treaties"
)

// The sentence engine reads the facts one sentence states in named phases,
// run in order (sentencePhases). Each phase reads or refines what the
// ones before it found; the words each matches come from the tables per
// language in words.go. The last step, emit, turns the acts into facts.
//
// Every phase is linear or close to it in the length of the sentence, and
// the sentences it sees are at most maxClause bytes (clauses cuts longer
// ones), so a page's extraction is linear in its length whatever its
// shape.

// sentence is one sentence as the phases read it.
type sentence struct {
	s   string
	lc  fold.Text
	pg  page
	in  flow
	out flow

	trigs  []trigger
	counts []countMention
	tms    []treaties.Mention
	titles treatyBytes
	acts   []*anchorable
	ds     []dates.Mention
	dated  bool // ds were read
	// refTreaty is the treaty of an act word that points back at an act
	// an earlier sentence told ("did likewise"), by where it starts.
	refTreaty map[int]string
	chains    [][]parties.Mention
	// condition is set when the sentence states a rule of entry into
	// force: only acts with dates of their own are facts beside it, and
	// counts outside the rule's words (ruleSpans).
	condition bool
	ruleSpans []citewatch.Span
	// subj is the treaty an act naming none speaks of (subject), once
	// read.
	subj        string
	subjectRead bool
}

// sentencePhases are the phases of the sentence engine, in order. A phase
// returns false when the sentence has nothing more to read.
var sentencePhases = []struct {
	name string
	run  func(*sentence) bool
}{
	{"find act and count words", findActWords},
	{"drop words that tell no act", dropNonActs},
	{"mark acts not done", markNotDone},
	{"date the acts", dateActs},
	{"give acts their parties", giveParties},
	{"give acts a capital that stands for its state", capitalParties},
	{"read acts told without their verb", gappedActs},
	{"give each party its own date", partyDates},
	{"share parties and dates between acts", shareBetweenActs},
	{"date a withdrawal by the day it takes effect", withdrawalEffects},
	{"read no act in a treaty concluded between states", concludedBetween},
}

// sentenceFacts reads the facts one sentence states. It is the one piece
// of sentence-level machinery behind Extract, FactsInText and Assertions.
func sentenceFacts(s string, pg page, in flow) ([]stated, flow) {
	st := &sentence{s: s, pg: pg, in: in,
		out: flow{section: in.section, asOf: in.asOf, date: in.date, age: in.age + 1, opened: in.opened, lastDate: in.lastDate, lastAge: in.lastAge + 1,
			prev: in.prev, prevAge: in.prevAge + 1, days: in.days, daysAge: in.daysAge + 1, act: in.act, actAge: in.actAge + 1,
			named: in.named, namedAge: in.namedAge + 1}}
	if in.list != nil {
		if facts, ok := listItem(s, pg, *in.list); ok {
			st.out.list = in.list
			return facts, st.out
		}
		if reBullet.MatchString(s) && len(s) < 80 {
			st.out.list = in.list // an item naming no party we know: the list goes on
			return nil, st.out
		}
	}
	if isQuestion(s) {
		// "Will Norway ratify the Convention?", "Portugal assinou o
		// Tratado?": a question states no fact.
		st.passDates()
		return nil, st.out
	}
	for _, ph := range sentencePhases {
		if !ph.run(st) {
			st.passDates()
			st.passNamed()
			return nil, st.out
		}
	}
	facts := st.emit()
	st.out.list = st.announcedList(facts)
	for _, f := range facts {
		if f.party != "" && !f.date.IsZero() && f.date.Precision == citewatch.PrecisionDay && (st.out.lastDate.IsZero() || f.date.Time().After(st.out.lastDate.Time())) {
			st.out.lastDate, st.out.lastAge = f.date, 0
		}
	}
	// The last party's act told, dated or not ("Fiji and Chad
	// deposited their instruments of ratification"), for "did likewise".
	for _, a := range st.acts {
		if (!a.skip || a.notice) && a.count == nil && len(a.parties) > 0 && partyEvent(a.event) && a.event != citewatch.EventNegotiatedBy {
			if treaty := treatyFor(st.s, a, st.tms, st.subject(), st.acts); treaty != "" {
				st.out.act, st.out.actAge = &pastAct{event: a.event, treaty: treaty, parties: a.parties}, 0
			}
		}
	}
	st.passDates()
	st.passNamed()
	return facts, st.out
}

// isQuestion reports whether a sentence ends as a question, closing
// quotes and brackets aside.
func isQuestion(s string) bool {
	s = strings.TrimRight(s, " \t\n\"'”’»)]")
	return strings.HasSuffix(s, "?") || strings.HasSuffix(s, "？")
}

// passNamed passes on the one treaty the sentence named by its name, if
// it named one (and the treaties were looked for: only in a sentence
// that may state an act).
func (st *sentence) passNamed() {
	named := ""
	for _, m := range st.tms {
		if m.Generic || m.ID == "" || m.ID == named {
			continue
		}
		if named != "" {
			return // two treaties: no one treaty to point back at
		}
		named = m.ID
	}
	if named != "" {
		st.out.named, st.out.namedAge = named, 0
	}
}

// subject is the treaty an act that names none speaks of: the page's
// subject, or the treaty the sentence just before named when this one
// tells it as a pronoun ("The Escazú Agreement was adopted in 2018. It
// entered into force on 22 April 2021.", "... France ratified it").
func (st *sentence) subject() string {
	if !st.subjectRead {
		st.subjectRead, st.subj = true, st.pg.subject
		if st.in.namedAge == 0 && st.in.named != "" && !st.namesOwn() && (rePronounOnly.MatchString(st.s) || reObjectPronoun.MatchString(st.s)) {
			st.subj = st.in.named
		}
	}
	return st.subj
}

// namesOwn reports whether the sentence names a treaty by its name.
func (st *sentence) namesOwn() bool {
	for _, m := range st.tms {
		if !m.Generic && m.ID != "" {
			return true
		}
	}
	return false
}

// dateContext is what the sentence's dates are read against: the page's
// anchor, and the date and named days the sentences just before told.
func (st *sentence) dateContext() dates.Context {
	c := st.pg.dates
	if st.in.prevAge <= 1 {
		c.Previous = st.in.prev
	}
	if st.in.daysAge <= 3 {
		c.Days = st.in.days
	}
	return c
}

// passDates passes on the last date the sentence told and the days it
// named with their weekday, reading its dates if no phase did (a
// sentence with no act word may still name the days the next one
// speaks of).
func (st *sentence) passDates() {
	ds := st.ds
	if !st.dated {
		if !hasDigit(st.s) {
			return
		}
		ds = dates.Find(st.s, st.dateContext())
	}
	for _, d := range ds {
		if !d.Ambiguous && d.Date.Year != 0 {
			st.out.prev, st.out.prevAge = d.Date, 0
		}
	}
	if named := dates.NamedDays(st.s, ds); len(named) > 0 {
		st.out.days, st.out.daysAge = named, 0
	}
}

func hasDigit(s string) bool {
	return strings.ContainsAny(s, "0123456789０１２３４５６７８９")
}

// announcedList returns the act a sentence announces for a list below it:
// a sentence ending in a colon that tells one act, dated, with no party
// ("These countries deposited their instruments this morning:").
func (st *sentence) announcedList(facts []stated) *stated {
	if !strings.HasSuffix(strings.TrimSpace(st.s), ":") || len(facts) > 0 {
		return nil
	}
	var act *anchorable
	for _, a := range st.acts {
		if a.skip || a.count != nil || !partyEvent(a.event) || len(a.parties) > 0 {
			continue
		}
		if act != nil && act.event != a.event {
			return nil
		}
		act = a
	}
	if act == nil {
		return nil
	}
	f := stated{event: act.event, treaty: treatyFor(st.s, act, st.tms, st.subject(), st.acts)}
	if act.date >= 0 {
		f.date = st.ds[act.date].Date
	}
	if f.date.IsZero() && st.in.list != nil && st.in.list.treaty == f.treaty {
		f.date = st.in.list.date // a second list right after a dated one: "The states that signed it are:"
	}
	if f.treaty == "" {
		return nil // undated, its items must give their days (listItem)
	}
	return &f
}

// reListItem is what a list item may hold besides its parties: bullets,
// list glue, a parenthesis.
var reListItem = regexp.MustCompile(`^[\s\-–—•*·,;.()]*$`)

// reResult finds a sentence opening on the result of the acts before it:
// "With these, ...", "これにより".
var reResult = regexp.MustCompile(`(?i)^\s*(?:これにより|これで|with\s+(?:this|these|that)\b|thus\b|tras\s+(?:esta|estas|este|estos)\b|avec\s+(?:cette|ces)\b|con\s+(?:questa|queste|questo)\b|damit\b|com\s+(?:isso|esta|estas)\b)`)

// latestActDate returns the latest date of the dated party acts before
// acts[i] in the sentence (their parties' own dates too), or zero.
func latestActDate(acts []*anchorable, i int, ds []dates.Mention) citewatch.Date {
	var best citewatch.Date
	for _, b := range acts[:i] {
		if b.count != nil || b.skip || !partyEvent(b.event) {
			continue
		}
		if b.date >= 0 && (best.IsZero() || ds[b.date].Date.Time().After(best.Time())) {
			best = ds[b.date].Date
		}
		for _, di := range b.partyDates {
			if best.IsZero() || ds[di].Date.Time().After(best.Time()) {
				best = ds[di].Date
			}
		}
	}
	return best
}

// reBullet finds a list item's bullet.
var reBullet = regexp.MustCompile(`^\s*[-–—•*·]\s`)

// listItem reads a sentence below an announced act as an item of its list:
// only parties ("- Bangladesh", "Kiribati and Laos"), each of which did
// the act.
func listItem(s string, pg page, act stated) ([]stated, bool) {
	if len(s) > 200 {
		return nil, false
	}
	// A day of the item's own: "- Argentina (22 January 2021)". Its
	// words are blanked so that the rest reads as a list item.
	if ds := dates.Find(s, pg.dates); len(ds) > 0 {
		if len(ds) > 1 || ds[0].Ambiguous {
			return nil, false
		}
		act.date = ds[0].Date
		s = s[:ds[0].Start] + strings.Repeat(" ", ds[0].End-ds[0].Start) + s[ds[0].End:]
	}
	if act.date.IsZero() {
		return nil, false // an undated announcement's item must give its day
	}
	ms := withUnion(parties.Find(s), s, pg.union)
	if len(ms) == 0 {
		if code, ok := parties.ItemCode(strings.Trim(s, " -–—•*·.,;")); ok {
			act.party = code // a name alone in a list of states: "- Granada" is Grenada
			return []stated{act}, true
		}
		return nil, false
	}
	var facts []stated
	at := 0
	for _, m := range ms {
		if gap := s[at:m.Start]; !reListItem.MatchString(gap) && !partyListGlue(gap) {
			return nil, false
		}
		f := act
		f.party = m.Code
		facts = append(facts, f)
		at = m.End
	}
	if !reListItem.MatchString(s[at:]) {
		return nil, false
	}
	return facts, true
}

// findActWords finds the act words and counts, and the treaties named.
func findActWords(st *sentence) bool {
	s := st.s
	lc := fold.Lower(s)
	if st.in.section == "" && !lc.HasAny(words().mayState) {
		return false
	}
	st.lc = lc
	st.trigs = findTriggersLower(s, lc)
	if in := st.in; in.act != nil && in.actAge == 0 && in.act.event == citewatch.EventDenounced && rePronounOnly.MatchString(s) {
		// "Canada gave notice of its withdrawal on ... It took effect on
		// ...": what takes effect is the withdrawal, not the treaty.
		for i, t := range st.trigs {
			if t.event == citewatch.EventEnteredIntoForce && reEffect.MatchString(s[t.start:t.end]) {
				st.trigs[i].event, st.trigs[i].effect, st.trigs[i].effectAt = citewatch.EventDenounced, true, t.end
			}
		}
	}
	var more []trigger
	if more, st.refTreaty = referenceTriggers(s, lc, st.trigs, st.in); len(more) > 0 {
		st.trigs = append(st.trigs, more...)
		sort.SliceStable(st.trigs, func(i, j int) bool { return st.trigs[i].start < st.trigs[j].start })
	}
	st.counts = findCountsLower(s, lc)
	if len(st.trigs) == 0 && st.in.section != "" && len(s) > 0 {
		// Under a heading naming an act ("Entry into force"), the
		// sentence speaks of that act.
		st.trigs = []trigger{{start: 0, end: 0, event: st.in.section}}
	}
	if len(st.trigs) == 0 && len(st.counts) == 0 {
		return false
	}
	st.tms = treaties.FindLower(s, lc, st.pg.treaty)
	st.titles = newTreatyBytes(st.tms)
	return true
}

// nonActRules drop act words that, in context, tell no act; in order.
var nonActRules = []struct {
	name string
	drop func(st *sentence, i int) bool
}{
	// "... Accession Protocol": a word of a treaty's title.
	{"inside a treaty's title", func(st *sentence, i int) bool {
		t := st.trigs[i]
		return inside(t.start, t.end, st.tms)
	}},
	// "joined the talks", "left the room": a word that tells an act only
	// with a treaty as its object.
	{"no treaty as object", func(st *sentence, i int) bool {
		return st.trigs[i].object && !treatyObject(st, st.trigs[i])
	}},
	// "the Council adopted the decision concluding the Convention".
	{"an organ's decision adopted", func(st *sentence, i int) bool {
		t := st.trigs[i]
		return t.event == citewatch.EventAdopted && st.lc.Has("decision", "décision", "decisión", "decisione", "decisão", "beschluss") &&
			reDecisionAfter.MatchString(st.s[t.end:min(len(st.s), t.end+80)])
	}},
	// "the parliament approved", "the Cabinet gave its approval", "the
	// Sejm voted for the withdrawal": a vote the page tells apart from the
	// state's act. "The parliament ratified" is the state's ratification,
	// as pages tell it.
	{"an organ's vote", func(st *sentence, i int) bool {
		t := st.trigs[i]
		switch {
		case t.event == citewatch.EventEnteredIntoForce || t.event == citewatch.EventOpened:
			return false
		case (t.event == citewatch.EventRatified || t.event == citewatch.EventSigned) && !t.noun:
			return false
		}
		return organBefore(st.s, st.lc, t.start)
	}},
	// "signed an executive order", "a signé un décret".
	{"an order signed", func(st *sentence, i int) bool {
		t := st.trigs[i]
		return t.event == citewatch.EventSigned && words().order.May(st.lc) && words().order.MatchString(st.s[t.end:min(len(st.s), t.end+40)])
	}},
	// "an executive order withdrawing the country from", "un décret de
	// retrait": what an order is for, not the withdrawal itself.
	{"the object of an order", func(st *sentence, i int) bool {
		t := st.trigs[i]
		return t.event == citewatch.EventDenounced && words().orderOf.MatchString(st.s[max(0, t.start-40):t.start])
	}},
	// "signed into law the country's withdrawal": a law's object, told
	// by the law's signing.
	{"the object of a law signed", func(st *sentence, i int) bool {
		t := st.trigs[i]
		return t.noun && reIntoLaw.MatchString(st.s[max(0, t.start-50):t.start])
	}},
	// "withdrew its signature from the Statute", "a retiré sa signature":
	// a state undoing its signature neither signs nor leaves a treaty it
	// was never party to.
	{"a signature withdrawn", func(st *sentence, i int) bool {
		t := st.trigs[i]
		switch t.event {
		case citewatch.EventSigned:
			return t.noun && reWithdrawnBefore.MatchString(st.s[max(0, t.start-40):t.start])
		case citewatch.EventDenounced:
			return reSignatureAfter.MatchString(st.s[t.end:min(len(st.s), t.end+30)])
		}
		return false
	}},
	// "has been a party to the talks since 2014", "became a party to the
	// dispute": a party to something other than a treaty.
	{"a party to something else", func(st *sentence, i int) bool {
		t := st.trigs[i]
		if !t.subject {
			return false
		}
		end := min(len(st.s), t.end+40)
		seg := strings.ToLower(st.s[t.start:end])
		k := strings.Index(seg, " to ")
		return k >= 0 && reNotTreatyAfter.MatchString(seg[k+4:])
	}},
	// "Zitate aus dem Abkommen": "aus dem" tells a withdrawal only after
	// "trat", "tritt" ("trat ... aus dem Statut aus").
	{"aus without its verb", func(st *sentence, i int) bool {
		t := st.trigs[i]
		return t.event == citewatch.EventDenounced && reAusDem.MatchString(st.s[t.start:t.end]) &&
			!reAustretenBefore.MatchString(st.s[max(0, t.start-80):t.start])
	}},
	// "the number of signatories to 15": the count tells the act.
	{"inside a count", func(st *sentence, i int) bool {
		t := st.trigs[i]
		for _, c := range st.counts {
			if c.tally && t.start >= c.start && t.end <= c.end {
				return true
			}
		}
		return false
	}},
}

// dropNonActs applies nonActRules, then reads "takes effect" after another
// act as that act's date ("Türkiye's withdrawal took effect on 1 July").
func dropNonActs(st *sentence) bool {
	kept := st.trigs[:0]
	for i := range st.trigs {
		drop := false
		for _, r := range nonActRules {
			if r.drop(st, i) {
				drop = true
				break
			}
		}
		if !drop {
			kept = append(kept, st.trigs[i])
		}
	}
	st.trigs = depositedSignatures(st.s, instrumentSigned(st.s, dropActEffects(st.s, kept)))
	return len(st.trigs) > 0 || len(st.counts) > 0
}

// reAusDem is the act word of a German withdrawal told with its particle
// last: "aus dem", "aus der".
var reAusDem = regexp.MustCompile(`(?i)^aus\s+(?:dem|der)$`)

// reAustretenBefore is the verb of a German withdrawal whose particle
// comes last, in the clause before "aus dem": "trat", "tritt", "traten".
var reAustretenBefore = regexp.MustCompile(`(?i)\b(?:trat|traten|tritt|treten)\b[^;]*$`)

// reWithdrawnBefore is a withdrawal told before a signature noun: "withdrew
// its", "rescinded the", "a retiré sa", "retiró su", "zog seine".
var reWithdrawnBefore = regexp.MustCompile(`(?i)(?:^|[^\p{L}])(?:withdr\p{L}*|rescind\p{L}*|revok\p{L}*|retract\p{L}*|retir\p{L}*|zog|zogen|zurückgezogen|ritirat\p{L}*)(?:\s+of)?\s+(?:its|their|his|her|the|sa|leur|son|su|sus|la|seine|ihre|die|la\s+propria|a\s+sua|sua)\s+$`)

// reSignatureAfter is a signature told right after a withdrawal word:
// "withdrawal of its signature", "retrait de sa signature".
var reSignatureAfter = regexp.MustCompile(`(?i)^\s*(?:of|de|du|della|da)?\s*(?:its|their|his|her|the|sa|leur|son|su|sus|la|seine|ihre|die|sua|a\s+sua)\s+(?:signature|firma|unterschrift|assinatura)\b`)

// reDepositedAfter finds a deposit told after a signature noun: "two
// signatures, deposited in April", "due firme, depositate in aprile".
var reDepositedAfter = regexp.MustCompile(`(?i)^[^.;:]{0,60}?(?:^|[^\p{L}])(?:deposited|lodged|déposée?s?|depositad[oa]s?|depositat[aeio]|hinterlegt(?:e|en)?)(?:[^\p{L}]|$)`)

// depositedSignatures reads signatures that were deposited as the
// instruments of consent they are: a signature alone is never deposited,
// an instrument of ratification is.
func depositedSignatures(s string, ts []trigger) []trigger {
	for i, t := range ts {
		if t.event == citewatch.EventSigned && t.noun && reDepositedAfter.MatchString(s[t.end:min(len(s), t.end+80)]) {
			ts[i].event = citewatch.EventRatified
		}
	}
	return ts
}

// instrumentSigned reads "the instrument of acceptance was signed by the
// President on 20 January" as the acceptance, told by the signing of its
// instrument: the signature word takes the consent's event and the noun
// is dropped.
func instrumentSigned(s string, ts []trigger) []trigger {
	out := ts[:0]
	for i := 0; i < len(ts); i++ {
		t := ts[i]
		if i+1 < len(ts) && t.noun && consent(t.event) && ts[i+1].event == citewatch.EventSigned && !ts[i+1].noun &&
			ts[i+1].start-t.end <= 150 && reInstrumentOf.MatchString(s[max(0, t.start-20):t.start]) && !strings.ContainsAny(s[t.end:ts[i+1].start], ";") {
			n := ts[i+1]
			n.event = t.event
			out = append(out, n)
			i++
			continue
		}
		out = append(out, t)
	}
	return out
}

// consent reports whether an event is a consent to be bound.
func consent(e citewatch.Event) bool {
	switch e {
	case citewatch.EventRatified, citewatch.EventAccepted, citewatch.EventApproved, citewatch.EventAcceded:
		return true
	}
	return false
}

// reNotified finds a notification before a withdrawal: "notified the
// depositary of its withdrawal". The page dates the notice, not the
// withdrawal, which takes effect later.
var reNotified = suffix.MustCompile(`(?i)(?:\b(?:notif(?:y|ied|ies|ying|ication)|notifié|notificó|notificou|notifiziert|notificato)\b|\b(?:gave|give|gives|giving|given|served|serves|serving)\s+(?:formal\s+|written\s+|its\s+|their\s+)?notice\b|` + reSentPaper + `)[^.;]{0,90}$`)

// reSentPaper is a paper sent or handed over: "submitted a document on",
// "a présenté un document sur", "presentó una nota de".
const reSentPaper = `\b(?:submitted|sent|handed\s+(?:over|in)|presented|lodged|présentée?|soumise?|remise?|transmise?|envoyée?|presentó|envió|entregó|presentato|inviato|consegnato|apresentou|enviou|entregou|übermittelt|überreicht|eingereicht)\s+(?:[\p{L}'’]+\s+){0,2}?(?:documents?|documentos?|dokument|notifications?|notificación|notifica|notificação|notices?|letters?|lettre|lettera|carta|schreiben|notes?|nota)\b`

// reTakesEffectAfter finds a withdrawal told with the day it takes effect:
// "the withdrawal will take effect on", "sa dénonciation prendra effet".
var reTakesEffectAfter = regexp.MustCompile(`(?i)^[^,;.]*?(?:\b(?:will|would|shall|is\s+to|prendra|tomará|wird)\s+(?:take\s+effect|become\s+effective|effet|efecto|wirksam)|\bentrera\s+en\s+vigueur|\bentrará\s+en\s+vigor|\bentrerà\s+in\s+vigore|\bentrará\s+em\s+vigor|\bin\s+kraft\s+treten)`)

// markNotDone makes the acts, marking those not done (intentions,
// negations, prospects) and the rules of entry into force, and keeps the
// counts that are not thresholds or hypotheses.
func markNotDone(st *sentence) bool {
	s := st.s
	acts := make([]*anchorable, 0, len(st.trigs)+len(st.counts))
	eifRule := -1 // whether s words a rule of entry into force: -1 not known yet
	for _, t := range st.trigs {
		if t.ofParty != "" && st.partyActs(t) {
			t.event = t.ofParty
		}
		a := &anchorable{start: t.start, end: t.end, event: t.event, date: -1, noun: t.noun, finite: t.finite, subject: t.subject, effect: t.effect, effectAt: t.effectAt}
		if t.event == citewatch.EventEnteredIntoForce {
			if eifRule < 0 {
				eifRule = 0
				if eifConditionNeeds.May(st.lc) {
					st.ruleSpans = eifRuleSpans(s, st.lc, st.counts)
				}
				if len(st.ruleSpans) > 0 {
					eifRule = 1
				}
			}
			if eifRule == 1 {
				a.event, st.condition = citewatch.EventEIFCondition, true
			}
		}
		if t.event == citewatch.EventDenounced && t.noun && reNotified.MatchString(s[max(0, t.start-110):t.start]) {
			a.skip, a.notice = true, true
		}
		modal := t.noun && reModalAfter.MatchString(s[t.end:min(len(s), t.end+40)]) &&
			!(t.event == citewatch.EventDenounced && reTakesEffectAfter.MatchString(s[t.end:min(len(s), t.end+80)]))
		if partyEvent(t.event) && (unreal(s, t) && !notUntil(s, t) || modal) ||
			t.event == citewatch.EventEnteredIntoForce && reNotYetInForce.MatchString(st.before(t.start, 30)) ||
			talksUnderway(s, t) {
			a.skip = true
		}
		acts = append(acts, a)
	}
	for i := range st.counts {
		c := &st.counts[i]
		if reUnrealCount.MatchString(s[max(0, c.start-40):c.start]) || strings.HasSuffix(strings.TrimSpace(s[max(0, c.start-12):c.start]), " by the") {
			continue
		}
		if thresholdCount(s, *c) {
			// A threshold is no count, unless the sentence tells it
			// reached: then it is the count on the day it was.
			at := reachedAt(s)
			if at < 0 || reAtLeast.MatchString(s[max(0, c.start-30):c.start]) {
				continue // "needed at least 55 and reached that": a minimum, not how many there were
			}
			c.reached = at + 1
		}
		acts = append(acts, &anchorable{start: c.start, end: c.end, event: c.event, date: -1, count: c})
	}
	if len(acts) == 0 {
		return false
	}
	sort.SliceStable(acts, func(i, j int) bool { return acts[i].start < acts[j].start })
	st.acts = acts
	return true
}

// reDoneBy is what comes before a count told as done, not as a rule:
// "has been ratified by 97 states", "a été signé par 40 pays", "compte
// désormais 90 signataires".
var reDoneBy = suffix.MustCompile(`(?i)\b(?:compte|comptait|counts|has|had|now\s+has|cuenta\s+con|contaba\s+con|conta|contava|zählt|zählte|tem|tinha)\s+(?:désormais|maintenant|déjà|now|already|ya|ora|già|bereits|já)\s+$|(?:\b(?:has|have)\s+(?:now\s+|so\s+far\s+|already\s+)?been|\bwas|\bwere|\ba\s+été|\bont\s+été|\bfue|\bha\s+sido|\bhan\s+sido|\bwurde|\bist|\bè\s+stato|\bè\s+stata|\bfoi)\s+(?:\p{L}+ly\s+)?(?:signed|ratified|signée?|ratifiée?|firmad[oa]|ratificad[oa]|unterzeichnet|ratifiziert|firmat[oa]|ratificat[oa]|assinad[oa])\s+(?:by|par|por|von|da)\s+(?:a\s+total\s+of\s+)?$`)

// eifRuleSpans returns where s words a rule of entry into force, leaving
// out a number of states that is a count told as done ("The treaty, in
// force for a decade, has now been ratified by 97 states").
func eifRuleSpans(s string, lc fold.Text, cs []countMention) []citewatch.Span {
	var out []citewatch.Span
	for _, loc := range eifRuleLocs(s, lc) {
		done := false
		for _, c := range cs {
			if loc[0] >= c.start && loc[0] < c.end && (reDoneBy.MatchString(s[max(0, c.start-60):c.start]) || reHasCount.MatchString(s[max(0, c.start-30):c.start])) {
				done = true
				break
			}
		}
		if !done {
			out = append(out, citewatch.Span{Start: loc[0], End: loc[1]})
		}
	}
	return out
}

// reHasCount is how many a treaty has, told before the number: "(it) now
// has 73 states parties", "compte 73 États parties", "cuenta con 73".
var reHasCount = suffix.MustCompile(`(?i)\b(?:has|have|had|counts?|numbers?|totals?|compte|comptait|cuenta\s+con|contaba\s+con|conta|zählt)\s+(?:now\s+|already\s+|désormais\s+|déjà\s+|ya\s+|some\s+|about\s+)?$`)

// thresholdCount reports whether a count is a number that a treaty needs,
// not one it has: "the 60 ratifications required", "after 50
// ratifications", "in 2024 parties" apart.
func thresholdCount(s string, c countMention) bool {
	return reThreshold.MatchString(s[max(0, c.start-30):c.start]) || reThresholdAfter.MatchString(s[c.end:min(len(s), c.end+30)]) ||
		reCountAfter.MatchString(s[max(0, c.start-16):c.start])
}

// reCountAfter finds a condition's word before a number: "after 50
// ratifications", "dès 30 ratifications".
var reCountAfter = suffix.MustCompile(`(?i)(?:^|[^\p{L}])(?:after|once|upon|until|après|dès|tras|después\s+de|dopo|nach|após|depois\s+de)\s+(?:the\s+|les\s+|las\s+|los\s+)?$`)

// inRule reports whether an act lies in the words of the sentence's rule
// of entry into force ("after 50 ratifications").
func (st *sentence) inRule(a *anchorable) bool {
	for _, r := range st.ruleSpans {
		if a.start < r.End && r.Start < a.end {
			return true
		}
	}
	return false
}

// partyActs reports whether a state or organisation named in the clause
// before an act word does the act: "Japan hat das Übereinkommen am 2.
// Februar angenommen", not "die Generalversammlung hat es angenommen".
func (st *sentence) partyActs(t trigger) bool {
	from := max(0, t.start-120)
	if i := strings.LastIndexAny(st.s[from:t.start], ",;:()"); i >= 0 {
		from += i + 1
	}
	return len(parties.Find(st.s[from:t.start])) > 0 && !organBefore(st.s, st.lc, t.start)
}

// dateActs finds the sentence's dates, drops those that name a treaty
// rather than date an act ("the 1997 treaty"), and gives each act its date.
func dateActs(st *sentence) bool {
	ds := dates.Find(st.s, st.dateContext())
	kept := ds[:0]
	for _, d := range ds {
		if !yearOfName(st.s, d, st.tms) && !sinceDate(st.s, d, st.trigs) {
			kept = append(kept, d)
		}
	}
	prev := citewatch.Date{}
	if st.in.prevAge == 0 {
		prev = st.in.prev
	}
	if more := thatDayDates(st.s, st.lc, kept, prev); len(more) > 0 {
		kept = append(kept, more...)
		sort.SliceStable(kept, func(i, j int) bool { return kept[i].Start < kept[j].Start })
	}
	st.ds, st.dated = kept, true
	if named := st.namedByDate(); len(named) > 0 {
		// The dates that name a treaty date no other act.
		pool := slices.Clone(st.ds)
		for _, di := range named {
			pool[di].Ambiguous = true
		}
		assignDates(st.s, st.acts, pool)
	} else {
		assignDates(st.s, st.acts, st.ds)
	}
	return true
}

// reNameDate is what joins a treaty's name to the date it is named by:
// "the Paris Agreement of 12 December 2015", "l'Accord de Paris du 12
// décembre 2015", "el Acuerdo de París de 12 de diciembre de 2015".
var reNameDate = regexp.MustCompile(`(?i)^\s*,?\s*(?:of|dated|du|en\s+date\s+du|de|del|vom|do|da)\s+(?:the\s+)?$`)

// namedByDate reads a treaty named with a day ("the Paris Agreement of 12
// December 2015") as the treaty adopted that day, the way treaties are
// cited; a Council of Europe treaty is named by the day it was opened
// for signature. The date is the name's, not another act's.
func (st *sentence) namedByDate() []int {
	var named []int
	for _, m := range st.tms {
		if m.Generic || m.ID == "" {
			continue
		}
		for di, d := range st.ds {
			if d.Start < m.End || d.Start-m.End > 20 || d.Ambiguous || d.Date.Precision != citewatch.PrecisionDay || !reNameDate.MatchString(st.s[m.End:d.Start]) {
				continue
			}
			ev := citewatch.EventAdopted
			if strings.HasPrefix(m.ID, "ETS-") || strings.HasPrefix(m.ID, "CETS-") {
				ev = citewatch.EventOpened
			}
			st.acts = append(st.acts, &anchorable{start: m.Start, end: m.End, event: ev, date: di, name: true})
			sort.SliceStable(st.acts, func(i, j int) bool { return st.acts[i].start < st.acts[j].start })
			named = append(named, di)
			break
		}
	}
	return named
}

// giveParties gives each list of parties ("Andorra, Georgia and the
// European Union") to its nearest act of one party within reach; for
// entry into force, only a party introduced by "for" ("entered into force
// for Norway") or the subject of "became a party".
func giveParties(st *sentence) bool {
	s, acts := st.s, st.acts
	chains := partyChains(s, st.tms, st.pg.union)
	if backRefGuard.May(st.lc) {
		chains = backReferences(s, chains)
	}
	kept := chains[:0]
	for _, c := range chains {
		if !inCount(st.counts, c[0].Start) { // "76 states and the EU": counted, not an act's party
			kept = append(kept, c)
		}
	}
	chains = kept
	st.chains = chains
	var prevAct *anchorable
	for _, chain := range chains {
		first, last := chain[0], chain[len(chain)-1]
		best := nearest(acts, first.Start, last.End, func(a *anchorable) bool {
			return partyEvent(a.event) || a.subject || a.event == citewatch.EventEnteredIntoForce && forParty(s, a, first)
		})
		connector := reConnector.FindString(s[max(0, first.Start-30):first.Start])
		if reDepositedBy.MatchString(s[max(0, first.Start-40):first.Start]) {
			// "The instruments of acceptance were deposited by Chile and
			// Peru": the agents of the deposit, however long the subject.
			if a := lastInstrument(acts, first.Start); a != nil {
				best, connector = a, "by"
				a.noun, a.finite = false, true
				if di := dateAfter(st.ds, last.End, 24); di >= 0 && a.date < 0 && reGapAfter.MatchString(s[last.End:st.ds[di].Start]) {
					a.date = di // "... deposited by Chile and Peru on 3 May"
				}
			}
		}
		switch {
		case connector != "" && prevAct != nil && reAlso.MatchString(connector):
			best = prevAct // "..., de même que le Royaume-Uni"
		case connector != "":
			// "including Canada, Japan, and Mexico": a list's tail, however far.
		case best == nil || st.reach(best, first.Start, last.End) > maxReach:
			continue
		}
		if best == nil {
			continue
		}
		prevAct = best
		for _, p := range chain {
			if !contains(best.parties, p.Code) {
				best.parties = append(best.parties, p.Code)
			}
		}
	}
	return true
}

// reDepositedBy finds a passive deposit right before its agents: "were
// deposited by", "ont été déposés par", "depositate da".
var reDepositedBy = suffix.MustCompile(`(?i)(?:^|[^\p{L}])(?:(?:were|was|been|are|is)\s+(?:\p{L}+ly\s+)?(?:deposited|lodged|submitted|handed\s+over)\s+by|été\s+déposée?s?\s+par|(?:fueron|fue|sido)\s+depositad[oa]s?\s+por|(?:stat[eio]|stata)\s+depositat[aeio]\s+da(?:l|lla|i|gli|lle)?|(?:foram|foi|sido)\s+depositad[oa]s?\s+(?:por|pel[oa]s?))\s+(?:the\s+|les?\s+|la\s+|l['’]|el\s+|los\s+|il\s+|o\s+|a\s+)?$`)

// lastInstrument returns the last act of consent named before at, whose
// instruments a passive deposit's agents deposited.
func lastInstrument(acts []*anchorable, at int) *anchorable {
	var last *anchorable
	for _, a := range acts {
		if a.end <= at && consent(a.event) && a.count == nil && !a.skip {
			last = a
		}
	}
	return last
}

// reCapitalActs is what may stand between a capital and the act it is the
// subject of: auxiliaries and adverbs ("Moscow has formally ratified",
// "Moscou a ratifié", "Moscow will no longer").
var reCapitalActs = regexp.MustCompile(`^\s+(?:(?:has|have|had|will|would|then|also|finally|never|a|avait|ont|ha|había|hat|hatte|ha\s+già|já|\p{Ll}+ly)\s+)*` +
	`(?:(?:deposited|submitted|a\s+déposé|déposa|depositó|ha\s+depositado|hinterlegte|hat\s+hinterlegt|ha\s+depositato|depositou)\s+(?:(?:its|their|the|son|sa|leur|su|sus|seine|ihre|il|o|l['’])\s*)?(?:[\p{L}'’]+\s+)?(?:instruments?|instrumento|strumento|urkunde)\s+(?:of|de|d['’]|di|der)\s*)?$`)

// reCapitalAgent is what comes between an act and the capital that did it:
// "ratified by Moscow", "la ratification du traité par Moscou, en 2001".
var reCapitalAgent = regexp.MustCompile(`(?i)^[^.;:!?]{0,120}?(?:^|\s)(?:by|par|por|von|da|durch|pelo|pela|dal|dalla)\s+$`)

// reOtherAgent is another verb's agent in that gap: "ratified in 2016,
// a step welcomed by Washington", "after talks hosted by Beijing", "a été
// saluée par Berlin", "une décision saluée par Paris": the capital did
// something else, not the act.
var reOtherAgent = regexp.MustCompile(`(?i)(?:(?:^|\s)(?:\p{L}+ed|led|held|made|seen|given|taken|brought|been|\p{L}{3,}ées?|(?:été|est|sont|a|ont|fue|fueron|sido|wurde|è|sono|stato|stata|foi|foram)\s+\p{L}+)|,\s+(?:a|an|une?|una?|um|uma|ein|eine|einen)\s+\p{L}+\s+\p{L}+)\s+(?:by|par|por|von|da|durch|pelo|pela|dal|dalla)\s+$`)

// reCapitalPlace is a preposition of place before a capital: "in Moscow",
// "à Pékin": the city, not its state.
var reCapitalPlace = regexp.MustCompile(`(?i)(?:^|\s)(?:in|at|to|from|à|en|de|a|nach|aus|em|da|di)\s+$`)

// capitalAgent reports whether gap, between an act and a capital, makes
// the capital the act's agent ("ratified by", "la ratification en 2001
// du traité par") and not another verb's ("a step welcomed by").
func capitalAgent(gap string) bool {
	if !reCapitalAgent.MatchString(gap) {
		return false
	}
	return strings.TrimSpace(gap) == "by" || !reOtherAgent.MatchString(gap)
}

// capitalParties gives an act with no party a capital that stands for its
// state, where the sentence makes the capital the one that acts: its
// subject right before it ("while Moscow ratified it") or its agent after
// it ("ratifié par Moscou"). A capital anywhere else is a city.
func capitalParties(st *sentence) bool {
	wants := false // an act of a party that names none
	for _, a := range st.acts {
		if !a.skip && a.count == nil && partyEvent(a.event) && len(a.parties) == 0 {
			wants = true
			break
		}
	}
	if !wants {
		return true
	}
	caps := parties.Capitals(st.s)
	if len(caps) == 0 {
		return true
	}
	kept := caps[:0]
	for _, m := range caps {
		if !inside(m.Start, m.End, st.tms) && !reCapitalPlace.MatchString(st.s[max(0, m.Start-6):m.Start]) {
			kept = append(kept, m) // "the Paris Agreement", "adopted in Rome" name no state
		}
	}
	for _, a := range st.acts {
		if a.skip || a.count != nil || !partyEvent(a.event) || len(a.parties) > 0 {
			continue
		}
		for _, m := range kept {
			if m.End <= a.start && a.start-m.End <= 80 && reCapitalActs.MatchString(st.s[m.End:a.start]) ||
				m.Start >= a.end && st.reach(a, m.Start, m.End) <= 70 && capitalAgent(st.s[a.end:m.Start]) {
				a.parties = append(a.parties, m.Code)
				break
			}
		}
	}
	return true
}

// reGapBefore is what comes before a clause that repeats the act before
// it without its verb: "...; Chile on 9 March; and Ghana on 2
// April", "..., Nepal on Monday".
var reGapBefore = suffix.MustCompile(`(?i)[,;]\s*(?:(?:and|et|y|e|und|while|whereas|then)\s+)?(?:(?:both|also)\s+)?$`)

// reAndGap is "and" before the parties of a clause without its verb,
// right after the date of the act before it: "Fiji accepted it on
// Monday and Chad on Tuesday".
var reAndGap = regexp.MustCompile(`(?i)\s+(?:and|et|y|e|und)\s+(?:(?:the|la|le|l['’]|el|los|las|il|lo|o|a|os|as|die|der)\s+)?$`)

// andAfterDate reports whether the text before at is "and" right after
// one of the sentence's dates.
func (st *sentence) andAfterDate(at int) bool {
	loc := reAndGap.FindStringIndex(st.s[max(0, at-16):at])
	if loc == nil {
		return false
	}
	and := max(0, at-16) + loc[0]
	for _, d := range st.ds {
		if d.End == and && !d.Ambiguous {
			return true
		}
	}
	return false
}

// reGapAfter is what comes between the parties of such a clause and its
// date: "on", "in", "le", "el", "did likewise on".
var reGapAfter = regexp.MustCompile(`(?i)^\s*(?:(?:did|followed)\s+(?:likewise|suit|so)\s+|(?:also\s+)?)?(?:(?:on|in|le|en|el|il|am|em|no)\s+)?$`)

// gappedActs reads clauses that repeat the act before them with other
// parties and another date, without a verb of their own ("Finland
// accepted it on 3 May 2019; Chile on 9 March 2020; and Ghana on 2 April
// 2020"): each is the same act, with its own parties and date.
func gappedActs(st *sentence) bool {
	s := st.s
	var added []*anchorable
	for _, chain := range st.chains {
		first, last := chain[0], chain[len(chain)-1]
		if g := st.actAfterParty(chain); g != nil {
			added = append(added, g)
			continue
		}
		if !reGapBefore.MatchString(s[max(0, first.Start-16):first.Start]) && !st.andAfterDate(first.Start) {
			continue
		}
		di := dateAfter(st.ds, last.End, 24)
		if di < 0 || !reGapAfter.MatchString(s[last.End:st.ds[di].Start]) {
			continue
		}
		// The act told before the clause, which took its parties.
		var prev *anchorable
		for _, a := range st.acts {
			if a.end <= first.Start && partyEvent(a.event) && !a.skip && a.count == nil {
				prev = a
			}
		}
		if prev == nil || prev.date < 0 {
			continue
		}
		g := &anchorable{start: first.Start, end: last.End, event: prev.event, date: di, finite: true, like: prev}
		for _, p := range chain {
			g.parties = append(g.parties, p.Code)
			for _, a := range st.acts {
				a.parties = without(a.parties, p.Code)
			}
		}
		added = append(added, g)
	}
	if len(added) > 0 {
		st.acts = append(st.acts, added...)
		sort.SliceStable(st.acts, func(i, j int) bool { return st.acts[i].start < st.acts[j].start })
	}
	return true
}

// reRespectively finds words that pair a list of parties with a list of
// dates: "in 2003, 2004 and 2005, respectively".
var reRespectively = regexp.MustCompile(`(?i)\b(?:respectively|respectivement|respectivamente|rispettivamente|jeweils)\b|それぞれ`)

// reDateInParens is a party's date in parentheses after it: "Niger (9日)",
// "Chile (3 March)".
var reDateInParens = regexp.MustCompile(`(?i)^\s*(?:[(（]|(?:am|on|le|el|il|em|no)\s+)$`)

// partyDates gives each party of an act its own date where the sentence
// pairs them: a list of dates told "respectively", or a date in
// parentheses after each party ("Zimbabwe (4 December), Niger (9
// December) signed").
func partyDates(st *sentence) bool {
	resp := respectivelyGuard.May(st.lc) && reRespectively.MatchString(st.s)
	for _, a := range st.acts {
		if len(a.parties) < 2 || a.count != nil {
			continue
		}
		if resp {
			var after []int
			for i, d := range st.ds {
				if d.Start >= a.end && !d.Ambiguous {
					after = append(after, i)
				}
			}
			if len(after) == len(a.parties) {
				a.partyDates = map[string]int{}
				for j, p := range a.parties {
					a.partyDates[p] = after[j]
				}
				continue
			}
		}
		own := map[string]int{}
		afterActDate := true // every party with a date of its own comes after the act's date
		for _, chain := range st.chains {
			for _, p := range chain {
				if !contains(a.parties, p.Code) {
					continue
				}
				for i, d := range st.ds {
					if d.Start >= p.End && d.Start-p.End <= 4 && !d.Ambiguous && reDateInParens.MatchString(st.s[p.End:d.Start]) {
						own[p.Code] = i
						afterActDate = afterActDate && a.date >= 0 && i != a.date && p.Start >= st.ds[a.date].End
					}
				}
			}
		}
		if len(own) >= 2 || len(own) == 1 && afterActDate {
			// "Spain on 4 February and France on 5 February ratified it";
			// "Kazakhstan ratified it on 29 August, followed by Bolivia on
			// 6 August": the act's date is its first party's.
			a.partyDates = own
		}
	}
	return true
}

// reNegation finds a negation anywhere in a sentence.
var reNegation = regexp.MustCompile(`(?i)\b(?:not|never|no|pas|jamais|ni|nicht|nie|non|não|nunca)\b|n['’]t\b`)

// dateAfter returns the index of the first unambiguous date starting
// within gap bytes after at, or -1.
func dateAfter(ds []dates.Mention, at, gap int) int {
	for i, d := range ds {
		if d.Start >= at && d.Start-at <= gap && !d.Ambiguous {
			return i
		}
		if d.Start > at+gap {
			break
		}
	}
	return -1
}

func without(ss []string, s string) []string {
	out := ss[:0]
	for _, x := range ss {
		if x != s {
			out = append(out, x)
		}
	}
	return out
}

// shareBetweenActs lets an act with no party of its own share the nearest
// list of another act ("Türkiye was the first to sign and ratify", "Japan
// signed the Convention and ratified it"), and an act with parties but no
// date take the date of another word for the same act ("the latest to
// sign were Canada and Japan, which added their signatures last month").
func shareBetweenActs(st *sentence) bool {
	acts, chains := st.acts, st.chains
	named := map[citewatch.Event]map[string]bool{}
	for _, a := range acts {
		for _, p := range a.parties {
			if named[a.event] == nil {
				named[a.event] = map[string]bool{}
			}
			named[a.event][p] = true
		}
	}
	owned := map[int]bool{} // the lists that clauses without their verb told ("...; Chile on 9 March")
	for _, a := range acts {
		if a.like != nil {
			owned[a.start] = true
		}
	}
	for _, a := range acts {
		if a.skip || !partyEvent(a.event) || a.event == citewatch.EventNegotiatedBy || len(a.parties) > 0 {
			continue
		}
		if reOwnSubject.MatchString(st.s[max(0, a.start-30):a.start]) {
			continue // "but while Moscow ratified it": a subject of its own, not a party we know
		}
		if reManyAgent.MatchString(st.s[a.end:min(len(st.s), a.end+24)]) {
			continue // "signed by many, ratified by few": an agent of its own, no party
		}
		var best []parties.Mention
		bestDist := -1
		for _, chain := range chains {
			if owned[chain[0].Start] {
				continue
			}
			if d := st.reach(a, chain[0].Start, chain[len(chain)-1].End); d <= 2*maxReach && (bestDist < 0 || d < bestDist) {
				best, bestDist = chain, d
			}
		}
		for _, p := range best {
			if !named[a.event][p.Code] {
				a.parties = append(a.parties, p.Code)
			}
		}
	}
	for i, a := range acts {
		if a.subject && len(a.parties) == 0 {
			// "Ukraine ratified it on 27 December, becoming a party on 1 June".
			for j := i - 1; j >= 0; j-- {
				if b := acts[j]; len(b.parties) > 0 && partyEvent(b.event) {
					a.parties = append(a.parties, b.parties...)
					break
				}
			}
		}
	}
	var undatedWord map[citewatch.Event]int // an event's first dated act without parties
	for _, b := range acts {
		if !b.skip && b.date >= 0 && len(b.parties) == 0 && b.count == nil {
			if undatedWord == nil {
				undatedWord = map[citewatch.Event]int{}
			}
			if _, ok := undatedWord[b.event]; !ok {
				undatedWord[b.event] = b.date
			}
		}
	}
	for _, a := range acts {
		if a.skip || a.date >= 0 || len(a.parties) == 0 || reEarlier.MatchString(st.s[max(0, a.start-60):a.start]) {
			continue
		}
		if d, ok := undatedWord[a.event]; ok {
			a.date = d
		}
	}
	return true
}

// reOwnSubject finds a capitalised word right before an act, not at the
// sentence's start: the act's own subject ("while Moscow ratified it").
var reOwnSubject = suffix.MustCompile(`[\p{Ll},]\s+\p{Lu}[\p{L}-]+\s+(?:\p{Ll}+ly\s+)?$`)

// reManyAgent finds an agent told by a quantifier after an act: "signed
// by many", "signé par plusieurs", "firmado por muchos".
var reManyAgent = regexp.MustCompile(`(?i)^\s+(?:by|par|por|von|da|dal|pelo|pela)\s+(?:many|most|few|several|all|beaucoup|peu|plusieurs|tous|muchos|pocos|varios|todos|viele|wenige|mehrere|alle|molti|pochi|tanti|tutti|muitos|poucos|vários|todos)\b`)

// reEarlier finds words that put an act before the sentence's time:
// "Previously, Iran had ratified".
var reEarlier = regexp.MustCompile(`(?i)\b(?:had|previously|earlier|avait|avaient|había|habían|hatte|hatten|aveva|avevano|tinha|tinham)\b[^,;]*$|^\s*(?:previously|earlier|auparavant|anteriormente|zuvor|in\s+precedenza)\b`)

// emit turns the sentence's acts into facts.
func (st *sentence) emit() []stated {
	s, pg, in, acts, ds := st.s, st.pg, st.in, st.acts, st.ds
	var joiners int
	for _, a := range acts {
		if a.event == citewatch.EventSigned && !a.skip {
			joiners += len(a.parties)
		}
	}
	st.out.signers = joiners
	if joiners == 0 {
		joiners = in.signers
	}

	var facts []stated
	dated := map[*anchorable]citewatch.Date{} // the acts dated so far
	for i, a := range acts {
		if a.skip || st.condition && a.event != citewatch.EventEIFCondition && !ownDate(a) && (a.count == nil || st.inRule(a)) &&
			!(datable(a) && len(a.parties) > 0 && !spanFromAct(s, st.lc, a, acts[:i], dated).IsZero()) {
			continue // beside a rule of entry into force, only acts dated on their own ("a day after Chile did") are facts
		}
		like := a
		for like.like != nil {
			like = like.like
		}
		treaty := treatyFor(s, like, st.tms, st.subject(), acts)
		if t, ok := st.refTreaty[like.start]; ok && len(st.tms) == 0 {
			treaty = t // "Nepal did the same": the act told before, of its treaty
		}
		if treaty == "" {
			continue
		}
		f := stated{treaty: treaty, event: a.event, effect: a.effect}
		if a.date >= 0 && a.event != citewatch.EventEIFCondition && a.event != citewatch.EventNegotiatedBy {
			f.date = ds[a.date].Date
			if a.count == nil && (a.event == citewatch.EventSigned || a.event == citewatch.EventOpened) {
				st.out.date, st.out.age, st.out.opened = f.date, 0, a.event == citewatch.EventOpened
			}
		}
		if f.date.IsZero() && a.count == nil {
			f.date = nextActDate(s, acts, i, ds) // "signé dès son ouverture ... le 5 septembre"
		}
		if f.date.IsZero() && datable(a) && (reSameDayBefore.MatchString(s[prevEnd(acts, i):a.start]) || reSameDayAfter.MatchString(s[a.end:min(len(s), a.end+40)])) {
			f.date = prevActDate(acts, i, ds) // "China ratified on 3 September; the same day, the United States accepted"
		}
		if f.date.IsZero() && a.event == citewatch.EventSigned && in.age <= 3 && (a.finite && in.opened || reSameDay.MatchString(s)) && !reNegation.MatchString(s) {
			f.date = in.date // the act a recent sentence dated
		}
		if f.date.IsZero() && datable(a) && in.age <= 3 && (reSameDay.MatchString(s) || a.finite && in.age <= 2 && reAlsoAct.MatchString(s)) && !reNegation.MatchString(s) {
			f.date = in.date // "deposited their instruments of ratification on the same day", "Israel signed too"
		}
		if f.date.IsZero() && datable(a) && len(a.parties) > 0 {
			f.date = whenDate(s, a, ds) // "the condition was met on 9 October 2008, when Norway accepted it"
		}
		if f.date.IsZero() && datable(a) && len(a.parties) > 0 {
			f.date = spanFromAct(s, st.lc, a, acts[:i], dated) // "Peru ratified two days after Chile did"
		}
		if f.date.IsZero() && a.noun && a.event != citewatch.EventNegotiatedBy {
			continue // "the signature reflects Canada's commitment" names an act without telling it
		}
		if !f.date.IsZero() && a.count == nil {
			dated[a] = f.date
		}
		switch {
		case a.count != nil && a.count.reached > 0:
			// A threshold reached is dated by the date nearest the words
			// that tell it reached, or not at all.
			if f.date = nearestDate(ds, a.count.reached-1); f.date.IsZero() {
				continue
			}
			f.count = a.count.n
			facts = append(facts, f)
		case a.count != nil:
			if a.count.actors && a.count.past && !st.opening() && (dayDated(ds) || reOccasion.MatchString(s)) {
				continue // "5 states ratified it at the ceremony", "Eighteen countries ratified on Monday": how many acted that day, not how many there are
			}
			f.count = a.count.n
			if f.date.IsZero() && (a.count.past || reSameDay.MatchString(s)) {
				f.date = nearestDated(acts, a, ds) // "175 parties signed it on the first day" of an opening dated in the sentence
				if a.count.rank {
					f.date = rankDate(acts, a, ds) // "the first to ratify it, announced its withdrawal on 20 March" is no rank on 20 March
				}
				if f.date.IsZero() && in.age <= 3 && !a.count.rank {
					f.date = in.date // "Ten signatures were collected on the opening day"
				}
			}
			if f.date.IsZero() && a.count.rank && !pg.claim {
				continue // "becoming the 44th Party", undated: a rank at no known day
			}
			if f.date.IsZero() && !a.count.label && !a.count.past && !a.count.joining {
				// A running total told after acts is theirs: "..., Niger (9
				// December) signed it, bringing the signatories to 86";
				// "With these, the parties number 51" after a dated act.
				f.date = latestActDate(acts, i, ds)
				if f.date.IsZero() && in.lastAge <= 1 && reResult.MatchString(s) {
					f.date = in.lastDate
				}
			}
			if f.date.IsZero() {
				f.date = whenDate(s, a, ds) // "its condition was fulfilled on 3 May 2012, when it had 30 parties"
			}
			if f.date.IsZero() {
				f.date = in.asOf
			}
			if f.date.IsZero() && !a.count.label && !(st.lc.Has("day", "jour", "día", "giorno") && reOpeningDay.MatchString(s)) {
				// A count in the present tense speaks for the page's date;
				// one told of a day the page does not give ("signed by 175
				// on its first day") for no day at all.
				f.date = pg.dates.Anchor
			}
			if a.count.joining && a.count.event == citewatch.EventSignatoryCount {
				if joiners == 0 {
					continue // "joining the eleven signatories" with no joiner named says nothing countable
				}
				f.count += joiners
			}
			if f.count == 0 && !a.count.zero {
				continue
			}
			facts = append(facts, f)
		case partyEvent(a.event) && st.treatySigned(a):
			// "The Ottawa Convention was signed in 1997", "the Paris
			// Agreement, signed in 2015, ...": the treaty signed, by no
			// one named, is its opening for signature.
			f.event = citewatch.EventOpened
			f.place = placeNear(s, a, acts, i, st.tms)
			facts = append(facts, f)
		case partyEvent(a.event):
			if a.event == citewatch.EventSigned || a.event == citewatch.EventAdopted {
				f.place = placeNear(s, a, acts, i, st.tms)
			}
			if f.date.IsZero() && !pg.claim {
				// "ratified by Chile, Peru and Uruguay" with no date: known
				// by the page's date, not done on it.
				f.asOf = pg.dates.Anchor
			}
			for _, p := range a.parties {
				g := f
				g.party = p
				if di, ok := a.partyDates[p]; ok {
					g.date, g.asOf = ds[di].Date, citewatch.Date{}
				}
				facts = append(facts, g)
			}
		default:
			if a.event == citewatch.EventOpened || a.event == citewatch.EventAdopted {
				f.place = placeNear(s, a, acts, i, st.tms)
			}
			if a.event == citewatch.EventEnteredIntoForce && len(a.parties) > 0 {
				for _, p := range a.parties {
					g := f
					g.party = p
					facts = append(facts, g)
				}
				continue
			}
			if a.event == citewatch.EventEIFCondition && a.date >= 0 && rePastEIF.MatchString(s[a.start:a.end]) {
				// "It took effect on 1 July 2004, once five states had
				// ratified it": the rule, and the day it was met.
				g := f
				g.event, g.date = citewatch.EventEnteredIntoForce, ds[a.date].Date
				facts = append(facts, g)
			}
			if a.event != citewatch.EventEIFCondition && f.date.IsZero() && !pg.claim {
				continue // "the entry into force of the Convention", "Opening of the treaty" say no date
			}
			facts = append(facts, f)
		}
	}
	return facts
}

// before returns the n bytes before at, with a treaty's title that ends
// right there read as one word ("the prospects of the Paris Agreement
// entering into force" as "the prospects of the treaty entering").
func (st *sentence) before(at, n int) string {
	for _, m := range st.tms {
		if m.End <= at && at-m.End <= 2 {
			return st.s[max(0, m.Start-n):m.Start] + "treaty" + st.s[m.End:at]
		}
	}
	return st.s[max(0, at-n):at]
}

// reOpening finds words of a treaty's opening for signature: "the opening
// ceremony", "le jour de l'ouverture".
var reOpening = regexp.MustCompile(`(?i)\bopening\s+(?:ceremony|day|session)|\bouverture\b|\bapertura\b|\babertura\b`)

// reSignedTreaty is what stands between a treaty and "signed" told of it:
// "The Convention was signed", "the Agreement, signed".
var reSignedTreaty = regexp.MustCompile(`(?i)^\s*(?:,\s*|(?:was|were|had\s+been|has\s+been|been|a\s+été|fue|wurde|è\s+stat[oa]|foi)\s+(?:\p{L}+ly\s+|first\s+)?)$`)

// treatySigned reports whether a dated signature with no party is told of
// the treaty itself, right after its name: its opening for signature.
func (st *sentence) treatySigned(a *anchorable) bool {
	if a.event != citewatch.EventSigned || a.noun || len(a.parties) > 0 || a.date < 0 || len(st.chains) > 0 {
		return false
	}
	for _, m := range st.tms {
		if m.End <= a.start && a.start-m.End <= 20 {
			return reSignedTreaty.MatchString(st.s[m.End:a.start])
		}
	}
	return false
}

// rankDate returns the date of the dated act nearest a rank that is of
// the kind it counts (a consent for parties, a signature for
// signatories), or zero.
func rankDate(acts []*anchorable, a *anchorable, ds []dates.Mention) citewatch.Date {
	best := nearest(acts, a.start, a.end, func(b *anchorable) bool {
		if b == a || b.date < 0 || b.count != nil {
			return false
		}
		if a.event == citewatch.EventSignatoryCount {
			return b.event == citewatch.EventSigned
		}
		return consent(b.event) || b.event == citewatch.EventEnteredIntoForce && len(b.parties) > 0
	})
	if best == nil {
		return citewatch.Date{}
	}
	return ds[best.date].Date
}

// nearestDate returns the unambiguous date nearest position at, or zero.
func nearestDate(ds []dates.Mention, at int) citewatch.Date {
	var best citewatch.Date
	bestDist := -1
	for _, d := range ds {
		if d.Ambiguous {
			continue
		}
		if dist := distance(d.Start, d.End, at, at+1); bestDist < 0 || dist < bestDist {
			best, bestDist = d.Date, dist
		}
	}
	return best
}

// dayDated reports whether a sentence gives a date to the day.
func dayDated(ds []dates.Mention) bool {
	for _, d := range ds {
		if d.Date.Precision == citewatch.PrecisionDay {
			return true
		}
	}
	return false
}

// reOccasion finds an occasion on which some states acted: "at this
// event", "at the ceremony", "today".
var reOccasion = regexp.MustCompile(`(?i)\b(?:at\s+(?:this|the|a|that)\s+(?:event|ceremony|meeting|session|conference|summit)|today|this\s+week|lors\s+de\s+(?:la|cette)\s+cérémonie|aujourd['’]hui|hoy|heute|oggi|hoje)\b`)

// opening reports whether the sentence speaks of a treaty's opening for
// signature, when the states that act are all there are: "Ten states
// signed on the opening day".
func (st *sentence) opening() bool {
	for _, a := range st.acts {
		if a.event == citewatch.EventOpened {
			return true
		}
	}
	return st.in.opened && st.in.age <= 2 || reSameDay.MatchString(st.s) || reOpening.MatchString(st.s)
}

// reIntoLaw finds a law signed or promulgated just before an act noun.
var reIntoLaw = regexp.MustCompile(`(?i)\b(?:signed|signs|signing)\s+into\s+law\b|\bpromulg(?:ated|ates|ué|uée|ó|ou|ato)\b`)

// treatyBytes answers how many bytes of treaty titles lie within a span,
// in logarithmic time: for reach.
type treatyBytes struct {
	starts, ends []int // of the non-generic... of every mention, in order
	cum          []int // cum[i] is the length of mentions 0..i-1
}

func newTreatyBytes(tms []treaties.Mention) treatyBytes {
	tb := treatyBytes{cum: make([]int, 1, len(tms)+1)}
	for _, m := range tms {
		tb.starts = append(tb.starts, m.Start)
		tb.ends = append(tb.ends, m.End)
		tb.cum = append(tb.cum, tb.cum[len(tb.cum)-1]+m.End-m.Start)
	}
	return tb
}

// within returns the bytes of the titles that lie wholly in [lo, hi).
func (tb treatyBytes) within(lo, hi int) int {
	if lo >= hi || len(tb.starts) == 0 {
		return 0
	}
	i := sort.SearchInts(tb.starts, lo)                                         // first starting at or after lo
	j := sort.Search(len(tb.ends), func(k int) bool { return tb.ends[k] > hi }) // first ending after hi
	if j <= i {
		return 0
	}
	return tb.cum[j] - tb.cum[i]
}

// reach is the distance between an act and a span, not counting treaty
// titles in between ("signed the Council of Europe Framework Convention on
// Artificial Intelligence on behalf of the European Union").
func (st *sentence) reach(a *anchorable, start, end int) int {
	d := distance(a.start, a.end, start, end)
	lo, hi := min(a.end, end), max(a.start, start)
	return d - st.titles.within(lo, hi) - asides(st.s, lo, hi)
}

// reAside is an aside between dashes or in brackets: "the Union, with a
// group of countries – Austria, Chile and Peru – ratified ...".
var reAside = regexp.MustCompile(`\s[–—-]\s[^–—]{1,300}?\s[–—-]\s|\([^()]{1,300}\)`)

// asides returns the bytes of the asides that lie wholly between lo and
// hi: they do not part a subject from its verb.
func asides(s string, lo, hi int) int {
	if lo >= hi || !strings.ContainsAny(s[lo:hi], "–—-(") {
		return 0
	}
	n := 0
	for _, loc := range reAside.FindAllStringIndex(s[lo:hi], -1) {
		n += loc[1] - loc[0]
	}
	return n
}

// treatyObject reports whether a treaty is the object of an act word:
// named within a few words after it ("joined the Paris Agreement", "pulled
// out of the 1997 treaty").
func treatyObject(st *sentence, t trigger) bool {
	if reIntransitive.MatchString(st.s[t.end:min(len(st.s), t.end+12)]) {
		// "left the accord in 2017 but rejoined in 2021": the object is a
		// treaty told earlier in the sentence.
		for _, m := range st.tms {
			if m.End <= t.start && !reAboutBefore.MatchString(st.s[max(0, m.Start-12):m.Start]) {
				return true
			}
		}
	}
	for _, m := range st.tms {
		if m.End <= t.start && t.start-m.End <= 9 && reObjectBefore.MatchString(st.s[m.End:t.start]) {
			return true // "パリ協定に参加", "国際刑事裁判所から離脱": the object comes first
		}
		if m.Start >= t.end && m.Start-t.end <= 50 && reObjectGap.MatchString(st.s[t.end:m.Start]) &&
			!reTreatyModifies.MatchString(st.s[m.End:min(len(st.s), m.End+30)]) {
			return true
		}
		if m.Start > t.end+50 {
			break
		}
	}
	return false
}

// reTreatyModifies finds a noun right after a treaty's name that the name
// only qualifies: "left the Paris Agreement talks", "quit the convention
// meeting", "joined the protocol's working group": the object is the talks.
var reTreatyModifies = regexp.MustCompile(`(?i)^(?:['’]s)?\s+(?:talks|meetings?|negotiations?|negotiators|conferences?|summits?|committees?|working\s+groups?|secretariat|sessions?|process|fund|delegations?|panel|board|coalition)\b`)

// reAboutBefore finds a preposition that makes a treaty the topic of
// another noun: "die Verhandlungen über das Pariser Abkommen verlassen",
// "the talks on the accord".
var reAboutBefore = regexp.MustCompile(`(?i)(?:^|\s)(?:über|about|on|sur|sobre|su|sull['’]|sulla|sullo)\s+(?:(?:the|das|den|die|le|la|l['’]|el)\s*)?$`)

// reIntransitive finds what follows an act word used with no object: a
// preposition of time, a clause's end.
var reIntransitive = regexp.MustCompile(`(?i)^(?:\s*[,.;:)]|\s*$|\s+(?:in|on|under|at|last|this|after|before|when|again|since|en|el|il|em|am|le)\b)`)

// reObjectGap is what may stand between an act word and its treaty
// object: articles, prepositions, a year, an adverb ("formally").
var reObjectGap = regexp.MustCompile(`(?i)^\s*(?:(?:formally|officially|definitively|finally|effectively|also|now|officiellement|formellement|définitivement|oficialmente|formalmente|definitivamente|ufficialmente|offiziell|endgültig|förmlich)\s+|(?:the|a|an|its|their|from|of|out|to|with|in|le|la|les|el|los|del|al|de|du|des|il|lo|o|os|do|da|das|dem|den|der|die|ao|aos|à|às|au|aux|alla|allo|alle|agli|dalla|dallo|dal|dalle|dagli|dai|dos)\s+|l['’]|all['’]|dall['’]|\d{4}\s+)*$`)

// reObjectBefore is what stands between a treaty and a Japanese act
// word that takes it as object: "に", "から", "への".
var reObjectBefore = regexp.MustCompile(`^(?:に|から|への|を)$`)

// inCount reports whether position at lies inside one of the counts.
func inCount(cs []countMention, at int) bool {
	for _, c := range cs {
		if at >= c.start && at < c.end {
			return true
		}
	}
	return false
}

// organBefore reports whether an organ (parliament, cabinet, court) is the
// subject of the clause before position at.
func organBefore(s string, lc fold.Text, at int) bool {
	if n := words().organNeeds; n != nil && !lc.HasAny(n) {
		return false // the sentence names no organ
	}
	from := max(0, at-80)
	if i := strings.LastIndexAny(s[from:at], ",;:()"); i >= 0 {
		from += i + 1
	}
	return words().organ.MatchString(s[from:at])
}

// reYearName finds a treaty noun after a year: "the 1997 treaty", "the
// 1996 Comprehensive Nuclear-Test-Ban Treaty".
var reYearName = regexp.MustCompile(`^\s*(?:[\p{Lu}][\p{L}-]*\s+){0,6}?(?:[Tt]reaty|[Cc]onvention|[Aa]greement|[Pp]rotocol|[Aa]ccord|[Pp]act|[Aa]mendment|traité|tratado|trattato|Vertrag|Abkommen|Übereinkommen|条約)\b`)

// reYearArticle is the article before a year that names a treaty.
var reYearArticle = suffix.MustCompile(`(?i)(?:^|\s)(?:the|its|a|this|that|le|la|l['’]|el|del|il|lo|o|a|das|der|dem|den)\s*$`)

// reSince finds "since" before a date: the start of a period ("Since
// December, 14 Parties have ratified"), not an act's date, unless the act
// is a state that holds since then ("in force since July 2010").
var reSince = suffix.MustCompile(`(?i)(?:^|[^\p{L}])(?:since|depuis|desde|seit|dal|dalla|dall['’]|(?:days?|weeks?|months?|years?|jours|días|tage|giorni|dias)\s+(?:from|after|following|après|a\s+partir\s+de|nach|dopo|após))\s*$`)

// reEffectFrom finds an effect that starts on a date: "avrà effetto dal",
// "surtirá efecto desde", "takes effect from".
var reEffectFrom = suffix.MustCompile(`(?i)\b(?:effect|effet|efecto|effetto|efeitos?|wirksam)\s+(?:from|à\s+partir\s+du|desde|dal|dalla|dall['’]|a\s+partir\s+de|ab)\s*$`)

// sinceDate reports whether a date starts a period rather than dates an
// act.
func sinceDate(s string, d dates.Mention, ts []trigger) bool {
	before := s[max(0, d.Start-24):d.Start]
	if !reSince.MatchString(before) || reEffectFrom.MatchString(before) {
		return false
	}
	for _, t := range ts {
		if t.end <= d.Start && d.Start-t.end <= 2 {
			return false // the act word ends in "since": "in force since"
		}
		if t.event == citewatch.EventEnteredIntoForce && t.end <= d.Start && reFromDate.MatchString(s[t.end:d.Start]) {
			return false // "binding as from 17 January": the day it takes effect
		}
		if t.event == citewatch.EventEnteredIntoForce && t.start >= d.End && t.start-d.End <= 2 {
			return false // the state follows the date: "seit dem 24. Dezember 2014 in Kraft"
		}
	}
	return true
}

// reFromDate is what stands between an entry into force and the day it
// takes effect: "as from", "à compter du", "a partire dal".
var reFromDate = regexp.MustCompile(`(?i)^\s*(?:(?:with\s+effect\s+|as\s+)?from|à\s+(?:partir|compter)\s+du|à\s+(?:partir|compter)\s+de|a\s+partir\s+del?|a\s+partire\s+dal(?:l['’]|la)?|ab\s+dem|a\s+partir\s+de|desde\s+el)\s*$`)

// yearOfName reports whether a date is part of a treaty's name ("the 1997
// treaty", "the 1997 Ottawa Convention") rather than an act's date.
func yearOfName(s string, d dates.Mention, tms []treaties.Mention) bool {
	for _, m := range tms {
		if !m.Generic && d.Start >= m.Start && d.End <= m.End {
			return true
		}
	}
	if d.Date.Precision != citewatch.PrecisionYear {
		return false
	}
	if rest, ok := strings.CutPrefix(s[d.End:], "の"); ok {
		// "1997年の京都議定書": a year before the treaty it names.
		for _, m := range tms {
			if m.Start == len(s)-len(rest) {
				return true
			}
		}
	}
	return reYearArticle.MatchString(s[max(0, d.Start-8):d.Start]) && reYearName.MatchString(s[d.End:min(len(s), d.End+80)])
}

// maxClause is the longest text, in bytes, the sentence engine reads as one
// sentence: a longer sentence is read in clauses of at most this length,
// cut at the last semicolon, comma or space before it. Real sentences are
// far shorter; a page of one endless sentence is read in linear time.
const maxClause = 2000

// clauses cuts s into spans of at most max bytes (one span when s is not
// longer), at the last "; ", ", " or space before each limit, else at a
// character boundary.
func clauses(s string, max int) []citewatch.Span {
	if len(s) <= max {
		return []citewatch.Span{{Start: 0, End: len(s)}}
	}
	var out []citewatch.Span
	for start := 0; start < len(s); {
		end := len(s)
		if end-start > max {
			end = cut(s, start, start+max)
		}
		out = append(out, citewatch.Span{Start: start, End: end})
		start = end
		for start < len(s) && s[start] == ' ' {
			start++
		}
	}
	return out
}

// cut returns where to end a clause that starts at start and may not end
// after limit.
func cut(s string, start, limit int) int {
	win := s[start:limit]
	for _, sep := range []string{"; ", ", ", " "} {
		if i := strings.LastIndex(win, sep); i > len(win)/2 {
			return start + i + len(sep) - 1
		}
	}
	for limit > start+1 && !utf8.RuneStart(s[limit]) {
		limit--
	}
	return limit
}

// reWithEffect is what stands between a withdrawal and the day it takes
// effect: "withdrew ... on 15 December 2011, with effect from", "notified
// its withdrawal, effective", "avec effet au", "con efecto a partir del".
var reWithEffect = suffix.MustCompile(`(?i)(?:^|[,;(]\s*|\s)(?:with\s+effect\s+(?:from|as\s+of|on)|effective(?:\s+(?:from|as\s+of|on))?|taking\s+effect\s+(?:on|from|as\s+of)|avec\s+effet\s+(?:au|à\s+compter\s+du|le)|con\s+efecto\s+(?:a\s+partir\s+del|desde\s+el|el)|con\s+effetto\s+(?:dal|a\s+partire\s+dal)|mit\s+wirkung\s+(?:zum|vom|ab))\s*$`)

// withdrawalEffects dates a withdrawal by the day the sentence says it
// takes effect ("withdrew on 15 December 2011, with effect from 15
// December 2012"; a notice so dated is the withdrawal), and gives a
// withdrawal told taking effect with no party of its own ("...; the
// withdrawal took effect on ...", "It took effect on ..." after a
// notice) the party of the withdrawal told just before.
func withdrawalEffects(st *sentence) bool {
	for i, a := range st.acts {
		if a.event != citewatch.EventDenounced || a.count != nil {
			continue
		}
		end := len(st.s)
		for _, b := range st.acts[i+1:] {
			if b.event != citewatch.EventDenounced {
				end = b.start
				break
			}
		}
		for di, d := range st.ds {
			if d.Ambiguous || d.Start < a.end || d.Start >= end || strings.ContainsAny(st.s[a.end:d.Start], ".;") {
				continue
			}
			if reWithEffect.MatchString(st.s[a.end:d.Start]) {
				a.date, a.effect = di, true
				if a.notice {
					a.skip = false // the notice, dated by its effect, is the withdrawal
				}
				break
			}
		}
		if !a.effect || len(a.parties) > 0 || a.skip {
			continue
		}
		for j := i - 1; j >= 0; j-- {
			if b := st.acts[j]; b.event == citewatch.EventDenounced && len(b.parties) > 0 {
				a.parties = slices.Clone(b.parties)
				break
			}
		}
		if len(a.parties) == 0 && st.in.act != nil && st.in.actAge == 0 && st.in.act.event == citewatch.EventDenounced {
			a.parties = slices.Clone(st.in.act.parties)
		}
	}
	return true
}

// concludedBetween drops "締結" told of two states or more ("日本と英国は
// ...協定を締結した"): a treaty concluded between them, which news says of
// its signature as often as of its ratification. Of one state
// ("日本は...条約を締結した") it is that state's consent to be bound.
func concludedBetween(st *sentence) bool {
	for _, a := range st.acts {
		if len(a.parties) >= 2 && st.s[a.start:a.end] == "締結" {
			a.skip = true
		}
	}
	return true
}
