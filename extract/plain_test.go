package extract

import (
	"context"
	"slices"
	"testing"

	"github.com/rs/zerolog"

	"github.com/citewatch/citewatch"
)

// TestPlainTextPage reads a text/plain page: one paragraph per line, the
// first short line as the title, the language and date from the hints, and
// facts read as on any page.
func TestPlainTextPage(t *testing.T) {
	body := "Norway ratifies the Paris Agreement\n" +
		"Oslo — Published in a plain file.\n\n" +
		"Norway deposited its instrument of ratification of the Paris Agreement on 20 June 2016.\n" +
		"<p>This is text, not markup.</p>\n"
	s := citewatch.Snapshot{URL: "https://news.example/norway", Body: []byte(body), ContentType: "text/plain; charset=utf-8"}
	doc, facts, err := New(zerolog.Nop()).ExtractWithHints(context.Background(), s, Hints{Published: citewatch.DayDate(2016, 6, 21), Language: "en"})
	if err != nil {
		t.Fatal(err)
	}
	if len(doc.Paragraphs) != 4 {
		t.Fatalf("paragraphs = %d, want 4 (one per non-empty line): %q", len(doc.Paragraphs), doc.Text)
	}
	if doc.Title != "Norway ratifies the Paris Agreement" || doc.Language != "en" || doc.Published.String() != "2016-06-21" {
		t.Errorf("title %q language %q published %s", doc.Title, doc.Language, doc.Published)
	}
	if got := doc.Slice(doc.Paragraphs[3]); got != "<p>This is text, not markup.</p>" {
		t.Errorf("markup in a text page was read as markup: %q", got)
	}
	found := false
	for _, f := range facts {
		if f.Event == citewatch.EventRatified && f.Party == "NOR" && f.Date.String() == "2016-06-20" {
			found = true
			if f.Citation.Quote == "" || f.Citation.URL != s.URL {
				t.Errorf("fact without its citation: %+v", f.Citation)
			}
		}
	}
	if !found {
		t.Errorf("no ratification by NOR on 2016-06-20 in %+v", facts)
	}
}

// TestPlainTextFirstSentence checks that a plain-text page whose first
// line is a sentence (its headline was not kept) reads that sentence's
// facts instead of taking it as a title.
func TestPlainTextFirstSentence(t *testing.T) {
	body := "Norway deposited its instrument of ratification of the Paris Agreement on 20 June 2016, becoming its 23rd Party.\n" +
		"The government welcomed the step.\n"
	s := citewatch.Snapshot{URL: "https://news.example/norway-lede", Body: []byte(body), ContentType: "text/plain; charset=utf-8"}
	doc, facts, err := New(zerolog.Nop()).ExtractWithHints(context.Background(), s, Hints{Published: citewatch.DayDate(2016, 6, 21), Language: "en"})
	if err != nil {
		t.Fatal(err)
	}
	if doc.Title != "" {
		t.Errorf("title %q: a first line ending in a full stop is a sentence", doc.Title)
	}
	var got []string
	for _, f := range facts {
		got = append(got, string(f.Event)+"|"+f.Party+"|"+f.Date.String()+"|"+itoa(f.Count))
	}
	want := []string{"ratified|NOR|2016-06-20|0", "party-count||2016-06-20|23"}
	for _, w := range want {
		if !slices.Contains(got, w) {
			t.Errorf("facts %q: want %q", got, w)
		}
	}
}
