package main

import (
	"errors"

	"github.com/spf13/cobra"
)

// TODO(skeleton): replaced by the index stage's command.
func newIndexCmd(g *globals) *cobra.Command {
	return &cobra.Command{
		Use:    "index",
		Hidden: true,
		RunE: func(cmd *cobra.Command, args []string) error {
			return errors.New("index: not built yet")
		},
	}
}
