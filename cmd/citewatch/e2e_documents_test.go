package main

import (
	"archive/zip"
	"bytes"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/citewatch/citewatch"
	"github.com/citewatch/citewatch/internal/fixtureweb"
	"github.com/citewatch/citewatch/internal/pdftext/pdftest"
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
		if _, err := w.Write([]byte(body)); err != nil {
			t.Fatal(err)
		}
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
	for _, tc := range []struct{ path, ref string }{{docx, "1"}, {wiki, "1"}} {
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

// TestRunURLAndSeveralDocuments gives run an article by its URL, fetched
// like any source, together with a local document: each is read and
// checked, and the call ends with one summary and one exit status.
func TestRunURLAndSeveralDocuments(t *testing.T) {
	w := fixtureweb.Start(t)
	article := "https://www.policytracker.io/briefs/ai-convention-in-brief"
	page := `<!doctype html><html><head><title>The AI convention in brief</title></head><body><article>
<h1>The AI convention in brief</h1>
<p>The Framework Convention on Artificial Intelligence was adopted on 17 May 2024.<sup><a href="#ref-1">[1]</a></sup></p>
<h2>References</h2>
<ol><li id="ref-1">[1] Council of Europe press release, <a href="` + pressRelease + `">` + pressRelease + `</a></li></ol>
</article></body></html>`
	if err := w.Put(article, 200, "text/html; charset=utf-8", []byte(page)); err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	local := filepath.Join(dir, "note.md")
	if err := os.WriteFile(local, []byte("The convention was opened for signature on 5 September 2024 [1].\n\n[1] "+pressRelease+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	broken := filepath.Join(dir, "empty.md")
	must(t, os.WriteFile(broken, nil, 0o644))

	var stdout, stderr bytes.Buffer
	args := append([]string{"run", "--data", filepath.Join(dir, "data")}, fixtureFlags(w)...)
	err := run(t.Context(), append(args, article, local), &stdout, &stderr)
	if err != nil {
		t.Fatalf("run: %v\n%s\n%s", err, stdout.String(), stderr.String())
	}
	out := stdout.String()
	for _, want := range []string{"== " + article, "== " + local, "2 documents: 2 claims, 2 supported"} {
		if !strings.Contains(out, want) {
			t.Errorf("report lacks %q:\n%s", want, out)
		}
	}
	if w.Hits(article) != 1 {
		t.Errorf("the article was fetched %d times, want once", w.Hits(article))
	}

	// verify reads the fetched article from the archive, and a document
	// that cannot be read makes the exit status 2 while the rest is
	// reported.
	stdout.Reset()
	stderr.Reset()
	err = run(t.Context(), []string{"verify", "--data", filepath.Join(dir, "data"), article, broken}, &stdout, &stderr)
	var code bytes.Buffer
	if exitCode(err, &code) != exitError || !strings.Contains(stderr.String()+code.String(), "empty.md") {
		t.Errorf("a broken document among several: err %v, stderr %s", err, stderr.String())
	}
	if !strings.Contains(stdout.String(), "2 documents (1 could not be read): 1 claims, 1 supported") {
		t.Errorf("summary:\n%s", stdout.String())
	}
}

// TestRunRescuesDeadSource cites a page that is gone: run asks a Memento
// TimeGate of our own on loopback, archives the memento it redirects to,
// and verifies the claim against it, saying so; with the TimeGate down,
// the source is unavailable and one line says why.
func TestRunRescuesDeadSource(t *testing.T) {
	w := fixtureweb.Start(t)
	gone := "https://www.policytracker.io/briefs/retired-page"
	gate := "https://www.policytracker.io/archive/web/"
	memento := gate + "20240906120000/" + gone
	must := func(err error) {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
	}
	must(w.Put(gone, 404, "text/html", []byte("<html><body><h1>Not found</h1></body></html>")))
	must(w.PutWithHeader(gate+gone, 302, http.Header{"Location": {memento}, "Vary": {"accept-datetime"}}, nil))
	must(w.PutWithHeader(memento, 200, http.Header{
		"Content-Type":     {"text/html; charset=utf-8"},
		"Memento-Datetime": {"Fri, 06 Sep 2024 12:00:00 GMT"},
		"Link":             {"<" + gone + `>; rel="original"`},
	}, []byte(`<!doctype html><html><head><title>AI treaty adopted</title></head><body><article><h1>AI treaty adopted</h1>
<p>Strasbourg, 6 September 2024. The Framework Convention on Artificial Intelligence was adopted by the Committee of Ministers on 17 May 2024, and it was opened for signature in Vilnius on 5 September 2024.</p>
</article></body></html>`)))
	dir := t.TempDir()
	doc := filepath.Join(dir, "brief.md")
	must(os.WriteFile(doc, []byte("The Framework Convention on Artificial Intelligence was adopted on 17 May 2024 [1].\n\n[1] "+gone+"\n"), 0o644))

	args := append([]string{"run", "--data", filepath.Join(dir, "data"), "--format", "json", "--memento", gate}, fixtureFlags(w)...)
	r, stderr, err := runJSON(t, append(args, doc)...)
	if err != nil {
		t.Fatalf("run: %v\n%s", err, stderr)
	}
	v, ok := verdictOf(r, "c1", "1")
	if !ok || v.Label != citewatch.Supported || v.Memento == nil || v.Memento.URL != memento ||
		!strings.Contains(v.Reason, "archived copy") || !strings.Contains(stderr, "is gone; checked against the archived copy") {
		t.Errorf("verdict = %+v\nstderr: %s", v, stderr)
	}

	// the TimeGate's address is no source of the document
	var list, lerr bytes.Buffer
	if err := run(t.Context(), []string{"sources", "list", "--data", filepath.Join(dir, "data")}, &list, &lerr); err != nil || strings.Contains(list.String(), gate) {
		t.Errorf("sources list after a rescue: %v\n%s", err, list.String())
	}

	// citation-ready output: a {{cite web}} line with the memento as its
	// archive-url and the link marked dead; ClaimReview with our reviewer
	var out, errOut bytes.Buffer
	if err := run(t.Context(), []string{"verify", "--data", filepath.Join(dir, "data"), "--format", "wikitext", doc}, &out, &errOut); err != nil {
		t.Fatalf("verify --format wikitext: %v\n%s", err, errOut.String())
	}
	line := out.String()
	for _, want := range []string{"{{cite web |url=" + gone, "|archive-url=" + memento, "|archive-date=2024-09-06", "|url-status=dead", "|access-date=", "c1 supported"} {
		if !strings.Contains(line, want) {
			t.Errorf("wikitext lacks %q:\n%s", want, line)
		}
	}
	out.Reset()
	if err := run(t.Context(), []string{"verify", "--data", filepath.Join(dir, "data"), "--format", "claimreview", "--author", "Lakes Desk", "--publisher", "Lakes Review", doc}, &out, &errOut); err != nil {
		t.Fatalf("verify --format claimreview: %v", err)
	}
	if !strings.Contains(out.String(), `"name": "Lakes Desk"`) || !strings.Contains(out.String(), `"name": "Lakes Review"`) {
		t.Errorf("claimreview author and publisher:\n%s", out.String())
	}

	// the TimeGate is down: no rescue, one clear line, and the source is
	// unavailable rather than judged.
	down := "https://www.policytracker.io/no-archive/web/"
	must(w.Put(down+gone, 503, "text/plain", []byte("down")))
	args = append([]string{"run", "--data", filepath.Join(dir, "data2"), "--format", "json", "--memento", down, "--retries", "0"}, fixtureFlags(w)...)
	r, stderr, _ = runJSON(t, append(args, doc)...)
	if v, _ := verdictOf(r, "c1", "1"); v.Label != citewatch.SourceUnavailable || !strings.Contains(stderr, "no archived copy") {
		t.Errorf("with the TimeGate down: %+v\nstderr: %s", v, stderr)
	}
}

// TestRunPDFAndWikipedia checks a PDF document citing a PDF source and a
// Wikipedia-style article citing it with an inline link: each claim is
// read and judged, and the PDF source's quote names its page. Broken
// inputs (a corrupt DOCX, a scanned or encrypted PDF, a wiki page without
// references) each get one clear line.
func TestRunPDFAndWikipedia(t *testing.T) {
	w := fixtureweb.Start(t)
	source := "https://www.policytracker.io/files/paris-status.pdf"
	if err := w.Put(source, 200, "application/pdf", pdftest.Make([]string{
		"Status of the Paris Agreement",
		"Norway ratified the Paris Agreement on 20 June 2016.",
	}, pdftest.Options{Title: "Paris Agreement status", Created: "D:20160701000000Z"})); err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	pdfDoc := filepath.Join(dir, "brief.pdf")
	must(t, os.WriteFile(pdfDoc, pdftest.Make([]string{
		"Norway ratified the Paris Agreement on 20 June 2016 [1].",
		"[1] " + source,
	}, pdftest.Options{Title: "Brief"}), 0o644))
	wiki := filepath.Join(dir, "article.html")
	must(t, os.WriteFile(wiki, []byte(`<html><body><div class="mw-parser-output"><p>Norway <a href="`+source+`">ratified the Paris Agreement</a> on 20 June 2016.</p></div></body></html>`), 0o644))

	var stdout, stderr bytes.Buffer
	args := append([]string{"run", "--data", filepath.Join(dir, "data"), "--no-memento"}, fixtureFlags(w)...)
	if err := run(t.Context(), append(args, pdfDoc, wiki), &stdout, &stderr); err != nil {
		t.Fatalf("run: %v\n%s\n%s", err, stdout.String(), stderr.String())
	}
	out := stdout.String()
	if !strings.Contains(out, "2 documents: 2 claims, 2 supported") || !strings.Contains(out, "(page 2)") {
		t.Errorf("report:\n%s\n%s", out, stderr.String())
	}

	// broken inputs: one line each, the rest still reported
	broken := map[string][]byte{
		"corrupt.docx": []byte("PK\x03\x04 this is no zip archive"),
		"scan.pdf":     pdftest.Make([]string{""}, pdftest.Options{}),
		"locked.pdf":   pdftest.Make([]string{"Text [1]."}, pdftest.Options{Encrypted: true}),
	}
	names := []string{wiki}
	for name, data := range broken {
		p := filepath.Join(dir, name)
		must(t, os.WriteFile(p, data, 0o644))
		names = append(names, p)
	}
	norefs := filepath.Join(dir, "norefs.wiki")
	must(t, os.WriteFile(norefs, []byte("'''Lakes''' are [[water]].\n"), 0o644))
	names = append(names, norefs)
	stdout.Reset()
	stderr.Reset()
	err := run(t.Context(), append([]string{"verify", "--data", filepath.Join(dir, "data")}, names...), &stdout, &stderr)
	var code bytes.Buffer
	exit := exitCode(err, &code)
	all := stderr.String() + code.String()
	if exit != exitError || strings.Contains(all, "panic") {
		t.Errorf("exit %d, err %v", exit, err)
	}
	for _, want := range []string{"corrupt.docx: not a readable DOCX", "scan.pdf: the PDF has no text", "locked.pdf: the PDF is encrypted", "norefs.wiki: the document has no reference"} {
		if strings.Count(all, want) != 1 {
			t.Errorf("want one line naming %q on stderr:\n%s", want, all)
		}
	}
	if !strings.Contains(all, "3 of 5 documents could not be read") || !strings.Contains(stdout.String(), "1 supported") {
		t.Errorf("the readable document was not reported:\n%s", stdout.String())
	}
}
