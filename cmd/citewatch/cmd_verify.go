package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/spf13/cobra"

	"github.com/citewatch/citewatch"
	"github.com/citewatch/citewatch/citing"
	"github.com/citewatch/citewatch/extract"
	"github.com/citewatch/citewatch/internal/safetext"
	"github.com/citewatch/citewatch/report"
	"github.com/citewatch/citewatch/sources"
	"github.com/citewatch/citewatch/verify"
)

type verifyOptions struct {
	report reportOptions
	// open supplies the Verifier's dependencies; nil means openVerifyDeps.
	// Tests set it to doubles.
	open func(ctx context.Context, g *globals) (*verifyDeps, error)
}

func newVerifyCmd(g *globals) *cobra.Command {
	o := verifyOptions{}
	cmd := &cobra.Command{
		Use:   "verify DOC...",
		Short: "Check each claim of a document against the sources it cites",
		Long: `Verify reads a document (Markdown, plain text or HTML; "-" for standard input)
with citation markers ([2], [2, 7], [2–4], [^n], superscript links) and a
reference list, and checks each claim against the archived copy of every
source it cites, using only what the data directory already holds: run
"citewatch crawl" and "citewatch index" first.

Each citation gets a verdict: supported, partially-supported, contradicted,
not-in-source or source-unavailable, with the sentences that show it and the
reason in words. Other indexed sources that support or contradict a claim
are listed apart.

Several documents may be named at once (Markdown, text, HTML, Word .docx
with footnotes, MediaWiki source, PDF); each gets its report and the call
ends with one summary. A URL names a document fetched before by "citewatch
run URL" and read from its archived copy.

Exit status: 0 when every claim is supported, 1 when any is not, 2 on error
(or when a document could not be read).`,
		Args: cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			return runVerify(cmd.Context(), o, g, args)
		},
	}
	addReportFlags(cmd, &o.report)
	return cmd
}

// reportOptions are the flags of the commands that print a verification
// report (verify, run).
type reportOptions struct {
	format    string
	color     string // auto, always, never
	author    string // ClaimReview author
	publisher string // ClaimReview publisher
	json      bool   // --json: --format json, as every command says it
}

// applyJSON turns --json into --format json.
func (o *reportOptions) applyJSON() {
	if o.json {
		o.format = report.JSON
	}
}

// reportOut is how a report is written: its format and the renderer's
// options.
type reportOut struct {
	format string
	report.Options
}

// options returns how to write reports, with colour decided.
func (o reportOptions) options(color bool) reportOut {
	return reportOut{format: o.format, Options: report.Options{Color: color, Author: o.author, Publisher: o.publisher}}
}

func addReportFlags(cmd *cobra.Command, o *reportOptions) {
	f := cmd.Flags()
	f.StringVar(&o.format, "format", report.Text, "report format: "+strings.Join(report.Formats, ", "))
	addJSONFlag(cmd, &o.json, "the report as JSON (--format json)")
	cmd.MarkFlagsMutuallyExclusive("json", "format")
	f.StringVar(&o.color, "color", "auto", "colour the text report: auto (on a terminal), always, never")
	completeWords(cmd, "format", report.Formats...)
	completeWords(cmd, "color", "auto", "always", "never")
	f.StringVar(&o.author, "author", "", "who reviews the claims, for --format claimreview (default: citewatch)")
	f.StringVar(&o.publisher, "publisher", "", "who publishes the review, for --format claimreview")
}

func runVerify(ctx context.Context, o verifyOptions, g *globals, args []string) error {
	o.report.applyJSON()
	docs, color, err := readLocalDocuments(o.report, g, args)
	if err != nil {
		return err
	}
	open := o.open
	if open == nil {
		open = openVerifyDeps
	}
	// A URL document is read from its archived copy: verify fetches nothing.
	for i := range docs {
		if !isURLArg(docs[i].name) {
			continue
		}
		snap, err := archivedSnapshot(ctx, g, docs[i].name)
		if err != nil {
			docs[i].err = fmt.Errorf("%s: the document is not in the archive (\"citewatch run %s\" fetches it): %w", docs[i].name, docs[i].name, err)
			continue
		}
		docs[i].doc, docs[i].err = citing.ParseAs(docs[i].name, citing.FormatOf(snap.ContentType), snap.Body)
	}
	return verifyAndReport(ctx, g, open, docs, o.report.options(color))
}

// verifyAndReport checks docs against what open wires up and prints their
// reports (see verifyDocuments).
func verifyAndReport(ctx context.Context, g *globals, open func(context.Context, *globals) (*verifyDeps, error),
	docs []namedDoc, ro reportOut) error {
	if len(docs) == 1 && docs[0].err != nil {
		return docs[0].err
	}
	deps, err := open(ctx, g)
	if err != nil {
		return err
	}
	defer deps.close()
	v := verify.New(deps.passages, deps.facts, deps.claims, deps.health, g.log)
	if ro.format != report.Text {
		return verifyDocuments(ctx, g, v, docs, ro)
	}
	// The text report is for reading: paged on a terminal.
	return g.paged(func(w io.Writer) error {
		paged := *g
		paged.stdout, paged.paging = w, w != g.stdout
		return verifyDocuments(ctx, &paged, v, docs, ro)
	})
}

// writeReport prints the report to stdout and its problems to stderr, one
// line each; the text report lists its problems itself, so they are not
// repeated on stderr. It returns errChecksFailed when a claim is not
// supported.
func writeReport(g *globals, name string, r *verify.Report, ro reportOut) error {
	format := ro.format
	if format != report.Text || !(isTerminal(g.stdout) || g.paging) {
		for _, p := range r.Problems {
			fmt.Fprintf(g.stderr, "citewatch: %s: %s\n", name, safetext.Escape(p.String()))
		}
	}
	if err := report.WriteWith(g.stdout, r, format, ro.Options); err != nil {
		return err
	}
	if !r.AllSupported() {
		return errChecksFailed
	}
	return nil
}

func validFormat(f string) bool {
	for _, x := range report.Formats {
		if f == x {
			return true
		}
	}
	return false
}

func wantColor(mode string, w io.Writer) (bool, error) {
	switch mode {
	case "always":
		return true, nil
	case "never":
		return false, nil
	case "auto", "":
		return useColor(w), nil
	}
	return false, fmt.Errorf("%w: --color %q: want auto, always or never", citewatch.ErrInvalid, mode)
}

// stdin is where "-" reads from.
func (g *globals) stdin() io.Reader {
	if g.in == nil {
		return os.Stdin
	}
	return g.in
}

// readDocument reads the document named on the command line.
func readDocument(name string, stdin io.Reader) ([]byte, error) {
	if name == "-" {
		data, err := readStdin(stdin, maxDocument)
		if err != nil {
			return nil, fmt.Errorf("document: %w", err)
		}
		return data, nil
	}
	data, err := readFile(name, maxDocument)
	if err != nil {
		return nil, fmt.Errorf("document: %w", err)
	}
	return data, nil
}

// readStdin reads standard input, of at most limit bytes.
func readStdin(stdin io.Reader, limit int64) ([]byte, error) {
	data, err := io.ReadAll(io.LimitReader(stdin, limit+1))
	if err != nil {
		return nil, fmt.Errorf("standard input: %w", err)
	}
	if int64(len(data)) > limit {
		return nil, fmt.Errorf("%w: standard input is larger than %s", citewatch.ErrInvalid, sizeText(limit))
	}
	return data, nil
}

// maxDocument caps the size of a document to verify.
const maxDocument = 16 << 20

// verifyDeps are the stages a Verifier reads from.
type verifyDeps struct {
	passages verify.PassageSearcher
	facts    verify.FactSearcher
	claims   verify.ClaimReader
	health   verify.HealthLookup
	close    func()
}

// openVerifyDeps wires the Verifier to the data directory: the index
// (read-only) for passages and facts, the extractor for claims, the
// catalog for link health. Verification never crawls.
func openVerifyDeps(ctx context.Context, g *globals) (*verifyDeps, error) {
	if err := g.requireDataDir(); err != nil {
		return nil, fmt.Errorf("verify: %w", err)
	}
	ix, err := openIndexForReading(g)
	if err != nil {
		return nil, fmt.Errorf("verify: %w", err)
	}
	cat, err := sources.Open(ctx, g.catalogPath(), g.log)
	if err != nil {
		return nil, fmt.Errorf("verify: %w", errors.Join(err, ix.Close()))
	}
	return &verifyDeps{
		passages: ix,
		facts:    ix,
		claims:   extract.New(g.log),
		health:   cat,
		close: func() { // verification only reads them: closing loses nothing
			_ = cat.Close()
			_ = ix.Close()
		},
	}, nil
}
