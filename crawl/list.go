package crawl

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"sort"

	"github.com/citewatch/citewatch"
	"github.com/citewatch/citewatch/crawl/warc"
)

// ArchiveFile describes one WARC file of an archive folder.
type ArchiveFile struct {
	Name      string         `json:"name"`
	Size      int64          `json:"size"`
	Records   map[string]int `json:"records"`             // by WARC-Type
	Imported  int            `json:"imported,omitempty"`  // records marked with ImportedField
	Truncated bool           `json:"truncated,omitempty"` // ends in a torn record
	Damaged   int            `json:"damaged,omitempty"`   // damaged stretches skipped
}

// List reads every WARC file in archiveDir and counts its records. A torn
// last record, as a killed crawl leaves, is reported, not an error. A
// damaged part of a file (or a file that is not WARC) is skipped and the
// rest counted; after listing every file, List returns them all with a
// *DamageError saying what was skipped. A missing folder is an empty
// archive.
func List(archiveDir string) ([]ArchiveFile, error) {
	var names []string
	for _, pat := range []string{"*.warc.gz", "*.warc"} {
		m, _ := filepath.Glob(filepath.Join(archiveDir, pat))
		names = append(names, m...)
	}
	sort.Strings(names)
	out := make([]ArchiveFile, 0, len(names))
	var damage []Damage
	for _, name := range names {
		af, d, err := listFile(name)
		if err != nil {
			return out, err
		}
		out = append(out, af)
		damage = append(damage, d...)
	}
	return out, damageError(damage)
}

func listFile(name string) (ArchiveFile, []Damage, error) {
	af := ArchiveFile{Name: filepath.Base(name), Records: map[string]int{}}
	if fi, err := os.Stat(name); err == nil {
		af.Size = fi.Size()
	}
	damage, truncated, err := eachRecord(context.Background(), name, func(rec *warc.Record, _ warc.Location) error {
		af.Records[rec.Type]++
		if rec.Header.Get(ImportedField) == "true" {
			af.Imported++
		}
		return nil
	})
	switch {
	case errors.Is(err, citewatch.ErrInvalid): // not a WARC file at all
		damage = append(damage, Damage{File: af.Name, Resume: -1, Err: err})
	case err != nil:
		return af, nil, fmt.Errorf("crawl: %w", err)
	}
	af.Truncated, af.Damaged = truncated, len(damage)
	return af, damage, nil
}
