package index

import (
	"encoding/binary"
	"fmt"
	"sort"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/index/scorch"
	"github.com/blevesearch/bleve/v2/search"
	bindex "github.com/blevesearch/bleve_index_api"
)

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
	adv, err := bi.Advanced()
	if err != nil {
		return nil, fmt.Errorf("index: %w", err)
	}
	r, err := adv.Reader()
	if err != nil {
		return nil, fmt.Errorf("index: %w", err)
	}
	defer func() { _ = r.Close() }() // a snapshot only read: closing releases it, nothing to lose
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
	if len(n) == 8 && len(ld.segs) > 0 {
		num := binary.BigEndian.Uint64(n)
		si := sort.Search(len(ld.offsets), func(x int) bool { return ld.offsets[x] > num }) - 1
		if si >= 0 {
			got, doc := "", ""
			err := ld.segs[si].VisitDocument(num-ld.offsets[si], func(field string, _ byte, value []byte, _ []uint64) bool {
				switch field {
				case "_id":
					got = string(value)
				case fieldJSON:
					doc = string(value)
				}
				return true
			})
			if err == nil && (id == "" || got == id) {
				return doc, nil
			}
		}
	}
	if id == "" {
		ext, err := ld.r.ExternalID(n)
		if err != nil {
			return "", fmt.Errorf("index: entry: %w", err)
		}
		id = ext
	}
	return storedByID(ld.r, id)
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
