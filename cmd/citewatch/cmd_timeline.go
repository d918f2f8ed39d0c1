package main

import (
	"errors"

	"github.com/spf13/cobra"
)

// TODO(skeleton): replaced by the timeline stage's command.
func newTimelineCmd(g *globals) *cobra.Command {
	return &cobra.Command{
		Use:    "timeline TREATY",
		Hidden: true,
		RunE: func(cmd *cobra.Command, args []string) error {
			return errors.New("timeline: not built yet")
		},
	}
}
