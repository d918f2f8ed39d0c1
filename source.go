package citewatch

import (
	"fmt"
	"net/url"
	"time"
)

// Health is the link health of a source, from its latest checks.
type Health string

// Link health values. A source is HealthDead only after three failed checks
// on different days; a single failure gives the failure's own value.
const (
	HealthUnknown    Health = ""           // never checked
	HealthOK         Health = "ok"         // 200 with content
	HealthRedirected Health = "redirected" // ok, but at another URL
	HealthGone       Health = "gone"       // 404 or 410
	HealthSoft404    Health = "soft-404"   // a 200 that says not found, or a redirect to the home page
	HealthRobots     Health = "robots"     // disallowed by robots.txt
	HealthDNS        Health = "dns"        // the host does not resolve
	HealthTimeout    Health = "timeout"    // connect or total timeout
	HealthTLS        Health = "tls"        // certificate or handshake failure
	HealthRefused    Health = "refused"    // citewatch refused the address (private, loopback, metadata)
	HealthError      Health = "error"      // any other failure (5xx after retries, reset, too large)
	HealthDead       Health = "dead"       // failed on three different days
)

// Failed reports whether h is a failed check.
func (h Health) Failed() bool {
	switch h {
	case HealthUnknown, HealthOK, HealthRedirected:
		return false
	}
	return true
}

// Source is a cited web page that citewatch tracks.
type Source struct {
	URL       string    `json:"url"`
	Kind      string    `json:"kind,omitempty"` // intergovernmental, government, wire, news, blog, status-table, essay
	Health    Health    `json:"health,omitempty"`
	HealthTo  string    `json:"health_to,omitempty"` // where a redirected source now points
	AddedAt   time.Time `json:"added_at"`
	LastFetch time.Time `json:"last_fetch,omitzero"`
	NextDue   time.Time `json:"next_due,omitzero"`
	Failures  int       `json:"failures,omitempty"` // consecutive failed checks on different days
}

// Validate reports whether s names an absolute http or https URL.
func (s Source) Validate() error {
	return ValidateURL(s.URL)
}

// ValidateURL reports whether raw is an absolute http or https URL with a host.
// It does not check where the host resolves; the crawler does that at dial time.
func ValidateURL(raw string) error {
	u, err := url.Parse(raw)
	if err != nil {
		return fmt.Errorf("%w: url %q: %v", ErrInvalid, raw, err)
	}
	if u.Scheme != "http" && u.Scheme != "https" {
		return fmt.Errorf("%w: url %q: scheme must be http or https", ErrInvalid, raw)
	}
	if u.Host == "" {
		return fmt.Errorf("%w: url %q: no host", ErrInvalid, raw)
	}
	return nil
}

// Availability says whether a source can be checked against: whether some
// fetch archived its content, its link health and, when there is no
// content, why in words. The catalog reports it; verification reads it.
type Availability struct {
	// Archived is true when some fetch of the URL has content in the archive.
	Archived bool
	// Health is the URL's link health from its latest checks.
	Health Health
	// Detail says in words why there is no content, when there is none:
	// "never fetched", "HTTP 404 on 2025-03-01", the last fetch's error.
	Detail string
	// Memento is set when the newest archived content is a web archive's
	// copy of a source that is gone: verdicts on it say they were read from it.
	Memento *Memento
	// Fetched is when the archived content was fetched (the access date a
	// citation gives), and WARCFile and WARCRecordID where it is archived.
	Fetched      time.Time
	WARCFile     string
	WARCRecordID string
}
