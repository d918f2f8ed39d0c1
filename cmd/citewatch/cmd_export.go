package main

import (
	"errors"

	"github.com/spf13/cobra"
)

// TODO(skeleton): replaced by the export stage's command.
func newExportCmd(g *globals) *cobra.Command {
	return &cobra.Command{
		Use:    "export",
		Hidden: true,
		RunE: func(cmd *cobra.Command, args []string) error {
			return errors.New("export: not built yet")
		},
	}
}
