package main

import (
	"fmt"
	"os"

	"github.com/spf13/cobra"
	"github.com/spf13/cobra/doc"

	"github.com/citewatch/citewatch"
)

type docsOptions struct {
	man, markdown string
}

func newDocsCmd(g *globals) *cobra.Command {
	var o docsOptions
	cmd := &cobra.Command{
		Use:   "docs --man DIR | --markdown DIR",
		Short: "Write the manual pages or Markdown docs of every command",
		Long: `Docs writes the reference of every command, generated from the commands
themselves: with --man DIR one manual page per command (citewatch.1,
citewatch-search.1, ...), with --markdown DIR one Markdown file per command.`,
		Example: `  citewatch docs --man /usr/local/share/man/man1
  citewatch docs --markdown docs/cli`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			return runDocs(o, g, cmd.Root())
		},
	}
	cmd.Flags().StringVar(&o.man, "man", "", "write manual pages (section 1) into `DIR`")
	cmd.Flags().StringVar(&o.markdown, "markdown", "", "write Markdown files into `DIR`")
	// Their only error is a flag not defined, and both are, above.
	_ = cmd.MarkFlagDirname("man")
	_ = cmd.MarkFlagDirname("markdown")
	return cmd
}

func runDocs(o docsOptions, g *globals, root *cobra.Command) error {
	if o.man == "" && o.markdown == "" {
		return fmt.Errorf("%w: docs: give --man DIR or --markdown DIR", citewatch.ErrInvalid)
	}
	// No generation date: the same commands make the same files.
	root.DisableAutoGenTag = true
	if o.man != "" {
		if err := os.MkdirAll(o.man, 0o755); err != nil {
			return fmt.Errorf("docs: %w", err)
		}
		hdr := &doc.GenManHeader{Title: "CITEWATCH", Section: "1", Source: "citewatch " + readBuildInfo().Version, Manual: "citewatch manual"}
		if err := doc.GenManTree(root, hdr, o.man); err != nil {
			return fmt.Errorf("docs: %w", err)
		}
		fmt.Fprintf(g.stdout, "manual pages written to %s\n", o.man)
	}
	if o.markdown != "" {
		if err := os.MkdirAll(o.markdown, 0o755); err != nil {
			return fmt.Errorf("docs: %w", err)
		}
		if err := doc.GenMarkdownTree(root, o.markdown); err != nil {
			return fmt.Errorf("docs: %w", err)
		}
		fmt.Fprintf(g.stdout, "Markdown docs written to %s\n", o.markdown)
	}
	return nil
}
