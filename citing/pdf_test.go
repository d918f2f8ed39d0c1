package citing

import (
	"errors"
	"strings"
	"testing"

	"github.com/citewatch/citewatch"
	"github.com/citewatch/citewatch/internal/pdftext/pdftest"
)

// TestPDFDocument reads a PDF as a document to check: claims with their
// markers, and the reference list on a later page.
func TestPDFDocument(t *testing.T) {
	data := pdftest.Make([]string{
		"The Paris Agreement entered into force on 4 November 2016 [1].",
		"References",
		"[1] https://treaties.example/paris/status",
	}, pdftest.Options{Title: "Brief"})
	doc, err := Parse("brief.pdf", data)
	if err != nil {
		t.Fatal(err)
	}
	if doc.Format != FormatPDF || len(doc.References) != 1 || doc.References[0].URL != "https://treaties.example/paris/status" {
		t.Fatalf("format %q references %+v problems %v", doc.Format, doc.References, doc.Problems)
	}
	if len(doc.Claims) != 1 || !strings.Contains(doc.Claims[0].Text, "entered into force") || strings.Join(doc.Claims[0].Refs, ",") != "1" {
		t.Errorf("claims = %+v", doc.Claims)
	}
	// a scanned PDF and an encrypted one each get one clear error
	for name, data := range map[string][]byte{
		"scan.pdf":   pdftest.Make([]string{""}, pdftest.Options{}),
		"locked.pdf": pdftest.Make([]string{"Text [1]."}, pdftest.Options{Encrypted: true}),
	} {
		_, err := Parse(name, data)
		if !errors.Is(err, citewatch.ErrInvalid) || !strings.Contains(err.Error(), name) {
			t.Errorf("%s: err = %v", name, err)
		}
	}
}
