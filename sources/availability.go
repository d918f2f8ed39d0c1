package sources

import (
	"context"
	"errors"
	"fmt"
	"strings"

	"github.com/citewatch/citewatch"
)

// Availability reports what the catalog knows of url for verification. It
// returns an error wrapping citewatch.ErrNotFound when url is not a known
// source. It is safe for concurrent use.
func (c *Catalog) Availability(ctx context.Context, url string) (citewatch.Availability, error) {
	src, err := c.Source(ctx, url)
	if err != nil {
		return citewatch.Availability{}, err
	}
	a := citewatch.Availability{Health: src.Health}
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
