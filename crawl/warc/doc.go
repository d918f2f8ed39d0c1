// Package warc writes and reads WARC/1.1 files (ISO 28500): warcinfo,
// request, response and revisit records, one gzip member per record, with
// block and payload digests, rotated at a size limit.
package warc
