package archive

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/citewatch/citewatch"
	"github.com/citewatch/citewatch/crawl/warc"
)

// Store is the WARC archive folder Dir read as a store of snapshots. Its
// methods only read, and are safe for concurrent use.
type Store struct {
	Dir string
}

// MaxDecoded bounds the page Load decodes from a record's gzip content
// coding: a record holds the body as received, and a small one may decode
// to a great deal. It is the crawler's default limit for the same.
const MaxDecoded = 50 << 20

// ErrRevisit is returned by Load for a revisit snapshot, which holds no
// payload of its own: load the snapshot it refers to. It wraps
// citewatch.ErrInvalid.
var ErrRevisit = fmt.Errorf("archive: a revisit record has no payload: %w", citewatch.ErrInvalid)

// Load fills s.Body (decoded) and, for an HTTP response, s.Header from the
// record s points at in the archive. It returns an error wrapping
// citewatch.ErrNotFound when the file or record is missing, ErrRevisit for
// a revisit, and warc.ErrTruncated for a record torn by a crash.
func (st Store) Load(s citewatch.Snapshot) (citewatch.Snapshot, error) {
	if s.WARCFile == "" {
		return s, fmt.Errorf("%w: archive: snapshot of %s has no WARC record", citewatch.ErrNotFound, s.URL)
	}
	rec, err := warc.ReadAt(st.Dir, warc.Location{File: s.WARCFile, Offset: s.WARCOffset})
	if err != nil {
		return s, fmt.Errorf("archive: load %s: %w", s.URL, err)
	}
	switch rec.Type {
	case warc.TypeRevisit:
		return s, ErrRevisit
	case warc.TypeResource:
		s.Body = rec.Block
		if s.ContentType == "" {
			s.ContentType = rec.Header.Get(warc.FieldContentType)
		}
		return s, nil
	case warc.TypeResponse:
		hr, err := warc.ParseHTTPResponse(rec.Block)
		if err != nil {
			return s, fmt.Errorf("archive: load %s: %w", s.URL, err)
		}
		body, err := warc.DecodeBody(hr.Header.Get("Content-Encoding"), hr.Body, MaxDecoded)
		if errors.Is(err, warc.ErrTooLarge) {
			err = fmt.Errorf("%w (past %d bytes)", err, MaxDecoded)
		}
		if err != nil {
			return s, fmt.Errorf("archive: load %s: %w", s.URL, err)
		}
		s.Body, s.Header = body, hr.Header
		if s.ContentType == "" {
			s.ContentType = hr.Header.Get("Content-Type")
		}
		return s, nil
	}
	return s, fmt.Errorf("%w: archive: load %s: a %s record holds no page", citewatch.ErrInvalid, s.URL, rec.Type)
}

// Catalog says where the archived copies of a URL are.
// *sources.Catalog implements it.
type Catalog interface {
	// History returns url's fetches that archived content (not
	// revisits), oldest first, or an error wrapping citewatch.ErrNotFound
	// when there is none.
	History(ctx context.Context, url string) ([]citewatch.Snapshot, error)
}

// Newest loads the newest archived copy of url, as cat records it, with
// Body (and Header) set. It returns cat's error wrapping
// citewatch.ErrNotFound when url has no archived copy, and Load's errors.
func (st Store) Newest(ctx context.Context, cat Catalog, url string) (citewatch.Snapshot, error) {
	hist, err := cat.History(ctx, url)
	if err != nil {
		return citewatch.Snapshot{}, err
	}
	return st.Load(hist[len(hist)-1])
}

// Pair loads two archived copies of url to compare: newer is the newest
// fetched at or before to (the zero time: the newest of all), older the
// newest fetched at or before from, or, when from is zero, the copy before
// newer. It returns an error wrapping citewatch.ErrInvalid when from is
// after to, one wrapping citewatch.ErrNotFound when url has no copy at or
// before to, or no older copy than newer to compare it with, and Load's
// errors.
func (st Store) Pair(ctx context.Context, cat Catalog, url string, from, to time.Time) (older, newer citewatch.Snapshot, err error) {
	if !from.IsZero() && !to.IsZero() && from.After(to) {
		return older, newer, fmt.Errorf("%w: archive: the older copy's time %s is after the newer's %s", citewatch.ErrInvalid, from.Format(time.RFC3339), to.Format(time.RFC3339))
	}
	hist, err := cat.History(ctx, url)
	if err != nil {
		return older, newer, err
	}
	ni := newestAt(hist, to, len(hist)-1)
	if ni < 0 {
		return older, newer, fmt.Errorf("%w: archive: %s has no archived copy at or before %s", citewatch.ErrNotFound, url, to.Format(time.RFC3339))
	}
	oi := newestAt(hist, from, ni-1)
	if oi == ni {
		oi = -1 // from picks newer itself
	}
	if oi < 0 {
		return older, newer, fmt.Errorf("%w: archive: %s has only one archived copy to compare (fetched %s)", citewatch.ErrNotFound, url, hist[ni].FetchedAt.Format(time.RFC3339))
	}
	if older, err = st.Load(hist[oi]); err != nil {
		return older, newer, err
	}
	newer, err = st.Load(hist[ni])
	return older, newer, err
}

// newestAt returns the index in hist (oldest first) of the newest snapshot
// fetched at or before t, or def when t is zero; -1 when none is.
func newestAt(hist []citewatch.Snapshot, t time.Time, def int) int {
	if t.IsZero() {
		return def
	}
	for i := len(hist) - 1; i >= 0; i-- {
		if !hist[i].FetchedAt.After(t) {
			return i
		}
	}
	return -1
}
