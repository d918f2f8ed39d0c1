// Package sources is the registry of cited sources and the SQLite catalog
// of every fetch made of them: status, redirects, validators, digests, where
// each response is archived, and the link health that follows. It is the
// only package that touches the catalog database (modernc.org/sqlite).
//
// # Link health
//
// Each fetch row keeps the health of that one check, as the crawler judged
// it (Snapshot.Health). A source's health is the latest check's, except
// that a source whose checks failed on three different UTC days in a row,
// with no success in between, is citewatch.HealthDead, as
// InternetArchiveBot judges links dead. Two failures on one day count once;
// a successful check (ok or redirected) resets the count. Source.Failures
// is the number of different days of the current run of failures. The
// latest check's own health stays visible beside a dead source: Entry.Last
// is the newest fetch, and Entry.HealthText reads "dead (last: gone)".
//
// Outcomes that are checks of the link are fetched, revisit, failed,
// robots, refused, replayed and not-in-warc (the last two check the link
// against a WARC standing in for the web). An imported copy, which a user
// saved by hand, says nothing about the link: it is recorded and changes
// only the source's last-fetch time.
//
// # Scheduling
//
// A source is due when its next-due time has passed; Due lists due sources,
// the longest-due first. A new source is due at once. After a check the
// next due time is the check's time plus the interval (24 hours unless
// WithInterval says otherwise) times a factor times a jitter:
//
//   - changed or new content: factor 1;
//   - unchanged content (a revisit): factor 2^n for the n-th revisit in a
//     row, at most 8;
//   - a failed check: factor 2^(n-1) for the n-th failure in a row, at most
//     8, so a dead link is confirmed over a few days and then checked weekly;
//   - jitter: a factor between 0.9 and 1.1 fixed for each URL (from a hash
//     of it), so that sources added together do not stay due together.
//
// # Recording
//
// A crawl records a fetch per page, so recording is built for volume:
// RecordFetches writes a batch in one transaction, reading the state of
// the batch's sources with one query and keeping it up to date as it
// goes, so that each fetch costs two statements (add or update the
// source, insert the fetch). RecordFetch, for one fetch at a time, commits
// calls that overlap together (group commit).
//
// A Catalog is safe for concurrent use, and several processes may open the
// same catalog: the database runs in WAL mode, every write is a transaction
// that takes the write lock at its start, and a writer waits up to the busy
// timeout (5 seconds unless WithBusyTimeout says otherwise) for another
// before failing with an error wrapping citewatch.ErrBusy.
package sources
