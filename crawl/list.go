package crawl

import (
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"

	"github.com/citewatch/citewatch/crawl/warc"
)

// ArchiveFile describes one WARC file of an archive folder.
type ArchiveFile struct {
	Name      string         `json:"name"`
	Size      int64          `json:"size"`
	Records   map[string]int `json:"records"`             // by WARC-Type
	Imported  int            `json:"imported,omitempty"`  // records marked with ImportedField
	Truncated bool           `json:"truncated,omitempty"` // ends in a torn record
}

// List reads every WARC file in archiveDir and counts its records. A torn
// last record, as a killed crawl leaves, is reported, not an error; other
// damage is. A missing folder is an empty archive.
func List(archiveDir string) ([]ArchiveFile, error) {
	var names []string
	for _, pat := range []string{"*.warc.gz", "*.warc"} {
		m, _ := filepath.Glob(filepath.Join(archiveDir, pat))
		names = append(names, m...)
	}
	sort.Strings(names)
	out := make([]ArchiveFile, 0, len(names))
	for _, name := range names {
		af, err := listFile(name)
		if err != nil {
			return out, err
		}
		out = append(out, af)
	}
	return out, nil
}

func listFile(name string) (ArchiveFile, error) {
	af := ArchiveFile{Name: filepath.Base(name), Records: map[string]int{}}
	f, err := os.Open(name)
	if err != nil {
		return af, fmt.Errorf("crawl: %w", err)
	}
	defer f.Close()
	if fi, err := f.Stat(); err == nil {
		af.Size = fi.Size()
	}
	rd, err := warc.NewReader(f)
	if err != nil {
		return af, fmt.Errorf("crawl: %s: %w", af.Name, err)
	}
	for {
		rec, _, err := rd.Next()
		switch {
		case err == io.EOF:
			return af, nil
		case errors.Is(err, warc.ErrTruncated):
			af.Truncated = true
			return af, nil
		case err != nil:
			return af, fmt.Errorf("crawl: %s: %w", af.Name, err)
		}
		af.Records[rec.Type]++
		if rec.Header.Get(ImportedField) == "true" {
			af.Imported++
		}
	}
}
