package ingest

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/citewatch/citewatch"
)

// Extractor reads a snapshot's document and the facts it states.
// *extract.Extractor implements it.
type Extractor interface {
	Extract(ctx context.Context, s citewatch.Snapshot) (*citewatch.Document, []citewatch.Fact, error)
}

// Index stores documents and facts. *index.Index implements it.
type Index interface {
	// Put replaces url's entries with doc and facts.
	Put(ctx context.Context, doc *citewatch.Document, facts []citewatch.Fact) error
	// Indexed reports whether the index holds url's payload with digest.
	Indexed(ctx context.Context, url, digest string) bool
	// Rebuild builds a new index from what each yields and swaps it in.
	Rebuild(ctx context.Context, each func(yield func(*citewatch.Document, []citewatch.Fact) error) error) error
}

// Archive is the WARC archive read as a store. archive.Store implements it.
type Archive interface {
	// Load fills s.Body (and Header) from the record s points at.
	Load(s citewatch.Snapshot) (citewatch.Snapshot, error)
	// Archived calls fn with the newest content of every archived URL.
	// After fn has had every readable page it returns an error wrapping
	// citewatch.ErrDamaged when parts of the archive were skipped.
	Archived(ctx context.Context, fn func(citewatch.Snapshot) error) error
}

// Catalog is the sources catalog. *sources.Catalog implements it.
type Catalog interface {
	// List returns every source.
	List(ctx context.Context) ([]citewatch.Source, error)
	// Due returns up to limit (0: all) sources due for a check at now.
	Due(ctx context.Context, now time.Time, limit int) ([]citewatch.Source, error)
	// LastContent returns url's newest snapshot with archived content,
	// or an error wrapping citewatch.ErrNotFound.
	LastContent(ctx context.Context, url string) (citewatch.Snapshot, error)
}

// PageError is a page the pipeline could not index. Its snapshot stays
// archived and catalogued, so a later run (index --rebuild, a newer
// extractor) can try it again.
type PageError struct {
	URL string
	// Step says what went wrong: NotPage, NotExtracted or Unreadable.
	Step string
	Err  error
}

// The steps a PageError names.
const (
	NotPage      = "archived, not indexed"    // an image, a PDF: archived, not read
	NotExtracted = "not extracted"            // the extractor failed on it
	Unreadable   = "archived copy unreadable" // its WARC record could not be loaded
)

func (e *PageError) Error() string { return fmt.Sprintf("%s: %s: %v", e.URL, e.Step, e.Err) }

func (e *PageError) Unwrap() error { return e.Err }

// Tally counts what a Pipeline did.
type Tally struct {
	Pages    int // pages extracted and indexed
	Facts    int // facts those pages stated
	NotPages int // snapshots that are no page to read (images, PDFs)
	Failed   int // pages not extracted, or whose archived copy was unreadable
}

// Pipeline carries snapshots through extraction into the index. Set the
// stages a method needs before calling it: Extractor, Index and Page
// always; Catalog and Archive for CatchUp; Archive for Rebuild. A
// Pipeline is not safe for concurrent use; the crawler hands it one
// snapshot at a time.
type Pipeline struct {
	Extractor Extractor
	Index     Index
	Catalog   Catalog
	Archive   Archive
	// Page returns an error saying why a snapshot is no page that the
	// extractor reads (an image, a PDF), or nil: crawl.Page.
	Page func(citewatch.Snapshot) error
	// Report, when set, is told of each page the pipeline could not
	// index, as it happens.
	Report func(*PageError)

	tally Tally
	seen  map[string]bool // URLs handed to Add
}

// Tally returns what the pipeline has done so far.
func (p *Pipeline) Tally() Tally { return p.tally }

// Add extracts and indexes s when it carries new content (a Body);
// revisits and failed fetches carry none and change nothing. A snapshot
// that is no page, or that the extractor cannot read, is reported and
// counted, not returned: it does not stop a crawl. Add returns ctx's error
// or the index's.
func (p *Pipeline) Add(ctx context.Context, s citewatch.Snapshot) error {
	if p.seen == nil {
		p.seen = map[string]bool{}
	}
	p.seen[s.URL] = true
	doc, facts, err := p.read(ctx, s)
	if err != nil || doc == nil {
		return err
	}
	if err := p.Index.Put(ctx, doc, facts); err != nil {
		return fmt.Errorf("ingest: index %s: %w", s.URL, err)
	}
	return nil
}

// read is the one page → extract step: it returns s's document and facts,
// or a nil document when s has no content or is reported as a PageError.
// Its error is ctx's.
func (p *Pipeline) read(ctx context.Context, s citewatch.Snapshot) (*citewatch.Document, []citewatch.Fact, error) {
	if len(s.Body) == 0 {
		return nil, nil, nil
	}
	if err := p.Page(s); err != nil {
		p.tally.NotPages++
		p.report(&PageError{URL: s.URL, Step: NotPage, Err: err})
		return nil, nil, nil
	}
	doc, facts, err := p.Extractor.Extract(ctx, s)
	if err != nil {
		if ctx.Err() != nil {
			return nil, nil, ctx.Err()
		}
		p.tally.Failed++
		p.report(&PageError{URL: s.URL, Step: NotExtracted, Err: err})
		return nil, nil, nil
	}
	p.tally.Pages++
	p.tally.Facts += len(facts)
	return doc, facts, nil
}

func (p *Pipeline) report(e *PageError) {
	if p.Report != nil {
		p.Report(e)
	}
}

// CatchUp indexes the archived content of urls (nil: every source in the
// catalog) that Add has not seen and the index does not hold: sources a
// crawl skipped as not due, or fetched by an earlier run whose indexing
// was cut short. A URL with nothing archived is skipped.
func (p *Pipeline) CatchUp(ctx context.Context, urls []string) error {
	if urls == nil {
		srcs, err := p.Catalog.List(ctx)
		if err != nil {
			return err
		}
		for _, s := range srcs {
			urls = append(urls, s.URL)
		}
	}
	for _, u := range urls {
		if p.seen[u] {
			continue
		}
		snap, err := p.Catalog.LastContent(ctx, u)
		if errors.Is(err, citewatch.ErrNotFound) {
			continue
		}
		if err != nil {
			return err
		}
		if p.Index.Indexed(ctx, snap.URL, snap.PayloadDigest) {
			continue
		}
		snap, err = p.Archive.Load(snap)
		if err != nil {
			p.tally.Failed++
			p.report(&PageError{URL: u, Step: Unreadable, Err: err})
			continue
		}
		if err := p.Add(ctx, snap); err != nil {
			return err
		}
	}
	return nil
}

// Rebuild re-extracts every page of the archive and replaces the index
// with the results; searches keep the old index until the new one is
// swapped in. each, when set, also gets every page's document and facts.
// Damaged parts of the archive are skipped: the rest is rebuilt, and then
// the damage is returned (wrapping citewatch.ErrDamaged).
func (p *Pipeline) Rebuild(ctx context.Context, each func(*citewatch.Document, []citewatch.Fact) error) error {
	var damage error
	err := p.Index.Rebuild(ctx, func(yield func(*citewatch.Document, []citewatch.Fact) error) error {
		err := p.Archive.Archived(ctx, func(s citewatch.Snapshot) error {
			doc, facts, err := p.read(ctx, s)
			if err != nil || doc == nil {
				return err
			}
			if each != nil {
				if err := each(doc, facts); err != nil {
					return err
				}
			}
			return yield(doc, facts)
		})
		if errors.Is(err, citewatch.ErrDamaged) {
			damage = err
			return nil
		}
		return err
	})
	if err != nil {
		return err
	}
	return damage
}
