package citing

import (
	"errors"
	"fmt"
	"reflect"
	"strings"
	"testing"

	"github.com/citewatch/citewatch"
)

const refs2to7 = `
References
[2] https://example.org/two
[3] https://example.org/three
[4] https://example.org/four
[7] https://example.org/seven
`

func TestParseMarkers(t *testing.T) {
	tests := []struct {
		name, doc string
		text      string // the first claim's text
		refs      []string
	}{
		{"single.txt", "The Convention was adopted in May 2024 [2].", "The Convention was adopted in May 2024.", []string{"2"}},
		{"adjacent.txt", "The Convention was adopted in May 2024 [2][7].", "The Convention was adopted in May 2024.", []string{"2", "7"}},
		{"spaced.txt", "The Convention was adopted in May 2024 [2] [7].", "The Convention was adopted in May 2024.", []string{"2", "7"}},
		{"list.txt", "The Convention was adopted in May 2024 [2, 7].", "The Convention was adopted in May 2024.", []string{"2", "7"}},
		{"range.txt", "The Convention was adopted in May 2024 [2–4].", "The Convention was adopted in May 2024.", []string{"2", "3", "4"}},
		{"hyphen-range.txt", "The Convention was adopted in May 2024 [2-4, 7].", "The Convention was adopted in May 2024.", []string{"2", "3", "4", "7"}},
		{"after-period.txt", "The Convention was adopted in May 2024.[7] It was signed later.", "The Convention was adopted in May 2024.", []string{"7"}},
		{"abbreviation.txt", "It was signed on 5 Sept. 2024 by Norway [3].", "It was signed on 5 Sept. 2024 by Norway.", []string{"3"}},
		{"year-in-brackets.txt", "The treaty [2024] was signed by Norway [3].", "The treaty [2024] was signed by Norway.", []string{"3"}},
	}
	for _, tt := range tests {
		doc, err := Parse(tt.name, []byte(tt.doc+"\n"+refs2to7))
		if err != nil {
			t.Fatalf("Parse(%s): %v", tt.name, err)
		}
		if len(doc.Claims) == 0 {
			t.Fatalf("Parse(%s): no claims; problems %v", tt.name, doc.Problems)
		}
		c := doc.Claims[0]
		if c.Text != tt.text || !reflect.DeepEqual(c.Refs, tt.refs) {
			t.Errorf("Parse(%s) claim = %q %v, want %q %v", tt.name, c.Text, c.Refs, tt.text, tt.refs)
		}
		if c.ID != "c1" || c.Line != 1 {
			t.Errorf("Parse(%s) claim id %s line %d, want c1 line 1", tt.name, c.ID, c.Line)
		}
	}
}

func TestParseReferenceForms(t *testing.T) {
	tests := []struct {
		name, doc string
		want      []citewatch.Reference
	}{
		{"bracket.txt", "Adopted in May 2024 [1].\n\n[1] Council of Europe, press release. https://www.coe.int/a\n",
			[]citewatch.Reference{{N: "1", URL: "https://www.coe.int/a", Label: "Council of Europe, press release", Line: 3}}},
		{"numbered.txt", "Adopted in May 2024 [1].\n\nSources:\n1. https://www.coe.int/a\n",
			[]citewatch.Reference{{N: "1", URL: "https://www.coe.int/a", Line: 4}}},
		{"footnote.md", "Adopted in May 2024.[^adopt]\n\n[^adopt]: The Council, <https://www.coe.int/a>\n",
			[]citewatch.Reference{{N: "^adopt", URL: "https://www.coe.int/a", Label: "The Council", Line: 3}}},
		{"markdown-link.md", "Adopted in May 2024 [1].\n\n## Notes\n\n1. [Press release](https://www.coe.int/a).\n",
			[]citewatch.Reference{{N: "1", URL: "https://www.coe.int/a", Label: "Press release", Line: 5}}},
		{"link-definition.md", "Adopted in May 2024 [1].\n\n[1]: https://www.coe.int/a\n",
			[]citewatch.Reference{{N: "1", URL: "https://www.coe.int/a", Line: 3}}},
		{"url-next-line.txt", "Adopted in May 2024 [1].\n\n[1] Council of Europe press release\n    https://www.coe.int/a\n",
			[]citewatch.Reference{{N: "1", URL: "https://www.coe.int/a", Label: "Council of Europe press release", Line: 3}}},
	}
	for _, tt := range tests {
		doc, err := Parse(tt.name, []byte(tt.doc))
		if err != nil {
			t.Fatalf("Parse(%s): %v", tt.name, err)
		}
		if !reflect.DeepEqual(doc.References, tt.want) {
			t.Errorf("Parse(%s) references = %+v, want %+v", tt.name, doc.References, tt.want)
		}
		if len(doc.Problems) != 0 {
			t.Errorf("Parse(%s) problems = %v, want none", tt.name, doc.Problems)
		}
		if len(doc.Claims) != 1 || doc.Claims[0].Refs[0] != tt.want[0].N {
			t.Errorf("Parse(%s) claims = %+v, want one citing %s", tt.name, doc.Claims, tt.want[0].N)
		}
	}
}

func TestParseHTML(t *testing.T) {
	page := `<!doctype html>
<html><head><title>AI treaty</title><script>var x = "[9]";</script></head>
<body>
<h1>The AI Convention</h1>
<p>The Convention was opened for signature on 5 September 2024 in Vilnius<sup><a href="#ref-1">[1]</a></sup>.
Ten states signed that day<sup><a href="#ref-2">2</a>,<a href="#ref-3">3</a></sup> and Montenegro signed on
5 November 2024 <sup>[3]</sup>.</p>
<p>Japan &amp; Canada signed in Paris [2] [3].</p>
<h2>References</h2>
<ol>
<li id="ref-1"><a href="https://www.coe.int/opened">Council of Europe press release</a></li>
<li id="ref-2">Mirage News, <a href="https://miragenews.example/x">story</a></li>
<li id="ref-3"><a href="https://www.mofa.go.jp/p.html">MOFA</a></li>
</ol>
</body></html>`
	doc, err := Parse("page.html", []byte(page))
	if err != nil {
		t.Fatal(err)
	}
	if doc.Format != FormatHTML {
		t.Errorf("format = %q, want html", doc.Format)
	}
	type claim struct {
		Text string
		Line int
		Refs []string
	}
	var got []claim
	for _, c := range doc.Claims {
		got = append(got, claim{c.Text, c.Line, c.Refs})
	}
	want := []claim{
		{"The Convention was opened for signature on 5 September 2024 in Vilnius.", 5, []string{"1"}},
		{"Ten states signed that day", 6, []string{"2", "3"}},
		{"Montenegro signed on 5 November 2024.", 6, []string{"3"}},
		{"Japan & Canada signed in Paris.", 8, []string{"2", "3"}},
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("claims = %+v\nwant %+v", got, want)
	}
	wantRefs := []citewatch.Reference{
		{N: "1", URL: "https://www.coe.int/opened", Label: "Council of Europe press release", Line: 11},
		{N: "2", URL: "https://miragenews.example/x", Label: "Mirage News, story", Line: 12},
		{N: "3", URL: "https://www.mofa.go.jp/p.html", Label: "MOFA", Line: 13},
	}
	if !reflect.DeepEqual(doc.References, wantRefs) {
		t.Errorf("references = %+v\nwant %+v", doc.References, wantRefs)
	}
	if len(doc.Problems) != 0 {
		t.Errorf("problems = %v, want none", doc.Problems)
	}
}

func TestParseSniffsFormat(t *testing.T) {
	for _, tt := range []struct{ data, want string }{
		{"<html><body><p>Signed [1].</p><p>[1] https://a.example/</p></body></html>", FormatHTML},
		{"# Title\n\nSigned.[^1]\n\n[^1]: https://a.example/\n", FormatMarkdown},
		{"Signed [1].\n\n[1] https://a.example/\n", FormatText},
	} {
		doc, err := Parse("stdin", []byte(tt.data))
		if err != nil {
			t.Fatal(err)
		}
		if doc.Format != tt.want || len(doc.Claims) != 1 || len(doc.References) != 1 {
			t.Errorf("Parse(%q): format %s, %d claims, %d references; want %s, 1, 1", tt.data, doc.Format, len(doc.Claims), len(doc.References), tt.want)
		}
	}
}

func TestParseMidSentenceMarkers(t *testing.T) {
	doc, err := Parse("mid.md", []byte("The AI Convention [1] was opened for signature in Vilnius on 5 September 2024 [2], "+
		"and Japan signed it in Paris [3]; the EU approved it too.\n\n[1] https://a.example/\n[2] https://b.example/\n[3] https://c.example/\n"))
	if err != nil {
		t.Fatal(err)
	}
	// A marker inside a phrase backs the clause it stands in; markers
	// between clauses that each assert something back each clause; the
	// text after the last marker belongs to the last claim.
	want := []string{
		"The AI Convention was opened for signature in Vilnius on 5 September 2024 [1 2]",
		"Japan signed it in Paris; the EU approved it too. [3]",
	}
	var got []string
	for _, c := range doc.Claims {
		got = append(got, c.Text+" "+fmt.Sprint(c.Refs))
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("claims = %q, want %q", got, want)
	}
}

func TestParseProblems(t *testing.T) {
	doc, err := Parse("bad.txt", []byte(`The Convention was adopted on 17 May 2024 [1].
It was opened for signature in Vilnius [9].

References
[1] https://www.coe.int/a
[2] https://www.coe.int/never-cited
[3] htp//www.coe.int/broken
[4] Council of Europe, press release
`))
	if err != nil {
		t.Fatal(err)
	}
	want := []citewatch.Problem{
		{Line: 2, Message: "marker [9] has no reference"},
		{Line: 6, Message: "reference [2] is never cited"},
		{Line: 7, Message: `reference [3]: malformed URL "htp//www.coe.int/broken"`},
		{Line: 7, Message: "reference [3] is never cited"},
		{Line: 8, Message: "reference [4] has no URL"},
		{Line: 8, Message: "reference [4] is never cited"},
	}
	if !reflect.DeepEqual(doc.Problems, want) {
		t.Errorf("problems:\n%v\nwant\n%v", doc.Problems, want)
	}
	if len(doc.Claims) != 2 || doc.Claims[1].Refs[0] != "9" {
		t.Errorf("claims = %+v, want the claim citing [9] kept", doc.Claims)
	}
}

func TestParseNoReferences(t *testing.T) {
	doc, err := Parse("norefs.md", []byte("The Convention was adopted on 17 May 2024 [1].\n"))
	if err != nil {
		t.Fatal(err)
	}
	if len(doc.Problems) != 1 || !strings.Contains(doc.Problems[0].Message, "no reference list") {
		t.Errorf("problems = %v, want one saying there is no reference list", doc.Problems)
	}
	if len(doc.Claims) != 1 {
		t.Errorf("claims = %v, want 1", doc.Claims)
	}
}

func TestParseNothingUsable(t *testing.T) {
	for name, data := range map[string][]byte{
		"empty.md":  nil,
		"blank.txt": []byte(" \n\t\n"),
		"image.png": {0x89, 'P', 'N', 'G', 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52},
	} {
		doc, err := Parse(name, data)
		if !errors.Is(err, citewatch.ErrInvalid) || doc != nil {
			t.Errorf("Parse(%s) = %v, %v; want nil and an error wrapping ErrInvalid", name, doc, err)
		}
	}
}

func TestContentWords(t *testing.T) {
	got := ContentWords("The Convention was opened for signature on 5 September 2024 in Vilnius, and the EU signed it.")
	want := []string{"convention", "opened", "signature", "5", "september", "2024", "vilnius", "eu", "signed"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("ContentWords = %q, want %q", got, want)
	}
}

func FuzzParse(f *testing.F) {
	f.Add("a.md", "Adopted [1][2] in May [^x].\n\n[^x]: https://a.example/\n[1] https://b.example/\n")
	f.Add("b.html", "<p>Signed<sup><a href='#r1'>1</a></sup></p><ol><li><a href='https://a.example/'>x</a></li></ol>")
	f.Add("c.txt", "Ranges [2–400] and [3-1] and [^] [ ] [,] 1. 2. [1]: \n")
	f.Fuzz(func(t *testing.T, name, data string) {
		doc, err := Parse(name, []byte(data))
		if err != nil {
			if !errors.Is(err, citewatch.ErrInvalid) {
				t.Fatalf("Parse error %v does not wrap ErrInvalid", err)
			}
			return
		}
		for _, c := range doc.Claims {
			if err := c.Validate(); err != nil {
				t.Fatalf("claim %+v: %v", c, err)
			}
		}
	})
}

func TestParseHeadingsOnTheirOwnLines(t *testing.T) {
	doc, err := Parse("essay.txt", []byte(`Background
The treaty was adopted by the Assembly in March 2019 [1].
Where it stands
Nine states have ratified it so far [1].
References
[1] https://a.example/
`))
	if err != nil {
		t.Fatal(err)
	}
	want := []citewatch.Claim{
		{Text: "The treaty was adopted by the Assembly in March 2019.", Line: 2},
		{Text: "Nine states have ratified it so far.", Line: 4},
	}
	if len(doc.Claims) != len(want) {
		t.Fatalf("claims = %+v, want %d", doc.Claims, len(want))
	}
	for i, w := range want {
		if c := doc.Claims[i]; c.Text != w.Text || c.Line != w.Line {
			t.Errorf("claim %d = %q line %d, want %q line %d", i, c.Text, c.Line, w.Text, w.Line)
		}
	}
}

func TestParseNeverAFragment(t *testing.T) {
	// Markers after names in a title or a list back the sentence, and the
	// text after the last marker is part of the claim.
	doc, err := Parse("list.txt", []byte(
		"The Treaty on Rivers [1] [2], Lakes [2], and Wetlands was signed by Chile [1], Peru [2] and Bolivia [3] in Lima last spring.\n"+
			"The Assembly met in Quito [2], and it approved the budget for the next decade.\n\n"+
			"[1] https://a.example/\n[2] https://b.example/\n[3] https://c.example/\n"))
	if err != nil {
		t.Fatal(err)
	}
	want := []string{
		"The Treaty on Rivers, Lakes, and Wetlands was signed by Chile, Peru and Bolivia in Lima last spring. [1 2 3]",
		"The Assembly met in Quito, and it approved the budget for the next decade. [2]",
	}
	var got []string
	for _, c := range doc.Claims {
		got = append(got, c.Text+" "+fmt.Sprint(c.Refs))
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("claims = %q, want %q", got, want)
	}
}

func TestParseWrappedTextIsNoHeading(t *testing.T) {
	doc, err := Parse("wrap.txt", []byte("Background\nThe accord was adopted by the\nAssembly in 2018 [1] and it was\nopened for signature in 2019 [2].\n\n[1] https://a.example/\n[2] https://b.example/\n"))
	if err != nil {
		t.Fatal(err)
	}
	// A wrapped line is not a heading; the two clauses each assert
	// something, so each is a claim.
	want := []citewatch.Claim{
		{Text: "The accord was adopted by the Assembly in 2018", Line: 2},
		{Text: "It was opened for signature in 2019.", Line: 3},
	}
	if len(doc.Claims) != len(want) {
		t.Fatalf("claims = %+v, want %d", doc.Claims, len(want))
	}
	for i, w := range want {
		if c := doc.Claims[i]; c.Text != w.Text || c.Line != w.Line {
			t.Errorf("claim %d = %q line %d, want %q line %d", i, c.Text, c.Line, w.Text, w.Line)
		}
	}
}

func TestParseClauseAfterSemicolon(t *testing.T) {
	doc, err := Parse("semi.md", []byte("The accord has 12 parties [1]; the last one joined it in March [2].\n\n[1]: https://a.example/\n[2]: https://b.example/\n"))
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, c := range doc.Claims {
		got = append(got, c.Text+" "+fmt.Sprint(c.Refs))
	}
	want := []string{"The accord has 12 parties [1]", "the last one joined it in March. [2]"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("claims = %q, want %q", got, want)
	}
}

func TestParseMarkdownBoldHeading(t *testing.T) {
	doc, err := Parse("essay.md", []byte("**Background**\nThe treaty was adopted by the Assembly in March 2019 [1].\n\n[1]: https://a.example/\n"))
	if err != nil {
		t.Fatal(err)
	}
	if len(doc.Claims) != 1 || doc.Claims[0].Text != "The treaty was adopted by the Assembly in March 2019." || doc.Claims[0].Line != 2 {
		t.Errorf("claims = %+v, want the sentence alone at line 2", doc.Claims)
	}
}

// TestParseAs reads a document in the format given, whatever its name
// says: a page at an address ending in .txt that the server sends as HTML
// is HTML.
func TestParseAs(t *testing.T) {
	const name = "https://www.example.org/notes/brief.txt"
	page := []byte(`<html><body><p>The treaty was signed in May <a href="https://treaties.example/status">[1]</a>.</p></body></html>`)
	doc, err := ParseAs(name, FormatOf("text/html; charset=utf-8"), page)
	if err != nil {
		t.Fatal(err)
	}
	if doc.Format != FormatHTML || doc.Name != name {
		t.Errorf("ParseAs(html) = format %q name %q, want %q %q", doc.Format, doc.Name, FormatHTML, name)
	}
	if len(doc.References) != 1 || doc.References[0].URL != "https://treaties.example/status" {
		t.Errorf("ParseAs(html) references = %+v, want the link", doc.References)
	}
	// By its name alone the same bytes are plain text.
	if doc, err := Parse(name, page); err != nil || doc.Format != FormatText {
		t.Errorf("Parse(%s) = %v, %v; want text by the name", name, doc, err)
	}
	// "" leaves the format to the name and the content, as Parse does.
	if doc, err := ParseAs("brief.md", "", []byte("It was signed [1].\n\n[1]: https://treaties.example/a\n")); err != nil || doc.Format != FormatMarkdown {
		t.Errorf("ParseAs(brief.md, \"\") = %v, %v; want markdown", doc, err)
	}
	if _, err := ParseAs(name, "rtf", page); !errors.Is(err, citewatch.ErrInvalid) {
		t.Errorf("ParseAs(unknown format) = %v, want ErrInvalid", err)
	}
	if _, err := ParseAs(name, FormatHTML, []byte("  \n")); !errors.Is(err, citewatch.ErrInvalid) || !strings.Contains(err.Error(), name) {
		t.Errorf("ParseAs(empty) = %v, want ErrInvalid naming %s", err, name)
	}
}

func TestFormatOf(t *testing.T) {
	for ct, want := range map[string]string{
		"text/html; charset=UTF-8": FormatHTML,
		"application/xhtml+xml":    FormatHTML,
		"text/markdown":            FormatMarkdown,
		"TEXT/PLAIN":               FormatText,
		"application/pdf":          FormatPDF,
		"application/vnd.openxmlformats-officedocument.wordprocessingml.document": FormatDOCX,
		"application/octet-stream":    "",
		"":                            "",
		"text/html; charset=\"broken": FormatHTML,
	} {
		if got := FormatOf(ct); got != want {
			t.Errorf("FormatOf(%q) = %q, want %q", ct, got, want)
		}
	}
}
