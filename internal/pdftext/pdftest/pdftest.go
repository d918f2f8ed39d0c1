// Package pdftest writes small PDFs for tests: one line of Helvetica text
// per page, with a title and a creation date, optionally marked encrypted.
package pdftest

import (
	"bytes"
	"fmt"
	"strings"
)

// Options shape a PDF.
type Options struct {
	Title   string
	Created string // a PDF date, "D:20240517093000Z"
	// Encrypted adds a standard security handler whose keys no password
	// opens: a reader must ask for a password.
	Encrypted bool
}

// Make returns a PDF with one page per string; an empty string makes a
// page with no text, as a scan has.
func Make(pages []string, o Options) []byte {
	var b bytes.Buffer
	var offs []int
	obj := func(s string) int {
		offs = append(offs, b.Len())
		fmt.Fprintf(&b, "%d 0 obj\n%s\nendobj\n", len(offs), s)
		return len(offs)
	}
	b.WriteString("%PDF-1.4\n")
	kids := make([]string, len(pages))
	for i := range pages {
		kids[i] = fmt.Sprintf("%d 0 R", 5+2*i)
	}
	obj("<< /Type /Catalog /Pages 2 0 R >>")
	obj(fmt.Sprintf("<< /Type /Pages /Kids [%s] /Count %d >>", strings.Join(kids, " "), len(pages)))
	obj("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>")
	obj(fmt.Sprintf("<< /Title (%s) /CreationDate (%s) >>", esc(o.Title), esc(o.Created)))
	for i, p := range pages {
		obj(fmt.Sprintf("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R >> >> /Contents %d 0 R >>", 6+2*i))
		s := ""
		if p != "" {
			s = fmt.Sprintf("BT /F1 11 Tf 72 720 Td (%s) Tj ET", esc(p))
		}
		obj(fmt.Sprintf("<< /Length %d >>\nstream\n%s\nendstream", len(s), s))
	}
	enc := ""
	if o.Encrypted {
		key := strings.Repeat("\\377", 32)
		n := obj(fmt.Sprintf("<< /Filter /Standard /V 1 /R 2 /O (%s) /U (%s) /P -4 >>", key, key))
		enc = fmt.Sprintf(" /Encrypt %d 0 R /ID [<00112233445566778899aabbccddeeff> <00112233445566778899aabbccddeeff>]", n)
	}
	x := b.Len()
	fmt.Fprintf(&b, "xref\n0 %d\n0000000000 65535 f \n", len(offs)+1)
	for _, o := range offs {
		fmt.Fprintf(&b, "%010d 00000 n \n", o)
	}
	fmt.Fprintf(&b, "trailer\n<< /Size %d /Root 1 0 R /Info 4 0 R%s >>\nstartxref\n%d\n%%%%EOF\n", len(offs)+1, enc, x)
	return b.Bytes()
}

// esc escapes a PDF literal string.
func esc(s string) string {
	return strings.NewReplacer(`\`, `\\`, "(", `\(`, ")", `\)`).Replace(s)
}
