package archive

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"

	"github.com/citewatch/citewatch"
	"github.com/citewatch/citewatch/crawl/warc"
)

// File describes one WARC file of the archive.
type File struct {
	Name      string         `json:"name"`
	Size      int64          `json:"size"`
	Records   map[string]int `json:"records"`             // by WARC-Type
	Imported  int            `json:"imported,omitempty"`  // records marked with warc.FieldImported
	Truncated bool           `json:"truncated,omitempty"` // ends in a torn record
	Damaged   int            `json:"damaged,omitempty"`   // damaged stretches skipped
}

// List reads every WARC file of the archive and counts its records. A torn
// last record, as a killed crawl leaves, is reported, not an error. A
// damaged part of a file (or a file that is not WARC) is skipped and the
// rest counted; after listing every file, List returns them all with a
// *DamageError saying what was skipped. A missing folder is an empty
// archive.
func (st Store) List() ([]File, error) {
	names, err := warcFiles(st.Dir)
	if err != nil {
		return nil, err
	}
	out := make([]File, 0, len(names))
	var damage []warc.Damage
	for _, name := range names {
		af, d, err := listFile(filepath.Join(st.Dir, name))
		if err != nil {
			return out, err
		}
		out = append(out, af)
		damage = append(damage, d...)
	}
	return out, damageError(damage)
}

func listFile(name string) (File, []warc.Damage, error) {
	af := File{Name: filepath.Base(name), Records: map[string]int{}}
	if fi, err := os.Stat(name); err == nil {
		af.Size = fi.Size()
	}
	damage, truncated, err := warc.ScanFile(context.Background(), name, func(rec *warc.Record, _ warc.Location) error {
		af.Records[rec.Type]++
		if rec.Header.Get(warc.FieldImported) == "true" {
			af.Imported++
		}
		return nil
	})
	switch {
	case errors.Is(err, citewatch.ErrInvalid): // not a WARC file at all
		damage = append(damage, warc.Damage{File: af.Name, Resume: -1, Err: err})
	case err != nil:
		return af, nil, fmt.Errorf("archive: %w", err)
	}
	af.Truncated, af.Damaged = truncated, len(damage)
	return af, damage, nil
}
