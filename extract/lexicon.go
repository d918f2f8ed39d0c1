package extract

import (
	"regexp"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/citewatch/citewatch"
	"github.com/citewatch/citewatch/extract/internal/fold"
	"github.com/citewatch/citewatch/extract/internal/starts"
	"github.com/citewatch/citewatch/extract/internal/suffix"
)

// A lexicon is one language's words for the sentence rules: the words
// for each kind of act, and the cues that tell a sentence's act word from
// an act done (intentions, an organ's vote, an order signed). The tables
// are in words.go; this file builds the expressions from them.
type lexicon struct {
	lang string
	acts []actRow
	cjk  bool // written without spaces: act words match anywhere
	// nounEndings end the act words that name an act ("ratification")
	// rather than tell it; finiteEndings end those that tell a done act
	// ("ratified", "a ratifié"), not an aim ("to ratify").
	nounEndings, finiteEndings []string
	// listGlue is what may stand between the parties of one list ("and").
	listGlue []string
	// intent are words that make an act a few words later an aim or a
	// prospect: "plans to", "is expected to formally".
	intent []string
	// intentAfter are words right after an act word that make it an aim:
	// "批准する予定" (plans to ratify).
	intentAfter []string
	// near are words just before an act (adverbs and auxiliaries apart)
	// that make it not done: "not", "to", "for", "without".
	near []string
	// fillers may stand between a near word and its act: "has not yet
	// formally ratified".
	fillers []string
	// organs are the bodies whose vote a page tells apart from the
	// state's act: "the parliament approved", "the Cabinet ratified".
	organs []string
	// approx are words before a number that make it an approximation:
	// "nearly", "more than".
	approx []string
	// orders are what a head of state signs that is not a treaty: "signed
	// an executive order".
	orders []string
	// eifRule are the words that make an entry into force a rule rather
	// than an event: "consent to be bound", "90 days after the fiftieth
	// ratification".
	eifRule []string
	// eifOrdinal are what follows an ordinal in such a rule: "(the
	// fiftieth) instrument of ratification". The ordinals of every
	// language are one group, shared by all the languages' rows.
	eifOrdinal []string
}

// actRow is one way a language writes an act.
type actRow struct {
	event citewatch.Event
	expr  string
	// needs lists, space-separated, pieces of which every match holds
	// one; empty when the expression starts with plain letters.
	needs string
	// object: the words tell the act only when a treaty is their object
	// ("joined the Convention", "left the treaty"), not otherwise
	// ("joined the talks").
	object bool
	// subject: an entry into force whose party is the sentence's subject,
	// as a state's own act ("Peru became a party on 1 June").
	subject bool
	// noun: the words name an act whatever their ending (Italian
	// "firme", signatures).
	noun bool
	// ofParty is the act the words tell when a state or organisation does
	// it: German "angenommen" is a text adopted by a body, a treaty
	// accepted by a state ("Japan hat das Übereinkommen angenommen").
	ofParty citewatch.Event
	// infinitive: the words tell an act done only after a rank ("le 50e
	// État à ratifier", "el primer país en firmar"); otherwise an aim.
	infinitive bool
}

// pieces returns what every match of the row holds one of.
func (r actRow) pieces() []string {
	if r.needs != "" {
		return strings.Fields(r.needs)
	}
	prefix, _ := regexp.MustCompile(`(?:` + r.expr + `)`).LiteralPrefix()
	if len(prefix) < 4 {
		// A short prefix ("in" of "in force since") is in most sentences.
		panic("extract: act row " + r.expr + " needs its pieces")
	}
	return []string{prefix}
}

// triggerEvents are the events act words tell, in the order of the
// groups of the act expressions.
var triggerEvents = []citewatch.Event{opened, inForce, adopted, signed, ratified, accepted, approved, acceded, denounced, drafted}

// triggerGroup is one event's alternatives across the spaced languages.
type triggerGroup struct {
	expr string
}

// words is everything built from the lexicons, once.
var words = sync.OnceValue(buildWords)

type builtWords struct {
	// groups are the spaced act words by event, in triggerEvents
	// order: one alternation, spacedExpr, finds them all. spaced finds
	// the same words faster: it holds each row apart (spacedRows), in
	// the alternation's order.
	groups     []triggerGroup
	spaced     *starts.Set
	spacedRows []citewatch.Event
	cjk        *regexp.Regexp // every unspaced act word, groups in triggerEvents order
	cjkNeeds   []string
	flagged    []flaggedRow
	// mayState holds the pieces of every act and count word and of the
	// words that point back at an act: a sentence with none states
	// nothing.
	mayState   *fold.Pieces
	listGlue   *regexp.Regexp
	unreal     unrealWords
	unrealNext *regexp.Regexp
	organ      *regexp.Regexp
	// organNeeds are the words one of which a sentence must hold for
	// organ to match in it, found in each organ's words apart (the
	// parser's factoring of their common prefixes, "co" of "cour" and
	// "conseil", would leave only the prefix); nil when one needs none.
	organNeeds *fold.Pieces
	approx     *suffix.Regexp
	order      fold.Guarded
	orderOf    *suffix.Regexp
	nounEnds   []string
	finiteEnds []string
}

// flaggedRow is a row with a flag, and an expression to tell whether a
// matched word is that row's.
type flaggedRow struct {
	actRow
	whole *regexp.Regexp
}

func buildWords() *builtWords {
	w := &builtWords{}
	cjkParts := make([]string, len(triggerEvents))
	spaced := make([]triggerGroup, len(triggerEvents))
	rows := make([][]string, len(triggerEvents))
	var stems []string
	var glue, after, fillers, organs, cjkOrgans, orders, approx []string
	var intent, near [][]string // by language
	for _, lx := range lexicons {
		for _, r := range lx.acts {
			i := slices.Index(triggerEvents, r.event)
			if i < 0 {
				panic("extract: act row for an event with no group: " + string(r.event))
			}
			if lx.cjk {
				cjkParts[i] = alt(cjkParts[i], r.expr)
				w.cjkNeeds = append(w.cjkNeeds, r.pieces()...)
			} else {
				spaced[i].expr = alt(spaced[i].expr, r.expr)
				rows[i] = append(rows[i], r.expr)
			}
			stems = append(stems, r.pieces()...)
			if r.object || r.subject || r.noun || r.ofParty != "" || r.infinitive {
				w.flagged = append(w.flagged, flaggedRow{r, regexp.MustCompile(`(?i)^(?:` + r.expr + `)$`)})
			}
		}
		w.nounEnds = append(w.nounEnds, lx.nounEndings...)
		w.finiteEnds = append(w.finiteEnds, lx.finiteEndings...)
		for _, g := range lx.listGlue {
			glue = append(glue, regexp.QuoteMeta(g))
		}
		intent = append(intent, lx.intent)
		after = append(after, lx.intentAfter...)
		near = append(near, lx.near)
		fillers = append(fillers, lx.fillers...)
		if lx.cjk {
			cjkOrgans = append(cjkOrgans, lx.organs...)
		} else {
			organs = append(organs, lx.organs...)
		}
		orders = append(orders, lx.orders...)
		approx = append(approx, lx.approx...)
	}
	w.groups = spaced
	var exprs []string
	for i, rs := range rows {
		for _, r := range rs {
			exprs = append(exprs, spacedRowExpr(r))
			w.spacedRows = append(w.spacedRows, triggerEvents[i])
		}
	}
	w.spaced = starts.MustCompileSet(exprs)
	for i := range cjkParts {
		if cjkParts[i] == "" {
			cjkParts[i] = `[^\x00-\x{10FFFF}]`
		}
		cjkParts[i] = `(` + cjkParts[i] + `)`
	}
	w.cjk = regexp.MustCompile(strings.Join(cjkParts, "|"))
	w.mayState = fold.NewPieces(slices.Concat(stems, countStems, refNeeds)...)
	w.listGlue = regexp.MustCompile(`(?i)^(?:\s|,|;|` + strings.Join(glue, "|") + `)*$`)
	// Words of intent a few words before the act, or words near it
	// that make it not done, with fillers between: one expression of
	// each kind for each language, which together match where one of
	// every language's words would (see suffix.Union).
	var unreal []string
	for _, ws := range intent {
		if len(ws) > 0 {
			unreal = append(unreal, `(?i)(?:^|[^\p{L}\p{N}])(?:`+strings.Join(ws, "|")+`)(?:\s+[\p{L}'’-]+){0,4}\s*$`)
			w.unreal.leads = append(w.unreal.leads, leads(ws))
		}
	}
	for _, ws := range near {
		if len(ws) > 0 {
			unreal = append(unreal, `(?i)(?:(?:^|[^\p{L}\p{N}])(?:`+strings.Join(ws, "|")+`))(?:\s+(?:`+strings.Join(fillers, "|")+`|\w+ly))*\s*$`)
			w.unreal.leads = append(w.unreal.leads, leads(ws))
		}
	}
	w.unreal.parts = suffix.MustCompileUnion(unreal...)
	w.unrealNext = regexp.MustCompile(`^(?:` + strings.Join(after, "|") + `)`)
	// "an executive order withdrawing", "ein Dekret zum Austritt".
	w.orderOf = suffix.MustCompile(`(?i)(?:^|[^\p{L}\p{N}])(?:` + strings.Join(orders, "|") + `)\s+(?:[\p{L}-]+\s+){0,2}$`)
	w.approx = suffix.MustCompile(`(?i)(?:^|[^\p{L}\p{N}])(?:` + strings.Join(approx, "|") + `)\s*$`)
	// Both run on a few words of a sentence, and only on a sentence that
	// holds one of their words: most hold none.
	w.organ = regexp.MustCompile(`(?i)(?:^|[^\p{L}\p{N}])(?:` + strings.Join(organs, "|") + `)(?:[^\p{L}\p{N}]|$)|` + strings.Join(cjkOrgans, "|"))
	w.organNeeds = needsOfEach(slices.Concat(organs, cjkOrgans))
	// "signed an executive order"; "unterzeichnete Donald Trump ein
	// Dekret": a subject may stand between the verb and its object.
	w.order = fold.Guard(`(?i)^\s+(?-i:\p{Lu}[\p{L}-]+\s+){0,2}(?:(?:an?|the|its|his|her|their|two|several|new|un|une|le|la|el|la|un|una|lo|il|um|uma|o|ein|eine|einen|den|das)\s+)?(?:[\p{L}-]+\s+)?(?:` + strings.Join(orders, "|") + `)(?:[^\p{L}\p{N}]|$)`)
	return w
}

// unrealWords tell an act not done from the words before it: a word of
// intent a few words before, or a negation or preposition right before
// (see buildWords), one expression of each kind per language.
type unrealWords struct {
	parts *suffix.Union
	// leads are, for each part, the letters one of which begins each
	// of its words, right after no letter or number; nil when a word
	// begins otherwise. A text without any runs no part that needs one:
	// the parts of other languages mostly.
	leads [][]string
}

// MatchString reports whether before, the text before an act word,
// makes the act not done.
func (u unrealWords) MatchString(before string) bool {
	lc := fold.Lower(before)
	return u.parts.MatchStringIf(before, func(i int) bool {
		return u.leads[i] == nil || lc.HasStart(u.leads[i]...)
	})
}

// needsOfEach returns the words one of which every text that one of
// exprs matches, case aside, holds (see fold.Needs), or nil when one of
// them needs none.
func needsOfEach(exprs []string) *fold.Pieces {
	var all []string
	for _, e := range exprs {
		ws := fold.Needs(`(?i)` + e)
		if ws == nil {
			return nil
		}
		all = append(all, ws...)
	}
	return fold.NewPieces(all...)
}

// leads returns the letters each of ws, expression fragments written in
// lower case, begins with, or nil when one begins with something else.
func leads(ws []string) []string {
	var out []string
	for _, w := range ws {
		if topLevelAlt(w) {
			return nil // "a|b": each branch begins otherwise
		}
		n, last := 0, 0
		for _, r := range w {
			if !unicode.IsLetter(r) {
				break
			}
			last = utf8.RuneLen(r)
			n += last
		}
		if n < len(w) && strings.ContainsRune("?*+{", rune(w[n])) {
			n -= last // "plans?": the last letter may be absent
		}
		if n == 0 {
			return nil
		}
		out = append(out, w[:n])
	}
	return out
}

// topLevelAlt reports whether expression fragment w is an alternation
// outside any group.
func topLevelAlt(w string) bool {
	depth := 0
	for i := 0; i < len(w); i++ {
		switch w[i] {
		case '\\':
			i++
		case '(', '[':
			depth++
		case ')', ']':
			depth--
		case '|':
			if depth == 0 {
				return true
			}
		}
	}
	return false
}

func alt(a, b string) string {
	if a == "" {
		return b
	}
	return a + "|" + b
}

// spacedExpr is the expression that finds act words in the spaced
// languages: its groups are numbered after the events in triggerEvents,
// in order. findTriggersLower finds its matches row by row (see
// spacedRowExpr); the tests hold the two to the same matches.
func spacedExpr(groups []triggerGroup) string {
	parts := make([]string, len(groups))
	for i, g := range groups {
		parts[i] = `([^\x00-\x{10FFFF}])`
		if g.expr != "" {
			parts[i] = `(` + g.expr + `)`
		}
	}
	return `(?i)\b(?:` + strings.Join(parts, "|") + `)(?:[^\p{L}\p{N}]|$)`
}

// spacedRowExpr is one row of spacedExpr on its own, its word as group 1.
// Tried in spacedExpr's order, the first row that matches at the
// leftmost position is the alternative spacedExpr matches there, with
// the same ends: a starts.Set runs only the rows whose words can begin
// at each word start, where the one alternation carried a thread for
// every word of every language at every position.
func spacedRowExpr(expr string) string {
	return `(?i)\b(` + expr + `)(?:[^\p{L}\p{N}]|$)`
}

// findTriggers finds the act words of a sentence, in order.
func findTriggers(s string) []trigger {
	return findTriggersLower(s, fold.Lower(s))
}

// findTriggersLower is findTriggers for s lowered as lc.
func findTriggersLower(s string, lc fold.Text) []trigger {
	var out []trigger
	w := words()
	if hasCJK(s) && lc.Has(w.cjkNeeds...) {
		for _, loc := range w.cjk.FindAllStringSubmatchIndex(s, -1) {
			for g := range triggerEvents {
				if loc[2+2*g] >= 0 {
					t := trigger{start: loc[0], end: loc[1], event: triggerEvents[g]}
					setFlags(&t, s[t.start:t.end])
					out = append(out, t)
					break
				}
			}
		}
	}
	for _, m := range w.spaced.FindAll(s) {
		// The group ends where the word does; the match may run one
		// character further, to the boundary RE2's \b cannot see.
		t := trigger{start: m.Loc[0], end: m.Loc[3], event: w.spacedRows[m.Index]}
		classify(&t, s[t.start:t.end])
		setFlags(&t, s[t.start:t.end])
		out = append(out, t)
	}
	if len(out) > 1 && out[0].start > out[len(out)-1].start {
		slices.SortStableFunc(out, func(a, b trigger) int { return a.start - b.start })
	}
	return out
}

// classify tells act words that name an act ("ratification") and those
// that tell a done act ("ratified") from the rest.
func classify(t *trigger, word string) {
	w := strings.ToLower(word)
	for _, suf := range words().nounEnds {
		if strings.HasSuffix(w, suf) {
			t.noun = true
		}
	}
	for _, suf := range words().finiteEnds {
		if strings.HasSuffix(w, suf) {
			t.finite = true
		}
	}
	if strings.HasPrefix(w, "open") {
		// "opened for signature" tells the act; only its last word is a noun.
		t.noun, t.finite = false, strings.HasPrefix(w, "opened")
	}
}

// setFlags sets the trigger's row flags when the word is a flagged row's.
func setFlags(t *trigger, word string) {
	for _, r := range words().flagged {
		if r.event == t.event && r.whole.MatchString(word) {
			t.object, t.subject, t.ofParty, t.infinitive = r.object, r.subject, r.ofParty, r.infinitive
			if r.noun {
				t.noun, t.finite = true, false
			}
			return
		}
	}
}

// partyListGlue reports whether text between two parties joins them into
// one list: "Andorra, Georgia and the European Union".
func partyListGlue(between string) bool {
	return words().listGlue.MatchString(between)
}
