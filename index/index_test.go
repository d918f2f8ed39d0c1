package index_test

import (
	"bytes"
	"context"
	"encoding/csv"
	"errors"
	"reflect"
	"sort"
	"strings"
	"testing"

	"github.com/rs/zerolog"

	"github.com/citewatch/citewatch"
	"github.com/citewatch/citewatch/index"
	"github.com/citewatch/citewatch/index/indextest"
)

// The dataset states the true CETS-225 timeline, except one news page that
// is meant to be wrong: it dates Japan's signature 12 February 2025 (true:
// 11 February) and the opening for signature September 2023 (true: 5
// September 2024).
const dataset = "testdata/cets225.json"

func TestSearchHitsAndFacets(t *testing.T) {
	ix := indextest.Build(t, dataset)
	res, err := ix.Search(context.Background(), index.Request{
		Query:  "signed",
		Facets: []string{"party", "event", "year"},
		Limit:  50,
	})
	if err != nil {
		t.Fatal(err)
	}
	// Facts whose quote says "signed": 10 on opening day, Montenegro,
	// Canada, Japan twice. "signatures" stems elsewhere.
	if res.Total != 14 {
		t.Errorf("Total = %d, want 14", res.Total)
	}
	counts := func(name string) map[string]int {
		m := map[string]int{}
		for _, b := range res.Facets[name] {
			m[b.Value] = b.Count
		}
		return m
	}
	if got := counts("event"); got["signed"] != 14 || len(got) != 1 {
		t.Errorf("event facet = %v, want signed 14 only", got)
	}
	if got := counts("party"); got["JPN"] != 2 || got["MNE"] != 1 {
		t.Errorf("party facet = %v, want JPN 2, MNE 1", got)
	}
	if got := counts("year"); got["2024"] != 11 || got["2025"] != 3 {
		t.Errorf("year facet = %v, want 2024: 11, 2025: 3", got)
	}
	for _, h := range res.Hits {
		if len(h.Matches) == 0 {
			t.Errorf("hit %s has no highlighted match", h.Fact.ID)
		}
	}
}

func TestSearchFiltersSortAndHighlight(t *testing.T) {
	ix := indextest.Build(t, dataset)
	ctx := context.Background()
	res, err := ix.Search(ctx, index.Request{Query: "Paris", Party: "JPN", Sort: "date"})
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Hits) != 2 {
		t.Fatalf("Paris + JPN: %d hits, want 2", len(res.Hits))
	}
	if d := res.Hits[0].Fact.Date.String(); d != "2025-02-11" {
		t.Errorf("first hit by date = %s, want 2025-02-11", d)
	}
	if got := res.Hits[0].Highlight("[", "]"); !strings.Contains(got, "[Paris]") {
		t.Errorf("highlight = %q, want [Paris] marked", got)
	}

	res, err = ix.Search(ctx, index.Request{Kind: "government", Since: citewatch.DayDate(2025, 1, 1), Until: citewatch.DayDate(2025, 2, 11)})
	if err != nil {
		t.Fatal(err)
	}
	if res.Total != 2 { // Canada and Japan signed; the undated count is out
		t.Errorf("government facts dated in 2025 up to 11 February: %d, want 2", res.Total)
	}

	res, err = ix.Search(ctx, index.Request{Source: "news.example.com", DateRanges: []index.DateRange{
		{Name: "before 2024", End: citewatch.Date{Year: 2023, Precision: citewatch.PrecisionYear}},
		{Name: "2025", Start: citewatch.Date{Year: 2025, Precision: citewatch.PrecisionYear}},
	}})
	if err != nil {
		t.Fatal(err)
	}
	if res.Total != 2 || res.DateRanges[0].Count != 1 || res.DateRanges[1].Count != 1 {
		t.Errorf("news page: total %d, date ranges %+v; want 2 facts, one in 2023 and one in 2025", res.Total, res.DateRanges)
	}

	// French analysis: "ouvertes" stems like "ouverte".
	res, err = ix.Search(ctx, index.Request{Query: "quote_fr:ouvertes"})
	if err != nil {
		t.Fatal(err)
	}
	if res.Total != 1 || res.Hits[0].Language != "fr" {
		t.Errorf("quote_fr:ouvertes: %d hits, want the French page's fact", res.Total)
	}

	if _, err := ix.Search(ctx, index.Request{Query: `quote:"unclosed`}); !errors.Is(err, citewatch.ErrInvalid) {
		t.Errorf("bad query: err = %v, want ErrInvalid", err)
	}
	if _, err := ix.Search(ctx, index.Request{Facets: []string{"quote"}}); !errors.Is(err, citewatch.ErrInvalid) {
		t.Errorf("facet on quote: err = %v, want ErrInvalid", err)
	}
}

func TestSearchPaging(t *testing.T) {
	ix := indextest.Build(t, dataset)
	var ids []string
	for off := 0; off < 20; off += 5 {
		res, err := ix.Search(context.Background(), index.Request{Event: citewatch.EventSigned, Sort: "-date", Limit: 5, Offset: off})
		if err != nil {
			t.Fatal(err)
		}
		for _, h := range res.Hits {
			ids = append(ids, h.Fact.ID)
		}
	}
	if len(ids) != 14 {
		t.Fatalf("paged through %d signed facts, want 14", len(ids))
	}
	seen := map[string]bool{}
	for _, id := range ids {
		if seen[id] {
			t.Errorf("fact %s returned on two pages", id)
		}
		seen[id] = true
	}
}

func TestStatusAsOf(t *testing.T) {
	ix := indextest.Build(t, dataset)
	ctx := context.Background()
	st, err := ix.Status(ctx, "CETS-225", citewatch.DayDate(2025, 1, 1))
	if err != nil {
		t.Fatal(err)
	}
	var parties []string
	for _, r := range st.Rows {
		if !r.Signed.Empty() {
			parties = append(parties, r.Party)
		}
	}
	want := []string{"AND", "EUE", "GBR", "GEO", "ISL", "ISR", "MDA", "MNE", "NOR", "SMR", "USA"}
	if !reflect.DeepEqual(parties, want) {
		t.Errorf("signed as of 2025-01-01 = %v, want %v", parties, want)
	}
	if st.Signatories.Empty() == false {
		t.Errorf("signatory count as of 2025-01-01 = %+v, want none (first stated 2025-02-11)", st.Signatories)
	}

	st, err = ix.Status(ctx, "CETS-225", citewatch.Date{})
	if err != nil {
		t.Fatal(err)
	}
	var jpn *index.Row
	for i := range st.Rows {
		if st.Rows[i].Party == "JPN" {
			jpn = &st.Rows[i]
		}
	}
	if jpn == nil {
		t.Fatal("no row for JPN")
	}
	if !jpn.Signed.Disagree || len(jpn.Signed.Values) != 2 {
		t.Fatalf("JPN signed = %+v, want two disagreeing values", jpn.Signed)
	}
	dates := map[string]string{}
	for _, v := range jpn.Signed.Values {
		dates[v.Date.String()] = v.Citations[0].URL
	}
	if !strings.Contains(dates["2025-02-11"], "mofa.go.jp") || !strings.Contains(dates["2025-02-12"], "news.example.com") {
		t.Errorf("JPN signed values = %v, want 2025-02-11 from mofa.go.jp and 2025-02-12 from news.example.com", dates)
	}
	if !st.Opened.Disagree || len(st.Opened.Values[0].Citations) != 2 || st.Opened.Values[0].Date.String() != "2024-09-05" {
		t.Errorf("opened = %+v, want 2024-09-05 first with 2 citations, disagreeing with 2023-09", st.Opened)
	}
	if st.Signatories.Empty() || st.Signatories.Values[0].Count != 13 {
		t.Errorf("signatories = %+v, want 13", st.Signatories)
	}
	if n := st.Disagreements(); n != 2 {
		t.Errorf("Disagreements() = %d, want 2", n)
	}
	if _, err := ix.Status(ctx, "ETS-185", citewatch.Date{}); !errors.Is(err, citewatch.ErrNotFound) {
		t.Errorf("status of an unknown treaty: err = %v, want ErrNotFound", err)
	}
}

func TestTimeline(t *testing.T) {
	ix := indextest.Build(t, dataset)
	tl, err := ix.Timeline(context.Background(), "CETS-225")
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, e := range tl {
		s := e.Date.String() + " " + string(e.Event)
		if e.Party != "" {
			s += " " + e.Party
		}
		if e.Disputed {
			s += " (disputed)"
		}
		got = append(got, s)
	}
	want := []string{
		"2023-09 opened-for-signature (disputed)",
		"2024-05-17 adopted",
		"2024-09-05 opened-for-signature (disputed)",
		"2024-09-05 signed AND", "2024-09-05 signed EUE", "2024-09-05 signed GBR", "2024-09-05 signed GEO",
		"2024-09-05 signed ISL", "2024-09-05 signed ISR", "2024-09-05 signed MDA", "2024-09-05 signed NOR",
		"2024-09-05 signed SMR", "2024-09-05 signed USA",
		"2024-11-05 signed MNE",
		"2025-02-11 signed CAN",
		"2025-02-11 signed JPN (disputed)",
		"2025-02-12 signed JPN (disputed)",
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("timeline:\n got %q\nwant %q", got, want)
	}
	if len(tl) > 2 && len(tl[2].Citations) != 2 {
		t.Errorf("opening on 2024-09-05 has %d citations, want 2 (English and French pages)", len(tl[2].Citations))
	}
}

func TestFactsRoundTrip(t *testing.T) {
	ix := indextest.Build(t, dataset)
	_, facts := indextest.Load(t, dataset)
	var want []citewatch.Fact
	for _, fs := range facts {
		want = append(want, fs...)
	}
	got, err := ix.Facts(context.Background(), citewatch.FactQuery{})
	if err != nil {
		t.Fatal(err)
	}
	byID := func(fs []citewatch.Fact) { sort.Slice(fs, func(i, j int) bool { return fs[i].ID < fs[j].ID }) }
	byID(got)
	byID(want)
	if !reflect.DeepEqual(got, want) {
		t.Errorf("Facts() did not return what Put got:\n got %+v\nwant %+v", got, want)
	}
	jpn, err := ix.Facts(context.Background(), citewatch.FactQuery{Party: "JPN", Event: citewatch.EventSigned, URLs: []string{"https://www.mofa.go.jp/press/release/pressite_000001_00001.html"}})
	if err != nil {
		t.Fatal(err)
	}
	if len(jpn) != 1 || jpn[0].Date.String() != "2025-02-11" {
		t.Errorf("JPN signed per mofa.go.jp = %+v, want one fact dated 2025-02-11", jpn)
	}
}

func TestPassages(t *testing.T) {
	ix := indextest.Build(t, dataset)
	ctx := context.Background()
	ps, err := ix.Passages(ctx, citewatch.PassageQuery{Text: "Montenegro signed the convention", Kind: "sentence", Limit: 3})
	if err != nil {
		t.Fatal(err)
	}
	if len(ps) == 0 || !strings.HasPrefix(ps[0].Text, "Montenegro signed") || ps[0].Score <= 0 {
		t.Fatalf("best passage = %+v, want the Montenegro sentence with a score", ps)
	}
	u := "https://www.mofa.go.jp/press/release/pressite_000001_00001.html"
	ps, err = ix.Passages(ctx, citewatch.PassageQuery{URLs: []string{u}})
	if err != nil {
		t.Fatal(err)
	}
	var kinds []string
	for _, p := range ps {
		kinds = append(kinds, p.Kind)
	}
	if want := []string{"paragraph", "sentence", "sentence"}; !reflect.DeepEqual(kinds, want) {
		t.Fatalf("passages of the mofa page in page order: kinds %v, want %v", kinds, want)
	}
	if !strings.HasPrefix(ps[2].Text, "With the signatures") || ps[2].WARCRecordID == "" {
		t.Errorf("third passage = %+v, want the count sentence with its WARC record", ps[2])
	}
	if _, err := ix.Passages(ctx, citewatch.PassageQuery{}); !errors.Is(err, citewatch.ErrInvalid) {
		t.Errorf("empty passage query: err = %v, want ErrInvalid", err)
	}

	// Counted without reading: as many as Passages lists.
	other := "https://www.coe.int/en/web/portal/-/council-of-europe-opens-first-ever-global-treaty-on-ai-for-signature"
	for _, q := range []citewatch.PassageQuery{{URLs: []string{u}}, {URLs: []string{u}, Kind: "sentence"}, {URLs: []string{u, other}, Kind: "paragraph"}} {
		ps, err := ix.Passages(ctx, q)
		if err != nil {
			t.Fatal(err)
		}
		n, err := ix.CountPassages(ctx, q)
		if err != nil || n != len(ps) || n == 0 {
			t.Errorf("CountPassages(%+v) = %d, %v; Passages lists %d", q, n, err, len(ps))
		}
	}
	if _, err := ix.CountPassages(ctx, citewatch.PassageQuery{Text: "signed", URLs: []string{u}}); !errors.Is(err, citewatch.ErrInvalid) {
		t.Errorf("passage count with text: err = %v, want ErrInvalid", err)
	}
}

func TestPutReplacesAndSkipsUnchanged(t *testing.T) {
	ix := indextest.Build(t, dataset)
	ctx := context.Background()
	docs, facts := indextest.Load(t, dataset)
	doc, fs := docs[5], facts[5] // the wrong news page, two facts

	if !ix.Indexed(ctx, doc.URL, doc.PayloadDigest) || ix.Indexed(ctx, doc.URL, "sha1:OTHER") || ix.Indexed(ctx, doc.URL, "") {
		t.Errorf("Indexed(%s) should hold for its digest only", doc.URL)
	}

	// Same payload digest: nothing changes, even with other facts.
	if err := ix.Put(ctx, doc, fs[:1]); err != nil {
		t.Fatal(err)
	}
	got, _ := ix.Facts(ctx, citewatch.FactQuery{URLs: []string{doc.URL}})
	if len(got) != 2 {
		t.Errorf("after a Put of an unchanged payload: %d facts, want 2", len(got))
	}

	// A new payload replaces the page's facts and passages.
	changed := *doc
	changed.PayloadDigest = "sha1:CHANGED"
	changed.Text = fs[0].Citation.Quote
	changed.Paragraphs = []citewatch.Span{{Start: 0, End: len(changed.Text)}}
	changed.Sentences = changed.Paragraphs
	if err := ix.Put(ctx, &changed, fs[:1]); err != nil {
		t.Fatal(err)
	}
	got, _ = ix.Facts(ctx, citewatch.FactQuery{URLs: []string{doc.URL}})
	if len(got) != 1 || got[0].Party != "JPN" {
		t.Errorf("after a changed payload: facts %+v, want only the JPN one", got)
	}
	ps, _ := ix.Passages(ctx, citewatch.PassageQuery{URLs: []string{doc.URL}})
	if len(ps) != 2 {
		t.Errorf("after a changed payload: %d passages, want 2", len(ps))
	}

	bad := fs[0]
	bad.Citation.Quote = ""
	if err := ix.Put(ctx, &changed, []citewatch.Fact{bad}); !errors.Is(err, citewatch.ErrInvalid) {
		t.Errorf("Put of a fact without quote: err = %v, want ErrInvalid", err)
	}
}

func TestExport(t *testing.T) {
	ix := indextest.Build(t, dataset)
	ctx := context.Background()
	var buf bytes.Buffer
	if err := ix.Export(ctx, &buf, "jsonl"); err != nil {
		t.Fatal(err)
	}
	if n := strings.Count(buf.String(), "\n"); n != 19 {
		t.Errorf("jsonl export: %d lines, want 19 facts", n)
	}
	buf.Reset()
	if err := ix.Export(ctx, &buf, "csv"); err != nil {
		t.Fatal(err)
	}
	rows, err := csv.NewReader(&buf).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if len(rows) != 20 || rows[0][0] != "id" {
		t.Fatalf("csv export: %d rows, want a header and 19 facts", len(rows))
	}
	if err := ix.Export(ctx, &buf, "xml"); !errors.Is(err, citewatch.ErrInvalid) {
		t.Errorf("export as xml: err = %v, want ErrInvalid", err)
	}
}

func TestOnDiskRoundTrip(t *testing.T) {
	path := t.TempDir() + "/index.bleve"
	ctx := context.Background()
	if _, err := index.Open(path, index.Options{ReadOnly: true}, zerolog.Nop()); !errors.Is(err, citewatch.ErrNotFound) {
		t.Fatalf("read-only open of a missing index: err = %v, want ErrNotFound", err)
	}
	w, err := index.Open(path, index.Options{}, zerolog.Nop())
	if err != nil {
		t.Fatal(err)
	}
	indextest.Fill(t, w, dataset)
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	r, err := index.Open(path, index.Options{ReadOnly: true}, zerolog.Nop())
	if err != nil {
		t.Fatal(err)
	}
	defer func() { must(t, r.Close()) }()
	st, err := r.Status(ctx, "CETS-225", citewatch.Date{})
	if err != nil {
		t.Fatal(err)
	}
	if len(st.Rows) != 13 {
		t.Errorf("status read back from disk: %d rows, want 13 parties", len(st.Rows))
	}
	if err := r.Put(ctx, nil, nil); !errors.Is(err, citewatch.ErrInvalid) {
		t.Errorf("Put on a read-only index: err = %v, want ErrInvalid", err)
	}
}

func TestRebuild(t *testing.T) {
	path := t.TempDir() + "/index.bleve"
	ctx := context.Background()
	w, err := index.Open(path, index.Options{}, zerolog.Nop())
	if err != nil {
		t.Fatal(err)
	}
	defer func() { must(t, w.Close()) }()
	indextest.Fill(t, w, dataset)
	docs, facts := indextest.Load(t, dataset)
	err = w.Rebuild(ctx, func(yield func(*citewatch.Document, []citewatch.Fact) error) error {
		for i := 2; i < 4; i++ { // Montenegro and Canada only
			if err := yield(docs[i], facts[i]); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	got, err := w.Facts(ctx, citewatch.FactQuery{})
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 2 || got[0].Party != "MNE" || got[1].Party != "CAN" {
		t.Errorf("after rebuild: %+v, want the MNE and CAN facts only", got)
	}
	if err := w.Put(ctx, docs[4], facts[4]); err != nil {
		t.Fatalf("Put after rebuild: %v", err)
	}
	if got, _ := w.Facts(ctx, citewatch.FactQuery{}); len(got) != 4 {
		t.Errorf("after rebuild and a Put: %d facts, want 4", len(got))
	}
}

// must fails the test at once when a step of its setup fails, so that no
// test passes on a premise it did not set up.
func must(t testing.TB, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}
