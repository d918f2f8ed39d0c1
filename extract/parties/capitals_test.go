package parties

import (
	"regexp"
	"slices"
	"sort"
	"strings"
	"sync"
	"testing"
)

// TestCapitals checks that capitals are found with their states' codes,
// in the languages read, and that other words are not.
func TestCapitals(t *testing.T) {
	for _, c := range []struct{ text, want string }{
		{"while Moscow ratified it", "RUS"},
		{"ratifié par Moscou", "RUS"},
		{"Pekín firmó", "CHN"},
		{"Brussels deposited", "EUE"},
		{"the view from The Hague", "NLD"},
		{"モスクワは批准した", "RUS"},
		{"Moscowitz signed", ""},
		{"no capital here", ""},
	} {
		ms := Capitals(c.text)
		got := ""
		if len(ms) > 0 {
			got = ms[0].Code
			if c.text[ms[0].Start:ms[0].End] == "" {
				t.Errorf("Capitals(%q): empty span", c.text)
			}
		}
		if got != c.want {
			t.Errorf("Capitals(%q) = %q, want %q", c.text, got, c.want)
		}
	}
}

// capitalRE is every capital's name in one regular expression: in Latin
// letters at a boundary of letters and digits, in Japanese anywhere,
// longest first.
var capitalRE = sync.OnceValue(func() *regexp.Regexp {
	var spaced, cjk []string
	for n := range capitalCode {
		if hasCJK(n) {
			cjk = append(cjk, regexp.QuoteMeta(n))
		} else {
			spaced = append(spaced, regexp.QuoteMeta(n))
		}
	}
	longestFirst := func(ns []string) string {
		sort.Slice(ns, func(i, j int) bool { return len(ns[i]) > len(ns[j]) || len(ns[i]) == len(ns[j]) && ns[i] < ns[j] })
		return strings.Join(ns, "|")
	}
	return regexp.MustCompile(`(?:^|[^\p{L}\p{N}])(` + longestFirst(spaced) + `)(?:[^\p{L}\p{N}]|$)|(` + longestFirst(cjk) + `)`)
})

// capitalsByRegexp is Capitals by capitalRE, left to right, each search
// starting where the last name ended. Capitals must find what it finds.
func capitalsByRegexp(s string) []Mention {
	re := capitalRE()
	var out []Mention
	for at := 0; at < len(s); {
		loc := re.FindStringSubmatchIndex(s[at:])
		if loc == nil {
			break
		}
		g := 2
		if loc[2] < 0 {
			g = 4
		}
		out = append(out, Mention{Start: at + loc[g], End: at + loc[g+1], Code: capitalCode[s[at+loc[g]:at+loc[g+1]]]})
		at += loc[g+1]
	}
	return out
}

// capitalTexts are sentences of our own with capitals next to letters,
// digits, punctuation, Japanese text and one another.
var capitalTexts = []string{
	"while Moscow ratified it, Beijing waited and New Delhi signed",
	"Moscowitz and Parisian views; Rome, Roma and Rom; Romeo",
	"ratifié par Moscou (et Pékin) — Bruxelles a suivi.",
	"モスクワは批准し、北京Paris と東京Tokyo2 ワシントンDC",
	"Delhi New Delhi Nueva Delhi New Dehli Neu-Delhi",
	"The Hague, La Haye, L'Aia, Den Haag; the hague",
	"«Berlin»Berlino/Berlim_Berna 5Bern Bern5 Bern",
	"ParisParis Paris\u00a0Londres\tLondon\nWien",
	"Kyiv Kiev Kiew Kyïv kyiv KYIV",
	"Mexico City Ciudad de México Mexico",
	"パリ協定 パリジェンヌ ロンドン塔",
	"\xffParis\xfe Tokio\xc3",
	"",
	"Paris",
}

func TestCapitalsAsRegexp(t *testing.T) {
	for _, s := range capitalTexts {
		if got, want := Capitals(s), capitalsByRegexp(s); !slices.Equal(got, want) {
			t.Errorf("Capitals(%q) = %v, want %v", s, got, want)
		}
	}
}

// FuzzCapitals checks Capitals against the regular expression.
func FuzzCapitals(f *testing.F) {
	for _, s := range capitalTexts {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := Capitals(s), capitalsByRegexp(s); !slices.Equal(got, want) {
			t.Errorf("Capitals(%q) = %v, want %v", s, got, want)
		}
	})
}

const capitalsBenchText = "The delegations met in a hall near the river; while Moscow ratified the agreement, the ministers in Brasília and Pretoria waited for the Parisian summit. "

func BenchmarkCapitals(b *testing.B) {
	s := strings.Repeat(capitalsBenchText, 4)
	for b.Loop() {
		Capitals(s)
	}
}

// BenchmarkCapitalsByRegexp is BenchmarkCapitals by the regular
// expression, for comparison.
func BenchmarkCapitalsByRegexp(b *testing.B) {
	s := strings.Repeat(capitalsBenchText, 4)
	capitalRE()
	for b.Loop() {
		capitalsByRegexp(s)
	}
}
