package sources

import (
	"context"
	"errors"
	"fmt"
	"path/filepath"
	"reflect"
	"sync"
	"testing"
	"time"

	"github.com/rs/zerolog"

	"github.com/citewatch/citewatch"
)

func open(t testing.TB, path string, opts ...Option) *Catalog {
	t.Helper()
	c, err := Open(context.Background(), path, zerolog.Nop(), opts...)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		if err := c.Close(); err != nil { // closing again is no error
			t.Error(err)
		}
	})
	return c
}

const coe = "https://www.coe.int/en/web/artificial-intelligence/the-framework-convention-on-artificial-intelligence"

var day0 = time.Date(2025, 2, 11, 10, 0, 0, 0, time.UTC)

func TestMigrations(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "nested", "dir", "catalog.db")
	c := open(t, path)
	var version int
	if err := c.db.QueryRowContext(ctx, "PRAGMA user_version").Scan(&version); err != nil || version != SchemaVersion {
		t.Fatalf("user_version = %d, %v; want %d", version, err, SchemaVersion)
	}
	var mode string
	if err := c.db.QueryRowContext(ctx, "PRAGMA journal_mode").Scan(&mode); err != nil || mode != "wal" {
		t.Errorf("journal_mode = %q, %v; want wal", mode, err)
	}
	var fk int
	if err := c.db.QueryRowContext(ctx, "PRAGMA foreign_keys").Scan(&fk); err != nil || fk != 1 {
		t.Errorf("foreign_keys = %d, %v; want 1", fk, err)
	}
	if _, err := c.Add(ctx, coe, "intergovernmental"); err != nil {
		t.Fatal(err)
	}
	if err := c.Close(); err != nil {
		t.Fatal(err)
	}

	// Reopening keeps the data and migrates nothing.
	c = open(t, path)
	if s, err := c.Source(ctx, coe); err != nil || s.Kind != "intergovernmental" {
		t.Errorf("after reopening: Source = %+v, %v", s, err)
	}
	// A catalog from a newer schema is refused.
	if _, err := c.db.ExecContext(ctx, fmt.Sprintf("PRAGMA user_version = %d", SchemaVersion+1)); err != nil {
		t.Fatal(err)
	}
	if err := c.Close(); err != nil {
		t.Fatal(err)
	}
	if _, err := Open(ctx, path, zerolog.Nop()); !errors.Is(err, citewatch.ErrInvalid) {
		t.Errorf("Open of a newer catalog = %v, want ErrInvalid", err)
	}
}

func TestAddAndSource(t *testing.T) {
	ctx := context.Background()
	c := open(t, filepath.Join(t.TempDir(), "catalog.db"))
	a, err := c.Add(ctx, coe, "")
	if err != nil {
		t.Fatal(err)
	}
	if a.URL != coe || a.Health != citewatch.HealthUnknown || a.NextDue.After(time.Now()) {
		t.Errorf("Add = %+v, want a new source due now", a)
	}
	b, err := c.Add(ctx, coe, "intergovernmental")
	if err != nil || b.Kind != "intergovernmental" || !b.AddedAt.Equal(a.AddedAt) {
		t.Errorf("second Add = %+v, %v; want the same source with its kind set", b, err)
	}
	if b, _ := c.Add(ctx, coe, "news"); b.Kind != "intergovernmental" {
		t.Errorf("third Add changed kind to %q", b.Kind)
	}
	for _, bad := range []string{"ftp://example.org/", "/relative", "https://", "not a url"} {
		if _, err := c.Add(ctx, bad, ""); !errors.Is(err, citewatch.ErrInvalid) {
			t.Errorf("Add(%q) = %v, want ErrInvalid", bad, err)
		}
	}
	if _, err := c.Add(ctx, "https://example.org/", "tabloid"); !errors.Is(err, citewatch.ErrInvalid) {
		t.Errorf("Add with kind tabloid = %v, want ErrInvalid", err)
	}
	if _, err := c.Source(ctx, "https://example.org/none"); !errors.Is(err, citewatch.ErrNotFound) {
		t.Errorf("Source of an unknown URL = %v, want ErrNotFound", err)
	}
	if _, err := c.LastFetch(ctx, coe); !errors.Is(err, citewatch.ErrNotFound) {
		t.Errorf("LastFetch before any fetch = %v, want ErrNotFound", err)
	}
	list, err := c.List(ctx)
	if err != nil || len(list) != 1 || list[0].URL != coe {
		t.Errorf("List = %+v, %v", list, err)
	}
}

func TestRecordRoundTrip(t *testing.T) {
	ctx := context.Background()
	c := open(t, filepath.Join(t.TempDir(), "catalog.db"))
	fetched := citewatch.Snapshot{
		URL: "https://example.org/old", FinalURL: "https://example.org/new",
		Redirects: []string{"https://example.org/old", "https://example.org/mid"},
		Status:    200, FetchedAt: day0.Add(123456789 * time.Nanosecond),
		Header:      map[string][]string{"Content-Type": {"text/html"}, "Etag": {`"v1"`}},
		ContentType: "text/html", ETag: `"v1"`, LastModified: "Tue, 11 Feb 2025 09:00:00 GMT",
		PayloadDigest: "sha1:UZY6ND6CCHXETFVJD2MSS7ZENMWF7KQ2", WARCFile: "citewatch-20250211100000-00000.warc.gz",
		WARCOffset: 1234, WARCRecordID: "<urn:uuid:8ace5b7f-1270-4aef-838b-982a6fefd9c0>",
		Outcome: citewatch.OutcomeFetched, Health: citewatch.HealthRedirected, Attempts: 1,
	}
	if err := c.RecordFetch(ctx, fetched); err != nil {
		t.Fatal(err)
	}
	revisit := citewatch.Snapshot{URL: fetched.URL, Status: 304, FetchedAt: day0.Add(24 * time.Hour),
		Outcome: citewatch.OutcomeRevisit, Health: citewatch.HealthOK, WARCFile: "b.warc.gz", WARCOffset: 99,
		WARCRecordID: "<urn:uuid:00000000-0000-4000-8000-000000000000>"}
	if err := c.RecordFetch(ctx, revisit); err != nil {
		t.Fatal(err)
	}
	last, err := c.LastFetch(ctx, fetched.URL)
	if err != nil || !reflect.DeepEqual(last, revisit) {
		t.Errorf("LastFetch = %+v, %v\nwant %+v", last, err, revisit)
	}
	content, err := c.LastContent(ctx, fetched.URL)
	if err != nil || !reflect.DeepEqual(content, fetched) {
		t.Errorf("LastContent = %+v, %v\nwant %+v", content, err, fetched)
	}
	snaps, err := c.Snapshots(ctx)
	if err != nil || len(snaps) != 1 || !reflect.DeepEqual(snaps[0], fetched) {
		t.Errorf("Snapshots = %+v, %v", snaps, err)
	}
	src, err := c.Source(ctx, fetched.URL)
	if err != nil || src.Health != citewatch.HealthOK || !src.LastFetch.Equal(revisit.FetchedAt) {
		t.Errorf("Source after the revisit = %+v, %v", src, err)
	}
	if err := c.RecordFetch(ctx, citewatch.Snapshot{URL: "https://example.org/x"}); !errors.Is(err, citewatch.ErrInvalid) {
		t.Errorf("RecordFetch of an empty snapshot = %v, want ErrInvalid", err)
	}
	// A failure without content does not hide the last content.
	if err := c.RecordFetch(ctx, citewatch.Snapshot{URL: fetched.URL, FetchedAt: day0.Add(48 * time.Hour), Outcome: citewatch.OutcomeFailed, Health: citewatch.HealthTimeout}); err != nil {
		t.Fatal(err)
	}
	if content, _ := c.LastContent(ctx, fetched.URL); content.WARCRecordID != fetched.WARCRecordID {
		t.Errorf("LastContent after a failure = %s, want %s", content.WARCRecordID, fetched.WARCRecordID)
	}
	entries, err := c.Entries(ctx)
	if err != nil || len(entries) != 1 || entries[0].Last == nil || entries[0].Last.Health != citewatch.HealthTimeout {
		t.Errorf("Entries = %+v, %v", entries, err)
	}
}

func TestDeadAfterThreeDays(t *testing.T) {
	ctx := context.Background()
	c := open(t, filepath.Join(t.TempDir(), "catalog.db"))
	const u = "https://example.org/gone"
	check := func(at time.Time, outcome citewatch.FetchOutcome, h citewatch.Health) citewatch.Source {
		t.Helper()
		if err := c.RecordFetch(ctx, citewatch.Snapshot{URL: u, FetchedAt: at, Outcome: outcome, Health: h, Status: 404}); err != nil {
			t.Fatal(err)
		}
		s, err := c.Source(ctx, u)
		if err != nil {
			t.Fatal(err)
		}
		return s
	}
	steps := []struct {
		at       time.Time
		outcome  citewatch.FetchOutcome
		health   citewatch.Health
		want     citewatch.Health
		failures int
	}{
		{day0, citewatch.OutcomeFailed, citewatch.HealthGone, citewatch.HealthGone, 1},
		{day0.Add(5 * time.Hour), citewatch.OutcomeFailed, citewatch.HealthGone, citewatch.HealthGone, 1}, // same UTC day
		{day0.Add(24 * time.Hour), citewatch.OutcomeFailed, citewatch.HealthTimeout, citewatch.HealthTimeout, 2},
		{day0.Add(48 * time.Hour), citewatch.OutcomeFetched, citewatch.HealthOK, citewatch.HealthOK, 0}, // success resets
		{day0.Add(72 * time.Hour), citewatch.OutcomeFailed, citewatch.HealthGone, citewatch.HealthGone, 1},
		{day0.Add(96 * time.Hour), citewatch.OutcomeFailed, citewatch.HealthGone, citewatch.HealthGone, 2},
		{day0.Add(97 * time.Hour), citewatch.OutcomeFailed, citewatch.HealthGone, citewatch.HealthGone, 2},
		{day0.Add(120 * time.Hour), citewatch.OutcomeFailed, citewatch.HealthGone, citewatch.HealthDead, 3},
		{day0.Add(144 * time.Hour), citewatch.OutcomeImported, "", citewatch.HealthDead, 3}, // a user's copy is no check
		{day0.Add(168 * time.Hour), citewatch.OutcomeFailed, citewatch.HealthDNS, citewatch.HealthDead, 4},
	}
	for i, st := range steps {
		s := check(st.at, st.outcome, st.health)
		if s.Health != st.want || s.Failures != st.failures {
			t.Errorf("step %d (%s %s at %s): health %s, failures %d; want %s, %d", i, st.outcome, st.health, st.at, s.Health, s.Failures, st.want, st.failures)
		}
	}
	entries, err := c.Entries(ctx)
	if err != nil || len(entries) != 1 || entries[0].HealthText() != "dead (last: dns)" {
		t.Errorf("Entries = %+v, %v; want health text \"dead (last: dns)\"", entries, err)
	}
}

func TestDueAndBackoff(t *testing.T) {
	ctx := context.Background()
	c := open(t, filepath.Join(t.TempDir(), "catalog.db"), WithInterval(time.Hour))
	urls := []string{"https://example.org/a", "https://example.org/b", "https://example.org/c"}
	for _, u := range urls {
		if _, err := c.Add(ctx, u, ""); err != nil {
			t.Fatal(err)
		}
	}
	now := time.Now()
	due, err := c.Due(ctx, now, 0)
	if err != nil || len(due) != 3 {
		t.Fatalf("Due of new sources = %v, %v; want all three", due, err)
	}
	if due, _ := c.Due(ctx, now, 2); len(due) != 2 {
		t.Errorf("Due with limit 2 returned %d", len(due))
	}
	record := func(u string, at time.Time, o citewatch.FetchOutcome, h citewatch.Health) time.Duration {
		t.Helper()
		if err := c.RecordFetch(ctx, citewatch.Snapshot{URL: u, FetchedAt: at, Outcome: o, Health: h}); err != nil {
			t.Fatal(err)
		}
		s, _ := c.Source(ctx, u)
		return s.NextDue.Sub(at)
	}
	within := func(what string, got, base time.Duration) {
		t.Helper()
		if got < base*9/10 || got > base*11/10 {
			t.Errorf("%s: next due after %v, want %v ±10%%", what, got, base)
		}
	}
	// a: fetched, then unchanged twice: 1, 2, 4 intervals.
	within("a fetched", record(urls[0], now, citewatch.OutcomeFetched, citewatch.HealthOK), time.Hour)
	within("a unchanged once", record(urls[0], now.Add(time.Hour), citewatch.OutcomeRevisit, citewatch.HealthOK), 2*time.Hour)
	within("a unchanged twice", record(urls[0], now.Add(3*time.Hour), citewatch.OutcomeRevisit, citewatch.HealthOK), 4*time.Hour)
	within("a changed", record(urls[0], now.Add(7*time.Hour), citewatch.OutcomeFetched, citewatch.HealthOK), time.Hour)
	// b: failing: 1, 2, 4, 8, 8 intervals.
	for i, want := range []time.Duration{1, 2, 4, 8, 8} {
		within(fmt.Sprintf("b failure %d", i+1), record(urls[1], now.Add(time.Duration(i)*time.Minute), citewatch.OutcomeFailed, citewatch.HealthTimeout), want*time.Hour)
	}
	// The jitter is the URL's own: the same factor for the same URL.
	if NextDue(urls[0], now, time.Hour, 1) != NextDue(urls[0], now, time.Hour, 1) {
		t.Error("NextDue is not deterministic")
	}
	if NextDue(urls[0], now, time.Hour, 1) == NextDue(urls[1], now, time.Hour, 1) {
		t.Error("two URLs got the same jitter")
	}
	// c is still due from when it was added; a and b are not due now.
	due, err = c.Due(ctx, now.Add(30*time.Minute), 0)
	if err != nil || len(due) != 1 || due[0].URL != urls[2] {
		t.Errorf("Due = %v, %v; want only %s", due, err, urls[2])
	}
	// Far ahead everything is due, the longest-due first.
	due, _ = c.Due(ctx, now.Add(100*time.Hour), 0)
	if len(due) != 3 || due[0].URL != urls[2] {
		t.Fatalf("Due far ahead = %v", due)
	}
	for i := 1; i < len(due); i++ {
		if due[i].NextDue.Before(due[i-1].NextDue) {
			t.Errorf("Due not oldest first: %v before %v", due[i-1].NextDue, due[i].NextDue)
		}
	}
}

func TestConcurrentCatalogs(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "catalog.db")
	a, b := open(t, path), open(t, path)
	const per = 40
	var wg sync.WaitGroup
	errs := make(chan error, 4*per)
	for i, c := range []*Catalog{a, b, a, b} {
		wg.Go(func() {
			for j := range per {
				u := fmt.Sprintf("https://example.org/%d/%d", i, j)
				if _, err := c.Add(ctx, u, ""); err != nil {
					errs <- err
				}
				if err := c.RecordFetch(ctx, citewatch.Snapshot{URL: u, FetchedAt: day0, Outcome: citewatch.OutcomeFetched,
					WARCRecordID: "<urn:uuid:x>", WARCFile: "f.warc.gz"}); err != nil {
					errs <- err
				}
				if _, err := c.LastFetch(ctx, u); err != nil {
					errs <- err
				}
			}
		})
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Fatal(err)
	}
	list, err := a.List(ctx)
	if err != nil || len(list) != 4*per {
		t.Errorf("List = %d sources, %v; want %d", len(list), err, 4*per)
	}
	snaps, err := b.Snapshots(ctx)
	if err != nil || len(snaps) != 4*per {
		t.Errorf("Snapshots = %d, %v; want %d", len(snaps), err, 4*per)
	}
}

func TestBusy(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "catalog.db")
	holder := open(t, path)
	c := open(t, path, WithBusyTimeout(50*time.Millisecond))
	tx, err := holder.db.BeginTx(ctx, nil) // takes the write lock at once
	if err != nil {
		t.Fatal(err)
	}
	defer func() {
		if err := tx.Rollback(); err != nil {
			t.Error(err)
		}
	}()
	start := time.Now()
	_, err = c.Add(ctx, coe, "")
	if !errors.Is(err, citewatch.ErrBusy) {
		t.Fatalf("Add while another connection writes = %v, want ErrBusy", err)
	}
	if waited := time.Since(start); waited < 40*time.Millisecond || waited > 5*time.Second {
		t.Errorf("waited %v, want about the 50ms busy timeout", waited)
	}
	// Reading still works under WAL.
	if _, err := c.List(ctx); err != nil {
		t.Errorf("List while another connection writes = %v", err)
	}
}

// TestRecordFetchesMatchesOneByOne records the same checks in one batch
// and one by one, with a source that is new, one added before, and one
// checked several times within the batch, and compares the sources and
// fetches the two catalogs end with.
func TestRecordFetchesMatchesOneByOne(t *testing.T) {
	ctx := context.Background()
	const (
		added = "https://example.org/added"
		fresh = "https://example.org/fresh"
		flaky = "https://example.org/flaky"
	)
	checks := []citewatch.Snapshot{
		{URL: fresh, FetchedAt: day0, Outcome: citewatch.OutcomeFetched, Status: 200, WARCRecordID: "<urn:uuid:1>", WARCFile: "a.warc.gz"},
		{URL: flaky, FetchedAt: day0, Outcome: citewatch.OutcomeFailed, Health: citewatch.HealthTimeout},
		{URL: added, FetchedAt: day0, Outcome: citewatch.OutcomeRevisit, Health: citewatch.HealthOK},
		{URL: flaky, FetchedAt: day0.Add(24 * time.Hour), Outcome: citewatch.OutcomeFailed, Health: citewatch.HealthGone, Status: 404},
		{URL: flaky, FetchedAt: day0.Add(48 * time.Hour), Outcome: citewatch.OutcomeFailed, Health: citewatch.HealthGone, Status: 404},
		{URL: fresh, FetchedAt: day0.Add(time.Hour), Outcome: citewatch.OutcomeFetched, FinalURL: "https://example.org/moved",
			Redirects: []string{fresh}, Header: map[string][]string{"Content-Type": {"text/html"}}},
	}
	state := func(c *Catalog) ([]citewatch.Source, []citewatch.Snapshot) {
		t.Helper()
		srcs, err := c.List(ctx)
		if err != nil {
			t.Fatal(err)
		}
		var fetches []citewatch.Snapshot
		for _, s := range srcs {
			last, err := c.LastFetch(ctx, s.URL)
			if err != nil {
				t.Fatal(err)
			}
			fetches = append(fetches, last)
		}
		return srcs, fetches
	}
	batch := open(t, filepath.Join(t.TempDir(), "batch.db"))
	single := open(t, filepath.Join(t.TempDir(), "single.db"))
	for _, c := range []*Catalog{batch, single} {
		if _, err := c.Add(ctx, added, "news"); err != nil {
			t.Fatal(err)
		}
	}
	if err := batch.RecordFetches(ctx, checks); err != nil {
		t.Fatal(err)
	}
	for _, s := range checks {
		if err := single.RecordFetch(ctx, s); err != nil {
			t.Fatal(err)
		}
	}
	bs, bf := state(batch)
	ss, sf := state(single)
	// Added-at times of the source added by hand differ between the two.
	for i := range bs {
		if bs[i].URL == added {
			bs[i].AddedAt, ss[i].AddedAt = time.Time{}, time.Time{}
		}
	}
	if !reflect.DeepEqual(bs, ss) {
		t.Errorf("sources after RecordFetches:\n%+v\none by one:\n%+v", bs, ss)
	}
	if !reflect.DeepEqual(bf, sf) {
		t.Errorf("last fetches after RecordFetches:\n%+v\none by one:\n%+v", bf, sf)
	}
	for _, s := range bs {
		switch {
		case s.URL == flaky && (s.Health != citewatch.HealthDead || s.Failures != 3):
			t.Errorf("%s = %+v, want dead after failures on three days", s.URL, s)
		case s.URL == fresh && (s.Health != citewatch.HealthRedirected || s.HealthTo != "https://example.org/moved"):
			t.Errorf("%s = %+v, want redirected to /moved", s.URL, s)
		case s.URL == added && s.Kind != "news":
			t.Errorf("%s = %+v, want its kind kept", s.URL, s)
		}
	}

	// One invalid snapshot: nothing of the batch is written.
	bad := []citewatch.Snapshot{
		{URL: "https://example.org/new", FetchedAt: day0, Outcome: citewatch.OutcomeFetched},
		{URL: "https://example.org/no-outcome", FetchedAt: day0},
	}
	if err := batch.RecordFetches(ctx, bad); !errors.Is(err, citewatch.ErrInvalid) {
		t.Errorf("RecordFetches with an invalid snapshot = %v, want ErrInvalid", err)
	}
	if _, err := batch.Source(ctx, "https://example.org/new"); !errors.Is(err, citewatch.ErrNotFound) {
		t.Errorf("after a refused batch, Source = %v, want ErrNotFound", err)
	}
	if err := batch.RecordFetches(ctx, nil); err != nil {
		t.Errorf("RecordFetches(nil) = %v", err)
	}
}
