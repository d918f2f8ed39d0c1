package crawl

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"net/http"
	"os"
	"path/filepath"
	"sort"
	"time"

	"github.com/rs/zerolog"

	"github.com/citewatch/citewatch"
	"github.com/citewatch/citewatch/crawl/warc"
)

// replayed is the archived response a replay answered with.
type replayed struct {
	rec *warc.Record
	dir string
	loc warc.Location
}

// replayIndex answers requests from WARC files: for each URL, the newest
// response record. It never touches the network. It is safe for
// concurrent use once built.
type replayIndex struct {
	entries map[string]replayEntry
}

type replayEntry struct {
	dir  string
	loc  warc.Location
	date time.Time
}

// openReplay indexes the response records of the WARC files in paths
// (files, or folders whose *.warc.gz and *.warc files are read). A torn
// last record, as a killed crawl leaves, ends its file; damaged parts of a
// file, and files of a folder that are not WARC, are skipped with a
// warning. A named file that is not WARC is an error wrapping
// citewatch.ErrInvalid.
func openReplay(paths []string, log zerolog.Logger) (*replayIndex, error) {
	var files []string
	inFolder := map[string]bool{}
	for _, p := range paths {
		fi, err := os.Stat(p)
		if err != nil {
			return nil, fmt.Errorf("crawl: replay: %w", err)
		}
		if !fi.IsDir() {
			files = append(files, p)
			continue
		}
		for _, pat := range []string{"*.warc.gz", "*.warc"} {
			m, _ := filepath.Glob(filepath.Join(p, pat))
			for _, name := range m {
				inFolder[name] = true
			}
			files = append(files, m...)
		}
	}
	sort.Strings(files)
	ri := &replayIndex{entries: map[string]replayEntry{}}
	for _, name := range files {
		err := ri.add(name, log)
		if errors.Is(err, citewatch.ErrInvalid) && inFolder[name] {
			// A file of a folder that is not WARC: the rest still answers.
			log.Warn().Str("file", name).Err(err).Msg("replay: not a WARC file, skipped")
			continue
		}
		if err != nil {
			return nil, err
		}
	}
	return ri, nil
}

func (ri *replayIndex) add(name string, log zerolog.Logger) error {
	dir := filepath.Dir(name)
	damage, truncated, err := warc.ScanFile(context.Background(), name, func(rec *warc.Record, loc warc.Location) error {
		if rec.Type != warc.TypeResponse || !rec.IsHTTP() {
			return nil
		}
		key, err := normalizeURL(rec.TargetURI())
		if err != nil {
			return nil
		}
		date := rec.Date()
		if old, ok := ri.entries[key]; ok && old.date.After(date) {
			return nil
		}
		ri.entries[key] = replayEntry{dir: filepath.Clean(dir), loc: loc, date: date}
		return nil
	})
	if err != nil {
		return fmt.Errorf("crawl: replay %s: %w", name, err)
	}
	if truncated {
		log.Warn().Str("file", name).Msg("replay: torn last record skipped")
	}
	for _, d := range damage {
		log.Warn().Str("file", name).Int64("offset", d.Offset).Int64("resume", d.Resume).Err(d.Err).Msg("replay: damaged WARC data skipped")
	}
	return nil
}

func (ri *replayIndex) RoundTrip(req *http.Request) (*http.Response, error) {
	key, err := normalizeURL(req.URL.String())
	if err != nil {
		key = req.URL.String()
	}
	e, ok := ri.entries[key]
	if !ok {
		return nil, fmt.Errorf("%w: %s", ErrNotInReplay, req.URL)
	}
	rec, err := warc.ReadAt(e.dir, e.loc)
	if err != nil {
		return nil, fmt.Errorf("crawl: replay %s: %w", req.URL, err)
	}
	hr, err := warc.ParseHTTPResponse(rec.Block)
	if err != nil {
		return nil, fmt.Errorf("crawl: replay %s: %w", req.URL, err)
	}
	if h, ok := req.Context().Value(hopKey).(*hop); ok {
		h.replayed = &replayed{rec: rec, dir: e.dir, loc: e.loc}
		h.IP = rec.Header.Get(warc.FieldIPAddress)
	}
	hdr := hr.Header.Clone()
	hdr.Del("Transfer-Encoding") // the body is de-chunked
	return &http.Response{
		Status:        fmt.Sprintf("%d %s", hr.Status, http.StatusText(hr.Status)),
		StatusCode:    hr.Status,
		Proto:         "HTTP/1.1",
		ProtoMajor:    1,
		ProtoMinor:    1,
		Header:        hdr,
		Body:          &buffered{Reader: bytes.NewReader(hr.Body), b: hr.Body},
		ContentLength: int64(len(hr.Body)),
		Request:       req,
	}, nil
}

// inArchive reports whether dir is the crawler's own archive folder.
func (c *Crawler) inArchive(dir string) bool {
	a, err1 := filepath.Abs(dir)
	b, err2 := filepath.Abs(c.cfg.ArchiveDir)
	return err1 == nil && err2 == nil && a == b
}
