// Package report writes a verification report: as text (in colour on a
// terminal), JSON, Markdown, or schema.org ClaimReview objects.
package report

import (
	"encoding/json"
	"fmt"
	"io"
	"strings"

	"github.com/citewatch/citewatch"
	"github.com/citewatch/citewatch/verify"
)

// Formats Write writes.
const (
	Text         = "text"
	JSON         = "json"
	Markdown     = "markdown"
	ClaimReviews = "claimreview"
	Wikitext     = "wikitext"
)

// Formats lists the formats Write accepts.
var Formats = []string{Text, JSON, Markdown, ClaimReviews, Wikitext}

// Options shape a report beyond its format.
type Options struct {
	Color bool // colour the text report
	// Author and Publisher name who reviews the claims in ClaimReview
	// output (default: citewatch, as a SoftwareApplication).
	Author, Publisher string
}

// Write writes r to w in format: "text" (grouped by claim, in colour
// when color is true), "json" (the Report), "markdown", or "claimreview"
// (a JSON array of schema.org ClaimReview objects, one per claim). It
// returns an error wrapping citewatch.ErrInvalid for an unknown format, and
// any error writing to w.
func Write(w io.Writer, r *verify.Report, format string, color bool) error {
	return WriteWith(w, r, format, Options{Color: color})
}

// WriteWith is Write with options; "wikitext" gives one {{cite web}} line
// per cited source, ready to paste into a wiki article.
func WriteWith(w io.Writer, r *verify.Report, format string, o Options) error {
	switch format {
	case Text, "":
		return writeText(w, r, o.Color)
	case JSON:
		return writeJSON(w, r)
	case Markdown:
		return writeMarkdown(w, r)
	case ClaimReviews:
		return writeJSON(w, claimReviews(r, o))
	case Wikitext:
		return writeWikitext(w, r)
	}
	return fmt.Errorf("%w: report format %q: want one of %s", citewatch.ErrInvalid, format, strings.Join(Formats, ", "))
}

func writeJSON(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	if err := enc.Encode(v); err != nil {
		return fmt.Errorf("report: write: %w", err)
	}
	return nil
}

// errWriter keeps the first write error so formatting code stays linear.
type errWriter struct {
	w   io.Writer
	err error
}

func (e *errWriter) printf(format string, args ...any) {
	if e.err == nil {
		_, e.err = fmt.Fprintf(e.w, format, args...)
	}
}

func (e *errWriter) result() error {
	if e.err != nil {
		return fmt.Errorf("report: write: %w", e.err)
	}
	return nil
}

// ANSI colours per label.
var labelColor = map[citewatch.Label]string{
	citewatch.Supported:          "\x1b[32m", // green
	citewatch.PartiallySupported: "\x1b[33m", // yellow
	citewatch.Contradicted:       "\x1b[31m", // red
	citewatch.NotInSource:        "\x1b[35m", // magenta
	citewatch.SourceUnavailable:  "\x1b[90m", // grey
}

const (
	ansiReset = "\x1b[0m"
	ansiBold  = "\x1b[1m"
	ansiDim   = "\x1b[2m"
)

func writeText(w io.Writer, r *verify.Report, color bool) error {
	e := &errWriter{w: w}
	paint := func(code, s string) string {
		if !color || code == "" {
			return s
		}
		return code + s + ansiReset
	}
	label := func(l citewatch.Label) string { return paint(labelColor[l], strings.ToUpper(string(l))) }
	name := "document"
	if r.Document != nil {
		name = r.Document.Name
	}
	e.printf("%s: %d claims, %s\n", paint(ansiBold, name), len(r.Claims), summary(r))
	for _, c := range r.Claims {
		// One line per claim: its verdict and each reference's.
		var refs []string
		for _, v := range c.Verdicts {
			refs = append(refs, "["+v.Ref+"] "+paint(labelColor[v.Label], shortLabel[v.Label]))
		}
		e.printf("\n%s %s (line %d)  %s\n", paint(ansiBold, c.Claim.ID), label(c.Overall), c.Claim.Line, strings.Join(refs, "  "))
		e.printf("  %s\n", quote(c.Claim.Text))
		for _, v := range c.Verdicts {
			writeVerdictText(e, v, "  ", label, paint)
		}
		if len(c.Beyond) > 0 {
			e.printf("  beyond the cited sources:\n")
			for _, v := range c.Beyond {
				writeVerdictText(e, v, "    ", label, paint)
			}
		}
	}
	if len(r.Sources) > 0 {
		e.printf("\n%s\n", paint(ansiBold, "sources:"))
		for _, s := range r.Sources {
			e.printf("  [%s] %s\n      %s\n", s.Ref, s.URL, sourceLine(s))
		}
	}
	if len(r.Problems) > 0 {
		e.printf("\n%s\n", paint(ansiBold, "problems:"))
		for _, p := range r.Problems {
			e.printf("  %s\n", p)
		}
	}
	return e.result()
}

// writeVerdictText writes one reference's verdict: its label and URL,
// the reason, what the source leaves unbacked, and the decisive quote
// (marked when it is the page's title, or only the closest the page
// comes to the claim).
func writeVerdictText(e *errWriter, v citewatch.Verdict, indent string, label func(citewatch.Label) string, paint func(string, string) string) {
	ref := "[" + v.Ref + "]"
	if v.Ref == "" {
		ref = "-"
	}
	e.printf("%s%s %s %s\n", indent, ref, label(v.Label), v.URL)
	e.printf("%s    %s\n", indent, v.Reason)
	if len(v.Unbacked) > 0 && v.Label != citewatch.Supported {
		e.printf("%s    not backed: %s\n", indent, strings.Join(v.Unbacked, "; "))
	}
	if len(v.Evidence) == 0 {
		return
	}
	ev := v.Evidence[0]
	prefix := ""
	switch {
	case ev.Title:
		prefix = "title: "
	case v.Label == citewatch.NotInSource:
		prefix = "closest: "
	}
	page := ""
	if ev.Fact != nil && ev.Fact.Citation.Page > 0 {
		page = fmt.Sprintf(" (page %d)", ev.Fact.Citation.Page)
	}
	e.printf("%s    %s%s%s\n", indent, prefix, quote(ev.Quote), page)
	if ev.WARCRecordID != "" {
		e.printf("%s      %s\n", indent, paint(ansiDim, ev.WARCRecordID))
	}
}

// shortLabel is a label as the one-line summary of a claim shows it.
var shortLabel = map[citewatch.Label]string{
	citewatch.Supported:          "supported",
	citewatch.PartiallySupported: "partial",
	citewatch.Contradicted:       "contradicted",
	citewatch.NotInSource:        "not in source",
	citewatch.SourceUnavailable:  "unavailable",
}

func quote(s string) string { return "“" + s + "”" }

// summary counts claims per overall label: "3 supported, 1 contradicted".
func summary(r *verify.Report) string {
	var parts []string
	for _, l := range citewatch.Labels {
		n := 0
		for _, c := range r.Claims {
			if c.Overall == l {
				n++
			}
		}
		if n > 0 {
			parts = append(parts, fmt.Sprintf("%d %s", n, l))
		}
	}
	if len(parts) == 0 {
		return "nothing to check"
	}
	return strings.Join(parts, ", ")
}

func writeMarkdown(w io.Writer, r *verify.Report) error {
	e := &errWriter{w: w}
	name := "document"
	if r.Document != nil {
		name = r.Document.Name
	}
	e.printf("# Verification of %s\n\n%d claims: %s.\n", mdEscape(name), len(r.Claims), summary(r))
	for _, c := range r.Claims {
		e.printf("\n## %s: %s (line %d)\n\n> %s\n\n", c.Claim.ID, c.Overall, c.Claim.Line, mdEscape(c.Claim.Text))
		e.printf("| ref | source | verdict | reason | not backed |\n|---|---|---|---|---|\n")
		for _, v := range c.Verdicts {
			e.printf("| %s | %s | %s | %s | %s |\n", mdCell(v.Ref), mdCell(v.URL), v.Label, mdCell(v.Reason), mdCell(strings.Join(v.Unbacked, "; ")))
		}
		for _, v := range c.Verdicts {
			writeEvidenceMarkdown(e, v)
		}
		if len(c.Beyond) > 0 {
			e.printf("\nBeyond the cited sources:\n\n")
			for _, v := range c.Beyond {
				e.printf("- %s <%s>: %s\n", v.Label, v.URL, mdEscape(v.Reason))
			}
		}
	}
	if len(r.Sources) > 0 {
		e.printf("\n## Sources\n\n")
		for _, s := range r.Sources {
			e.printf("- [%s] <%s>: %s\n", mdEscape(s.Ref), s.URL, mdEscape(sourceLine(s)))
		}
	}
	if len(r.Problems) > 0 {
		e.printf("\n## Problems\n\n")
		for _, p := range r.Problems {
			e.printf("- %s\n", mdEscape(p.String()))
		}
	}
	return e.result()
}

func writeEvidenceMarkdown(e *errWriter, v citewatch.Verdict) {
	for _, ev := range v.Evidence {
		rec := ""
		if ev.WARCRecordID != "" {
			rec = " (WARC record `" + ev.WARCRecordID + "`)"
		}
		what := ""
		if ev.Title {
			what = " (the page's title)"
		}
		e.printf("\n[%s] <%s>%s%s:\n> %s\n", v.Ref, ev.URL, rec, what, mdEscape(ev.Quote))
	}
}

func mdEscape(s string) string {
	return strings.NewReplacer("\n", " ", "<", "&lt;", ">", "&gt;").Replace(s)
}

func mdCell(s string) string { return strings.ReplaceAll(mdEscape(s), "|", `\|`) }

// ClaimReview is a schema.org ClaimReview (https://schema.org/ClaimReview),
// as JSON-LD.
type ClaimReview struct {
	Context       string       `json:"@context"`
	Type          string       `json:"@type"`
	ClaimReviewed string       `json:"claimReviewed"`
	ReviewRating  Rating       `json:"reviewRating"`
	ItemReviewed  ReviewedItem `json:"itemReviewed"`
	ReviewBody    string       `json:"reviewBody,omitempty"`
	DatePublished string       `json:"datePublished,omitempty"`
	Author        *Thing       `json:"author,omitempty"`
	Publisher     *Thing       `json:"publisher,omitempty"`
	Citation      []Thing      `json:"citation,omitempty"`
}

// Rating is a schema.org Rating; AlternateName carries citewatch's label.
type Rating struct {
	Type          string `json:"@type"`
	RatingValue   int    `json:"ratingValue,omitempty"`
	BestRating    int    `json:"bestRating"`
	WorstRating   int    `json:"worstRating"`
	AlternateName string `json:"alternateName"`
}

// ReviewedItem is the schema.org Claim a ClaimReview reviews.
type ReviewedItem struct {
	Type       string  `json:"@type"`
	Appearance []Thing `json:"appearance,omitempty"`
}

// Thing is a named schema.org item with an optional URL.
type Thing struct {
	Type string `json:"@type"`
	Name string `json:"name,omitempty"`
	URL  string `json:"url,omitempty"`
}

// ratings maps labels onto a 1-5 scale; an unavailable source rates nothing.
var ratings = map[citewatch.Label]int{
	citewatch.Supported:          5,
	citewatch.PartiallySupported: 3,
	citewatch.NotInSource:        2,
	citewatch.Contradicted:       1,
}

func claimReviews(r *verify.Report, o Options) []ClaimReview {
	out := []ClaimReview{}
	docName := ""
	if r.Document != nil {
		docName = r.Document.Name
	}
	for _, c := range r.Claims {
		cr := ClaimReview{
			Context:       "https://schema.org",
			Type:          "ClaimReview",
			ClaimReviewed: c.Claim.Text,
			ReviewRating: Rating{Type: "Rating", RatingValue: ratings[c.Overall], BestRating: 5, WorstRating: 1,
				AlternateName: string(c.Overall)},
			ItemReviewed: ReviewedItem{Type: "Claim", Appearance: []Thing{{Type: "CreativeWork", Name: docName}}},
			Author:       &Thing{Type: "SoftwareApplication", Name: "citewatch"},
		}
		if o.Author != "" {
			cr.Author = &Thing{Type: "Organization", Name: o.Author}
		}
		if o.Publisher != "" {
			cr.Publisher = &Thing{Type: "Organization", Name: o.Publisher}
		}
		if !r.Checked.IsZero() {
			cr.DatePublished = r.Checked.Format("2006-01-02")
		}
		var reasons []string
		for _, v := range c.Verdicts {
			reasons = append(reasons, fmt.Sprintf("[%s] %s: %s", v.Ref, v.Label, v.Reason))
			if v.URL != "" {
				cr.Citation = append(cr.Citation, Thing{Type: "CreativeWork", URL: v.URL})
			}
		}
		cr.ReviewBody = strings.Join(reasons, " ")
		out = append(out, cr)
	}
	return out
}
