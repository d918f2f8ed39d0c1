package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/spf13/cobra"

	"github.com/citewatch/citewatch"
	"github.com/citewatch/citewatch/extract"
	"github.com/citewatch/citewatch/extract/dates"
	"github.com/citewatch/citewatch/extract/factseval"
)

// evalFactsOptions are the flags of "eval facts".
type evalFactsOptions struct {
	json         bool
	misses       bool
	page         string
	minPrecision float64
	minRecall    float64
}

func newEvalFactsCmd(g *globals) *cobra.Command {
	var o evalFactsOptions
	cmd := &cobra.Command{
		Use:   "facts DIR",
		Short: "Score fact extraction on a corpus of pages with labelled facts",
		Long: `Score fact extraction on a labelled corpus.

DIR holds pages.jsonl (one line per page: page, url, published, language,
kind), gold.jsonl (one line per fact a page states: page, event, party,
date, count, quote_contains, ...) and the pages' files under pages/. Each
page is read as a saved page of its address, with its publication date and
language given as a page's metadata would give them (a .txt page is plain
text, one paragraph per line), and its facts are scored against the gold
lines.

A fact matches a gold line on event (ratified, accepted, approved and
acceded count as one class), party, date at the gold line's precision and
count. Precision is over dated facts and counts; recall over gold lines.
The command prints precision and recall overall, per language and per
event class, and with --misses every missed and false fact with its page
and quote. With --min-precision or --min-recall it exits with an error
when the overall figure is below the floor.`,
		Example: `  citewatch eval facts ../shared/corpora/realpages-dev
  citewatch eval facts ../shared/corpora/realpages-dev --misses
  citewatch eval facts DIR --min-precision 0.9 --min-recall 0.8`,
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			return runEvalFacts(cmd.Context(), o, g, args[0])
		},
	}
	f := cmd.Flags()
	f.BoolVar(&o.json, "json", false, "print the result, with every missed and false fact, as JSON")
	f.BoolVar(&o.misses, "misses", false, "list every missed and false fact with its page and quote")
	f.StringVar(&o.page, "page", "", "score only the pages whose file name contains this")
	f.Float64Var(&o.minPrecision, "min-precision", 0, "fail when overall precision is below this")
	f.Float64Var(&o.minRecall, "min-recall", 0, "fail when overall recall is below this")
	return cmd
}

func runEvalFacts(ctx context.Context, o evalFactsOptions, g *globals, dir string) error {
	c, err := factseval.Load(dir)
	if err != nil {
		return fmt.Errorf("eval facts: %w", err)
	}
	if o.page != "" {
		var keep []factseval.Page
		for _, p := range c.Pages {
			if strings.Contains(p.Page, o.page) {
				keep = append(keep, p)
			}
		}
		c.Pages = keep
	}
	x := extract.New(g.log)
	facts := map[string][]citewatch.Fact{}
	start := time.Now()
	for _, p := range c.Pages {
		if err := ctx.Err(); err != nil {
			return err
		}
		snap, err := fileSnapshot(c.PagePath(p), p.URL, nil)
		if err != nil {
			return fmt.Errorf("eval facts: page %s: %w", p.Page, err)
		}
		var h extract.Hints
		h.Language = p.Language
		if p.Published != "" {
			d, ok := dates.Parse(p.Published, dates.Context{})
			if !ok {
				return fmt.Errorf("%w: eval facts: page %s: published %q is not a date", citewatch.ErrInvalid, p.Page, p.Published)
			}
			h.Published = d
		}
		_, fs, err := x.ExtractWithHints(ctx, snap, h)
		if err != nil {
			g.log.Warn().Err(err).Str("page", p.Page).Msg("page not read")
			continue
		}
		facts[p.Page] = fs
	}
	res := c.Evaluate(facts)
	elapsed := time.Since(start)
	if o.json {
		enc := json.NewEncoder(g.stdout)
		enc.SetIndent("", "  ")
		if err := enc.Encode(res); err != nil {
			return err
		}
	} else if err := writeFactsEval(g.stdout, res, len(c.Pages), elapsed, o.misses); err != nil {
		return err
	}
	if res.Overall.Precision < o.minPrecision || res.Overall.Recall < o.minRecall {
		return fmt.Errorf("%w: eval facts: precision %.3f recall %.3f, below the floor (%.2f / %.2f)",
			errBelowFloor, res.Overall.Precision, res.Overall.Recall, o.minPrecision, o.minRecall)
	}
	return nil
}

// errBelowFloor is the error of an evaluation whose figures are below the
// floors it was given.
var errBelowFloor = fmt.Errorf("below the floor")

func writeFactsEval(w io.Writer, res factseval.Result, pages int, elapsed time.Duration, misses bool) error {
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
	row := func(name string, s factseval.Score) {
		fmt.Fprintf(tw, "%s\t%d/%d\t%.3f\t%d/%d\t%.3f\t%.3f\n", name, s.True, s.Emitted, s.Precision, s.Matched, s.Gold, s.Recall, s.F1())
	}
	fmt.Fprintln(tw, "\ttrue/emitted\tprecision\tfound/gold\trecall\tF1")
	row("overall", res.Overall)
	for _, k := range factseval.Keys(res.ByLanguage) {
		row("lang "+k, res.ByLanguage[k])
	}
	for _, k := range factseval.Keys(res.ByEvent) {
		row("event "+k, res.ByEvent[k])
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	fmt.Fprintf(w, "%d pages in %s; %d facts without a date not scored\n", pages, elapsed.Round(time.Millisecond), res.Unscored)
	if misses {
		fmt.Fprintf(w, "\nmissed (%d):\n", len(res.Missed))
		for _, m := range res.Missed {
			fmt.Fprintf(w, "  %s\n", itemLine(m))
		}
		fmt.Fprintf(w, "\nfalse (%d):\n", len(res.False))
		for _, m := range res.False {
			fmt.Fprintf(w, "  %s\n", itemLine(m))
		}
		fmt.Fprintln(w, "\ntreaty ids (gold -> citewatch):")
		for _, k := range factseval.Keys(res.Treaties) {
			fmt.Fprintf(w, "  %s ->", k)
			for _, id := range factseval.Keys(res.Treaties[k]) {
				name := id
				if name == "" {
					name = `""`
				}
				fmt.Fprintf(w, " %s×%d", name, res.Treaties[k][id])
			}
			fmt.Fprintln(w)
		}
	}
	fmt.Fprintf(w, "precision=%.3f recall=%.3f f1=%.3f n=%d\n", res.Overall.Precision, res.Overall.Recall, res.Overall.F1(), res.Overall.Gold)
	return nil
}

func itemLine(it factseval.Item) string {
	var b strings.Builder
	fmt.Fprintf(&b, "%s | %s", it.Page, it.Event)
	if it.Party != "" {
		fmt.Fprintf(&b, " %s", it.Party)
	}
	if it.Date != "" {
		fmt.Fprintf(&b, " %s", it.Date)
	}
	if it.Count != nil {
		fmt.Fprintf(&b, " n=%d", *it.Count)
	}
	if it.Treaty != "" {
		fmt.Fprintf(&b, " [%s]", it.Treaty)
	}
	q := it.Quote
	if len(q) > 160 {
		q = q[:160] + "…"
	}
	fmt.Fprintf(&b, " | %q", q)
	return b.String()
}
