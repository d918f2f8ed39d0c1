package index

import (
	"encoding/json"
	"reflect"
	"testing"
	"time"

	gojson "github.com/goccy/go-json"

	"github.com/citewatch/citewatch"
)

// TestStoredEntriesDecodeAsEncodingJSON checks that the decoder the index
// reads stored facts and passages with (go-json, for speed) gives exactly
// what encoding/json gives on what the index stores: every field, dates of
// each precision, times with an offset, and text with escapes, non-ASCII
// letters, controls and characters outside the BMP.
func TestStoredEntriesDecodeAsEncodingJSON(t *testing.T) {
	fetched := time.Date(2025, 3, 12, 9, 30, 5, 123456789, time.FixedZone("", 5*3600+1800))
	texts := []string{
		"Norway signed the Convention on 5 September 2024.",
		"« La France a ratifié » — l'accord, le 3 mars 2025\u00a0!",
		"日本は2025年2月11日に署名した。",
		"tab\tnew\nline \"quoted\" back\\slash \u2028 \U0001F600 <b>&amp;</b>",
		"",
	}
	cit := func(q string) citewatch.Citation {
		return citewatch.Citation{URL: "https://example.org/a?b=c&d=é", Title: "Treaty news", Publisher: "Example", WARCRecordID: "<urn:uuid:1>",
			FetchedAt: fetched, Published: citewatch.DayDate(2025, 3, 11), Quote: q, Span: citewatch.Span{Start: 3, End: 70}, Page: 2,
			Extractor: "extract.sentence", ExtractorVersion: "0.3.0"}
	}
	var facts []storedFact
	var passages []citewatch.Passage
	for i, q := range texts {
		f := citewatch.Fact{ID: "f" + q, Treaty: "CETS-225", TreatyName: q, Event: citewatch.EventRatified, Party: "NOR", Place: q, Count: i, Citation: cit(q)}
		switch i % 3 {
		case 0:
			f.Date = citewatch.DayDate(2024, 9, 5)
		case 1:
			f.Date, f.AsOf = citewatch.Date{Year: 2024, Month: 9, Precision: citewatch.PrecisionMonth}, citewatch.Date{Year: 2025, Precision: citewatch.PrecisionYear}
		}
		facts = append(facts, storedFact{Fact: f, Source: "https://example.org/", Kind: "news", Language: "fr"})
		passages = append(passages, citewatch.Passage{ID: "p" + q, URL: "https://example.org/", Title: q, WARCRecordID: "<urn:uuid:2>",
			FetchedAt: fetched, Published: citewatch.Date{Year: 2025, Month: 3, Precision: citewatch.PrecisionMonth}, Kind: "sentence", Text: q, Span: citewatch.Span{Start: i, End: i + len(q)}})
	}
	passages = append(passages, citewatch.Passage{})
	facts = append(facts, storedFact{})
	for _, v := range []any{facts, passages} {
		rv := reflect.ValueOf(v)
		for i := range rv.Len() {
			entry := rv.Index(i).Interface()
			b, err := json.Marshal(entry)
			if err != nil {
				t.Fatal(err)
			}
			want := reflect.New(rv.Type().Elem())
			got := reflect.New(rv.Type().Elem())
			if err := json.Unmarshal(b, want.Interface()); err != nil {
				t.Fatal(err)
			}
			if err := gojson.Unmarshal(b, got.Interface()); err != nil {
				t.Fatalf("go-json: %v on %s", err, b)
			}
			if !reflect.DeepEqual(got.Interface(), want.Interface()) {
				t.Errorf("%s:\ngo-json       %+v\nencoding/json %+v", b, got.Elem().Interface(), want.Elem().Interface())
			}
		}
	}
}
