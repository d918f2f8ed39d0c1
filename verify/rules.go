package verify

import (
	"fmt"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/citewatch/citewatch"
)

// finding is how a source's facts bear on one assertion.
type finding int

const (
	outcomeUnknown      finding = iota // no fact bears on the assertion
	outcomeSupported                   // every value asserted is backed
	outcomePartial                     // some values backed, the others absent
	outcomeContradicted                // some value differs from the source's
)

// assertionResult is what a source's facts say of one assertion.
type assertionResult struct {
	outcome finding
	facts   []citewatch.Fact // the facts that back or contradict it
	says    string           // what the source says, for a supported assertion
	reason  string           // the disagreement in words, for a contradicted one
	missing string           // what is not backed, for a partial one
	// assertion is the assertion compared.
	assertion citewatch.Assertion
	// borrowed is set when the only date the source gives the act comes
	// from a neighbouring sentence.
	borrowed bool
}

// family groups events that are the same kind of act for comparison:
// ratification, acceptance, approval and accession all consent to be bound.
func family(e citewatch.Event) string {
	if e.ConsentToBeBound() {
		return "consent"
	}
	return string(e)
}

// partyEvent reports whether e is an act of one state or organisation.
func partyEvent(e citewatch.Event) bool {
	return e == citewatch.EventSigned || e.ConsentToBeBound() || e == citewatch.EventDenounced
}

// sameTreaty reports whether fact f may be about the treaty of assertion a.
// An assertion that names no treaty ("the Convention was signed ...")
// speaks of the source's subject: the treaty most of its facts are about.
func sameTreaty(a citewatch.Assertion, f citewatch.Fact, subject string) bool {
	if a.Treaty == "" {
		return subject == "" || f.Treaty == "" || f.Treaty == subject
	}
	return f.Treaty == "" || a.Treaty == f.Treaty
}

// subjectTreaty returns the treaty most of facts are about, the first one
// named on a tie, or "" when no fact names one.
func subjectTreaty(facts []citewatch.Fact) string {
	n := map[string]int{}
	best := ""
	for _, f := range facts {
		if f.Treaty == "" {
			continue
		}
		n[f.Treaty]++
		if best == "" || n[f.Treaty] > n[best] {
			best = f.Treaty
		}
	}
	return best
}

// countEvent reports whether e counts signatories or parties: its Count is
// asserted even when zero ("none has ratified it").
func countEvent(e citewatch.Event) bool {
	return e == citewatch.EventSignatoryCount || e == citewatch.EventPartyCount
}

// valued reports whether a asserts something a fact can back or
// contradict: a party, a date, a place or a count. "It was opened for
// signature at a conference" asserts only that the act happened, which
// says little about whether the source states the rest of the claim.
func valued(a citewatch.Assertion) bool {
	return a.Party != "" || !a.Date.IsZero() || a.Place != "" || countEvent(a.Event) || a.Count != 0
}

// namesPlace reports whether quote names place as a word or words:
// "opened for signature at United Nations Headquarters in New York" names
// New York even when the fact's own place is United Nations.
func namesPlace(quote, place string) bool {
	q, p := strings.ToLower(quote), strings.ToLower(place)
	for i := 0; ; {
		j := strings.Index(q[i:], p)
		if j < 0 || p == "" {
			return false
		}
		start, end := i+j, i+j+len(p)
		before, _ := utf8.DecodeLastRuneInString(q[:start])
		after, _ := utf8.DecodeRuneInString(q[end:])
		if (start == 0 || !isWordRune(before)) && (end == len(q) || !isWordRune(after)) {
			return true
		}
		i = start + 1
	}
}

func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

// compare checks one assertion against a source's facts at the assertion's
// precision. Facts about the same treaty (or an unnamed one), the same kind
// of act and the same party are candidates; for each value the claim states
// (date, place, count) a candidate that agrees backs it, and when none
// agrees a candidate that states another value contradicts it. A claim of
// consent to be bound by a party the source says only signed, or of
// signature by a party the source says acceded, contradicts the source.
// Without a party, a party's act is contradicted only by facts without a
// party: "signed on 5 September 2024" is not contradicted by a later
// signature of one state.
func compare(a citewatch.Assertion, facts []citewatch.Fact, subject string) assertionResult {
	var cands, against []citewatch.Fact
	for _, f := range facts {
		if !sameTreaty(a, f, subject) || family(f.Event) != family(a.Event) {
			continue
		}
		switch {
		case a.Party == f.Party:
			cands = append(cands, f)
			against = append(against, f)
		case a.Party == "":
			cands = append(cands, f)
			if !partyEvent(a.Event) {
				against = append(against, f)
			}
		}
	}
	if len(cands) == 0 {
		res := kindOfAct(a, facts, subject)
		if res.outcome == outcomeUnknown {
			res.missing = describeAssertion(a)
		}
		return res
	}

	var res assertionResult
	var backed, absent []string
	var conflicts []string
	check := func(what string, claimed string, set bool, agrees func(citewatch.Fact) (string, bool), phrase func(string) string) {
		if !set {
			return
		}
		for _, f := range cands {
			if v, ok := agrees(f); ok && v != "" {
				res.facts = append(res.facts, f)
				backed = append(backed, phrase(v))
				// A date the source gives less precisely than the claim
				// ("in 2024" for "in May 2024") backs only part of it.
				if what == "date" && coarser(f.Date, a.Date) {
					absent = append(absent, fmt.Sprintf("date %s (the source gives only %s)", claimed, f.Date.Human()))
				}
				return
			}
		}
		for _, f := range against {
			if v, ok := agrees(f); !ok && v != "" {
				res.facts = append(res.facts, f)
				if what == "date" && withinNotice(a, f) {
					// A withdrawal has two days, its notice and the day
					// it takes effect, months apart: the source's day and
					// the claim's may be the one withdrawal's.
					backed = append(backed, phrase(v)) // what the source says of it
					absent = append(absent, fmt.Sprintf("date %s (the source dates the withdrawal %s: a withdrawal takes effect months after it is notified, so the two days may be one withdrawal's)", claimed, v))
					return
				}
				conflicts = append(conflicts, fmt.Sprintf("%s: the source says %s; the claim says %s", describeAct(a, f), v, claimed))
				return
			}
		}
		absent = append(absent, what+" "+claimed)
	}
	// A count's date says when the count held, not when an act happened:
	// it picks the counts to compare and is not compared itself.
	check("date", a.Date.Human(), !a.Date.IsZero() && !countEvent(a.Event), func(f citewatch.Fact) (string, bool) {
		if f.Date.IsZero() {
			return "", false
		}
		return f.Date.Human(), a.Date.Agrees(f.Date)
	}, func(v string) string {
		if strings.IndexFunc(v[:1], func(r rune) bool { return r >= '0' && r <= '9' }) == 0 && strings.Count(v, " ") == 2 {
			return "on " + v
		}
		return "in " + v
	})
	// A place is backed by a fact of the act whose sentence names it, as a
	// place within another ("in Vilnius, Lithuania") or beside the one the
	// fact recorded ("at United Nations Headquarters in New York").
	check("place", a.Place, a.Place != "", func(f citewatch.Fact) (string, bool) {
		if strings.EqualFold(f.Place, a.Place) || namesPlace(f.Citation.Quote, a.Place) {
			return a.Place, true
		}
		if f.Place == "" {
			return "", false
		}
		return f.Place, false
	}, func(v string) string { return "in " + v })
	check("count", strconv.Itoa(a.Count), a.Count != 0 || countEvent(a.Event), func(f citewatch.Fact) (string, bool) {
		if f.Count == 0 && !countEvent(f.Event) {
			return "", false
		}
		// A count is a fact as of a date: counts for another time are not
		// the same thing.
		if when := f.EffectiveDate(); !a.Date.IsZero() && !when.IsZero() && !a.Date.Agrees(when) {
			return "", false
		}
		return strconv.Itoa(f.Count), f.Count == a.Count
	}, func(v string) string { return "(" + v + ")" })
	switch {
	case len(conflicts) > 0:
		res.outcome = outcomeContradicted
		res.reason = strings.Join(conflicts, "; ")
	case len(absent) > 0 && len(backed) > 0:
		res.outcome = outcomePartial
		res.says = describeAct(a, res.facts[0]) + " " + strings.Join(backed, ", ")
		res.missing = strings.Join(absent, ", ")
	case len(absent) > 0:
		res.outcome = outcomeUnknown
		res.missing = strings.Join(absent, ", ")
		res.facts = nil
	default:
		res.outcome = outcomeSupported
		if len(res.facts) == 0 {
			res.facts = cands[:1] // the act itself, with no value to compare
		}
		res.says = strings.TrimSpace(describeAct(a, res.facts[0]) + " " + strings.Join(backed, ", "))
		if f := res.facts[0]; countEvent(a.Event) {
			res.says = fmt.Sprintf("%d %s", f.Count, actWords[f.Event]) // "13 signatories"
			if when := f.EffectiveDate(); !when.IsZero() {
				res.says += " as of " + when.Human()
			}
		}
	}
	return res
}

// withinNotice reports whether claim a and fact f tell a withdrawal on
// days close enough to be its notice and the day it takes effect.
func withinNotice(a citewatch.Assertion, f citewatch.Fact) bool {
	return a.Event == citewatch.EventDenounced && f.Event == citewatch.EventDenounced && citewatch.WithinWithdrawalNotice(a.Date, f.Date)
}

// coarser reports whether d is less precise than than: a year against a
// month or day, a month against a day.
func coarser(d, than citewatch.Date) bool {
	rank := func(x citewatch.Date) int {
		switch x.Precision {
		case citewatch.PrecisionDay:
			return 3
		case citewatch.PrecisionMonth:
			return 2
		case citewatch.PrecisionYear:
			return 1
		}
		return 0
	}
	return rank(d) < rank(than)
}

// datePhrase says when, at the date's precision: "on 5 May 2021", "in May
// 2021", "in 2021".
func datePhrase(d citewatch.Date) string {
	if d.Precision == citewatch.PrecisionDay {
		return "on " + d.Human()
	}
	return "in " + d.Human()
}

// kindOfAct finds a different act by the claim's party: the claim says a
// party ratified and the source says it signed, with no consent of its own;
// or the claim says it signed and the source says it acceded.
func kindOfAct(a citewatch.Assertion, facts []citewatch.Fact, subject string) assertionResult {
	if a.Party == "" || !partyEvent(a.Event) {
		return assertionResult{outcome: outcomeUnknown}
	}
	var other *citewatch.Fact
	for i, f := range facts {
		if f.Party != a.Party || !sameTreaty(a, f, subject) {
			continue
		}
		switch {
		case a.Event.ConsentToBeBound() && f.Event == citewatch.EventSigned,
			a.Event == citewatch.EventSigned && f.Event == citewatch.EventAcceded:
			if a.Date.IsZero() || f.Date.IsZero() || a.Date.Agrees(f.Date) {
				other = &facts[i]
			}
		}
	}
	if other == nil {
		return assertionResult{outcome: outcomeUnknown}
	}
	when := ""
	if !other.Date.IsZero() {
		when = " " + datePhrase(other.Date)
	}
	return assertionResult{
		outcome: outcomeContradicted,
		facts:   []citewatch.Fact{*other},
		reason:  fmt.Sprintf("the source says %s %s%s; the claim says it %s", a.Party, actWords[other.Event], when, actWords[a.Event]),
	}
}

var actWords = map[citewatch.Event]string{
	citewatch.EventAdopted:          "adopted",
	citewatch.EventOpened:           "opened for signature",
	citewatch.EventSigned:           "signed",
	citewatch.EventRatified:         "ratified",
	citewatch.EventAccepted:         "accepted",
	citewatch.EventApproved:         "approved",
	citewatch.EventAcceded:          "acceded",
	citewatch.EventEnteredIntoForce: "entered into force",
	citewatch.EventEIFCondition:     "entry into force condition",
	citewatch.EventDenounced:        "denounced",
	citewatch.EventSignatoryCount:   "signatories",
	citewatch.EventPartyCount:       "parties",
	citewatch.EventNegotiatedBy:     "negotiated by",
}

// describeAct names what a fact is about: "JPN signed", "opened for
// signature", "CETS-225 signatories".
func describeAct(a citewatch.Assertion, f citewatch.Fact) string {
	act := actWords[f.Event]
	if act == "" {
		act = string(f.Event)
	}
	if f.Party != "" {
		return f.Party + " " + act
	}
	return act
}

// contradictions returns the contradicted results.
func contradictions(rs []assertionResult) []assertionResult {
	var out []assertionResult
	for _, r := range rs {
		if r.outcome == outcomeContradicted {
			out = append(out, r)
		}
	}
	return out
}

// describeAssertion says what an assertion asserts: "JPN signed on 11
// February 2025 in Paris".
func describeAssertion(a citewatch.Assertion) string {
	parts := []string{}
	act := actWords[a.Event]
	if act == "" {
		act = string(a.Event)
	}
	if a.Event == citewatch.EventNegotiatedBy {
		// "negotiated by EUE", not "EUE negotiated by".
		parts = append(parts, strings.TrimSpace(act+" "+a.Party))
	} else {
		if a.Party != "" {
			parts = append(parts, a.Party)
		}
		parts = append(parts, act)
	}
	if a.Count != 0 {
		parts = append(parts, "("+strconv.Itoa(a.Count)+")")
	}
	if !a.Date.IsZero() {
		if a.Date.Precision == citewatch.PrecisionDay {
			parts = append(parts, "on "+a.Date.Human())
		} else {
			parts = append(parts, "in "+a.Date.Human())
		}
	}
	if a.Place != "" {
		parts = append(parts, "in "+a.Place)
	}
	return strings.Join(parts, " ")
}
