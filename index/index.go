package index

import (
	"context"
	"errors"
	"fmt"
	"os"
	"sync"
	"time"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/index/scorch"
	"github.com/blevesearch/bleve/v2/index/scorch/mergeplan"
	"github.com/rs/zerolog"
	bolterrors "go.etcd.io/bbolt/errors"

	"github.com/citewatch/citewatch"
)

// Options configure Open.
type Options struct {
	// ReadOnly opens the index for queries only: Put and Rebuild fail. A
	// reader shares the index with other readers, and waits up to Wait for
	// a writer's batch to finish.
	ReadOnly bool
	// InMemory keeps the index in memory only (tests); path is ignored and
	// no locks are taken.
	InMemory bool
	// Wait is how long Open waits for another process before returning a
	// *BusyError. Zero means 4 seconds.
	Wait time.Duration
	// WriteWait is how long a writer waits for readers to let go of the
	// index before each write. Zero means 60 seconds.
	WriteWait time.Duration
	// Linger is how long a writer keeps the index open after its last
	// write, so that a run of Puts shares one opening. Zero means one second.
	Linger time.Duration
	// MaxFacts and MaxPassages bound what one page adds to the index,
	// after identical facts (the same statement in the same words) and
	// identical passages are counted once. Zero means DefaultMaxFacts and
	// DefaultMaxPassages.
	MaxFacts    int
	MaxPassages int
}

// Default bounds per page. A treaty's full table of signatures and
// ratifications, or a long report, stays well within them; a page that
// goes past them is hostile or broken, and keeps its first facts and
// passages in page order, with a warning.
const (
	DefaultMaxFacts    = 2000
	DefaultMaxPassages = 10000
)

func (o Options) withDefaults() Options {
	if o.Wait <= 0 {
		o.Wait = 4 * time.Second
	}
	if o.WriteWait <= 0 {
		o.WriteWait = 60 * time.Second
	}
	if o.Linger <= 0 {
		o.Linger = time.Second
	}
	if o.MaxFacts <= 0 {
		o.MaxFacts = DefaultMaxFacts
	}
	if o.MaxPassages <= 0 {
		o.MaxPassages = DefaultMaxPassages
	}
	return o
}

// Index is citewatch's Bleve index of facts and passages.
//
// Concurrency between processes: one process at a time may write; it holds
// an exclusive lock on the file PATH.lock beside the index, with its pid,
// command line and start time written in it, from Open to Close. The
// writer opens the Bleve index itself only while it writes (plus Linger),
// so that readers in other processes, which open the index read-only and
// share it, get in between its batches. A reader that finds a batch being
// written waits up to Options.Wait and then fails with a *BusyError naming
// the writer; a second writer fails the same way.
//
// An Index is safe for concurrent use by multiple goroutines.
type Index struct {
	path string
	opts Options
	log  zerolog.Logger
	lock *writerLock

	putMu sync.Mutex // held by Put

	mu     sync.Mutex
	bi     bleve.Index // nil while a writer has let go of the index
	users  int         // operations using bi
	timer  *time.Timer // closes bi after Linger
	closed bool
}

// Open opens the index at path, creating it when absent unless
// opts.ReadOnly. It returns a *BusyError (wrapping citewatch.ErrBusy) when
// another process is writing the index and does not let go within
// opts.Wait, and an error wrapping citewatch.ErrNotFound when a read-only
// index does not exist.
func Open(path string, opts Options, log zerolog.Logger) (*Index, error) {
	opts = opts.withDefaults()
	ix := &Index{path: path, opts: opts, log: log.With().Str("stage", "index").Logger()}
	if opts.InMemory {
		bi, err := bleve.NewMemOnly(newMapping())
		if err != nil {
			return nil, fmt.Errorf("index: %w", err)
		}
		if err := markSummaries(bi); err != nil {
			return nil, err
		}
		ix.bi = bi
		return ix, nil
	}
	if path == "" {
		return nil, fmt.Errorf("%w: index: no path", citewatch.ErrInvalid)
	}
	if opts.ReadOnly {
		bi, err := ix.openBleve(false)
		if err != nil {
			return nil, err
		}
		ix.bi = bi
		return ix, nil
	}
	if err := os.MkdirAll(parentDir(path), 0o755); err != nil {
		return nil, fmt.Errorf("index: %w", err)
	}
	lock, err := acquireWriter(path, opts.Wait)
	if err != nil {
		return nil, err
	}
	ix.lock = lock
	if _, err := os.Stat(path); errors.Is(err, os.ErrNotExist) {
		bi, err := bleve.NewUsing(path, newMapping(), scorch.Name, scorch.Name, nil)
		if err != nil {
			return nil, fmt.Errorf("index: create %s: %w", path, errors.Join(err, lock.release()))
		}
		if err := markSummaries(bi); err != nil {
			return nil, fmt.Errorf("index: create %s: %w", path, errors.Join(err, bi.Close(), lock.release()))
		}
		if err := bi.Close(); err != nil {
			return nil, fmt.Errorf("index: create %s: %w", path, errors.Join(err, lock.release()))
		}
	}
	return ix, nil
}

func parentDir(path string) string {
	for i := len(path) - 1; i >= 0; i-- {
		if os.IsPathSeparator(path[i]) {
			if i == 0 {
				return "/"
			}
			return path[:i]
		}
	}
	return "."
}

// openBleve opens the on-disk index for writing or read-only, waiting for
// the other side's lock for the configured time.
func (ix *Index) openBleve(write bool) (bleve.Index, error) {
	wait := ix.opts.Wait
	cfg := map[string]any{"read_only": !write}
	if write {
		wait = ix.opts.WriteWait
	}
	cfg["bolt_timeout"] = wait.String()
	bi, err := bleve.OpenUsing(ix.path, cfg)
	if err != nil && !write && errors.Is(err, os.ErrNotExist) {
		// A rebuild swapped the directories while this reader was opening
		// the old one: open the new one.
		time.Sleep(100 * time.Millisecond)
		bi, err = bleve.OpenUsing(ix.path, cfg)
	}
	switch {
	case err == nil:
		return bi, nil
	case errors.Is(err, bleve.ErrorIndexPathDoesNotExist), errors.Is(err, bleve.ErrorIndexMetaMissing):
		return nil, fmt.Errorf("%w: index: no index at %s (crawl or run `citewatch index --rebuild` first)", citewatch.ErrNotFound, ix.path)
	case errors.Is(err, bolterrors.ErrTimeout):
		if write {
			return nil, &BusyError{Path: ix.path, Readers: true}
		}
		return nil, &BusyError{Path: ix.path, Holder: readHolder(ix.path)}
	}
	return nil, fmt.Errorf("index: open %s: %w", ix.path, err)
}

// acquire returns the open Bleve index for one operation, opening it when a
// writer had let go of it. Every acquire is paired with a release.
func (ix *Index) acquire(write bool) (bleve.Index, error) {
	ix.mu.Lock()
	defer ix.mu.Unlock()
	if ix.closed {
		return nil, fmt.Errorf("index: closed")
	}
	if write && ix.opts.ReadOnly {
		return nil, fmt.Errorf("%w: index: opened read-only", citewatch.ErrInvalid)
	}
	if ix.timer != nil {
		ix.timer.Stop()
		ix.timer = nil
	}
	if ix.bi == nil {
		bi, err := ix.openBleve(true)
		if err != nil {
			return nil, err
		}
		ix.bi = bi
	}
	ix.users++
	return ix.bi, nil
}

// release ends an operation; a writer closes the index Linger after the
// last one, letting readers in.
func (ix *Index) release() {
	ix.mu.Lock()
	defer ix.mu.Unlock()
	ix.users--
	if ix.users > 0 || ix.lock == nil || ix.bi == nil {
		return
	}
	ix.timer = time.AfterFunc(ix.opts.Linger, ix.letGo)
}

// letGo closes a writer's idle index.
func (ix *Index) letGo() {
	ix.mu.Lock()
	defer ix.mu.Unlock()
	if ix.users > 0 || ix.bi == nil || ix.closed {
		return
	}
	if err := ix.closeWriter(); err != nil {
		ix.log.Error().Err(err).Msg("closing idle index")
	}
	ix.bi = nil
	ix.timer = nil
}

// Close closes the index and, for a writer, drops the writer lock. It is
// safe to call more than once.
func (ix *Index) Close() error {
	ix.mu.Lock()
	defer ix.mu.Unlock()
	if ix.closed {
		return nil
	}
	ix.closed = true
	if ix.timer != nil {
		ix.timer.Stop()
		ix.timer = nil
	}
	var err error
	if ix.bi != nil {
		err = ix.closeWriter()
		ix.bi = nil
	}
	if lerr := ix.lock.release(); err == nil {
		err = lerr
	}
	if err != nil {
		return fmt.Errorf("index: close: %w", err)
	}
	return nil
}

// mergeAbove is how many file segments a writer may leave behind when it
// closes. Each write adds a segment and Bleve merges them in the
// background, but a short-lived writer (one `archive add`, a crawl that
// lets go of the index between pages) closes before its merger has caught
// up, and every segment left costs every later query: sixteen single-page
// imports made `status` read sixteen segments instead of one.
const mergeAbove = 4

// closeMergePlan is the merge a writer runs before it closes: Bleve's
// default tiered plan with fewer segments per tier, so the small segments
// of the last writes join and the large ones are left alone (a close never
// rewrites the whole index).
var closeMergePlan = func() mergeplan.MergePlanOptions {
	o := mergeplan.DefaultMergePlanOptions
	o.MaxSegmentsPerTier = 1
	return o
}()

// closeWriter closes the open Bleve index, first merging the small
// segments a writer leaves behind (see mergeAbove). The merge is an
// optimisation: when it cannot run, the index closes as it is.
func (ix *Index) closeWriter() error {
	if ix.lock == nil {
		return ix.bi.Close()
	}
	if adv, err := ix.bi.Advanced(); err == nil {
		if sc, ok := adv.(*scorch.Scorch); ok {
			n, _ := sc.StatsMap()["TotFileSegmentsAtRoot"].(uint64)
			if n > mergeAbove {
				plan := closeMergePlan
				if err := sc.ForceMerge(context.Background(), &plan); err != nil {
					ix.log.Warn().Err(err).Msg("merging the index's segments before closing")
				}
			}
		}
	}
	return ix.bi.Close()
}

// Path returns where the index lives; empty for an in-memory index.
func (ix *Index) Path() string {
	if ix.opts.InMemory {
		return ""
	}
	return ix.path
}

func ctxErr(ctx context.Context) error {
	if err := ctx.Err(); err != nil {
		return fmt.Errorf("index: %w", err)
	}
	return nil
}
