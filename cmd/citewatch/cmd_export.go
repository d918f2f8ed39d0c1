package main

import (
	"bufio"
	"context"
	"fmt"
	"os"

	"github.com/spf13/cobra"

	"github.com/citewatch/citewatch"
)

// exportOptions are the flags of `citewatch export`.
type exportOptions struct {
	format string
	output string
}

func newExportCmd(g *globals) *cobra.Command {
	var o exportOptions
	cmd := &cobra.Command{
		Use:   "export",
		Short: "Write every indexed fact with its citation as JSON lines or CSV",
		Long: `Export writes every fact in the index with its citation (quote, URL, WARC
record, offsets, extractor), for spreadsheets and other tools: --format jsonl
writes one fact as JSON per line, --format csv a header and one row per fact.`,
		Example: `  citewatch export --format csv --output facts.csv`,
		Args:    cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			return runExport(cmd.Context(), o, g, args)
		},
	}
	cmd.Flags().StringVar(&o.format, "format", "jsonl", "jsonl or csv")
	cmd.Flags().StringVarP(&o.output, "output", "o", "", "file to write (default stdout)")
	return cmd
}

func runExport(ctx context.Context, o exportOptions, g *globals, _ []string) (err error) {
	if o.format != "jsonl" && o.format != "csv" {
		return fmt.Errorf("%w: export: --format %q: want jsonl or csv", citewatch.ErrInvalid, o.format)
	}
	if err := g.requireDataDir(); err != nil {
		return err
	}
	ix, err := openIndexForReading(g)
	if err != nil {
		return err
	}
	defer func() { _ = ix.Close() }() // opened read-only: closing loses nothing
	out := g.stdout
	if o.output != "" {
		f, err := os.Create(o.output)
		if err != nil {
			return fmt.Errorf("export: %w", err)
		}
		defer func() {
			if cerr := f.Close(); err == nil && cerr != nil {
				err = fmt.Errorf("export: %w", cerr)
			}
		}()
		out = f
	}
	bw := bufio.NewWriter(out)
	if err := ix.Export(ctx, bw, o.format); err != nil {
		return err
	}
	return bw.Flush()
}
