// Package pdftext reads the text and metadata of a PDF, page by page. It
// runs PDFium compiled to WebAssembly (go-pdfium's webassembly mode, on
// the wazero runtime), so it needs no system library and no cgo; the
// compiled module is cached on disk (in the user's cache directory) so
// that only the first use on a machine pays for compiling it.
//
// Both the extractor (a cited PDF is a source) and the document reader (a
// PDF is a document to check) read PDFs through this package.
package pdftext

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/klippa-app/go-pdfium"
	pdferrors "github.com/klippa-app/go-pdfium/errors"
	"github.com/klippa-app/go-pdfium/requests"
	"github.com/klippa-app/go-pdfium/webassembly"
	"github.com/tetratelabs/wazero"
	"github.com/tetratelabs/wazero/api"
	"github.com/tetratelabs/wazero/experimental"
)

// Limits on what one PDF may cost.
const (
	MaxBytes = 64 << 20 // a larger file is refused
	MaxPages = 2000     // pages past this are not read
	MaxText  = 8 << 20  // text past this many bytes is not read
)

var (
	// ErrNotPDF is data that does not start like a PDF.
	ErrNotPDF = errors.New("not a PDF")
	// ErrEncrypted is a PDF that needs a password.
	ErrEncrypted = errors.New("the PDF is encrypted (it needs a password)")
	// ErrNoText is a PDF with no text layer: a scan, or images only.
	ErrNoText = errors.New("the PDF has no text (a scan or images only)")
)

// Doc is what a PDF holds: the text of each page and its metadata, as
// written (PDF dates look like "D:20240517093000+02'00'").
type Doc struct {
	Pages     []string
	Truncated bool // pages or text past the limits were not read
	Title     string
	Author    string
	Subject   string
	Created   string
	Modified  string
}

// IsPDF reports whether data starts like a PDF (the header may follow a
// little junk, as readers allow).
func IsPDF(data []byte) bool {
	head := data[:min(len(data), 1024)]
	return bytes.Contains(head, []byte("%PDF-"))
}

var (
	once    sync.Once
	pool    pdfium.Pool
	initErr error
)

func instance() (pdfium.Pool, error) {
	once.Do(func() {
		cfg := wazero.NewRuntimeConfig().WithCoreFeatures(api.CoreFeaturesV2 | experimental.CoreFeaturesExceptionHandling)
		if dir, err := os.UserCacheDir(); err == nil {
			if cache, err := wazero.NewCompilationCacheWithDir(filepath.Join(dir, "citewatch", "wazero")); err == nil {
				cfg = cfg.WithCompilationCache(cache)
			}
		}
		pool, initErr = webassembly.Init(webassembly.Config{MinIdle: 0, MaxIdle: 1, MaxTotal: 2, RuntimeConfig: cfg})
	})
	return pool, initErr
}

// Read returns the text and metadata of a PDF. It returns an error
// wrapping ErrNotPDF, ErrEncrypted or ErrNoText for those cases, and
// ctx's error when ctx ends first (the PDF engine is stopped then).
func Read(ctx context.Context, data []byte) (*Doc, error) {
	if !IsPDF(data) {
		return nil, ErrNotPDF
	}
	if len(data) > MaxBytes {
		return nil, fmt.Errorf("the PDF is %d MiB, more than %d MiB", len(data)>>20, MaxBytes>>20)
	}
	p, err := instance()
	if err != nil {
		return nil, fmt.Errorf("start the PDF reader: %w", err)
	}
	inst, err := p.GetInstance(30 * time.Second)
	if err != nil {
		return nil, fmt.Errorf("start the PDF reader: %w", err)
	}
	type result struct {
		doc *Doc
		err error
	}
	done := make(chan result, 1)
	go func() {
		d, err := read(inst, data)
		done <- result{d, err}
	}()
	select {
	case r := <-done:
		_ = inst.Close() // the document is read; this returns the worker to the pool
		return r.doc, r.err
	case <-ctx.Done():
		_ = inst.Kill() // given up on: its error cannot change the answer, ctx's
		return nil, ctx.Err()
	}
}

func read(inst pdfium.Pdfium, data []byte) (*Doc, error) {
	opened, err := inst.OpenDocument(&requests.OpenDocument{File: &data})
	if err != nil {
		if errors.Is(err, pdferrors.ErrPassword) {
			return nil, ErrEncrypted
		}
		return nil, fmt.Errorf("the PDF cannot be read: %v", err)
	}
	defer func() { // the document was only read: closing it frees memory
		_, _ = inst.FPDF_CloseDocument(&requests.FPDF_CloseDocument{Document: opened.Document})
	}()
	d := &Doc{}
	for tag, dst := range map[string]*string{"Title": &d.Title, "Author": &d.Author, "Subject": &d.Subject, "CreationDate": &d.Created, "ModDate": &d.Modified} {
		if m, err := inst.FPDF_GetMetaText(&requests.FPDF_GetMetaText{Document: opened.Document, Tag: tag}); err == nil {
			*dst = strings.TrimSpace(m.Value)
		}
	}
	n, err := inst.FPDF_GetPageCount(&requests.FPDF_GetPageCount{Document: opened.Document})
	if err != nil {
		return nil, fmt.Errorf("the PDF cannot be read: %v", err)
	}
	pages := n.PageCount
	if pages > MaxPages {
		pages, d.Truncated = MaxPages, true
	}
	total, any := 0, false
	for i := 0; i < pages; i++ {
		t, err := inst.GetPageText(&requests.GetPageText{Page: requests.Page{ByIndex: &requests.PageByIndex{Document: opened.Document, Index: i}}})
		text := ""
		if err == nil {
			text = strings.ReplaceAll(t.Text, "\r\n", "\n")
			text = strings.ReplaceAll(text, "\r", "\n")
		}
		if total+len(text) > MaxText {
			d.Truncated = true
			break
		}
		total += len(text)
		if strings.TrimSpace(text) != "" {
			any = true
		}
		d.Pages = append(d.Pages, text)
	}
	if !any {
		return nil, ErrNoText
	}
	return d, nil
}

// Date reads a PDF date ("D:20240517093000+02'00'", "D:2024") and returns
// its year, month and day, and whether there was one.
func Date(s string) (year, month, day int, ok bool) {
	s = strings.TrimPrefix(strings.TrimSpace(s), "D:")
	if len(s) < 4 {
		return 0, 0, 0, false
	}
	digits := func(from, to int) int {
		if len(s) < to {
			return 0
		}
		n := 0
		for _, c := range s[from:to] {
			if c < '0' || c > '9' {
				return -1
			}
			n = n*10 + int(c-'0')
		}
		return n
	}
	year, month, day = digits(0, 4), digits(4, 6), digits(6, 8)
	if year < 1900 || month < 0 || month > 12 || day < 0 || day > 31 {
		return 0, 0, 0, false
	}
	return year, month, day, true
}

// Paragraphs joins a PDF page's lines into paragraphs. A PDF breaks
// lines where the page's width ends, not where sentences do: a line
// continues the paragraph unless it is blank or the line before stopped
// well short of the page's width (a paragraph's last line, or a heading).
// A word hyphenated across lines is joined.
func Paragraphs(page string) []string {
	lines := strings.Split(page, "\n")
	width := 0
	for _, l := range lines {
		width = max(width, utf8.RuneCountInString(strings.TrimSpace(l)))
	}
	var out []string
	var cur strings.Builder
	flush := func() {
		if t := strings.Join(strings.Fields(cur.String()), " "); t != "" {
			out = append(out, t)
		}
		cur.Reset()
	}
	prevShort := false
	for _, l := range lines {
		t := strings.TrimSpace(l)
		if t == "" {
			flush()
			continue
		}
		n := utf8.RuneCountInString(t)
		short := n*10 < width*7
		if cur.Len() > 0 && prevShort {
			flush()
		}
		if cur.Len() > 0 {
			s := cur.String()
			r, _ := utf8.DecodeRuneInString(t)
			if strings.HasSuffix(s, "-") && len(s) > 1 && unicode.IsLower(r) {
				cur.Reset()
				cur.WriteString(s[:len(s)-1])
			} else {
				cur.WriteByte(' ')
			}
		}
		cur.WriteString(t)
		prevShort = short
	}
	flush()
	return out
}
