package main

import (
	"os"
	"strings"

	"github.com/spf13/cobra"

	"github.com/citewatch/citewatch/extract/parties"
	"github.com/citewatch/citewatch/index"
)

// Shell completion (cobra's "completion" command writes the scripts):
// besides commands and flags, it completes flag values from fixed lists
// and treaty ids and party codes from the data directory's index, each
// with its name as the description.

// completeFromIndex runs fn on the index for completion, read-only; a missing data
// directory or index completes nothing and creates nothing.
func completeFromIndex(g *globals, fn func(ix *index.Index) []string) []string {
	if err := g.setup(); err != nil {
		return nil
	}
	if _, err := os.Stat(g.indexPath()); err != nil {
		return nil
	}
	ix, err := openIndexForReading(g)
	if err != nil {
		return nil
	}
	defer func() { _ = ix.Close() }() // opened read-only: closing loses nothing
	return fn(ix)
}

// completeTreaties completes a treaty argument with the ids the index knows.
func completeTreaties(g *globals) cobra.CompletionFunc {
	return func(cmd *cobra.Command, args []string, toComplete string) ([]cobra.Completion, cobra.ShellCompDirective) {
		if len(args) > 0 {
			return nil, cobra.ShellCompDirectiveNoFileComp
		}
		return treatyCompletions(cmd, g, toComplete), cobra.ShellCompDirectiveNoFileComp
	}
}

func treatyCompletions(cmd *cobra.Command, g *globals, toComplete string) []string {
	return completeFromIndex(g, func(ix *index.Index) []string {
		known, err := knownTreaties(cmd.Context(), ix)
		if err != nil {
			return nil
		}
		var out []string
		for _, b := range known {
			if strings.HasPrefix(strings.ToLower(b.Value), strings.ToLower(toComplete)) {
				out = append(out, cobra.CompletionWithDesc(b.Value, treatyTitle(b.Value)))
			}
		}
		return out
	})
}

// completeParties completes a --party flag with the codes the index knows.
func completeParties(g *globals) cobra.CompletionFunc {
	return func(cmd *cobra.Command, args []string, toComplete string) ([]cobra.Completion, cobra.ShellCompDirective) {
		return completeFromIndex(g, func(ix *index.Index) []string {
			known, err := knownParties(cmd.Context(), ix, "")
			if err != nil {
				return nil
			}
			var out []string
			for _, b := range known {
				if strings.HasPrefix(strings.ToLower(b.Value), strings.ToLower(toComplete)) {
					out = append(out, cobra.CompletionWithDesc(b.Value, parties.Name(b.Value)))
				}
			}
			return out
		}), cobra.ShellCompDirectiveNoFileComp
	}
}

// completeTreatyFlag completes a --treaty flag with the ids the index knows.
func completeTreatyFlag(g *globals) cobra.CompletionFunc {
	return func(cmd *cobra.Command, args []string, toComplete string) ([]cobra.Completion, cobra.ShellCompDirective) {
		return treatyCompletions(cmd, g, toComplete), cobra.ShellCompDirectiveNoFileComp
	}
}
