package index_test

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/rs/zerolog"

	"github.com/citewatch/citewatch"
	"github.com/citewatch/citewatch/index"
)

// hostileDoc is a page that says one thing repeat times in the same words,
// then distinct things: a different party each time, dated a day apart.
func hostileDoc(url string, repeat, distinct int) (*citewatch.Document, []citewatch.Fact) {
	var text strings.Builder
	doc := &citewatch.Document{URL: url, Title: "Treaty news", PayloadDigest: "sha1:" + url, FetchedAt: time.Date(2025, 3, 1, 0, 0, 0, 0, time.UTC)}
	var facts []citewatch.Fact
	sentence := func(s string, f citewatch.Fact) {
		sp := citewatch.Span{Start: text.Len(), End: text.Len() + len(s)}
		text.WriteString(s)
		text.WriteString(" ")
		doc.Sentences = append(doc.Sentences, sp)
		doc.Paragraphs = append(doc.Paragraphs, sp)
		f.Citation = citewatch.Citation{URL: url, Quote: s, Span: sp, Extractor: "test"}
		f.ID = f.StableID()
		facts = append(facts, f)
	}
	for range repeat {
		sentence("Norway signed the Convention on 5 September 2024.", citewatch.Fact{Treaty: "CETS-225", Event: citewatch.EventSigned, Party: "NOR",
			Date: citewatch.Date{Year: 2024, Month: 9, Day: 5, Precision: citewatch.PrecisionDay}})
	}
	day := time.Date(1950, 1, 1, 0, 0, 0, 0, time.UTC)
	for i := range distinct {
		d := day.AddDate(0, 0, i)
		party := fmt.Sprintf("X%02d", i%100)
		sentence(fmt.Sprintf("State %s signed the Convention on %s.", party, d.Format("2 January 2006")), citewatch.Fact{Treaty: "CETS-225", Event: citewatch.EventSigned, Party: party,
			Date: citewatch.Date{Year: d.Year(), Month: int(d.Month()), Day: d.Day(), Precision: citewatch.PrecisionDay}})
	}
	doc.Text = text.String()
	return doc, facts
}

// TestPageBounds puts a page of a sentence repeated twenty thousand times
// and a thousand distinct ones: the repeated sentence is one fact and one
// passage, the rest stop at the bounds, and a warning says so.
func TestPageBounds(t *testing.T) {
	var logs bytes.Buffer
	ix, err := index.Open("", index.Options{InMemory: true, MaxFacts: 300, MaxPassages: 500}, zerolog.New(&logs))
	if err != nil {
		t.Fatal(err)
	}
	defer func() { must(t, ix.Close()) }()
	ctx := context.Background()
	const u = "https://news.example.org/hostile"
	doc, facts := hostileDoc(u, 20000, 1000)
	if err := ix.Put(ctx, doc, facts); err != nil {
		t.Fatal(err)
	}
	got, err := ix.Facts(ctx, citewatch.FactQuery{URLs: []string{u}})
	if err != nil {
		t.Fatal(err)
	}
	repeated := 0
	for _, f := range got {
		if f.Party == "NOR" {
			repeated++
		}
	}
	if len(got) != 300 || repeated != 1 {
		t.Errorf("%d facts indexed, %d of them the repeated one; want 300 and 1", len(got), repeated)
	}
	ps, err := ix.Passages(ctx, citewatch.PassageQuery{URLs: []string{u}})
	if err != nil {
		t.Fatal(err)
	}
	repeated = 0
	for _, p := range ps {
		if strings.HasPrefix(p.Text, "Norway") {
			repeated++
		}
	}
	if len(ps) != 500 || repeated != 2 { // once as a sentence, once as a paragraph
		t.Errorf("%d passages indexed, %d of them the repeated one; want 500 and 2", len(ps), repeated)
	}
	if !strings.Contains(logs.String(), `"facts_left_out":701`) || !strings.Contains(logs.String(), `"repeated_facts":19999`) {
		t.Errorf("no warning of what was left out: %s", logs.String())
	}
}

// TestLimitedFactsReadWhatTheyReturn asks for the first facts of a
// treaty's signatures over an index that also holds hostile pages full of
// them: the answer is the first by date, as an unlimited query orders
// them, and costs a fraction of reading them all, since the index sorts
// and only the facts returned are read and decoded (measured in
// allocations, which the machine's load does not change).
func TestLimitedFactsReadWhatTheyReturn(t *testing.T) {
	ctx := context.Background()
	ix, err := index.Open("", index.Options{InMemory: true}, zerolog.Nop())
	if err != nil {
		t.Fatal(err)
	}
	defer func() { must(t, ix.Close()) }()
	doc, facts := hostileDoc("https://www.coe.int/news", 1, 60)
	if err := ix.Put(ctx, doc, facts); err != nil {
		t.Fatal(err)
	}
	q := citewatch.FactQuery{Treaty: "CETS-225", Event: citewatch.EventSigned, Limit: 20}
	query := func() {
		if fs, err := ix.Facts(ctx, q); err != nil || len(fs) != 20 {
			t.Fatalf("Facts = %d facts, %v", len(fs), err)
		}
	}
	for i := range 4 {
		doc, facts := hostileDoc(fmt.Sprintf("https://hostile%d.example.org/", i), 10, 300)
		if err := ix.Put(ctx, doc, facts); err != nil {
			t.Fatal(err)
		}
	}
	limited := testing.AllocsPerRun(3, query)
	unlimited := testing.AllocsPerRun(3, func() {
		if _, err := ix.Facts(ctx, citewatch.FactQuery{Treaty: "CETS-225", Event: citewatch.EventSigned}); err != nil {
			t.Fatal(err)
		}
	})
	t.Logf("over 1265 facts: %.0f allocations for the first 20, %.0f for all", limited, unlimited)
	if limited > unlimited/4 {
		t.Errorf("the first 20 facts cost %.0f allocations, all of them %.0f: the limit is not applied by the index", limited, unlimited)
	}
	all, err := ix.Facts(ctx, citewatch.FactQuery{Treaty: "CETS-225", Event: citewatch.EventSigned})
	if err != nil {
		t.Fatal(err)
	}
	first, err := ix.Facts(ctx, q)
	if err != nil {
		t.Fatal(err)
	}
	for i := range first {
		if first[i].ID != all[i].ID {
			t.Fatalf("limited fact %d is %s %v, want %s %v as the unlimited query orders them", i, first[i].Party, first[i].Date, all[i].Party, all[i].Date)
		}
	}
}

// TestNoTreatyNoAnswer refuses status and timeline of an empty treaty,
// which would otherwise match every fact.
func TestNoTreatyNoAnswer(t *testing.T) {
	ix, err := index.Open("", index.Options{InMemory: true}, zerolog.Nop())
	if err != nil {
		t.Fatal(err)
	}
	defer func() { must(t, ix.Close()) }()
	doc, facts := hostileDoc("https://www.coe.int/news", 1, 3)
	if err := ix.Put(context.Background(), doc, facts); err != nil {
		t.Fatal(err)
	}
	if _, err := ix.Status(context.Background(), " ", citewatch.Date{}); !errors.Is(err, citewatch.ErrInvalid) {
		t.Errorf("Status of no treaty: %v, want ErrInvalid", err)
	}
	if _, err := ix.Timeline(context.Background(), ""); !errors.Is(err, citewatch.ErrInvalid) {
		t.Errorf("Timeline of no treaty: %v, want ErrInvalid", err)
	}
}

// TestStepDatesBounded gives one party's signature many dates on one
// page: the page keeps MaxStepDates of them (the first), and a count, whose
// many dates a timeline gives, is not bounded so.
func TestStepDatesBounded(t *testing.T) {
	ix, err := index.Open("", index.Options{InMemory: true}, zerolog.Nop())
	if err != nil {
		t.Fatal(err)
	}
	defer func() { must(t, ix.Close()) }()
	doc := &citewatch.Document{URL: "https://flood.example.org/", PayloadDigest: "sha1:flood", FetchedAt: time.Date(2025, 3, 1, 0, 0, 0, 0, time.UTC)}
	var facts []citewatch.Fact
	for i := range 12 {
		d := citewatch.DayDate(2024, time.Month(1+i), 5)
		facts = append(facts,
			citewatch.Fact{Treaty: "CETS-225", Event: citewatch.EventSigned, Party: "NOR", Date: d,
				Citation: citewatch.Citation{URL: doc.URL, Quote: fmt.Sprintf("Norway signed it on %s.", d.Human()), Extractor: "test"}},
			citewatch.Fact{Treaty: "CETS-225", Event: citewatch.EventPartyCount, Count: 10 + i, AsOf: d,
				Citation: citewatch.Citation{URL: doc.URL, Quote: fmt.Sprintf("By %s it had %d parties.", d.Human(), 10+i), Extractor: "test"}})
	}
	for i := range facts {
		facts[i].ID = facts[i].StableID()
	}
	if err := ix.Put(context.Background(), doc, facts); err != nil {
		t.Fatal(err)
	}
	signed, err := ix.Facts(context.Background(), citewatch.FactQuery{Treaty: "CETS-225", Event: citewatch.EventSigned})
	if err != nil {
		t.Fatal(err)
	}
	counts, err := ix.Facts(context.Background(), citewatch.FactQuery{Treaty: "CETS-225", Event: citewatch.EventPartyCount})
	if err != nil {
		t.Fatal(err)
	}
	if len(signed) != index.MaxStepDates || len(counts) != 12 {
		t.Errorf("%d signatures and %d counts kept; want %d and 12", len(signed), len(counts), index.MaxStepDates)
	}
}
