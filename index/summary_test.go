package index

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"path/filepath"
	"sync"
	"testing"
	"time"

	"github.com/rs/zerolog"

	"github.com/citewatch/citewatch"
)

// checkSummaries compares the table of each treaty read from the
// summaries with the table built from its facts: they are the same, and
// a treaty without facts has neither.
func checkSummaries(t *testing.T, ix *Index, stage string, treaties ...string) {
	t.Helper()
	ctx := context.Background()
	for _, treaty := range treaties {
		facts, err := ix.Facts(ctx, citewatch.FactQuery{Treaty: treaty})
		if err != nil {
			t.Fatal(err)
		}
		bi, err := ix.acquire(false)
		if err != nil {
			t.Fatal(err)
		}
		got, ok, err := statusFromSummaries(bi, treaty)
		ix.release()
		if !ok {
			t.Fatalf("%s: the index keeps no summaries", stage)
		}
		if len(facts) == 0 {
			if !errors.Is(err, citewatch.ErrNotFound) {
				t.Errorf("%s: %s has no facts, and its table from the summaries is %+v, %v", stage, treaty, got, err)
			}
			continue
		}
		if err != nil {
			t.Fatalf("%s: %s: %v", stage, treaty, err)
		}
		g, _ := json.MarshalIndent(got, "", " ")
		w, _ := json.MarshalIndent(statusTable(treaty, citewatch.Date{}, facts), "", " ")
		if string(g) != string(w) {
			t.Errorf("%s: %s: the table from the summaries\n%s\nwant the table from the facts\n%s", stage, treaty, g, w)
		}
		st, err := ix.Status(ctx, treaty, citewatch.Date{})
		if s, _ := json.MarshalIndent(st, "", " "); err != nil || string(s) != string(w) {
			t.Errorf("%s: %s: Status gives another table than the facts (%v)", stage, treaty, err)
		}
	}
}

// TestSummariesFollowTheFacts puts pages, puts some again with other
// facts, takes a page's facts away, puts facts without a page, puts pages
// at once, and rebuilds: after each, the tables read from the summaries
// are those of the facts, in memory and on disk.
func TestSummariesFollowTheFacts(t *testing.T) {
	day := func(y, m, d int) citewatch.Date { return citewatch.DayDate(y, time.Month(m), d) }
	f := func(treaty string, ev citewatch.Event, party string, d citewatch.Date) citewatch.Fact {
		return citewatch.Fact{Treaty: treaty, Event: ev, Party: party, Date: d}
	}
	ctx := context.Background()
	for _, inMemory := range []bool{true, false} {
		name := fmt.Sprintf("in memory %v", inMemory)
		ix, err := Open(filepath.Join(t.TempDir(), "index.bleve"), Options{InMemory: inMemory, Linger: time.Hour}, zerolog.Nop())
		if err != nil {
			t.Fatal(err)
		}
		putTablePages(t, ix)
		putTablePage(t, ix, "https://other.example/", []citewatch.Fact{
			f("CETS-185", citewatch.EventSigned, "NOR", day(2001, 11, 23)), f("CETS-225", citewatch.EventSigned, "ISL", day(2024, 9, 5)),
		})
		checkSummaries(t, ix, name+", put", "CETS-225", "CETS-185")

		// Page c1 again: other dates, another party, and no longer Chile.
		putTablePage(t, ix, "https://c1.example/", []citewatch.Fact{
			f("CETS-225", citewatch.EventRatified, "PER", day(2001, 1, 2)), f("CETS-225", citewatch.EventSigned, "ISL", day(2024, 9, 6)),
			f("CETS-225", citewatch.EventEnteredIntoForce, "", day(2026, 1, 1)),
		})
		checkSummaries(t, ix, name+", put again", "CETS-225", "CETS-185")

		// Page a without its facts: Georgia, said by it alone, has no row.
		putTablePage(t, ix, "https://a.example/", nil)
		checkSummaries(t, ix, name+", facts taken away", "CETS-225", "CETS-185")
		if st, err := ix.Status(ctx, "CETS-225", citewatch.Date{}); err != nil || len(st.Rows) == 0 || st.Rows[0].Party == "GEO" || !st.Adopted.Empty() {
			t.Errorf("%s: after page a lost its facts: %+v, %v", name, st, err)
		}

		// Facts without a page.
		loose := f("CETS-225", citewatch.EventSigned, "GEO", day(2024, 9, 7))
		loose.Citation = citewatch.Citation{URL: "https://d.example/", Quote: "Georgia signed on 7 September 2024.", Extractor: "test"}
		if err := ix.Put(ctx, nil, []citewatch.Fact{loose}); err != nil {
			t.Fatal(err)
		}
		checkSummaries(t, ix, name+", facts without a page", "CETS-225", "CETS-185")

		// Two facts of one ID: the index keeps the last.
		first, second := loose, loose
		first.ID, second.ID = "twice", "twice"
		first.Party, second.Party = "ARM", "ARM"
		second.Date = day(2024, 9, 8)
		if err := ix.Put(ctx, nil, []citewatch.Fact{first, second}); err != nil {
			t.Fatal(err)
		}
		checkSummaries(t, ix, name+", two facts of one ID", "CETS-225", "CETS-185")

		// A page whose entries are written in several batches (a passage
		// and a fact a sentence, the facts after the passages, so that some
		// are written before the summary is made), twice.
		for _, d := range []int{1, 2} {
			var big []citewatch.Fact
			for i := range bulkBatch/2 + 100 {
				c := f("CETS-225", citewatch.EventSignatoryCount, "", citewatch.Date{})
				c.Count, c.AsOf = i+d, day(2020+i%5, d, 1)
				big = append(big, c)
			}
			putTablePage(t, ix, "https://big.example/", big)
			checkSummaries(t, ix, fmt.Sprintf("%s, a page written in parts (%d)", name, d), "CETS-225", "CETS-185")
		}

		// Pages put at once.
		var wg sync.WaitGroup
		for k := range 4 {
			wg.Go(func() {
				putTablePage(t, ix, fmt.Sprintf("https://e%d.example/", k), []citewatch.Fact{
					f("CETS-225", citewatch.EventSigned, "NOR", day(2024, 9, 5+k)), f("CETS-185", citewatch.EventRatified, "NOR", day(2006, 6, 1+k)),
				})
			})
		}
		wg.Wait()
		checkSummaries(t, ix, name+", pages at once", "CETS-225", "CETS-185")

		// The only page of CETS-185 facts but those, then without them.
		for k := range 4 {
			putTablePage(t, ix, fmt.Sprintf("https://e%d.example/", k), nil)
		}
		putTablePage(t, ix, "https://other.example/", nil)
		checkSummaries(t, ix, name+", a treaty's facts all taken away", "CETS-225", "CETS-185")

		if !inMemory {
			err := ix.Rebuild(ctx, func(yield func(*citewatch.Document, []citewatch.Fact) error) error {
				for url, facts := range tablePages() {
					doc := &citewatch.Document{URL: url, Text: "x"}
					for i := range facts {
						facts[i].Citation = citewatch.Citation{URL: url, Quote: fmt.Sprintf("Sentence %d.", i), Extractor: "test"}
					}
					if err := yield(doc, facts); err != nil {
						return err
					}
				}
				return nil
			})
			if err != nil {
				t.Fatal(err)
			}
			checkSummaries(t, ix, name+", rebuilt", "CETS-225", "CETS-185")
		}
		must(t, ix.Close())
	}
}

// TestIndexWithoutSummaries: an index whose summaries were made under
// other bounds (or not at all) builds its tables from the facts, and a
// Put there writes none.
func TestIndexWithoutSummaries(t *testing.T) {
	ctx := context.Background()
	ix, err := Open("", Options{InMemory: true}, zerolog.Nop())
	if err != nil {
		t.Fatal(err)
	}
	defer func() { must(t, ix.Close()) }()
	bi, err := ix.acquire(true)
	if err != nil {
		t.Fatal(err)
	}
	err = bi.SetInternal([]byte(summaryKey), []byte("0 values 1 citations 1"))
	ix.release()
	if err != nil {
		t.Fatal(err)
	}
	putTablePages(t, ix)
	bi, err = ix.acquire(false)
	if err != nil {
		t.Fatal(err)
	}
	_, ok, _ := statusFromSummaries(bi, "CETS-225")
	written, err := readSummary(bi, "CETS-225")
	ix.release()
	if ok || written != nil || err != nil {
		t.Errorf("an index marked with other summaries: read from them %v, summary written %v (%v)", ok, written != nil, err)
	}
	facts, err := ix.Facts(ctx, citewatch.FactQuery{Treaty: "CETS-225"})
	if err != nil {
		t.Fatal(err)
	}
	st, err := ix.Status(ctx, "CETS-225", citewatch.Date{})
	g, _ := json.Marshal(st)
	w, _ := json.Marshal(statusTable("CETS-225", citewatch.Date{}, facts))
	if err != nil || string(g) != string(w) {
		t.Errorf("status of an index without summaries: %s, %v; want %s", g, err, w)
	}
}
