package main

import (
	"context"
	"encoding/json"
	"fmt"
	"os"

	"github.com/spf13/cobra"

	"github.com/citewatch/citewatch/extract"
	"github.com/citewatch/citewatch/extract/texteval"
)

// evalTextOptions are the flags of "eval text".
type evalTextOptions struct {
	truth   string
	json    bool
	perPage bool
}

func newEvalTextCmd(g *globals) *cobra.Command {
	var o evalTextOptions
	cmd := &cobra.Command{
		Use:   "text DIR",
		Short: "Compare text and dates with go-trafilatura and go-htmldate alone",
		Long: `Run citewatch's extraction, go-trafilatura alone and go-htmldate alone
(extensive search) side by side on every .html, .htm and .html.gz page in
DIR, and print their speeds. With --truth FILE, also print each side's token
F1 (with precision and recall) of the main text and exact-day accuracy of
the publication date.

FILE is JSON Lines, one object per page: "page" (its file name), and any of
"url" (the address the page is read as), "text" (its main text) and "date"
(YYYY-MM-DD). A JSON object keyed by page id with "articleBody" and "url"
(the public article-extraction benchmark's layout) is read too.`,
		Example: `  citewatch eval text pages/ --truth truth.jsonl
  citewatch eval text pages/ --truth ground-truth.json --pages`,
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			return runEvalText(cmd.Context(), o, g, args[0])
		},
	}
	f := cmd.Flags()
	f.StringVar(&o.truth, "truth", "", "ground-truth file (JSON Lines of page, url, text, date)")
	f.BoolVar(&o.json, "json", false, "print the result, with each page's scores, as JSON")
	f.BoolVar(&o.perPage, "pages", false, "list each page's scores")
	return cmd
}

func runEvalText(ctx context.Context, o evalTextOptions, g *globals, dir string) error {
	var truth map[string]texteval.Truth
	if o.truth != "" {
		f, err := os.Open(o.truth)
		if err != nil {
			return fmt.Errorf("eval text: %w", err)
		}
		truth, err = texteval.ReadTruth(f)
		_ = f.Close() // read only: closing loses nothing
		if err != nil {
			return err
		}
	}
	res, err := texteval.Evaluate(ctx, extract.New(g.log), dir, truth)
	if err != nil {
		return err
	}
	if o.json {
		enc := json.NewEncoder(g.stdout)
		enc.SetIndent("", "  ")
		return enc.Encode(res)
	}
	return res.WriteText(g.stdout, o.perPage)
}
