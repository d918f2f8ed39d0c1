package index

import (
	"bytes"
	"context"
	"fmt"
	"path/filepath"
	"slices"
	"testing"
	"time"

	"github.com/blevesearch/bleve/v2"
	bindex "github.com/blevesearch/bleve_index_api"
	"github.com/rs/zerolog"

	"github.com/citewatch/citewatch"
)

// bulkPages are synthetic pages, and pages written for what a bulk build
// must make of them as the index would: a value stated by more pages than
// a value lists, a cell of more values than a cell lists, one citation
// given by two facts, dates of other precisions on the same day, facts
// without IDs, counts undated, dated by their table or by their page, a
// treaty whose fact is written twice under one ID, and one whose fetch
// time JSON does not give back as it is.
func bulkPages() ([]*citewatch.Document, [][]citewatch.Fact) {
	docs, facts := synthPages(3000, 7)
	fetched := time.Date(2025, 3, 1, 0, 0, 0, 0, time.UTC)
	page := func(n int, published citewatch.Date, fs ...citewatch.Fact) {
		doc := &citewatch.Document{
			URL: fmt.Sprintf("https://bulk.example/%d", n), Title: "Bulk", Publisher: "Bulk", Language: "en", Published: published,
			FetchedAt: fetched, WARCRecordID: fmt.Sprintf("<urn:uuid:bulk-%d>", n),
		}
		for i := range fs {
			f := &fs[i]
			f.Citation = citewatch.Citation{
				URL: doc.URL, Title: doc.Title, Publisher: doc.Publisher, WARCRecordID: doc.WARCRecordID, FetchedAt: fetched,
				Published: published, Quote: fmt.Sprintf("Sentence %d of page %d.", i, n), Span: citewatch.Span{Start: 10 * i, End: 10*i + 5}, Extractor: "test",
			}
			if f.ID == "" && i%2 == 0 {
				f.ID = f.StableID()
			}
		}
		docs = append(docs, doc)
		facts = append(facts, fs)
	}
	day := func(y, m, d int) citewatch.Date { return citewatch.DayDate(y, time.Month(m), d) }
	fact := func(ev citewatch.Event, party string, d citewatch.Date) citewatch.Fact {
		return citewatch.Fact{Treaty: "T-BULK", Event: ev, Party: party, Date: d}
	}
	n := 0
	// Twelve pages give Norway's signature on one day, and each gives
	// one other day; and the adoption on a day and in a month, Iceland's
	// ratification in a year and on its first day.
	for k := range 12 {
		n++
		page(n, day(2020, 1, 1+k), fact(citewatch.EventSigned, "NOR", day(2024, 9, 5)), fact(citewatch.EventSigned, "NOR", day(2024, 10, 1+k)),
			fact(citewatch.EventAdopted, "", day(2024, 5, 17)), fact(citewatch.EventAdopted, "NOR", citewatch.Date{Year: 2024, Month: 5, Precision: citewatch.PrecisionMonth}),
			fact(citewatch.EventRatified, "ISL", citewatch.Date{Year: 2025, Precision: citewatch.PrecisionYear}), fact(citewatch.EventRatified, "ISL", day(2025, 1, 1)),
			fact(citewatch.EventDenounced, "GEO", day(2026, 1, 1)))
	}
	// One citation, two facts (their places differ).
	n++
	twice := fact(citewatch.EventEnteredIntoForce, "", day(2025, 11, 1))
	page(n, day(2025, 11, 2), twice)
	again := facts[len(facts)-1][0]
	again.Place, again.ID = "Strasbourg", "another"
	facts[len(facts)-1] = append(facts[len(facts)-1], again)
	// Counts: as of their tables, of their pages, of their own dates, and
	// two counts for the latest date.
	for k := range 4 {
		n++
		c := fact(citewatch.EventPartyCount, "", citewatch.Date{})
		c.Count, c.AsOf = 10+k, day(2025, 1+k%2, 1)
		d := fact(citewatch.EventSignatoryCount, "", citewatch.Date{})
		d.Count = 20 + k
		e := fact(citewatch.EventPartyCount, "", day(2024, 1, 1))
		e.Count = 5
		page(n, day(2025, 2, 1), c, d, e)
	}
	// Facts in another order than they come in: of two values as well
	// supported on the same day, the one whose first fact comes first
	// in order is first, with that fact's date; of two facts giving one
	// citation, the first in order gives it.
	year := citewatch.Date{Year: 2025, Precision: citewatch.PrecisionYear, Resolved: "later"}
	z1, m1 := fact(citewatch.EventRatified, "PRT", year), fact(citewatch.EventRatified, "PRT", day(2025, 1, 1))
	z1.ID, m1.ID = "z1", "m1"
	n++
	page(n, day(2025, 1, 1), z1, m1)
	a1, m2 := z1, m1
	a1.ID, a1.Date.Resolved, m2.ID = "a1", "earlier", "m2"
	n++
	page(n, day(2025, 1, 2), a1, m2)
	k2, k1 := fact(citewatch.EventSigned, "PRT", day(2024, 1, 1)), fact(citewatch.EventSigned, "PRT", day(2024, 1, 1))
	k2.ID, k1.ID, k1.Place = "k2", "k1", "Lisbon"
	n++
	page(n, day(2025, 1, 3), k2, k1)
	last := facts[len(facts)-1]
	last[1].Citation = last[0].Citation
	last[1].Citation.Title = "The first in order"

	// Written twice under one ID: the index keeps the last, here once
	// for another treaty.
	for k := range 2 {
		n++
		f := fact(citewatch.EventSigned, "AND", day(2024, 9, 5+k))
		f.Treaty, f.ID = "T-TWICE", "twice"
		moved := fact(citewatch.EventSigned, "AND", day(2024, 9, 5))
		moved.Treaty, moved.ID = "T-MOVED", "moved"
		if k == 1 {
			moved.Treaty = "T-TWICE"
		}
		stays := fact(citewatch.EventSigned, "AND", day(2024, 9, 5))
		stays.Treaty = "T-MOVED"
		page(n, day(2025, 1, 1), f, fact(citewatch.EventSigned, "AND", day(2024, 9, 5)), moved, stays)
	}
	// A fetch time outside UTC.
	n++
	f := fact(citewatch.EventSigned, "AND", day(2024, 9, 5))
	f.Treaty = "T-ZONE"
	page(n, day(2025, 1, 1), f)
	facts[len(facts)-1][0].Citation.FetchedAt = fetched.In(time.FixedZone("CET", 3600))
	return docs, facts
}

// TestBulkSummariesAsReadBack builds an index through the bulk path and
// compares the summary it wrote of every treaty, byte for byte, with the
// one made from the facts the index holds, as Put makes them.
func TestBulkSummariesAsReadBack(t *testing.T) {
	readBack := checkBulkBuild(t)
	if want := []string{"T-MOVED", "T-TWICE", "T-ZONE"}; !slices.Equal(readBack, want) {
		t.Errorf("treaties read back: %v, want %v", readBack, want)
	}
	// With less room, the treaties that hold the most are read back.
	defer func(b int) { bulkSummaryBudget = b }(bulkSummaryBudget)
	bulkSummaryBudget = 512 << 10
	readBack = checkBulkBuild(t)
	if len(readBack) <= 3 || len(readBack) >= len(synthTreaties)+3 {
		t.Errorf("treaties read back with %d bytes: %v", bulkSummaryBudget, readBack)
	}
}

// checkBulkBuild builds an index of bulkPages through the bulk path,
// compares its summaries with those read back, and returns the
// treaties whose summaries were read back.
func checkBulkBuild(t *testing.T) []string {
	t.Helper()
	ctx := context.Background()
	docs, facts := bulkPages()
	path := filepath.Join(t.TempDir(), "index.bleve")
	bd := bounds{facts: DefaultMaxFacts, passages: DefaultMaxPassages, log: zerolog.Nop()}
	_, err := build(ctx, path, bd, func(yield func(*citewatch.Document, []citewatch.Fact) error) error {
		for i, doc := range docs {
			if err := yield(doc, facts[i]); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}

	// Which treaties the build made as the facts went by.
	sums := newBulkSummaries()
	for _, fs := range facts {
		kept, _, _ := boundFacts(fs, bd.facts)
		for _, f := range kept {
			sums.add(f)
		}
	}
	var readBack []string
	for treaty, s := range sums.treaties {
		if s.readBack {
			readBack = append(readBack, treaty)
		}
	}
	slices.Sort(readBack)

	ix, err := Open(path, Options{ReadOnly: true}, zerolog.Nop())
	if err != nil {
		t.Fatal(err)
	}
	defer func() { must(t, ix.Close()) }()
	all, err := ix.Facts(ctx, citewatch.FactQuery{})
	if err != nil {
		t.Fatal(err)
	}
	partiesOf := map[string][]string{}
	for _, f := range all {
		if !slices.Contains(partiesOf[f.Treaty], f.Party) {
			partiesOf[f.Treaty] = append(partiesOf[f.Treaty], f.Party)
		}
	}
	if len(partiesOf) != len(sums.treaties) {
		t.Errorf("%d treaties indexed, %d summed", len(partiesOf), len(sums.treaties))
	}
	bi, err := ix.acquire(false)
	if err != nil {
		t.Fatal(err)
	}
	defer ix.release()
	if !hasSummaries(bi) {
		t.Fatal("the built index is not marked as keeping summaries")
	}
	for treaty, parties := range partiesOf {
		if !slices.Contains(parties, "") {
			parties = append(parties, "")
		}
		old, err := summarize(ctx, bi, treaty, parties, pending{})
		if err != nil || old == nil {
			t.Fatalf("%s: read back: %v, %v", treaty, old, err)
		}
		want, err := encodeSummary(old)
		if err != nil {
			t.Fatal(err)
		}
		got := storedSummaryData(t, bi, treaty)
		if !bytes.Equal(got, want) {
			gt, _ := decodeSummary(got)
			wt, _ := decodeSummary(want)
			t.Errorf("%s: the summary of the build is not the one read back:\n%+v\nwant\n%+v", treaty, gt, wt)
		}
	}

	// What the pages were written to show.
	st, err := ix.Status(ctx, "T-BULK", citewatch.Date{})
	if err != nil {
		t.Fatal(err)
	}
	var nor Row
	for _, r := range st.Rows {
		if r.Party == "NOR" {
			nor = r
		}
		if r.Party == "GEO" {
			t.Errorf("a row for a party that only denounced: %+v", r)
		}
	}
	if v := nor.Signed.Values; len(v) != MaxCellValues || nor.Signed.Omitted != 13-MaxCellValues ||
		v[0].Date != citewatch.DayDate(2024, 9, 5) || len(v[0].Citations) != MaxValueCitations || v[0].MoreCitations != 12-MaxValueCitations {
		t.Errorf("Norway's signature: %+v", nor.Signed)
	}
	for _, r := range st.Rows {
		if r.Party != "PRT" {
			continue
		}
		if v := r.Consent.Values; len(v) != 2 || v[0].Date.Precision != citewatch.PrecisionYear || v[0].Date.Resolved != "earlier" {
			t.Errorf("values as well supported on the same day: %+v", r.Consent)
		}
		if v := r.Signed.Values; len(v) != 1 || len(v[0].Citations) != 1 || v[0].Citations[0].Title != "The first in order" {
			t.Errorf("a citation given by two facts: %+v", r.Signed)
		}
	}
	if v := st.InForce.Values; len(v) != 1 || len(v[0].Citations) != 1 {
		t.Errorf("one citation given by two facts: %+v", st.InForce)
	}
	if v := st.Parties.Values; len(v) != 2 || v[0].Count != 11 && v[0].Count != 13 || !st.Parties.Disagree {
		t.Errorf("party counts as of the latest table: %+v", st.Parties)
	}
	return readBack
}

// storedSummaryData returns the summary of treaty as the index stores it.
func storedSummaryData(t *testing.T, bi bleve.Index, treaty string) []byte {
	t.Helper()
	d, err := bi.Document(summaryID(treaty))
	if err != nil || d == nil {
		t.Fatalf("summary of %s: %v, %v", treaty, d, err)
	}
	var data []byte
	d.VisitFields(func(f bindex.Field) {
		if f.Name() == fieldSummary {
			data = slices.Clone(f.Value())
		}
	})
	return data
}
