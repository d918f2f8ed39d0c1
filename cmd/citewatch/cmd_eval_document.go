package main

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/spf13/cobra"

	"github.com/citewatch/citewatch"
	"github.com/citewatch/citewatch/citing"
	"github.com/citewatch/citewatch/crawl"
	"github.com/citewatch/citewatch/extract"
	"github.com/citewatch/citewatch/extract/dates"
	"github.com/citewatch/citewatch/report"
	"github.com/citewatch/citewatch/verify"
)

// evalDocumentOptions are the flags of "eval document".
type evalDocumentOptions struct {
	labels   string
	format   string
	minAgree float64
}

func newEvalDocumentCmd(g *globals) *cobra.Command {
	var o evalDocumentOptions
	cmd := &cobra.Command{
		Use:   "document DIR",
		Short: "Score verdicts on a document against saved copies of its sources",
		Long: `Verify a real document as a user would, against saved copies of its
cited pages, and compare each (claim, reference) verdict with a reader's.

DIR holds document.txt (or document.md, document.html), pages.jsonl (one
line per reference: "ref", "url", "page" (a file under DIR, or null when the
page could not be had) and "published" (the page's date, or null)). Each
page is archived under its cited address, as "archive add" does, read with
its publication date, and indexed, in a temporary data directory; then the document is verified and the
report printed.

With --labels FILE, each line of FILE is "CLAIM REF VERDICT" (c3 2
supported): a careful reader's verdict for that claim at that reference,
with "#" comments. The command then prints every pair where the verdict
differs and the share of pairs that agree; with --min-agreement it fails
below that share.`,
		Example: `  citewatch eval document ../shared/corpora/seed \
    --labels testdata/seed/labels.txt`,
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			return runEvalDocument(cmd.Context(), o, g, args[0])
		},
	}
	f := cmd.Flags()
	f.StringVar(&o.labels, "labels", "", "a reader's verdicts, one \"CLAIM REF VERDICT\" per line")
	f.StringVar(&o.format, "format", report.Text, "report format: "+strings.Join(report.Formats, ", "))
	f.Float64Var(&o.minAgree, "min-agreement", 0, "fail when the share of pairs that agree with --labels is below this")
	return cmd
}

// seedPage is one line of a document corpus's pages.jsonl.
type seedPage struct {
	Ref       json.Number `json:"ref"`
	URL       string      `json:"url"`
	Page      *string     `json:"page"`
	Published *string     `json:"published"`
}

func runEvalDocument(ctx context.Context, o evalDocumentOptions, g *globals, dir string) error {
	docPath, err := documentIn(dir)
	if err != nil {
		return err
	}
	pages, err := readSeedPages(filepath.Join(dir, "pages.jsonl"))
	if err != nil {
		return err
	}
	var labels []pairLabel
	if o.labels != "" {
		if labels, err = readPairLabels(o.labels); err != nil {
			return err
		}
	}
	tmp, err := os.MkdirTemp("", "citewatch-eval-")
	if err != nil {
		return err
	}
	defer func() { _ = os.RemoveAll(tmp) }() // a scratch copy of what the evaluation read; the OS cleans temp folders too
	g.dataDir = tmp
	if err := archivePages(ctx, g, dir, pages); err != nil {
		return err
	}
	data, err := os.ReadFile(docPath)
	if err != nil {
		return fmt.Errorf("%w: eval document: %v", citewatch.ErrInvalid, err)
	}
	doc, err := citing.Parse(filepath.Base(docPath), data)
	if err != nil {
		return err
	}
	deps, err := openVerifyDeps(ctx, g)
	if err != nil {
		return err
	}
	defer deps.close()
	r, err := verify.New(deps.passages, deps.facts, deps.claims, deps.health, g.log).Verify(ctx, doc)
	if err != nil {
		return err
	}
	if err := report.Write(g.stdout, r, o.format, false); err != nil {
		return err
	}
	if len(labels) == 0 {
		return nil
	}
	agree, total := scorePairs(g.stdout, r, labels)
	share := 0.0
	if total > 0 {
		share = float64(agree) / float64(total)
	}
	fmt.Fprintf(g.stdout, "agreement=%.3f pairs=%d agree=%d\n", share, total, agree)
	if share < o.minAgree {
		return fmt.Errorf("%w: eval document: agreement %.3f below %.2f", errBelowFloor, share, o.minAgree)
	}
	return nil
}

// documentIn finds the document of a corpus directory.
func documentIn(dir string) (string, error) {
	for _, name := range []string{"document.txt", "document.md", "document.html"} {
		p := filepath.Join(dir, name)
		if _, err := os.Stat(p); err == nil {
			return p, nil
		}
	}
	return "", fmt.Errorf("%w: eval document: %s holds no document.txt, document.md or document.html", citewatch.ErrInvalid, dir)
}

func readSeedPages(path string) ([]seedPage, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("%w: eval document: %v", citewatch.ErrInvalid, err)
	}
	defer func() { _ = f.Close() }() // read only: closing loses nothing
	var out []seedPage
	sc := bufio.NewScanner(f)
	for n := 1; sc.Scan(); n++ {
		if strings.TrimSpace(sc.Text()) == "" {
			continue
		}
		var p seedPage
		if err := json.Unmarshal(sc.Bytes(), &p); err != nil {
			return nil, fmt.Errorf("%w: eval document: %s line %d: %v", citewatch.ErrInvalid, path, n, err)
		}
		if err := citewatch.ValidateURL(p.URL); err != nil {
			return nil, fmt.Errorf("eval document: %s line %d: %w", path, n, err)
		}
		out = append(out, p)
	}
	return out, sc.Err()
}

// archivePages stores each page that has a file as the snapshot of its
// cited address, as "archive add" does, and indexes it read with its
// publication date.
func archivePages(ctx context.Context, g *globals, dir string, pages []seedPage) error {
	return withStores(ctx, g, func(st *stores) (err error) {
		cr, err := st.crawler(crawl.DefaultConfig(g.archiveDir()))
		if err != nil {
			return err
		}
		defer closeJoin(&err, cr)
		for _, p := range pages {
			if p.Page == nil || *p.Page == "" {
				continue
			}
			file := filepath.Join(dir, *p.Page)
			body, err := os.ReadFile(file)
			if err != nil {
				return fmt.Errorf("%w: eval document: %v", citewatch.ErrInvalid, err)
			}
			s, err := cr.Import(ctx, p.URL, body, fileContentType(file, body))
			if err != nil {
				return err
			}
			var h extract.Hints
			if p.Published != nil {
				if d, ok := dates.Parse(*p.Published, dates.Context{}); ok {
					h.Published = d
				}
			}
			doc, facts, err := st.ex.ExtractWithHints(ctx, s, h)
			if err != nil {
				return fmt.Errorf("eval document: %s: %w", p.URL, err)
			}
			if err := st.ix.Put(ctx, doc, facts); err != nil {
				return err
			}
		}
		return nil
	})
}

// pairLabel is a reader's verdict for one claim at one reference.
type pairLabel struct {
	claim, ref string
	want       citewatch.Label
	line       int
}

func readPairLabels(path string) ([]pairLabel, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("%w: eval document: %v", citewatch.ErrInvalid, err)
	}
	var out []pairLabel
	for i, l := range strings.Split(string(data), "\n") {
		l, _, _ = strings.Cut(l, "#")
		fs := strings.Fields(l)
		if len(fs) == 0 {
			continue
		}
		if len(fs) != 3 || !knownLabel(citewatch.Label(fs[2])) {
			return nil, fmt.Errorf("%w: eval document: %s line %d: want \"CLAIM REF VERDICT\" with a verdict among %v", citewatch.ErrInvalid, path, i+1, citewatch.Labels)
		}
		out = append(out, pairLabel{claim: fs[0], ref: fs[1], want: citewatch.Label(fs[2]), line: i + 1})
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("%w: eval document: %s has no labels", citewatch.ErrInvalid, path)
	}
	return out, nil
}

func knownLabel(l citewatch.Label) bool {
	for _, k := range citewatch.Labels {
		if l == k {
			return true
		}
	}
	return false
}

// scorePairs compares the report's verdicts with the labels and writes
// the accuracy per expected verdict with every disagreement. It returns
// how many pairs agree out of how many there are. A labelled pair the
// report lacks, and a pair of the report that is not labelled, count as
// disagreements: the labels must describe the document as it is read.
func scorePairs(w io.Writer, r *verify.Report, labels []pairLabel) (agree, total int) {
	got := map[[2]string]citewatch.Label{}
	var order [][2]string
	for _, c := range r.Claims {
		for _, v := range c.Verdicts {
			k := [2]string{c.Claim.ID, v.Ref}
			got[k] = v.Label
			order = append(order, k)
		}
	}
	seen := map[[2]string]bool{}
	var pairs []verify.LabelPair
	for _, l := range labels {
		k := [2]string{l.claim, l.ref}
		seen[k] = true
		g, ok := got[k]
		if !ok {
			g = "(no such pair in the report)"
		}
		pairs = append(pairs, verify.LabelPair{ID: l.claim + "[" + l.ref + "]", Want: l.want, Got: g})
	}
	acc := verify.Score(pairs)
	fmt.Fprintln(w)
	_ = acc.WriteText(w)
	unlabelled := 0
	for _, k := range order {
		if !seen[k] {
			unlabelled++
			fmt.Fprintf(w, "not labelled: %s[%s] (got %s)\n", k[0], k[1], got[k])
		}
	}
	return acc.Correct, acc.Total + unlabelled
}
