package index

import (
	"context"
	"encoding/binary"
	"fmt"
	"sort"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/index/scorch"
	"github.com/blevesearch/bleve/v2/search"
	"github.com/blevesearch/bleve/v2/search/query"
	bindex "github.com/blevesearch/bleve_index_api"
)

// snapshot opens a reader on one snapshot of the index; release closes
// it (a snapshot only read: closing releases it, nothing to lose).
func snapshot(bi bleve.Index) (bindex.IndexReader, func(), error) {
	adv, err := bi.Advanced()
	if err != nil {
		return nil, nil, fmt.Errorf("index: %w", err)
	}
	r, err := adv.Reader()
	if err != nil {
		return nil, nil, fmt.Errorf("index: %w", err)
	}
	return r, func() { _ = r.Close() }, nil
}

// storedJSON returns the stored JSON of each hit, in order. Asking a
// search for stored fields makes Bleve look each hit's ID up again in
// every segment of the index, which costs as much as the hit count times
// the segment count; this reads each hit's fields from the segment that
// holds it, by the number the search found it under. A hit whose number
// names another entry (the index changed since the search) is looked up
// by its ID instead.
func storedJSON(bi bleve.Index, hits search.DocumentMatchCollection) ([]string, error) {
	out := make([]string, len(hits))
	if len(hits) == 0 {
		return out, nil
	}
	r, release, err := snapshot(bi)
	if err != nil {
		return nil, err
	}
	defer release()
	ld := newLoader(r)
	for i, h := range hits {
		if out[i], err = ld.load(h.IndexInternalID, h.ID); err != nil {
			return nil, err
		}
	}
	return out, nil
}

// loader reads the stored JSON of entries of one snapshot of the index.
type loader struct {
	r       bindex.IndexReader
	segs    []*scorch.SegmentSnapshot
	offsets []uint64 // the first number of each segment, as Bleve counts
}

func newLoader(r bindex.IndexReader) *loader {
	ld := &loader{r: r}
	if snap, ok := r.(*scorch.IndexSnapshot); ok {
		ld.segs = snap.Segments()
		var running uint64
		for _, s := range ld.segs {
			ld.offsets = append(ld.offsets, running)
			running += s.Segment().Count()
		}
	}
	return ld
}

// load returns the stored JSON of the entry with internal number n and ID
// id; with id empty, of whatever entry n is in this snapshot.
func (ld *loader) load(n bindex.IndexInternalID, id string) (string, error) {
	got, doc, err := ld.read(n)
	if err == nil && (id == "" || got == id) {
		return doc, nil
	}
	if id == "" {
		return "", err
	}
	return storedByID(ld.r, id)
}

// read returns the ID and stored JSON of the entry with internal number n
// in this snapshot.
func (ld *loader) read(n bindex.IndexInternalID) (id, doc string, err error) {
	if len(n) == 8 && len(ld.segs) > 0 {
		num := binary.BigEndian.Uint64(n)
		si := sort.Search(len(ld.offsets), func(x int) bool { return ld.offsets[x] > num }) - 1
		if si >= 0 {
			err := ld.segs[si].VisitDocument(num-ld.offsets[si], func(field string, _ byte, value []byte, _ []uint64) bool {
				switch field {
				case "_id":
					id = string(value)
				case fieldJSON:
					doc = string(value)
				}
				return true
			})
			if err == nil && id != "" {
				return id, doc, nil
			}
		}
	}
	if id, err = ld.r.ExternalID(n); err != nil {
		return "", "", fmt.Errorf("index: entry: %w", err)
	}
	doc, err = storedByID(ld.r, id)
	return id, doc, err
}

// scan calls fn with the ID and stored JSON of every entry matching q, in
// the index's own order, from one snapshot of it: it reads each entry
// once, without the sorting and ID lookups of a search, for callers that
// order what they keep themselves.
func scan(ctx context.Context, bi bleve.Index, q query.Query, fn func(id, doc string) error) error {
	r, release, err := snapshot(bi)
	if err != nil {
		return err
	}
	defer release()
	s, err := q.Searcher(ctx, r, bi.Mapping(), search.SearcherOptions{Score: "none"})
	if err != nil {
		return fmt.Errorf("index: search: %w", err)
	}
	defer func() { _ = s.Close() }() // a searcher only read: closing releases it, nothing to lose
	sctx := &search.SearchContext{DocumentMatchPool: search.NewDocumentMatchPool(s.DocumentMatchPoolSize(), 0), IndexReader: r}
	ld := newLoader(r)
	for n := 0; ; n++ {
		if n%1024 == 0 {
			if err := ctxErr(ctx); err != nil {
				return err
			}
		}
		dm, err := s.Next(sctx)
		if err != nil {
			return fmt.Errorf("index: search: %w", err)
		}
		if dm == nil {
			return nil
		}
		id, doc, err := ld.read(dm.IndexInternalID)
		if err != nil {
			return err
		}
		if err := fn(id, doc); err != nil {
			return err
		}
		sctx.DocumentMatchPool.Put(dm)
	}
}

// storedByID reads the stored JSON of the entry with ID id.
func storedByID(r bindex.IndexReader, id string) (string, error) {
	d, err := r.Document(id)
	if err != nil {
		return "", fmt.Errorf("index: entry %s: %w", id, err)
	}
	if d == nil {
		return "", fmt.Errorf("index: entry %s: gone", id)
	}
	doc := ""
	d.VisitFields(func(f bindex.Field) {
		if f.Name() == fieldJSON {
			doc = string(f.Value())
		}
	})
	return doc, nil
}
