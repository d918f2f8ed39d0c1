package main

import (
	"context"
	"errors"
	"fmt"
	"sort"
	"strings"

	"github.com/spf13/cobra"

	"github.com/citewatch/citewatch"
	"github.com/citewatch/citewatch/archive"
	"github.com/citewatch/citewatch/crawl"
	"github.com/citewatch/citewatch/crawl/warc"
)

// archiveOptions are the flags of `citewatch archive`.
type archiveOptions struct {
	contentType string
	json        bool
}

func newArchiveCmd(g *globals) *cobra.Command {
	var o archiveOptions
	cmd := &cobra.Command{
		Use:   "archive",
		Short: "Work with the WARC archive: add saved pages, list files",
		Args:  unknownSubcommand,
		RunE:  helpWithoutArgs,
	}
	add := &cobra.Command{
		Use:   "add URL FILE",
		Short: "Store a copy of URL that you saved (a page behind a bot wall, say)",
		Long: `Add stores FILE as the snapshot of URL: a WARC resource record marked
"WARC-Citewatch-Imported: true", recorded in the catalog as imported.`,
		Args: cobra.ExactArgs(2),
		RunE: func(cmd *cobra.Command, args []string) error {
			return runArchiveAdd(cmd.Context(), o, g, args)
		},
	}
	add.Flags().StringVar(&o.contentType, "content-type", "", "media type of FILE (default: sniffed)")
	ls := &cobra.Command{
		Use:   "ls",
		Short: "List the WARC files and their records",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			return runArchiveLs(cmd.Context(), o, g, args)
		},
	}
	addJSONFlag(ls, &o.json, "print the files as a JSON array")
	cmd.AddCommand(add, ls)
	return cmd
}

func runArchiveAdd(ctx context.Context, o archiveOptions, g *globals, args []string) error {
	url, file := args[0], args[1]
	if err := citewatch.ValidateURL(url); err != nil {
		return err
	}
	body, err := readFile(file, warc.MaxBlock)
	if err != nil {
		return fmt.Errorf("archive add: %w", err)
	}
	return withStores(ctx, g, func(st *stores) (err error) {
		cr, err := st.crawler(crawl.DefaultConfig(g.archiveDir()))
		if err != nil {
			return err
		}
		defer closeJoin(&err, cr)
		s, err := cr.Import(ctx, url, body, o.contentType)
		if err != nil {
			return err
		}
		if err := cr.Close(); err != nil {
			return err
		}
		// The imported copy is the source's content now: extract and index it.
		if err := st.pipeline.Add(ctx, s); err != nil {
			return err
		}
		fmt.Fprintf(g.stdout, "%s: imported %d bytes (%s) as %s in %s\n", url, len(body), s.ContentType, s.WARCRecordID, s.WARCFile)
		return nil
	})
}

func runArchiveLs(_ context.Context, o archiveOptions, g *globals, _ []string) error {
	// Damaged parts of files are skipped: the files are listed, and then
	// the damage is the command's error.
	if err := g.requireDataDir(); err != nil {
		return err
	}
	files, damage := g.archive().List()
	var de *archive.DamageError
	if damage != nil && !errors.As(damage, &de) {
		return damage
	}
	if o.json {
		if err := writeJSON(g.stdout, files); err != nil {
			return err
		}
		return damage
	}
	for _, f := range files {
		types := make([]string, 0, len(f.Records))
		for t := range f.Records {
			types = append(types, t)
		}
		sort.Strings(types)
		var parts []string
		for _, t := range types {
			parts = append(parts, fmt.Sprintf("%s %d", t, f.Records[t]))
		}
		if f.Imported > 0 {
			parts = append(parts, fmt.Sprintf("imported %d", f.Imported))
		}
		if f.Truncated {
			parts = append(parts, "torn last record")
		}
		if f.Damaged > 0 {
			parts = append(parts, fmt.Sprintf("%d damaged parts skipped", f.Damaged))
		}
		fmt.Fprintf(g.stdout, "%s\t%d bytes\t%s\n", f.Name, f.Size, strings.Join(parts, ", "))
	}
	return damage
}
