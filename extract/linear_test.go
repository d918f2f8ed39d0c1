package extract

import (
	"context"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/citewatch/citewatch"
)

// pageSize is the size of the pages TestExtractLinear times: half a
// megabyte, where extraction that grows faster than the page once took
// minutes, kept small enough for the suite.
const pageSize = 512 << 10

// hostilePages are pages of one shape each: ordinary prose, one
// sentence that never ends, and one endless list of states.
func hostilePages() (prose, sentence, list string) {
	acts := []string{
		"Japan signed the Paris Agreement on 22 April 2016",
		"Norway ratified the Paris Agreement on 20 June 2016",
		"the delegates of many regions met again in the autumn to talk about the weather and the sea",
		"Chile deposited its instrument of ratification on 10 February 2017",
		"the Kyoto Protocol entered into force on 16 February 2005",
	}
	states := []string{"Japan", "Norway", "Chile", "Peru", "France", "Germany", "Italy", "Spain", "Canada", "Mexico"}
	var p, s, l strings.Builder
	l.WriteString("The Paris Agreement was ratified by ")
	for i := 0; p.Len() < pageSize; i++ {
		p.WriteString(acts[i%len(acts)] + ". ")
	}
	for i := 0; s.Len() < pageSize; i++ {
		s.WriteString(acts[i%len(acts)] + ", and ")
	}
	for i := 0; l.Len() < pageSize; i++ {
		l.WriteString(states[i%len(states)] + ", ")
	}
	return p.String(), s.String(), l.String()
}

// extractTime times the extraction of a plain-text page.
func extractTime(t *testing.T, x *Extractor, text string) (time.Duration, int) {
	t.Helper()
	start := time.Now()
	_, facts, err := x.Extract(context.Background(), snapshot("https://example.org/long", "text/plain; charset=utf-8", []byte(text)))
	if err != nil {
		t.Fatal(err)
	}
	return time.Since(start), len(facts)
}

// TestExtractLinear checks that a page of one endless sentence, or of one
// endless list of states, extracts in about the time a page of ordinary
// prose of the same size takes (issue: a 1 MB sentence once took hours).
func TestExtractLinear(t *testing.T) {
	if testing.Short() {
		t.Skip("times 1 MB pages")
	}
	x := New(testLogger())
	prose, sentence, list := hostilePages()
	// Each page is timed three times, turn about with the prose, and the
	// best of each is compared: a load spike on a shared machine slows one
	// run, not all three.
	for _, c := range []struct{ name, text string }{{"one sentence", sentence}, {"one list", list}} {
		base, d := time.Hour, time.Hour
		var n, baseFacts int
		for range 3 {
			b, bn := extractTime(t, x, prose)
			base, baseFacts = min(base, b), bn
			h, hn := extractTime(t, x, c.text)
			d, n = min(d, h), hn
		}
		if baseFacts == 0 {
			t.Fatal("the prose page gave no facts: the comparison would mean nothing")
		}
		t.Logf("%s: %v (%d facts), prose %v (best of three each)", c.name, d, n, base)
		if n == 0 {
			t.Errorf("%s: no facts read", c.name)
		}
		// The bound is 2x; the margin is for a loaded machine.
		if d > 3*base+200*time.Millisecond {
			t.Errorf("%s: %v, prose of the same size %v: want under about 2x", c.name, d, base)
		}
	}
}

// TestExtractStopsOnCancel checks that extraction looks at its context
// while it reads a page's sentences, not only before and after.
func TestExtractStopsOnCancel(t *testing.T) {
	x := New(testLogger())
	_, sentence, _ := hostilePages()
	ctx, cancel := context.WithCancel(context.Background())
	time.AfterFunc(20*time.Millisecond, cancel)
	start := time.Now()
	_, _, err := x.Extract(ctx, snapshot("https://example.org/long", "text/plain; charset=utf-8", []byte(sentence)))
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("Extract after cancel: err = %v, want context.Canceled", err)
	}
	// The aim is 2s; the ceiling leaves room for a loaded machine.
	if d := time.Since(start); d > 5*time.Second {
		t.Errorf("Extract took %v after its context was cancelled at 20ms", d)
	}
}

// TestClauses checks that long sentences are cut at clause boundaries
// into spans no longer than the bound, covering the sentence in order.
func TestClauses(t *testing.T) {
	s := strings.Repeat("Japan signed it, Norway ratified it; ", 200) + strings.Repeat("x", 5000)
	spans := clauses(s, 300)
	at := 0
	for _, sp := range spans {
		if sp.End-sp.Start > 300 || sp.End <= sp.Start {
			t.Fatalf("clause %v is %d bytes, want 1 to 300", sp, sp.End-sp.Start)
		}
		if strings.TrimLeft(s[at:sp.Start], " ") != "" {
			t.Fatalf("clause %v skips %q", sp, s[at:sp.Start])
		}
		at = sp.End
	}
	if at != len(s) {
		t.Fatalf("clauses end at %d, want %d", at, len(s))
	}
	if got := s[spans[0].Start:spans[0].End]; !strings.HasSuffix(got, ";") {
		t.Errorf("first clause %q does not end at a semicolon", got)
	}
	if one := clauses("Japan signed.", 300); len(one) != 1 || one[0] != (citewatch.Span{Start: 0, End: 13}) {
		t.Errorf("clauses of a short sentence = %v, want the whole", one)
	}
}
