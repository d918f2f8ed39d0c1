package main

import (
	"archive/zip"
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/citewatch/citewatch"
	"github.com/citewatch/citewatch/internal/fixtureweb"
)

// pressRelease is the fixture web's press release on the AI convention's
// adoption and opening.
const pressRelease = "https://www.coe.int/en/web/portal/-/council-of-europe-opens-first-ever-global-treaty-on-ai-for-signature"

// writeDOCX zips a one-paragraph Word document whose footnote cites url.
func writeDOCX(t *testing.T, path, sentence, url string) {
	t.Helper()
	const ns = `xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"`
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for name, body := range map[string]string{
		"word/document.xml": `<w:document ` + ns + `><w:body>` +
			`<w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr><w:r><w:t>Introduction</w:t></w:r></w:p>` +
			`<w:p><w:r><w:t>` + sentence + `</w:t></w:r><w:r><w:footnoteReference w:id="1"/></w:r></w:p></w:body></w:document>`,
		"word/footnotes.xml": `<w:footnotes ` + ns + `><w:footnote w:id="1"><w:p><w:r><w:t>Press release, ` + url + `</w:t></w:r></w:p></w:footnote></w:footnotes>`,
	} {
		w, err := zw.Create(name)
		if err != nil {
			t.Fatal(err)
		}
		w.Write([]byte(body))
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
}

// TestRunDocumentKinds checks a Word document with a footnote and a
// MediaWiki article with a cite template end to end: each claim is read at
// its note, its source crawled on the fixture web, and the claim judged.
func TestRunDocumentKinds(t *testing.T) {
	w := fixtureweb.Start(t)
	dir := t.TempDir()
	sentence := "The Framework Convention on Artificial Intelligence was adopted on 17 May 2024."
	docx := filepath.Join(dir, "brief.docx")
	writeDOCX(t, docx, sentence, pressRelease)
	wiki := filepath.Join(dir, "article.wiki")
	if err := os.WriteFile(wiki, []byte("'''The [[Framework Convention on Artificial Intelligence]]''' is a treaty.\n\n== History ==\n"+
		sentence+`<ref name="coe">{{cite web |url=`+pressRelease+` |title=Press release |access-date=2024-09-06}}</ref>`+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct{ path, ref string }{{docx, "^1"}, {wiki, "^1"}} {
		t.Run(filepath.Base(tc.path), func(t *testing.T) {
			args := append([]string{"run", "--data", filepath.Join(dir, "data-"+filepath.Base(tc.path)), "--format", "json"}, fixtureFlags(w)...)
			r, stderr, err := runJSON(t, append(args, tc.path)...)
			if err != nil && !strings.Contains(err.Error(), "claims") {
				t.Logf("run: %v", err)
			}
			var found bool
			for _, c := range r.Claims {
				if strings.Contains(c.Claim.Text, "Introduction") || strings.Contains(c.Claim.Text, "History") {
					t.Errorf("a heading is glued to claim %q", c.Claim.Text)
				}
				if !strings.Contains(c.Claim.Text, "adopted on 17 May 2024") {
					continue
				}
				found = true
				v, ok := verdictOf(r, c.Claim.ID, tc.ref)
				if !ok || v.Label != citewatch.Supported {
					t.Errorf("claim %q [%s] = %+v, want supported\nstderr: %s", c.Claim.Text, tc.ref, v, stderr)
				}
			}
			if !found {
				t.Fatalf("no adoption claim in the report: %+v\nstderr: %s", r.Claims, stderr)
			}
		})
	}
}
