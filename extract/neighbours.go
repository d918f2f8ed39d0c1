package extract

import (
	"regexp"
	"strings"

	"github.com/citewatch/citewatch"
	"github.com/citewatch/citewatch/extract/dates"
	"github.com/citewatch/citewatch/extract/internal/fold"
	"github.com/citewatch/citewatch/extract/parties"
	"github.com/citewatch/citewatch/internal/wordlist/numbers"
)

// Acts and dates a sentence takes from its neighbours: "On that day,
// Ghana deposited ..." after a sentence that told the day; "Nepal did
// the same on 4 March" after a withdrawal; "Fiji deposited on Monday"
// after "Fiji and Chad deposited their instruments of acceptance" and
// "The deposits came on Monday, 4 March and Tuesday, 5 March". The flow carries
// what the sentences before told (flow.prev, flow.days, flow.act).

// thatDayWords say "that day", "the same day" in each language: the day
// told last, before them in the sentence or in the sentence before.
var thatDayWords = [][]string{
	{`(?:on\s+)?that\s+(?:same\s+|very\s+)?day`, `(?:on\s+)?the\s+(?:very\s+)?same\s+day`},
	{`ce\s+jour[- ]là`, `(?:le|ce)\s+même\s+jour`, `le\s+jour\s+même`},
	{`(?:ese|aquel|el)\s+mismo\s+día`, `ese\s+día`, `aquel\s+día`},
	{`(?:am|an)\s+(?:selben|gleichen|demselben|diesem)\s+tag`},
	{`(?:lo\s+stesso|quello\s+stesso|quel|nello\s+stesso|nel\s+medesimo)\s+giorno`},
	{`(?:no|nesse|naquele)\s+(?:mesmo\s+)?dia`},
	{`同日`},
}

// referenceWords tell an act by pointing back at the act told before:
// "did likewise", "followed suit", "a pris des mesures similaires",
// "hizo lo mismo". The act is the one told last before them, in the
// sentence or in the few before it.
var referenceWords = [][]string{
	{`did\s+(?:likewise|the\s+same|so)`, `(?:followed|follows)\s+suit`, `(?:took|has\s+taken|have\s+taken)\s+(?:similar|the\s+same)\s+(?:steps?|measures?|action)`},
	{`(?:a|ont|avait|avaient)\s+fait\s+(?:de\s+même|la\s+même\s+chose|pareil)`, `(?:a|ont|avait|avaient)\s+pris\s+des\s+mesures\s+(?:similaires|analogues|semblables)`,
		`(?:a|ont)\s+(?:emboîté\s+le\s+pas|suivi\s+le\s+mouvement|suivi\s+l['’]exemple)`},
	{`(?:hizo|hicieron|había\s+hecho)\s+lo\s+(?:mismo|propio)`, `(?:siguió|siguieron)\s+(?:el\s+ejemplo|sus\s+pasos)`, `(?:tomó|tomaron)\s+medidas\s+(?:similares|análogas)`},
	{`(?:tat|taten)\s+(?:[\p{L}-]+\s+){0,3}?(?:dasselbe|das\s+gleiche|gleiches|ebenso|desgleichen)`, `(?:folgte|folgten)\s+dem\s+beispiel`, `(?:zog|zogen)\s+nach`},
	{`(?:ha|hanno|aveva)\s+fatto\s+(?:lo\s+stesso|altrettanto)`, `(?:ha|hanno)\s+seguito\s+l['’]esempio`, `(?:ha|hanno)\s+preso\s+misure\s+(?:simili|analoghe)`},
	{`(?:fez|fizeram)\s+o\s+mesmo`, `(?:seguiu|seguiram)\s+o\s+exemplo`, `(?:tomou|tomaram)\s+medidas\s+(?:semelhantes|similares)`},
	{`同様の措置を(?:と|取)`},
}

// depositWords tell the deposit of an instrument without naming it
// ("Fiji deposited on Monday"): the consent told before.
var depositWords = []string{`deposited`, `a\s+déposé`, `ont\s+déposé`, `depositó`, `depositaron`, `hinterlegte`, `hinterlegten`,
	`ha\s+depositato`, `hanno\s+depositato`, `depositou`, `depositaram`}

var (
	reThatDay    = regexp.MustCompile(`(?i)(?:^|[^\p{L}])(` + joinRows(thatDayWords) + `)(?:[^\p{L}]|$)`)
	reReference  = regexp.MustCompile(`(?i)(?:^|[^\p{L}])(` + joinRows(referenceWords) + `)(?:[^\p{L}]|$)`)
	reDeposit    = regexp.MustCompile(`(?i)(?:^|[^\p{L}])(` + strings.Join(depositWords, "|") + `)(?:[^\p{L}]|$)`)
	thatDayNeeds = []string{"day", "jour", "día", "tag", "giorno", "dia", "同日"}
	// The words those need, looked for all at once (see fold.Pieces):
	// most sentences hold none.
	thatDayPieces  = fold.NewPieces(thatDayNeeds...)
	refPieces      = fold.NewPieces(refNeeds...)
	referenceGuard = fold.GuardCompiled(reReference)
	depositGuard   = fold.GuardCompiled(reDeposit)
	refNeeds       = []string{"did", "follow", "took", "taken", "fait", "pris", "suivi", "emboîté", "hizo", "hicieron", "hecho", "sigui",
		"tom", "tat", "folgte", "zog", "fatto", "seguito", "preso", "fez", "fizeram", "segui", "同様", "depos", "dépos", "hinterleg"}
)

func joinRows(rows [][]string) string {
	var all []string
	for _, r := range rows {
		all = append(all, r...)
	}
	return strings.Join(all, "|")
}

// pastAct is a party's act a sentence told, for the sentences after it
// that point back at it ("did likewise").
type pastAct struct {
	event   citewatch.Event
	treaty  string
	parties []string
}

// referenceTriggers returns the act words that point back at an act:
// "did likewise" as the party act told last before it in s (among ts),
// else as the act the sentences before told (in, recent enough), and
// "deposited" told alone as that act when it is a consent.
//
// It returns the new act words, and the treaty of those that point back
// at an earlier sentence's act, by where they start.
func referenceTriggers(s string, lc fold.Text, ts []trigger, in flow) ([]trigger, map[int]string) {
	if !lc.HasAny(refPieces) {
		return nil, nil
	}
	var out []trigger
	var treaties map[int]string
	// before returns the act told last before at, and its treaty when an
	// earlier sentence told it.
	before := func(at int) (citewatch.Event, string, bool) {
		for i := len(ts) - 1; i >= 0; i-- {
			if t := ts[i]; t.end <= at && partyEvent(t.event) && t.event != citewatch.EventNegotiatedBy {
				return t.event, "", true
			}
		}
		for i := len(out) - 1; i >= 0; i-- {
			if out[i].end <= at {
				return out[i].event, treaties[out[i].start], true
			}
		}
		if in.act != nil && in.actAge <= 3 {
			return in.act.event, in.act.treaty, true
		}
		return "", "", false
	}
	add := func(start, end int, ev citewatch.Event, treaty string) {
		out = append(out, trigger{start: start, end: end, event: ev, finite: true})
		if treaty != "" {
			if treaties == nil {
				treaties = map[int]string{}
			}
			treaties[start] = treaty
		}
	}
	// Each expression runs only on a sentence that holds a word it
	// needs: refNeeds serve both.
	if !referenceGuard.May(lc) && !depositGuard.May(lc) {
		return nil, nil
	}
	var refs, deposits [][]int
	if referenceGuard.May(lc) {
		refs = reReference.FindAllStringSubmatchIndex(s, -1)
	}
	if depositGuard.May(lc) {
		deposits = reDeposit.FindAllStringSubmatchIndex(s, -1)
	}
	for _, loc := range refs {
		if ev, treaty, ok := before(loc[2]); ok {
			add(loc[2], loc[3], ev, treaty)
		}
	}
	for _, loc := range deposits {
		if overlaps(out, loc[2], loc[3]) || namesAct(ts, loc[3], 60) {
			continue // "deposited its instrument of ratification" names its act
		}
		if ev, treaty, ok := before(loc[2]); ok && consent(ev) {
			add(loc[2], loc[3], ev, treaty)
		}
	}
	return out, treaties
}

func overlaps(ts []trigger, start, end int) bool {
	for _, t := range ts {
		if t.start < end && start < t.end {
			return true
		}
	}
	return false
}

// namesAct reports whether an act word of ts starts within n bytes after at.
func namesAct(ts []trigger, at, n int) bool {
	for _, t := range ts {
		if t.start >= at && t.start-at <= n {
			return true
		}
	}
	return false
}

// thatDayDates returns the dates "that day" and "the same day" stand for
// in s: the last day told before them in s (among ds), else the day the
// sentence before told last (prev). ds is in order; so is the result.
func thatDayDates(s string, lc fold.Text, ds []dates.Mention, prev citewatch.Date) []dates.Mention {
	if !lc.HasAny(thatDayPieces) {
		return nil
	}
	var out []dates.Mention
	for _, loc := range reThatDay.FindAllStringSubmatchIndex(s, -1) {
		d := prev
		for _, m := range ds {
			if m.End <= loc[2] && !m.Ambiguous && m.Date.Precision == citewatch.PrecisionDay {
				d = m.Date
			}
		}
		if d.Precision != citewatch.PrecisionDay || overlapsDate(ds, loc[2], loc[3]) {
			continue
		}
		d.Resolved = "\"" + s[loc[2]:loc[3]] + "\": " + d.String() + ", told before it"
		out = append(out, dates.Mention{Start: loc[2], End: loc[3], Date: d, Partial: true})
	}
	return out
}

func overlapsDate(ds []dates.Mention, start, end int) bool {
	for _, m := range ds {
		if m.Start < end && start < m.End {
			return true
		}
	}
	return false
}

// reWhenBefore is a clause of time opening a few words before an act:
// "when Norway", "lorsque le Chili a", "cuando Chile", "als Chile",
// "quando il Cile".
var reWhenBefore = regexp.MustCompile(`(?i)(?:^|\s)(when|lorsque|quand|cuando|als|quando)\s+(?:[\p{L}'’-]+\s+){0,4}$`)

// whenDate returns the date right before a clause of time that holds act
// a, which the clause's act took place on: "the threshold was reached on
// 9 October 2008 when Norway accepted it". An act the clause puts
// earlier ("when Norway had accepted it") takes none.
func whenDate(s string, a *anchorable, ds []dates.Mention) citewatch.Date {
	from := max(0, a.start-60)
	loc := reWhenBefore.FindStringSubmatchIndex(s[from:a.start])
	if loc == nil {
		return citewatch.Date{}
	}
	when := from + loc[2]
	if reEarlier.MatchString(s[when:a.start]) {
		return citewatch.Date{}
	}
	for _, d := range ds {
		if !d.Ambiguous && d.End <= when && strings.Trim(s[d.End:when], " ,") == "" {
			return d.Date
		}
	}
	return citewatch.Date{}
}

// afterPartyWords come before a party that did the act of the clause
// after it earlier, on a date of its own: "after Spain on Tuesday, France
// ratified ...", "après le Chili lundi, le Pérou a ratifié".
var afterPartyWords = []string{`after`, `following`, `après`, `después\s+de`, `tras`, `nach`, `dopo`, `após`, `depois\s+(?:de|d[ao]s?)`}

var reAfterParty = regexp.MustCompile(`(?i)(?:^|[^\p{L}])(?:` + strings.Join(afterPartyWords, "|") + `)\s+(?:(?:the|la|le|les|el|los|las|il|lo|o|a|os|as|dem|der)\s+|l['’]\s*)?$`)

// actAfterParty reads a party told after "after" with a date of its own
// and a comma, before an act of other parties ("après le Chili lundi, le
// Pérou a déposé jeudi son instrument d'adhésion"): the party did that
// act on its date. It returns the act, or nil.
func (st *sentence) actAfterParty(chain []parties.Mention) *anchorable {
	s := st.s
	first, last := chain[0], chain[len(chain)-1]
	if !reAfterParty.MatchString(s[max(0, first.Start-16):first.Start]) {
		return nil
	}
	di := dateAfter(st.ds, last.End, 24)
	if di < 0 || !reGapAfter.MatchString(s[last.End:st.ds[di].Start]) {
		return nil
	}
	end := st.ds[di].End
	var next *anchorable
	for _, a := range st.acts {
		if a.start >= end && a.start-end <= 100 && partyEvent(a.event) && !a.skip && a.count == nil {
			next = a
			break
		}
	}
	// A comma closes the phrase ("après le Chili lundi, le Pérou a
	// ratifié"), or the act's verb follows at once ("Nach Chile am
	// Montag ratifizierte Peru").
	if next == nil || !strings.HasPrefix(s[end:], ",") && strings.TrimSpace(s[end:next.start]) != "" {
		return nil
	}
	g := &anchorable{start: first.Start, end: last.End, event: next.event, date: di, finite: true, like: next}
	for _, p := range chain {
		g.parties = append(g.parties, p.Code)
		for _, a := range st.acts {
			a.parties = without(a.parties, p.Code)
		}
	}
	return g
}

// spanWords put an act a span of days or weeks after or before another
// act of the sentence: "Peru ratified two days after Chile did", "un
// jour après que le Chili a ratifié". Each row is the number, the unit
// and the word for after or before, as expression fragments; the unit
// group holds a week word or a day word.
var spanWords = []string{
	`(?P<n>\d{1,3}|a|one|` + numbers.CardinalRE + `)\s+(?P<unit>days?|(?P<week>weeks?))\s+(?:(?P<after>after)|before)`,
	`(?P<n>\d{1,3}|une?|` + numbers.CardinalRE + `)\s+(?P<unit>jours?|(?P<week>semaines?))\s+(?:(?P<after>après)|avant)(?:\s+que|\s+qu['’])?`,
	`(?P<n>\d{1,3}|una?|` + numbers.CardinalRE + `)\s+(?P<unit>días?|(?P<week>semanas?))\s+(?:(?P<after>después)|antes)\s+de(?:\s+que)?`,
	`(?P<n>\d{1,3}|einen|eine|` + numbers.CardinalRE + `)\s+(?P<unit>tage?|tagen|(?P<week>wochen?))\s+(?:(?P<after>nachdem|nach)|bevor|vor)`,
	`(?P<n>\d{1,3}|una?|` + numbers.CardinalRE + `)\s+(?P<unit>giorn[oi]|(?P<week>settiman[ae]))\s+(?:(?P<after>dopo)|prima)(?:\s+che|\s+di)?`,
	`(?P<n>\d{1,3}|uma?|` + numbers.CardinalRE + `)\s+(?P<unit>dias?|(?P<week>semanas?))\s+(?:(?P<after>depois|após)|antes)(?:\s+de|\s+que|\s+de\s+que)?`,
}

// spanNeeds are the words one of which every match of reSpanAct holds
// (see fold.Needs), or nil when one of them needs none.
var spanNeeds = func() *fold.Pieces {
	var all []string
	for _, re := range reSpanAct {
		ws := fold.Needs(re.String())
		if ws == nil {
			return nil
		}
		all = append(all, ws...)
	}
	return fold.NewPieces(all...)
}()

var reSpanAct = func() []*regexp.Regexp {
	var out []*regexp.Regexp
	for _, w := range spanWords {
		out = append(out, regexp.MustCompile(`(?i)(?:^|[^\p{L}\d])`+w+`\s+(?:[\p{L}'’-]+\s+){0,8}$`))
	}
	return out
}()

// spanFromAct returns the date of act a told a span after or before an
// act told earlier in the sentence ("Peru ratified just two days after
// Chile and Fiji lodged their instruments"): that act's date (dated)
// moved back or on by the span. The act the phrase governs is the last
// dated one before it among before.
func spanFromAct(s string, lc fold.Text, a *anchorable, before []*anchorable, dated map[*anchorable]citewatch.Date) citewatch.Date {
	if spanNeeds != nil && !lc.HasAny(spanNeeds) {
		return citewatch.Date{} // no unit of time, or no word for after or before, in the sentence
	}
	from := max(0, a.start-90)
	text := s[from:a.start]
	for _, re := range reSpanAct {
		m := re.FindStringSubmatchIndex(text)
		if m == nil {
			continue
		}
		group := func(name string) string {
			i := re.SubexpIndex(name)
			if m[2*i] < 0 {
				return ""
			}
			return text[m[2*i]:m[2*i+1]]
		}
		n := 1
		if w := strings.ToLower(group("n")); !spanArticles[w] {
			k, ok := numbers.Cardinal(w)
			if !ok || k == 0 {
				return citewatch.Date{}
			}
			n = k
		}
		if group("week") != "" {
			n *= 7
		}
		if group("after") != "" {
			n = -n // the act after "after" came first
		}
		phrase := from + m[0]
		var ref citewatch.Date
		for _, b := range before {
			if d, ok := dated[b]; ok && b.end <= phrase {
				ref = d
			}
		}
		if ref.Precision != citewatch.PrecisionDay {
			return citewatch.Date{}
		}
		t := ref.Time().AddDate(0, 0, n)
		return citewatch.DayDate(t.Year(), t.Month(), t.Day())
	}
	return citewatch.Date{}
}

// spanArticles are the articles that count one unit: "a day after", "un
// jour après", "einen Tag nachdem".
var spanArticles = map[string]bool{"a": true, "one": true, "un": true, "une": true, "una": true, "um": true, "uma": true,
	"einen": true, "eine": true}

// rePastNegation is a negation of a done act, a few words before its act
// word: "did not", "had not", "n'a", "ne l'a", "no lo", "non l'ha", "não o".
var rePastNegation = regexp.MustCompile(`(?i)(?:\b(?:did|had|was|were)\s+not|\b(?:didn|hadn|wasn|weren)['’]t|\bn['’](?:a|avait|ont)|\bne\s+l['’](?:a|avait|ont)|\bno\s+(?:lo\s+|la\s+|los\s+|las\s+)?|\bnon\s+l['’](?:ha|aveva|hanno)|\bnon\s+(?:ha|aveva|hanno)|\bnão\s+(?:o\s+|a\s+)?)(?:\s*[\p{L}'’]+){0,2}\s*$`)

// reUntilDate is what follows a negated act done at last on a date: "it
// until 2012", "qu'en 2012", "hasta 2012", "fino al 2012", "até 2012".
var reUntilDate = regexp.MustCompile(`(?i)^(?:\s+(?:it|them|the\s+\p{L}+|le|la|les|lo|l['’]\S+))?\s*(?:\s(?:until|till)|\squ['’](?:en|au|le)|\squ['’]\s*en|\s(?:hasta|fino\s+al?|até|até\s+o))\s+\S*\d`)

// notUntil reports whether a negated act is told done at last on a
// date: "did not ratify it until 2012", "ne l'a ratifié qu'en 2012", "no
// lo ratificó hasta 2012". A future one ("will not ratify until") is an
// aim still.
func notUntil(s string, t trigger) bool {
	return reUntilDate.MatchString(s[t.end:min(len(s), t.end+30)]) && rePastNegation.MatchString(s[max(0, t.start-30):t.start])
}
