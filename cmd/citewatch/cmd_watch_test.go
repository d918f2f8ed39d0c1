package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/citewatch/citewatch/internal/fixtureweb"
	"github.com/citewatch/citewatch/watch"
)

// TestWatch runs three watch rounds over the fixture web: the first is the
// baseline; between the first and second a page changes a date, and the
// event names the flipped verdict with both quotes and the changed fact;
// before the third another page goes 404, and the event says it died.
func TestWatch(t *testing.T) {
	w := fixtureweb.Start(t)
	page := "https://www.policytracker.io/briefs/lakes-status"
	other := "https://www.policytracker.io/briefs/lakes-news"
	html := func(date string) []byte {
		return []byte(`<!doctype html><html><head><title>Paris Agreement status</title></head><body><article><h1>Paris Agreement status</h1>
<p>Norway ratified the Paris Agreement on ` + date + `.</p></article></body></html>`)
	}
	must := func(err error) {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
	}
	must(w.Put(page, 200, "text/html; charset=utf-8", html("20 June 2016")))
	must(w.Put(other, 200, "text/html; charset=utf-8", []byte(`<!doctype html><html><head><title>Climate news</title></head><body><article>
<p>The Paris Agreement entered into force on 4 November 2016.</p></article></body></html>`)))
	dir := t.TempDir()
	doc := filepath.Join(dir, "brief.md")
	must(os.WriteFile(doc, []byte("Norway ratified the Paris Agreement on 20 June 2016 [1].\n\n"+
		"The Paris Agreement entered into force on 4 November 2016 [2].\n\n[1] "+page+"\n[2] "+other+"\n"), 0o644))
	events := filepath.Join(dir, "events.jsonl")
	round := func() (string, error) {
		var stdout, stderr bytes.Buffer
		args := append([]string{"watch", "--data", filepath.Join(dir, "data"), "--events", events, "--no-memento", "--retries", "0"}, fixtureFlags(w)...)
		err := run(t.Context(), append(args, doc), &stdout, &stderr)
		t.Logf("stderr: %s", stderr.String())
		return stdout.String(), err
	}
	out, err := round()
	if err != nil || out != "" {
		t.Fatalf("baseline round: %v, events %q", err, out)
	}

	must(w.Put(page, 200, "text/html; charset=utf-8", html("20 July 2016")))
	out, err = round()
	var code bytes.Buffer
	if exitCode(err, &code) != exitFailed {
		t.Errorf("a change should exit 1, got %v", err)
	}
	var flipped, facts bool
	for _, line := range strings.Split(strings.TrimSpace(out), "\n") {
		var e watch.Event
		if err := json.Unmarshal([]byte(line), &e); err != nil {
			t.Fatalf("event is not JSON: %q", line)
		}
		switch e.Kind {
		case watch.VerdictChanged:
			flipped = e.From == "supported" && e.To != "supported" && strings.Contains(e.FromQuote, "20 June 2016") && strings.Contains(e.ToQuote, "20 July 2016")
		case watch.FactsChanged:
			facts = e.URL == page && strings.Contains(strings.Join(e.Added, " "), "2016-07-20") && strings.Contains(strings.Join(e.Removed, " "), "2016-06-20")
		}
	}
	if !flipped || !facts {
		t.Errorf("second round events (flipped %v, facts %v):\n%s", flipped, facts, out)
	}

	must(w.Put(other, 404, "text/html", []byte("<html><body>Not found</body></html>")))
	out, _ = round()
	if !strings.Contains(out, `"kind":"source-died"`) || !strings.Contains(out, other) {
		t.Errorf("third round events:\n%s", out)
	}
	if data, err := os.ReadFile(events); err != nil || strings.Count(string(data), "\n") < 3 {
		t.Errorf("events file: %v\n%s", err, data)
	}

	// nothing changed: exit 0, no events
	out, err = round()
	if err != nil || out != "" {
		t.Errorf("quiet round: %v, %q", err, out)
	}

	// diff shows the page's two copies: the fact and the line that changed
	var stdout, stderr bytes.Buffer
	err = run(t.Context(), []string{"diff", "--data", filepath.Join(dir, "data"), page}, &stdout, &stderr)
	got := stdout.String()
	if exitCode(err, &code) != exitFailed || !strings.Contains(got, "- NOR ratified") || !strings.Contains(got, "2016-06-20") ||
		!strings.Contains(got, "+ NOR ratified") || !strings.Contains(got, "-Norway ratified the Paris Agreement on 20 June 2016.") ||
		!strings.Contains(got, "+Norway ratified the Paris Agreement on 20 July 2016.") {
		t.Errorf("diff: %v\n%s%s", err, got, stderr.String())
	}
	// a URL never archived is a clear error
	stdout.Reset()
	err = run(t.Context(), []string{"diff", "--data", filepath.Join(dir, "data"), "https://www.policytracker.io/never"}, &stdout, &stderr)
	if exitCode(err, &code) != exitError {
		t.Errorf("diff of an unknown URL: %v", err)
	}
}
