package main

import (
	"errors"

	"github.com/spf13/cobra"
)

// TODO(skeleton): replaced by the crawl stage's command.
func newCrawlCmd(g *globals) *cobra.Command {
	return &cobra.Command{
		Use:    "crawl",
		Hidden: true,
		RunE: func(cmd *cobra.Command, args []string) error {
			return errors.New("crawl: not built yet")
		},
	}
}
