package main

import (
	"bytes"
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/rs/zerolog"

	"github.com/citewatch/citewatch"
	"github.com/citewatch/citewatch/verify"
)

const verifyURL = "https://www.coe.int/en/web/portal/-/adopted"

// oneSource stands in for the index: one page saying when the treaty was adopted.
type oneSource struct{}

var adoptedSentence = "The Committee of Ministers adopted the Convention on 17 May 2024."

func (oneSource) Passages(_ context.Context, q citewatch.PassageQuery) ([]citewatch.Passage, error) {
	if q.Text != "" {
		return nil, nil
	}
	return []citewatch.Passage{{URL: verifyURL, WARCRecordID: "<urn:uuid:1>", Kind: "sentence", Text: adoptedSentence}}, nil
}

func (oneSource) CountPassages(_ context.Context, _ citewatch.PassageQuery) (int, error) {
	return 1, nil
}

func (oneSource) Facts(_ context.Context, q citewatch.FactQuery) ([]citewatch.Fact, error) {
	return []citewatch.Fact{{Treaty: "CETS-225", Event: citewatch.EventAdopted, Date: citewatch.DayDate(2024, time.May, 17),
		Citation: citewatch.Citation{URL: verifyURL, WARCRecordID: "<urn:uuid:1>", Quote: adoptedSentence}}}, nil
}

// yearReader reads "adopted in YEAR" claims.
type yearReader struct{}

func (yearReader) Assertions(text string, _ citewatch.Date) []citewatch.Assertion {
	y := 2024
	if strings.Contains(text, "2023") {
		y = 2023
	}
	return []citewatch.Assertion{{Event: citewatch.EventAdopted, Date: citewatch.Date{Year: y, Precision: citewatch.PrecisionYear}}}
}

func verifyDoubles(context.Context, *globals) (*verifyDeps, error) {
	return &verifyDeps{passages: oneSource{}, facts: oneSource{}, claims: yearReader{},
		health: verify.HealthFunc(func(_ context.Context, url string) (citewatch.Availability, error) {
			if url != verifyURL {
				return citewatch.Availability{}, citewatch.ErrNotFound
			}
			return citewatch.Availability{Archived: true, Health: citewatch.HealthOK}, nil
		}),
		close: func() {}}, nil
}

func runVerifyDoc(t *testing.T, doc, format string) (stdout, stderr string, err error) {
	t.Helper()
	path := filepath.Join(t.TempDir(), "doc.md")
	if err := os.WriteFile(path, []byte(doc), 0o644); err != nil {
		t.Fatal(err)
	}
	var out, errOut bytes.Buffer
	g := &globals{stdout: &out, stderr: &errOut, log: zerolog.Nop(), dataDir: t.TempDir()}
	err = runVerify(context.Background(), verifyOptions{report: reportOptions{format: format, color: "never"}, open: verifyDoubles}, g, []string{path})
	return out.String(), errOut.String(), err
}

func TestVerifyExitStatus(t *testing.T) {
	out, _, err := runVerifyDoc(t, "The Convention was adopted in 2024 [1].\n\n[1] "+verifyURL+"\n", "text")
	if err != nil || !strings.Contains(out, "c1 SUPPORTED") {
		t.Errorf("supported claim: err %v, report:\n%s", err, out)
	}
	out, _, err = runVerifyDoc(t, "The Convention was adopted in 2023 [1].\n\n[1] "+verifyURL+"\n", "json")
	if !errors.Is(err, errChecksFailed) || exitCode(err, &bytes.Buffer{}) != exitFailed {
		t.Errorf("contradicted claim: err %v, want errChecksFailed (exit 1)", err)
	}
	if !strings.Contains(out, `"overall": "contradicted"`) {
		t.Errorf("json report lacks the contradicted verdict:\n%s", out)
	}
}

func TestVerifyProblemsOnStderr(t *testing.T) {
	_, stderr, err := runVerifyDoc(t, "Adopted in 2024 [1]. Opened later [9].\n\n[1] "+verifyURL+"\n[2] https://gone.example/\n", "text")
	if !errors.Is(err, errChecksFailed) {
		t.Errorf("err = %v, want errChecksFailed for the claim citing a missing reference", err)
	}
	for _, want := range []string{"line 1: marker [9] has no reference", "line 4: reference [2] is never cited"} {
		if !strings.Contains(stderr, want) {
			t.Errorf("stderr lacks %q:\n%s", want, stderr)
		}
	}
	if strings.Contains(stderr, "goroutine") || strings.Contains(stderr, "panic") {
		t.Errorf("stderr has a stack trace:\n%s", stderr)
	}
}

func TestVerifyBadDocuments(t *testing.T) {
	dir := t.TempDir()
	empty := filepath.Join(dir, "empty.md")
	must(t, os.WriteFile(empty, nil, 0o644))
	for _, tt := range []struct {
		args []string
		want string
	}{
		{[]string{"verify", empty}, "the document is empty"},
		{[]string{"verify", filepath.Join(dir, "missing.md")}, "no such file"},
		{[]string{"verify", "--format", "yaml", empty}, "--format"},
	} {
		var stdout, stderr bytes.Buffer
		err := run(context.Background(), append([]string{"--data", dir}, tt.args...), &stdout, &stderr)
		if code := exitCode(err, &stderr); code != exitError || !strings.Contains(stderr.String(), tt.want) {
			t.Errorf("%v: exit %d, stderr %q; want exit 2 and %q", tt.args, code, stderr.String(), tt.want)
		}
	}
}
