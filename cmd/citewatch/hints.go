package main

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
)

// printNextSteps ends a run by saying where its data are and which
// commands show them: status, timeline and search on the treaty the index
// knows best. It prints nothing when the index holds no facts.
func printNextSteps(ctx context.Context, g *globals) {
	ix, err := openIndexForReading(g)
	if err != nil {
		return
	}
	defer func() { _ = ix.Close() }() // opened read-only: closing loses nothing
	known, err := knownTreaties(ctx, ix)
	if err != nil || len(known) == 0 {
		return
	}
	treaty := known[0].Value
	search := "search --treaty " + treaty
	if ps, err := knownParties(ctx, ix, treaty); err == nil && len(ps) > 0 {
		search += " --party " + ps[0].Value
	}
	prog := programName()
	if g.dataFlag() {
		prog += " --data " + shellQuote(g.dataDir)
	}
	fmt.Fprintf(g.stderr, "\nThe archive, catalog and index are in %s. Try next:\n", g.dataDir)
	for _, c := range []string{"status " + treaty, "timeline " + treaty, search} {
		fmt.Fprintf(g.stderr, "  %s %s\n", prog, c)
	}
}

// dataFlag reports whether the data directory was given with --data (and
// so must be given again to the next command).
func (g *globals) dataFlag() bool {
	return g.dataDir != "" && g.dataDir != os.Getenv("CITEWATCH_DATA") && g.dataDir != defaultDataDir()
}

// programName is how the user ran citewatch ("bin/citewatch"), for
// commands to copy; "citewatch" when run otherwise (a test, go run).
func programName() string {
	if len(os.Args) > 0 && filepath.Base(os.Args[0]) == "citewatch" {
		return os.Args[0]
	}
	return "citewatch"
}

// shellQuote quotes s for a POSIX shell when it needs it.
func shellQuote(s string) string {
	if s != "" && strings.Trim(s, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_./:@%+=,") == "" {
		return s
	}
	return "'" + strings.ReplaceAll(s, "'", `'\''`) + "'"
}
