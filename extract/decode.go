package extract

import (
	"bytes"
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/charset"
	"golang.org/x/text/encoding"
	"golang.org/x/text/unicode/norm"
)

// MaxDecoded is the most text, in bytes after decoding to UTF-8, that
// Extract reads from one page; the rest is dropped with a warning.
const MaxDecoded = 8 << 20

// maxHeadScan is how far into a page decode looks for a <meta> charset
// declaration: pages put inline styles and scripts before it, past the
// first KiB the HTML standard's prescan reads.
const maxHeadScan = 64 << 10

// decode converts a page body to valid UTF-8. The encoding is, in order, a
// byte order mark's, the Content-Type charset, a <meta> declaration in the
// page's head, and otherwise UTF-8 when the whole body is valid UTF-8 and
// Windows-1252 when it is not (the HTML standard's fallback). A page
// labelled Windows-1252 (or its aliases ISO-8859-1 and US-ASCII) whose
// whole body is valid UTF-8 with non-ASCII bytes is read as UTF-8: the
// label is a server's default, and Windows-1252 text almost never forms
// valid UTF-8 sequences. Invalid sequences become U+FFFD, NUL bytes and
// soft hyphens (invisible, but they split words: "Mit\u00ADtel\u00ADal\u00ADter")
// are dropped, and the text is put in Unicode normal form C, as
// go-trafilatura's own parser does, so that a decomposed "é" matches. It
// reports the encoding name and whether the text was truncated.
func decode(body []byte, contentType string) (text string, encoding string, truncated bool) {
	if len(body) > 4*MaxDecoded {
		body, truncated = body[:4*MaxDecoded], true // no encoding expands 4 MiB of input past 32
	}
	enc, name := pageEncoding(body, contentType)
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
	text = strings.ToValidUTF8(string(body), "\uFFFD")
	if strings.Contains(text, "\u00AD") {
		text = strings.ReplaceAll(text, "\u00AD", "")
	}
	return norm.NFC.String(text), name, truncated
}

// pageEncoding decides a page's encoding as decode documents.
func pageEncoding(body []byte, contentType string) (encoding.Encoding, string) {
	enc, name, certain := charset.DetermineEncoding(body, contentType)
	if !certain { // no byte order mark, no charset in the Content-Type
		enc, name = metaCharset(body)
	}
	if enc == nil || name == "windows-1252" {
		if utf8.Valid(body) {
			return encoding.Nop, "utf-8"
		}
		return charset.Lookup("windows-1252")
	}
	return enc, name
}

// metaCharset returns the encoding a <meta charset> or <meta http-equiv
// content-type> in the page's head declares, or nil. It reads up to the
// <body> start tag or maxHeadScan bytes.
func metaCharset(body []byte) (encoding.Encoding, string) {
	if len(body) > maxHeadScan {
		body = body[:maxHeadScan]
	}
	z := html.NewTokenizer(bytes.NewReader(body))
	for {
		switch z.Next() {
		case html.ErrorToken:
			return nil, ""
		case html.StartTagToken, html.SelfClosingTagToken:
			tag, hasAttr := z.TagName()
			if string(tag) == "body" {
				return nil, ""
			}
			if string(tag) != "meta" || !hasAttr {
				continue
			}
			var cs, httpEquiv, content string
			for {
				k, v, more := z.TagAttr()
				switch string(k) {
				case "charset":
					cs = string(v)
				case "http-equiv":
					httpEquiv = string(v)
				case "content":
					content = string(v)
				}
				if !more {
					break
				}
			}
			if cs == "" && strings.EqualFold(httpEquiv, "content-type") {
				if i := strings.Index(strings.ToLower(content), "charset="); i >= 0 {
					cs = strings.Trim(content[i+len("charset="):], `"' ;`)
				}
			}
			if cs == "" {
				continue
			}
			if e, name := charset.Lookup(cs); e != nil {
				if strings.HasPrefix(name, "utf-16") { // a page that reads as ASCII is not UTF-16
					return encoding.Nop, "utf-8"
				}
				return e, name
			}
		}
	}
}
