package main

import (
	"errors"

	"github.com/spf13/cobra"
)

// TODO(skeleton): replaced by the run stage's command.
func newRunCmd(g *globals) *cobra.Command {
	return &cobra.Command{
		Use:    "run DOC",
		Hidden: true,
		RunE: func(cmd *cobra.Command, args []string) error {
			return errors.New("run: not built yet")
		},
	}
}
