package warc

import (
	"fmt"
	"strings"

	"github.com/citewatch/citewatch"
)

// Field is one named field of a record header.
type Field struct {
	Name  string
	Value string
}

// Header is a WARC record header: named fields in the order they were
// added, with names compared case-insensitively. The zero Header is empty
// and ready to use. A Header is not safe for concurrent mutation.
type Header struct {
	fields []Field
}

// Get returns the value of the first field called name, or "" when there
// is none.
func (h *Header) Get(name string) string {
	for _, f := range h.fields {
		if strings.EqualFold(f.Name, name) {
			return f.Value
		}
	}
	return ""
}

// Values returns the values of every field called name, in order.
func (h *Header) Values(name string) []string {
	var vs []string
	for _, f := range h.fields {
		if strings.EqualFold(f.Name, name) {
			vs = append(vs, f.Value)
		}
	}
	return vs
}

// Has reports whether a field called name is present.
func (h *Header) Has(name string) bool {
	for _, f := range h.fields {
		if strings.EqualFold(f.Name, name) {
			return true
		}
	}
	return false
}

// Set replaces the value of the field called name, keeping its position,
// and removes any further fields of that name; it appends the field when
// there is none.
func (h *Header) Set(name, value string) {
	for i, f := range h.fields {
		if strings.EqualFold(f.Name, name) {
			h.fields[i].Value = value
			h.delFrom(i+1, name)
			return
		}
	}
	h.fields = append(h.fields, Field{name, value})
}

// Add appends a field, keeping any others of the same name (as
// WARC-Concurrent-To may repeat).
func (h *Header) Add(name, value string) {
	h.fields = append(h.fields, Field{name, value})
}

// Del removes every field called name.
func (h *Header) Del(name string) { h.delFrom(0, name) }

func (h *Header) delFrom(start int, name string) {
	kept := h.fields[:start]
	for _, f := range h.fields[start:] {
		if !strings.EqualFold(f.Name, name) {
			kept = append(kept, f)
		}
	}
	clear(h.fields[len(kept):])
	h.fields = kept
}

// Fields returns a copy of the fields, in order.
func (h *Header) Fields() []Field {
	return append([]Field(nil), h.fields...)
}

// Len returns the number of fields.
func (h *Header) Len() int { return len(h.fields) }

// validate checks that every name is a token and no value can break the
// header's line structure.
func (h *Header) validate() error {
	for _, f := range h.fields {
		if f.Name == "" {
			return fmt.Errorf("%w: warc: empty field name", citewatch.ErrInvalid)
		}
		for i := 0; i < len(f.Name); i++ {
			if !tokenChars[f.Name[i]] {
				return fmt.Errorf("%w: warc: field name %q: not a token", citewatch.ErrInvalid, f.Name)
			}
		}
		if strings.IndexByte(f.Value, '\r') >= 0 || strings.IndexByte(f.Value, '\n') >= 0 {
			return fmt.Errorf("%w: warc: field %s: value contains a line break", citewatch.ErrInvalid, f.Name)
		}
	}
	return nil
}

// tokenChars says which bytes may appear in a field name (an RFC 2616
// token): a table, since every field of every record is checked.
var tokenChars = func() (t [256]bool) {
	for c := '!'; c < 0x7f; c++ {
		t[c] = !strings.ContainsRune(`()<>@,;:\"/[]?={}`, c)
	}
	return t
}()
