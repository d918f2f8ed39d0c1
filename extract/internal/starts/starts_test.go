package starts

import (
	"math/rand/v2"
	"reflect"
	"regexp"
	"slices"
	"strings"
	"testing"
)

// exprs cover word lists with and without \b, anchors, classes, folded
// letters and non-ASCII starts, and expressions run as they are.
var exprs = []string{
	`(?i)\b(?:(open(?:ed|s)?\s+for\s+signature)|(sign(?:ed|s|atory)?)|(ratif(?:y|ied)))(?:[^\p{L}\p{N}]|$)`,
	`(?i)\b(\d{1,3}|one|two|deux)\s+(signatories|parties)\b`,
	`(?i)(?:^|[^\p{L}])(?:since|depuis)\s*`,
	`^abc`,
	`(?m)^x`,
	`\Bing`,
	`(?i)kelvin|ſun`,
	`é+t|[à-ü]x`,
	`a*`,
	`x?y`,
	`.b`,
	`\bé`,
	`(?i)\bwith\s+(?:this|these)\b|これにより`,
	`(a)|(b)(c)?`,
	`[\x{FFFD}]z`,
	`(?:(x)|(y)z)?(a)|(b)`,
	`(?i)\b(?:(s)ign|(r)atif|(o)pen)(s)?`,
	`(?:x|)(?:(c)|a(b))`,
	`\b(?:(?:(a)|b)+c|(a)b)`,
}

var texts = []string{
	"", "abc", "xabc", "It was signed and ratified.", "opened for signature, then signed", "2 parties; deux signatories",
	"x\nx", "ringing ing", "KELVIN ſun \u212aelvin SUN", "éét àx", "aaa", "yxy", "ab b", "é café xé", "with these これにより",
	"abcbc", "\xffz\xe2z", "\x82\xa2\xe2z", "ab\xe2\x82\xacz", "12 PARTIES and 3 signatories",
}

func TestMatchesAsRegexp(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	alphabet := []string{"a", "b", "c", "s", "S", "r", "o", "ratif", "sign", "OPEN", "x", "y", "z", " ", "\n", "signed", "ratify", "one", "2", "parties", "ing", "é", "à", ",", "\xe2", "\x82", "\xff", "ſ", "K", "\u212a", "since", "これにより", "_", "open", "for signature"}
	for _, e := range exprs {
		re, sr := regexp.MustCompile(e), MustCompile(e)
		check := func(s string) {
			t.Helper()
			if got, want := sr.FindAllStringSubmatchIndex(s, -1), re.FindAllStringSubmatchIndex(s, -1); !reflect.DeepEqual(got, want) {
				t.Errorf("%q on %q: %v, want %v", e, s, got, want)
			}
			if got, want := sr.FindAllStringSubmatchIndex(s, 1), re.FindAllStringSubmatchIndex(s, 1); !reflect.DeepEqual(got, want) {
				t.Errorf("%q on %q, one match: %v, want %v", e, s, got, want)
			}
			if got, want := sr.FindStringSubmatchIndex(s), re.FindStringSubmatchIndex(s); !reflect.DeepEqual(got, want) {
				t.Errorf("%q on %q, first: %v, want %v", e, s, got, want)
			}
			if got, want := sr.FindAllStringIndex(s, -1), re.FindAllStringIndex(s, -1); !reflect.DeepEqual(got, want) {
				t.Errorf("%q on %q, indexes: %v, want %v", e, s, got, want)
			}
			if got, want := sr.MatchString(s), re.MatchString(s); got != want {
				t.Errorf("%q on %q, matches: %v, want %v", e, s, got, want)
			}
		}
		for _, s := range texts {
			check(s)
		}
		for range 3000 {
			var s string
			for range rng.IntN(10) {
				s += alphabet[rng.IntN(len(alphabet))]
			}
			check(s)
		}
	}
}

// TestNarrowed checks which expressions are run only where a match can
// begin, and which as they are.
func TestNarrowed(t *testing.T) {
	for _, c := range []struct {
		expr     string
		narrowed bool
		boundary bool
	}{
		{`(?i)\b(?:sign|ratif)`, true, true},
		{`(?i)(?:^|\s)since`, true, false},
		{`a*`, false, false}, // matches the empty text
		{`.b`, false, false}, // begins with any character
		{`\bx|y`, true, false},
	} {
		r := MustCompile(c.expr)
		if !r.anywhere != c.narrowed || r.boundary != c.boundary {
			t.Errorf("%q: narrowed %v boundary %v, want %v %v", c.expr, !r.anywhere, r.boundary, c.narrowed, c.boundary)
		}
	}
	for expr, want := range map[string][]string{
		`(?i)\b(?:sign|ratif)`:      {"sign", "rati"},
		`(?i)\b(?:re)?join(?:ed|s)`: {"rejo", "join"},
		`\b(\d{1,3}|one)\s+parties`: {"0", "1", "2", "3", "4", "5", "6", "7", "8", "9", "one"},
		`(?i)(?:^|\s)since`:         {"sinc", " sin", "\tsin", "\nsin", "\fsin", "\rsin"},
		`(?i)(?:^|[^\pL])since`:     nil, // a class too wide to list
		`(?:x)*y`:                   {"x", "y"},
	} {
		r := MustCompile(expr)
		var got []string
		for _, hs := range r.heads {
			got = append(got, hs...)
		}
		slices.Sort(got)
		slices.Sort(want)
		if !slices.Equal(got, want) {
			t.Errorf("%q heads %q, want %q", expr, got, want)
		}
	}
	r := MustCompile(`(?i)\bsign`)
	for c, want := range map[byte]bool{'s': true, 'S': true, 'i': false, ' ': false} {
		if r.first[c] != want {
			t.Errorf("first %q: %v, want %v", c, r.first[c], want)
		}
	}
}

func FuzzMatchesAsRegexp(f *testing.F) {
	for _, s := range texts {
		f.Add(s)
	}
	res := make([]*regexp.Regexp, len(exprs))
	srs := make([]*Regexp, len(exprs))
	for i, e := range exprs {
		res[i], srs[i] = regexp.MustCompile(e), MustCompile(e)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for i := range exprs {
			if got, want := srs[i].FindAllStringSubmatchIndex(s, -1), res[i].FindAllStringSubmatchIndex(s, -1); !reflect.DeepEqual(got, want) {
				t.Errorf("%q on %q: %v, want %v", exprs[i], s, got, want)
			}
		}
	})
}

// TestSparse checks that a Sparse expression, given every character
// boundary of a text, finds what regexp finds, and that given only some
// it finds the matches that begin there.
func TestSparse(t *testing.T) {
	rng := rand.New(rand.NewPCG(5, 6))
	alphabet := []string{"a", "b", "x", " ", "the", "THE", "le", "é", "5", "60th", "state", ",", "\xff", "ſ", "\n"}
	for _, e := range []string{`(?i)(?:^|[^\p{L}\p{N}])(?:the|le)\s*(\d+th)\s+(state)?`, `(?i)(?:^|[^\p{L}])(a)(b)?`, `x$|(é)`} {
		re, sp := regexp.MustCompile(e), MustCompileSparse(e)
		for range 3000 {
			var s string
			for range rng.IntN(10) {
				s += alphabet[rng.IntN(len(alphabet))]
			}
			var all []int
			for i := range s {
				all = append(all, i)
			}
			if got, want := sp.FindAllStringSubmatchIndex(s, all), re.FindAllStringSubmatchIndex(s, -1); !reflect.DeepEqual(got, want) {
				t.Errorf("%q on %q: %v, want %v", e, s, got, want)
			}
		}
	}
	sp := MustCompileSparse(`(?i)(?:^|\s)the`)
	if got, want := sp.FindAllStringSubmatchIndex("the cat, the dog, the end", []int{8}), [][]int{{8, 12}}; !reflect.DeepEqual(got, want) {
		t.Errorf("at 8: %v, want %v", got, want)
	}
}

// sets are lists of expressions that begin at a word boundary: words
// that share heads, one that is another's prefix, an expression that
// fails for what follows it while a later one matches, non-ASCII starts
// and folded letters.
var sets = [][]string{
	{`(?i)\b(sign(?:ed|s|atory)?)(?:[^\p{L}\p{N}]|$)`, `(?i)\b(sign(?:ée?s?|ataire))(?:[^\p{L}\p{N}]|$)`, `(?i)\b(ratif(?:y|ied))(?:[^\p{L}\p{N}]|$)`},
	{`(?i)\b(open(?:ed|s)?\s+for\s+signature)(?:[^\p{L}\p{N}]|$)`, `(?i)\b(open(?:ed)?)\b`, `(?i)\b(o)`},
	{`(?i)\b(dénonc(?:ée?|iation))(?:[^\p{L}\p{N}]|$)`, `(?i)\b(ūber|über)`, `\bé(x)?`, `(?i)\b(sun|kelvin)`},
	{`(?i)\b((?:re)?join(?:ed|s))(?:[^\p{L}\p{N}]|$)`, `(?i)\b(\d{1,3}|one)\s+(parties)\b`, `(?i)\b(on(?:e|ce)?)`},
}

var setAlphabet = []string{"a", "s", "S", "sign", "SIGN", "ed", "ée", "ataire", "atory", "ratif", "y", "ied", "open", "OPENED", " for signature", "o", "one", "once",
	"dénonc", "iation", "über", "ūber", "é", "x", "ſun", "\u212aelvin", "rejoin", "join", "s", "12", " parties", " ", ",", "-", "_", "\xe2", "\xff", "これ"}

func TestSetMatchesAlternation(t *testing.T) {
	rng := rand.New(rand.NewPCG(5, 6))
	for _, exprs := range sets {
		// The alternation with each expression in a group of its own,
		// which tells which one matched; first[i] is that group.
		var alts []string
		first := make([]int, len(exprs))
		n := 1
		for i, e := range exprs {
			alts = append(alts, `(`+e+`)`)
			first[i] = n
			n += regexp.MustCompile(e).NumSubexp() + 1
		}
		re := regexp.MustCompile(strings.Join(alts, "|"))
		set := MustCompileSet(exprs)
		check := func(s string) {
			t.Helper()
			var want []SetMatch
			for _, loc := range re.FindAllStringSubmatchIndex(s, -1) {
				for i, g := range first {
					if loc[2*g] >= 0 {
						sub := regexp.MustCompile(exprs[i]).NumSubexp()
						want = append(want, SetMatch{Index: i, Loc: append(loc[:2:2], loc[2*g+2:2*g+2+2*sub]...)})
						break
					}
				}
			}
			if got := set.FindAll(s); !reflect.DeepEqual(got, want) {
				t.Errorf("set %q on %q: %v, want %v", exprs, s, got, want)
			}
		}
		for _, s := range texts {
			check(s)
		}
		for range 3000 {
			var s string
			for range rng.IntN(12) {
				s += setAlphabet[rng.IntN(len(setAlphabet))]
			}
			check(s)
		}
	}
}

func TestSetRefusesAnywhere(t *testing.T) {
	defer func() {
		if recover() == nil {
			t.Error("a set took an expression that may begin inside a word")
		}
	}()
	MustCompileSet([]string{`(?i)\bsign`, `ratif`})
}
