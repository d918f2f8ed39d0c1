package warc

import (
	"bytes"
	"crypto/sha1"
	"crypto/sha256"
	"encoding/base32"
	"encoding/hex"
	"fmt"
	"hash"
	"strconv"
	"strings"
	"time"

	"github.com/google/uuid"

	"github.com/citewatch/citewatch"
)

// Version is the version line this package writes.
const Version = "WARC/1.1"

// Record types (WARC-Type values).
const (
	TypeWarcinfo     = "warcinfo"
	TypeResponse     = "response"
	TypeResource     = "resource"
	TypeRequest      = "request"
	TypeMetadata     = "metadata"
	TypeRevisit      = "revisit"
	TypeConversion   = "conversion"
	TypeContinuation = "continuation"
)

// Revisit profiles (WARC-Profile values) of WARC/1.1.
const (
	ProfileIdenticalPayloadDigest = "http://netpreserve.org/warc/1.1/revisit/identical-payload-digest"
	ProfileServerNotModified      = "http://netpreserve.org/warc/1.1/revisit/server-not-modified"
)

// Content types of record blocks.
const (
	ContentTypeHTTPRequest  = "application/http;msgtype=request"
	ContentTypeHTTPResponse = "application/http;msgtype=response"
	ContentTypeWARCFields   = "application/warc-fields"
)

// Named fields the package reads and writes.
const (
	FieldType                  = "WARC-Type"
	FieldRecordID              = "WARC-Record-ID"
	FieldDate                  = "WARC-Date"
	FieldTargetURI             = "WARC-Target-URI"
	FieldContentLength         = "Content-Length"
	FieldContentType           = "Content-Type"
	FieldBlockDigest           = "WARC-Block-Digest"
	FieldPayloadDigest         = "WARC-Payload-Digest"
	FieldConcurrentTo          = "WARC-Concurrent-To"
	FieldRefersTo              = "WARC-Refers-To"
	FieldRefersToTargetURI     = "WARC-Refers-To-Target-URI"
	FieldRefersToDate          = "WARC-Refers-To-Date"
	FieldProfile               = "WARC-Profile"
	FieldWarcinfoID            = "WARC-Warcinfo-ID"
	FieldFilename              = "WARC-Filename"
	FieldIPAddress             = "WARC-IP-Address"
	FieldTruncated             = "WARC-Truncated"
	FieldIdentifiedPayloadType = "WARC-Identified-Payload-Type"
	// FieldImported, "true", marks the resource record of a copy a user
	// saved and added (citewatch's own field).
	FieldImported = "WARC-Citewatch-Imported"
)

// dateLayout is how the package writes WARC-Date: UTC with microseconds,
// which WARC/1.1 allows.
const dateLayout = "2006-01-02T15:04:05.000000Z"

// Record is one WARC record: its type, its named fields and its content
// block. Type and the WARC-Type field agree once the record is written or
// read; when they differ before writing, Type wins.
type Record struct {
	Type   string
	Header Header
	Block  []byte
}

// NewRecordID returns a fresh record ID, "<urn:uuid:...>" with a random
// (version 4) UUID.
func NewRecordID() string {
	return "<urn:uuid:" + uuid.NewString() + ">"
}

// FormatDate formats t as a WARC-Date value: UTC, RFC 3339 with
// microseconds.
func FormatDate(t time.Time) string { return t.UTC().Format(dateLayout) }

// ParseDate parses a WARC-Date value, with or without fractional seconds.
func ParseDate(s string) (time.Time, error) {
	t, err := time.Parse(time.RFC3339Nano, s)
	if err != nil {
		return time.Time{}, fmt.Errorf("%w: warc: date %q: %v", citewatch.ErrInvalid, s, err)
	}
	return t.UTC(), nil
}

// newRecord starts a record with the fields every record carries, in the
// usual order: type, ID, date (now), target URI when given, content type.
func newRecord(typ, targetURI, contentType string, block []byte) *Record {
	r := &Record{Type: typ, Block: block}
	r.Header.Set(FieldType, typ)
	r.Header.Set(FieldRecordID, NewRecordID())
	r.Header.Set(FieldDate, FormatDate(time.Now()))
	if targetURI != "" {
		r.Header.Set(FieldTargetURI, targetURI)
	}
	if contentType != "" {
		r.Header.Set(FieldContentType, contentType)
	}
	return r
}

// NewWarcinfo returns a warcinfo record for the file called filename whose
// block lists fields as "name: value" lines (application/warc-fields).
func NewWarcinfo(filename string, fields []Field) *Record {
	var b bytes.Buffer
	for _, f := range fields {
		b.WriteString(f.Name)
		b.WriteString(": ")
		b.WriteString(f.Value)
		b.WriteString("\r\n")
	}
	r := newRecord(TypeWarcinfo, "", ContentTypeWARCFields, b.Bytes())
	if filename != "" {
		r.Header.Set(FieldFilename, filename)
	}
	return r
}

// NewRequest returns a request record for targetURI whose block is the HTTP
// request message msg (request line, headers, blank line, any body).
func NewRequest(targetURI string, msg []byte) *Record {
	return newRecord(TypeRequest, targetURI, ContentTypeHTTPRequest, msg)
}

// NewResponse returns a response record for targetURI whose block is the
// HTTP response message msg (status line, headers, blank line, body).
func NewResponse(targetURI string, msg []byte) *Record {
	return newRecord(TypeResponse, targetURI, ContentTypeHTTPResponse, msg)
}

// NewResource returns a resource record for targetURI holding content of
// the given media type as it is, with no HTTP message around it (a copy a
// user saved, say).
func NewResource(targetURI, contentType string, content []byte) *Record {
	return newRecord(TypeResource, targetURI, contentType, content)
}

// Original identifies the record a revisit refers to.
type Original struct {
	RecordID      string    // WARC-Refers-To, "<urn:uuid:...>"; may be empty
	TargetURI     string    // WARC-Refers-To-Target-URI
	Date          time.Time // WARC-Refers-To-Date
	PayloadDigest string    // the original's WARC-Payload-Digest
}

// NewRevisit returns a revisit record for targetURI with the given profile
// (ProfileServerNotModified for a 304, ProfileIdenticalPayloadDigest for a
// payload that did not change), pointing at orig. httpHeader is the HTTP
// response's status line and headers with the blank line, and no body, as
// WARC/1.1 recommends. The record carries the original's payload digest,
// which the identical-payload-digest profile requires.
func NewRevisit(targetURI, profile string, orig Original, httpHeader []byte) *Record {
	r := newRecord(TypeRevisit, targetURI, ContentTypeHTTPResponse, httpHeader)
	r.Header.Set(FieldProfile, profile)
	if orig.RecordID != "" {
		r.Header.Set(FieldRefersTo, orig.RecordID)
	}
	if orig.TargetURI != "" {
		r.Header.Set(FieldRefersToTargetURI, orig.TargetURI)
	}
	if !orig.Date.IsZero() {
		r.Header.Set(FieldRefersToDate, FormatDate(orig.Date))
	}
	if orig.PayloadDigest != "" {
		r.Header.Set(FieldPayloadDigest, orig.PayloadDigest)
	}
	return r
}

// Concurrent records that req and resp were made in one exchange: each
// gets a WARC-Concurrent-To field naming the other's record ID.
func Concurrent(req, resp *Record) {
	req.Header.Set(FieldConcurrentTo, resp.ID())
	resp.Header.Set(FieldConcurrentTo, req.ID())
}

// ID returns the record's WARC-Record-ID.
func (r *Record) ID() string { return r.Header.Get(FieldRecordID) }

// TargetURI returns the record's WARC-Target-URI, without any angle
// brackets a WARC/1.0 writer put around it.
func (r *Record) TargetURI() string {
	return strings.TrimSuffix(strings.TrimPrefix(r.Header.Get(FieldTargetURI), "<"), ">")
}

// Date returns the record's WARC-Date, or the zero time when it has none or
// it does not parse.
func (r *Record) Date() time.Time {
	t, err := ParseDate(r.Header.Get(FieldDate))
	if err != nil {
		return time.Time{}
	}
	return t
}

// SetDate sets the record's WARC-Date.
func (r *Record) SetDate(t time.Time) { r.Header.Set(FieldDate, FormatDate(t)) }

// PayloadDigest returns the record's WARC-Payload-Digest.
func (r *Record) PayloadDigest() string { return r.Header.Get(FieldPayloadDigest) }

// IsHTTP reports whether the block is an HTTP message (Content-Type
// application/http).
func (r *Record) IsHTTP() bool {
	ct := strings.ToLower(strings.TrimSpace(r.Header.Get(FieldContentType)))
	return strings.HasPrefix(ct, "application/http")
}

// Payload returns the record's payload: for an HTTP block, the entity body
// after the HTTP header (nil when the block has no complete header); for
// a resource, the whole block; nil for other records.
func (r *Record) Payload() []byte {
	if r.IsHTTP() {
		i := httpHeaderEnd(r.Block)
		if i < 0 {
			return nil
		}
		return r.Block[i:]
	}
	if r.Type == TypeResource {
		return r.Block
	}
	return nil
}

// httpHeaderEnd returns the offset just past the blank line ending the HTTP
// header in msg, or -1.
func httpHeaderEnd(msg []byte) int {
	if i := bytes.Index(msg, []byte("\r\n\r\n")); i >= 0 {
		return i + 4
	}
	if i := bytes.Index(msg, []byte("\n\n")); i >= 0 {
		return i + 2
	}
	return -1
}

// Digest returns the SHA-1 digest of b as WARC writes it: "sha1:" and the
// base32 encoding (RFC 4648) of the hash.
func Digest(b []byte) string {
	sum := sha1.Sum(b)
	return "sha1:" + base32.StdEncoding.EncodeToString(sum[:])
}

// DigestError reports a digest field whose value does not match the
// record's content. It wraps citewatch.ErrInvalid.
type DigestError struct {
	RecordID string
	Field    string // FieldBlockDigest or FieldPayloadDigest
	Want     string // the value in the header
	Got      string // the digest of the content, in the same algorithm
}

func (e *DigestError) Error() string {
	return fmt.Sprintf("warc: record %s: %s is %s, content has %s", e.RecordID, e.Field, e.Want, e.Got)
}

// Unwrap returns citewatch.ErrInvalid.
func (e *DigestError) Unwrap() error { return citewatch.ErrInvalid }

// Verify checks the record's WARC-Block-Digest and, for a record other
// than a revisit (whose payload digest is the original's), its
// WARC-Payload-Digest, when present. It returns a *DigestError for a
// mismatch and an error wrapping citewatch.ErrInvalid for a digest it
// cannot read; algorithms are sha1 and sha256, in base32 or hex.
func (r *Record) Verify() error {
	if err := r.verify(FieldBlockDigest, r.Block); err != nil {
		return err
	}
	if r.Type == TypeRevisit {
		return nil
	}
	payload := r.Payload()
	if payload == nil && !r.IsHTTP() {
		return nil
	}
	return r.verify(FieldPayloadDigest, payload)
}

func (r *Record) verify(field string, content []byte) error {
	want := r.Header.Get(field)
	if want == "" {
		return nil
	}
	algo, value, ok := strings.Cut(want, ":")
	if !ok {
		return fmt.Errorf("%w: warc: record %s: %s %q: no algorithm", citewatch.ErrInvalid, r.ID(), field, want)
	}
	var h hash.Hash
	switch strings.ToLower(algo) {
	case "sha1":
		h = sha1.New()
	case "sha256", "sha-256":
		h = sha256.New()
	default:
		return fmt.Errorf("%w: warc: record %s: %s: algorithm %q not supported", citewatch.ErrInvalid, r.ID(), field, algo)
	}
	h.Write(content)
	sum := h.Sum(nil)
	var got string
	switch {
	case len(value) == hex.EncodedLen(len(sum)):
		got = hex.EncodeToString(sum)
		value = strings.ToLower(value)
	default:
		got = base32.StdEncoding.EncodeToString(sum)
		value = strings.ToUpper(value)
	}
	if got != value {
		return &DigestError{RecordID: r.ID(), Field: field, Want: want, Got: algo + ":" + got}
	}
	return nil
}

// contentLength returns the record's Content-Length field as a number.
func (r *Record) contentLength() (int64, error) {
	v := r.Header.Get(FieldContentLength)
	n, err := strconv.ParseInt(strings.TrimSpace(v), 10, 64)
	if err != nil || n < 0 {
		return 0, fmt.Errorf("%w: warc: Content-Length %q", citewatch.ErrInvalid, v)
	}
	return n, nil
}
