package fold

import (
	"regexp"
	"regexp/syntax"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Needs returns lower-case words of which any text that expr matches
// holds at least one (in Lower's lower case), or nil when expr matches
// some text without any fixed word. A caller skips the expression on a
// text that Has none of them. The words are found in expr's syntax: a
// literal, an alternation of branches that each need a word, or the
// best-known word of a concatenation or of a repetition that runs at
// least once.
func Needs(expr string) []string {
	re, err := syntax.Parse(expr, syntax.Perl)
	if err != nil {
		return nil
	}
	return needs(re.Simplify())
}

func needs(re *syntax.Regexp) []string {
	switch re.Op {
	case syntax.OpLiteral:
		// Has looks in the lowered text, whatever the literal's case.
		w := strings.ToLower(string(re.Rune))
		if !plainWord(w) {
			return nil
		}
		return []string{w}
	case syntax.OpCapture:
		return needs(re.Sub[0])
	case syntax.OpPlus:
		return needs(re.Sub[0])
	case syntax.OpRepeat:
		if re.Min < 1 {
			return nil
		}
		return needs(re.Sub[0])
	case syntax.OpAlternate:
		var out []string
		for _, sub := range re.Sub {
			ws := needs(sub)
			if ws == nil {
				return nil
			}
			out = append(out, ws...)
		}
		return out
	case syntax.OpConcat:
		// A run of parts that each match one of a few fixed texts
		// makes longer words ("n['’]t" needs "n't" or "n’t"); the part
		// or run whose shortest word is longest is the best check.
		var best []string
		for i := 0; i < len(re.Sub); i++ {
			run, ok := exact(re.Sub[i])
			if !ok {
				if ws := needs(re.Sub[i]); score(ws) > score(best) {
					best = ws
				}
				continue
			}
			for i+1 < len(re.Sub) {
				next, ok := exact(re.Sub[i+1])
				if !ok || len(run)*len(next) > maxExact {
					break
				}
				run = product(run, next)
				i++
			}
			if score(run) > score(best) {
				best = run
			}
		}
		return best
	}
	return nil
}

// maxExact bounds the fixed texts a part may stand for.
const maxExact = 64

// score is the length of the shortest of ws, 0 for none.
func score(ws []string) int {
	n := -1
	for _, w := range ws {
		if n < 0 || len(w) < n {
			n = len(w)
		}
	}
	return max(n, 0)
}

func product(a, b []string) []string {
	var out []string
	for _, x := range a {
		for _, y := range b {
			out = append(out, x+y)
		}
	}
	return out
}

// exact returns the few fixed texts, lower-cased, of which re matches
// exactly one, or false.
func exact(re *syntax.Regexp) ([]string, bool) {
	switch re.Op {
	case syntax.OpLiteral:
		w := strings.ToLower(string(re.Rune))
		return []string{w}, plainWord(w)
	case syntax.OpEmptyMatch:
		return []string{""}, true
	case syntax.OpCharClass:
		seen := map[string]bool{}
		var out []string
		for i := 0; i+1 < len(re.Rune); i += 2 {
			if re.Rune[i+1]-re.Rune[i] >= maxExact {
				return nil, false
			}
			for r := re.Rune[i]; r <= re.Rune[i+1]; r++ {
				if r == 'ſ' {
					continue // a text holding it passes every check
				}
				w := string(unicode.ToLower(r))
				if !plainWord(w) {
					return nil, false
				}
				if !seen[w] {
					seen[w] = true
					out = append(out, w)
				}
			}
		}
		return out, len(out) > 0 && len(out) <= maxExact
	case syntax.OpCapture:
		return exact(re.Sub[0])
	case syntax.OpQuest:
		ws, ok := exact(re.Sub[0])
		return append(ws, ""), ok && len(ws) < maxExact
	case syntax.OpAlternate:
		var out []string
		for _, sub := range re.Sub {
			ws, ok := exact(sub)
			if !ok || len(out)+len(ws) > maxExact {
				return nil, false
			}
			out = append(out, ws...)
		}
		return out, true
	case syntax.OpConcat:
		out := []string{""}
		for _, sub := range re.Sub {
			ws, ok := exact(sub)
			if !ok || len(out)*len(ws) > maxExact {
				return nil, false
			}
			out = product(out, ws)
		}
		return out, true
	}
	return nil, false
}

// plainWord reports whether w, lower-cased, is found by Has in every text
// that a case-insensitive expression matches it in: it holds only ASCII,
// Latin letters with accents and letters without case, none of which
// strings.ToLower lowers differently from the expression's case folding
// (Lower itself answers true for the few texts where that would fail).
func plainWord(w string) bool {
	if w == "" || !utf8.ValidString(w) {
		return false
	}
	for _, r := range w {
		switch {
		case r < utf8.RuneSelf:
		case unicode.Is(unicode.Latin, r) && r != 'ſ' && r != 'ı' && r != 'ß':
		case !unicode.IsUpper(r) && !unicode.IsLower(r) && unicode.SimpleFold(r) == r:
		default:
			return false
		}
	}
	return true
}

// Guarded is a regular expression with the words it needs.
type Guarded struct {
	*regexp.Regexp
	needs *Pieces // nil when it needs none
}

// Guard compiles expr with the words it needs (see Needs).
func Guard(expr string) Guarded {
	return GuardCompiled(regexp.MustCompile(expr))
}

// GuardCompiled returns re with the words it needs (see Needs).
func GuardCompiled(re *regexp.Regexp) Guarded {
	g := Guarded{Regexp: re}
	if ws := Needs(re.String()); ws != nil {
		g.needs = NewPieces(ws...)
	}
	return g
}

// May reports whether the expression may match the text t was lowered
// from: false only when t holds none of the words it needs.
func (g Guarded) May(t Text) bool {
	return g.needs == nil || t.HasAny(g.needs)
}
