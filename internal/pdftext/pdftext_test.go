package pdftext

import (
	"context"
	"errors"
	"strings"
	"testing"

	"github.com/citewatch/citewatch/internal/pdftext/pdftest"
)

func TestRead(t *testing.T) {
	data := pdftest.Make([]string{"The Lakes Convention was adopted on 3 May 2019.", "Norway ratified it on 4 June 2020."},
		pdftest.Options{Title: "Lakes Convention status", Created: "D:20200610120000Z"})
	d, err := Read(context.Background(), data)
	if err != nil {
		t.Fatal(err)
	}
	if len(d.Pages) != 2 || !strings.Contains(d.Pages[1], "Norway ratified it on 4 June 2020.") {
		t.Fatalf("pages = %q", d.Pages)
	}
	if d.Title != "Lakes Convention status" {
		t.Errorf("title %q", d.Title)
	}
	if y, m, day, ok := Date(d.Created); !ok || y != 2020 || m != 6 || day != 10 {
		t.Errorf("created %q -> %d-%d-%d %v", d.Created, y, m, day, ok)
	}
}

func TestReadBad(t *testing.T) {
	ctx := context.Background()
	for name, tc := range map[string]struct {
		data []byte
		want error
	}{
		"not a pdf": {[]byte("<html>hello</html>"), ErrNotPDF},
		"scanned":   {pdftest.Make([]string{"", ""}, pdftest.Options{}), ErrNoText},
		"encrypted": {pdftest.Make([]string{"Secret text."}, pdftest.Options{Encrypted: true}), ErrEncrypted},
	} {
		if _, err := Read(ctx, tc.data); !errors.Is(err, tc.want) {
			t.Errorf("%s: err = %v, want %v", name, err, tc.want)
		}
	}
	// a truncated file is an error, not a panic
	good := pdftest.Make([]string{"Some text on a page."}, pdftest.Options{})
	if _, err := Read(ctx, good[:len(good)/3]); err == nil {
		t.Log("a truncated PDF was read (PDFium repairs some damage)")
	}
}

func TestDate(t *testing.T) {
	for in, want := range map[string][3]int{"D:20240517093000+02'00'": {2024, 5, 17}, "D:2024": {2024, 0, 0}, "20191231": {2019, 12, 31}} {
		y, m, d, ok := Date(in)
		if !ok || [3]int{y, m, d} != want {
			t.Errorf("Date(%q) = %d %d %d %v", in, y, m, d, ok)
		}
	}
	if _, _, _, ok := Date("yesterday"); ok {
		t.Error("a word read as a date")
	}
}

func TestParagraphs(t *testing.T) {
	page := "The parties to this agreement, meeting in the city on the lake, have\n" +
		"agreed on the text below for the protection of the shared waters, follow-\n" +
		"ing long talks.\n" +
		"Article 2\n" +
		"Each party shall report on its measures every three years to the others."
	got := Paragraphs(page)
	if len(got) != 3 || !strings.Contains(got[0], "waters, following long talks.") || got[1] != "Article 2" {
		t.Errorf("paragraphs = %q", got)
	}
}
