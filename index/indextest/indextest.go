// Package indextest builds citewatch indexes from small page datasets for
// tests of the index and of the stages and commands that query it.
//
// A dataset is a JSON array of pages. Each page gives its metadata, its
// text as paragraphs of sentences, and the facts its sentences state; the
// loader joins the sentences into the page's text, computes every span and
// cuts each fact's quote out of the text, so datasets need no offsets.
package indextest

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/rs/zerolog"

	"github.com/citewatch/citewatch"
	"github.com/citewatch/citewatch/index"
)

// Page is one page of a dataset.
type Page struct {
	URL           string     `json:"url"`
	Title         string     `json:"title"`
	Publisher     string     `json:"publisher"`
	Kind          string     `json:"kind"`
	Language      string     `json:"language"`
	Published     string     `json:"published"` // 2024-09-05, 2024-09 or 2024
	FetchedAt     time.Time  `json:"fetched_at"`
	WARCRecordID  string     `json:"warc_record_id"`
	PayloadDigest string     `json:"payload_digest"`
	Paragraphs    [][]string `json:"paragraphs"` // sentences of each paragraph
	Facts         []PageFact `json:"facts"`
	Wrong         string     `json:"wrong,omitempty"` // why a page meant to be wrong is wrong
}

// PageFact is a fact a page states in one of its sentences.
type PageFact struct {
	Treaty   string          `json:"treaty"` // default "CETS-225"
	Event    citewatch.Event `json:"event"`
	Party    string          `json:"party"`
	Date     string          `json:"date"`
	Place    string          `json:"place"`
	Count    int             `json:"count"`
	AsOf     string          `json:"as_of"`
	Sentence int             `json:"sentence"` // index among the page's sentences
}

// Load reads the dataset in file and returns each page as a Document with
// the facts it states.
func Load(t testing.TB, file string) ([]*citewatch.Document, [][]citewatch.Fact) {
	t.Helper()
	b, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	var pages []Page
	if err := json.Unmarshal(b, &pages); err != nil {
		t.Fatalf("%s: %v", file, err)
	}
	var docs []*citewatch.Document
	var facts [][]citewatch.Fact
	for _, p := range pages {
		doc, fs, err := p.build()
		if err != nil {
			t.Fatalf("%s: %s: %v", file, p.URL, err)
		}
		docs = append(docs, doc)
		facts = append(facts, fs)
	}
	return docs, facts
}

func (p Page) build() (*citewatch.Document, []citewatch.Fact, error) {
	published, err := citewatch.ParseDate(p.Published)
	if err != nil {
		return nil, nil, err
	}
	doc := &citewatch.Document{
		URL: p.URL, Title: p.Title, Publisher: p.Publisher, Language: p.Language, Kind: p.Kind,
		Published: published, FetchedAt: p.FetchedAt, WARCRecordID: p.WARCRecordID, PayloadDigest: p.PayloadDigest,
	}
	var text strings.Builder
	for i, para := range p.Paragraphs {
		if i > 0 {
			text.WriteString("\n\n")
		}
		start := text.Len()
		for j, s := range para {
			if j > 0 {
				text.WriteString(" ")
			}
			doc.Sentences = append(doc.Sentences, citewatch.Span{Start: text.Len(), End: text.Len() + len(s)})
			text.WriteString(s)
		}
		doc.Paragraphs = append(doc.Paragraphs, citewatch.Span{Start: start, End: text.Len()})
	}
	doc.Text = text.String()
	var facts []citewatch.Fact
	for _, pf := range p.Facts {
		if pf.Sentence < 0 || pf.Sentence >= len(doc.Sentences) {
			return nil, nil, fmt.Errorf("fact %s %s: no sentence %d", pf.Event, pf.Party, pf.Sentence)
		}
		date, err := citewatch.ParseDate(pf.Date)
		if err != nil {
			return nil, nil, err
		}
		asOf, err := citewatch.ParseDate(pf.AsOf)
		if err != nil {
			return nil, nil, err
		}
		treaty := pf.Treaty
		if treaty == "" {
			treaty = "CETS-225"
		}
		sp := doc.Sentences[pf.Sentence]
		f := citewatch.Fact{
			Treaty: treaty, Event: pf.Event, Party: pf.Party, Date: date, Place: pf.Place, Count: pf.Count, AsOf: asOf,
			Citation: citewatch.Citation{
				URL: p.URL, Title: p.Title, Publisher: p.Publisher, WARCRecordID: p.WARCRecordID, FetchedAt: p.FetchedAt,
				Published: published, Quote: doc.Slice(sp), Span: sp, Extractor: "indextest", ExtractorVersion: "1",
			},
		}
		f.ID = f.StableID()
		if err := f.Validate(); err != nil {
			return nil, nil, err
		}
		facts = append(facts, f)
	}
	return doc, facts, doc.Validate()
}

// Fill puts every page of the dataset in file into ix.
func Fill(t testing.TB, ix *index.Index, file string) {
	t.Helper()
	docs, facts := Load(t, file)
	for i, doc := range docs {
		if err := ix.Put(context.Background(), doc, facts[i]); err != nil {
			t.Fatal(err)
		}
	}
}

// Build returns an in-memory index holding the dataset in file, closed
// when the test ends.
func Build(t testing.TB, file string) *index.Index {
	t.Helper()
	ix, err := index.Open("", index.Options{InMemory: true}, zerolog.Nop())
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		if err := ix.Close(); err != nil {
			t.Errorf("indextest: close: %v", err)
		}
	})
	Fill(t, ix, file)
	return ix
}
