// Package suffix runs regular expressions that must match at the end of a
// text ("... plans to formally$") from that end. Go's regexp engine
// cannot search backwards: on an expression anchored only at its end it
// tries every start position and carries every thread to the end of the
// text. Reversed, the expression is anchored at its start and the engine
// stops as soon as no thread can match, a few characters in. Whether a
// regular expression matches a text is whether its reversal matches the
// reversed text, so the answer is the same; only where it matches is not
// kept. Everything here is safe for concurrent use.
package suffix

import (
	"regexp"
	"regexp/syntax"
	"slices"
	"sync"
	"unicode/utf8"

	"github.com/citewatch/citewatch/extract/internal/starts"
)

// Regexp is a compiled expression that reports whether a text holds a
// match; it is fastest for expressions that end in $.
type Regexp struct {
	expr string
	rev  *regexp.Regexp
}

// MustCompile compiles expr (Go regexp syntax) reversed; it panics when
// expr does not compile, as regexp.MustCompile does.
func MustCompile(expr string) *Regexp {
	re, err := syntax.Parse(expr, syntax.Perl)
	if err != nil {
		panic("suffix: " + err.Error())
	}
	// Unfolded, it compiles as fast as expr did (see starts.Unfold).
	rev := starts.Unfold(reverse(re)).String()
	if atEnd(re) {
		// The outer ^ lets the engine see that the reversed expression
		// is anchored even when it is an alternation of anchored
		// branches.
		rev = `^(?:` + rev + `)`
	}
	return &Regexp{expr: expr, rev: regexp.MustCompile(rev)}
}

// atEnd reports whether every match of re ends at the end of the text.
// It errs only towards false.
func atEnd(re *syntax.Regexp) bool {
	switch re.Op {
	case syntax.OpEndText:
		return true
	case syntax.OpCapture:
		return atEnd(re.Sub[0])
	case syntax.OpConcat:
		return len(re.Sub) > 0 && atEnd(re.Sub[len(re.Sub)-1])
	case syntax.OpAlternate:
		for _, sub := range re.Sub {
			if !atEnd(sub) {
				return false
			}
		}
		return true
	}
	return false
}

// String returns the expression as given to MustCompile.
func (r *Regexp) String() string { return r.expr }

// bufs holds buffers for reversed texts.
var bufs = sync.Pool{New: func() any { b := make([]byte, 0, 256); return &b }}

// MatchString reports whether s holds a match of the expression, as
// regexp.MatchString does.
func (r *Regexp) MatchString(s string) bool {
	bp := bufs.Get().(*[]byte)
	b := Reverse((*bp)[:0], s)
	ok := r.rev.Match(b)
	*bp = b
	bufs.Put(bp)
	return ok
}

// Reverse appends s to dst with its characters in reverse order. A byte
// that is not part of valid UTF-8 becomes U+FFFD, which is how the
// regexp engine reads it: reversed, such bytes could otherwise join into
// a valid character.
func Reverse(dst []byte, s string) []byte {
	for i := len(s); i > 0; {
		r, n := utf8.DecodeLastRuneInString(s[:i])
		i -= n
		if r == utf8.RuneError && n <= 1 {
			dst = utf8.AppendRune(dst, utf8.RuneError)
			continue
		}
		dst = append(dst, s[i:i+n]...)
	}
	return dst
}

// reverse returns re reversed: it matches the reversal of every text re
// matches, and no other. Text anchors swap ends; word boundaries look at
// both sides and stay.
func reverse(re *syntax.Regexp) *syntax.Regexp {
	out := *re
	out.Sub = make([]*syntax.Regexp, len(re.Sub))
	for i, sub := range re.Sub {
		out.Sub[i] = reverse(sub)
	}
	out.Sub0 = [1]*syntax.Regexp{}
	switch re.Op {
	case syntax.OpLiteral:
		out.Rune = slices.Clone(re.Rune)
		slices.Reverse(out.Rune)
	case syntax.OpConcat:
		slices.Reverse(out.Sub)
	case syntax.OpBeginText:
		out.Op = syntax.OpEndText
	case syntax.OpEndText:
		out.Op = syntax.OpBeginText
	case syntax.OpBeginLine:
		out.Op = syntax.OpEndLine
	case syntax.OpEndLine:
		out.Op = syntax.OpBeginLine
	}
	return &out
}

// Union is expressions that report together whether a text holds a match
// of any of them, as their alternation would: the text is reversed once
// for all. An alternation of many words compiles to a program too large
// for the engine's backtracker, and its other engine carries a thread
// for every word from the first character; split into a few smaller
// expressions, each fails within a few characters.
type Union struct {
	parts []*Regexp
}

// MustCompileUnion compiles each of exprs as MustCompile does.
func MustCompileUnion(exprs ...string) *Union {
	u := &Union{}
	for _, e := range exprs {
		u.parts = append(u.parts, MustCompile(e))
	}
	return u
}

// MatchString reports whether s holds a match of any of the expressions.
func (u *Union) MatchString(s string) bool {
	return u.MatchStringIf(s, nil)
}

// MatchStringIf reports whether s holds a match of any of the
// expressions that try, when not nil, reports may match (by their index
// in MustCompileUnion's order): a caller's cheap check that s lacks what
// an expression needs.
func (u *Union) MatchStringIf(s string, try func(i int) bool) bool {
	var bp *[]byte
	var b []byte
	ok := false
	for i, r := range u.parts {
		if try != nil && !try(i) {
			continue
		}
		if bp == nil {
			bp = bufs.Get().(*[]byte)
			b = Reverse((*bp)[:0], s)
		}
		if r.rev.Match(b) {
			ok = true
			break
		}
	}
	if bp != nil {
		*bp = b
		bufs.Put(bp)
	}
	return ok
}
