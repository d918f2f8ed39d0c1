package citing

import (
	"context"
	"fmt"
	"strings"
	"time"

	"github.com/citewatch/citewatch"
	"github.com/citewatch/citewatch/internal/pdftext"
)

// FormatPDF is a PDF document: its text is read page by page and then as
// plain text, markers and reference list included.
const FormatPDF = "pdf"

// pdfTimeout bounds reading one PDF document.
const pdfTimeout = 2 * time.Minute

// pdfText returns a PDF document's text as the line reader takes it: each
// paragraph on a line of its own, pages apart.
func pdfText(name string, data []byte) (string, error) {
	ctx, cancel := context.WithTimeout(context.Background(), pdfTimeout)
	defer cancel()
	d, err := pdftext.Read(ctx, data)
	if err != nil {
		return "", fmt.Errorf("%w: %s: %v", citewatch.ErrInvalid, name, err)
	}
	var b strings.Builder
	for _, page := range d.Pages {
		for _, p := range pdftext.Paragraphs(page) {
			b.WriteString(p)
			b.WriteString("\n\n")
		}
	}
	return b.String(), nil
}
