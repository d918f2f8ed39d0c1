package extract

import (
	"context"
	"strings"

	"github.com/citewatch/citewatch"
	"github.com/citewatch/citewatch/extract/dates"
)

// textDocument lays out plain text as a Document: paragraphs at blank
// lines, sentences within them, exactly as Extract does for a page.
func textDocument(url, text string, published citewatch.Date) *citewatch.Document {
	doc := &citewatch.Document{URL: url, Published: published}
	var b textBuilder
	for _, p := range strings.Split(text, "\n\n") {
		b.para.WriteString(collapse(p))
		b.flush()
	}
	doc.Text, doc.Paragraphs = b.text.String(), b.paras
	for _, p := range doc.Paragraphs {
		doc.Sentences = splitSentences(doc.Text, p, doc.Sentences)
	}
	return doc
}

// plainContext reads text that comes without a page: its subject is the
// treaty it names most, partial dates are completed from published, and
// ambiguous numeric dates are left out.
func plainContext(doc *citewatch.Document) page {
	pg := page{}
	pg.treaty, pg.subject, pg.treatyNames = readTreaties(doc.Text, strings.Contains(doc.Text, "Council of Europe"))
	pg.treaty.Subject = pg.subject
	pg.union = unionOf(doc.Text, "")
	pg.dates = dates.Context{Anchor: doc.Published, AnchorName: "publication date"}
	return pg
}

// FactsInText reads the facts stated in plain text (sentences given as
// evidence, a pasted paragraph) with the same sentence rules as Extract.
// Citations carry url and spans into the text as laid out by Extract (white
// space collapsed, paragraphs at blank lines). It is safe for concurrent use.
func (x *Extractor) FactsInText(url, text string, published citewatch.Date) []citewatch.Fact {
	doc := textDocument(url, text, published)
	pg := plainContext(doc)
	// The background context is never done: textFacts returns no error.
	facts, _ := x.textFacts(context.Background(), doc, pg)
	nameTreaties(facts, pg)
	for i := range facts {
		x.cite(&facts[i], doc)
	}
	return facts
}

// Assertions returns what a claim sentence asserts — treaty, event, party,
// date with its precision, place, count — read with the same sentence rules
// as Extract. Partial dates ("on 5 September") are completed from published
// when it is set. A treaty the claim does not name ("it", "the
// Convention", or none at all) is left empty: the claim's document's
// subject, which verification matches with the source's treaty. A claim
// that names no treaty act gives nil. It is safe for concurrent use.
func (x *Extractor) Assertions(text string, published citewatch.Date) []citewatch.Assertion {
	doc := textDocument("", text, published)
	pg := plainContext(doc)
	pg.claim = true
	if pg.subject == "" {
		// A claim that names no treaty ("It was opened for signature in
		// Vilnius", "Japan ratified the Convention") speaks of its
		// document's subject, which the claim alone does not know.
		pg.subject = unnamedSubject
	}
	var out []citewatch.Assertion
	var fl flow
	for _, sp := range doc.Sentences {
		var facts []stated
		for _, cl := range clauses(doc.Slice(sp), maxClause) {
			var more []stated
			more, fl = sentenceFacts(doc.Slice(sp)[cl.Start:cl.End], pg, fl)
			facts = append(facts, more...)
		}
		for _, st := range facts {
			if st.treaty == unnamedSubject {
				st.treaty = ""
			}
			out = append(out, citewatch.Assertion{Treaty: st.treaty, Event: st.event, Party: st.party, Date: st.date, Place: st.place, Count: st.count})
		}
	}
	return out
}

// unnamedSubject stands for the treaty a claim speaks of without naming
// it, while the sentence rules run; Assertions reports it as an empty
// Treaty.
const unnamedSubject = "\x00subject"
