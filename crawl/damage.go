package crawl

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/citewatch/citewatch"
	"github.com/citewatch/citewatch/crawl/warc"
)

// Damage is a part of a WARC file that could not be read and was skipped:
// a corrupt gzip member, a malformed record, a file that is not WARC.
type Damage struct {
	File   string // base name within the archive folder
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

// DamageError reports the damaged parts of WARC files that a read of the
// archive skipped. It is returned after everything readable was read, so
// that a caller can use what was read and still say what was not. It
// wraps citewatch.ErrDamaged and citewatch.ErrInvalid.
type DamageError struct {
	Damage []Damage
}

func (e *DamageError) Error() string {
	const shown = 3
	var b strings.Builder
	if len(e.Damage) == 1 {
		b.WriteString("crawl: damaged WARC data skipped: ")
	} else {
		fmt.Fprintf(&b, "crawl: %d damaged parts of WARC files skipped: ", len(e.Damage))
	}
	for i, d := range e.Damage {
		if i == shown {
			fmt.Fprintf(&b, "; and %d more", len(e.Damage)-shown)
			break
		}
		if i > 0 {
			b.WriteString("; ")
		}
		b.WriteString(d.String())
	}
	return b.String()
}

func (e *DamageError) Unwrap() []error {
	return []error{citewatch.ErrDamaged, citewatch.ErrInvalid}
}

// damageError returns a *DamageError for damage, or nil when there is none.
func damageError(damage []Damage) error {
	if len(damage) == 0 {
		return nil
	}
	return &DamageError{Damage: damage}
}

// eachRecord calls fn with every readable record of the WARC file at path
// and its location (File set to the base name). Damaged parts are skipped
// and returned; a torn last record, as a killed crawl leaves, ends the file
// and sets truncated. err is an error opening the file, a file that is not
// WARC at all (wrapping citewatch.ErrInvalid), ctx's error, or fn's.
func eachRecord(ctx context.Context, path string, fn func(*warc.Record, warc.Location) error) (damage []Damage, truncated bool, err error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, false, err
	}
	defer f.Close()
	rd, err := warc.NewReader(f)
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
		case errors.Is(err, warc.ErrTruncated):
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
