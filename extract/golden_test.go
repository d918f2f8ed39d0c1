package extract

import (
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/citewatch/citewatch"
)

var update = flag.Bool("update", false, "rewrite testdata/*.golden.json from the extractor's output (review the diff)")

// goldenURLs gives each testdata page the address it is read as.
var goldenURLs = map[string]string{
	"coe-chart.html":  "https://www.coe.int/en/web/conventions/full-list?module=signatures-by-treaty&treatynum=108",
	"un-status.html":  "https://treaties.un.org/Pages/ViewDetails.aspx?src=TREATY&mtdsg_no=XXVII-7-d&chapter=27&clang=_en",
	"wire.html":       "https://wire.example.net/2006/07/norway-cybercrime",
	"fr-release.html": "https://www.canada.ca/fr/nouvelles/2025/02/le-canada-signe.html",
	"ambiguous.html":  "https://blog.example.com/notes-ai-treaty",
}

// goldenPage is what a golden file records of one page.
type goldenPage struct {
	Title     string         `json:"title"`
	Language  string         `json:"language,omitempty"`
	Publisher string         `json:"publisher,omitempty"`
	Canonical string         `json:"canonical_url,omitempty"`
	Published citewatch.Date `json:"published,omitzero"`
	Modified  citewatch.Date `json:"modified,omitzero"`
	Dateline  citewatch.Date `json:"dateline,omitzero"`
	Facts     []goldenFact   `json:"facts"`
}

type goldenFact struct {
	Treaty string          `json:"treaty"`
	Event  citewatch.Event `json:"event"`
	Party  string          `json:"party,omitempty"`
	Date   citewatch.Date  `json:"date,omitzero"`
	Place  string          `json:"place,omitempty"`
	Count  int             `json:"count,omitempty"`
	AsOf   citewatch.Date  `json:"as_of,omitzero"`
	Quote  string          `json:"quote"`
}

func TestGolden(t *testing.T) {
	files, err := filepath.Glob("testdata/*.html")
	if err != nil || len(files) == 0 {
		t.Fatalf("no testdata pages: %v", err)
	}
	x := New(testLogger())
	for _, file := range files {
		name := filepath.Base(file)
		t.Run(name, func(t *testing.T) {
			body, err := os.ReadFile(file)
			if err != nil {
				t.Fatal(err)
			}
			doc, facts, err := x.Extract(t.Context(), snapshot(goldenURLs[name], "text/html", body))
			if err != nil {
				t.Fatal(err)
			}
			got := goldenPage{Title: doc.Title, Language: doc.Language, Publisher: doc.Publisher, Canonical: doc.CanonicalURL,
				Published: doc.Published, Modified: doc.Modified, Dateline: doc.Dateline, Facts: []goldenFact{}}
			for _, f := range facts {
				got.Facts = append(got.Facts, goldenFact{Treaty: f.Treaty, Event: f.Event, Party: f.Party, Date: f.Date,
					Place: f.Place, Count: f.Count, AsOf: f.AsOf, Quote: f.Citation.Quote})
			}
			path := strings.TrimSuffix(file, ".html") + ".golden.json"
			if *update {
				data, _ := json.MarshalIndent(got, "", "  ")
				if err := os.WriteFile(path, append(data, '\n'), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			data, err := os.ReadFile(path)
			if err != nil {
				t.Fatalf("%v (run go test -run TestGolden -update)", err)
			}
			var want goldenPage
			if err := json.Unmarshal(data, &want); err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(got, want) {
				g, _ := json.MarshalIndent(got, "", "  ")
				t.Errorf("Extract(%s) =\n%s\nwant %s", name, g, path)
			}
		})
	}
}
