package warc

import (
	"bufio"
	"bytes"
	"fmt"
	"io"
	"net/http"
	"sort"
	"strconv"

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
	resp.Body.Close()
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
	var b bytes.Buffer
	b.Grow(256 + len(body))
	b.WriteString("HTTP/1.1 ")
	b.WriteString(strconv.Itoa(status))
	if text := http.StatusText(status); text != "" {
		b.WriteByte(' ')
		b.WriteString(text)
	}
	b.WriteString("\r\n")
	writeHeader(&b, header)
	b.WriteString("\r\n")
	b.Write(body)
	return b.Bytes()
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
	writeHeader(&b, header)
	b.WriteString("\r\n")
	b.Write(body)
	return b.Bytes()
}

func writeHeader(b *bytes.Buffer, h http.Header) {
	keys := make([]string, 0, len(h))
	for k := range h {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		for _, v := range h[k] {
			b.WriteString(k)
			b.WriteString(": ")
			b.WriteString(v)
			b.WriteString("\r\n")
		}
	}
}
