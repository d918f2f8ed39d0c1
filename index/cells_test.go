package index

import (
	"context"
	"crypto/sha256"
	"encoding/json"
	"fmt"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/rs/zerolog"

	"github.com/citewatch/citewatch"
)

// tablePages are pages whose facts try what a status table must get
// right: the same sentence giving two facts (one citation), values with
// as many citations as each other on the same day (ties kept in the
// order of the facts), dates at different precisions starting the same
// day, a date completed from context (its wording kept), counts that
// speak for a table's date, facts without IDs, and more values than a
// cell lists.
func tablePages() map[string][]citewatch.Fact {
	day := func(y, m, d int) citewatch.Date { return citewatch.DayDate(y, time.Month(m), d) }
	month := citewatch.Date{Year: 2024, Month: 9, Precision: citewatch.PrecisionMonth}
	year := citewatch.Date{Year: 2024, Precision: citewatch.PrecisionYear}
	resolved := day(2025, 2, 11)
	resolved.Resolved = `"today" relative to publication date 2025-02-11`
	f := func(ev citewatch.Event, party string, d citewatch.Date) citewatch.Fact {
		return citewatch.Fact{Treaty: "CETS-225", Event: ev, Party: party, Date: d}
	}
	count := func(ev citewatch.Event, n int, asOf citewatch.Date) citewatch.Fact {
		x := f(ev, "", citewatch.Date{})
		x.Count, x.AsOf = n, asOf
		return x
	}
	pages := map[string][]citewatch.Fact{
		"https://a.example/": {
			f(citewatch.EventAdopted, "", day(2024, 5, 17)), f(citewatch.EventOpened, "", day(2024, 9, 5)),
			f(citewatch.EventSigned, "NOR", day(2024, 9, 5)), f(citewatch.EventSigned, "JPN", resolved), f(citewatch.EventSigned, "GEO", resolved),
			f(citewatch.EventRatified, "JPN", day(2025, 2, 11)), f(citewatch.EventAccepted, "JPN", day(2025, 2, 11)),
			count(citewatch.EventSignatoryCount, 13, day(2025, 3, 10)), count(citewatch.EventPartyCount, 0, day(2025, 3, 10)),
			f(citewatch.EventEnteredIntoForce, "", citewatch.Date{}),
		},
		"https://b.example/": {
			f(citewatch.EventOpened, "", month), f(citewatch.EventOpened, "", year), f(citewatch.EventOpened, "", day(2024, 1, 1)),
			f(citewatch.EventSigned, "NOR", day(2024, 9, 6)), f(citewatch.EventSigned, "JPN", day(2025, 2, 11)),
			count(citewatch.EventSignatoryCount, 12, day(2025, 3, 10)), f(citewatch.EventSigned, "CHL", citewatch.Date{}),
		},
	}
	for k := range 3 {
		var fs []citewatch.Fact
		for i := range 5 {
			fs = append(fs, f(citewatch.EventSigned, "CHL", day(1990+i, 1+k, 1)), f(citewatch.EventRatified, "PER", day(2000, 1+i, 1+k)))
		}
		pages[fmt.Sprintf("https://c%d.example/", k)] = fs
	}
	return pages
}

// putTablePages puts each page of tablePages as a document of its own,
// one sentence a fact, but two facts of page a from one sentence; facts
// of page b have no IDs.
func putTablePages(t *testing.T, ix *Index) {
	t.Helper()
	for url, facts := range tablePages() {
		putTablePage(t, ix, url, facts)
	}
}

// putTablePage puts facts as the page at url, as putTablePages does.
func putTablePage(t *testing.T, ix *Index, url string, facts []citewatch.Fact) {
	t.Helper()
	doc := &citewatch.Document{URL: url, Title: "Treaty news", FetchedAt: time.Date(2025, 3, 12, 0, 0, 0, 0, time.UTC),
		Published: citewatch.DayDate(2025, 3, 11)}
	var text string
	for i := range facts {
		s := fmt.Sprintf("Sentence %d of %s says %s.", i, url, facts[i].Event)
		if url == "https://a.example/" && i == 1 {
			// said in the sentence before
			facts[i].Citation = facts[i-1].Citation
			facts[i].Citation.Publisher = "second"
		} else {
			sp := citewatch.Span{Start: len(text), End: len(text) + len(s)}
			text += s + " "
			doc.Sentences = append(doc.Sentences, sp)
			facts[i].Citation = citewatch.Citation{URL: url, Quote: s, Span: sp, Extractor: "test", Published: doc.Published}
		}
		if url != "https://b.example/" {
			facts[i].ID = fmt.Sprintf("%s-%02d", url, len(facts)-i) // IDs against page order
		}
	}
	doc.Text = text
	doc.PayloadDigest = fmt.Sprintf("sha256:%x", sha256.Sum256([]byte(fmt.Sprint(facts))))
	if err := ix.Put(context.Background(), doc, facts); err != nil {
		t.Fatal(err)
	}
}

// TestStatusFromCellsIsTheTableOfTheFacts builds status tables from the
// cell terms and from the facts, in memory and on disk (where each page
// is a segment of its own), as of several dates: they are the same.
func TestStatusFromCellsIsTheTableOfTheFacts(t *testing.T) {
	ctx := context.Background()
	for _, inMemory := range []bool{true, false} {
		ix, err := Open(filepath.Join(t.TempDir(), "index.bleve"), Options{InMemory: inMemory, Linger: time.Hour}, zerolog.Nop())
		if err != nil {
			t.Fatal(err)
		}
		putTablePages(t, ix)
		facts, err := ix.Facts(ctx, citewatch.FactQuery{Treaty: "CETS-225"})
		if err != nil {
			t.Fatal(err)
		}
		bi, err := ix.acquire(false)
		if err != nil {
			t.Fatal(err)
		}
		for _, asOf := range []citewatch.Date{{}, citewatch.DayDate(2025, 3, 10), citewatch.DayDate(2025, 2, 11), {Year: 2024, Precision: citewatch.PrecisionYear}, citewatch.DayDate(1991, 6, 1)} {
			got, err := statusFromCells(ctx, bi, "CETS-225", asOf)
			if err != nil {
				t.Fatalf("in memory %v, as of %s: %v", inMemory, asOf, err)
			}
			want := statusTable("CETS-225", asOf, facts)
			g, _ := json.MarshalIndent(got, "", " ")
			w, _ := json.MarshalIndent(want, "", " ")
			if string(g) != string(w) {
				t.Errorf("in memory %v, as of %s: the table from cells\n%s\nwant the table from facts\n%s", inMemory, asOf, g, w)
			}
		}
		if _, err := statusFromCells(ctx, bi, "CETS-999", citewatch.Date{}); err == nil {
			t.Error("a treaty without facts has a table")
		}
		ix.release()
		must(t, ix.Close())
	}
}

// TestStatusOfAnOlderIndex: facts indexed without cell terms (an index
// written before them, and before summaries) still give their table, from
// the facts.
func TestStatusOfAnOlderIndex(t *testing.T) {
	ctx := context.Background()
	ix, err := Open("", Options{InMemory: true}, zerolog.Nop())
	if err != nil {
		t.Fatal(err)
	}
	defer func() { must(t, ix.Close()) }()
	putTablePages(t, ix)
	old := citewatch.Fact{Treaty: "CETS-225", Event: citewatch.EventSigned, Party: "ISL", Date: citewatch.DayDate(2024, 9, 5),
		Citation: citewatch.Citation{URL: "https://old.example/", Quote: "Iceland signed on 5 September 2024."}}
	e, err := factEntry(nil, old)
	if err != nil {
		t.Fatal(err)
	}
	delete(e, fieldCell)
	bi, err := ix.acquire(true)
	if err != nil {
		t.Fatal(err)
	}
	err = bi.Index(factID(old), e)
	if err == nil {
		err = bi.DeleteInternal([]byte(summaryKey))
	}
	if err == nil {
		_, err = statusFromCells(ctx, bi, "CETS-225", citewatch.Date{})
		if err != errNoCells {
			t.Errorf("statusFromCells over a fact without its cell term: %v, want errNoCells", err)
		}
	}
	ix.release()
	if err != nil && err != errNoCells {
		t.Fatal(err)
	}
	st, err := ix.Status(ctx, "CETS-225", citewatch.Date{})
	if err != nil {
		t.Fatal(err)
	}
	found := false
	for _, r := range st.Rows {
		found = found || r.Party == "ISL" && len(r.Signed.Values) == 1
	}
	if !found {
		t.Errorf("the older fact is not in the table: %+v", st.Rows)
	}
}

// TestISODate reads what Date.String writes as ParseDate does.
func TestISODate(t *testing.T) {
	for _, s := range []string{"2024", "2024-09", "2024-09-05", "1990-12-31", "2024-13", "2024-9-5", "24", "x024", "2024-09-5x", ""} {
		want, werr := citewatch.ParseDate(s)
		got, err := dates{}.parse(s)
		if (err != nil) != (werr != nil) || got != want {
			t.Errorf("parse(%q) = %v, %v; ParseDate gives %v, %v", s, got, err, want, werr)
		}
	}
}

// TestCellTerms reads back what a cell term holds, in the form written
// now (the entry ID left out when it is the fact's ID with its prefix,
// the digest in base64) and in the form of indexes written before.
func TestCellTerms(t *testing.T) {
	f := citewatch.Fact{ID: "4f1c", Treaty: "CETS-225", Event: citewatch.EventSigned, Party: "NOR", Date: citewatch.DayDate(2024, time.September, 5),
		Citation: citewatch.Citation{URL: "https://a.example/", Quote: "Norway signed it.", Span: citewatch.Span{Start: 3, End: 20}}}
	noID := f
	noID.ID = ""
	for _, tc := range []struct {
		name, term, entry, id string
	}{
		{"with ID", cellTerm(f, factID(f)), "f:4f1c", "4f1c"},
		{"without ID", cellTerm(noID, factID(noID)), factID(noID), ""},
		{"older index", strings.Join([]string{"signed", "NOR", "2024-09-05", "0", "2024-09-05", "00112233445566778899aabb", "4f1c", "f:4f1c"}, facetKeySep), "f:4f1c", "4f1c"},
	} {
		c, ok := parseCell(tc.term, dates{})
		if !ok {
			t.Fatalf("%s: %q not read", tc.name, tc.term)
		}
		if c.entry != tc.entry || c.fact.ID != tc.id || c.fact.Event != citewatch.EventSigned || c.fact.Party != "NOR" || c.fact.Date != f.Date {
			t.Errorf("%s: read entry %q, fact %+v", tc.name, c.entry, c.fact)
		}
	}
	if term := cellTerm(f, factID(f)); strings.Count(term, "4f1c") != 1 {
		t.Errorf("the fact's ID is written more than once: %q", term)
	}
	other := f
	other.Citation.Span = citewatch.Span{Start: 4, End: 21}
	a, _ := parseCell(cellTerm(f, factID(f)), dates{})
	b, _ := parseCell(cellTerm(other, factID(other)), dates{})
	if a.fact.Citation.URL == b.fact.Citation.URL {
		t.Errorf("two citations have the same digest %q", a.fact.Citation.URL)
	}
}
