package archive

import (
	"bytes"
	"compress/gzip"
	"context"
	"errors"
	"fmt"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/citewatch/citewatch"
	"github.com/citewatch/citewatch/crawl/warc"
)

// write stores recs in a new archive folder and returns it with their
// snapshots as a catalog would record them.
func write(t *testing.T, recs ...*warc.Record) (string, []citewatch.Snapshot) {
	t.Helper()
	dir := t.TempDir()
	w, err := warc.Create(dir, warc.Options{})
	if err != nil {
		t.Fatal(err)
	}
	locs, err := w.Write(recs...)
	if err != nil {
		t.Fatal(err)
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	snaps := make([]citewatch.Snapshot, len(recs))
	for i, r := range recs {
		snaps[i] = citewatch.Snapshot{URL: r.TargetURI(), FetchedAt: r.Date(), WARCFile: locs[i].File, WARCOffset: locs[i].Offset, WARCRecordID: r.ID()}
	}
	return dir, snaps
}

func response(uri string, h http.Header, body []byte, at time.Time) *warc.Record {
	r := warc.NewResponse(uri, warc.HTTPResponseMessage(http.StatusOK, h, body))
	r.SetDate(at)
	return r
}

func gzipped(t *testing.T, s string) []byte {
	t.Helper()
	var b bytes.Buffer
	zw := gzip.NewWriter(&b)
	if _, err := zw.Write([]byte(s)); err != nil {
		t.Fatal(err)
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

func TestLoad(t *testing.T) {
	t0 := time.Date(2025, 3, 1, 8, 0, 0, 0, time.UTC)
	html := http.Header{"Content-Type": {"text/html"}}
	enc := http.Header{"Content-Type": {"text/html"}, "Content-Encoding": {"gzip"}}
	saved := warc.NewResource("https://wall.example/p", "text/plain", []byte("a saved copy"))
	revisit := warc.NewRevisit("https://a.example/", warc.ProfileIdenticalPayloadDigest, warc.Original{RecordID: warc.NewRecordID(), TargetURI: "https://a.example/", Date: t0}, warc.HTTPResponseMessage(200, html, nil))
	dir, snaps := write(t,
		response("https://a.example/", html, []byte("<p>plain</p>"), t0),
		response("https://b.example/", enc, gzipped(t, "<p>was gzip</p>"), t0),
		saved, revisit)
	st := Store{Dir: dir}

	for i, want := range []struct{ body, ct string }{{"<p>plain</p>", "text/html"}, {"<p>was gzip</p>", "text/html"}, {"a saved copy", "text/plain"}} {
		s, err := st.Load(snaps[i])
		if err != nil || string(s.Body) != want.body || s.ContentType != want.ct {
			t.Errorf("Load(%s) = %q (%q), %v; want %q (%q)", snaps[i].URL, s.Body, s.ContentType, err, want.body, want.ct)
		}
	}
	if _, err := st.Load(snaps[3]); !errors.Is(err, ErrRevisit) {
		t.Errorf("Load(revisit) = %v, want ErrRevisit", err)
	}
	if _, err := st.Load(citewatch.Snapshot{URL: "https://none.example/"}); !errors.Is(err, citewatch.ErrNotFound) {
		t.Errorf("Load(no record) = %v, want ErrNotFound", err)
	}
	gone := snaps[0]
	gone.WARCFile = "missing.warc.gz"
	if _, err := st.Load(gone); !errors.Is(err, citewatch.ErrNotFound) {
		t.Errorf("Load(missing file) = %v, want ErrNotFound", err)
	}
}

// history is a catalog of the copies of one URL, oldest first.
type history []citewatch.Snapshot

func (h history) History(_ context.Context, url string) ([]citewatch.Snapshot, error) {
	if len(h) == 0 || h[0].URL != url {
		return nil, fmt.Errorf("%w: %s has no archived content", citewatch.ErrNotFound, url)
	}
	return h, nil
}

func TestNewestAndPair(t *testing.T) {
	t0 := time.Date(2025, 3, 1, 8, 0, 0, 0, time.UTC)
	day := 24 * time.Hour
	html := http.Header{"Content-Type": {"text/html"}}
	const u = "https://a.example/list"
	dir, snaps := write(t,
		response(u, html, []byte("first"), t0),
		response(u, html, []byte("second"), t0.Add(day)),
		response(u, html, []byte("third"), t0.Add(2*day)))
	st, cat := Store{Dir: dir}, history(snaps)
	ctx := context.Background()

	s, err := st.Newest(ctx, cat, u)
	if err != nil || string(s.Body) != "third" {
		t.Errorf("Newest = %q, %v; want the third copy", s.Body, err)
	}
	if _, err := st.Newest(ctx, cat, "https://other.example/"); !errors.Is(err, citewatch.ErrNotFound) {
		t.Errorf("Newest(never archived) = %v, want ErrNotFound", err)
	}

	for _, c := range []struct {
		name          string
		from, to      time.Time
		older, newer  string
		notFound, bad bool
	}{
		{name: "newest and the one before", older: "second", newer: "third"},
		{name: "to picks the newest at or before it", to: t0.Add(day + time.Hour), older: "first", newer: "second"},
		{name: "from and to", from: t0, to: t0.Add(2 * day), older: "first", newer: "third"},
		{name: "from alone", from: t0.Add(time.Hour), older: "first", newer: "third"},
		{name: "nothing at or before to", to: t0.Add(-time.Hour), notFound: true},
		{name: "from picks newer itself", from: t0.Add(2 * day), notFound: true},
		{name: "only one copy at or before to", to: t0, notFound: true},
		{name: "from after to", from: t0.Add(day), to: t0, bad: true},
	} {
		older, newer, err := st.Pair(ctx, cat, u, c.from, c.to)
		switch {
		case c.notFound:
			if !errors.Is(err, citewatch.ErrNotFound) {
				t.Errorf("%s: Pair = %v, want ErrNotFound", c.name, err)
			}
		case c.bad:
			if !errors.Is(err, citewatch.ErrInvalid) {
				t.Errorf("%s: Pair = %v, want ErrInvalid", c.name, err)
			}
		case err != nil || string(older.Body) != c.older || string(newer.Body) != c.newer:
			t.Errorf("%s: Pair = %q, %q, %v; want %q, %q", c.name, older.Body, newer.Body, err, c.older, c.newer)
		}
	}
}

// TestDamagedArchive corrupts one record in the middle of a WARC file, adds
// a file that is not WARC and a torn copy: Archived and List read
// everything else and say what they skipped.
func TestDamagedArchive(t *testing.T) {
	t0 := time.Date(2025, 3, 1, 8, 0, 0, 0, time.UTC)
	html := http.Header{"Content-Type": {"text/html"}}
	page := func(p string) *warc.Record {
		return response("https://site.example"+p, html, []byte("<title>Page "+p+"</title><p>text</p>"), t0)
	}
	dir, snaps := write(t, page("/a"), page("/b"), page("/c"))
	b := snaps[1]
	name := filepath.Join(dir, b.WARCFile)
	data, err := os.ReadFile(name)
	if err != nil {
		t.Fatal(err)
	}
	// Overwrite bytes inside /b's record: its gzip member no longer
	// decodes, the records after it still do.
	copy(data[b.WARCOffset+30:], "DAMAGE DAMAGE DAMAGE")
	for file, content := range map[string][]byte{b.WARCFile: data, "junk.warc.gz": []byte("not a warc"), "torn.warc.gz": data[:len(data)-7]} {
		if err := os.WriteFile(filepath.Join(dir, file), content, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	st := Store{Dir: dir}

	var urls []string
	err = st.Archived(context.Background(), func(s citewatch.Snapshot) error {
		urls = append(urls, s.URL)
		return nil
	})
	var de *DamageError
	if !errors.As(err, &de) || !errors.Is(err, citewatch.ErrInvalid) || !errors.Is(err, citewatch.ErrDamaged) {
		t.Fatalf("Archived = %v, want a DamageError", err)
	}
	if got := strings.Join(urls, " "); got != "https://site.example/a https://site.example/c" {
		t.Errorf("Archived gave %v, want /a and /c", urls)
	}
	files := map[string]bool{}
	for _, d := range de.Damage {
		files[d.File] = true
	}
	if !files[b.WARCFile] || !files["junk.warc.gz"] || !files["torn.warc.gz"] || len(de.Damage) != 3 {
		t.Errorf("damage %v, want one stretch in each of %s, junk and torn", de.Damage, b.WARCFile)
	}
	if msg := err.Error(); strings.Contains(msg, "\n") || !strings.Contains(msg, b.WARCFile) {
		t.Errorf("damage message %q, want one line naming the file", msg)
	}

	list, err := st.List()
	if !errors.As(err, &de) {
		t.Fatalf("List = %v, want a DamageError", err)
	}
	if len(list) != 3 {
		t.Errorf("List gave %d files, want 3 (junk counted as damage)", len(list))
	}
	// The torn copy loses /c, its last record, as well as /b.
	want := map[string]struct{ responses int }{b.WARCFile: {2}, "torn.warc.gz": {1}}
	for _, f := range list {
		w, ok := want[f.Name]
		if !ok {
			continue
		}
		if f.Damaged != 1 || f.Records[warc.TypeResponse] != w.responses {
			t.Errorf("%s: %+v, want 1 damaged part and %d responses", f.Name, f, w.responses)
		}
		if torn := f.Name == "torn.warc.gz"; f.Truncated != torn {
			t.Errorf("%s: truncated %v", f.Name, f.Truncated)
		}
	}
}
