package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/citewatch/citewatch"
	"github.com/citewatch/citewatch/citing"
	"github.com/citewatch/citewatch/report"
	"github.com/citewatch/citewatch/verify"
)

// isURLArg reports whether a command-line document is a URL to fetch
// rather than a file.
func isURLArg(s string) bool {
	l := strings.ToLower(s)
	return strings.HasPrefix(l, "http://") || strings.HasPrefix(l, "https://")
}

// namedDoc is one document of a verify or run call: its name as given on
// the command line, and its claims and references once read.
type namedDoc struct {
	name string
	doc  *citewatch.CitingDocument
	err  error // why it could not be read
}

// readLocalDocuments reads every document named on the command line that
// is a file ("-" for standard input); URLs are left for the caller to
// fetch. A document that cannot be read keeps its error; the others are
// still checked.
func readLocalDocuments(o reportOptions, g *globals, names []string) ([]namedDoc, bool, error) {
	if !validFormat(o.format) {
		return nil, false, fmt.Errorf("%w: --format %q: want one of %s", citewatch.ErrInvalid, o.format, strings.Join(report.Formats, ", "))
	}
	color, err := wantColor(o.color, g.stdout)
	if err != nil {
		return nil, false, err
	}
	g.allowColor(color)
	docs := make([]namedDoc, len(names))
	for i, name := range names {
		docs[i].name = name
		if isURLArg(name) {
			continue
		}
		data, err := readDocument(name, g.stdin())
		if err == nil {
			docs[i].doc, err = citing.Parse(name, data)
		}
		docs[i].err = err
	}
	return docs, color, nil
}

// verifyDocuments checks each readable document with v and prints its
// report; with several documents it ends with one summary (in text), or
// prints one JSON object holding every report and the summary. It returns
// the worst outcome: an error when a document could not be read,
// errChecksFailed when a claim is not supported, nil otherwise.
func verifyDocuments(ctx context.Context, g *globals, v *verify.Verifier, docs []namedDoc, ro reportOut) error {
	format := ro.format
	if len(docs) == 1 {
		if docs[0].err != nil {
			return docs[0].err
		}
		r, err := v.Verify(ctx, docs[0].doc)
		if err != nil {
			return err
		}
		return writeReport(g, docs[0].name, r, ro)
	}
	var (
		sum      docSummary
		reports  []docReport
		firstErr bool
	)
	for _, d := range docs {
		if d.err != nil {
			fmt.Fprintf(g.stderr, "citewatch: %v\n", d.err)
			sum.Unreadable++
			firstErr = true
			continue
		}
		r, err := v.Verify(ctx, d.doc)
		if err != nil {
			return err
		}
		sum.add(r)
		if format == report.JSON {
			reports = append(reports, docReport{Name: d.name, Report: r})
			continue
		}
		if format == report.Text {
			fmt.Fprintf(g.stdout, "== %s\n", d.name)
		}
		if err := writeReport(g, d.name, r, ro); err != nil && !errors.Is(err, errChecksFailed) {
			return err
		}
		if format == report.Text {
			fmt.Fprintln(g.stdout)
		}
	}
	sum.Documents = len(docs)
	switch format {
	case report.JSON:
		enc := json.NewEncoder(g.stdout)
		enc.SetIndent("", "  ")
		if err := enc.Encode(struct {
			Documents []docReport `json:"documents"`
			Summary   docSummary  `json:"summary"`
		}{reports, sum}); err != nil {
			return err
		}
	default:
		sum.write(g.stdout)
	}
	if firstErr {
		// each was named on stderr as it came; the error sums them up
		return fmt.Errorf("%w: %d of %d documents could not be read", citewatch.ErrInvalid, sum.Unreadable, len(docs))
	}
	if sum.Claims == 0 || sum.Supported < sum.Claims {
		return errChecksFailed
	}
	return nil
}

// docReport is one document's report in a several-document JSON output.
type docReport struct {
	Name   string         `json:"name"`
	Report *verify.Report `json:"report"`
}

// docSummary adds up the claims of several documents by overall verdict.
type docSummary struct {
	Documents  int                     `json:"documents"`
	Unreadable int                     `json:"unreadable"`
	Claims     int                     `json:"claims"`
	Supported  int                     `json:"supported"`
	ByLabel    map[citewatch.Label]int `json:"by_label"`
}

func (s *docSummary) add(r *verify.Report) {
	if s.ByLabel == nil {
		s.ByLabel = map[citewatch.Label]int{}
	}
	for _, c := range r.Claims {
		s.Claims++
		s.ByLabel[c.Overall]++
		if c.Overall == citewatch.Supported {
			s.Supported++
		}
	}
}

func (s docSummary) write(w io.Writer) {
	fmt.Fprintf(w, "%d documents", s.Documents)
	if s.Unreadable > 0 {
		fmt.Fprintf(w, " (%d could not be read)", s.Unreadable)
	}
	fmt.Fprintf(w, ": %d claims", s.Claims)
	for _, l := range []citewatch.Label{citewatch.Supported, citewatch.PartiallySupported, citewatch.Contradicted, citewatch.NotInSource, citewatch.SourceUnavailable} {
		if n := s.ByLabel[l]; n > 0 {
			fmt.Fprintf(w, ", %d %s", n, l)
		}
	}
	fmt.Fprintln(w)
}
