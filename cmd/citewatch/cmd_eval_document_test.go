package main

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/citewatch/citewatch"
	"github.com/citewatch/citewatch/verify"
)

func TestScorePairs(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "labels.txt")
	if err := os.WriteFile(path, []byte("# a reader's verdicts\nc1 1 supported\nc1 2 not-in-source # a note\nc2 1 contradicted\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	labels, err := readPairLabels(path)
	if err != nil {
		t.Fatal(err)
	}
	r := &verify.Report{Claims: []verify.ClaimResult{
		{Claim: citewatch.Claim{ID: "c1"}, Verdicts: []citewatch.Verdict{{Ref: "1", Label: citewatch.Supported}, {Ref: "2", Label: citewatch.PartiallySupported}}},
		{Claim: citewatch.Claim{ID: "c3"}, Verdicts: []citewatch.Verdict{{Ref: "1", Label: citewatch.Supported}}},
	}}
	var out bytes.Buffer
	agree, total := scorePairs(&out, r, labels)
	// c1[1] agrees; c1[2] differs; c2[1] is missing from the report; c3[1]
	// is not labelled.
	if agree != 1 || total != 4 {
		t.Errorf("scorePairs = %d/%d, want 1/4\n%s", agree, total, out.String())
	}
	for _, want := range []string{"wrong: c1[2]: want not-in-source, got partially-supported", "wrong: c2[1]: want contradicted, got (no such pair in the report)", "not labelled: c3[1]"} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("output lacks %q:\n%s", want, out.String())
		}
	}

	bad := filepath.Join(dir, "bad.txt")
	if err := os.WriteFile(bad, []byte("c1 1 fine\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := readPairLabels(bad); !errors.Is(err, citewatch.ErrInvalid) {
		t.Errorf("readPairLabels(unknown verdict) = %v, want ErrInvalid", err)
	}
}
