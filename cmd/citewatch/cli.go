package main

import (
	"fmt"
	"io"
	"os"
	"sort"
	"strings"
	"sync"

	"github.com/agnivade/levenshtein"
	"github.com/spf13/cobra"
	"github.com/spf13/pflag"
	"golang.org/x/term"

	"github.com/citewatch/citewatch"
)

// helpWidth is the width help text is wrapped to.
const helpWidth = 80

// usageTemplate is cobra's, with flag descriptions wrapped at helpWidth.
const usageTemplate = `Usage:{{if and .Runnable (not .HasAvailableSubCommands)}}
  {{.UseLine}}{{end}}{{if .HasAvailableSubCommands}}
  {{.CommandPath}} [command]{{end}}{{if gt (len .Aliases) 0}}

Aliases:
  {{.NameAndAliases}}{{end}}{{if .HasExample}}

Examples:
{{.Example}}{{end}}{{if .HasAvailableSubCommands}}

Available Commands:{{range .Commands}}{{if (or .IsAvailableCommand (eq .Name "help"))}}
  {{rpad .Name .NamePadding }} {{.Short}}{{end}}{{end}}{{end}}{{if .HasAvailableLocalFlags}}

Flags:
{{(.LocalFlags.FlagUsagesWrapped 80) | trimTrailingWhitespaces}}{{end}}{{if .HasAvailableInheritedFlags}}

Global Flags:
{{(.InheritedFlags.FlagUsagesWrapped 80) | trimTrailingWhitespaces}}{{end}}{{if .HasAvailableSubCommands}}

Use "{{.CommandPath}} COMMAND --help" for more about a command.{{end}}
`

// setHelpWidth makes every command's help fit helpWidth: flags are
// wrapped by the template, and the long texts cobra itself supplies (the
// completion commands') are wrapped here.
func setHelpWidth(root *cobra.Command) {
	root.SetUsageTemplate(usageTemplate)
	root.InitDefaultCompletionCmd()
	var walk func(*cobra.Command)
	walk = func(c *cobra.Command) {
		c.Long = wrapLines(c.Long, helpWidth)
		for _, sub := range c.Commands() {
			walk(sub)
		}
	}
	walk(root)
}

// wrapText wraps s at width (0: no limit).
func wrapText(s string, width int) string {
	if width <= 0 {
		return s
	}
	return wrapLines(s, width)
}

// wrapLines wraps each line of s longer than width at spaces, keeping its
// indentation.
func wrapLines(s string, width int) string {
	lines := strings.Split(s, "\n")
	var out []string
	for _, line := range lines {
		indent := line[:len(line)-len(strings.TrimLeft(line, " \t"))]
		for len(line) > width {
			cut := strings.LastIndex(line[:width+1], " ")
			if cut <= len(indent) {
				break
			}
			out = append(out, line[:cut])
			line = indent + strings.TrimLeft(line[cut:], " ")
		}
		out = append(out, line)
	}
	return strings.Join(out, "\n")
}

// helpWithoutArgs is the RunE of a command that only groups others: alone
// it prints its help.
func helpWithoutArgs(cmd *cobra.Command, _ []string) error { return cmd.Help() }

// unknownSubcommand is the Args check of commands that group others: any
// argument is a mistyped subcommand, refused with the nearest names.
func unknownSubcommand(cmd *cobra.Command, args []string) error {
	if len(args) == 0 {
		return nil
	}
	if cmd.SuggestionsMinimumDistance <= 0 {
		cmd.SuggestionsMinimumDistance = 2
	}
	msg := fmt.Sprintf("unknown command %q for %q", args[0], cmd.CommandPath())
	if s := cmd.SuggestionsFor(args[0]); len(s) > 0 {
		msg += fmt.Sprintf(" (did you mean %s?)", quoteOr(s))
	}
	return fmt.Errorf("%w: %s; see %q", citewatch.ErrInvalid, msg, cmd.CommandPath()+" --help")
}

// flagError adds the nearest flag name to an unknown-flag error.
func flagError(cmd *cobra.Command, err error) error {
	msg := err.Error()
	name, ok := strings.CutPrefix(msg, "unknown flag: --")
	if !ok {
		return fmt.Errorf("%w: %s", citewatch.ErrInvalid, msg)
	}
	var names []string
	cmd.Flags().VisitAll(func(f *pflag.Flag) {
		if !f.Hidden {
			names = append(names, f.Name)
		}
	})
	if s := nearest(name, names, 2); len(s) > 0 {
		for i := range s {
			s[i] = "--" + s[i]
		}
		msg += fmt.Sprintf(" (did you mean %s?)", quoteOr(s))
	}
	return fmt.Errorf("%w: %s", citewatch.ErrInvalid, msg)
}

// nearest returns the candidates within maxDist edits of typed (ignoring
// case), or that typed is a prefix of, closest first.
func nearest(typed string, candidates []string, maxDist int) []string {
	type cand struct {
		s string
		d int
	}
	var cs []cand
	seen := map[string]bool{}
	low := strings.ToLower(typed)
	for _, c := range candidates {
		lc := strings.ToLower(c)
		if seen[lc] || lc == low {
			continue
		}
		d := levenshtein.ComputeDistance(low, lc)
		if d <= maxDist || (len(low) >= 3 && strings.HasPrefix(lc, low)) {
			seen[lc] = true
			cs = append(cs, cand{c, d})
		}
	}
	sort.SliceStable(cs, func(i, j int) bool { return cs[i].d < cs[j].d })
	out := make([]string, 0, 3)
	for i := 0; i < len(cs) && i < 3; i++ {
		out = append(out, cs[i].s)
	}
	return out
}

// quoteOr renders ["a", "b"] as `"a" or "b"`.
func quoteOr(s []string) string {
	q := make([]string, len(s))
	for i, x := range s {
		q[i] = fmt.Sprintf("%q", x)
	}
	if len(q) <= 1 {
		return strings.Join(q, "")
	}
	return strings.Join(q[:len(q)-1], ", ") + " or " + q[len(q)-1]
}

// completeWords makes a flag of cmd (local or persistent) complete to words.
func completeWords(cmd *cobra.Command, flag string, words ...string) {
	// Its only errors are a flag not defined or completed twice: a slip
	// the completion tests show.
	_ = cmd.RegisterFlagCompletionFunc(flag, cobra.FixedCompletions(words, cobra.ShellCompDirectiveNoFileComp))
}

// stderrSwitch is the commands' standard error. A progress bar takes it
// over while it runs, so that log and error lines print above the bar
// instead of through it.
type stderrSwitch struct {
	mu   sync.Mutex
	base io.Writer // the process's stderr
	to   io.Writer // where writes go now: base, or a progress container
}

func newStderrSwitch(w io.Writer) *stderrSwitch { return &stderrSwitch{base: w, to: w} }

func (s *stderrSwitch) Write(p []byte) (int, error) {
	s.mu.Lock()
	to := s.to
	s.mu.Unlock()
	n, err := to.Write(p)
	if err != nil && to != s.base {
		// The bar finished between the two: print as usual.
		return s.base.Write(p)
	}
	return n, err
}

// divert sends writes to w until the returned restore is called.
func (s *stderrSwitch) divert(w io.Writer) (restore func()) {
	s.mu.Lock()
	s.to = w
	s.mu.Unlock()
	return func() {
		s.mu.Lock()
		s.to = s.base
		s.mu.Unlock()
	}
}

// Fd is the descriptor of the underlying stderr, so that it can be asked
// whether it is a terminal; an invalid one when it is not a file.
func (s *stderrSwitch) Fd() uintptr { return fdOf(s.base) }

func fdOf(w io.Writer) uintptr {
	if u, ok := w.(interface{ Unwrap() io.Writer }); ok {
		w = u.Unwrap()
	}
	if f, ok := w.(interface{ Fd() uintptr }); ok {
		return f.Fd()
	}
	return ^uintptr(0)
}

// isTerminal reports whether w is a terminal.
func isTerminal(w io.Writer) bool {
	fd := fdOf(w)
	return fd != ^uintptr(0) && term.IsTerminal(int(fd))
}

// useColor reports whether to colour what goes to w: a terminal, and
// neither NO_COLOR (https://no-color.org) nor TERM=dumb set.
func useColor(w io.Writer) bool {
	return os.Getenv("NO_COLOR") == "" && os.Getenv("TERM") != "dumb" && isTerminal(w)
}

// termWidth is w's width in columns when it is a terminal, else 0 (no limit).
func termWidth(w io.Writer) int {
	if !isTerminal(w) {
		return 0
	}
	cols, _, err := term.GetSize(int(fdOf(w)))
	if err != nil || cols <= 0 {
		return 0
	}
	return cols
}
