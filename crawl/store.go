package crawl

import (
	"context"

	"github.com/citewatch/citewatch"
)

// Archive is the WARC archive folder read as a store of snapshots: what
// the pipeline re-reads to index again. Its methods are Load and Archived
// on Dir.
type Archive struct {
	Dir string
}

// Load fills s's Body (and Header) from the record it points at; see Load.
func (a Archive) Load(s citewatch.Snapshot) (citewatch.Snapshot, error) { return Load(a.Dir, s) }

// Archived calls fn with the newest content of every URL; see Archived.
func (a Archive) Archived(ctx context.Context, fn func(citewatch.Snapshot) error) error {
	return Archived(ctx, a.Dir, fn)
}
