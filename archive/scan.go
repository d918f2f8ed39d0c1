package archive

import (
	"context"
	"errors"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"sort"
	"time"

	"github.com/citewatch/citewatch"
	"github.com/citewatch/citewatch/crawl/warc"
)

// scanned is the newest record of one target URI found by Archived.
type scanned struct {
	loc      warc.Location
	date     time.Time
	id       string
	digest   string
	status   int
	location string // a redirect's Location, resolved
	imported bool
}

// Archived calls fn with the newest content of every URL in the archive
// folder, read from the WARC files alone (no catalog), so that an index can
// always be rebuilt from the archive. A URL's content is its newest 2xx
// response or imported resource record; a URL whose newest response is a
// redirect gets the content its redirect chain ends at, with FinalURL and
// Redirects set. Snapshots come in URL order with Body and Header loaded.
//
// A torn last record, as a killed crawl leaves, is skipped. Damaged parts
// of a file (and files that are not WARC) are skipped too, and the rest is
// read: after fn has had every readable page, Archived returns a
// *DamageError listing what it skipped. fn's error or ctx's stops the scan
// and is returned.
func (st Store) Archived(ctx context.Context, fn func(citewatch.Snapshot) error) error {
	files, err := warcFiles(st.Dir)
	if err != nil {
		return err
	}
	newest := map[string]scanned{}
	var damage []warc.Damage
	for _, name := range files {
		d, err := scanFile(ctx, st.Dir, name, newest)
		damage = append(damage, d...)
		if err != nil {
			return err
		}
	}
	urls := make([]string, 0, len(newest))
	for u := range newest {
		urls = append(urls, u)
	}
	sort.Strings(urls)
	for _, u := range urls {
		if err := ctx.Err(); err != nil {
			return err
		}
		s, ok := follow(u, newest)
		if !ok {
			continue
		}
		s, err := st.Load(s)
		if err != nil {
			if ctx.Err() != nil {
				return ctx.Err()
			}
			damage = append(damage, warc.Damage{File: s.WARCFile, Offset: s.WARCOffset, Resume: -1, Err: err})
			continue
		}
		if err := fn(s); err != nil {
			return err
		}
	}
	return damageError(damage)
}

// maxRedirects bounds the redirect chain follow walks: more than a crawl
// follows (crawl.DefaultMaxRedirects is 10), and a guard against a loop.
const maxRedirects = 20

// follow builds the snapshot of u: its own content, or the content at the
// end of its redirect chain (at most maxRedirects hops).
func follow(u string, newest map[string]scanned) (citewatch.Snapshot, bool) {
	s := citewatch.Snapshot{URL: u}
	at := u
	for range maxRedirects + 1 {
		e := newest[at]
		switch {
		case e.imported || (e.status >= 200 && e.status < 300):
			if at != u {
				s.FinalURL = at
			}
			s.Status, s.FetchedAt = e.status, e.date
			s.WARCFile, s.WARCOffset, s.WARCRecordID, s.PayloadDigest = e.loc.File, e.loc.Offset, e.id, e.digest
			s.Outcome = citewatch.OutcomeFetched
			if e.imported {
				s.Outcome = citewatch.OutcomeImported
			}
			return s, true
		case e.status >= 300 && e.status < 400 && e.location != "":
			if _, seen := newest[e.location]; !seen {
				return s, false
			}
			s.Redirects = append(s.Redirects, at)
			at = e.location
		default:
			return s, false
		}
	}
	return s, false
}

// scanFile records the newest response or imported resource record per
// target URI of one WARC file, and returns the parts it had to skip.
func scanFile(ctx context.Context, dir, name string, newest map[string]scanned) ([]warc.Damage, error) {
	damage, _, err := warc.ScanFile(ctx, filepath.Join(dir, name), func(rec *warc.Record, loc warc.Location) error {
		e := scanned{date: rec.Date(), id: rec.ID(), digest: rec.PayloadDigest()}
		switch {
		case rec.Type == warc.TypeResource && rec.Header.Get(warc.FieldImported) == "true":
			e.imported = true
		case rec.Type == warc.TypeResponse && rec.IsHTTP():
			hr, err := warc.ParseHTTPResponse(rec.Block)
			if err != nil {
				return nil // an unreadable response holds no content to index
			}
			e.status = hr.Status
			if loc := hr.Header.Get("Location"); loc != "" {
				e.location = resolveRef(rec.TargetURI(), loc)
			}
		default:
			return nil
		}
		e.loc = loc
		target := rec.TargetURI()
		if old, ok := newest[target]; ok && old.date.After(e.date) {
			return nil
		}
		newest[target] = e
		return nil
	})
	switch {
	case err == nil:
		return damage, nil
	case errors.Is(err, citewatch.ErrInvalid): // not a WARC file at all
		return append(damage, warc.Damage{File: name, Resume: -1, Err: err}), nil
	case ctx.Err() != nil:
		return damage, ctx.Err()
	}
	return damage, fmt.Errorf("archive: %w", err)
}

// resolveRef resolves a Location header against the URL it came from.
func resolveRef(base, ref string) string {
	b, err := url.Parse(base)
	if err != nil {
		return ref
	}
	r, err := b.Parse(ref)
	if err != nil {
		return ref
	}
	return r.String()
}

// warcFiles lists the WARC files of dir in name (so time) order; a missing
// folder is an empty archive.
func warcFiles(dir string) ([]string, error) {
	entries, err := os.ReadDir(dir)
	if errors.Is(err, os.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, fmt.Errorf("archive: %w", err)
	}
	var names []string
	for _, e := range entries {
		n := e.Name()
		if !e.IsDir() && (filepath.Ext(n) == ".warc" || len(n) > 8 && n[len(n)-8:] == ".warc.gz") {
			names = append(names, n)
		}
	}
	sort.Strings(names)
	return names, nil
}
