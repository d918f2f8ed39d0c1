package extract

import (
	"bytes"
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html/charset"
)

// MaxDecoded is the most text, in bytes after decoding to UTF-8, that
// Extract reads from one page; the rest is dropped with a warning.
const MaxDecoded = 8 << 20

// decode converts a page body to valid UTF-8 using, in order, a byte order
// mark, the Content-Type charset, a <meta> declaration in the first 1024
// bytes, and otherwise UTF-8 when the bytes are valid UTF-8 and
// Windows-1252 when they are not (the HTML standard's fallback).
// Invalid sequences become U+FFFD and NUL bytes are dropped. It reports
// the encoding name and whether the text was truncated.
func decode(body []byte, contentType string) (text string, encoding string, truncated bool) {
	if len(body) > 4*MaxDecoded {
		body, truncated = body[:4*MaxDecoded], true // no encoding expands 4 MiB of input past 32
	}
	enc, name, _ := charset.DetermineEncoding(body, contentType)
	if name != "utf-8" {
		if out, err := enc.NewDecoder().Bytes(body); err == nil {
			body = out
		}
	}
	if len(body) > MaxDecoded {
		cut := MaxDecoded
		for cut > 0 && !utf8.RuneStart(body[cut]) {
			cut--
		}
		body, truncated = body[:cut], true
	}
	if bytes.IndexByte(body, 0) >= 0 {
		body = bytes.ReplaceAll(body, []byte{0}, nil)
	}
	return strings.ToValidUTF8(string(body), "\uFFFD"), name, truncated
}
