package main

import (
	"errors"

	"github.com/spf13/cobra"
)

// TODO(skeleton): replaced by the extract stage's command.
func newExtractCmd(g *globals) *cobra.Command {
	return &cobra.Command{
		Use:    "extract FILE|URL",
		Hidden: true,
		RunE: func(cmd *cobra.Command, args []string) error {
			return errors.New("extract: not built yet")
		},
	}
}
