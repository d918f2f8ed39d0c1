package main

import (
	"fmt"
	"runtime"
	"runtime/debug"

	"github.com/spf13/cobra"
)

// buildInfo is what `citewatch version` reports.
type buildInfo struct {
	Version   string `json:"version"`            // the module version, "(devel)" for a build from a work tree
	Commit    string `json:"commit,omitempty"`   // the VCS revision the binary was built from
	Time      string `json:"time,omitempty"`     // the revision's commit time
	Modified  bool   `json:"modified,omitempty"` // the work tree had uncommitted changes
	GoVersion string `json:"go_version"`         // the Go toolchain that built it
	Platform  string `json:"platform"`           // GOOS/GOARCH
}

// readBuildInfo reads the version stamped into the binary by the Go
// toolchain (module version, and VCS settings when built in a checkout).
func readBuildInfo() buildInfo {
	b := buildInfo{Version: "(devel)", GoVersion: runtime.Version(), Platform: runtime.GOOS + "/" + runtime.GOARCH}
	info, ok := debug.ReadBuildInfo()
	if !ok {
		return b
	}
	if v := info.Main.Version; v != "" {
		b.Version = v
	}
	for _, s := range info.Settings {
		switch s.Key {
		case "vcs.revision":
			b.Commit = s.Value
		case "vcs.time":
			b.Time = s.Value
		case "vcs.modified":
			b.Modified = s.Value == "true"
		}
	}
	return b
}

// String is the one line `citewatch --version` prints.
func (b buildInfo) String() string {
	commit := "commit unknown"
	if b.Commit != "" {
		c := b.Commit
		if len(c) > 12 {
			c = c[:12]
		}
		commit = "commit " + c
		if b.Modified {
			commit += " (modified)"
		}
	}
	return fmt.Sprintf("citewatch %s, %s, built with %s for %s", b.Version, commit, b.GoVersion, b.Platform)
}

func versionString() string { return readBuildInfo().String() }

type versionOptions struct {
	json bool
}

func newVersionCmd(g *globals) *cobra.Command {
	var o versionOptions
	cmd := &cobra.Command{
		Use:   "version",
		Short: "Print citewatch's version, commit and Go version",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			b := readBuildInfo()
			if o.json {
				return writeJSON(g.stdout, b)
			}
			_, err := fmt.Fprintln(g.stdout, b)
			return err
		},
	}
	addJSONFlag(cmd, &o.json, "print the version as a JSON object")
	return cmd
}
