package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"

	"github.com/spf13/cobra"

	"github.com/citewatch/citewatch/verify/evidence"
)

// evalClaimsOptions are the flags of "eval claims".
type evalClaimsOptions struct {
	json  bool
	folds int
	seed  uint64
}

// newEvalCmd builds "eval", which measures citewatch's judges on labelled data.
func newEvalCmd(g *globals) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "eval",
		Short: "Measure citewatch's judges on labelled data",
		Args:  unknownSubcommand,
		RunE:  helpWithoutArgs,
	}
	cmd.AddCommand(newEvalClaimsCmd(g), newEvalFactsCmd(g), newEvalDocumentCmd(g), newEvalTextCmd(g))
	return cmd
}

func newEvalClaimsCmd(g *globals) *cobra.Command {
	var opts evalClaimsOptions
	cmd := &cobra.Command{
		Use:   "claims FILE.jsonl",
		Short: "Score the lexical claim judge on labelled claims (WiCE format)",
		Long: `Score the verifier's lexical judge on labelled claims.

FILE holds one JSON object per line in the WiCE format: "claim", "evidence"
(the cited page's sentences), "label" (supported, partially_supported or
not_supported) and "meta" ("claim_context"). Each claim is judged against its
evidence sentences; the command prints a confusion matrix and per-label
precision and recall, and ends with the line
"supported_f1=0.xxx accuracy=0.xxx n=N". A malformed line stops the run with
an error naming the line.

With --cv K it first cross-validates the judge's two thresholds: K folds,
each scored with thresholds tuned on the others.`,
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			return runEvalClaims(cmd.Context(), opts, g, args)
		},
	}
	cmd.Flags().BoolVar(&opts.json, "json", false, "print the result, with each claim's prediction, as JSON")
	cmd.Flags().IntVar(&opts.folds, "cv", 0, "also cross-validate the thresholds over this many folds (0: no)")
	cmd.Flags().Uint64Var(&opts.seed, "seed", 1, "shuffle seed for --cv")
	return cmd
}

func runEvalClaims(ctx context.Context, opts evalClaimsOptions, g *globals, args []string) error {
	data, err := readFile(args[0], maxDocument)
	if err != nil {
		return fmt.Errorf("eval: %w", err)
	}
	items, err := evidence.ReadItems(bytes.NewReader(data))
	if err != nil {
		return err
	}
	if err := ctx.Err(); err != nil {
		return err
	}
	res := evidence.Evaluate(items, evidence.New(evidence.Options{}))
	var cv *evidence.CVResult
	if opts.folds > 0 {
		cv = evidence.CrossValidate(items, evidence.Options{}, opts.folds, opts.seed)
	}
	if opts.json {
		enc := json.NewEncoder(g.stdout)
		enc.SetIndent("", "  ")
		return enc.Encode(struct {
			*evidence.EvalResult
			CV *evidence.CVResult `json:"cv,omitempty"`
		}{res, cv})
	}
	if cv != nil {
		if err := cv.WriteText(g.stdout); err != nil {
			return err
		}
	}
	return res.WriteText(g.stdout)
}
