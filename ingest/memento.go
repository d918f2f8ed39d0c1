package ingest

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"strings"

	"github.com/citewatch/citewatch"
)

// DefaultTimeGate is the web archive asked for a dead source's archived
// copy unless another is configured: the Internet Archive's Wayback
// Machine, whose /web/URL address is an RFC 7089 TimeGate.
const DefaultTimeGate = "https://web.archive.org/web/"

// MementoCatalog is what rescuing needs of the catalog. *sources.Catalog
// implements it.
type MementoCatalog interface {
	// LastContent returns url's newest snapshot with archived content,
	// or an error wrapping citewatch.ErrNotFound.
	LastContent(ctx context.Context, url string) (citewatch.Snapshot, error)
	// LastFetch returns url's newest fetch, or an error wrapping
	// citewatch.ErrNotFound.
	LastFetch(ctx context.Context, url string) (citewatch.Snapshot, error)
	// RecordFetches records snapshots.
	RecordFetches(ctx context.Context, s []citewatch.Snapshot) error
	// Remove drops a source from the catalog (its fetches stay).
	Remove(ctx context.Context, url string) error
}

// Rescued is a dead source and what became of the search for its
// archived copy.
type Rescued struct {
	URL     string
	Memento *citewatch.Memento // nil when no copy was found
	Err     error              // why not
}

// Rescue finds an archived copy of each of urls that is gone (404 or 410,
// a soft 404, or dead by the three-strike rule) and has no archived content
// of its own: it asks the TimeGate at timegate (timegate followed by the
// URL, as the Wayback Machine and other RFC 7089 archives take it) through
// cr, the same guarded, polite crawler as every fetch, so the TimeGate's
// redirect lands on the memento. A memento found is recorded as the
// source's content (OutcomeMemento, with the memento's address as its
// FinalURL and its Memento-Datetime header kept) and indexed under the
// source's own URL, so verification reads it and says so. It returns one
// Rescued per dead source, and ctx's or the catalog's error.
func (p *Pipeline) Rescue(ctx context.Context, cr Crawler, cat MementoCatalog, timegate string, urls []string) ([]Rescued, error) {
	if timegate == "" {
		timegate = DefaultTimeGate
	}
	var dead []string
	gate := map[string]string{} // TimeGate URL -> source URL
	for _, u := range urls {
		if _, err := cat.LastContent(ctx, u); err == nil {
			continue
		} else if !errors.Is(err, citewatch.ErrNotFound) {
			return nil, err
		}
		last, err := cat.LastFetch(ctx, u)
		if errors.Is(err, citewatch.ErrNotFound) {
			continue
		} else if err != nil {
			return nil, err
		}
		if !gone(last) {
			continue
		}
		dead = append(dead, u)
		gate[timegate+u] = u
	}
	if len(dead) == 0 {
		return nil, nil
	}
	found := map[string]*Rescued{}
	for _, u := range dead {
		found[u] = &Rescued{URL: u}
	}
	var gates []string
	for g := range gate {
		gates = append(gates, g)
	}
	err := cr.Crawl(ctx, gates, func(ctx context.Context, s citewatch.Snapshot) error {
		src := gate[s.URL]
		r := found[src]
		if r == nil {
			return nil
		}
		if len(s.Body) == 0 || s.Status != http.StatusOK || s.Health.Failed() {
			why := s.Error
			if why == "" {
				why = fmt.Sprintf("HTTP %d", s.Status)
			}
			r.Err = fmt.Errorf("no archived copy at %s: %s", timegate, why)
			return nil
		}
		m := s
		m.URL = src
		m.FinalURL = s.Target()
		m.Redirects = append([]string{s.URL}, s.Redirects...)
		m.Outcome = citewatch.OutcomeMemento
		m.Health = ""
		m.Error = ""
		if err := cat.RecordFetches(ctx, []citewatch.Snapshot{m}); err != nil {
			return err
		}
		r.Memento = &citewatch.Memento{URL: m.FinalURL, Datetime: headerValue(s.Header, "Memento-Datetime")}
		return p.Add(ctx, m)
	})
	// The TimeGate addresses were fetched like any URL; they are no
	// sources of the document, so no later crawl should take them.
	for _, g := range gates {
		if rerr := cat.Remove(ctx, g); rerr != nil && !errors.Is(rerr, citewatch.ErrNotFound) && err == nil {
			err = rerr
		}
	}
	out := make([]Rescued, 0, len(dead))
	for _, u := range dead {
		r := found[u]
		if r.Memento == nil && r.Err == nil {
			r.Err = fmt.Errorf("no archived copy at %s", timegate)
		}
		out = append(out, *r)
	}
	return out, err
}

// gone reports whether a fetch found its source gone for good: a 404 or
// 410, a page saying it is not found, or dead after failed checks on three
// days.
func gone(s citewatch.Snapshot) bool {
	switch s.Health {
	case citewatch.HealthGone, citewatch.HealthSoft404, citewatch.HealthDead:
		return true
	}
	return s.Status == http.StatusNotFound || s.Status == http.StatusGone
}

// headerValue returns a header's first value, whatever the name's case.
func headerValue(h map[string][]string, name string) string {
	for k, v := range h {
		if len(v) > 0 && strings.EqualFold(k, name) {
			return v[0]
		}
	}
	return ""
}
