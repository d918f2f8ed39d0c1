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
	// case-insensitive expression matches as "s") or which lowers to an
	// ASCII letter without being one (the dotted capital I, the Kelvin
	// sign), which would fool HasWord: every check then passes, so a
	// check never hides a match.
	all bool
}

// Lower returns s lower-cased for Has and HasWord.
func Lower(s string) Text {
	// Three substring searches, rather than ContainsAny, which looks
	// each character of s up in the list of non-ASCII ones.
	all := strings.Contains(s, "ſ") || strings.Contains(s, "İ") || strings.Contains(s, "\u212a")
	return Text{lower: strings.ToLower(s), all: all}
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

// HasWord reports whether the text contains any of words, which must be
// lower-case, at the start of a word: not after an ASCII letter, digit or
// underscore, as a regular expression's \b requires. It errs only towards
// true.
func (t Text) HasWord(words ...string) bool { return t.hasAfter(wordByte, words) }

// hasAfter reports whether the text contains any of words at a place not
// right after a byte inWord accepts (or at its start).
func (t Text) hasAfter(inWord func(byte) bool, words []string) bool {
	if t.all {
		return true
	}
	for _, w := range words {
		for rest, off := t.lower, 0; ; {
			i := strings.Index(rest, w)
			if i < 0 {
				break
			}
			if at := off + i; at == 0 || !inWord(t.lower[at-1]) {
				return true
			}
			rest, off = rest[i+1:], off+i+1
		}
	}
	return false
}

// HasWholeWord reports whether the text contains any of words, which
// must be lower-case, as a whole word: neither after nor before an ASCII
// letter, digit or underscore, as a regular expression's \b on both sides
// requires. It errs only towards true.
func (t Text) HasWholeWord(words ...string) bool {
	if t.all {
		return true
	}
	for _, w := range words {
		for rest, off := t.lower, 0; ; {
			i := strings.Index(rest, w)
			if i < 0 {
				break
			}
			at, end := off+i, off+i+len(w)
			if (at == 0 || !wordByte(t.lower[at-1])) && (end == len(t.lower) || !wordByte(t.lower[end])) {
				return true
			}
			rest, off = rest[i+1:], off+i+1
		}
	}
	return false
}

// HasDigit reports whether s holds an ASCII digit.
func HasDigit(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= '0' && s[i] <= '9' {
			return true
		}
	}
	return false
}

func wordByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_'
}

// HasStart reports whether the text contains any of words, which must be
// lower-case, where an expression led by (?:^|[^\p{L}\p{N}]) may find
// them: not right after an ASCII letter or digit. It errs only towards
// true.
func (t Text) HasStart(words ...string) bool { return t.hasAfter(letterOrDigit, words) }

func letterOrDigit(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
}

// LowerASCII returns s with its ASCII capitals lowered and every other
// byte as it is, so that offsets in s are offsets in it.
func LowerASCII(s string) string {
	b := []byte(s)
	for i, c := range b {
		b[i] = LowerByte(c)
	}
	return string(b)
}

// LowerByte returns c lowered when it is an ASCII capital, else c.
func LowerByte(c byte) byte {
	if c >= 'A' && c <= 'Z' {
		return c + 'a' - 'A'
	}
	return c
}
