// Package fold lower-cases a text once so that the extractor can check
// cheaply, with plain substring search, for the words a case-insensitive
// regular expression cannot match without, and skip the expression when
// they are absent. Everything here is safe for concurrent use.
package fold

import "strings"

// Text is a text lower-cased once.
type Text struct {
	lower string
	// all is set when the text holds a letter whose case folding
	// strings.ToLower does not follow (the long s, which a
	// case-insensitive expression matches as "s"): every check then
	// passes, so a check never hides a match.
	all bool
}

// Lower returns s lower-cased for Has.
func Lower(s string) Text {
	return Text{lower: strings.ToLower(s), all: strings.ContainsRune(s, 'ſ')}
}

// Has reports whether the text contains any of subs, which must be
// lower-case. It errs only towards true.
func (t Text) Has(subs ...string) bool {
	if t.all {
		return true
	}
	for _, x := range subs {
		if strings.Contains(t.lower, x) {
			return true
		}
	}
	return false
}
