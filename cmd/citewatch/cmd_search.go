package main

import (
	"errors"

	"github.com/spf13/cobra"
)

// TODO(skeleton): replaced by the search stage's command.
func newSearchCmd(g *globals) *cobra.Command {
	return &cobra.Command{
		Use:    "search QUERY",
		Hidden: true,
		RunE: func(cmd *cobra.Command, args []string) error {
			return errors.New("search: not built yet")
		},
	}
}
