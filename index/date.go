package index

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/citewatch/citewatch"
)

// ParseDate reads a date as the index writes it (citewatch.Date.String):
// 2024-09-05, 2024-09 or 2024, at that precision. "" is the zero Date. It
// returns an error wrapping citewatch.ErrInvalid for anything else.
func ParseDate(s string) (citewatch.Date, error) {
	if s == "" {
		return citewatch.Date{}, nil
	}
	parts := strings.Split(s, "-")
	bad := fmt.Errorf("%w: date %q: want YYYY-MM-DD, YYYY-MM or YYYY", citewatch.ErrInvalid, s)
	if len(parts) > 3 || len(parts[0]) != 4 {
		return citewatch.Date{}, bad
	}
	var n [3]int
	for i, p := range parts {
		v, err := strconv.Atoi(p)
		if err != nil || i > 0 && len(p) != 2 {
			return citewatch.Date{}, bad
		}
		n[i] = v
	}
	d := citewatch.Date{Year: n[0], Month: n[1], Day: n[2]}
	d.Precision = []citewatch.Precision{citewatch.PrecisionYear, citewatch.PrecisionMonth, citewatch.PrecisionDay}[len(parts)-1]
	if err := d.Validate(); err != nil {
		return citewatch.Date{}, bad
	}
	return d, nil
}
