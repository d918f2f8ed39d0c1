package citing

import (
	"strings"
	"testing"
)

const sampleWiki = `{{Short description|A treaty of our own making}}
'''The Lakes Convention''' is a [[treaty]] on shared lakes.

== History ==
The convention was adopted on 3 May 2019.<ref name="un">{{cite web |url=https://treaties.example/lakes |title=Status of the Lakes Convention |website=Treaty Office |access-date=2025-01-10 |archive-url=https://archive.example/2025/https://treaties.example/lakes |url-status=live}}</ref> It entered into force on 1 July 2021.<ref>[https://news.example/lakes-in-force Lakes pact in force]</ref>
Norway ratified it in 2020.<ref name="un" />

== References ==
{{Reflist}}
`

// TestWikitextRefs reads MediaWiki source: refs numbered in order of first
// use, a named ref reused keeps its number, the cite template's url,
// archive-url and access-date kept, headings apart from claims.
func TestWikitextRefs(t *testing.T) {
	doc, err := Parse("lakes.wiki", []byte(sampleWiki))
	if err != nil {
		t.Fatal(err)
	}
	if doc.Format != FormatWikitext {
		t.Errorf("format %q", doc.Format)
	}
	if len(doc.References) != 2 {
		t.Fatalf("references = %+v, want 2", doc.References)
	}
	r1, r2 := doc.References[0], doc.References[1]
	if r1.N != "1" || r1.URL != "https://treaties.example/lakes" || r1.AccessDate != "2025-01-10" ||
		r1.ArchiveURL != "https://archive.example/2025/https://treaties.example/lakes" {
		t.Errorf("ref 1 = %+v", r1)
	}
	if r2.URL != "https://news.example/lakes-in-force" || !strings.Contains(r2.Label, "Lakes pact") {
		t.Errorf("ref 2 = %+v", r2)
	}
	want := map[string]string{"adopted on 3 May 2019": "1", "entered into force": "2", "Norway ratified": "1"}
	for frag, ref := range want {
		found := false
		for _, c := range doc.Claims {
			if strings.Contains(c.Text, "History") || strings.Contains(c.Text, "{{") || strings.Contains(c.Text, "<ref") {
				t.Errorf("markup or heading in claim %q", c.Text)
			}
			if strings.Contains(c.Text, frag) {
				found = true
				if strings.Join(c.Refs, ",") != ref {
					t.Errorf("claim %q cites %v, want %s", c.Text, c.Refs, ref)
				}
			}
		}
		if !found {
			t.Errorf("no claim with %q in %+v", frag, doc.Claims)
		}
	}
	// a wiki page with no references says so, and is no error
	doc, err = Parse("empty.wiki", []byte("'''Lakes''' are [[water]].\n"))
	if err != nil || len(doc.Problems) == 0 {
		t.Errorf("no references: err %v, problems %v", err, doc.Problems)
	}
}
