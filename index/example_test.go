package index_test

import (
	"context"
	"fmt"
	"log"
	"time"

	"github.com/rs/zerolog"

	"github.com/citewatch/citewatch"
	"github.com/citewatch/citewatch/index"
)

func Example() {
	ctx := context.Background()
	ix, err := index.Open("", index.Options{InMemory: true}, zerolog.Nop())
	if err != nil {
		log.Fatal(err)
	}
	defer func() {
		if err := ix.Close(); err != nil {
			log.Fatal(err)
		}
	}()

	text := "Montenegro signed the Framework Convention on Artificial Intelligence on 5 November 2024."
	doc := &citewatch.Document{
		URL: "https://www.coe.int/en/web/artificial-intelligence/-/montenegro-signs", Language: "en",
		Text: text, Sentences: []citewatch.Span{{Start: 0, End: len(text)}},
	}
	fact := citewatch.Fact{
		Treaty: "CETS-225", Event: citewatch.EventSigned, Party: "MNE", Date: citewatch.DayDate(2024, time.November, 5),
		Citation: citewatch.Citation{URL: doc.URL, Quote: text, Span: doc.Sentences[0], Extractor: "example"},
	}
	fact.ID = fact.StableID()
	if err := ix.Put(ctx, doc, []citewatch.Fact{fact}); err != nil {
		log.Fatal(err)
	}

	res, err := ix.Search(ctx, index.Request{Query: "montenegro", Facets: []string{"party"}})
	if err != nil {
		log.Fatal(err)
	}
	for _, h := range res.Hits {
		fmt.Println(h.Fact.Party, h.Fact.Date, h.Highlight("[", "]"))
	}
	fmt.Println(res.Facets["party"])
	// Output:
	// MNE 2024-11-05 [Montenegro] signed the Framework Convention on Artificial Intelligence on 5 November 2024.
	// [{MNE 1}]
}
