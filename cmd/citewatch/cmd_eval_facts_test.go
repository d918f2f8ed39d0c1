package main

import (
	"bytes"
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestEvalFacts scores a two-page corpus of our own through run(): the
// figures, the misses and false facts, and the floors.
func TestEvalFacts(t *testing.T) {
	dir := t.TempDir()
	write := func(name, text string) {
		t.Helper()
		if err := os.MkdirAll(filepath.Dir(filepath.Join(dir, name)), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("pages.jsonl", `{"page":"001-wire.txt","url":"https://wire.example/paris","published":"2016-11-04","language":"en","kind":"news"}
{"page":"002-none.txt","url":"https://blog.example/none","published":null,"language":"en","kind":"blog"}
`)
	write("gold.jsonl", `{"page":"001-wire.txt","treaty":"PARIS-2015","event":"entered_into_force","party":null,"date":"2016-11-04","count":null,"quote_contains":"entered into force"}
{"page":"001-wire.txt","treaty":"PARIS-2015","event":"ratified","party":"IND","date":"2016-10-02","count":null,"quote_contains":"India"}
`)
	write("pages/001-wire.txt", "Climate pact takes effect\n"+
		"The Paris Agreement entered into force on 4 November 2016.\n"+
		"India ratified the Paris Agreement on 2 October 2016.\n")
	write("pages/002-none.txt", "A note on gardening\nNothing here is about a treaty.\n")

	var out, errOut bytes.Buffer
	if err := run(context.Background(), []string{"eval", "facts", dir, "--misses"}, &out, &errOut); err != nil {
		t.Fatalf("eval facts: %v\n%s%s", err, out.String(), errOut.String())
	}
	got := out.String()
	if !strings.Contains(got, "precision=") || !strings.Contains(got, "lang en") || !strings.Contains(got, "event consent") {
		t.Errorf("no figures per language and event:\n%s", got)
	}
	if !strings.Contains(got, "recall=1.000") {
		t.Errorf("both labelled facts should be found:\n%s", got)
	}

	// a floor above what is reached fails with the figures in the error
	out.Reset()
	err := run(context.Background(), []string{"eval", "facts", dir, "--min-recall", "1.01"}, &out, &errOut)
	if !errors.Is(err, errBelowFloor) {
		t.Errorf("a floor above the figure gave %v", err)
	}
	// a missing corpus is a clear error
	if err := run(context.Background(), []string{"eval", "facts", filepath.Join(dir, "nope")}, &out, &errOut); err == nil {
		t.Error("a missing corpus gave no error")
	}
}
