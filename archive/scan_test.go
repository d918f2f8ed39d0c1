package archive

import (
	"context"
	"net/http"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/citewatch/citewatch"
	"github.com/citewatch/citewatch/crawl/warc"
)

func TestArchived(t *testing.T) {
	dir := t.TempDir()
	w, err := warc.Create(dir, warc.Options{})
	if err != nil {
		t.Fatal(err)
	}
	html := http.Header{"Content-Type": {"text/html; charset=utf-8"}}
	resp := func(uri string, status int, h http.Header, body string, at time.Time) *warc.Record {
		r := warc.NewResponse(uri, warc.HTTPResponseMessage(status, h, []byte(body)))
		r.SetDate(at)
		return r
	}
	t0 := time.Date(2025, 2, 11, 9, 0, 0, 0, time.UTC)
	moved := http.Header{"Location": {"/new"}}
	imported := warc.NewResource("https://wall.example/page", "text/html", []byte("<p>saved copy</p>"))
	imported.Header.Set(warc.FieldImported, "true")
	imported.SetDate(t0)
	if _, err := w.Write(
		resp("https://a.example/", 200, html, "<p>old</p>", t0),
		resp("https://a.example/", 200, html, "<p>new</p>", t0.Add(time.Hour)),
		resp("https://b.example/old", 301, moved, "", t0),
		resp("https://b.example/new", 200, html, "<p>moved here</p>", t0),
		resp("https://c.example/gone", 404, html, "<p>not here</p>", t0),
		imported,
	); err != nil {
		t.Fatal(err)
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	// A torn record at the end of a second file, as a killed crawl leaves.
	files, _ := filepath.Glob(filepath.Join(dir, "*.warc.gz"))
	whole, _ := os.ReadFile(files[0])
	if err := os.WriteFile(filepath.Join(dir, "zz-torn.warc.gz"), whole[:len(whole)-40], 0o644); err != nil {
		t.Fatal(err)
	}

	got := map[string]citewatch.Snapshot{}
	err = Store{Dir: dir}.Archived(context.Background(), func(s citewatch.Snapshot) error {
		got[s.URL] = s
		return nil
	})
	if err != nil {
		t.Fatalf("Archived: %v", err)
	}
	want := map[string]struct{ body, final string }{
		"https://a.example/":        {"<p>new</p>", ""},
		"https://b.example/old":     {"<p>moved here</p>", "https://b.example/new"},
		"https://b.example/new":     {"<p>moved here</p>", ""},
		"https://wall.example/page": {"<p>saved copy</p>", ""},
	}
	if len(got) != len(want) {
		t.Errorf("Archived gave %d snapshots, want %d: %v", len(got), len(want), keys(got))
	}
	for u, w := range want {
		s, ok := got[u]
		if !ok {
			t.Errorf("no snapshot of %s", u)
			continue
		}
		if string(s.Body) != w.body || s.FinalURL != w.final {
			t.Errorf("%s: body %q final %q, want %q final %q", u, s.Body, s.FinalURL, w.body, w.final)
		}
		if s.WARCRecordID == "" || s.PayloadDigest == "" {
			t.Errorf("%s: record id %q digest %q, want both", u, s.WARCRecordID, s.PayloadDigest)
		}
	}
	if s := got["https://wall.example/page"]; s.Outcome != citewatch.OutcomeImported {
		t.Errorf("imported copy outcome %q, want %q", s.Outcome, citewatch.OutcomeImported)
	}
}

func keys(m map[string]citewatch.Snapshot) []string {
	var out []string
	for k := range m {
		out = append(out, k)
	}
	return out
}
