package ingest_test

import (
	"context"
	"errors"
	"fmt"
	"strings"

	"github.com/citewatch/citewatch"
	"github.com/citewatch/citewatch/ingest"
)

// sentences "extracts" one fact per page that says "signed".
type sentences struct{}

func (sentences) Extract(_ context.Context, s citewatch.Snapshot) (*citewatch.Document, []citewatch.Fact, error) {
	if !strings.Contains(string(s.Body), "signed") {
		return nil, nil, errors.New("no sentence to read")
	}
	return &citewatch.Document{URL: s.URL}, []citewatch.Fact{{Treaty: "CETS-225", Event: citewatch.EventSigned}}, nil
}

// memIndex keeps the URLs put into it.
type memIndex struct{ urls []string }

func (ix *memIndex) Put(_ context.Context, doc *citewatch.Document, _ []citewatch.Fact) error {
	ix.urls = append(ix.urls, doc.URL)
	return nil
}
func (ix *memIndex) Indexed(context.Context, string, string) bool { return false }
func (ix *memIndex) Rebuild(context.Context, func(func(*citewatch.Document, []citewatch.Fact) error) error) error {
	return nil
}

// A crawl hands each snapshot to Add; a page that cannot be read is
// reported and counted, and the run goes on.
func ExamplePipeline_Add() {
	ix := &memIndex{}
	p := &ingest.Pipeline{
		Extractor: sentences{},
		Index:     ix,
		Page:      func(citewatch.Snapshot) error { return nil },
		Report:    func(e *ingest.PageError) { fmt.Println("not indexed:", e) },
	}
	ctx := context.Background()
	for _, s := range []citewatch.Snapshot{
		{URL: "https://a.example/news", Body: []byte("Norway signed the Convention.")},
		{URL: "https://a.example/menu", Body: []byte("Home | About")},
		{URL: "https://a.example/unchanged"}, // a revisit: nothing new to read
	} {
		if err := p.Add(ctx, s); err != nil {
			fmt.Println(err)
		}
	}
	fmt.Println("indexed:", ix.urls)
	fmt.Printf("%+v\n", p.Tally())
	// Output:
	// not indexed: https://a.example/menu: not extracted: no sentence to read
	// indexed: [https://a.example/news]
	// {Pages:1 Facts:1 NotPages:0 Failed:1}
}
