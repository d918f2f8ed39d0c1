package citing

import (
	"os"
	"strings"
	"testing"
)

// TestWikipediaHTML reads an article as Wikipedia renders it (a page of our
// own in its markup): markers from <sup class="reference"> links, named
// references reused, the reference list's backlinks dropped, and each
// citation's archive-url and retrieval date kept.
func TestWikipediaHTML(t *testing.T) {
	data, err := os.ReadFile("testdata/wikipedia-article.html")
	if err != nil {
		t.Fatal(err)
	}
	doc, err := Parse("wikipedia-article.html", data)
	if err != nil {
		t.Fatal(err)
	}
	if len(doc.Claims) != 2 || strings.Join(doc.Claims[1].Refs, ",") != "2,1" {
		t.Fatalf("claims = %+v", doc.Claims)
	}
	if len(doc.References) != 2 {
		t.Fatalf("references = %+v", doc.References)
	}
	r := doc.References[0]
	if r.URL != "https://treaties.example/lakes" || r.ArchiveURL != "https://archive.example/20250110/https://treaties.example/lakes" ||
		r.AccessDate != "10 January 2025" || strings.HasPrefix(r.Label, "a b") || strings.HasPrefix(r.Label, "^") {
		t.Errorf("reference 1 = %+v", r)
	}
}

func TestArchiveCopy(t *testing.T) {
	for u, want := range map[string]bool{
		"https://web.archive.org/web/20250110000000/https://treaties.example/x": true,
		"https://archive.ph/AbCdE":                      true,
		"https://treaties.example/2025/01/10/report":    false,
		"https://news.example/20250110/https-is-a-word": false,
	} {
		if archiveCopy(u) != want {
			t.Errorf("archiveCopy(%s) = %v", u, !want)
		}
	}
}
