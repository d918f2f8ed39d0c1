package citing

import (
	"strings"
	"testing"
)

// TestInlineLinks reads inline links in Markdown and HTML as citations:
// the sentence holding a link is a claim citing the link's URL, the link's
// text is the reference's label, and a URL linked twice is one reference.
func TestInlineLinks(t *testing.T) {
	for name, src := range map[string]string{
		"post.md": "# Notes on the lakes pact\n\nNorway [ratified the Lakes Convention](https://gov.example/lakes-ratified) in June 2020. " +
			"It entered into force in 2021, as [the treaty office reports](https://treaties.example/lakes).\n\n" +
			"The office [keeps a list](https://treaties.example/lakes) of parties.\n",
		"post.html": `<html><body><h1>Notes on the lakes pact</h1><p>Norway <a href="https://gov.example/lakes-ratified">ratified the Lakes Convention</a> in June 2020.
It entered into force in 2021, as <a href="https://treaties.example/lakes">the treaty office reports</a>.</p>
<p>The office <a href="https://treaties.example/lakes">keeps a list</a> of parties.</p></body></html>`,
	} {
		doc, err := Parse(name, []byte(src))
		if err != nil {
			t.Fatal(err)
		}
		if len(doc.References) != 2 || doc.References[0].URL != "https://gov.example/lakes-ratified" ||
			doc.References[0].Label != "ratified the Lakes Convention" || doc.References[1].URL != "https://treaties.example/lakes" {
			t.Errorf("%s: references = %+v", name, doc.References)
		}
		want := map[string]string{"Norway ratified the Lakes Convention in June 2020.": "^link-1",
			"It entered into force in 2021, as the treaty office reports.": "^link-2",
			"The office keeps a list of parties.":                          "^link-2"}
		for _, c := range doc.Claims {
			if strings.Contains(c.Text, "http") || strings.ContainsAny(c.Text, linkOpen+linkClose) {
				t.Errorf("%s: URL or link mark in claim %q", name, c.Text)
			}
			text := strings.TrimSpace(markerRe.ReplaceAllString(c.Text, ""))
			if ref, ok := want[text]; ok {
				if strings.Join(c.Refs, ",") != ref {
					t.Errorf("%s: %q cites %v, want %s", name, c.Text, c.Refs, ref)
				}
				delete(want, text)
			}
		}
		if len(want) > 0 {
			t.Errorf("%s: claims not found %v in %+v", name, want, doc.Claims)
		}
	}
}
