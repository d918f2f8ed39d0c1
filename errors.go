package citewatch

import "errors"

// Sentinel errors shared by every stage. Stages wrap them with context;
// callers test them with errors.Is.
var (
	// ErrInvalid marks input that cannot be used as it is: a malformed
	// document, a bad flag value, a record that fails validation.
	ErrInvalid = errors.New("invalid input")
	// ErrNotFound marks a lookup that found nothing.
	ErrNotFound = errors.New("not found")
	// ErrBusy marks a resource held by another process (the index, the
	// catalog, a WARC file being written).
	ErrBusy = errors.New("busy")
	// ErrRefused marks a fetch that citewatch refused to make: a private,
	// loopback or metadata address, a disallowed scheme, robots.txt.
	ErrRefused = errors.New("refused")
	// ErrUnavailable marks a source that could not be fetched.
	ErrUnavailable = errors.New("unavailable")
	// ErrDamaged marks stored data that was partly unreadable (a corrupt
	// stretch of a WARC file): the readable rest was used, and the error
	// says what was skipped.
	ErrDamaged = errors.New("damaged")
)
