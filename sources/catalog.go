package sources

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"hash/fnv"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"syscall"
	"time"

	"github.com/rs/zerolog"
	"modernc.org/sqlite"

	"github.com/citewatch/citewatch"
)

// Kinds lists the kinds of source a catalog entry may have; "" means not
// known.
var Kinds = []string{"intergovernmental", "government", "wire", "news", "blog", "status-table", "essay"}

// Defaults for a Catalog's options.
const (
	DefaultInterval    = 24 * time.Hour
	DefaultBusyTimeout = 5 * time.Second
	maxFactor          = 8
	deadAfterDays      = 3
)

// Option configures a Catalog.
type Option func(*options)

type options struct {
	interval    time.Duration
	busyTimeout time.Duration
}

// WithInterval sets the base interval between checks of a source.
func WithInterval(d time.Duration) Option { return func(o *options) { o.interval = d } }

// WithBusyTimeout sets how long a write waits for another connection or
// process holding the catalog before failing with citewatch.ErrBusy.
func WithBusyTimeout(d time.Duration) Option { return func(o *options) { o.busyTimeout = d } }

// Catalog is the SQLite catalog of sources and fetches. It is safe for
// concurrent use.
type Catalog struct {
	db   *sql.DB
	path string
	opts options
	log  zerolog.Logger

	stmts statements

	mu      sync.Mutex  // guards queue and leading
	queue   []*fetchReq // RecordFetch calls waiting for a commit
	leading bool        // a RecordFetch call is committing
}

// timeLayout stores times as fixed-width UTC text, which sorts as time does.
const timeLayout = "2006-01-02T15:04:05.000000000Z"

func formatTime(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.UTC().Format(timeLayout)
}

func parseTime(s string) (time.Time, error) {
	if s == "" {
		return time.Time{}, nil
	}
	t, err := time.Parse(time.RFC3339Nano, s)
	if err != nil {
		return time.Time{}, fmt.Errorf("sources: stored time %q: %w", s, err)
	}
	return t.UTC(), nil
}

// Open opens the catalog at path, creating it and its parent folders when
// needed and migrating its schema to this version. It returns an error
// wrapping citewatch.ErrBusy when another process holds the catalog past
// the busy timeout, and citewatch.ErrInvalid for a catalog written by a
// newer citewatch.
func Open(ctx context.Context, path string, log zerolog.Logger, opts ...Option) (*Catalog, error) {
	o := options{interval: DefaultInterval, busyTimeout: DefaultBusyTimeout}
	for _, opt := range opts {
		opt(&o)
	}
	if o.interval <= 0 || o.busyTimeout < 0 {
		return nil, fmt.Errorf("%w: sources: interval %v, busy timeout %v", citewatch.ErrInvalid, o.interval, o.busyTimeout)
	}
	if path == "" || strings.ContainsAny(path, "?#") {
		return nil, fmt.Errorf("%w: sources: catalog path %q", citewatch.ErrInvalid, path)
	}
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return nil, fmt.Errorf("sources: %w", err)
	}
	// The path goes into a file: URI, whose percent escapes SQLite decodes:
	// a folder named "a%41" must stay "a%41", not become "aA".
	dsn := fmt.Sprintf("file:%s?_busy_timeout=%d&_journal_mode=WAL&_foreign_keys=1&_synchronous=NORMAL&_txlock=immediate",
		strings.ReplaceAll(path, "%", "%25"), o.busyTimeout.Milliseconds())
	db, err := sql.Open("sqlite", dsn)
	if err != nil {
		return nil, fmt.Errorf("sources: open %s: %w", path, err)
	}
	c := &Catalog{db: db, path: path, opts: o, log: log.With().Str("stage", "sources").Logger()}
	if err := c.migrate(ctx); err != nil {
		return nil, errors.Join(err, db.Close())
	}
	if err := c.prepare(ctx); err != nil {
		return nil, errors.Join(err, db.Close())
	}
	return c, nil
}

// Close closes the catalog. Calls made after Close fail.
func (c *Catalog) Close() error {
	for _, st := range []*sql.Stmt{c.stmts.insertSource, c.stmts.insertFetch, c.stmts.selectStates, c.stmts.updateSource} {
		if st != nil {
			_ = st.Close() // frees a prepared statement; it holds no data, and db.Close below frees it too
		}
	}
	if err := c.db.Close(); err != nil {
		return fmt.Errorf("sources: close %s: %w", c.path, err)
	}
	return nil
}

// migrations are the schema's versions, in order; PRAGMA user_version is
// how many have been applied. Never edit one that has shipped: append.
var migrations = []string{
	`CREATE TABLE sources (
		url         TEXT PRIMARY KEY,
		kind        TEXT NOT NULL DEFAULT '',
		added_at    TEXT NOT NULL,
		health      TEXT NOT NULL DEFAULT '',
		health_to   TEXT NOT NULL DEFAULT '',
		failures    INTEGER NOT NULL DEFAULT 0, -- different UTC days in the current run of failed checks
		failed_days TEXT NOT NULL DEFAULT '[]', -- those days, JSON ["2025-02-11", ...]
		fail_streak INTEGER NOT NULL DEFAULT 0, -- failed checks in a row
		unchanged   INTEGER NOT NULL DEFAULT 0, -- revisits in a row
		last_fetch  TEXT NOT NULL DEFAULT '',
		next_due    TEXT NOT NULL DEFAULT ''
	);
	CREATE INDEX sources_next_due ON sources(next_due);
	CREATE TABLE fetches (
		id             INTEGER PRIMARY KEY,
		url            TEXT NOT NULL REFERENCES sources(url) ON DELETE CASCADE,
		fetched_at     TEXT NOT NULL,
		status         INTEGER NOT NULL DEFAULT 0,
		final_url      TEXT NOT NULL DEFAULT '',
		redirects      TEXT NOT NULL DEFAULT '[]',
		header         TEXT NOT NULL DEFAULT '{}',
		etag           TEXT NOT NULL DEFAULT '',
		last_modified  TEXT NOT NULL DEFAULT '',
		payload_digest TEXT NOT NULL DEFAULT '',
		content_type   TEXT NOT NULL DEFAULT '',
		warc_file      TEXT NOT NULL DEFAULT '',
		warc_offset    INTEGER NOT NULL DEFAULT 0,
		warc_record_id TEXT NOT NULL DEFAULT '',
		outcome        TEXT NOT NULL,
		health         TEXT NOT NULL DEFAULT '',
		attempts       INTEGER NOT NULL DEFAULT 0,
		error          TEXT NOT NULL DEFAULT ''
	);
	CREATE INDEX fetches_url_time ON fetches(url, fetched_at);`,
}

// SchemaVersion is the catalog schema version this package writes.
var SchemaVersion = len(migrations)

func (c *Catalog) migrate(ctx context.Context) error {
	return c.write(ctx, "migrate", func(tx *sql.Tx) error {
		var v int
		if err := tx.QueryRowContext(ctx, "PRAGMA user_version").Scan(&v); err != nil {
			return err
		}
		if v > len(migrations) {
			return fmt.Errorf("%w: sources: catalog %s has schema version %d, this citewatch knows %d: use a newer citewatch",
				citewatch.ErrInvalid, c.path, v, len(migrations))
		}
		for i := v; i < len(migrations); i++ {
			if _, err := tx.ExecContext(ctx, migrations[i]); err != nil {
				return fmt.Errorf("migration %d: %w", i+1, err)
			}
			c.log.Debug().Int("version", i+1).Msg("catalog migrated")
		}
		if v < len(migrations) {
			if _, err := tx.ExecContext(ctx, fmt.Sprintf("PRAGMA user_version = %d", len(migrations))); err != nil {
				return err
			}
		}
		return nil
	})
}

// write runs fn in a transaction that holds the write lock from its start.
func (c *Catalog) write(ctx context.Context, what string, fn func(*sql.Tx) error) error {
	tx, err := c.db.BeginTx(ctx, nil)
	if err != nil {
		return c.wrap(what, err)
	}
	if err := fn(tx); err != nil {
		return c.wrap(what, errors.Join(err, tx.Rollback()))
	}
	if err := tx.Commit(); err != nil {
		return c.wrap(what, err)
	}
	return nil
}

// wrap adds context to err, marking a locked database with
// citewatch.ErrBusy.
func (c *Catalog) wrap(what string, err error) error {
	if err == nil {
		return nil
	}
	if isBusy(err) {
		return fmt.Errorf("%w: sources: %s: catalog %s is held by another process or connection (waited %v): %v",
			citewatch.ErrBusy, what, c.path, c.opts.busyTimeout, err)
	}
	if diskFull(err, c.path) {
		return fmt.Errorf("sources: %s: the disk holding catalog %s is full: free some space and run again (nothing recorded was lost): %v", what, c.path, err)
	}
	if isCorrupt(err) {
		return fmt.Errorf("%w: sources: catalog %s is damaged or not a citewatch catalog (%v); move it aside and citewatch starts a new one (the WARC archive keeps every page)",
			citewatch.ErrInvalid, c.path, err)
	}
	if errors.Is(err, citewatch.ErrInvalid) || errors.Is(err, citewatch.ErrNotFound) || errors.Is(err, context.Canceled) || errors.Is(err, context.DeadlineExceeded) {
		return err
	}
	return fmt.Errorf("sources: %s: %w", what, err)
}

// diskFull reports whether err is SQLite's "disk full", or an I/O error
// on a file system with no space left (SQLite says "disk I/O error" when
// it cannot create or grow its journal).
func diskFull(err error, path string) bool {
	var se *sqlite.Error
	if !errors.As(err, &se) {
		return errors.Is(err, syscall.ENOSPC)
	}
	switch se.Code() & 0xff {
	case 13: // SQLITE_FULL
		return true
	case 10: // SQLITE_IOERR
		var fs syscall.Statfs_t
		return syscall.Statfs(filepath.Dir(path), &fs) == nil && fs.Bavail == 0
	}
	return false
}

// isCorrupt reports whether err says the catalog file is not a usable
// SQLite database.
func isCorrupt(err error) bool {
	var se *sqlite.Error
	if errors.As(err, &se) {
		switch se.Code() & 0xff {
		case 11, 26: // SQLITE_CORRUPT, SQLITE_NOTADB
			return true
		}
	}
	return false
}

func isBusy(err error) bool {
	var se *sqlite.Error
	if errors.As(err, &se) {
		switch se.Code() & 0xff {
		case 5, 6: // SQLITE_BUSY, SQLITE_LOCKED
			return true
		}
	}
	return false
}

// Add adds a source, or returns the one already there. A kind given for a
// source that has none is recorded. It returns an error wrapping
// citewatch.ErrInvalid for a URL that is not absolute http(s) or an unknown
// kind.
func (c *Catalog) Add(ctx context.Context, url, kind string) (citewatch.Source, error) {
	url = strings.TrimSpace(url)
	if err := citewatch.ValidateURL(url); err != nil {
		return citewatch.Source{}, err
	}
	if err := ValidateKind(kind); err != nil {
		return citewatch.Source{}, err
	}
	var s citewatch.Source
	err := c.write(ctx, "add "+url, func(tx *sql.Tx) error {
		if err := addTx(ctx, tx, url, kind, time.Now()); err != nil {
			return err
		}
		var err error
		s, err = scanSource(tx.QueryRowContext(ctx, selectSource+" WHERE url = ?", url))
		return err
	})
	return s, err
}

// Remove deletes the source url and the record of its fetches from the
// catalog, so that no crawl takes it again; what was archived stays in
// the WARC files (and so in an index rebuilt from them). It returns an
// error wrapping citewatch.ErrNotFound when the catalog has no such
// source. url is matched exactly as it was added, even one that does not
// validate, so that a bad entry can always be taken out.
func (c *Catalog) Remove(ctx context.Context, url string) error {
	return c.write(ctx, "remove "+url, func(tx *sql.Tx) error {
		res, err := tx.ExecContext(ctx, `DELETE FROM sources WHERE url = ?`, url)
		if err != nil {
			return err
		}
		if n, err := res.RowsAffected(); err == nil && n == 0 {
			return fmt.Errorf("%w: sources: %s is not in the catalog", citewatch.ErrNotFound, url)
		}
		return nil
	})
}

// ValidateKind reports whether kind is "" or one of Kinds.
func ValidateKind(kind string) error {
	if kind == "" {
		return nil
	}
	for _, k := range Kinds {
		if k == kind {
			return nil
		}
	}
	return fmt.Errorf("%w: sources: kind %q: want one of %s", citewatch.ErrInvalid, kind, strings.Join(Kinds, ", "))
}

func addTx(ctx context.Context, tx *sql.Tx, url, kind string, now time.Time) error {
	at := formatTime(now)
	_, err := tx.ExecContext(ctx, addSourceSQL, url, kind, at, at)
	return err
}

// addSourceSQL adds a source, or a kind to a source that has none.
const addSourceSQL = `INSERT INTO sources (url, kind, added_at, next_due) VALUES (?, ?, ?, ?)
	ON CONFLICT (url) DO UPDATE SET kind = excluded.kind WHERE excluded.kind <> '' AND sources.kind = ''`

// The statements RecordFetch and RecordFetches run, prepared once.
const (
	insertSourceSQL = `INSERT INTO sources (url, added_at, health, health_to, failures, failed_days,
		fail_streak, unchanged, last_fetch, next_due) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`
	insertFetchSQL = `INSERT INTO fetches (url, fetched_at, status, final_url, redirects, header, etag,
		last_modified, payload_digest, content_type, warc_file, warc_offset, warc_record_id, outcome, health, attempts, error)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`
	selectStatesSQL = `SELECT url, health, health_to, failed_days, fail_streak, unchanged, last_fetch, next_due
		FROM sources WHERE url IN (SELECT value FROM json_each(?))`
	updateSourceSQL = `UPDATE sources SET health = ?, health_to = ?, failures = ?, failed_days = ?,
		fail_streak = ?, unchanged = ?, last_fetch = ?, next_due = ? WHERE url = ?`
)

type statements struct {
	insertSource, insertFetch, selectStates, updateSource *sql.Stmt
}

func (c *Catalog) prepare(ctx context.Context) error {
	for _, p := range []struct {
		stmt **sql.Stmt
		sql  string
	}{
		{&c.stmts.insertSource, insertSourceSQL}, {&c.stmts.insertFetch, insertFetchSQL},
		{&c.stmts.selectStates, selectStatesSQL}, {&c.stmts.updateSource, updateSourceSQL},
	} {
		st, err := c.db.PrepareContext(ctx, p.sql)
		if err != nil {
			return c.wrap("prepare", err)
		}
		*p.stmt = st
	}
	return nil
}

const selectSource = `SELECT url, kind, added_at, health, health_to, failures, last_fetch, next_due FROM sources`

type rowScanner interface{ Scan(...any) error }

func scanSource(row rowScanner) (citewatch.Source, error) {
	var s citewatch.Source
	var health, added, last, due string
	if err := row.Scan(&s.URL, &s.Kind, &added, &health, &s.HealthTo, &s.Failures, &last, &due); err != nil {
		if errors.Is(err, sql.ErrNoRows) {
			return s, fmt.Errorf("%w: sources: no such source", citewatch.ErrNotFound)
		}
		return s, err
	}
	s.Health = citewatch.Health(health)
	var err error
	if s.AddedAt, err = parseTime(added); err != nil {
		return s, err
	}
	if s.LastFetch, err = parseTime(last); err != nil {
		return s, err
	}
	s.NextDue, err = parseTime(due)
	return s, err
}

// Source returns the source with the given URL, or an error wrapping
// citewatch.ErrNotFound.
func (c *Catalog) Source(ctx context.Context, url string) (citewatch.Source, error) {
	s, err := scanSource(c.db.QueryRowContext(ctx, selectSource+" WHERE url = ?", url))
	if errors.Is(err, citewatch.ErrNotFound) {
		return s, fmt.Errorf("%w: sources: %s is not in the catalog", citewatch.ErrNotFound, url)
	}
	return s, c.wrap("source "+url, err)
}

// List returns every source, by URL.
func (c *Catalog) List(ctx context.Context) ([]citewatch.Source, error) {
	return c.sources(ctx, "list", selectSource+" ORDER BY url")
}

// Due returns up to limit sources due for a check at now, the longest-due
// first; limit <= 0 means no limit.
func (c *Catalog) Due(ctx context.Context, now time.Time, limit int) ([]citewatch.Source, error) {
	if limit <= 0 {
		limit = -1
	}
	return c.sources(ctx, "due", selectSource+" WHERE next_due <= ? ORDER BY next_due, url LIMIT ?", formatTime(now), limit)
}

func (c *Catalog) sources(ctx context.Context, what, query string, args ...any) ([]citewatch.Source, error) {
	rows, err := c.db.QueryContext(ctx, query, args...)
	if err != nil {
		return nil, c.wrap(what, err)
	}
	defer func() { _ = rows.Close() }() // read only; rows.Err says whether every row was read
	var out []citewatch.Source
	for rows.Next() {
		s, err := scanSource(rows)
		if err != nil {
			return nil, c.wrap(what, err)
		}
		out = append(out, s)
	}
	return out, c.wrap(what, rows.Err())
}

// RecordFetch records one fetch of a source, adding the source when it is
// not in the catalog yet, and updates the source's health, last-fetch time
// and next due time (see the package documentation for the rules). It
// returns an error wrapping citewatch.ErrInvalid for a snapshot that does
// not validate, and citewatch.ErrBusy when the catalog stays locked.
//
// RecordFetch is safe for concurrent use, and built for it: calls that
// overlap are committed together in one transaction (group commit), so a
// crawler recording pages from many goroutines pays for one commit per
// batch rather than per page. Once the write has started, cancelling ctx
// does not stop it. A writer that has many fetches at hand should use
// RecordFetches.
func (c *Catalog) RecordFetch(ctx context.Context, s citewatch.Snapshot) error {
	req, err := newFetchReq(s)
	if err != nil {
		return err
	}
	req.done, req.lead = make(chan error, 1), make(chan struct{}, 1)

	c.mu.Lock()
	c.queue = append(c.queue, req)
	if c.leading {
		c.mu.Unlock()
		select {
		case err := <-req.done:
			return err
		case <-req.lead: // the last leader handed over; req is still queued
		}
	} else {
		c.leading = true
		c.mu.Unlock()
	}
	// As leader, commit everything queued (req among it), then hand the
	// lead to the oldest request that arrived meanwhile, if any.
	c.mu.Lock()
	batch := c.queue
	c.queue = nil
	c.mu.Unlock()
	c.commitBatch(context.WithoutCancel(ctx), batch)
	c.mu.Lock()
	if len(c.queue) > 0 {
		c.queue[0].lead <- struct{}{}
	} else {
		c.leading = false
	}
	c.mu.Unlock()
	return <-req.done
}

// RecordFetches records snaps as RecordFetch records each one, in order,
// in one transaction: all of them or, on error, none. It returns an error
// wrapping citewatch.ErrInvalid, before writing anything, when a snapshot
// does not validate, and citewatch.ErrBusy when the catalog stays locked.
// It is safe for concurrent use; once the write has started, cancelling
// ctx does not stop it.
func (c *Catalog) RecordFetches(ctx context.Context, snaps []citewatch.Snapshot) error {
	if len(snaps) == 0 {
		return nil
	}
	batch := make([]*fetchReq, len(snaps))
	for i, s := range snaps {
		req, err := newFetchReq(s)
		if err != nil {
			return err
		}
		batch[i] = req
	}
	ctx = context.WithoutCancel(ctx)
	return c.write(ctx, fmt.Sprintf("record %d fetches", len(batch)), func(tx *sql.Tx) error {
		return c.recordAll(ctx, tx, batch)
	})
}

// fetchReq is one fetch to record, with its JSON columns encoded; from
// RecordFetch, a call waiting for its batch to commit.
type fetchReq struct {
	snap              citewatch.Snapshot
	redirects, header string
	done              chan error    // the call's result
	lead              chan struct{} // told to commit the next batch
}

// newFetchReq validates s and encodes its JSON columns.
func newFetchReq(s citewatch.Snapshot) (*fetchReq, error) {
	if err := s.Validate(); err != nil {
		return nil, err
	}
	r := &fetchReq{snap: s, redirects: "[]", header: "null"}
	if len(s.Redirects) > 0 {
		b, err := json.Marshal(s.Redirects)
		if err != nil {
			return nil, fmt.Errorf("sources: %w", err)
		}
		r.redirects = string(b)
	}
	if s.Header != nil {
		b, err := json.Marshal(s.Header)
		if err != nil {
			return nil, fmt.Errorf("sources: %w", err)
		}
		r.header = string(b)
	}
	return r, nil
}

// commitBatch records batch in one transaction and tells each request how
// it went. When the transaction fails for a reason other than a locked
// catalog, each request is retried alone so that one bad fetch does not
// fail the others.
func (c *Catalog) commitBatch(ctx context.Context, batch []*fetchReq) {
	err := c.write(ctx, fmt.Sprintf("record %d fetches", len(batch)), func(tx *sql.Tx) error {
		return c.recordAll(ctx, tx, batch)
	})
	if err == nil || len(batch) == 1 || errors.Is(err, citewatch.ErrBusy) {
		for _, r := range batch {
			r.done <- err
		}
		return
	}
	for _, r := range batch {
		r.done <- c.write(ctx, "record fetch of "+r.snap.URL, func(tx *sql.Tx) error {
			return c.recordAll(ctx, tx, []*fetchReq{r})
		})
	}
}

// recordAll records batch within tx, in order. It reads the state of the
// batch's sources in one query and keeps it up to date as it goes, so that
// a fetch costs two statements: add or update the source, insert the fetch.
func (c *Catalog) recordAll(ctx context.Context, tx *sql.Tx, batch []*fetchReq) error {
	states, err := c.states(ctx, tx, batch)
	if err != nil {
		return err
	}
	// Closing a transaction's statement only frees it; the transaction's
	// commit or rollback says whether the rows were written.
	insertSource := tx.StmtContext(ctx, c.stmts.insertSource)
	defer func() { _ = insertSource.Close() }()
	updateSource := tx.StmtContext(ctx, c.stmts.updateSource)
	defer func() { _ = updateSource.Close() }()
	insertFetch := tx.StmtContext(ctx, c.stmts.insertFetch)
	defer func() { _ = insertFetch.Close() }()
	for _, r := range batch {
		s := r.snap
		health := checkHealth(s)
		at := formatTime(s.FetchedAt)
		cur, known := states[s.URL]
		if !known {
			cur = &state{}
			states[s.URL] = cur
		}
		cur.update(s, health, c.opts.interval)
		days := "[]"
		if len(cur.failedDays) > 0 {
			b, _ := json.Marshal(cur.failedDays) // strings always marshal
			days = string(b)
		}
		if known {
			_, err = updateSource.ExecContext(ctx,
				cur.health, cur.healthTo, len(cur.failedDays), days, cur.failStreak, cur.unchanged, cur.lastFetch, cur.nextDue, s.URL)
		} else {
			if cur.nextDue == "" {
				cur.nextDue = at // an imported copy leaves a new source due
			}
			_, err = insertSource.ExecContext(ctx, s.URL, at,
				cur.health, cur.healthTo, len(cur.failedDays), days, cur.failStreak, cur.unchanged, cur.lastFetch, cur.nextDue)
		}
		if err != nil {
			return fmt.Errorf("%s: %w", s.URL, err)
		}
		if _, err := insertFetch.ExecContext(ctx,
			s.URL, at, s.Status, s.FinalURL, r.redirects, r.header, s.ETag,
			s.LastModified, s.PayloadDigest, s.ContentType, s.WARCFile, s.WARCOffset, s.WARCRecordID,
			string(s.Outcome), string(health), s.Attempts, s.Error); err != nil {
			return fmt.Errorf("%s: %w", s.URL, err)
		}
	}
	return nil
}

// states reads the state of the batch's sources that are in the catalog,
// by URL, in one query (the URLs go in as one JSON array).
func (c *Catalog) states(ctx context.Context, tx *sql.Tx, batch []*fetchReq) (map[string]*state, error) {
	urls := make([]string, len(batch))
	for i, r := range batch {
		urls[i] = r.snap.URL
	}
	list, err := json.Marshal(urls)
	if err != nil {
		return nil, err
	}
	rows, err := tx.StmtContext(ctx, c.stmts.selectStates).QueryContext(ctx, string(list))
	if err != nil {
		return nil, err
	}
	defer func() { _ = rows.Close() }() // read only; rows.Err says whether every row was read
	out := make(map[string]*state, len(batch))
	for rows.Next() {
		var url, days string
		st := &state{}
		if err := rows.Scan(&url, &st.health, &st.healthTo, &days, &st.failStreak, &st.unchanged, &st.lastFetch, &st.nextDue); err != nil {
			return nil, err
		}
		if days != "[]" {
			if err := json.Unmarshal([]byte(days), &st.failedDays); err != nil {
				return nil, fmt.Errorf("%s: stored failed days %q: %w", url, days, err)
			}
		}
		out[url] = st
	}
	return out, rows.Err()
}

// checkHealth is the health of the one check s records: the crawler's
// judgement, or what the outcome implies when it gave none.
func checkHealth(s citewatch.Snapshot) citewatch.Health {
	if s.Health != "" && s.Health != citewatch.HealthDead {
		return s.Health
	}
	switch s.Outcome {
	case citewatch.OutcomeImported, citewatch.OutcomeMemento:
		return "" // not a check of the link
	case citewatch.OutcomeFetched, citewatch.OutcomeRevisit, citewatch.OutcomeReplayed:
		if s.FinalURL != "" && s.FinalURL != s.URL {
			return citewatch.HealthRedirected
		}
		return citewatch.HealthOK
	case citewatch.OutcomeRobots:
		return citewatch.HealthRobots
	case citewatch.OutcomeRefused:
		return citewatch.HealthRefused
	}
	return citewatch.HealthError
}

// state is a source's row as RecordFetch updates it.
type state struct {
	health, healthTo   string
	failedDays         []string
	failStreak         int
	unchanged          int
	lastFetch, nextDue string
}

// update applies one check to the source's state.
func (st *state) update(s citewatch.Snapshot, health citewatch.Health, interval time.Duration) {
	at := formatTime(s.FetchedAt)
	if at > st.lastFetch {
		st.lastFetch = at
	}
	if s.Outcome == citewatch.OutcomeImported || s.Outcome == citewatch.OutcomeMemento {
		return // a user's copy, or a web archive's, says nothing about the link
	}
	factor := 1
	if health.Failed() {
		day := s.FetchedAt.UTC().Format(time.DateOnly)
		if !contains(st.failedDays, day) {
			st.failedDays = append(st.failedDays, day)
			sort.Strings(st.failedDays)
		}
		st.failStreak++
		st.unchanged = 0
		st.health, st.healthTo = string(health), ""
		if len(st.failedDays) >= deadAfterDays {
			st.health = string(citewatch.HealthDead)
		}
		factor = 1 << min(st.failStreak-1, 3)
	} else {
		st.failedDays, st.failStreak = nil, 0
		st.health, st.healthTo = string(health), ""
		if health == citewatch.HealthRedirected {
			st.healthTo = s.FinalURL
		}
		if s.Outcome == citewatch.OutcomeRevisit {
			st.unchanged++
			factor = 1 << min(st.unchanged, 3)
		} else {
			st.unchanged = 0
		}
	}
	st.nextDue = formatTime(NextDue(s.URL, s.FetchedAt, interval, factor))
}

// NextDue is the time a source checked at t is due again: t plus interval
// times factor (capped at 8) times the URL's jitter, between 0.9 and 1.1.
func NextDue(url string, t time.Time, interval time.Duration, factor int) time.Time {
	factor = max(1, min(factor, maxFactor))
	h := fnv.New64a()
	h.Write([]byte(url))
	jitter := 0.9 + 0.2*float64(h.Sum64()%10001)/10000
	return t.Add(time.Duration(float64(interval) * float64(factor) * jitter))
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

const selectFetch = `SELECT url, fetched_at, status, final_url, redirects, header, etag, last_modified, payload_digest,
	content_type, warc_file, warc_offset, warc_record_id, outcome, health, attempts, error FROM fetches`

func scanFetch(row rowScanner) (citewatch.Snapshot, error) {
	var s citewatch.Snapshot
	var at, redirects, header, outcome, health string
	if err := row.Scan(&s.URL, &at, &s.Status, &s.FinalURL, &redirects, &header, &s.ETag, &s.LastModified, &s.PayloadDigest,
		&s.ContentType, &s.WARCFile, &s.WARCOffset, &s.WARCRecordID, &outcome, &health, &s.Attempts, &s.Error); err != nil {
		if errors.Is(err, sql.ErrNoRows) {
			return s, fmt.Errorf("%w: sources: no fetch", citewatch.ErrNotFound)
		}
		return s, err
	}
	s.Outcome, s.Health = citewatch.FetchOutcome(outcome), citewatch.Health(health)
	var err error
	if s.FetchedAt, err = parseTime(at); err != nil {
		return s, err
	}
	if err := json.Unmarshal([]byte(redirects), &s.Redirects); err != nil {
		return s, fmt.Errorf("stored redirects %q: %w", redirects, err)
	}
	if len(s.Redirects) == 0 {
		s.Redirects = nil
	}
	if err := json.Unmarshal([]byte(header), &s.Header); err != nil {
		return s, fmt.Errorf("stored header: %w", err)
	}
	return s, nil
}

// contentOutcomes are the outcomes whose WARC record holds a payload.
const contentOutcomes = `('fetched', 'imported', 'replayed', 'memento')`

// LastFetch returns the newest fetch of url, whatever its outcome, or an
// error wrapping citewatch.ErrNotFound.
func (c *Catalog) LastFetch(ctx context.Context, url string) (citewatch.Snapshot, error) {
	s, err := scanFetch(c.db.QueryRowContext(ctx, selectFetch+` WHERE url = ? ORDER BY fetched_at DESC, id DESC LIMIT 1`, url))
	if errors.Is(err, citewatch.ErrNotFound) {
		return s, fmt.Errorf("%w: sources: %s has never been fetched", citewatch.ErrNotFound, url)
	}
	return s, c.wrap("last fetch of "+url, err)
}

// History returns every fetch of url that archived content (not
// revisits), oldest first, or an error wrapping citewatch.ErrNotFound when
// there is none: the snapshots "citewatch diff" compares.
func (c *Catalog) History(ctx context.Context, url string) ([]citewatch.Snapshot, error) {
	rows, err := c.db.QueryContext(ctx, selectFetch+` WHERE url = ? AND outcome IN `+contentOutcomes+
		` AND warc_record_id <> '' ORDER BY fetched_at, id`, url)
	if err != nil {
		return nil, c.wrap("history of "+url, err)
	}
	defer func() { _ = rows.Close() }() // read only; rows.Err says whether every row was read
	var out []citewatch.Snapshot
	for rows.Next() {
		s, err := scanFetch(rows)
		if err != nil {
			return nil, c.wrap("history of "+url, err)
		}
		out = append(out, s)
	}
	if err := rows.Err(); err != nil {
		return nil, c.wrap("history of "+url, err)
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("%w: sources: %s has no archived content", citewatch.ErrNotFound, url)
	}
	return out, nil
}

// LastContent returns the newest fetch of url that archived a payload
// (fetched, imported or replayed, with a WARC record), or an error wrapping
// citewatch.ErrNotFound.
func (c *Catalog) LastContent(ctx context.Context, url string) (citewatch.Snapshot, error) {
	s, err := scanFetch(c.db.QueryRowContext(ctx, selectFetch+` WHERE url = ? AND outcome IN `+contentOutcomes+
		` AND warc_record_id <> '' ORDER BY fetched_at DESC, id DESC LIMIT 1`, url))
	if errors.Is(err, citewatch.ErrNotFound) {
		return s, fmt.Errorf("%w: sources: %s has no archived content", citewatch.ErrNotFound, url)
	}
	return s, c.wrap("last content of "+url, err)
}

// Snapshots returns the LastContent of every source that has one, by URL:
// what re-extraction and an index rebuild read.
func (c *Catalog) Snapshots(ctx context.Context) ([]citewatch.Snapshot, error) {
	rows, err := c.db.QueryContext(ctx, `SELECT url, fetched_at, status, final_url, redirects, header, etag, last_modified,
		payload_digest, content_type, warc_file, warc_offset, warc_record_id, outcome, health, attempts, error
		FROM (SELECT *, row_number() OVER (PARTITION BY url ORDER BY fetched_at DESC, id DESC) AS n
			FROM fetches WHERE outcome IN `+contentOutcomes+` AND warc_record_id <> '')
		WHERE n = 1 ORDER BY url`)
	if err != nil {
		return nil, c.wrap("snapshots", err)
	}
	defer func() { _ = rows.Close() }() // read only; rows.Err says whether every row was read
	var out []citewatch.Snapshot
	for rows.Next() {
		s, err := scanFetch(rows)
		if err != nil {
			return nil, c.wrap("snapshots", err)
		}
		out = append(out, s)
	}
	return out, c.wrap("snapshots", rows.Err())
}

// Entry is a source with its newest fetch, as `citewatch sources list`
// shows it.
type Entry struct {
	citewatch.Source
	Last *citewatch.Snapshot `json:"last,omitempty"` // nil when never fetched
}

// HealthText is the source's health in words, with the latest check's own
// health beside a dead source's: "dead (last: gone)".
func (e Entry) HealthText() string {
	h := string(e.Health)
	if h == "" {
		h = "unknown"
	}
	if e.Health == citewatch.HealthDead && e.Last != nil && e.Last.Health != "" {
		h += " (last: " + string(e.Last.Health) + ")"
	}
	if e.Health == citewatch.HealthRedirected && e.HealthTo != "" {
		h += " -> " + e.HealthTo
	}
	return h
}

// Entries returns every source with its newest fetch, by URL.
func (c *Catalog) Entries(ctx context.Context) ([]Entry, error) {
	srcs, err := c.List(ctx)
	if err != nil {
		return nil, err
	}
	rows, err := c.db.QueryContext(ctx, `SELECT url, fetched_at, status, final_url, redirects, header, etag, last_modified,
		payload_digest, content_type, warc_file, warc_offset, warc_record_id, outcome, health, attempts, error
		FROM (SELECT *, row_number() OVER (PARTITION BY url ORDER BY fetched_at DESC, id DESC) AS n FROM fetches)
		WHERE n = 1`)
	if err != nil {
		return nil, c.wrap("entries", err)
	}
	defer func() { _ = rows.Close() }() // read only; rows.Err says whether every row was read
	last := map[string]*citewatch.Snapshot{}
	for rows.Next() {
		s, err := scanFetch(rows)
		if err != nil {
			return nil, c.wrap("entries", err)
		}
		last[s.URL] = &s
	}
	if err := rows.Err(); err != nil {
		return nil, c.wrap("entries", err)
	}
	out := make([]Entry, len(srcs))
	for i, s := range srcs {
		out[i] = Entry{Source: s, Last: last[s.URL]}
	}
	return out, nil
}
