package warc

import (
	"bytes"
	"errors"
	"io"
	"testing"

	"github.com/citewatch/citewatch"
)

// FuzzReader feeds the Reader arbitrary bytes: it must end every input
// with io.EOF, ErrTruncated or an error wrapping citewatch.ErrInvalid,
// resync past each error, and never panic.
func FuzzReader(f *testing.F) {
	var gz bytes.Buffer
	w, err := Create(f.TempDir(), Options{})
	if err != nil {
		f.Fatal(err)
	}
	r := NewResponse("https://example.org/", httpResponse(page))
	must(f, prepare(r))
	must(f, w.compress(&gz, r))
	f.Add(gz.Bytes())
	f.Add(append(appendHead(nil, &r.Header), append(r.Block, "\r\n\r\n"...)...))
	f.Add([]byte("WARC/1.1\r\nWARC-Type: resource\r\nContent-Length: 99999999999999\r\n\r\nabc"))
	f.Add([]byte("WARC/1.0\r\nWARC-Type: response\r\n continued\r\nContent-Length: 0\r\n\r\n\r\n\r\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		rd, err := NewReader(bytes.NewReader(data))
		if err != nil {
			if !errors.Is(err, citewatch.ErrInvalid) {
				t.Fatalf("NewReader: %v", err)
			}
			return
		}
		for range 1000 {
			rec, _, err := rd.Next()
			if err != nil {
				if err != io.EOF && !errors.Is(err, ErrTruncated) && !errors.Is(err, citewatch.ErrInvalid) {
					t.Fatalf("Next: unclassified error %v", err)
				}
				// Past damage, reading goes on at the next record start.
				if _, err := rd.Resync(); err != nil {
					return
				}
				continue
			}
			// On fuzzed input these fail as they please; what the
			// fuzz looks for is a panic or a hang.
			_ = rec.Verify()
			if rec.IsHTTP() {
				_, _ = ParseHTTPResponse(rec.Block)
			}
		}
	})
}
