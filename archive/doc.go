// Package archive reads the WARC archive folder as a store of snapshots:
// a catalogued snapshot's page loaded back from its record (Store.Load),
// the newest archived copy of a URL and two copies to compare (Newest,
// Pair, with the catalog saying where the copies are), the newest content
// of every URL read from the WARC files alone, so that an index can always
// be rebuilt from the archive (Archived), and what each file holds (List).
//
// crawl writes the archive; this package only reads it, through
// crawl/warc. It imports no stage: the catalog it asks where a URL's
// copies are is the small Catalog interface, which *sources.Catalog
// implements.
//
// Damaged WARC data (a corrupt gzip member, a malformed record, a file
// that is not WARC) is skipped: Archived and List resume at the next
// record, read everything else, and then say what they skipped with a
// *DamageError. One bad record never hides the rest.
package archive
