package main

import (
	"errors"

	"github.com/spf13/cobra"
)

// TODO(skeleton): replaced by the sources stage's command.
func newSourcesCmd(g *globals) *cobra.Command {
	return &cobra.Command{
		Use:    "sources",
		Hidden: true,
		RunE: func(cmd *cobra.Command, args []string) error {
			return errors.New("sources: not built yet")
		},
	}
}
