package extract

import (
	"slices"
	"strings"
	"testing"

	"github.com/citewatch/citewatch"
)

// factStrings returns facts as treaty|event|party|date (and |n=count).
func factStrings(facts []citewatch.Fact) []string {
	var got []string
	for _, f := range facts {
		s := f.Treaty + "|" + string(f.Event) + "|" + f.Party + "|" + f.Date.String()
		if f.Count != 0 {
			s += "|n=" + itoa(f.Count)
		}
		got = append(got, s)
	}
	return got
}

// extractPage runs Extract on an HTML page given as a string.
func extractPage(t *testing.T, url, page string) (*citewatch.Document, []citewatch.Fact) {
	t.Helper()
	doc, facts, err := New(testLogger()).Extract(t.Context(), citewatch.Snapshot{URL: url, Status: 200,
		ContentType: "text/html; charset=utf-8", Body: []byte(page), Outcome: citewatch.OutcomeFetched})
	if err != nil {
		t.Fatal(err)
	}
	return doc, facts
}

// TestListItemsKept checks that a bulleted key point that main-text
// extraction drops is still read, and a menu's items are not.
func TestListItemsKept(t *testing.T) {
	page := `<!DOCTYPE html><html lang="en"><head><title>Briefing: the Lanzarote Convention</title></head><body>
<nav><ul><li><a href="/a">Slovakia ratified the Lanzarote Convention on 3 March 2015 and other news from our archive.</a></li></ul></nav>
<div class="note"><p class="date">4 May 2015</p>
<h1>Briefing: the Lanzarote Convention</h1>
<h2>Points to note</h2>
<ul><li>Estonia ratified the Lanzarote Convention on 17 April 2015, its parliament having approved it in March.</li></ul>
<h2>Comment</h2>
<p>Our team follows the protection of children in every member state and writes about it each month for readers.</p>
<p>Practitioners should read the monitoring reports of the Lanzarote Committee, which set out what states must do.</p>
</div></body></html>`
	doc, facts := extractPage(t, "https://briefings.example.org/lanzarote", page)
	got := factStrings(facts)
	if !slices.Contains(got, "CETS-201|ratified|EST|2015-04-17") {
		t.Errorf("facts %v of text %q: want Estonia's ratification from the list item", got, doc.Text)
	}
	if slices.ContainsFunc(got, func(s string) bool { return strings.Contains(s, "SVK") }) {
		t.Errorf("facts %v: a menu's item was read", got)
	}
}

// ruleCase is a sentence (or a few) and the facts it states, read as of
// a publication date.
type ruleCase struct {
	name, text string
	pub        citewatch.Date
	want       []string
}

// checkRules runs FactsInText on each case and compares the facts.
func checkRules(t *testing.T, tests []ruleCase) {
	t.Helper()
	x := New(testLogger())
	for _, tt := range tests {
		expectFacts(t, x, tt.name, tt.text, tt.pub, tt.want)
	}
}

// expectFacts reads text with FactsInText as of pub and reports, under
// label, when its facts (as factKeys writes them) are not want, in any
// order.
func expectFacts(t *testing.T, x *Extractor, label, text string, pub citewatch.Date, want []string) {
	t.Helper()
	got := factKeys(x, text, pub)
	want = slices.Clone(want)
	slices.Sort(want)
	if !slices.Equal(got, want) {
		t.Errorf("%s: FactsInText(%q) = %q, want %q", label, text, got, want)
	}
}
