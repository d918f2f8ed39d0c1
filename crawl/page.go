package crawl

import (
	"fmt"
	"mime"
	"net/http"
	"strings"

	"github.com/citewatch/citewatch"
)

// ErrNotPage marks archived content that is not a page to read: an image,
// an archive, other binary data. (A PDF is read.) It wraps
// citewatch.ErrInvalid.
var ErrNotPage = fmt.Errorf("crawl: not an HTML or text page: %w", citewatch.ErrInvalid)

// NotPageError is content of a type that is not a page. It wraps
// ErrNotPage.
type NotPageError struct {
	ContentType string // as declared, or as sniffed from the body
}

func (e *NotPageError) Error() string {
	return fmt.Sprintf("crawl: %s content is not an HTML or text page", e.ContentType)
}

func (e *NotPageError) Unwrap() error { return ErrNotPage }

// Page checks that s's Body is a page that text extraction can read:
// HTML, XML, plain text or PDF. The declared Content-Type is trusted when
// it names another kind of content (image/png, application/zip); when it
// names a text type, or nothing, the body's first bytes are sniffed as
// browsers do, so that a PNG served as text/html is caught too. It
// returns a *NotPageError (wrapping ErrNotPage) naming the content type.
func Page(s citewatch.Snapshot) error {
	declared := mediaType(s.ContentType)
	if declared == "" && s.Header != nil {
		declared = mediaType(http.Header(s.Header).Get("Content-Type"))
	}
	sniffed := mediaType(http.DetectContentType(s.Body))
	notPage := func(ct string) error { return &NotPageError{ContentType: ct} }
	switch {
	case declared == "application/pdf" || declared == "application/x-pdf":
		if sniffed != "application/pdf" {
			return notPage(sniffed)
		}
	case declared == "", declared == "application/octet-stream":
		if !textType(sniffed) {
			return notPage(sniffed)
		}
	case textType(declared):
		// A server may label anything text/html; believe the bytes when
		// they are recognisably something else, not when they merely look
		// binary (a page with a stray NUL byte is still a page).
		if !textType(sniffed) && sniffed != "application/octet-stream" {
			return notPage(sniffed)
		}
	default:
		return notPage(declared)
	}
	return nil
}

// mediaType returns the lower-case type/subtype of a Content-Type value.
func mediaType(ct string) string {
	if mt, _, err := mime.ParseMediaType(ct); err == nil {
		return mt
	}
	mt, _, _ := strings.Cut(ct, ";")
	return strings.ToLower(strings.TrimSpace(mt))
}

// textType reports whether a media type is one that extraction reads.
func textType(mt string) bool {
	switch {
	case mt == "application/pdf":
		return true
	case strings.HasPrefix(mt, "text/"),
		mt == "application/xhtml+xml", mt == "application/xml",
		strings.HasSuffix(mt, "+xml") && !strings.HasPrefix(mt, "image/"):
		return true
	}
	return false
}
