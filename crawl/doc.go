// Package crawl fetches cited sources politely and archives every response
// as WARC: robots.txt and Crawl-delay, per-host limits, retries with
// backoff, conditional re-fetch, refusal of private addresses, replay from
// WARC files, and the schedule of re-crawls.
//
// Colly is the collector: it normalizes URLs and holds the per-host
// LimitRule (parallelism and delay). The crawler applies robots.txt itself,
// to each URL and each redirect hop, reading at most 500 KiB of it and
// keeping the rules that parse (RFC 9309): colly's check would fail every
// URL of a host whose robots.txt has one line its parser rejects. Everything else is a layer of the HTTP transport colly sends
// through (see transport.go): a recorder that ties each exchange to its
// fetch, retries, Crawl-delay spacing, per-attempt limits, a host check,
// and a dialer that refuses loopback, private, link-local, multicast and
// metadata addresses on the resolved IP at dial time.
//
// Archiving happens off the fetch path: fetch workers hand each finished
// fetch to archivers, which write the exchanges to WARC in one batch per
// fetch (response or revisit record plus the request record concurrent to
// it, for each redirect hop) and classify the result (outcome and link
// health). One recorder commits the results to the catalog in batches of
// up to 256 (one transaction each, after at most 50ms of waiting for the
// batch to fill), and only then is each handed to the crawl's handler. The
// order WARC record first, catalog row second is what makes a crawl killed
// part way resumable: the catalog never names a record the archive lacks,
// and a fetch archived but not yet recorded is fetched again next time.
//
// Decisions worth knowing:
//   - Bodies are archived as received: the crawler asks for gzip itself, so
//     the WARC keeps the Content-Encoding, and the payload digest is of the
//     encoded body, as archival crawlers do. Snapshot.Body is decoded, with
//     Config.MaxDecoded as the limit.
//   - A 304 becomes a revisit record (server-not-modified profile); a 200
//     whose payload digest equals the last content's becomes a revisit
//     record (identical-payload-digest profile). Neither carries a Body,
//     so nothing is re-extracted or re-indexed.
//   - 404, 410, other 4xx and 5xx after the retries, and soft 404s are
//     archived but recorded as OutcomeFailed: the last good content stays
//     the catalog's LastContent.
//   - A fetch cut off by the crawl's own shutdown is not recorded, so the
//     source stays due and the next run fetches it.
//   - Imported copies are resource records with the header field
//     "WARC-Citewatch-Imported: true" (warc.FieldImported).
//   - Replay answers each URL from the newest response record for it. A
//     replayed record that lives outside the archive folder is copied into
//     it unchanged (same WARC-Record-ID), so that the archive package loads
//     it from the data directory; one inside it is pointed at, not written
//     again. Damaged WARC data is skipped with a warning (warc.ScanFile),
//     the rest still answers.
//   - The crawler writes the archive; package archive reads it back as a
//     store (a snapshot's page, a URL's newest copy, a rebuild's pages).
//   - Page tells archived pages from images, PDFs and other content that
//     text extraction cannot read; such content is archived all the same.
//   - Through a proxy, only URL hosts that are address literals or
//     localhost can be refused: the proxy resolves names.
package crawl
