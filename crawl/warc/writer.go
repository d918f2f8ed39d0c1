package warc

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"sync"
	"time"

	"github.com/klauspost/compress/gzip"

	"github.com/citewatch/citewatch"
)

// DefaultMaxSize is the size past which a Writer starts a new file.
const DefaultMaxSize = 1 << 30

// DefaultCompression is the gzip level a Writer uses unless told
// otherwise: level 1, because archiving must keep pace with the crawl (see
// BenchmarkWrite). Compression uses klauspost/compress, whose level 1 is
// about twice as fast as compress/gzip's at the same ratio. Of its faster
// modes, measured on a 30 KB page of varied HTML, StatelessCompression
// gives the same size but is no faster for a page and slower for a small
// request record (it keeps no history between writes), and HuffmanOnly
// is no faster and leaves seven times the bytes (a ratio of 0.63 against
// 0.09); level 1 stays the default.
const DefaultCompression = gzip.BestSpeed

// ErrClosed is returned by Write after Close.
var ErrClosed = errors.New("warc: writer closed")

// Options configures a Writer. The zero Options is usable.
type Options struct {
	// MaxSize is the size in bytes past which the Writer starts a new file;
	// 0 means DefaultMaxSize. A file holds at least one batch of records
	// however large it is.
	MaxSize int64
	// Compression is the gzip level (gzip.HuffmanOnly, gzip.BestSpeed to
	// gzip.BestCompression, or gzip.DefaultCompression); 0 means
	// DefaultCompression. Records are always compressed.
	Compression int
	// Software names the writer in each file's warcinfo record; empty
	// means "citewatch".
	Software string
	// Prefix starts each file name; empty means "citewatch".
	Prefix string
}

// Location is where a record is stored: the file's base name within the
// archive folder, and the offset and length of the record's gzip member.
type Location struct {
	File   string `json:"file"`
	Offset int64  `json:"offset"`
	Length int64  `json:"length"`
}

// Writer appends records to WARC files in one folder, one gzip member per
// record, starting a new file when the current one passes Options.MaxSize.
// Files are named <prefix>-YYYYMMDDhhmmss-NNNNN.warc.gz and each starts
// with a warcinfo record. A file is created on the first Write.
//
// A Writer is safe for concurrent use: records are compressed in the
// calling goroutine and appended under a lock, each Write with a single
// write call, so that once Write returns its records are in the operating
// system's hands and survive the process being killed. Sync flushes them
// to disk.
type Writer struct {
	dir  string
	opts Options
	gzip sync.Pool // *gzip.Writer at opts.Compression

	mu     sync.Mutex
	f      *os.File
	name   string
	size   int64 // bytes in f
	base   int64 // bytes of f's warcinfo record
	serial int   // NNNNN of the next file
	files  []string
	closed bool
}

// Create returns a Writer that writes into dir, creating dir when needed.
// It returns an error wrapping citewatch.ErrInvalid for a bad option.
func Create(dir string, opts Options) (*Writer, error) {
	if opts.MaxSize == 0 {
		opts.MaxSize = DefaultMaxSize
	}
	if opts.MaxSize < 0 {
		return nil, fmt.Errorf("%w: warc: MaxSize %d", citewatch.ErrInvalid, opts.MaxSize)
	}
	if opts.Compression == 0 {
		opts.Compression = DefaultCompression
	}
	if _, err := gzip.NewWriterLevel(nil, opts.Compression); err != nil {
		return nil, fmt.Errorf("%w: warc: compression level %d", citewatch.ErrInvalid, opts.Compression)
	}
	if opts.Software == "" {
		opts.Software = "citewatch"
	}
	if opts.Prefix == "" {
		opts.Prefix = "citewatch"
	}
	if filepath.Base(opts.Prefix) != opts.Prefix {
		return nil, fmt.Errorf("%w: warc: prefix %q is not a plain name", citewatch.ErrInvalid, opts.Prefix)
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, fmt.Errorf("warc: %w", err)
	}
	w := &Writer{dir: dir, opts: opts}
	w.gzip.New = func() any {
		zw, _ := gzip.NewWriterLevel(nil, opts.Compression) // level checked above
		return zw
	}
	return w, nil
}

var bufPool = sync.Pool{New: func() any { return new(bytes.Buffer) }}

// maxPooledBuffer keeps a batch of unusually large records from pinning
// memory in the pool.
const maxPooledBuffer = 4 << 20

// Write appends recs to the current file, together and in order, and
// returns where each one is stored. It fills in missing fields of each
// record's header — WARC-Type from Type, WARC-Record-ID, WARC-Date — and
// always sets Content-Length and WARC-Block-Digest. It sets the
// WARC-Payload-Digest of response and resource records unless the caller
// already set it (a crawler that digested the body to detect a revisit
// saves a pass; the value must then be Digest of Record.Payload); revisit
// records keep the payload digest of their original. The records must not be
// changed by another goroutine during Write.
//
// Write returns an error wrapping citewatch.ErrInvalid for a record with no
// type or a field that cannot be written, and ErrClosed after Close. On
// any error no record of the batch has been written.
func (w *Writer) Write(recs ...*Record) ([]Location, error) {
	if len(recs) == 0 {
		return nil, nil
	}
	buf := bufPool.Get().(*bytes.Buffer)
	buf.Reset()
	defer func() {
		if buf.Cap() <= maxPooledBuffer {
			bufPool.Put(buf)
		}
	}()
	ends := make([]int, len(recs))
	for i, r := range recs {
		if err := prepare(r); err != nil {
			return nil, err
		}
		if err := w.compress(buf, r); err != nil {
			return nil, err
		}
		ends[i] = buf.Len()
	}

	w.mu.Lock()
	defer w.mu.Unlock()
	if w.closed {
		return nil, ErrClosed
	}
	if w.f != nil && w.size > w.base && w.size+int64(buf.Len()) > w.opts.MaxSize {
		if err := w.closeFile(); err != nil {
			return nil, err
		}
	}
	if w.f == nil {
		if err := w.openFile(); err != nil {
			return nil, err
		}
	}
	if _, err := w.f.Write(buf.Bytes()); err != nil {
		// Cut off a partial batch so the file ends on a whole record.
		if terr := w.f.Truncate(w.size); terr != nil {
			return nil, fmt.Errorf("warc: %s: %w (and truncating: %v)", w.name, err, terr)
		}
		return nil, fmt.Errorf("warc: %s: %w", w.name, err)
	}
	locs := make([]Location, len(recs))
	start := 0
	for i, end := range ends {
		locs[i] = Location{File: w.name, Offset: w.size + int64(start), Length: int64(end - start)}
		start = end
	}
	w.size += int64(buf.Len())
	return locs, nil
}

// prepare fills in the fields Write promises.
func prepare(r *Record) error {
	if r == nil {
		return fmt.Errorf("%w: warc: nil record", citewatch.ErrInvalid)
	}
	if r.Type == "" {
		r.Type = r.Header.Get(FieldType)
	}
	if r.Type == "" {
		return fmt.Errorf("%w: warc: record has no type", citewatch.ErrInvalid)
	}
	if len(r.Block) > MaxBlock {
		return fmt.Errorf("%w: warc: block of %d bytes, over the %d-byte limit", citewatch.ErrInvalid, len(r.Block), MaxBlock)
	}
	r.Header.Set(FieldType, r.Type)
	if r.Header.Get(FieldRecordID) == "" {
		r.Header.Set(FieldRecordID, NewRecordID())
	}
	if r.Header.Get(FieldDate) == "" {
		r.Header.Set(FieldDate, FormatDate(time.Now()))
	}
	r.Header.Set(FieldBlockDigest, Digest(r.Block))
	switch r.Type {
	case TypeResponse, TypeResource:
		if r.Header.Get(FieldPayloadDigest) != "" {
			break
		}
		if p := r.Payload(); p != nil {
			r.Header.Set(FieldPayloadDigest, Digest(p))
		}
	}
	r.Header.Set(FieldContentLength, strconv.Itoa(len(r.Block)))
	return r.Header.validate()
}

// compress appends r to buf as one gzip member.
func (w *Writer) compress(buf *bytes.Buffer, r *Record) error {
	zw := w.gzip.Get().(*gzip.Writer)
	defer w.gzip.Put(zw)
	zw.Reset(buf)
	head := appendHead(make([]byte, 0, 512), &r.Header)
	// Writes to a bytes.Buffer cannot fail; Close reports the stream's end.
	_, _ = zw.Write(head)
	_, _ = zw.Write(r.Block)
	_, _ = zw.Write(crlf2)
	return zw.Close()
}

var crlf2 = []byte("\r\n\r\n")

// appendHead appends the version line, the fields and the blank line.
func appendHead(b []byte, h *Header) []byte {
	b = append(b, Version...)
	b = append(b, '\r', '\n')
	for _, f := range h.fields {
		b = append(b, f.Name...)
		b = append(b, ':', ' ')
		b = append(b, f.Value...)
		b = append(b, '\r', '\n')
	}
	return append(b, '\r', '\n')
}

// openFile creates the next file and writes its warcinfo record. The
// caller holds w.mu.
func (w *Writer) openFile() error {
	stamp := time.Now().UTC().Format("20060102150405")
	for range 1000 {
		name := fmt.Sprintf("%s-%s-%05d.warc.gz", w.opts.Prefix, stamp, w.serial)
		w.serial++
		f, err := os.OpenFile(filepath.Join(w.dir, name), os.O_WRONLY|os.O_CREATE|os.O_EXCL|os.O_APPEND, 0o644)
		if errors.Is(err, os.ErrExist) {
			continue
		}
		if err != nil {
			return fmt.Errorf("warc: %w", err)
		}
		info := NewWarcinfo(name, []Field{
			{"software", w.opts.Software},
			{"format", "WARC File Format 1.1"},
			{"conformsTo", "http://iipc.github.io/warc-specifications/specifications/warc-format/warc-1.1/"},
		})
		var buf bytes.Buffer
		if err := prepare(info); err != nil {
			return errors.Join(err, f.Close())
		}
		if err := w.compress(&buf, info); err != nil {
			return errors.Join(err, f.Close())
		}
		if _, err := f.Write(buf.Bytes()); err != nil {
			return fmt.Errorf("warc: %s: %w", name, errors.Join(err, f.Close()))
		}
		w.f, w.name = f, name
		w.size, w.base = int64(buf.Len()), int64(buf.Len())
		w.files = append(w.files, name)
		return nil
	}
	return fmt.Errorf("%w: warc: no free file name for %s-%s in %s", citewatch.ErrBusy, w.opts.Prefix, stamp, w.dir)
}

// closeFile syncs and closes the current file. The caller holds w.mu.
func (w *Writer) closeFile() error {
	if w.f == nil {
		return nil
	}
	f := w.f
	w.f = nil
	serr := f.Sync()
	cerr := f.Close()
	if err := errors.Join(serr, cerr); err != nil {
		return fmt.Errorf("warc: %s: %w", w.name, err)
	}
	return nil
}

// Sync commits the records written so far to stable storage. It is safe
// for concurrent use.
func (w *Writer) Sync() error {
	w.mu.Lock()
	defer w.mu.Unlock()
	if w.f == nil {
		return nil
	}
	if err := w.f.Sync(); err != nil {
		return fmt.Errorf("warc: %s: %w", w.name, err)
	}
	return nil
}

// Files returns the base names of the files written so far, oldest first.
func (w *Writer) Files() []string {
	w.mu.Lock()
	defer w.mu.Unlock()
	return append([]string(nil), w.files...)
}

// Close syncs and closes the current file. Later Writes return ErrClosed;
// a second Close does nothing.
func (w *Writer) Close() error {
	w.mu.Lock()
	defer w.mu.Unlock()
	if w.closed {
		return nil
	}
	w.closed = true
	return w.closeFile()
}
