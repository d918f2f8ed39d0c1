package main

import (
	"errors"

	"github.com/spf13/cobra"
)

// TODO(skeleton): replaced by the status stage's command.
func newStatusCmd(g *globals) *cobra.Command {
	return &cobra.Command{
		Use:    "status TREATY",
		Hidden: true,
		RunE: func(cmd *cobra.Command, args []string) error {
			return errors.New("status: not built yet")
		},
	}
}
