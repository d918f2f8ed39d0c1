package main

import (
	"strconv"
	"strings"
	"testing"
)

// TestQuoteLine folds white space as strings.Fields does, whether the
// quote takes the short way (one line of ASCII) or not.
func TestQuoteLine(t *testing.T) {
	for _, s := range []string{"", " ", "one line", " lead", "trail ", "two  spaces", "tab\there", "line\nbreak", "nbsp\u00a0here",
		"é accent", "carriage\r\nreturn", "a", "x y z"} {
		if got, want := quoteLine(s), strings.Join(strings.Fields(s), " "); got != want {
			t.Errorf("quoteLine(%q) = %q, want %q", s, got, want)
		}
	}
}

// TestAppendQuoted quotes as strconv.Quote does.
func TestAppendQuoted(t *testing.T) {
	for _, s := range []string{"", "plain", `say "so"`, `back\slash`, "tab\t", "é", "\x7f", "~ and !", "\xff"} {
		if got, want := string(appendQuoted([]byte("x"), s)), "x"+strconv.Quote(s); got != want {
			t.Errorf("appendQuoted(%q) = %s, want %s", s, got, want)
		}
	}
}
