package safetext

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"testing"
	"unicode/utf8"
)

func TestEscape(t *testing.T) {
	for in, want := range map[string]string{
		"plain text":                 "plain text",
		"tab\tand\nnewline":          "tab\tand\nnewline",
		"bell\a and \x1b[2Kerase":    `bell\u0007 and \u001b[2Kerase`,
		"osc \x1b]8;;http://x\x1b\\": `osc \u001b]8;;http://x\u001b\`,
		"c1 \u009b2J":                `c1 \u009b2J`,
		"bidi \u202eevil\u202c":      `bidi \u202eevil\u202c`,
		"isolate \u2067x\u2069":      `isolate \u2067x\u2069`,
		"rtl mark \u200f kept":       "rtl mark \u200f kept",
		"bad \xff byte":              `bad \xff byte`,
		"carriage\rreturn":           `carriage\u000dreturn`,
		"État, Türkiye, 日本":          "État, Türkiye, 日本",
	} {
		if got := Escape(in); got != want {
			t.Errorf("Escape(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestCSVCell(t *testing.T) {
	for in, want := range map[string]string{
		`=HYPERLINK("http://x","y")`: `'=HYPERLINK("http://x","y")`,
		"+1":                         "'+1", "-2+3": "'-2+3", "@SUM(A1)": "'@SUM(A1)", "\t=1": "'\t=1",
		"Council of Europe": "Council of Europe", "": "", "2024-09-05": "2024-09-05",
	} {
		if got := CSVCell(in); got != want {
			t.Errorf("CSVCell(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestWriter writes in pieces that split runes and colour sequences:
// colour passes only when allowed, everything unsafe is escaped, and JSON
// written through it decodes to the same value.
func TestWriter(t *testing.T) {
	in := "\x1b[32msupported\x1b[0m \x1b[2Kgone Türkiye \u202e\x07"
	for _, color := range []bool{false, true} {
		var out bytes.Buffer
		w := NewWriter(&out)
		w.AllowColor(color)
		b := []byte(in)
		for i := 0; i < len(b); i += 3 {
			if _, err := w.Write(b[i:min(i+3, len(b))]); err != nil {
				t.Fatal(err)
			}
		}
		if err := w.Flush(); err != nil {
			t.Fatal(err)
		}
		want := `\u001b[32msupported\u001b[0m \u001b[2Kgone Türkiye \u202e\u0007`
		if color {
			want = "\x1b[32msupported\x1b[0m \\u001b[2Kgone Türkiye \\u202e\\u0007"
		}
		if out.String() != want {
			t.Errorf("color %v: wrote %q, want %q", color, out.String(), want)
		}
	}
	var out bytes.Buffer
	w := NewWriter(&out)
	if err := json.NewEncoder(w).Encode(map[string]string{"quote": "a \u202egnp.exe\u009b b"}); err != nil {
		t.Fatal(err)
	}
	var back map[string]string
	if err := json.Unmarshal(out.Bytes(), &back); err != nil || back["quote"] != "a \u202egnp.exe\u009b b" {
		t.Errorf("JSON through the writer: %q decodes to %q (%v)", out.String(), back["quote"], err)
	}
	if bytes.Contains(out.Bytes(), []byte("\u202e")) {
		t.Errorf("JSON through the writer kept a raw bidi override: %q", out.String())
	}
}

// failing accepts n writes, then fails every one.
type failing struct{ n int }

var errFull = errors.New("device full")

func (f *failing) Write(p []byte) (int, error) {
	if f.n == 0 {
		return 0, errFull
	}
	f.n--
	return len(p), nil
}

// TestWriterKeepsTheFirstError: a caller that ignores each write's error
// still learns of a failed one from Flush, and nothing is written after it.
func TestWriterKeepsTheFirstError(t *testing.T) {
	f := &failing{n: 1}
	w := NewWriter(f)
	if _, err := fmt.Fprintln(w, "first line"); err != nil {
		t.Fatalf("first write: %v", err)
	}
	_, _ = fmt.Fprintln(w, "lost")
	f.n = 5 // the device has room again: the Writer must not pretend the lost line was written
	if _, err := fmt.Fprintln(w, "after"); !errors.Is(err, errFull) {
		t.Errorf("write after a failure = %v, want the first error", err)
	}
	if err := w.Flush(); !errors.Is(err, errFull) {
		t.Errorf("Flush = %v, want the first failed write's error", err)
	}
	if f.n != 5 {
		t.Errorf("%d writes reached the device after the failure, want 0", 5-f.n)
	}
	if err := NewWriter(&bytes.Buffer{}).Flush(); err != nil {
		t.Errorf("Flush with nothing written = %v", err)
	}
}

// TestFirstUnsafe finds what bytes.IndexFunc with the same test finds.
func TestFirstUnsafe(t *testing.T) {
	for _, s := range []string{"", "plain", "tab\tand\nnewline", "bell\a", "del\x7f", "c1 \u009b", "bidi \u202e", "é then \x1b",
		"bad \xff utf-8", "cut \xe2\x80", "rtl mark \u200f kept", "\x00", "ünïcödé only"} {
		want := bytes.IndexFunc([]byte(s), func(r rune) bool { return Unsafe(r) || r == utf8.RuneError })
		if got := firstUnsafe([]byte(s)); got != want {
			t.Errorf("firstUnsafe(%q) = %d, want %d", s, got, want)
		}
	}
}
