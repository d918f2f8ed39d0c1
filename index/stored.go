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
	snap, _ := r.(*scorch.IndexSnapshot)
	var segs []*scorch.SegmentSnapshot
	var offsets []uint64 // the first number of each segment, as Bleve counts
	if snap != nil {
		segs = snap.Segments()
		var running uint64
		for _, s := range segs {
			offsets = append(offsets, running)
			running += s.Segment().Count()
		}
	}
	for i, h := range hits {
		id, doc, ok := "", "", false
		if len(h.IndexInternalID) == 8 && len(segs) > 0 {
			n := binary.BigEndian.Uint64(h.IndexInternalID)
			si := sort.Search(len(offsets), func(x int) bool { return offsets[x] > n }) - 1
			if si >= 0 {
				err := segs[si].VisitDocument(n-offsets[si], func(field string, _ byte, value []byte, _ []uint64) bool {
					switch field {
					case "_id":
						id = string(value)
					case fieldJSON:
						doc = string(value)
					}
					return true
				})
				ok = err == nil && id == h.ID
			}
		}
		if !ok {
			if doc, err = storedByID(r, h.ID); err != nil {
				return nil, err
			}
		}
		out[i] = doc
	}
	return out, nil
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
