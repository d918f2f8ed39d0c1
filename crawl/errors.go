package crawl

import (
	"errors"
	"fmt"

	"github.com/citewatch/citewatch"
)

// Errors a fetch can end in. They are recorded in Snapshot.Error; callers
// of the transport-level pieces test them with errors.Is.
var (
	// ErrRobots marks a URL that robots.txt disallows for our user agent.
	ErrRobots = fmt.Errorf("crawl: disallowed by robots.txt: %w", citewatch.ErrRefused)
	// ErrTooManyRedirects marks a redirect chain longer than MaxRedirects.
	ErrTooManyRedirects = fmt.Errorf("crawl: too many redirects: %w", citewatch.ErrUnavailable)
	// ErrMalformedURL marks a cited URL that the WHATWG URL parser, which
	// the crawler requests URLs through, rejects.
	ErrMalformedURL = fmt.Errorf("crawl: malformed URL: %w", citewatch.ErrInvalid)
	// ErrBadRedirect marks a redirect to a URL that does not parse.
	ErrBadRedirect = fmt.Errorf("crawl: redirect to a malformed URL: %w", citewatch.ErrUnavailable)
	// ErrNotInReplay marks a URL that the replay archive does not hold.
	ErrNotInReplay = fmt.Errorf("crawl: not in replay archive: %w", citewatch.ErrNotFound)
)

// RefusedError is a connection the crawler refused to make because the
// address is loopback, private, link-local, multicast or cloud metadata.
// It wraps citewatch.ErrRefused.
type RefusedError struct {
	Addr   string // the resolved address, or the host for a literal
	Reason string // "loopback", "private", ...
}

func (e *RefusedError) Error() string {
	return fmt.Sprintf("crawl: refused to connect to %s address %s", e.Reason, e.Addr)
}

func (e *RefusedError) Unwrap() error { return citewatch.ErrRefused }

// LimitError is a response over one of the size limits. It wraps
// citewatch.ErrUnavailable.
type LimitError struct {
	What  string // "body" or "decoded body"
	Limit int64
}

func (e *LimitError) Error() string {
	return fmt.Sprintf("crawl: %s larger than %d bytes", e.What, e.Limit)
}

func (e *LimitError) Unwrap() error { return citewatch.ErrUnavailable }

// StatusError is a final response that is not a usable page: a 4xx, or a
// 5xx after the retries. It wraps citewatch.ErrUnavailable.
type StatusError struct {
	Status int
}

func (e *StatusError) Error() string { return fmt.Sprintf("crawl: HTTP status %d", e.Status) }

func (e *StatusError) Unwrap() error { return citewatch.ErrUnavailable }

var errSoft404 = fmt.Errorf("crawl: page says not found: %w", citewatch.ErrUnavailable)

// isRefused reports whether err is a refusal by the address guard.
func isRefused(err error) bool {
	var re *RefusedError
	return errors.As(err, &re)
}
