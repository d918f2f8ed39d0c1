package index

import (
	"context"
	"errors"
	"fmt"
	"hash/maphash"
	"os"
	"runtime"
	"syscall"
	"time"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/index/scorch"
	"github.com/rs/zerolog"

	"github.com/citewatch/citewatch"
)

// Put indexes doc's passages and facts, replacing every fact and passage
// indexed before for doc.URL. It does nothing when doc.PayloadDigest is set
// and is the digest already indexed for doc.URL, so callers may Put every
// snapshot and only changed ones cost work. doc may be nil for facts whose
// page is not at hand; they are then filed under their citation's URL and
// replace nothing.
//
// Put returns an error wrapping citewatch.ErrInvalid for a document or fact
// that does not validate, and a *BusyError when readers hold the index past
// Options.WriteWait. It is safe for concurrent use.
func (ix *Index) Put(ctx context.Context, doc *citewatch.Document, facts []citewatch.Fact) error {
	if err := ctxErr(ctx); err != nil {
		return err
	}
	if doc != nil {
		if err := doc.Validate(); err != nil {
			return fmt.Errorf("index: %w", err)
		}
	}
	for _, f := range facts {
		if err := f.Validate(); err != nil {
			return fmt.Errorf("index: %w", err)
		}
	}
	// One Put at a time: each recomputes summaries from what the index
	// holds once its facts are in, and two at once could each write a
	// summary made before the other's facts.
	ix.putMu.Lock()
	defer ix.putMu.Unlock()
	bi, err := ix.acquire(true)
	if err != nil {
		return err
	}
	defer ix.release()

	b := bi.NewBatch()
	var touched parts     // the summaries to recompute, when the index keeps them
	var replaced []string // the entries read before from the page
	if hasSummaries(bi) {
		touched = parts{}
	}
	if doc != nil {
		if doc.PayloadDigest != "" && indexedDigest(bi, doc.URL) == doc.PayloadDigest {
			ix.log.Debug().Str("url", doc.URL).Msg("unchanged payload, not reindexed")
			return nil
		}
		if replaced, err = idsOf(ctx, bi, doc.URL); err != nil {
			return err
		}
		if touched != nil && len(replaced) > 0 {
			if err := partsOfSource(ctx, bi, doc.URL, touched); err != nil {
				return err
			}
		}
		for _, id := range replaced {
			b.Delete(id)
		}
	}
	flush := func() error {
		if err := ctxErr(ctx); err != nil {
			return err
		}
		if err := bi.Batch(b); err != nil {
			return fmt.Errorf("index: put %s: %w", docURL(doc), err)
		}
		b.Reset()
		return nil
	}
	kept, err := ix.bounds().addEntries(b, doc, facts, flush)
	if err != nil {
		return err
	}
	if touched != nil {
		// The summaries go in the same batch as the facts (for a page of
		// ordinary size): they are made from the facts in the index but
		// those this Put replaces, and the facts it adds.
		p := pending{gone: make(map[string]bool, len(replaced)+len(kept))}
		for _, id := range replaced {
			p.gone[id] = true
		}
		at := map[string]int{} // a fact's place in p.facts by entry ID: the last of an ID is the one written
		for _, f := range kept {
			id := factID(f)
			if i, ok := at[id]; ok {
				p.facts[i] = f
			} else {
				at[id] = len(p.facts)
				p.facts = append(p.facts, f)
			}
			p.gone[id] = true
			touched.addFact(f.Treaty, f.Party)
		}
		if err := writeSummaries(ctx, bi, b, touched, p, flush); err != nil {
			return err
		}
	}
	if err := addPage(b, doc); err != nil {
		return err
	}
	if b.Size() > 0 {
		if err := flush(); err != nil {
			return err
		}
	}
	ix.log.Debug().Str("url", docURL(doc)).Int("facts", len(facts)).Msg("indexed")
	return nil
}

func docURL(doc *citewatch.Document) string {
	if doc == nil {
		return "(no document)"
	}
	return doc.URL
}

// bounds are the per-page limits of Options, which addEntries applies.
type bounds struct {
	facts, passages int
	log             zerolog.Logger
}

func (ix *Index) bounds() bounds {
	return bounds{facts: ix.opts.MaxFacts, passages: ix.opts.MaxPassages, log: ix.log}
}

// addEntries adds doc's passage and fact entries to b, and returns the
// facts it added. Repeated facts and passages are added once, and at most
// the bounds of each, with a warning naming the page when some are left
// out. Whenever b holds bulkBatch entries it calls flush, which must
// write and empty b: a page of a hundred thousand sentences is then
// written in parts instead of one batch whose memory grows with the page,
// and a Put cut off part way, before addPage, leaves no digest behind, so
// it is done again.
func (bd bounds) addEntries(b entrySink, doc *citewatch.Document, facts []citewatch.Fact, flush func() error) (kept []citewatch.Fact, err error) {
	add := func(id string, e any) error {
		if err := b.Index(id, e); err != nil {
			return err
		}
		if b.Size() >= bulkBatch {
			return flush()
		}
		return nil
	}
	facts, factDups, factsCut := boundFacts(facts, bd.facts)
	var ps []citewatch.Passage
	passageDups, passagesCut := 0, 0
	if doc != nil {
		ps, passageDups, passagesCut = passages(doc, bd.passages)
	}
	if factsCut > 0 || passagesCut > 0 {
		bd.log.Warn().Str("url", docURL(doc)).Int("facts_left_out", factsCut).Int("passages_left_out", passagesCut).
			Int("max_facts", bd.facts).Int("max_passages", bd.passages).
			Int("repeated_facts", factDups).Int("repeated_passages", passageDups).
			Msg("page has more facts or passages than a page may add: the first are indexed")
	} else if factDups > 0 || passageDups > 0 {
		bd.log.Debug().Str("url", docURL(doc)).Int("repeated_facts", factDups).Int("repeated_passages", passageDups).Msg("repeated statements indexed once")
	}
	if doc != nil {
		for i, p := range ps {
			e, err := passageEntry(doc, p, i)
			if err != nil {
				return nil, err
			}
			if err := add(passageID(doc.URL, i), e); err != nil {
				return nil, fmt.Errorf("index: passage of %s: %w", doc.URL, err)
			}
		}
	}
	for _, f := range facts {
		e, err := factEntry(doc, f)
		if err != nil {
			return nil, err
		}
		if err := add(factID(f), e); err != nil {
			return nil, fmt.Errorf("index: fact %s: %w", f.ID, err)
		}
	}
	return facts, nil
}

// addPage adds doc's page entry to b, which holds the payload digest Put
// and Indexed compare: it is written after everything else read from the
// page. A nil doc has none.
func addPage(b entrySink, doc *citewatch.Document) error {
	if doc == nil {
		return nil
	}
	if err := b.Index(pageID(doc.URL), map[string]any{fieldType: typePage, fieldSource: doc.URL, fieldDigest: doc.PayloadDigest}); err != nil {
		return fmt.Errorf("index: page %s: %w", doc.URL, err)
	}
	return nil
}

// indexedDigest returns the payload digest indexed for url, or "".
func indexedDigest(bi bleve.Index, url string) string {
	req := bleve.NewSearchRequest(bleve.NewDocIDQuery([]string{pageID(url)}))
	req.Fields = []string{fieldDigest}
	res, err := bi.Search(req)
	if err != nil || len(res.Hits) == 0 {
		return ""
	}
	s, _ := res.Hits[0].Fields[fieldDigest].(string)
	return s
}

// idsOf lists the IDs of every entry read from the page at url.
func idsOf(ctx context.Context, bi bleve.Index, url string) ([]string, error) {
	q := bleve.NewTermQuery(url)
	q.SetField(fieldSource)
	var ids []string
	err := eachHit(ctx, bi, q, nil, false, func(id, _ string) error {
		ids = append(ids, id)
		return nil
	})
	return ids, err
}

// Rebuild replaces the whole index with what each yields, for `citewatch
// index --rebuild` from the WARC archive. each calls yield once per
// extracted page; an error from yield or each stops the rebuild and leaves
// the old index in place. The new index is built beside the old one with
// batches that skip per-batch syncing, then swapped in; readers that have
// the old one open keep reading it until they close.
//
// Rebuild fails with citewatch.ErrInvalid on a read-only or in-memory
// index. It must not run concurrently with Put on the same Index; other
// processes cannot write meanwhile, as this one holds the writer lock.
func (ix *Index) Rebuild(ctx context.Context, each func(yield func(*citewatch.Document, []citewatch.Fact) error) error) error {
	if ix.opts.ReadOnly || ix.opts.InMemory {
		return fmt.Errorf("%w: index: rebuild needs an on-disk index opened for writing", citewatch.ErrInvalid)
	}
	tmp := ix.path + ".rebuild"
	if err := os.RemoveAll(tmp); err != nil {
		return fmt.Errorf("index: rebuild: %w", err)
	}
	n, err := build(ctx, tmp, ix.bounds(), each)
	if err != nil {
		return errors.Join(err, os.RemoveAll(tmp))
	}
	// Let go of the old index; readers that have it open keep it.
	ix.mu.Lock()
	if ix.timer != nil {
		ix.timer.Stop()
		ix.timer = nil
	}
	if ix.bi != nil {
		err = ix.bi.Close()
		ix.bi = nil
	}
	ix.mu.Unlock()
	if err != nil {
		return fmt.Errorf("index: rebuild: %w", errors.Join(err, os.RemoveAll(tmp)))
	}
	old := ix.path + ".old"
	if err := os.RemoveAll(old); err != nil { // a rebuild's leftover: the rename below needs the name
		return fmt.Errorf("index: rebuild: %w", err)
	}
	if err := os.Rename(ix.path, old); err != nil {
		return fmt.Errorf("index: rebuild: %w", err)
	}
	if err := os.Rename(tmp, ix.path); err != nil {
		// Put the old index back; if even that fails, say where it is.
		if rerr := os.Rename(old, ix.path); rerr != nil {
			err = errors.Join(err, fmt.Errorf("the previous index is kept at %s: %w", old, rerr))
		}
		return fmt.Errorf("index: rebuild: %w", err)
	}
	if err := os.RemoveAll(old); err != nil {
		ix.log.Warn().Err(err).Str("path", old).Msg("removing the replaced index")
	}
	ix.log.Info().Int("pages", n).Msg("index rebuilt")
	return nil
}

// waitPersisted waits for the persisted callback of the last batch of a
// build at path. Bleve's persister retries a write that fails for lack
// of space without end, so the wait also looks at the disk every second
// and gives up, saying so, when it is full.
func waitPersisted(ctx context.Context, path string, persisted <-chan error) error {
	tick := time.NewTicker(time.Second)
	defer tick.Stop()
	for {
		select {
		case err := <-persisted:
			return err
		case <-ctx.Done():
			return ctx.Err()
		case <-tick.C:
			var fs syscall.Statfs_t
			if syscall.Statfs(path, &fs) == nil && fs.Bavail == 0 {
				return fmt.Errorf("index: build: the disk holding %s is full: free some space and rebuild again (the old index is kept)", path)
			}
		}
	}
}

// bulkBatch is how many entries a bulk build puts in one batch.
const bulkBatch = 2000

// build creates a new index at path from each, in large unsynced batches,
// and returns how many pages it indexed.
func build(ctx context.Context, path string, bd bounds, each func(yield func(*citewatch.Document, []citewatch.Fact) error) error) (int, error) {
	bi, err := bleve.NewUsing(path, newMapping(), scorch.Name, scorch.Name, map[string]any{"unsafe_batch": true})
	if err != nil {
		return 0, fmt.Errorf("index: create %s: %w", path, err)
	}
	n := 0
	b := newBatchPipe(bi, min(2, runtime.GOMAXPROCS(0)))
	touched := parts{} // for the summaries read back (bulksummary.go)
	sums := newBulkSummaries()
	err = each(func(doc *citewatch.Document, facts []citewatch.Fact) error {
		if err := ctxErr(ctx); err != nil {
			return err
		}
		if doc != nil {
			if err := doc.Validate(); err != nil {
				return fmt.Errorf("index: %w", err)
			}
		}
		for _, f := range facts {
			if err := f.Validate(); err != nil {
				return fmt.Errorf("index: %w", err)
			}
		}
		kept, err := bd.addEntries(b, doc, facts, b.flush)
		if err != nil {
			return err
		}
		if err := addPage(b, doc); err != nil {
			return err
		}
		for _, f := range kept {
			touched.addFact(f.Treaty, f.Party)
			sums.add(f)
		}
		n++
		return nil
	})
	if err == nil {
		// Every summary: those made as the facts went by, and from the
		// index with every fact in those that cannot be, once every
		// fact is written.
		if err = b.flush(); err == nil {
			if err = b.wait(); err == nil {
				err = sums.write(ctx, bi, b, touched, b.flush)
			}
		}
	}
	if err == nil {
		// Batches are not synced one by one: the last one, which is never
		// empty, is written once every batch before it is, and waits
		// until everything is on disk.
		if err = b.flush(); err == nil {
			err = b.wait()
		}
	}
	if err == nil {
		persisted := make(chan error, 1)
		b.cur.SetInternal([]byte("built"), []byte(time.Now().UTC().Format(time.RFC3339)))
		b.cur.SetInternal([]byte(summaryKey), []byte(summaryVersion))
		b.cur.SetPersistedCallback(func(err error) { persisted <- err })
		if err = b.flush(); err == nil {
			if err = b.wait(); err == nil {
				err = waitPersisted(ctx, path, persisted)
			}
		}
	}
	if werr := b.close(); err == nil && werr != nil {
		err = werr
	}
	if cerr := bi.Close(); err == nil && cerr != nil {
		err = fmt.Errorf("index: build: %w", cerr)
	}
	return n, err
}

// entrySink is what entries are added to: one batch, or a bulk build's
// batchPipe.
type entrySink interface {
	Index(id string, data any) error
	Delete(id string)
	Size() int
}

// batchPipe writes a bulk build's batches on goroutines of their own
// while the caller fills the next one: mapping and encoding entries, the
// analysis of one batch and the segment building of another then run
// side by side. Batches written at once may reach the index in either
// order, which changes nothing unless they hold the same entry: a batch
// that holds an entry handed over before is written only once every
// batch before it is, so the last written of an entry is the one kept,
// as when batches are written one by one.
type batchPipe struct {
	bi      bleve.Index
	cur     *bleve.Batch // being filled
	free    []*bleve.Batch
	todo    chan *bleve.Batch
	done    chan written
	writers int
	busy    int                 // batches handed over and not yet written
	seen    map[uint64]struct{} // hashes of the entries of the batches handed over, and of cur
	seed    maphash.Seed
	repeat  bool  // cur holds an entry that may have been handed over before
	err     error // the first batch that failed
}

type written struct {
	b   *bleve.Batch
	err error
}

func newBatchPipe(bi bleve.Index, writers int) *batchPipe {
	p := &batchPipe{bi: bi, cur: bi.NewBatch(), todo: make(chan *bleve.Batch), done: make(chan written, writers),
		writers: writers, seen: map[uint64]struct{}{}, seed: maphash.MakeSeed()}
	for range writers {
		go func() {
			for b := range p.todo {
				p.done <- written{b, bi.Batch(b)}
			}
		}()
	}
	return p
}

func (p *batchPipe) Index(id string, data any) error {
	p.note(id)
	return p.cur.Index(id, data)
}

func (p *batchPipe) Delete(id string) {
	p.note(id)
	p.cur.Delete(id)
}

func (p *batchPipe) Size() int { return p.cur.Size() }

// note remembers that cur holds entry id. Entries are remembered by a
// hash, which keeps the memory small: two entries with the same hash cost
// a wait, nothing else.
func (p *batchPipe) note(id string) {
	h := maphash.String(p.seed, id)
	if _, ok := p.seen[h]; ok {
		p.repeat = true
	} else {
		p.seen[h] = struct{}{}
	}
}

// flush hands the batch filled so far to a writer, once one is free, and
// returns the error of any batch written before.
func (p *batchPipe) flush() error {
	if p.cur.Size() == 0 {
		return p.err
	}
	for p.busy > 0 && (p.repeat || p.busy >= p.writers) {
		p.receive()
	}
	p.repeat = false
	if p.err != nil {
		return p.err
	}
	p.todo <- p.cur
	p.busy++
	if n := len(p.free); n > 0 {
		p.cur, p.free = p.free[n-1], p.free[:n-1]
	} else {
		p.cur = p.bi.NewBatch()
	}
	return nil
}

// receive waits for one batch handed over to be written.
func (p *batchPipe) receive() {
	w := <-p.done
	p.busy--
	w.b.Reset()
	p.free = append(p.free, w.b)
	if w.err != nil && p.err == nil {
		p.err = fmt.Errorf("index: build: %w", w.err)
	}
}

// wait returns once every batch handed over is written, with the error of
// the first that failed.
func (p *batchPipe) wait() error {
	for p.busy > 0 {
		p.receive()
	}
	return p.err
}

// close waits for the batches being written and stops the writers.
func (p *batchPipe) close() error {
	err := p.wait()
	close(p.todo)
	return err
}
