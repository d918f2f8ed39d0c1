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
	pending    []*Record // further records of the current gzip member
	loc        Location  // of the current gzip member
	err        error     // sticky until Resync
	bad        int64     // start of the record or member being read
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
			r.br.Discard(i)
			r.err = nil
			return r.offset(), nil
		}
		if err != nil { // the end of the input, or a read error
			r.err = io.EOF
			return 0, io.EOF
		}
		// Keep a possible partial magic at the end of the window.
		r.br.Discard(len(b) - len(magic) + 1)
	}
}

// nextMember reads one gzip member and the records in it.
func (r *Reader) nextMember() (*Record, Location, error) {
	off := r.offset()
	r.bad = off
	if err := r.gz.Reset(r.br); err != nil {
		return nil, Location{}, r.memberError(off, err)
	}
	r.gz.Multistream(false)
	data, err := io.ReadAll(r.gz)
	if err != nil {
		return nil, Location{}, r.memberError(off, err)
	}
	loc := Location{Offset: off, Length: r.offset() - off}
	var recs []*Record
	for len(data) > 0 {
		rec, rest, err := parseRecord(data)
		if err != nil {
			return nil, Location{}, fmt.Errorf("%w (gzip member at offset %d)", err, off)
		}
		recs = append(recs, rec)
		data = trimLeadingNewlines(rest)
	}
	if len(recs) == 0 {
		return nil, Location{}, fmt.Errorf("%w: warc: empty gzip member at offset %d", citewatch.ErrInvalid, off)
	}
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

// nextPlain reads one record of an uncompressed file.
func (r *Reader) nextPlain() (*Record, Location, error) {
	// Skip the blank lines some writers leave between records.
	for {
		b, err := r.br.Peek(1)
		if err == io.EOF && len(b) == 0 {
			return nil, Location{}, io.EOF
		}
		if err != nil {
			return nil, Location{}, fmt.Errorf("warc: %w", err)
		}
		if b[0] != '\r' && b[0] != '\n' {
			break
		}
		r.br.ReadByte()
	}
	off := r.offset()
	r.bad = off
	truncated := func(err error) error {
		if err == io.EOF || errors.Is(err, io.ErrUnexpectedEOF) {
			return fmt.Errorf("%w: record at offset %d: %v", ErrTruncated, off, io.ErrUnexpectedEOF)
		}
		return fmt.Errorf("warc: record at offset %d: %w", off, err)
	}
	var head []byte
	for {
		line, err := r.br.ReadSlice('\n')
		if err == bufio.ErrBufferFull {
			return nil, Location{}, fmt.Errorf("%w: warc: header line too long at offset %d", citewatch.ErrInvalid, off)
		}
		if err != nil {
			return nil, Location{}, truncated(err)
		}
		head = append(head, line...)
		if len(line) <= 2 && strings.TrimRight(string(line), "\r\n") == "" {
			break
		}
		if len(head) > 1<<20 {
			return nil, Location{}, fmt.Errorf("%w: warc: header longer than 1 MiB at offset %d", citewatch.ErrInvalid, off)
		}
	}
	rec, err := parseHead(head)
	if err != nil {
		return nil, Location{}, fmt.Errorf("%w (record at offset %d)", err, off)
	}
	n, err := rec.contentLength()
	if err != nil {
		return nil, Location{}, fmt.Errorf("%w (record %s at offset %d)", err, rec.ID(), off)
	}
	// Read through a limit rather than allocating Content-Length bytes up
	// front: a corrupt length must end in ErrTruncated, not in exhausted
	// memory.
	rec.Block, err = io.ReadAll(io.LimitReader(r.br, n))
	if err != nil {
		return nil, Location{}, truncated(err)
	}
	if int64(len(rec.Block)) < n {
		return nil, Location{}, truncated(io.ErrUnexpectedEOF)
	}
	var tail [4]byte
	if _, err := io.ReadFull(r.br, tail[:]); err != nil {
		return nil, Location{}, truncated(err)
	}
	if string(tail[:]) != "\r\n\r\n" {
		return nil, Location{}, fmt.Errorf("%w: warc: record %s at offset %d: block not followed by two CRLF (Content-Length wrong?)", citewatch.ErrInvalid, rec.ID(), off)
	}
	return rec, Location{Offset: off, Length: r.offset() - off}, nil
}

// parseRecord parses one record at the start of data and returns the rest.
func parseRecord(data []byte) (*Record, []byte, error) {
	end := bytes.Index(data, []byte("\r\n\r\n"))
	if end < 0 {
		if !bytes.HasPrefix(data, []byte("WARC/")) {
			return nil, nil, fmt.Errorf("%w: warc: no version line", citewatch.ErrInvalid)
		}
		return nil, nil, fmt.Errorf("%w: header not ended by a blank line", ErrTruncated)
	}
	rec, err := parseHead(data[:end+4])
	if err != nil {
		return nil, nil, err
	}
	n, err := rec.contentLength()
	if err != nil {
		return nil, nil, fmt.Errorf("%w (record %s)", err, rec.ID())
	}
	rest := data[end+4:]
	if int64(len(rest)) < n {
		return nil, nil, fmt.Errorf("%w: record %s: block of %d bytes, Content-Length %d", ErrTruncated, rec.ID(), len(rest), n)
	}
	rec.Block = rest[:n:n]
	rest = rest[n:]
	if !bytes.HasPrefix(rest, crlf2) {
		return nil, nil, fmt.Errorf("%w: warc: record %s: block not followed by two CRLF (Content-Length wrong?)", citewatch.ErrInvalid, rec.ID())
	}
	return rec, rest[4:], nil
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

func trimLeadingNewlines(b []byte) []byte {
	return bytes.TrimLeft(b, "\r\n")
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
	defer f.Close()
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
