package citing

import (
	"archive/zip"
	"bytes"
	"errors"
	"strings"
	"testing"

	"github.com/citewatch/citewatch"
)

const wNS = `xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"`

// makeDOCX zips the given parts into a DOCX.
func makeDOCX(t *testing.T, parts map[string]string) []byte {
	t.Helper()
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for name, body := range parts {
		w, err := zw.Create(name)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := w.Write([]byte(body)); err != nil {
			t.Fatal(err)
		}
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func sampleDOCX(t *testing.T) []byte {
	return makeDOCX(t, map[string]string{
		"[Content_Types].xml": `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>`,
		"word/document.xml": `<w:document ` + wNS + `><w:body>
<w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr><w:r><w:t>Background</w:t></w:r></w:p>
<w:p><w:r><w:t xml:space="preserve">Norway ratified the Paris Agreement on 20 June 2016.</w:t></w:r><w:r><w:footnoteReference w:id="1"/></w:r>
<w:r><w:t xml:space="preserve"> The agreement entered into force on 4 November 2016.</w:t></w:r><w:r><w:endnoteReference w:id="1"/></w:r></w:p>
<w:p><w:r><w:t>A closing remark with no source.</w:t></w:r></w:p>
</w:body></w:document>`,
		"word/footnotes.xml": `<w:footnotes ` + wNS + `>
<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>
<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>
<w:footnote w:id="1"><w:p><w:r><w:t xml:space="preserve">Ministry release, </w:t></w:r><w:hyperlink r:id="rId7"><w:r><w:t>the release</w:t></w:r></w:hyperlink></w:p></w:footnote>
</w:footnotes>`,
		"word/_rels/footnotes.xml.rels": `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId7" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target="https://gov.example/release/paris" TargetMode="External"/>
</Relationships>`,
		"word/endnotes.xml": `<w:endnotes ` + wNS + `>
<w:endnote w:id="1"><w:p><w:r><w:t>Treaty office status page, https://treaties.example/status/paris.</w:t></w:r></w:p></w:endnote>
</w:endnotes>`,
	})
}

// TestDOCXFootnotes reads a Word document's footnotes and endnotes as its
// references, each cited where its reference mark stands.
func TestDOCXFootnotes(t *testing.T) {
	doc, err := Parse("brief.docx", sampleDOCX(t))
	if err != nil {
		t.Fatal(err)
	}
	if doc.Format != FormatDOCX {
		t.Errorf("format %q", doc.Format)
	}
	refs := map[string]string{}
	for _, r := range doc.References {
		refs[r.N] = r.URL
	}
	if refs["1"] != "https://gov.example/release/paris" || refs["^e1"] != "https://treaties.example/status/paris" {
		t.Fatalf("references = %v", refs)
	}
	var ratified, inForce *citewatch.Claim
	for i, c := range doc.Claims {
		if strings.Contains(c.Text, "Background") {
			t.Errorf("the heading is glued to a claim: %q", c.Text)
		}
		switch {
		case strings.Contains(c.Text, "ratified"):
			ratified = &doc.Claims[i]
		case strings.Contains(c.Text, "entered into force"):
			inForce = &doc.Claims[i]
		}
	}
	if ratified == nil || strings.Join(ratified.Refs, ",") != "1" {
		t.Errorf("ratification claim = %+v", ratified)
	}
	if inForce == nil || strings.Join(inForce.Refs, ",") != "^e1" {
		t.Errorf("entry-into-force claim = %+v", inForce)
	}
}

// TestDOCXBroken gives one clear error for a corrupt or empty DOCX.
func TestDOCXBroken(t *testing.T) {
	good := sampleDOCX(t)
	for name, data := range map[string][]byte{
		"truncated": good[:len(good)/2],
		"no body":   makeDOCX(t, map[string]string{"word/styles.xml": "<w:styles/>"}),
		"bad xml":   makeDOCX(t, map[string]string{"word/document.xml": "<w:document><w:body><w:p>"}),
	} {
		_, err := Parse("broken.docx", data)
		if !errors.Is(err, citewatch.ErrInvalid) || !strings.Contains(err.Error(), "broken.docx") {
			t.Errorf("%s: err = %v, want ErrInvalid naming the file", name, err)
		}
	}
}
