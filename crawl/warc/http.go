package warc

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"encoding/binary"
	"fmt"
	"io"
	"net/http"
	"slices"
	"strconv"
	"strings"

	"github.com/citewatch/citewatch"
)

// HTTPResponse is the HTTP message in the block of a response or revisit
// record.
type HTTPResponse struct {
	Proto  string // "HTTP/1.1"
	Status int
	Header http.Header
	// Body is the entity body: the block after the header, with a chunked
	// transfer coding removed; a revisit's is usually empty. Any
	// Content-Encoding (gzip, br) is left as it is.
	Body []byte
}

// ParseHTTPResponse parses the HTTP response message in block. The body is
// the rest of the block whatever the Content-Length header says, since an
// archived message may have been stored decoded; a body the header marks as
// chunked is de-chunked. It returns an error wrapping citewatch.ErrInvalid
// when block does not start with an HTTP status line and header.
func ParseHTTPResponse(block []byte) (*HTTPResponse, error) {
	end := httpHeaderEnd(block)
	if end < 0 {
		return nil, fmt.Errorf("%w: warc: HTTP response: no end of header", citewatch.ErrInvalid)
	}
	resp, err := http.ReadResponse(bufio.NewReader(bytes.NewReader(block[:end])), nil)
	if err != nil {
		return nil, fmt.Errorf("%w: warc: HTTP response: %v", citewatch.ErrInvalid, err)
	}
	_ = resp.Body.Close() // a header only, read from memory: nothing to release
	r := &HTTPResponse{Proto: resp.Proto, Status: resp.StatusCode, Header: resp.Header, Body: block[end:]}
	chunked := len(resp.TransferEncoding) > 0 && resp.TransferEncoding[0] == "chunked"
	if chunked {
		// ReadResponse moves Transfer-Encoding out of Header; keep it there
		// so that the header reads as it was received.
		r.Header.Set("Transfer-Encoding", "chunked")
		if body, err := io.ReadAll(newChunkedReader(block[end:])); err == nil {
			r.Body = body
		}
	}
	return r, nil
}

// newChunkedReader de-chunks b by letting net/http read it as the body of
// a chunked response.
func newChunkedReader(b []byte) io.Reader {
	msg := io.MultiReader(bytes.NewReader([]byte("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n")), bytes.NewReader(b))
	resp, err := http.ReadResponse(bufio.NewReader(msg), nil)
	if err != nil {
		return bytes.NewReader(b)
	}
	return resp.Body
}

// HTTPResponseMessage formats an HTTP/1.1 response message for a response
// record's block: status line, header fields in sorted order, blank line,
// body. It is the inverse of ParseHTTPResponse for an unchunked body.
func HTTPResponseMessage(status int, header http.Header, body []byte) []byte {
	return AppendHTTPResponseMessage(make([]byte, 0, 256+len(body)), status, header, body)
}

// AppendHTTPResponseMessage appends the message HTTPResponseMessage
// formats to dst and returns the extended buffer, so that a caller that
// archives many responses can reuse one buffer.
func AppendHTTPResponseMessage(dst []byte, status int, header http.Header, body []byte) []byte {
	dst = slices.Grow(dst, 256+len(body))
	dst = append(dst, "HTTP/1.1 "...)
	dst = strconv.AppendInt(dst, int64(status), 10)
	if text := http.StatusText(status); text != "" {
		dst = append(dst, ' ')
		dst = append(dst, text...)
	}
	dst = append(dst, "\r\n"...)
	dst = appendHeader(dst, header)
	dst = append(dst, "\r\n"...)
	return append(dst, body...)
}

// HTTPRequestMessage formats an HTTP/1.1 request message for a request
// record's block: request line with the path and query of target, header
// fields in sorted order (Host first when present), blank line, body.
func HTTPRequestMessage(method, requestURI string, header http.Header, body []byte) []byte {
	var b bytes.Buffer
	b.WriteString(method)
	b.WriteByte(' ')
	b.WriteString(requestURI)
	b.WriteString(" HTTP/1.1\r\n")
	if host := header.Get("Host"); host != "" {
		b.WriteString("Host: " + host + "\r\n")
		header = header.Clone()
		header.Del("Host")
	}
	b.Write(appendHeader(nil, header))
	b.WriteString("\r\n")
	b.Write(body)
	return b.Bytes()
}

// appendHeader appends the fields of h, sorted by name, one per line.
func appendHeader(dst []byte, h http.Header) []byte {
	keys := make([]string, 0, len(h))
	for k := range h {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	for _, k := range keys {
		for _, v := range h[k] {
			dst = append(dst, k...)
			dst = append(dst, ": "...)
			dst = append(dst, v...)
			dst = append(dst, "\r\n"...)
		}
	}
	return dst
}

// ErrTooLarge marks a body that decodes to more than the limit given to
// DecodeBody. It wraps citewatch.ErrUnavailable.
var ErrTooLarge = fmt.Errorf("warc: decoded body too large: %w", citewatch.ErrUnavailable)

// DecodeBody removes a gzip content coding (encoding is the
// Content-Encoding value) from an HTTP body, stopping past limit decoded
// bytes with ErrTooLarge. An unsupported coding or a corrupt stream is an
// error wrapping citewatch.ErrUnavailable.
func DecodeBody(encoding string, b []byte, limit int64) ([]byte, error) {
	switch strings.ToLower(strings.TrimSpace(encoding)) {
	case "", "identity":
		return b, nil
	case "gzip", "x-gzip":
	default:
		return nil, fmt.Errorf("%w: warc: unsupported content encoding %q", citewatch.ErrUnavailable, encoding)
	}
	zr, err := gzip.NewReader(bytes.NewReader(b))
	if err != nil {
		return nil, fmt.Errorf("%w: warc: gzip body: %v", citewatch.ErrUnavailable, err)
	}
	// A gzip stream ends with its decoded size (mod 4 GiB): untrusted,
	// but when it is right the body is decoded into one allocation of the
	// right size instead of a doubling series, which matters for pages of
	// tens of megabytes.
	var buf bytes.Buffer
	if len(b) >= 18 {
		size := int64(binary.LittleEndian.Uint32(b[len(b)-4:]))
		buf.Grow(int(min(size, limit)) + bytes.MinRead)
	}
	n, err := buf.ReadFrom(io.LimitReader(zr, limit+1))
	if err != nil {
		return nil, fmt.Errorf("%w: warc: gzip body: %v", citewatch.ErrUnavailable, err)
	}
	if n > limit {
		return nil, ErrTooLarge
	}
	return buf.Bytes(), nil
}
