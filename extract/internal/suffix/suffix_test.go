package suffix

import (
	"math/rand/v2"
	"regexp"
	"strings"
	"testing"
)

// exprs cover each kind of syntax node reverse handles.
var exprs = []string{
	`(?i)\b(?:plans?|intends?)\s+to(?:\s+[\p{L}'’-]+){0,4}\s*$`,
	`(?i)(?:^|[^\p{L}\p{N}])(?:not|to|for)(?:\s+(?:yet|formally|\w+ly))*\s*$`,
	`(?i)\b(?:the|these)\s+(?:(?:last|first)\s+)?$`,
	`abc`,
	`^abc`,
	`^$`,
	`a+b*?c{2,3}$`,
	`(?m)^x$`,
	`(x|yz)(?:w|)$`,
	`\Bing\b$`,
	`[^,.;]*$`,
	`(?i)première\s+à$`,
	`\d+(?:st|nd)\s*$`,
}

var texts = []string{
	"", "abc", "xabc", "abcc", "It plans to formally", "it Plans to ratify the treaty soon",
	"has not yet formally", "Not", "the last ", "THE FIRST ", "these  ", "aabcc", "abccc",
	"x\nx", "yzw", "yz", "xw", "a ring", "ringing", "la PREMIÈRE à", "the 21st ", "2nd",
	"\xff\xfe", "ab\x82\xa2\xe2", "\xe2\x82", "caf\u00e9 to ",
}

// TestMatchesAsRegexp checks that every expression answers as
// regexp.MatchString does, on chosen texts and on random ones.
func TestMatchesAsRegexp(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	alphabet := []string{"a", "b", "c", "x", "y", "z", "w", " ", "\n", "to", "not", "the", "first", "ing", "1", "st", ",", "é", "à", "\xe2", "\x82", "\xa2", "ſ", "K"}
	for _, e := range exprs {
		re, tr := regexp.MustCompile(e), MustCompile(e)
		check := func(s string) {
			if got, want := tr.MatchString(s), re.MatchString(s); got != want {
				t.Errorf("%q on %q: %v, want %v", e, s, got, want)
			}
		}
		for _, s := range texts {
			check(s)
		}
		for range 2000 {
			var s string
			for range rng.IntN(12) {
				s += alphabet[rng.IntN(len(alphabet))]
			}
			check(s)
		}
	}
}

func TestReverse(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"", ""},
		{"abc", "cba"},
		{"café", "éfac"},
		{"a\xffb", "b\uFFFDa"},
		{"\x82\xa2\xe2", "\uFFFD\uFFFD\uFFFD"}, // would join into a character reversed byte by byte
	} {
		if got := string(Reverse(nil, c.in)); got != c.want {
			t.Errorf("Reverse(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

func FuzzMatchesAsRegexp(f *testing.F) {
	for _, s := range texts {
		f.Add(s)
	}
	res := make([]*regexp.Regexp, len(exprs))
	trs := make([]*Regexp, len(exprs))
	for i, e := range exprs {
		res[i], trs[i] = regexp.MustCompile(e), MustCompile(e)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for i := range exprs {
			if got, want := trs[i].MatchString(s), res[i].MatchString(s); got != want {
				t.Errorf("%q on %q: %v, want %v", exprs[i], s, got, want)
			}
		}
	})
}

// TestAnchored checks that expressions that match only at the end of a
// text run anchored, which is what makes them fast, and others do not.
func TestAnchored(t *testing.T) {
	for _, c := range []struct {
		expr string
		want bool
	}{
		{`abc$`, true},
		{`(?:a|b\s*)$`, true},
		{`(?:a$|b$)`, true},
		{`(x$)`, true},
		{`(?:a$|b)`, false},
		{`abc`, false},
		{`^abc`, false},
		{`(?m)abc$`, false},
	} {
		if got := strings.HasPrefix(MustCompile(c.expr).rev.String(), "^(?:"); got != c.want {
			t.Errorf("%q anchored: %v, want %v", c.expr, got, c.want)
		}
	}
}

func TestUnionMatchesAlternation(t *testing.T) {
	parts := []string{`(?i)(?:^|\W)(?:plans?|will)(?:\s+\w+){0,2}\s*$`, `(?i)\b(?:not|pas)(?:\s+(?:yet|encore|\w+ly))*\s*$`, `x`}
	whole := regexp.MustCompile(strings.Join(parts, "|"))
	u := MustCompileUnion(parts...)
	for _, s := range []string{"", "it plans to", "it will formally", "has not yet", "n'a pas encore", "not yet ratified", "xyz", "planet", "will it be ratified"} {
		if got, want := u.MatchString(s), whole.MatchString(s); got != want {
			t.Errorf("union on %q: %v, want %v", s, got, want)
		}
		if got, want := u.MatchStringIf(s, func(i int) bool { return i != 0 }), regexp.MustCompile(strings.Join(parts[1:], "|")).MatchString(s); got != want {
			t.Errorf("union but the first on %q: %v, want %v", s, got, want)
		}
	}
}
