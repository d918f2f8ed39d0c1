package main

import (
	"errors"

	"github.com/spf13/cobra"
)

// TODO(skeleton): replaced by the verify stage's command.
func newVerifyCmd(g *globals) *cobra.Command {
	return &cobra.Command{
		Use:    "verify DOC",
		Hidden: true,
		RunE: func(cmd *cobra.Command, args []string) error {
			return errors.New("verify: not built yet")
		},
	}
}
