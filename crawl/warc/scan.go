package warc

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
)

// Damage is a part of a WARC file that could not be read and was skipped:
// a corrupt gzip member, a malformed record, a file that is not WARC.
type Damage struct {
	File   string // base name within its folder
	Offset int64  // where the damage starts
	Resume int64  // where reading resumed; -1 when nothing after it was readable
	Err    error
}

func (d Damage) String() string {
	skipped := "the rest of the file skipped"
	if d.Resume >= 0 {
		skipped = fmt.Sprintf("skipped to offset %d", d.Resume)
	}
	return fmt.Sprintf("%s at offset %d: %s (%v)", d.File, d.Offset, skipped, d.Err)
}

// ScanFile calls fn with every readable record of the WARC file at path
// and its location (File set to the base name). Damaged parts are skipped
// (Resync) and returned, one Damage per damaged stretch; a torn last
// record, as a killed process leaves, ends the file and sets truncated.
// err is an error opening the file, a file that is not WARC at all
// (wrapping citewatch.ErrInvalid), ctx's error, or fn's.
func ScanFile(ctx context.Context, path string, fn func(*Record, Location) error) (damage []Damage, truncated bool, err error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, false, err
	}
	defer func() { _ = f.Close() }() // read only: closing loses nothing
	rd, err := NewReader(f)
	if err != nil {
		return nil, false, err
	}
	base := filepath.Base(path)
	lastEnd := int64(0)
	for {
		if err := ctx.Err(); err != nil {
			return damage, false, err
		}
		rec, loc, err := rd.Next()
		switch {
		case err == io.EOF:
			return damage, false, nil
		case errors.Is(err, ErrTruncated):
			return damage, true, nil
		case err != nil:
			resume, rerr := rd.Resync()
			if rerr != nil {
				resume = -1
			}
			if n := len(damage); n > 0 && damage[n-1].Resume == lastEnd {
				// Still damaged where the last resync resumed: one stretch.
				damage[n-1].Resume = resume
			} else {
				damage = append(damage, Damage{File: base, Offset: lastEnd, Resume: resume, Err: err})
			}
			if rerr != nil {
				return damage, false, nil
			}
			lastEnd = resume
			continue
		}
		loc.File = base
		lastEnd = loc.Offset + loc.Length
		if err := fn(rec, loc); err != nil {
			return damage, false, err
		}
	}
}
