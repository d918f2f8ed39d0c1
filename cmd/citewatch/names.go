package main

import (
	"context"
	"fmt"
	"regexp"
	"strings"

	"github.com/citewatch/citewatch"
	"github.com/citewatch/citewatch/extract/parties"
	"github.com/citewatch/citewatch/extract/treaties"
	"github.com/citewatch/citewatch/index"
)

// partyLabel shows a party code with its name: "JPN Japan".
func partyLabel(code string) string {
	if code == "" {
		return ""
	}
	if n := parties.Name(code); n != code {
		return code + " " + n
	}
	return code
}

// partyCode is the code of a party label, its short form.
func partyCode(label string) string {
	code, _, _ := strings.Cut(label, " ")
	return code
}

// treatyTitle is a treaty's full title, or "" when the name table lacks it.
func treatyTitle(id string) string {
	if ns := treaties.Names(id); len(ns) > 0 {
		return ns[0]
	}
	return ""
}

// treatyLabel shows a treaty id with its title: "CETS-225 Council of ...".
func treatyLabel(id string) string {
	if t := treatyTitle(id); t != "" {
		return id + " " + t
	}
	return id
}

// reTreatyID matches what looks like a treaty id: "CETS-225", "untc-xxvii-7-d".
var reTreatyID = regexp.MustCompile(`(?i)^[a-z]+(?:-[a-z0-9]+)+$`)

// knownTreaties lists the treaties the index holds facts about, the most
// facts first.
func knownTreaties(ctx context.Context, ix *index.Index) ([]index.Bucket, error) {
	res, err := ix.Search(ctx, index.Request{Facets: []string{"treaty"}, FacetSize: 1 << 16, Limit: 1})
	if err != nil {
		return nil, err
	}
	return res.Facets["treaty"], nil
}

// knownParties lists the parties the index holds facts about, the most facts first.
func knownParties(ctx context.Context, ix *index.Index, treaty string) ([]index.Bucket, error) {
	res, err := ix.Search(ctx, index.Request{Treaty: treaty, Facets: []string{"party"}, FacetSize: 1 << 16, Limit: 1})
	if err != nil {
		return nil, err
	}
	return res.Facets["party"], nil
}

// resolveTreaty turns what a user typed for a treaty (an id in any case,
// a series number, a title or short name: "AI convention") into an id the
// index holds facts about. A near miss is an error that names the nearest
// treaties the index knows; so is a treaty the index holds nothing about.
func resolveTreaty(ctx context.Context, ix *index.Index, typed string) (string, error) {
	typed = strings.TrimSpace(typed)
	if typed == "" {
		return "", fmt.Errorf("%w: no treaty named (give an id such as CETS-225, or a title)", citewatch.ErrInvalid)
	}
	id, ok := treaties.Lookup(typed)
	if !ok && reTreatyID.MatchString(typed) {
		id, ok = strings.ToUpper(typed), true
	}
	if ok {
		// Asked of the treaty's own facts, not of every fact's treaty.
		found, err := ix.HasFacts(ctx, id)
		if err != nil {
			return "", err
		}
		if found {
			return id, nil
		}
	}
	known, err := knownTreaties(ctx, ix)
	if err != nil {
		return "", err
	}
	// Not in the index: suggest what is, by id or by any of its names.
	var cands []string
	idOf := map[string]string{}
	for _, b := range known {
		for _, n := range append([]string{b.Value}, treaties.Names(b.Value)...) {
			cands = append(cands, n)
			idOf[strings.ToLower(n)] = b.Value
		}
	}
	var sugg []string
	seen := map[string]bool{}
	for _, n := range nearest(typed, cands, max(2, len(typed)/4)) {
		tid := idOf[strings.ToLower(n)]
		if seen[tid] {
			continue
		}
		seen[tid] = true
		if n == tid {
			sugg = append(sugg, fmt.Sprintf("%q", tid))
		} else {
			sugg = append(sugg, fmt.Sprintf("%q (%s)", n, tid))
		}
	}
	what := fmt.Sprintf("no treaty called %q", typed)
	if ok {
		what = fmt.Sprintf("the index holds no facts about %s", treatyLabel(id))
	}
	switch {
	case len(sugg) > 0:
		what += "; did you mean " + strings.Join(sugg, " or ") + "?"
	case len(known) == 0:
		what += "; the index is empty (run \"citewatch run DOC\" or \"citewatch crawl\" first)"
	default:
		what += "; \"citewatch treaties\" lists the treaties the index knows"
	}
	return "", fmt.Errorf("%w: %s", citewatch.ErrNotFound, what)
}

// resolveParty turns what a user typed for a party (a code in any case,
// or a name: "Japan", "the Republic of Moldova") into its code. An unknown
// name is an error naming the nearest parties the index knows.
func resolveParty(ctx context.Context, ix *index.Index, typed string) (string, error) {
	typed = strings.TrimSpace(typed)
	if code, ok := parties.Code(typed); ok {
		return code, nil
	}
	if up := strings.ToUpper(typed); len(up) == 3 && parties.Name(up) != up {
		return up, nil
	}
	known, err := knownParties(ctx, ix, "")
	if err != nil {
		return "", err
	}
	for _, b := range known {
		if strings.EqualFold(b.Value, typed) {
			return b.Value, nil
		}
	}
	var cands []string
	codeOf := map[string]string{}
	for _, b := range known {
		n := parties.Name(b.Value)
		cands = append(cands, n)
		codeOf[strings.ToLower(n)] = b.Value
	}
	what := fmt.Sprintf("no party called %q", typed)
	if s := nearest(typed, cands, max(2, len(typed)/4)); len(s) > 0 {
		var q []string
		for _, n := range s {
			q = append(q, fmt.Sprintf("%q (%s)", n, codeOf[strings.ToLower(n)]))
		}
		return "", fmt.Errorf("%w: %s; did you mean %s?", citewatch.ErrNotFound, what, strings.Join(q, " or "))
	}
	return "", fmt.Errorf("%w: %s (give a name such as \"Japan\" or an ISO 3166 alpha-3 code such as JPN)", citewatch.ErrNotFound, what)
}
