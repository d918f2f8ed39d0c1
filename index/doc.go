// Package index keeps the Bleve index of facts and passages and answers
// full-text, faceted, status and timeline queries over it. It is the only
// package that imports Bleve; it hands out root types and its own.
//
// # What is indexed
//
// Three document types share one index: a fact (keyword fields for treaty,
// event, party, source kind, publisher, language, host, URL, the date as
// an ISO string at its precision and its year; the quote with English
// analysis, and for French pages also French analysis), a passage (each
// paragraph and sentence of an archived page, with its page, place and
// date) for the verifier's evidence search, and a page (the payload
// digest indexed for a URL, so unchanged snapshots are skipped). Every
// entry also stores its whole value as JSON, not indexed, which is what
// queries return: facts round-trip exactly.
//
// The mapping is explicit and static: keyword fields have no frequencies,
// norms or term vectors, doc values only where a facet or sort needs them,
// and no entry has an _all field (a query names its fields). Facets count
// keyword fields only (a terms facet on a numeric field would count
// Bleve's prefix-coded terms); party, event and year, the usual trio, are
// also joined into one keyword term per fact, so that faceting on them
// reads one doc value per hit, and split again after counting.
// Date-range facets are summed from a terms facet on the date field rather
// than from a date-time field, which would cost every fact about sixteen
// more terms. Highlights come from a second search, with locations, over
// the page of hits only.
//
// # Processes
//
// Bleve's scorch holds a lock on its root.bolt file: exclusive for a
// writer, shared for read-only openers, and an opener waits for it. citewatch
// lets a long crawl and a search from another terminal both work this way:
//
//   - One process at a time may write. It takes an exclusive lock on the
//     file PATH.lock beside the index at Open and holds it until Close,
//     writing its pid, command line and start time into it. A second writer
//     gets a *BusyError naming that process within Options.Wait (4 s).
//   - The writer opens the Bleve index only to write a batch, and closes it
//     Options.Linger (1 s) after its last write, so readers get in between
//     batches. It waits for readers up to Options.WriteWait (60 s).
//   - Readers (search, status, timeline, export, verify) open the index
//     read-only and share it. One that arrives during a write waits up to
//     Options.Wait and then gets a *BusyError naming the writer.
//
// The locks are flock(2) locks: the kernel drops them when a process dies,
// so no stale lock outlives its holder. The WARC archive is the source of
// truth; Rebuild builds a new index beside the old one and swaps it in.
// A rebuild writes its batches on two goroutines while the next batch is
// filled (one goroutine with one CPU); a batch holding an entry written
// before waits for every batch before it, so the last of an entry wins.
package index
