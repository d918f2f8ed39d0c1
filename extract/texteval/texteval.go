// Package texteval measures citewatch's main text and publication date
// against go-trafilatura and go-htmldate run alone, side by side on the
// same pages: token F1 of the text and exact-day accuracy of the date
// against a ground-truth file, and the speed of each.
//
// A ground-truth file is JSON Lines, one object per page:
//
//	{"page": "story.html", "url": "https://...", "text": "the article's text", "date": "2025-03-04"}
//
// where any of url, text and date may be left out. A JSON object keyed by
// page id, each value holding "articleBody" and "url" (the layout of the
// public article-extraction benchmark, whose pages are ID.html or
// ID.html.gz), is read too.
package texteval

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/url"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"
	"unicode"

	"github.com/markusmobius/go-htmldate"
	trafilatura "github.com/markusmobius/go-trafilatura"

	"github.com/citewatch/citewatch"
	"github.com/citewatch/citewatch/extract"
)

// Truth is what a page should give.
type Truth struct {
	Page string `json:"page"`
	URL  string `json:"url,omitempty"`
	Text string `json:"text,omitempty"`
	Date string `json:"date,omitempty"` // YYYY-MM-DD
}

// ReadTruth reads a ground-truth file in either layout the package
// documents. It returns an error wrapping citewatch.ErrInvalid naming the
// line of a malformed entry.
func ReadTruth(r io.Reader) (map[string]Truth, error) {
	data, err := io.ReadAll(r)
	if err != nil {
		return nil, err
	}
	out := map[string]Truth{}
	trimmed := bytes.TrimSpace(data)
	var keyed map[string]struct {
		ArticleBody string `json:"articleBody"`
		URL         string `json:"url"`
	}
	if bytes.HasPrefix(trimmed, []byte("{")) && json.Unmarshal(trimmed, &keyed) == nil && !bytes.Contains(trimmed[:min(len(trimmed), 200)], []byte(`"page"`)) {
		for id, v := range keyed {
			out[id] = Truth{Page: id, URL: v.URL, Text: v.ArticleBody}
		}
		return out, nil
	}
	sc := bufio.NewScanner(bytes.NewReader(data))
	sc.Buffer(nil, 64<<20)
	for n := 1; sc.Scan(); n++ {
		line := bytes.TrimSpace(sc.Bytes())
		if len(line) == 0 {
			continue
		}
		var t Truth
		if err := json.Unmarshal(line, &t); err != nil || t.Page == "" {
			return nil, fmt.Errorf("%w: texteval: truth line %d: want an object with a page", citewatch.ErrInvalid, n)
		}
		out[pageKey(t.Page)] = t
	}
	return out, sc.Err()
}

// pageKey is a page's file name without .gz and .html: "story" for
// "story.html" and "story.html.gz".
func pageKey(name string) string {
	name = strings.TrimSuffix(filepath.Base(name), ".gz")
	return strings.TrimSuffix(strings.TrimSuffix(name, ".html"), ".htm")
}

// Side is one extractor's figures.
type Side struct {
	Precision, Recall, F1 float64 // token scores of the text, averaged over pages with a truth text
	DateRight, DateFound  int     // pages whose date is the truth's exact day; pages given a date
	Elapsed               time.Duration
}

// PagesPerSecond is the side's speed over n pages.
func (s Side) PagesPerSecond(n int) float64 {
	if s.Elapsed <= 0 {
		return 0
	}
	return float64(n) / s.Elapsed.Seconds()
}

// Page is one page's scores on each side.
type Page struct {
	Page                 string
	F1, LibF1            float64 // -1 when there is no truth text
	Date, LibDate, Truth string
}

// Result is an evaluation's figures.
type Result struct {
	Pages, Texts, Dates int  // pages read; pages with a truth text; with a truth date
	Citewatch           Side // full extraction (text and date, with facts)
	Library             Side // go-trafilatura alone for text, go-htmldate alone (extensive) for dates
	DateLibElapsed      time.Duration
	PerPage             []Page
}

// Evaluate runs citewatch's extractor and the libraries alone on every
// .html, .htm and .html.gz page in dir and scores them against truth
// (which may be nil: then only speeds are measured). A page's address is
// its truth's url, or https://pages.invalid/NAME. A page that cannot be
// read stops the run with an error naming it; ctx's error is returned when
// ctx is done.
func Evaluate(ctx context.Context, x *extract.Extractor, dir string, truth map[string]Truth) (Result, error) {
	var files []string
	for _, pat := range []string{"*.html", "*.htm", "*.html.gz"} {
		m, err := filepath.Glob(filepath.Join(dir, pat))
		if err != nil {
			return Result{}, err
		}
		files = append(files, m...)
	}
	sort.Strings(files)
	var res Result
	if len(files) == 0 {
		return res, fmt.Errorf("%w: texteval: no .html pages in %s", citewatch.ErrInvalid, dir)
	}
	for _, f := range files {
		if err := ctx.Err(); err != nil {
			return res, err
		}
		body, err := readPage(f)
		if err != nil {
			return res, fmt.Errorf("texteval: page %s: %w", f, err)
		}
		key := pageKey(f)
		t := truth[key]
		addr := t.URL
		if addr == "" {
			addr = "https://pages.invalid/" + url.PathEscape(filepath.Base(f))
		}
		u, err := url.Parse(addr)
		if err != nil {
			return res, fmt.Errorf("%w: texteval: page %s: url %q: %v", citewatch.ErrInvalid, f, addr, err)
		}
		res.Pages++
		p := Page{Page: filepath.Base(f), F1: -1, LibF1: -1, Truth: t.Date}

		start := time.Now()
		doc, _, err := x.Extract(ctx, citewatch.Snapshot{URL: addr, Body: body, ContentType: "text/html"})
		res.Citewatch.Elapsed += time.Since(start)
		var text string
		if err == nil {
			text = doc.Text
			if !doc.Published.IsZero() {
				p.Date = doc.Published.String()
			}
		}

		start = time.Now()
		var libText string
		if r, err := trafilatura.Extract(bytes.NewReader(body), trafilatura.Options{OriginalURL: u}); err == nil {
			libText = r.ContentText
		}
		res.Library.Elapsed += time.Since(start)

		start = time.Now()
		if r, err := htmldate.FromReader(bytes.NewReader(body), htmldate.Options{URL: addr, UseOriginalDate: true}); err == nil && !r.IsZero() {
			p.LibDate = r.DateTime.Format("2006-01-02")
		}
		res.DateLibElapsed += time.Since(start)

		if t.Text != "" {
			res.Texts++
			want := Tokens(t.Text)
			var s Score
			s, p.F1 = score(Tokens(text), want)
			res.Citewatch.add(s)
			s, p.LibF1 = score(Tokens(libText), want)
			res.Library.add(s)
		}
		if t.Date != "" {
			res.Dates++
			res.Citewatch.date(p.Date, t.Date)
			res.Library.date(p.LibDate, t.Date)
		}
		res.PerPage = append(res.PerPage, p)
	}
	res.Citewatch.mean(res.Texts)
	res.Library.mean(res.Texts)
	return res, nil
}

func (s *Side) add(sc Score) {
	s.Precision += sc.Precision
	s.Recall += sc.Recall
	s.F1 += sc.F1
}

func (s *Side) mean(n int) {
	if n > 0 {
		s.Precision /= float64(n)
		s.Recall /= float64(n)
		s.F1 /= float64(n)
	}
}

func (s *Side) date(got, want string) {
	if got != "" {
		s.DateFound++
	}
	if got == want {
		s.DateRight++
	}
}

func readPage(name string) ([]byte, error) {
	b, err := os.ReadFile(name)
	if err != nil || !strings.HasSuffix(name, ".gz") {
		return b, err
	}
	zr, err := gzip.NewReader(bytes.NewReader(b))
	if err != nil {
		return nil, err
	}
	defer func() { _ = zr.Close() }() // reading from memory: closing loses nothing
	return io.ReadAll(io.LimitReader(zr, 64<<20))
}

// Tokens splits text into lower-cased words: runs of letters and digits.
func Tokens(text string) []string {
	return strings.FieldsFunc(strings.ToLower(text), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
}

// Score is a text's token precision, recall and F1 against the truth's.
type Score struct {
	Precision, Recall, F1 float64
}

// TokenScore compares the bags of words of got and want: precision is the
// share of got's tokens found in want (each counted as often as want has
// it), recall the share of want's found in got. Two empty texts score 1.
func TokenScore(got, want []string) Score {
	s, _ := score(got, want)
	return s
}

func score(got, want []string) (Score, float64) {
	if len(got) == 0 && len(want) == 0 {
		return Score{1, 1, 1}, 1
	}
	counts := map[string]int{}
	for _, w := range want {
		counts[w]++
	}
	common := 0
	for _, g := range got {
		if counts[g] > 0 {
			counts[g]--
			common++
		}
	}
	var s Score
	if len(got) > 0 {
		s.Precision = float64(common) / float64(len(got))
	}
	if len(want) > 0 {
		s.Recall = float64(common) / float64(len(want))
	}
	if s.Precision+s.Recall > 0 {
		s.F1 = 2 * s.Precision * s.Recall / (s.Precision + s.Recall)
	}
	return s, s.F1
}

// WriteText prints the result as a table; with perPage, each page's
// scores first.
func (r Result) WriteText(w io.Writer, perPage bool) error {
	var b strings.Builder
	if perPage {
		fmt.Fprintf(&b, "%-40s %8s %8s %12s %12s %12s\n", "page", "F1", "lib F1", "date", "lib date", "truth")
		for _, p := range r.PerPage {
			f1, lib := "-", "-"
			if p.F1 >= 0 {
				f1, lib = fmt.Sprintf("%.3f", p.F1), fmt.Sprintf("%.3f", p.LibF1)
			}
			fmt.Fprintf(&b, "%-40s %8s %8s %12s %12s %12s\n", p.Page, f1, lib, dash(p.Date), dash(p.LibDate), dash(p.Truth))
		}
		b.WriteString("\n")
	}
	fmt.Fprintf(&b, "%d pages, %d with a truth text, %d with a truth date\n\n", r.Pages, r.Texts, r.Dates)
	fmt.Fprintf(&b, "%-28s %14s %30s\n", "", "citewatch", "go-trafilatura / go-htmldate")
	if r.Texts > 0 {
		fmt.Fprintf(&b, "%-28s %14.3f %30.3f\n", "text token F1", r.Citewatch.F1, r.Library.F1)
		fmt.Fprintf(&b, "%-28s %14.3f %30.3f\n", "text token precision", r.Citewatch.Precision, r.Library.Precision)
		fmt.Fprintf(&b, "%-28s %14.3f %30.3f\n", "text token recall", r.Citewatch.Recall, r.Library.Recall)
	}
	if r.Dates > 0 {
		fmt.Fprintf(&b, "%-28s %14.3f %30.3f\n", "date exact day", float64(r.Citewatch.DateRight)/float64(r.Dates), float64(r.Library.DateRight)/float64(r.Dates))
	}
	fmt.Fprintf(&b, "%-28s %14.1f %30s\n", "pages/s", r.Citewatch.PagesPerSecond(r.Pages),
		fmt.Sprintf("%.1f / %.1f", r.Library.PagesPerSecond(r.Pages), Side{Elapsed: r.DateLibElapsed}.PagesPerSecond(r.Pages)))
	b.WriteString("(citewatch's speed is full extraction: text, date, sentences and facts)\n")
	_, err := io.WriteString(w, b.String())
	return err
}

func dash(s string) string {
	if s == "" {
		return "-"
	}
	return s
}
