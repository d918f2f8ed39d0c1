package extract

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/citewatch/citewatch"
)

// maxFuzzBody and maxFuzzTime bound each fuzz input: 64 KB extract in
// well under a second.
const (
	maxFuzzBody = 64 << 10
	maxFuzzTime = 10 * time.Second
)

// FuzzExtract checks that any body extracts without panicking, into valid
// UTF-8 text, with every quote cut exactly from the text.
//
//	go test -run XXX -fuzz FuzzExtract -fuzztime 3m -fuzzminimizetime 20x ./extract
//
// Without -fuzzminimizetime each new input is minimised for a minute
// before fuzzing goes on, so a run of a few minutes spends them
// minimising and reports a few dozen executions; with it, a minute is
// about 15,000 executions on a loaded machine.
func FuzzExtract(f *testing.F) {
	files, _ := filepath.Glob("testdata/*.html")
	for _, file := range files {
		if b, err := os.ReadFile(file); err == nil {
			f.Add(b)
		}
	}
	f.Add([]byte(article))
	f.Add([]byte("<table><tr><th>State</th><th>Signature</th></tr><tr><td>Japan</td><td>11/02/2025</td></tr></table>"))
	f.Add([]byte("\xff\xfe<p>Japan signed CETS No. 225 on 31/02/2025.</p>"))
	f.Add([]byte("<div><div><div><p>On Tuesday, the EU signed the Convention.</p>"))
	f.Add([]byte("Japan signed the Paris Agreement on 22 April 2016, Norway ratified it, Chile, Peru and Spain acceded, " +
		"the Kyoto Protocol entered into force on 16 February 2005, and France pulled out of the 1997 treaty"))
	f.Add([]byte("<p>El Acuerdo fue ratificado por México y Argentina el 22 de abril de 2021; ベナンが11日、条約を批准しました。</p>"))
	x := New(testLogger())
	f.Fuzz(func(t *testing.T, body []byte) {
		// Each input is bounded in size and time: extraction is linear, so
		// a small input that takes long is a failure, and small inputs let
		// the fuzzer run many.
		if len(body) > maxFuzzBody {
			body = body[:maxFuzzBody]
		}
		ctx, cancel := context.WithTimeout(t.Context(), maxFuzzTime)
		defer cancel()
		start := time.Now()
		doc, facts, err := x.Extract(ctx, citewatch.Snapshot{URL: "https://example.org/f", Body: body})
		// A step that does not look at the context returns late but
		// without an error: the time is checked as well.
		if errors.Is(err, context.DeadlineExceeded) || time.Since(start) > maxFuzzTime {
			t.Fatalf("Extract of %d bytes took over %v", len(body), maxFuzzTime)
		}
		if err != nil {
			if len(body) == 0 {
				return
			}
			t.Fatalf("Extract: %v", err)
		}
		if !utf8.ValidString(doc.Text) {
			t.Fatal("text is not valid UTF-8")
		}
		if err := doc.Validate(); err != nil {
			t.Fatal(err)
		}
		for _, fact := range facts {
			if doc.Slice(fact.Citation.Span) != fact.Citation.Quote {
				t.Fatalf("quote %q does not round-trip", fact.Citation.Quote)
			}
			if err := fact.Validate(); err != nil {
				t.Fatal(err)
			}
		}
	})
}
