package extract

import (
	"net/url"
	"strings"
	"testing"

	"github.com/citewatch/citewatch"
	"github.com/citewatch/citewatch/extract/parties"
	"github.com/citewatch/citewatch/extract/treaties"
)

// benchDocs are the bench pages' documents, read once.
func benchDocs(b *testing.B) []*citewatch.Document {
	b.Helper()
	x := New(testLogger())
	var docs []*citewatch.Document
	for _, s := range benchPages(b) {
		doc, _, err := x.Extract(b.Context(), s)
		if err != nil {
			b.Fatal(err)
		}
		docs = append(docs, doc)
	}
	return docs
}

// BenchmarkPageTreaties measures the page-level reading of treaty names
// and of the union a page speaks of, as pageContext does it.
func BenchmarkPageTreaties(b *testing.B) {
	docs := benchDocs(b)
	b.ResetTimer()
	for b.Loop() {
		for _, doc := range docs {
			u, _ := url.Parse(doc.URL)
			host := strings.ToLower(u.Hostname())
			readTreaties(doc.Title+"\n"+doc.Text, strings.Contains(doc.Text, "Council of Europe"))
			unionOf(doc.Text, host)
		}
	}
}

// BenchmarkSentenceNames measures treaty, party and capital names read
// sentence by sentence over the bench pages.
func BenchmarkSentenceNames(b *testing.B) {
	docs := benchDocs(b)
	type page struct {
		o         treaties.Options
		sentences []string
	}
	var pages []page
	for _, doc := range docs {
		o, _, _ := readTreaties(doc.Title+"\n"+doc.Text, strings.Contains(doc.Text, "Council of Europe"))
		p := page{o: o}
		for _, sp := range doc.Sentences {
			p.sentences = append(p.sentences, doc.Slice(sp))
		}
		pages = append(pages, p)
	}
	b.ResetTimer()
	for b.Loop() {
		for _, p := range pages {
			for _, s := range p.sentences {
				treaties.Find(s, p.o)
				parties.Find(s)
				parties.Capitals(s)
			}
		}
	}
}
