// Package warc writes and reads WARC/1.1 files (ISO 28500:2017): warcinfo,
// request, response, revisit and resource records, one gzip member per
// record so that each record can be read back on its own from its
// Location, with block and payload digests, rotated at a size limit.
//
// A Writer appends records to files named
// <prefix>-YYYYMMDDhhmmss-NNNNN.warc.gz in one folder, each file starting
// with a warcinfo record. A Reader iterates the records of a .warc.gz (or an
// uncompressed .warc) and reports a torn final record, as a killed process
// leaves it, with an error wrapping ErrTruncated after every complete
// record. ReadAt reads one record by its Location.
//
// The package is hand-written because no Go WARC module is available to
// this module; it follows the WARC/1.1 specification and is checked in its
// tests against an independent reader (warcio.js).
package warc
