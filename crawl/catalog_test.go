package crawl

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"time"

	"github.com/citewatch/citewatch"
)

// memCatalog is an in-memory Catalog: a source is due an hour after its
// last fetch, as a stand-in for the catalog's own rule.
type memCatalog struct {
	mu      sync.Mutex
	fetches map[string][]citewatch.Snapshot
}

func newMemCatalog() *memCatalog { return &memCatalog{fetches: map[string][]citewatch.Snapshot{}} }

func (m *memCatalog) List(context.Context) ([]citewatch.Source, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	var out []citewatch.Source
	for url, fs := range m.fetches {
		last := fs[len(fs)-1].FetchedAt
		out = append(out, citewatch.Source{URL: url, LastFetch: last, NextDue: last.Add(time.Hour)})
	}
	return out, nil
}

func (m *memCatalog) LastContent(_ context.Context, url string) (citewatch.Snapshot, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	fs := m.fetches[url]
	for i := len(fs) - 1; i >= 0; i-- {
		switch fs[i].Outcome {
		case citewatch.OutcomeFetched, citewatch.OutcomeImported, citewatch.OutcomeReplayed:
			return fs[i], nil
		}
	}
	return citewatch.Snapshot{}, fmt.Errorf("%w: %s", citewatch.ErrNotFound, url)
}

func (m *memCatalog) RecordFetches(_ context.Context, snaps []citewatch.Snapshot) error {
	for _, s := range snaps {
		if err := s.Validate(); err != nil {
			return err
		}
		if s.Body != nil {
			return fmt.Errorf("catalog got a body for %s", s.URL)
		}
	}
	m.mu.Lock()
	defer m.mu.Unlock()
	for _, s := range snaps {
		m.fetches[s.URL] = append(m.fetches[s.URL], s)
	}
	return nil
}

func (m *memCatalog) last(url string) citewatch.Snapshot {
	m.mu.Lock()
	defer m.mu.Unlock()
	fs := m.fetches[url]
	if len(fs) == 0 {
		return citewatch.Snapshot{}
	}
	return fs[len(fs)-1]
}

// failingCatalog fails every RecordFetches after the first n fetches.
type failingCatalog struct {
	*memCatalog
	mu   sync.Mutex
	left int
}

var errCatalogDown = errors.New("catalog down")

func (f *failingCatalog) RecordFetches(ctx context.Context, snaps []citewatch.Snapshot) error {
	f.mu.Lock()
	ok := len(snaps) <= f.left
	if ok {
		f.left -= len(snaps)
	}
	f.mu.Unlock()
	if !ok {
		return errCatalogDown
	}
	return f.memCatalog.RecordFetches(ctx, snaps)
}
