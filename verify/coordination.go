package verify

import (
	"regexp"
	"strings"
	"unicode"

	"github.com/citewatch/citewatch"
	"github.com/citewatch/citewatch/internal/wordlist/numbers"
)

// reGapped finds a clause that shares the verb of the clause before it and
// names only who and when: "Chile signed it on 3 March 2021 and Peru on 9
// October 2022", "…, and the Union in May". Group 1 is the joining word
// and what comes before it, group 2 the party, group 3 the rest ("on 9
// October 2022").
var reGapped = regexp.MustCompile(`(,?\s+and\s+|;\s+)((?:the\s+)?\p{Lu}[\p{L}'’.-]*(?:\s+(?:of\s+(?:the\s+)?)?\p{Lu}[\p{L}'’.-]*){0,4})\s+((?:on|in)\s+[^,;]+?)(?:[,;.]|$)`)

// gappedVerbs says each act of a party as a verb that takes the treaty.
var gappedVerbs = map[citewatch.Event]string{
	citewatch.EventSigned:    "signed it",
	citewatch.EventRatified:  "ratified it",
	citewatch.EventAccepted:  "accepted it",
	citewatch.EventApproved:  "approved it",
	citewatch.EventAcceded:   "acceded to it",
	citewatch.EventDenounced: "denounced it",
}

// readGapped corrects what the claim reader made of a gapped clause: in
// "A signed on X and B on Y" each party has its own date, B's act is A's,
// and B's date is Y, not X. Each gapped clause is read again with the act
// of the clause before it written out ("B signed it on Y"), and its
// assertions replace those the first reading gave B. Claims without such a
// clause are returned as they are.
func readGapped(text string, as []citewatch.Assertion, read func(string) []citewatch.Assertion) []citewatch.Assertion {
	ms := reGapped.FindAllStringSubmatchIndex(text, -1)
	if len(ms) == 0 {
		return as
	}
	out := append([]citewatch.Assertion(nil), as...)
	for _, m := range ms {
		left := text[:m[0]]
		party, rest := text[m[4]:m[5]], text[m[6]:m[7]]
		if hasActVerb(rest) {
			continue
		}
		// The act of the clause before: the last party act it asserts.
		var act citewatch.Assertion
		for _, a := range read(left) {
			if gappedVerbs[a.Event] != "" && a.Party != "" {
				act = a
			}
		}
		if act.Event == "" {
			continue
		}
		var got []citewatch.Assertion
		for _, a := range read(party + " " + gappedVerbs[act.Event] + " " + rest + ".") {
			if a.Party != "" && a.Party != act.Party && family(a.Event) == family(act.Event) {
				if a.Treaty == "" {
					a.Treaty = act.Treaty
				}
				got = append(got, a)
			}
		}
		if len(got) == 0 {
			continue
		}
		var kept []citewatch.Assertion
		for _, a := range out {
			replaced := false
			for _, g := range got {
				replaced = replaced || a.Party == g.Party && family(a.Event) == family(g.Event)
			}
			if !replaced {
				kept = append(kept, a)
			}
		}
		out = append(kept, got...)
	}
	return out
}

// hasActVerb reports whether text has a verb of its own, so it is no
// gapped clause: "in 2021 it ratified it".
func hasActVerb(text string) bool {
	for _, w := range strings.Fields(strings.ToLower(text)) {
		switch strings.Trim(w, ",.;") {
		case "signed", "ratified", "accepted", "approved", "acceded", "denounced", "joined", "adopted", "opened", "entered", "was", "were", "has", "have", "had":
			return true
		}
	}
	return false
}

// reOthers finds "and seven other states" after a list of named parties:
// the count is the others and the named ones together.
var reOthers = regexp.MustCompile(`(?i)\band\s+(\d{1,3}|` + numbers.CardinalRE + `)\s+other\s+(?:states|countries|signatories|parties|nations|members|governments)\b`)

// countOthers corrects a count read from "A, B, C and N other states
// signed": the signatories are N plus the parties named beside them. A
// count that already includes them (the reader's reading of "A and B
// joined N other signatories") is left alone.
func countOthers(text string, as []citewatch.Assertion) []citewatch.Assertion {
	loc := reOthers.FindStringSubmatchIndex(text)
	if loc == nil {
		return as
	}
	n, ok := readNumber(text[loc[2]:loc[3]])
	if !ok {
		return as
	}
	named := map[string]bool{}
	for _, a := range as {
		if a.Party != "" && partyEvent(a.Event) {
			named[a.Party] = true
		}
	}
	// Only the names listed with the others count: the items before
	// "and N other" in the same clause, each a name ("the EU"), not a
	// date or a phrase with a number ("By 2020").
	list := text[:loc[0]]
	if i := strings.LastIndexAny(list, ";:"); i >= 0 {
		list = list[i+1:]
	}
	items := 0
	for _, it := range strings.Split(list, ",") {
		if strings.IndexFunc(it, unicode.IsDigit) < 0 && strings.IndexFunc(it, unicode.IsUpper) >= 0 {
			items++
		}
	}
	add := min(len(named), items)
	if add == 0 {
		return as
	}
	out := make([]citewatch.Assertion, len(as))
	for i, a := range as {
		if countEvent(a.Event) && a.Count == n {
			a.Count = n + add
		}
		out[i] = a
	}
	return out
}
