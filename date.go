package citewatch

import (
	"fmt"
	"strconv"
	"strings"
	"time"
)

// Precision says how much of a Date is known.
type Precision string

// Date precisions, coarsest last.
const (
	PrecisionDay   Precision = "day"
	PrecisionMonth Precision = "month"
	PrecisionYear  Precision = "year"
)

// Date is a calendar date as a page states it, with the precision the page
// gives and, when the page left part of it out, how the rest was resolved.
// The zero Date means "no date".
type Date struct {
	Year      int       `json:"year,omitempty"`
	Month     int       `json:"month,omitempty"` // 1-12, 0 when precision is year
	Day       int       `json:"day,omitempty"`   // 1-31, 0 unless precision is day
	Precision Precision `json:"precision,omitempty"`
	// Resolved says how a partial or relative date was completed, e.g.
	// "year from publication date 2025-02-11" or "Tuesday before dateline
	// 2025-02-11". Empty for a date the page states in full.
	Resolved string `json:"resolved,omitempty"`
}

// DayDate returns a Date of day precision.
func DayDate(y int, m time.Month, d int) Date {
	return Date{Year: y, Month: int(m), Day: d, Precision: PrecisionDay}
}

// IsZero reports whether d is the zero Date.
func (d Date) IsZero() bool { return d.Year == 0 }

// String formats d at its precision: 2024-09-05, 2024-09 or 2024.
func (d Date) String() string {
	switch d.Precision {
	case PrecisionDay:
		return fmt.Sprintf("%04d-%02d-%02d", d.Year, d.Month, d.Day)
	case PrecisionMonth:
		return fmt.Sprintf("%04d-%02d", d.Year, d.Month)
	case PrecisionYear:
		return fmt.Sprintf("%04d", d.Year)
	}
	return ""
}

// Human formats d as a reader writes it: "5 September 2024", "May 2024", "2023".
func (d Date) Human() string {
	switch d.Precision {
	case PrecisionDay:
		return fmt.Sprintf("%d %s %d", d.Day, time.Month(d.Month), d.Year)
	case PrecisionMonth:
		return fmt.Sprintf("%s %d", time.Month(d.Month), d.Year)
	case PrecisionYear:
		return fmt.Sprintf("%d", d.Year)
	}
	return ""
}

// Time returns the first instant d covers, in UTC.
func (d Date) Time() time.Time {
	m, day := d.Month, d.Day
	if m == 0 {
		m = 1
	}
	if day == 0 {
		day = 1
	}
	return time.Date(d.Year, time.Month(m), day, 0, 0, 0, 0, time.UTC)
}

// Validate checks that the fields agree with the precision and form a real date.
func (d Date) Validate() error {
	if d.IsZero() {
		return nil
	}
	bad := func(why string) error { return fmt.Errorf("%w: date %+v: %s", ErrInvalid, d, why) }
	switch d.Precision {
	case PrecisionDay:
		if d.Month < 1 || d.Month > 12 || d.Day < 1 {
			return bad("day precision needs month and day")
		}
		if t := d.Time(); t.Day() != d.Day {
			return bad("no such day")
		}
	case PrecisionMonth:
		if d.Month < 1 || d.Month > 12 || d.Day != 0 {
			return bad("month precision needs a month and no day")
		}
	case PrecisionYear:
		if d.Month != 0 || d.Day != 0 {
			return bad("year precision has no month or day")
		}
	default:
		return bad("unknown precision")
	}
	return nil
}

// Agrees compares d with other at the coarser of the two precisions:
// "May 2024" agrees with 17 May 2024, "2023" disagrees with 2024-09-05.
// Two zero dates agree; a zero and a non-zero date do not.
func (d Date) Agrees(other Date) bool {
	if d.IsZero() || other.IsZero() {
		return d.IsZero() == other.IsZero()
	}
	if d.Year != other.Year {
		return false
	}
	if d.Precision == PrecisionYear || other.Precision == PrecisionYear {
		return true
	}
	if d.Month != other.Month {
		return false
	}
	if d.Precision == PrecisionMonth || other.Precision == PrecisionMonth {
		return true
	}
	return d.Day == other.Day
}

// ParseDate reads a date as the index writes it (Date.String):
// 2024-09-05, 2024-09 or 2024, at that precision. "" is the zero Date. It
// returns an error wrapping ErrInvalid for anything else.
func ParseDate(s string) (Date, error) {
	if s == "" {
		return Date{}, nil
	}
	parts := strings.Split(s, "-")
	bad := fmt.Errorf("%w: date %q: want YYYY-MM-DD, YYYY-MM or YYYY", ErrInvalid, s)
	if len(parts) > 3 || len(parts[0]) != 4 {
		return Date{}, bad
	}
	var n [3]int
	for i, p := range parts {
		v, err := strconv.Atoi(p)
		if err != nil || i > 0 && len(p) != 2 {
			return Date{}, bad
		}
		n[i] = v
	}
	d := Date{Year: n[0], Month: n[1], Day: n[2]}
	d.Precision = []Precision{PrecisionYear, PrecisionMonth, PrecisionDay}[len(parts)-1]
	if err := d.Validate(); err != nil {
		return Date{}, bad
	}
	return d, nil
}
