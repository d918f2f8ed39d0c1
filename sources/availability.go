package sources

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/citewatch/citewatch"
)

// Availability says whether a source can be checked against: whether
// some fetch archived its content, its link health, and, when there is no
// content, why in words.
type Availability struct {
	Archived bool
	Health   citewatch.Health
	Detail   string // "never fetched", "HTTP 404 on 2025-03-01", the last fetch's error
	// Memento is set when the newest archived content is a web archive's
	// copy of the source (the source itself being gone).
	Memento *citewatch.Memento
	// Fetched is when the archived content was fetched (the access date a
	// citation gives), and WARCFile and WARCRecordID where it is archived.
	Fetched      time.Time
	WARCFile     string
	WARCRecordID string
}

// Availability reports what the catalog knows of url for verification. It
// returns an error wrapping citewatch.ErrNotFound when url is not a known
// source. It is safe for concurrent use.
func (c *Catalog) Availability(ctx context.Context, url string) (Availability, error) {
	src, err := c.Source(ctx, url)
	if err != nil {
		return Availability{}, err
	}
	a := Availability{Health: src.Health}
	if s, err := c.LastContent(ctx, url); err == nil {
		a.Archived = true
		a.Fetched, a.WARCFile, a.WARCRecordID = s.FetchedAt, s.WARCFile, s.WARCRecordID
		if s.Outcome == citewatch.OutcomeMemento {
			a.Memento = &citewatch.Memento{URL: s.Target(), Datetime: firstValue(s.Header, "Memento-Datetime")}
		}
		return a, nil
	} else if !errors.Is(err, citewatch.ErrNotFound) {
		return a, err
	}
	last, err := c.LastFetch(ctx, url)
	switch {
	case errors.Is(err, citewatch.ErrNotFound):
		a.Detail = "never fetched"
	case err != nil:
		return a, err
	case last.Error != "":
		a.Detail = last.Error
	case last.Status != 0:
		a.Detail = fmt.Sprintf("HTTP %d on %s", last.Status, last.FetchedAt.Format("2006-01-02"))
	}
	return a, nil
}

// firstValue returns a header's first value, by canonical or lower-case name.
func firstValue(h map[string][]string, name string) string {
	for k, v := range h {
		if len(v) > 0 && strings.EqualFold(k, name) {
			return v[0]
		}
	}
	return ""
}
