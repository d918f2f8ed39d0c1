package extract

import (
	"context"
	"errors"
	"strings"
	"testing"

	"github.com/rs/zerolog"

	"github.com/citewatch/citewatch"
	"github.com/citewatch/citewatch/internal/pdftext/pdftest"
)

// TestPDFSource reads a cited PDF: its text page by page, its title and
// creation date, and facts whose citations name their page.
func TestPDFSource(t *testing.T) {
	body := pdftest.Make([]string{
		"Status of the Paris Agreement",
		"Norway ratified the Paris Agreement on 4 June 2020.",
	}, pdftest.Options{Title: "Paris Agreement: status of ratifications", Created: "D:20200610120000Z"})
	s := citewatch.Snapshot{URL: "https://treaties.example/lakes/status.pdf", Body: body, ContentType: "application/pdf"}
	doc, facts, err := New(zerolog.Nop()).Extract(context.Background(), s)
	if err != nil {
		t.Fatal(err)
	}
	if doc.Title != "Paris Agreement: status of ratifications" || doc.Published.String() != "2020-06-10" || len(doc.Pages) != 2 {
		t.Errorf("title %q published %s pages %d", doc.Title, doc.Published, len(doc.Pages))
	}
	var got *citewatch.Fact
	for i, f := range facts {
		if f.Event == citewatch.EventRatified && f.Party == "NOR" {
			got = &facts[i]
		}
	}
	if got == nil {
		t.Fatalf("no ratification by Norway in %+v", facts)
	}
	if got.Date.String() != "2020-06-04" || got.Citation.Page != 2 || !strings.Contains(got.Citation.Quote, "Norway ratified") {
		t.Errorf("fact = %s page %d quote %q", got.Date, got.Citation.Page, got.Citation.Quote)
	}

	// a PDF served as octet-stream is still read as a PDF
	s.ContentType = "application/octet-stream"
	if doc, _, err := New(zerolog.Nop()).Extract(context.Background(), s); err != nil || len(doc.Pages) != 2 {
		t.Errorf("octet-stream PDF: %v", err)
	}
}

// TestPDFSourceBad gives a clear error for a PDF with no text and one that
// needs a password.
func TestPDFSourceBad(t *testing.T) {
	for name, body := range map[string][]byte{
		"no text":   pdftest.Make([]string{""}, pdftest.Options{}),
		"encrypted": pdftest.Make([]string{"Text."}, pdftest.Options{Encrypted: true}),
	} {
		s := citewatch.Snapshot{URL: "https://treaties.example/" + strings.ReplaceAll(name, " ", "-") + ".pdf", Body: body, ContentType: "application/pdf"}
		_, _, err := New(zerolog.Nop()).Extract(context.Background(), s)
		if !errors.Is(err, citewatch.ErrInvalid) || !strings.Contains(err.Error(), "PDF") {
			t.Errorf("%s: err = %v", name, err)
		}
	}
}
