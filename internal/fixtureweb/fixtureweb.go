package fixtureweb

import (
	"embed"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"net/url"
	"path"
	"slices"
	"strings"

	"github.com/citewatch/citewatch"
)

//go:embed web
var files embed.FS

// Page is one HTML page of the fixture web with its golden.
type Page struct {
	URL         string
	File        string // path under web/
	Kind        string // intergovernmental, government, wire, news, blog, essay, status-table
	Lang        string // BCP 47
	Role        string // "e2e-..." for the pages the end-to-end test uses, else ""
	ContentType string // as served
	Status      int    // as served
	Health      string // the citewatch.Health a link checker should find: "ok", "soft-404", "robots"
	HTML        []byte // the bytes served, in the page's own encoding
	Golden      *Golden
}

// Golden is what a page states: its publication date and its treaty facts.
type Golden struct {
	URL       string       `json:"url"`
	Published string       `json:"published"` // YYYY-MM-DD, YYYY-MM or ""
	Facts     []GoldenFact `json:"facts"`
	Notes     string       `json:"notes"`
}

// GoldenFact is one treaty fact a page states; see the package comment for
// the conventions.
type GoldenFact struct {
	Treaty    string `json:"treaty"`
	Event     string `json:"event"`
	Party     string `json:"party,omitempty"`
	Date      string `json:"date,omitempty"`
	Precision string `json:"precision,omitempty"`
	Place     string `json:"place,omitempty"`
	Count     int    `json:"count,omitempty"`
	Wrong     bool   `json:"wrong,omitempty"`
	Quote     string `json:"quote"`
}

// entry is one URL of web/manifest.json.
type entry struct {
	URL         string            `json:"url"`
	File        string            `json:"file,omitempty"`
	Status      int               `json:"status,omitempty"`       // default 200, or 301 with Redirect
	ContentType string            `json:"content_type,omitempty"` // default text/html; charset=utf-8
	Headers     map[string]string `json:"headers,omitempty"`
	Redirect    string            `json:"redirect,omitempty"`
	Kind        string            `json:"kind,omitempty"`
	Lang        string            `json:"lang,omitempty"`
	Role        string            `json:"role,omitempty"`
	Health      string            `json:"health,omitempty"` // a citewatch.Health; default "ok"
	Note        string            `json:"note,omitempty"`
}

func (e entry) status() int {
	switch {
	case e.Status != 0:
		return e.Status
	case e.Redirect != "":
		return 301
	}
	return 200
}

func (e entry) health() string {
	if e.Health == "" {
		return string(citewatch.HealthOK)
	}
	return e.Health
}

func (e entry) contentType() string {
	if e.ContentType != "" {
		return e.ContentType
	}
	return "text/html; charset=utf-8"
}

// key is how the server finds an entry: host and request URI.
func (e entry) key() string {
	u, _ := url.Parse(e.URL) // checked by manifest
	return u.Host + u.RequestURI()
}

// manifest reads and checks web/manifest.json.
func manifest() ([]entry, error) {
	data, err := files.ReadFile("web/manifest.json")
	if err != nil {
		return nil, fmt.Errorf("fixtureweb: %w", err)
	}
	var es []entry
	if err := json.Unmarshal(data, &es); err != nil {
		return nil, fmt.Errorf("%w: fixtureweb: manifest: %v", citewatch.ErrInvalid, err)
	}
	seen := map[string]bool{}
	for _, e := range es {
		bad := func(why string) error {
			return fmt.Errorf("%w: fixtureweb: manifest entry %s: %s", citewatch.ErrInvalid, e.URL, why)
		}
		u, err := url.Parse(e.URL)
		if err != nil || u.Scheme != "https" || u.Host == "" {
			return nil, bad("not an absolute https URL")
		}
		if seen[e.key()] {
			return nil, bad("listed twice")
		}
		seen[e.key()] = true
		if e.File != "" {
			if _, err := fs.Stat(files, "web/"+e.File); err != nil {
				return nil, bad("file " + e.File + " is missing")
			}
		}
		if e.Kind != "" && e.File == "" {
			return nil, bad("a page needs a file")
		}
		if e.Redirect != "" && e.File != "" {
			return nil, bad("a redirect has no file")
		}
	}
	return es, nil
}

// goldenFile names the golden of a page file.
func goldenFile(file string) string {
	return strings.TrimSuffix(file, path.Ext(file)) + ".golden.json"
}

// Pages returns every page of the manifest with its golden, sorted by URL.
// It returns an error wrapping citewatch.ErrInvalid when the manifest or a
// golden does not parse or a file is missing. It is safe for concurrent use.
func Pages() ([]Page, error) {
	es, err := manifest()
	if err != nil {
		return nil, err
	}
	var pages []Page
	for _, e := range es {
		if e.Kind == "" {
			continue
		}
		html, err := files.ReadFile("web/" + e.File)
		if err != nil {
			return nil, fmt.Errorf("fixtureweb: %w", err)
		}
		g, err := readGolden(goldenFile(e.File))
		if err != nil {
			return nil, err
		}
		if g.URL != e.URL {
			return nil, fmt.Errorf("%w: fixtureweb: golden of %s names %s", citewatch.ErrInvalid, e.URL, g.URL)
		}
		pages = append(pages, Page{
			URL: e.URL, File: e.File, Kind: e.Kind, Lang: e.Lang, Role: e.Role,
			ContentType: e.contentType(), Status: e.status(), Health: e.health(), HTML: html, Golden: g,
		})
	}
	slices.SortFunc(pages, func(a, b Page) int { return strings.Compare(a.URL, b.URL) })
	return pages, nil
}

// readGolden decodes and checks one golden file.
func readGolden(file string) (*Golden, error) {
	data, err := files.ReadFile("web/" + file)
	if err != nil {
		return nil, fmt.Errorf("fixtureweb: golden: %w", err)
	}
	var g Golden
	dec := json.NewDecoder(strings.NewReader(string(data)))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&g); err != nil {
		return nil, fmt.Errorf("%w: fixtureweb: golden %s: %v", citewatch.ErrInvalid, file, err)
	}
	for i, f := range g.Facts {
		if err := f.check(); err != nil {
			return nil, fmt.Errorf("%w: fixtureweb: golden %s: fact %d: %v", citewatch.ErrInvalid, file, i, err)
		}
	}
	return &g, nil
}

// check reports what is malformed in f.
func (f GoldenFact) check() error {
	if f.Treaty == "" || f.Quote == "" {
		return errors.New("no treaty or no quote")
	}
	if !citewatch.Event(f.Event).Valid() {
		return fmt.Errorf("unknown event %q", f.Event)
	}
	d, err := f.date()
	if err != nil {
		return err
	}
	return d.Validate()
}

// Day returns the fact's date as a citewatch.Date (zero when it has none).
func (f GoldenFact) Day() citewatch.Date {
	d, _ := f.date()
	return d
}

func (f GoldenFact) date() (citewatch.Date, error) {
	if f.Date == "" {
		if f.Precision != "" {
			return citewatch.Date{}, errors.New("precision without a date")
		}
		return citewatch.Date{}, nil
	}
	var d citewatch.Date
	var n int
	var err error
	switch len(f.Date) {
	case 10:
		n, err = fmt.Sscanf(f.Date, "%4d-%2d-%2d", &d.Year, &d.Month, &d.Day)
		d.Precision = citewatch.PrecisionDay
	case 7:
		n, err = fmt.Sscanf(f.Date, "%4d-%2d", &d.Year, &d.Month)
		d.Precision = citewatch.PrecisionMonth
	case 4:
		n, err = fmt.Sscanf(f.Date, "%4d", &d.Year)
		d.Precision = citewatch.PrecisionYear
	}
	if err != nil || n == 0 || string(d.Precision) != f.Precision {
		return citewatch.Date{}, fmt.Errorf("date %q with precision %q", f.Date, f.Precision)
	}
	return d, nil
}
