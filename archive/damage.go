package archive

import (
	"fmt"
	"strings"

	"github.com/citewatch/citewatch"
	"github.com/citewatch/citewatch/crawl/warc"
)

// DamageError reports the damaged parts of WARC files that a read of the
// archive skipped. It is returned after everything readable was read, so
// that a caller can use what was read and still say what was not. It
// wraps citewatch.ErrDamaged and citewatch.ErrInvalid.
type DamageError struct {
	Damage []warc.Damage
}

func (e *DamageError) Error() string {
	const shown = 3
	var b strings.Builder
	if len(e.Damage) == 1 {
		b.WriteString("archive: damaged WARC data skipped: ")
	} else {
		fmt.Fprintf(&b, "archive: %d damaged parts of WARC files skipped: ", len(e.Damage))
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
func damageError(damage []warc.Damage) error {
	if len(damage) == 0 {
		return nil
	}
	return &DamageError{Damage: damage}
}
