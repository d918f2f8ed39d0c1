// Package safetext makes text that came from cited pages, documents or
// servers safe to show: on a terminal, where control sequences could
// rewrite a line, plant a hyperlink or reorder what is read, and in a
// spreadsheet, where a cell can be a formula.
//
// It is citewatch's one sanitiser. The command line sends all of standard
// output through a Writer, so every text, Markdown, table and JSON output
// is covered whichever renderer produced it, and CSV cells go through
// CSVCell.
package safetext

import (
	"bytes"
	"fmt"
	"io"
	"strings"
	"unicode/utf8"
)

// Unsafe reports whether r is escaped: C0 controls but tab and newline,
// DEL, C1 controls, and the bidirectional embeddings, overrides and
// isolates (U+202A-U+202E, U+2066-U+2069) that reorder what a reader sees.
// Bidi marks (U+200E, U+200F, U+061C) are kept: right-to-left text needs
// them and they move no run of text.
func Unsafe(r rune) bool {
	switch {
	case r == '\t', r == '\n':
		return false
	case r < 0x20, r == 0x7f, r >= 0x80 && r <= 0x9f:
		return true
	case r >= 0x202a && r <= 0x202e, r >= 0x2066 && r <= 0x2069:
		return true
	}
	return false
}

// Escape returns s with each unsafe rune written as a \uXXXX escape and
// each byte that is not UTF-8 as \xNN, so that what was there stays
// visible without taking effect. Inside a JSON string the \u escapes
// decode to the original runes.
func Escape(s string) string {
	i := strings.IndexFunc(s, func(r rune) bool { return Unsafe(r) || r == utf8.RuneError })
	if i < 0 {
		return s
	}
	var b strings.Builder
	b.Grow(len(s) + 16)
	b.WriteString(s[:i])
	for _, p := range appendEscaped(nil, []byte(s[i:])) {
		b.WriteByte(p)
	}
	return b.String()
}

// appendEscaped appends p to dst with unsafe runes and invalid bytes
// escaped.
func appendEscaped(dst, p []byte) []byte {
	for len(p) > 0 {
		r, n := utf8.DecodeRune(p)
		switch {
		case r == utf8.RuneError && n <= 1:
			dst = fmt.Appendf(dst, `\x%02x`, p[0])
		case Unsafe(r):
			dst = fmt.Appendf(dst, `\u%04x`, r)
		default:
			dst = append(dst, p[:n]...)
		}
		p = p[n:]
	}
	return dst
}

// CSVCell returns s ready for a CSV cell that a spreadsheet may open: a
// cell starting with = + - @ (or a tab or carriage return, which some
// spreadsheets skip before looking) is read as a formula, so it gets a
// leading apostrophe, which spreadsheets show as text. Unsafe runes are
// escaped as by Escape.
func CSVCell(s string) string {
	s = Escape(s)
	if s != "" && strings.ContainsRune("=+-@\t\r", rune(s[0])) {
		return "'" + s
	}
	return s
}

// colors are the SGR sequences citewatch itself writes: colours, bold,
// dim and reset, which move no cursor and hide nothing. A Writer passes
// them through when colour is allowed.
var colors = []string{
	"\x1b[0m", "\x1b[1m", "\x1b[2m", "\x1b[31m", "\x1b[32m", "\x1b[33m", "\x1b[35m", "\x1b[90m",
}

// Writer escapes unsafe runes and invalid bytes in what is written to it
// (see Escape), except the colour sequences in colors when AllowColor is
// on. A rune or colour sequence split across two writes is held until the
// next; Flush writes what is held. As with bufio.Writer, the first failed
// write is kept: later writes return it without writing, and Flush returns
// it, so a caller that prints many lines may check Flush alone. A Writer is
// not safe for concurrent use.
type Writer struct {
	w       io.Writer
	color   bool
	pending []byte
	buf     []byte
	err     error // the first failed write
}

// NewWriter returns a Writer that writes to w.
func NewWriter(w io.Writer) *Writer { return &Writer{w: w} }

// AllowColor lets citewatch's own colour sequences through (a report
// written with colour); with it off every ESC is escaped.
func (w *Writer) AllowColor(on bool) { w.color = on }

// Unwrap returns the writer underneath, to ask whether it is a terminal.
func (w *Writer) Unwrap() io.Writer { return w.w }

// Write writes p with unsafe runes escaped. It returns len(p) when the
// underlying write succeeds, and the first failed write's error from then
// on.
func (w *Writer) Write(p []byte) (int, error) {
	if w.err != nil {
		return 0, w.err
	}
	in := p
	if len(w.pending) > 0 {
		in = append(w.pending, p...)
		w.pending = nil
	}
	out := w.buf[:0]
	for len(in) > 0 {
		i := firstUnsafe(in)
		if i < 0 {
			out = append(out, in...)
			in = nil
			break
		}
		out = append(out, in[:i]...)
		in = in[i:]
		if in[0] == 0x1b && w.color {
			if n, partial := w.colorAt(in); n > 0 {
				out = append(out, in[:n]...)
				in = in[n:]
				continue
			} else if partial {
				break // held for the next write
			}
		}
		if !utf8.FullRune(in) {
			break // a rune split across writes: held
		}
		_, n := utf8.DecodeRune(in)
		out = appendEscaped(out, in[:n])
		in = in[n:]
	}
	w.pending = append(w.pending[:0], in...)
	w.buf = out
	if _, err := w.w.Write(out); err != nil {
		w.err = err
		return 0, err
	}
	return len(p), nil
}

// colorAt returns the length of the colour sequence at the start of b, or
// reports that b is a prefix of one.
func (w *Writer) colorAt(b []byte) (n int, partial bool) {
	for _, c := range colors {
		switch {
		case bytes.HasPrefix(b, []byte(c)):
			return len(c), false
		case len(b) < len(c) && bytes.HasPrefix([]byte(c), b):
			partial = true
		}
	}
	return 0, partial
}

// Flush writes, escaped, what a write left held. It returns the first
// failed write's error, this one's or an earlier one's.
func (w *Writer) Flush() error {
	if w.err != nil || len(w.pending) == 0 {
		return w.err
	}
	out := appendEscaped(nil, w.pending)
	w.pending = nil
	_, w.err = w.w.Write(out)
	return w.err
}

// firstUnsafe returns the index of the first rune of p that is Unsafe or
// not UTF-8, or -1: bytes.IndexFunc with a test of plain ASCII bytes
// first, which most text is.
func firstUnsafe(p []byte) int {
	for i := 0; i < len(p); {
		if c := p[i]; c < utf8.RuneSelf {
			if c < 0x20 && c != '\t' && c != '\n' || c == 0x7f {
				return i
			}
			i++
			continue
		}
		r, n := utf8.DecodeRune(p[i:])
		if Unsafe(r) || r == utf8.RuneError {
			return i
		}
		i += n
	}
	return -1
}
