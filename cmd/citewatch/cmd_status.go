package main

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"net/url"
	"sort"
	"strconv"
	"strings"
	"text/tabwriter"
	"unicode/utf8"

	"github.com/spf13/cobra"

	"github.com/citewatch/citewatch"
	"github.com/citewatch/citewatch/index"
)

// statusOptions are the flags of `citewatch status`.
type statusOptions struct {
	asOf string
	json bool
}

func newStatusCmd(g *globals) *cobra.Command {
	var o statusOptions
	cmd := &cobra.Command{
		Use:               "status TREATY",
		ValidArgsFunction: completeTreaties(g),
		Short:             "Who had signed and ratified a treaty, and when, with citations",
		Long: `Status shows, for each party, when it signed, consented to be bound
(ratified, accepted, approved, acceded) and saw the treaty enter into force
as the indexed sources state it, as of --as-of (default: everything
indexed). Each date carries the numbers of the citations that give it
(the first five; "+N" counts the others that say the same), listed below
the table with their quotes, URLs and WARC records. Where
sources give different dates for the same party and step, every date is
shown with its sources and the cell is marked "≠".`,
		Example: `  citewatch status CETS-225
  citewatch status "AI Convention" --as-of 2025-01-01
  citewatch status CETS-225 --json`,
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			return runStatus(cmd.Context(), o, g, args)
		},
	}
	cmd.Flags().StringVar(&o.asOf, "as-of", "", "the date the status is for (YYYY-MM-DD, YYYY-MM or YYYY)")
	addJSONFlag(cmd, &o.json, "write the table as JSON")
	return cmd
}

func runStatus(ctx context.Context, o statusOptions, g *globals, args []string) error {
	asOf, err := citewatch.ParseDate(o.asOf)
	if err != nil {
		return fmt.Errorf("status: --as-of: %w", err)
	}
	if err := g.requireDataDir(); err != nil {
		return err
	}
	ix, err := openIndexForReading(g)
	if err != nil {
		return err
	}
	defer func() { _ = ix.Close() }() // opened read-only: closing loses nothing
	treaty, err := resolveTreaty(ctx, ix, args[0])
	if err != nil {
		return fmt.Errorf("status: %w", err)
	}
	st, err := ix.Status(ctx, treaty, asOf)
	if err != nil {
		return err
	}
	if o.json {
		return writeJSON(g.stdout, st)
	}
	width := termWidth(g.stdout)
	return g.paged(func(w io.Writer) error { return writeStatusTable(w, st, width) })
}

// citationList numbers citations in the order a table first refers to them.
type citationList struct {
	cites []citewatch.Citation
	num   map[citationKey]int
}

// citationKey is what makes two citations one in a list.
type citationKey struct {
	url, warc string
	span      citewatch.Span
}

func (l *citationList) ref(c citewatch.Citation) int {
	k := citationKey{c.URL, c.WARCRecordID, c.Span}
	if n, ok := l.num[k]; ok {
		return n
	}
	if l.num == nil {
		l.num = map[citationKey]int{}
	}
	l.cites = append(l.cites, c)
	l.num[k] = len(l.cites)
	return len(l.cites)
}

// cell renders a cell as "2025-02-11 [3,4]; 2025-02 [5] ≠ 2025-02-12 [7]":
// a value that agrees with the best-supported one (the first) follows it
// after "; ", one that disagrees after " ≠ ".
func (l *citationList) cell(c index.Cell) string {
	if c.Empty() {
		return "-"
	}
	var b strings.Builder
	for i, v := range c.Values {
		var refs []string
		for _, cit := range v.Citations {
			refs = append(refs, strconv.Itoa(l.ref(cit)))
		}
		s := cellOrDash(v.Date.String())
		if v.Count != 0 || v.Event.Counts() {
			s = fmt.Sprintf("%d (%s)", v.Count, s)
		}
		if v.Event.ConsentToBeBound() && v.Event != citewatch.EventRatified {
			s += " " + string(v.Event)
		}
		if i > 0 {
			if v.Disagrees {
				b.WriteString(" ≠ ")
			} else {
				b.WriteString("; ")
			}
		}
		if v.MoreCitations > 0 {
			refs = append(refs, fmt.Sprintf("+%d", v.MoreCitations))
		}
		b.WriteString(s + " [" + strings.Join(refs, ",") + "]")
	}
	if c.Omitted > 0 {
		fmt.Fprintf(&b, " and %d more", c.Omitted)
	}
	return b.String()
}

func writeStatusTable(out io.Writer, st *index.StatusTable, width int) error {
	// A table prints hundreds of short pieces: one write for them all.
	w := bufio.NewWriterSize(out, 64<<10)
	l := citationList{cites: make([]citewatch.Citation, 0, citationCount(st))}
	title := st.Treaty + ": status"
	if !st.AsOf.IsZero() {
		title += " as of " + st.AsOf.String()
	}
	fmt.Fprintln(w, title)
	if t := treatyTitle(st.Treaty); t != "" {
		fmt.Fprintln(w, wrapText(t, width))
	}
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
	for _, r := range []struct {
		name string
		cell index.Cell
	}{
		{"Adopted", st.Adopted}, {"Opened for signature", st.Opened}, {"Entered into force", st.InForce},
		{"Signatories", st.Signatories}, {"Parties", st.Parties},
	} {
		if !r.cell.Empty() {
			fmt.Fprintf(tw, "%s\t%s\n", r.name, l.cell(r.cell))
		}
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	fmt.Fprintln(w)
	t := table{header: []string{"PARTY", "SIGNED", "RATIFIED", "IN FORCE"}, shrink: []shrinkable{{0, 9, partyCode}}}
	for _, r := range st.Rows {
		t.add(partyLabel(r.Party), l.cell(r.Signed), l.cell(r.Consent), l.cell(r.InForce))
	}
	if err := t.write(w, width); err != nil {
		return err
	}
	if n := st.Disagreements(); n > 0 {
		fmt.Fprintf(w, "\n%d cells where sources disagree (≠)\n", n)
	}
	writeCitations(w, l.cites, 1)
	return w.Flush()
}

// citationCount is how many citations st lists, counting each as often as
// its cells give it.
func citationCount(st *index.StatusTable) int {
	n := 0
	count := func(c index.Cell) {
		for _, v := range c.Values {
			n += len(v.Citations)
		}
	}
	for _, c := range []index.Cell{st.Adopted, st.Opened, st.InForce, st.Signatories, st.Parties} {
		count(c)
	}
	for _, r := range st.Rows {
		count(r.Signed)
		count(r.Consent)
		count(r.InForce)
	}
	return n
}

// writeCitations lists citations numbered from first: quote, URL, WARC record.
func writeCitations(w io.Writer, cites []citewatch.Citation, first int) {
	if len(cites) == 0 {
		return
	}
	// "[3] "quote"\n    URL (WARC id)\n", built by hand: a table can list
	// hundreds.
	_, _ = io.WriteString(w, "\nCitations:\n")
	var b []byte
	for i, c := range cites {
		b = append(b[:0], '[')
		b = strconv.AppendInt(b, int64(first+i), 10)
		b = append(b, "] "...)
		b = appendQuoted(b, quoteLine(c.Quote))
		b = append(b, "\n    "...)
		b = append(b, c.URL...)
		if c.WARCRecordID != "" {
			b = append(b, " (WARC "...)
			b = append(b, c.WARCRecordID...)
			b = append(b, ')')
		}
		b = append(b, '\n')
		_, _ = w.Write(b) // a buffered writer: a failed write shows at its Flush
	}
}

func cellOrDash(s string) string {
	if s == "" {
		return "-"
	}
	return s
}

// citedHost is the host of a cited URL, for narrow tables.
func citedHost(raw string) string {
	u, err := url.Parse(raw)
	if err != nil || u.Host == "" {
		return raw
	}
	return u.Host
}

// quoteLine folds a quote's white space onto one line.
func quoteLine(s string) string {
	// Most quotes are one line already: ASCII, single spaces inside.
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf || c != ' ' && asciiSpace(c) || c == ' ' && (i == 0 || i == len(s)-1 || s[i-1] == ' ') {
			return strings.Join(strings.Fields(s), " ")
		}
	}
	return s
}

// appendQuoted appends s quoted as strconv.AppendQuote quotes it, taking
// the short way for printable ASCII without quotes or backslashes.
func appendQuoted(b []byte, s string) []byte {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c < ' ' || c > '~' || c == '"' || c == '\\' {
			return strconv.AppendQuote(b, s)
		}
	}
	b = append(b, '"')
	b = append(b, s...)
	return append(b, '"')
}

// asciiSpace reports whether c is white space as strings.Fields sees it.
func asciiSpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r'
}

func sortedFacetNames(m map[string][]index.Bucket) []string {
	names := make([]string, 0, len(m))
	for k := range m {
		names = append(names, k)
	}
	sort.Strings(names)
	return names
}
