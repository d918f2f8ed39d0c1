package warc

import (
	"bufio"
	"bytes"
	"compress/flate"
	"compress/gzip"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/citewatch/citewatch"
)

// MaxBlock is the largest record block the package reads or writes. A
// record's Content-Length, or what a gzip member inflates to, is never
// trusted further: a crafted file of a few megabytes can claim, or
// inflate to, gigabytes. The crawler's body limits stay well below it.
const MaxBlock = 64 << 20

// maxHead bounds a record's header.
const maxHead = 1 << 20

// ErrTruncated marks a record cut short by the end of its file, as a
// process killed while writing leaves the last one.
var ErrTruncated = errors.New("warc: truncated record")

// Reader iterates the records of a WARC file: a .warc.gz of gzip members
// (one or more records each) or an uncompressed .warc. A Reader is not safe
// for concurrent use.
type Reader struct {
	src        *countingReader
	br         *bufio.Reader
	gz         *gzip.Reader // nil for an uncompressed file
	compressed bool
	member     *bufio.Reader // the current gzip member, inflated
	pending    []*Record     // further records of the current gzip member
	loc        Location      // of the current gzip member
	err        error         // sticky until Resync
	bad        int64         // start of the record or member being read
}

// countingReader counts the bytes read from the underlying reader.
type countingReader struct {
	r io.Reader
	n int64
}

func (c *countingReader) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	c.n += int64(n)
	return n, err
}

// NewReader returns a Reader of r, telling a gzip-compressed file from an
// uncompressed one by its first bytes. It returns an error wrapping
// citewatch.ErrInvalid when r is neither; an empty r gives a Reader at its
// end.
func NewReader(r io.Reader) (*Reader, error) {
	src := &countingReader{r: r}
	br := bufio.NewReaderSize(src, 64<<10)
	rd := &Reader{src: src, br: br}
	head, err := br.Peek(5)
	switch {
	case len(head) >= 2 && head[0] == 0x1f && head[1] == 0x8b:
		rd.compressed = true
		rd.gz = new(gzip.Reader)
	case len(head) == 0 && err == io.EOF:
		rd.err = io.EOF
	case string(head) == "WARC/":
	case err != nil && err != io.EOF:
		return nil, fmt.Errorf("warc: %w", err)
	default:
		return nil, fmt.Errorf("%w: warc: neither gzip nor WARC data", citewatch.ErrInvalid)
	}
	return rd, nil
}

// offset is how many bytes of the input the Reader has consumed.
func (r *Reader) offset() int64 { return r.src.n - int64(r.br.Buffered()) }

// Next returns the next record and where it is stored (File is empty: a
// Reader does not know its file's name). It returns io.EOF after the last
// record, an error wrapping ErrTruncated when the input ends inside a
// record, and an error wrapping citewatch.ErrInvalid for data that is not a
// well-formed record. After an error, Next keeps returning it until Resync.
func (r *Reader) Next() (*Record, Location, error) {
	if r.err != nil {
		return nil, Location{}, r.err
	}
	if len(r.pending) > 0 {
		rec := r.pending[0]
		r.pending = r.pending[1:]
		return rec, r.loc, nil
	}
	var rec *Record
	var loc Location
	var err error
	if r.compressed {
		rec, loc, err = r.nextMember()
	} else {
		rec, loc, err = r.nextPlain()
	}
	if err != nil {
		r.err = err
		return nil, Location{}, err
	}
	return rec, loc, nil
}

// Resync skips past damage after Next returned an error other than
// io.EOF: it moves to the next place a record may start (the next gzip
// member header in a .warc.gz, the next "WARC/1." line in a .warc) at
// least one byte past the damaged record's start, clears the error, and
// returns that offset. Next then reads on from there. A torn tail
// (ErrTruncated) is the end of the input, not damage: Resync returns
// io.EOF for it, and when no record start follows.
func (r *Reader) Resync() (int64, error) {
	if r.err == nil || r.err == io.EOF || errors.Is(r.err, ErrTruncated) {
		return 0, io.EOF
	}
	r.pending = nil
	// Never resume at or before the damaged record's start.
	if skip := r.bad + 1 - r.offset(); skip > 0 {
		if _, err := r.br.Discard(int(skip)); err != nil {
			r.err = io.EOF
			return 0, io.EOF
		}
	}
	magic := []byte{0x1f, 0x8b, 0x08}
	if !r.compressed {
		magic = []byte("\nWARC/1.")
	}
	for {
		b, err := r.br.Peek(r.br.Size())
		if i := bytes.Index(b, magic); i >= 0 {
			if !r.compressed {
				i++ // resume at the version line, after the newline
			}
			_, _ = r.br.Discard(i) // within what Peek returned: cannot fail
			r.err = nil
			return r.offset(), nil
		}
		if err != nil { // the end of the input, or a read error
			r.err = io.EOF
			return 0, io.EOF
		}
		// Keep a possible partial magic at the end of the window. Peek
		// gave the whole window (else err was set), so this cannot fail.
		_, _ = r.br.Discard(len(b) - len(magic) + 1)
	}
}

// nextMember reads one gzip member and the records in it. The records are
// parsed as the member inflates, so that a Content-Length is checked
// before its block is read and nothing larger than the block actually
// present is allocated; a member inflating past MaxBlock+maxHead is
// refused.
func (r *Reader) nextMember() (*Record, Location, error) {
	off := r.offset()
	r.bad = off
	if err := r.gz.Reset(r.br); err != nil {
		return nil, Location{}, r.memberError(off, err)
	}
	r.gz.Multistream(false)
	limited := &io.LimitedReader{R: r.gz, N: MaxBlock + maxHead + 1}
	if r.member == nil {
		r.member = bufio.NewReaderSize(limited, 64<<10)
	} else {
		r.member.Reset(limited)
	}
	var recs []*Record
	for {
		if err := skipNewlines(r.member); err == io.EOF {
			break
		} else if err != nil {
			return nil, Location{}, r.memberError(off, err)
		}
		if limited.N <= 0 {
			return nil, Location{}, fmt.Errorf("%w: warc: gzip member at offset %d inflates to more than %d bytes", citewatch.ErrInvalid, off, MaxBlock+maxHead)
		}
		rec, err := readRecord(r.member)
		if err != nil {
			if limited.N <= 0 {
				return nil, Location{}, fmt.Errorf("%w: warc: gzip member at offset %d inflates to more than %d bytes", citewatch.ErrInvalid, off, MaxBlock+maxHead)
			}
			var fe *formatError
			if errors.As(err, &fe) {
				return nil, Location{}, fmt.Errorf("%w (gzip member at offset %d)", fe.err, off)
			}
			return nil, Location{}, r.memberError(off, err)
		}
		recs = append(recs, rec)
	}
	if limited.N <= 0 {
		return nil, Location{}, fmt.Errorf("%w: warc: gzip member at offset %d inflates to more than %d bytes", citewatch.ErrInvalid, off, MaxBlock+maxHead)
	}
	if len(recs) == 0 {
		return nil, Location{}, fmt.Errorf("%w: warc: empty gzip member at offset %d", citewatch.ErrInvalid, off)
	}
	loc := Location{Offset: off, Length: r.offset() - off}
	r.loc, r.pending = loc, recs[1:]
	return recs[0], loc, nil
}

func (r *Reader) memberError(off int64, err error) error {
	switch {
	case err == io.EOF && r.offset() == off:
		return io.EOF
	case errors.Is(err, io.ErrUnexpectedEOF) || err == io.EOF:
		return fmt.Errorf("%w: gzip member at offset %d: %v", ErrTruncated, off, io.ErrUnexpectedEOF)
	case errors.Is(err, gzip.ErrHeader), errors.Is(err, gzip.ErrChecksum):
		return fmt.Errorf("%w: warc: gzip member at offset %d: %v", citewatch.ErrInvalid, off, err)
	}
	var corrupt flate.CorruptInputError
	if errors.As(err, &corrupt) {
		return fmt.Errorf("%w: warc: gzip member at offset %d: %v", citewatch.ErrInvalid, off, err)
	}
	return fmt.Errorf("warc: gzip member at offset %d: %w", off, err)
}

// skipNewlines skips the blank lines some writers leave between records.
// It returns io.EOF at the end of br.
func skipNewlines(br *bufio.Reader) error {
	for {
		b, err := br.Peek(1)
		if len(b) == 0 {
			return err
		}
		if b[0] != '\r' && b[0] != '\n' {
			return nil
		}
		_, _ = br.ReadByte() // the byte Peek returned: cannot fail
	}
}

// nextPlain reads one record of an uncompressed file.
func (r *Reader) nextPlain() (*Record, Location, error) {
	if err := skipNewlines(r.br); err == io.EOF {
		return nil, Location{}, io.EOF
	} else if err != nil {
		return nil, Location{}, fmt.Errorf("warc: %w", err)
	}
	off := r.offset()
	r.bad = off
	rec, err := readRecord(r.br)
	var fe *formatError
	switch {
	case errors.As(err, &fe):
		return nil, Location{}, fmt.Errorf("%w (record at offset %d)", fe.err, off)
	case err == io.EOF || errors.Is(err, io.ErrUnexpectedEOF):
		return nil, Location{}, fmt.Errorf("%w: record at offset %d: %v", ErrTruncated, off, io.ErrUnexpectedEOF)
	case err != nil:
		return nil, Location{}, fmt.Errorf("warc: record at offset %d: %w", off, err)
	}
	return rec, Location{Offset: off, Length: r.offset() - off}, nil
}

// formatError is a record that is not well formed, as opposed to an error
// reading it (a short or failing input).
type formatError struct{ err error }

func (e *formatError) Error() string { return e.err.Error() }

// readRecord reads one record from br, which is at its version line. A
// malformed record is a *formatError wrapping citewatch.ErrInvalid; an
// input that ends inside the record gives io.EOF or io.ErrUnexpectedEOF.
// The block is read through its Content-Length, which is checked against
// MaxBlock first and never used to allocate.
func readRecord(br *bufio.Reader) (*Record, error) {
	var head []byte
	for {
		line, err := br.ReadSlice('\n')
		if err == bufio.ErrBufferFull {
			return nil, &formatError{fmt.Errorf("%w: warc: header line too long", citewatch.ErrInvalid)}
		}
		if err == io.EOF && len(head) == 0 && len(line) > 0 && !bytes.HasPrefix(line, []byte("WARC/")) {
			return nil, &formatError{fmt.Errorf("%w: warc: no version line", citewatch.ErrInvalid)}
		}
		if err != nil {
			if err == io.EOF {
				err = io.ErrUnexpectedEOF
			}
			return nil, err
		}
		if len(head) == 0 && !bytes.HasPrefix(line, []byte("WARC/")) {
			return nil, &formatError{fmt.Errorf("%w: warc: version line %q", citewatch.ErrInvalid, truncate(strings.TrimRight(string(line), "\r\n"), 40))}
		}
		head = append(head, line...)
		if len(line) <= 2 && strings.TrimRight(string(line), "\r\n") == "" {
			break
		}
		if len(head) > maxHead {
			return nil, &formatError{fmt.Errorf("%w: warc: header longer than %d bytes", citewatch.ErrInvalid, maxHead)}
		}
	}
	rec, err := parseHead(head)
	if err != nil {
		return nil, &formatError{err}
	}
	n, err := rec.contentLength()
	if err != nil {
		return nil, &formatError{fmt.Errorf("%w (record %s)", err, rec.ID())}
	}
	if n > MaxBlock {
		return nil, &formatError{fmt.Errorf("%w: warc: record %s: Content-Length %d is over the %d-byte limit", citewatch.ErrInvalid, rec.ID(), n, MaxBlock)}
	}
	rec.Block, err = io.ReadAll(io.LimitReader(br, n))
	if err != nil {
		return nil, err
	}
	if int64(len(rec.Block)) < n {
		return nil, io.ErrUnexpectedEOF
	}
	var tail [4]byte
	if _, err := io.ReadFull(br, tail[:]); err != nil {
		if err == io.EOF {
			err = io.ErrUnexpectedEOF
		}
		return nil, err
	}
	if tail != [4]byte(crlf2) {
		return nil, &formatError{fmt.Errorf("%w: warc: record %s: block not followed by two CRLF (Content-Length wrong?)", citewatch.ErrInvalid, rec.ID())}
	}
	return rec, nil
}

// parseHead parses the version line and named fields of head, which ends
// with the blank line. Lines may end in CRLF or LF; a line starting with a
// space or tab continues the previous field.
func parseHead(head []byte) (*Record, error) {
	lines := strings.Split(strings.TrimRight(string(head), "\r\n"), "\n")
	version := strings.TrimRight(lines[0], "\r")
	if version != "WARC/1.1" && version != "WARC/1.0" {
		return nil, fmt.Errorf("%w: warc: version line %q", citewatch.ErrInvalid, truncate(version, 40))
	}
	rec := &Record{}
	for _, line := range lines[1:] {
		line = strings.TrimRight(line, "\r")
		if line == "" {
			continue
		}
		if line[0] == ' ' || line[0] == '\t' {
			if n := len(rec.Header.fields); n > 0 {
				rec.Header.fields[n-1].Value += " " + strings.TrimSpace(line)
				continue
			}
			return nil, fmt.Errorf("%w: warc: continuation line before any field", citewatch.ErrInvalid)
		}
		name, value, ok := strings.Cut(line, ":")
		if !ok || name == "" || strings.TrimSpace(name) != name {
			return nil, fmt.Errorf("%w: warc: malformed field line %q", citewatch.ErrInvalid, truncate(line, 60))
		}
		rec.Header.Add(name, strings.TrimSpace(value))
	}
	rec.Type = rec.Header.Get(FieldType)
	if rec.Type == "" {
		return nil, fmt.Errorf("%w: warc: record %s has no WARC-Type", citewatch.ErrInvalid, rec.ID())
	}
	return rec, nil
}

func truncate(s string, n int) string {
	if len(s) > n {
		return s[:n] + "..."
	}
	return s
}

// ReadAt reads the record stored at loc in the archive folder dir. It
// returns an error wrapping citewatch.ErrNotFound when the file or the
// record is missing, citewatch.ErrInvalid for a File that is not a plain
// base name, and ErrTruncated for a torn record.
func ReadAt(dir string, loc Location) (*Record, error) {
	if loc.File == "" || filepath.Base(loc.File) != loc.File || loc.File == "." || loc.File == ".." || loc.Offset < 0 || loc.Length < 0 {
		return nil, fmt.Errorf("%w: warc: location %+v", citewatch.ErrInvalid, loc)
	}
	f, err := os.Open(filepath.Join(dir, loc.File))
	if errors.Is(err, os.ErrNotExist) {
		return nil, fmt.Errorf("%w: warc: %s: no such file", citewatch.ErrNotFound, loc.File)
	}
	if err != nil {
		return nil, fmt.Errorf("warc: %w", err)
	}
	defer func() { _ = f.Close() }() // read only: closing loses nothing
	n := loc.Length
	if n == 0 {
		n = 1<<63 - 1 - loc.Offset
	}
	rd, err := NewReader(io.NewSectionReader(f, loc.Offset, n))
	if err != nil {
		return nil, fmt.Errorf("warc: %s at offset %d: %w", loc.File, loc.Offset, err)
	}
	rec, _, err := rd.Next()
	if err == io.EOF {
		return nil, fmt.Errorf("%w: warc: %s: no record at offset %d", citewatch.ErrNotFound, loc.File, loc.Offset)
	}
	if err != nil {
		return nil, fmt.Errorf("warc: %s: %w", loc.File, err)
	}
	return rec, nil
}
