package main

import (
	"bytes"
	"errors"
	"path/filepath"
	"strings"
	"testing"

	"github.com/citewatch/citewatch"
	"github.com/citewatch/citewatch/internal/fixtureweb"
	"github.com/citewatch/citewatch/verify"
)

// TestRunExample drives `citewatch run` over the live fixture web (loopback
// only) on the bundled example, and checks specific verdicts, quotes, URLs
// and the facts indexed on the way.
func TestRunExample(t *testing.T) {
	w := fixtureweb.Start(t)
	data := t.TempDir()
	args := append([]string{"run", "--data", data, "--format", "json"}, fixtureFlags(w)...)
	args = append(args, filepath.Join("..", "..", "examples", "claims.md"))
	r, stderr, err := runJSON(t, args...)
	if !errors.Is(err, errChecksFailed) {
		t.Fatalf("run error = %v, want errChecksFailed (the example has unsupported claims); stderr:\n%s", err, stderr)
	}

	// The wrong-year page contradicts the opening date, with the year in the reason.
	wrongYear, ok := verdictOf(r, "c2", "6")
	if !ok {
		t.Fatal("no verdict for c2 [6]")
	}
	if wrongYear.Label != citewatch.Contradicted {
		t.Errorf("c2 [6] (wrong-year page) = %s, want contradicted; reason: %s", wrongYear.Label, wrongYear.Reason)
	}
	if !strings.Contains(wrongYear.Reason, "2023") {
		t.Errorf("c2 [6] reason %q does not name the page's year 2023", wrongYear.Reason)
	}
	if len(wrongYear.Evidence) == 0 || !strings.Contains(wrongYear.Evidence[0].Quote, "September 2023") {
		t.Errorf("c2 [6] evidence %+v does not quote the page's wrong year", wrongYear.Evidence)
	}
	// The press release supports the adoption date, quoting its sentence.
	adopted, _ := verdictOf(r, "c1", "1")
	if adopted.Label != citewatch.Supported {
		t.Errorf("c1 [1] = %s, want supported; reason: %s", adopted.Label, adopted.Reason)
	}
	if len(adopted.Evidence) == 0 || !strings.Contains(adopted.Evidence[0].Quote, "17 May 2024") ||
		adopted.Evidence[0].URL != "https://www.coe.int/en/web/portal/-/council-of-europe-opens-first-ever-global-treaty-on-ai-for-signature" ||
		!strings.HasPrefix(adopted.Evidence[0].WARCRecordID, "<urn:uuid:") {
		t.Errorf("c1 [1] evidence = %+v, want the press release's sentence with its URL and WARC record id", adopted.Evidence)
	}
	// The 404 is unavailable, and said so on stderr.
	gone, _ := verdictOf(r, "c13", "7")
	if gone.Label != citewatch.SourceUnavailable {
		t.Errorf("c13 [7] = %s, want source-unavailable", gone.Label)
	}
	if !strings.Contains(stderr, "ai-convention-explained-faq") {
		t.Errorf("stderr does not report the unavailable source:\n%s", stderr)
	}

	// Every claim of the example gets a verdict with a reason per reference.
	e := readExpected(t, filepath.Join("..", "..", "examples", "expected.json"))
	if len(r.Claims) != len(e.Claims) {
		t.Errorf("report has %d claims, want %d", len(r.Claims), len(e.Claims))
	}
	acc := verify.Score(outcomes(t, r, e))
	t.Logf("example: %s", acc)

	// The facts indexed on the way: Japan's signature, read off the wire story.
	facts := searchFacts(t, "--data", data, "--party", "JPN", "--event", "signed")
	found := false
	for _, f := range facts {
		if f.Treaty == "CETS-225" && f.Date == (citewatch.Date{Year: 2025, Month: 2, Day: 11, Precision: citewatch.PrecisionDay, Resolved: f.Date.Resolved}) &&
			f.Citation.URL == "https://www.nippon.com/en/news/yjj2025021100871/" && strings.Contains(f.Citation.Quote, "Japan on Tuesday signed") {
			found = true
			if f.Date.Resolved == "" {
				t.Errorf("Japan's signature date from \"on Tuesday\" does not say how it was resolved: %+v", f.Date)
			}
		}
	}
	if !found {
		t.Errorf("no fact JPN signed CETS-225 on 2025-02-11 quoting the wire story among %d hits: %+v", len(facts), facts)
	}
}

// TestRunReplayOffline re-runs the example from the bundled WARC: no
// server at all, the same verdicts.
func TestRunReplayOffline(t *testing.T) {
	data := t.TempDir()
	r, stderr, err := runJSON(t, "run", "--data", data, "--format", "json",
		"--replay", filepath.Join("..", "..", "examples", "fixture-web.warc.gz"),
		filepath.Join("..", "..", "examples", "claims.md"))
	if !errors.Is(err, errChecksFailed) {
		t.Fatalf("run error = %v, want errChecksFailed; stderr:\n%s", err, stderr)
	}
	if v, _ := verdictOf(r, "c2", "6"); v.Label != citewatch.Contradicted {
		t.Errorf("replayed c2 [6] = %s, want contradicted", v.Label)
	}
	// offline: the dead source [7] is not looked up in a web archive
	if strings.Contains(stderr, "archived copy") || strings.Contains(stderr, "web.archive.org") {
		t.Errorf("a replayed run asked a web archive:\n%s", stderr)
	}
	if v, _ := verdictOf(r, "c6", "4"); v.Label != citewatch.Supported {
		t.Errorf("replayed c6 [4] = %s, want supported; reason: %s", v.Label, v.Reason)
	}
	for _, c := range r.Claims {
		if len(c.Verdicts) == 0 {
			t.Errorf("claim %s has no verdict", c.Claim.ID)
		}
		for _, v := range c.Verdicts {
			if v.Reason == "" {
				t.Errorf("claim %s [%s]: verdict without a reason", c.Claim.ID, v.Ref)
			}
		}
	}
}

// TestLabelledClaims checks the verifier on the labelled claims over the
// fixture web: accuracy per verdict class, at least 0.9 overall, and no
// contradicted claim called supported.
func TestLabelledClaims(t *testing.T) {
	w := fixtureweb.Start(t)
	data := t.TempDir()
	args := append([]string{"run", "--data", data, "--format", "json"}, fixtureFlags(w)...)
	args = append(args, filepath.Join("..", "..", "testdata", "claims", "claims.md"))
	r, stderr, err := runJSON(t, args...)
	if err != nil && !errors.Is(err, errChecksFailed) {
		t.Fatalf("run: %v\n%s", err, stderr)
	}
	e := readExpected(t, filepath.Join("..", "..", "testdata", "claims", "expected.json"))
	acc := verify.Score(outcomes(t, r, e))
	var buf bytes.Buffer
	if err := acc.WriteText(&buf); err != nil {
		t.Fatal(err)
	}
	t.Logf("labelled claims:\n%s", buf.String())
	if acc.Total < 60 {
		t.Errorf("only %d labelled citations were scored, want at least 60", acc.Total)
	}
	if got := acc.Overall(); got < 0.9 {
		t.Errorf("accuracy %.3f, want at least 0.9", got)
	}
	for _, o := range acc.ContradictedAsSupported {
		t.Errorf("%s: contradicted claim called supported", o.ID)
	}
}
