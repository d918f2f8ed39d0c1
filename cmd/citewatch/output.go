package main

import (
	"encoding/json"
	"errors"
	"io"
	"os"
	"os/exec"
	"strings"
	"syscall"

	"github.com/mattn/go-runewidth"
	"github.com/spf13/cobra"

	"github.com/citewatch/citewatch/internal/safetext"
)

// addJSONFlag registers --json, the one way every command that prints a
// result asks for it as one JSON value.
func addJSONFlag(cmd *cobra.Command, v *bool, usage string) {
	cmd.Flags().BoolVar(v, "json", false, usage)
}

// addJSONLFlag registers --jsonl, one JSON value per line, for commands
// whose results stream.
func addJSONLFlag(cmd *cobra.Command, v *bool, usage string) {
	cmd.Flags().BoolVar(v, "jsonl", false, usage)
	cmd.MarkFlagsMutuallyExclusive("json", "jsonl")
}

// writeJSON writes v as indented JSON.
func writeJSON(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(v)
}

// writeJSONLine writes v as one line of JSON.
func writeJSONLine(w io.Writer, v any) error { return json.NewEncoder(w).Encode(v) }

// paged runs write with stdout sent through a pager when stdout is a
// terminal, as git does: $CITEWATCH_PAGER, else $PAGER, else less (with
// LESS=FRX unless LESS is set, so that a short page prints and exits).
// --no-pager, a pager of "cat" or "" , or no less on the machine print
// directly. A reader who quits the pager early is no error.
func (g *globals) paged(write func(w io.Writer) error) error {
	var f *os.File
	if u, ok := g.stdout.(interface{ Unwrap() io.Writer }); ok {
		f, _ = u.Unwrap().(*os.File)
	}
	if g.noPager || f == nil || !isTerminal(f) {
		return write(g.stdout)
	}
	cmd := pagerCommand()
	if cmd == nil {
		return write(g.stdout)
	}
	cmd.Stdout = f
	cmd.Stderr = g.stderr
	in, err := cmd.StdinPipe()
	if err != nil {
		return write(g.stdout)
	}
	if err := cmd.Start(); err != nil {
		return write(g.stdout)
	}
	// What reaches the pager is made safe as standard output is.
	safe := safetext.NewWriter(in)
	safe.AllowColor(g.color)
	werr := write(safe)
	if err := safe.Flush(); werr == nil {
		werr = err
	}
	_ = in.Close() // ends the pager's input; Flush above saw any failed write
	_ = cmd.Wait() // the pager's own exit status says nothing about ours
	if errors.Is(werr, syscall.EPIPE) || errors.Is(werr, os.ErrClosed) {
		return nil
	}
	return werr
}

// pagerCommand is the pager to run, or nil for none.
func pagerCommand() *exec.Cmd {
	pager, set := os.LookupEnv("CITEWATCH_PAGER")
	if !set {
		pager, set = os.LookupEnv("PAGER")
	}
	pager = strings.TrimSpace(pager)
	if set && (pager == "" || pager == "cat") {
		return nil
	}
	env := os.Environ()
	if _, ok := os.LookupEnv("LESS"); !ok {
		env = append(env, "LESS=FRX")
	}
	if _, ok := os.LookupEnv("LV"); !ok {
		env = append(env, "LV=-c")
	}
	var cmd *exec.Cmd
	if !set {
		path, err := exec.LookPath("less")
		if err != nil {
			return nil
		}
		cmd = exec.Command(path)
	} else {
		cmd = exec.Command("/bin/sh", "-c", pager)
	}
	cmd.Env = env
	return cmd
}

// table is rows of cells printed in aligned columns, two spaces apart.
// On a terminal it fits the width: the shrinkable columns are cut, with
// "…", each down to its floor in turn, instead of each row wrapping.
type table struct {
	header []string
	rows   [][]string
	shrink []shrinkable // in the order they are cut
}

// shrinkable is a column that may be cut, the narrowest it is cut to,
// and, when set, a short form for a cell too wide for it (a party's code
// for "JPN Japan"), used before cutting.
type shrinkable struct {
	col, floor int
	short      func(string) string
}

func (t *table) add(cells ...string) { t.rows = append(t.rows, cells) }

// write prints the table; width 0 means no limit.
func (t *table) write(w io.Writer, width int) error {
	all := append([][]string{t.header}, t.rows...)
	widths := t.fit(all, width)
	// A column that had to be cut shows its short form in every row
	// instead, when it has one: "JPN", not "JPN Jap…".
	shortened := false
	for _, s := range t.shrink {
		if s.short != nil && widths[s.col] < natural(all, s.col) {
			for _, r := range all[1:] {
				if s.col < len(r) {
					r[s.col] = s.short(r[s.col])
				}
			}
			shortened = true
		}
	}
	if shortened {
		widths = t.fit(all, width)
	}
	n := len(t.header)
	var b strings.Builder
	for _, r := range all {
		b.Reset()
		for i := 0; i < n; i++ {
			cell := ""
			if i < len(r) {
				cell = r[i]
			}
			if cellWidth(cell) > widths[i] {
				cell = cutCell(cell, widths[i])
			}
			b.WriteString(cell)
			if i < n-1 {
				b.WriteString(strings.Repeat(" ", widths[i]-cellWidth(cell)+2))
			}
		}
		if _, err := io.WriteString(w, strings.TrimRight(b.String(), " ")+"\n"); err != nil {
			return err
		}
	}
	return nil
}

// natural is the width of column i's widest cell.
func natural(rows [][]string, i int) int {
	n := 0
	for _, r := range rows {
		if i < len(r) {
			n = max(n, cellWidth(r[i]))
		}
	}
	return n
}

// fit gives each column its natural width, then cuts the shrinkable ones,
// in order, each down to its floor, until the row fits width (0: no limit).
func (t *table) fit(rows [][]string, width int) []int {
	n := len(t.header)
	widths := make([]int, n)
	total := 2 * (n - 1)
	for i := range widths {
		widths[i] = natural(rows, i)
		total += widths[i]
	}
	if width <= 0 {
		return widths
	}
	for _, s := range t.shrink {
		if total <= width {
			break
		}
		cut := min(total-width, max(widths[s.col]-s.floor, 0))
		widths[s.col] -= cut
		total -= cut
	}
	return widths
}

// Highlight marks in table cells: they take no columns, and become escape
// codes (or brackets) only when printed.
const (
	markOpen  = "\x01"
	markClose = "\x02"
)

// cellWidth is the columns s takes on a terminal, marks and escape codes aside.
func cellWidth(s string) int {
	for i := 0; i < len(s); i++ {
		if s[i] < ' ' || s[i] > '~' {
			return runewidth.StringWidth(stripMarks(s))
		}
	}
	return len(s) // printable ASCII: a column a byte
}

func stripMarks(s string) string {
	if !strings.ContainsAny(s, markOpen+markClose+"\x1b") {
		return s
	}
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case markOpen[0], markClose[0]:
			continue
		case 0x1b: // CSI ... letter
			j := i + 1
			if j < len(s) && s[j] == '[' {
				for j++; j < len(s) && !(s[j] >= '@' && s[j] <= '~'); j++ {
				}
			}
			i = j
			continue
		}
		b.WriteByte(s[i])
	}
	return b.String()
}

// cutCell shortens a cell to w columns, ending in "…", closing an open mark.
func cutCell(s string, w int) string {
	var b strings.Builder
	used, open := 0, false
	for _, r := range s {
		switch string(r) {
		case markOpen:
			open = true
			b.WriteRune(r)
			continue
		case markClose:
			open = false
			b.WriteRune(r)
			continue
		}
		rw := runewidth.RuneWidth(r)
		if used+rw > w-1 {
			break
		}
		b.WriteRune(r)
		used += rw
	}
	if open {
		b.WriteString(markClose)
	}
	b.WriteString("…")
	return b.String()
}

// marksTo replaces highlight marks with open and close.
func marksTo(s, open, close string) string {
	return strings.NewReplacer(markOpen, open, markClose, close).Replace(s)
}
