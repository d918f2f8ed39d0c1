// Package starts runs regular expressions only where a match can begin.
// Go's regexp engine has no literal prefix to skip to when an expression
// is an alternation of many case-insensitive words ("(?i)\b(?:ratif...|
// sign...|...)"): it carries a thread for every alternative from every
// position of the text. A Regexp here reads from the expression's syntax
// which characters a match can begin with and whether it begins at a word
// boundary, and runs the expression anchored at only those positions,
// with the character before each in view so that \b and ^ read as they
// would in the whole text. Its matches are regexp's, in the same order.
// Everything here is safe for concurrent use.
package starts

import (
	"regexp"
	"regexp/syntax"
	"slices"
	"strings"
	"sync/atomic"
	"unicode"
	"unicode/utf8"

	"github.com/citewatch/citewatch/extract/internal/fold"
)

// Regexp is a compiled expression with the positions its matches can
// begin at.
type Regexp struct {
	re   *regexp.Regexp // the expression as given
	tree *syntax.Regexp // its syntax
	// any is the expression anchored, for a match beginning with any
	// character; byFirst holds it narrowed to the alternatives that can
	// begin with an ASCII character, built when first needed.
	any      anchored
	byFirst  [utf8.RuneSelf]atomic.Pointer[anchored]
	anywhere bool // a match may begin anywhere, or be empty: run re as it is
	first    [utf8.RuneSelf]bool
	nonASCII bool // a match may begin with a non-ASCII character
	boundary bool // every match begins at a word boundary (\b)
	// heads, by their first byte, are lower-case texts one of which every
	// match begins with, case aside; nil when the syntax does not tell.
	heads [utf8.RuneSelf][]string
	// headed is set when heads are known.
	headed bool
}

// anchored is an expression anchored at the position tried: atStart at
// the start of the text, afterOne after one character of any kind, the
// one before the position tried, so that \b and ^ see it.
type anchored struct {
	atStart, afterOne *regexp.Regexp
}

func anchor(expr string) *anchored {
	return &anchored{atStart: regexp.MustCompile(`^(?:` + expr + `)`), afterOne: regexp.MustCompile(`^(?s:.)(?:` + expr + `)`)}
}

// MustCompile compiles expr (Go regexp syntax); it panics when expr does
// not compile, as regexp.MustCompile does.
func MustCompile(expr string) *Regexp {
	r := analyse(expr)
	r.re = regexp.MustCompile(expr)
	if !r.anywhere {
		r.any = *anchor(Unfold(r.tree).String())
	}
	return r
}

// analyse reads from expr's syntax where its matches can begin; it
// compiles nothing.
func analyse(expr string) *Regexp {
	r := &Regexp{}
	tree, err := syntax.Parse(expr, syntax.Perl)
	if err != nil {
		panic("starts: " + err.Error())
	}
	var f firsts
	if f.add(tree) || f.any {
		r.anywhere = true
		return r
	}
	r.tree = tree
	r.first, r.nonASCII, r.boundary = f.ascii, f.nonASCII, atBoundary(tree)
	if hs, _ := heads(tree.Simplify()); hs != nil {
		r.headed = true
		for _, h := range hs {
			if h == "" {
				r.headed = false // a head that tells nothing
				break
			}
			// A head led by a non-ASCII character needs no entry: where
			// the text has one, every head is taken to match (headAt).
			if h[0] < utf8.RuneSelf {
				r.heads[h[0]] = append(r.heads[h[0]], h)
			}
		}
	}
	if !r.headed && !r.boundary {
		// Tried at every character it may begin with, the expression
		// would cost more than run as it is.
		r.anywhere = true
	}
	return r
}

// forFirst returns the expression anchored, for a match beginning with
// byte c.
func (r *Regexp) forFirst(c byte) *anchored {
	if c >= utf8.RuneSelf {
		return &r.any
	}
	if a := r.byFirst[c].Load(); a != nil {
		return a
	}
	a := anchor(Unfold(narrow(r.tree, rune(c))).String())
	r.byFirst[c].CompareAndSwap(nil, a)
	return r.byFirst[c].Load()
}

// String returns the expression as given to MustCompile.
func (r *Regexp) String() string { return r.re.String() }

// Regexp returns the expression compiled by regexp.
func (r *Regexp) Regexp() *regexp.Regexp { return r.re }

// MatchString reports whether s holds a match, as regexp's does.
func (r *Regexp) MatchString(s string) bool {
	if r.anywhere {
		return r.re.MatchString(s)
	}
	return r.find(s, 0) != nil
}

// FindStringSubmatchIndex is regexp's FindStringSubmatchIndex.
func (r *Regexp) FindStringSubmatchIndex(s string) []int {
	if r.anywhere {
		return r.re.FindStringSubmatchIndex(s)
	}
	return r.find(s, 0)
}

// FindAllStringSubmatchIndex is regexp's FindAllStringSubmatchIndex.
func (r *Regexp) FindAllStringSubmatchIndex(s string, n int) [][]int {
	if r.anywhere {
		return r.re.FindAllStringSubmatchIndex(s, n)
	}
	if n < 0 {
		n = len(s) + 1
	}
	var out [][]int
	// A match is never empty here, so the next one is looked for from
	// where this one ends, as regexp does.
	for pos := 0; len(out) < n && pos < len(s); {
		m := r.find(s, pos)
		if m == nil {
			break
		}
		out = append(out, m)
		pos = m[1]
	}
	return out
}

// FindAllStringIndex is regexp's FindAllStringIndex.
func (r *Regexp) FindAllStringIndex(s string, n int) [][]int {
	if r.anywhere {
		return r.re.FindAllStringIndex(s, n)
	}
	out := r.FindAllStringSubmatchIndex(s, n)
	for i := range out {
		out[i] = out[i][:2]
	}
	return out
}

// find returns the leftmost match beginning at or after pos, a character
// boundary, with its submatches, or nil.
func (r *Regexp) find(s string, pos int) []int {
	prevWord := pos > 0 && wordByte(s[pos-1])
	for p := pos; p < len(s); {
		c, w := s[p], 1
		ok := false
		if c < utf8.RuneSelf {
			ok = r.first[c]
		} else {
			_, w = utf8.DecodeRuneInString(s[p:])
			ok = r.nonASCII
		}
		word := wordByte(c)
		if ok && (!r.boundary || word != prevWord) && r.headAt(s[p:]) {
			if m := r.at(s, p); m != nil {
				return m
			}
		}
		prevWord = word
		p += w
	}
	return nil
}

// at returns the match beginning at p, or nil.
func (r *Regexp) at(s string, p int) []int {
	return r.forFirst(s[p]).at(s, p)
}

// at returns the match of the anchored expression beginning at p, or nil.
func (a *anchored) at(s string, p int) []int {
	if p == 0 {
		return a.atStart.FindStringSubmatchIndex(s)
	}
	// The character before p, read as the engine reads it in the whole
	// text: a byte that is not valid UTF-8 is one character.
	_, w := utf8.DecodeLastRuneInString(s[:p])
	q := p - w
	m := a.afterOne.FindStringSubmatchIndex(s[q:])
	if m == nil {
		return nil
	}
	m[0] = p
	m[1] += q
	for i := 2; i < len(m); i++ {
		if m[i] >= 0 {
			m[i] += q
		}
	}
	return m
}

// Sparse is an expression run only at positions its caller names: where
// a scan of the caller's own, for the words the expression cannot match
// without, finds that a match may begin. It serves an expression whose
// syntax does not tell where its matches begin, as one that begins with
// "(?:^|[^\p{L}])" does not.
type Sparse struct {
	re *regexp.Regexp
	a  *anchored
}

// MustCompileSparse compiles expr (Go regexp syntax); it panics when expr
// does not compile, as regexp.MustCompile does.
func MustCompileSparse(expr string) *Sparse {
	tree, err := syntax.Parse(expr, syntax.Perl)
	if err != nil {
		panic("starts: " + err.Error())
	}
	return &Sparse{re: regexp.MustCompile(expr), a: anchor(Unfold(tree).String())}
}

// Regexp returns the expression compiled by regexp.
func (x *Sparse) Regexp() *regexp.Regexp { return x.re }

// FindAllStringSubmatchIndex returns what regexp's
// FindAllStringSubmatchIndex(s, -1) returns, provided that every match
// begins at one of at, character boundaries in increasing order, and that
// no match is empty.
func (x *Sparse) FindAllStringSubmatchIndex(s string, at []int) [][]int {
	var out [][]int
	end := 0 // a match begins at or after the end of the one before
	for _, p := range at {
		if p < end || p >= len(s) {
			continue
		}
		if m := x.a.at(s, p); m != nil {
			out = append(out, m)
			end = m[1]
		}
	}
	return out
}

// wordByte reports whether c is a character \b counts as a word's: an
// ASCII letter, digit or underscore.
func wordByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_'
}

// atBoundary reports whether every match of re begins with \b. It errs
// only towards false.
func atBoundary(re *syntax.Regexp) bool {
	switch re.Op {
	case syntax.OpWordBoundary:
		return true
	case syntax.OpCapture:
		return atBoundary(re.Sub[0])
	case syntax.OpConcat:
		return len(re.Sub) > 0 && atBoundary(re.Sub[0])
	case syntax.OpAlternate:
		for _, sub := range re.Sub {
			if !atBoundary(sub) {
				return false
			}
		}
		return true
	}
	return false
}

// firsts gathers the characters a match can begin with.
type firsts struct {
	ascii    [utf8.RuneSelf]bool
	nonASCII bool
	any      bool // any character, as far as firsts can tell
}

// add adds the characters a match of re can begin with and reports
// whether re can match the empty text.
func (f *firsts) add(re *syntax.Regexp) bool {
	switch re.Op {
	case syntax.OpNoMatch:
		return false
	case syntax.OpEmptyMatch, syntax.OpBeginLine, syntax.OpEndLine, syntax.OpBeginText, syntax.OpEndText,
		syntax.OpWordBoundary, syntax.OpNoWordBoundary:
		return true
	case syntax.OpLiteral:
		r := re.Rune[0]
		f.rune(r)
		if re.Flags&syntax.FoldCase != 0 {
			for o := unicode.SimpleFold(r); o != r; o = unicode.SimpleFold(o) {
				f.rune(o)
			}
		}
		return false
	case syntax.OpCharClass:
		for i := 0; i+1 < len(re.Rune); i += 2 {
			for c := re.Rune[i]; c <= re.Rune[i+1] && c < utf8.RuneSelf; c++ {
				f.ascii[c] = true
			}
			if re.Rune[i+1] >= utf8.RuneSelf {
				f.nonASCII = true
			}
		}
		return false
	case syntax.OpCapture, syntax.OpPlus:
		return f.add(re.Sub[0])
	case syntax.OpStar, syntax.OpQuest:
		f.add(re.Sub[0])
		return true
	case syntax.OpRepeat:
		return f.add(re.Sub[0]) || re.Min == 0
	case syntax.OpConcat:
		for _, sub := range re.Sub {
			if !f.add(sub) {
				return false
			}
		}
		return true
	case syntax.OpAlternate:
		nullable := false
		for _, sub := range re.Sub {
			if f.add(sub) {
				nullable = true
			}
		}
		return nullable
	}
	f.any = true // OpAnyChar, OpAnyCharNotNL and whatever else
	return false
}

func (f *firsts) rune(r rune) {
	if r < utf8.RuneSelf {
		f.ascii[r] = true
	} else {
		f.nonASCII = true
	}
}

// narrow returns re without the alternatives, among those a match
// begins in, that cannot begin with c: they could not match there
// anyway, and the engine need not carry them. A dropped alternative that
// holds capturing groups keeps them behind an expression that never
// matches, so that the groups keep their numbers.
func narrow(re *syntax.Regexp, c rune) *syntax.Regexp {
	switch re.Op {
	case syntax.OpCapture:
		out := *re
		out.Sub = []*syntax.Regexp{narrow(re.Sub[0], c)}
		return &out
	case syntax.OpConcat:
		// The match begins in the first part that is not an empty-width
		// assertion; later parts are left as they are.
		out := *re
		out.Sub = append([]*syntax.Regexp(nil), re.Sub...)
		for i, sub := range re.Sub {
			if emptyWidth(sub) {
				continue
			}
			out.Sub[i] = narrow(sub, c)
			break
		}
		return &out
	case syntax.OpAlternate:
		out := *re
		out.Sub = make([]*syntax.Regexp, len(re.Sub))
		for i, sub := range re.Sub {
			var f firsts
			if nullable := f.add(sub); nullable || f.any || f.ascii[c] {
				out.Sub[i] = narrow(sub, c)
				continue
			}
			never := &syntax.Regexp{Op: syntax.OpNoMatch}
			if sub.MaxCap() == 0 {
				out.Sub[i] = never
			} else {
				out.Sub[i] = &syntax.Regexp{Op: syntax.OpConcat, Sub: []*syntax.Regexp{never, sub}}
			}
		}
		return &out
	}
	return re
}

// emptyWidth reports whether re matches only the empty text.
func emptyWidth(re *syntax.Regexp) bool {
	switch re.Op {
	case syntax.OpEmptyMatch, syntax.OpBeginLine, syntax.OpEndLine, syntax.OpBeginText, syntax.OpEndText,
		syntax.OpWordBoundary, syntax.OpNoWordBoundary:
		return true
	}
	return false
}

// Unfold returns re with its case-insensitive letters written as the
// classes of the characters they match ("(?i)s" as "[Ssſ]") and no
// case-insensitive flag left, which matches the same texts. Printed and
// compiled again, an expression that holds large classes ("\\p{L}") and
// case-insensitive letters takes milliseconds to compile, as each class
// is case-folded again character by character; unfolded, it compiles as
// fast as it was first compiled, and matches its letters without folding
// their case.
func Unfold(re *syntax.Regexp) *syntax.Regexp {
	out := *re
	out.Flags &^= syntax.FoldCase
	if re.Op == syntax.OpLiteral && re.Flags&syntax.FoldCase != 0 {
		out := &syntax.Regexp{Op: syntax.OpConcat}
		for _, r := range re.Rune {
			orbit := []rune{r}
			for o := unicode.SimpleFold(r); o != r; o = unicode.SimpleFold(o) {
				orbit = append(orbit, o)
			}
			if len(orbit) == 1 {
				out.Sub = append(out.Sub, &syntax.Regexp{Op: syntax.OpLiteral, Rune: orbit})
				continue
			}
			slices.Sort(orbit)
			class := &syntax.Regexp{Op: syntax.OpCharClass}
			for _, o := range orbit {
				class.Rune = append(class.Rune, o, o)
			}
			out.Sub = append(out.Sub, class)
		}
		return out
	}
	out.Sub = make([]*syntax.Regexp, len(re.Sub))
	for i, sub := range re.Sub {
		out.Sub[i] = Unfold(sub)
	}
	out.Sub0 = [1]*syntax.Regexp{}
	return &out
}

// maxHeads bounds the heads of an expression, past which they are not
// worth comparing; headLen is as far as they are read, enough to tell
// most words apart.
const (
	maxHeads = 2048
	headLen  = 4
	// maxProduct bounds, per head of a part, the heads of a sequence
	// built before they are cut to headLen.
	maxProduct = 256
)

// heads returns lower-case texts of at most headLen bytes one of which
// every match of re begins with, case aside, or nil when it cannot tell;
// exact is set when re matches only those texts, so that what follows re
// continues them.
func heads(re *syntax.Regexp) (hs []string, exact bool) {
	switch re.Op {
	case syntax.OpLiteral:
		if re.Flags&syntax.FoldCase != 0 {
			for _, r := range re.Rune {
				if r >= utf8.RuneSelf && foldsToASCII(r) {
					return nil, false // "ſ" matches "s": its lower case does not tell
				}
			}
		}
		return cut([]string{strings.ToLower(string(re.Rune))}, true)
	case syntax.OpCharClass:
		var out []string
		for i := 0; i+1 < len(re.Rune); i += 2 {
			if re.Rune[i+1]-re.Rune[i] > 32 {
				return nil, false
			}
			for c := re.Rune[i]; c <= re.Rune[i+1]; c++ {
				out = append(out, strings.ToLower(string(c)))
			}
		}
		if len(out) > maxHeads {
			return nil, false
		}
		return cut(out, true)
	case syntax.OpEmptyMatch, syntax.OpBeginLine, syntax.OpEndLine, syntax.OpBeginText, syntax.OpEndText,
		syntax.OpWordBoundary, syntax.OpNoWordBoundary:
		return []string{""}, true
	case syntax.OpCapture:
		return heads(re.Sub[0])
	case syntax.OpPlus:
		hs, _ := heads(re.Sub[0])
		return hs, false
	case syntax.OpQuest, syntax.OpStar:
		// Absent, or once (and for a star, more after it).
		hs, exact := heads(re.Sub[0])
		if hs == nil {
			return nil, false
		}
		return cut(append(hs, ""), exact && re.Op == syntax.OpQuest)
	case syntax.OpAlternate:
		var out []string
		exact := true
		for _, sub := range re.Sub {
			hs, ex := heads(sub)
			if hs == nil {
				return nil, false
			}
			out = append(out, hs...)
			exact = exact && ex
		}
		return cut(out, exact)
	case syntax.OpConcat:
		return concatHeads(re.Sub)
	}
	return nil, false
}

// concatHeads returns the heads of a sequence of parts. Open heads are
// what the parts so far match exactly, to be continued by the next part;
// closed ones are heads no part continues (they are long enough, or what
// follows them is not known).
func concatHeads(parts []*syntax.Regexp) ([]string, bool) {
	open, closed := []string{""}, []string(nil)
	extend := func(hs []string) []string {
		var out []string
		for _, a := range open {
			for _, b := range hs {
				out = append(out, a+b)
			}
		}
		return out
	}
	for _, sub := range parts {
		if len(open) == 0 {
			break
		}
		optional := sub.Op == syntax.OpQuest || sub.Op == syntax.OpStar || sub.Op == syntax.OpRepeat && sub.Min == 0
		inner := sub
		if optional {
			inner = sub.Sub[0]
		}
		hs, ex := heads(inner)
		wide := hs != nil && !(len(open) == 1 && open[0] == "") && (len(hs) > 16 || len(open)*len(hs) > maxProduct)
		switch {
		case hs == nil || wide:
			closed, open = append(closed, open...), nil // what follows is not known, or not worth the heads
		case optional:
			// Absent, the part leaves the open heads open; present, it
			// continues them, exactly only once and known exactly.
			grown := extend(hs)
			if ex && sub.Op == syntax.OpQuest || sub.Op == syntax.OpRepeat && sub.Max == 1 && ex {
				open = append(open, grown...)
			} else {
				closed = append(closed, grown...)
			}
		case ex:
			open = extend(hs)
		default:
			closed, open = append(closed, extend(hs)...), nil
		}
		// Heads headLen long are long enough.
		kept := open[:0]
		for _, h := range open {
			if len(h) >= headLen {
				closed = append(closed, h)
			} else {
				kept = append(kept, h)
			}
		}
		open = kept
		if len(open)+len(closed) > 4*maxHeads {
			return nil, false
		}
	}
	all, _ := cut(append(closed, open...), true)
	return trim(all), len(closed) == 0
}

// cut shortens hs to headLen bytes and drops repeats; exact stays set
// only when none was shortened. It returns nil when more than maxHeads
// are left.
func cut(hs []string, exact bool) ([]string, bool) {
	for i, h := range hs {
		if len(h) > headLen {
			hs[i], exact = h[:headLen], false
		}
	}
	slices.Sort(hs)
	hs = slices.Compact(hs)
	if len(hs) > maxHeads {
		return nil, false
	}
	return hs, exact
}

// trim returns hs, or nil when one of them is empty: a match may then
// begin with anything.
func trim(hs []string) []string {
	for _, h := range hs {
		if h == "" {
			return nil
		}
	}
	return hs
}

// headAt reports whether s may begin with one of the expression's heads.
// A head is compared byte by byte with s lowered as ASCII; where s holds
// a non-ASCII byte (which may fold to an ASCII letter, as "ſ" does to
// "s") or the head does, the head is taken to match from there on.
func (r *Regexp) headAt(s string) bool {
	if !r.headed || s[0] >= utf8.RuneSelf {
		return true
	}
	for _, h := range r.heads[fold.LowerByte(s[0])] {
		if headMatch(s, h) {
			return true
		}
	}
	return false
}

func headMatch(s, h string) bool {
	for i := 0; i < len(h); i++ {
		if i >= len(s) {
			return false
		}
		c := s[i]
		if c >= utf8.RuneSelf || h[i] >= utf8.RuneSelf {
			return true
		}
		if fold.LowerByte(c) != h[i] {
			return false
		}
	}
	return true
}

// foldsToASCII reports whether r matches an ASCII letter case aside, as
// "ſ" matches "s" and the Kelvin sign "k".
func foldsToASCII(r rune) bool {
	for o := unicode.SimpleFold(r); o != r; o = unicode.SimpleFold(o) {
		if o < utf8.RuneSelf {
			return true
		}
	}
	return false
}

// Set is a list of expressions, each of which begins at a word boundary
// (\b), run together: its matches are those of their alternation
// (?:e1|e2|...), leftmost first and, at one position, the first
// expression that matches, each with the index of that expression and
// its own submatches. It serves where one alternation of many words
// would carry a thread for every word at every position: at each word
// start, only the expressions that can begin with the text there (their
// heads) are run, each anchored and small.
type Set struct {
	members []*Regexp
	// byFirst are the members that can begin with an ASCII byte, in
	// order; nonASCII those that can begin with another character.
	byFirst  [utf8.RuneSelf][]int
	nonASCII []int
	// byPair are the members that can begin with an ASCII byte followed
	// by another, in order: byFirst's, less those whose heads (of a
	// second byte) tell that they cannot.
	byPair [][]int
}

// SetMatch is a match of a Set: the index of its expression and the
// expression's submatches, as FindStringSubmatchIndex returns them.
type SetMatch struct {
	Index int
	Loc   []int
}

// MustCompileSet compiles exprs as a Set; it panics when one does not
// compile or may begin other than at a word boundary.
func MustCompileSet(exprs []string) *Set {
	set := &Set{}
	for i, e := range exprs {
		r := analyse(e)
		if r.anywhere || !r.boundary {
			panic("starts: a set's expression must begin at a word boundary: " + e)
		}
		// A set runs its expressions only anchored, never narrowed: they
		// compile from their text, as fast as expr does, with no
		// syntax tree printed to compile again (see Unfold).
		r.any = *anchor(e)
		set.members = append(set.members, r)
		for c := range r.first {
			if r.first[c] {
				set.byFirst[c] = append(set.byFirst[c], i)
			}
		}
		if r.nonASCII {
			set.nonASCII = append(set.nonASCII, i)
		}
	}
	set.byPair = make([][]int, utf8.RuneSelf*utf8.RuneSelf)
	for c0 := range utf8.RuneSelf {
		for c1 := range utf8.RuneSelf {
			for _, i := range set.byFirst[c0] {
				if set.members[i].mayPair(byte(c0), byte(c1)) {
					set.byPair[c0*utf8.RuneSelf+c1] = append(set.byPair[c0*utf8.RuneSelf+c1], i)
				}
			}
		}
	}
	return set
}

// mayPair reports whether a match may begin with the ASCII bytes c0 and
// c1: whether headAt may hold for a text that begins with them.
func (r *Regexp) mayPair(c0, c1 byte) bool {
	if !r.headed {
		return true
	}
	for _, h := range r.heads[fold.LowerByte(c0)] {
		if len(h) == 1 || h[1] >= utf8.RuneSelf || h[1] == fold.LowerByte(c1) {
			return true
		}
	}
	return false
}

// FindAll returns the matches of the set's alternation in s, in order, as
// regexp's FindAllStringSubmatchIndex would find them.
func (set *Set) FindAll(s string) []SetMatch {
	var out []SetMatch
	prevWord := false
	for p := 0; p < len(s); {
		c, w := s[p], 1
		var tried []int
		switch {
		case c < utf8.RuneSelf && p+1 < len(s) && s[p+1] < utf8.RuneSelf:
			tried = set.byPair[int(c)*utf8.RuneSelf+int(s[p+1])]
		case c < utf8.RuneSelf:
			tried = set.byFirst[c]
		default:
			_, w = utf8.DecodeRuneInString(s[p:])
			tried = set.nonASCII
		}
		word := wordByte(c)
		if m, i := set.at(s, p, tried, word != prevWord); m != nil {
			out = append(out, SetMatch{Index: i, Loc: m})
			// A match is never empty here (each begins with a
			// character), so the next one is looked for from where this
			// one ends, as regexp does.
			p = m[1]
			prevWord = wordByte(s[p-1])
			continue
		}
		prevWord = word
		p += w
	}
	return out
}

// at returns the match of the first of the members tried that matches at
// p, and its index, or nil.
func (set *Set) at(s string, p int, tried []int, boundary bool) ([]int, int) {
	if !boundary {
		return nil, -1
	}
	for _, i := range tried {
		r := set.members[i]
		if !r.headAt(s[p:]) {
			continue
		}
		if m := r.any.at(s, p); m != nil {
			return m, i
		}
	}
	return nil, -1
}
