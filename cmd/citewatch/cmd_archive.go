package main

import (
	"errors"

	"github.com/spf13/cobra"
)

// TODO(skeleton): replaced by the archive stage's command.
func newArchiveCmd(g *globals) *cobra.Command {
	return &cobra.Command{
		Use:    "archive",
		Hidden: true,
		RunE: func(cmd *cobra.Command, args []string) error {
			return errors.New("archive: not built yet")
		},
	}
}
