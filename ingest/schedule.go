package ingest

import (
	"context"
	"fmt"
	"time"

	"github.com/citewatch/citewatch"
)

// Crawler fetches and archives URLs, handing each fetch to handle once
// the catalog holds it. *crawl.Crawler implements it.
type Crawler interface {
	Crawl(ctx context.Context, urls []string, handle func(context.Context, citewatch.Snapshot) error) error
}

// Schedule says which sources each crawl round takes and how often rounds
// come.
type Schedule struct {
	// Due adds the catalog's due sources to the URLs asked for; a round
	// with no URLs asked for always takes them.
	Due bool
	// Limit caps the due sources of one round; 0 takes all.
	Limit int
	// Every repeats the round every Every until the context is cancelled;
	// 0 runs one round. It is at least MinEvery.
	Every time.Duration
}

// MinEvery is the shortest Schedule.Every: each round re-reads the
// catalog, and a source falls due a day after its last check by default,
// so a shorter round only spins.
const MinEvery = time.Minute

// Validate checks the schedule; its error wraps citewatch.ErrInvalid.
func (s Schedule) Validate() error {
	if s.Every < 0 || (s.Every > 0 && s.Every < MinEvery) {
		return fmt.Errorf("%w: --every %v: want at least %v (or 0 for one round)", citewatch.ErrInvalid, s.Every, MinEvery)
	}
	if s.Limit < 0 {
		return fmt.Errorf("%w: --limit %d: want 0 (all) or more", citewatch.ErrInvalid, s.Limit)
	}
	return nil
}

// Crawl crawls urls and, as s says, the catalog's due sources, adding
// every new snapshot to the pipeline as it arrives (see Add). With
// s.Every it repeats until ctx is cancelled, and returns ctx's error.
// A round's error (the crawler's, the catalog's, the index's) stops it.
func (p *Pipeline) Crawl(ctx context.Context, cr Crawler, urls []string, s Schedule) error {
	if err := s.Validate(); err != nil {
		return err
	}
	for {
		list := urls
		if s.Due || len(urls) == 0 {
			due, err := p.Catalog.Due(ctx, time.Now(), s.Limit)
			if err != nil {
				return err
			}
			list = append(list[:len(list):len(list)], sourceURLs(due)...)
		}
		if err := cr.Crawl(ctx, list, p.Add); err != nil {
			return err
		}
		if s.Every <= 0 {
			return nil
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(s.Every):
		}
	}
}

func sourceURLs(srcs []citewatch.Source) []string {
	urls := make([]string, len(srcs))
	for i, s := range srcs {
		urls[i] = s.URL
	}
	return urls
}
