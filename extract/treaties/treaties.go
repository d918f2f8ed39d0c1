// Package treaties recognises the treaties a text names and gives each a
// canonical id.
//
// Ids: a Council of Europe treaty is "ETS-n" for numbers up to 193 (the
// European Treaty Series) and "CETS-n" from 194 on (the Council of Europe
// Treaty Series), without leading zeros: ETS-5, ETS-108, ETS-185, CETS-210,
// CETS-225. "CETS No. 185" and "ETS No. 225" are read by number, whatever
// series prefix the page used. Treaties outside the Council of Europe series
// deposited with the UN Secretary-General are "UNTC-" and their UN Treaty
// Collection chapter and number: "UNTC-XXVII-7-d" (the Paris Agreement),
// "UNTC-IX-4" (the WHO Framework Convention on Tobacco Control). Others get
// a short mnemonic id (see names.go).
//
// Treaties are found by series number ("CETS No. 225", "STCE n° 225",
// "ETS 185", and "Treaty 225" on Council of Europe pages), by full title in
// English or French, and by short name ("the AI Convention", "the Budapest
// Convention"). A general reference ("the Convention", "the treaty", "la
// Convention") is reported as Generic and resolved by the caller to the
// page's subject treaty. The name table is language, not facts.
//
// Everything here is safe for concurrent use.
package treaties

import (
	"regexp"
	"sort"
	"strconv"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/citewatch/citewatch/extract/internal/fold"
)

// Mention is a treaty named in a text, with its byte span. Generic
// mentions ("the Convention") have an empty ID.
type Mention struct {
	Start, End int
	ID         string
	Generic    bool
}

// SeriesID returns the canonical id of Council of Europe treaty number n.
func SeriesID(n int) string {
	if n <= 193 {
		return "ETS-" + strconv.Itoa(n)
	}
	return "CETS-" + strconv.Itoa(n)
}

var (
	reNumber = regexp.MustCompile(`(?i)\b(?:C?ETS|STCE|STE)\s*(?:No\.?|n°|nº|no|#|Nr\.?)?\s*(\d{1,3})\b`)
	// "Treaty 225", "Treaty No. 225", "Traité n° 225": only on Council of Europe pages.
	reCoETreaty  = regexp.MustCompile(`(?i)\b(?:Treaty|Traité)\s+(?:No\.?|n°|nº)?\s*(\d{1,3})\b`)
	reGenericCJK = regexp.MustCompile(`(?:この|本|同|当該)(?:枠組)?条約`)
	reGeneric    = regexp.MustCompile(`(?i)\b(?:the|this|that|la|cette|le|ce|die|dieses?)\s+(?:(?:framework|AI|new|landmark|international|global|first)\s+)*(?:convention(?:-cadre)?|treaty|traité|agreement|accord|pact|pacte|übereinkommen|konvention)\b`)
)

// name is one treaty name, folded for matching.
type name struct {
	folded      string
	id          string
	wordAtStart bool // starts with a letter or digit: needs a word boundary before
	wordAtEnd   bool
}

var (
	once  sync.Once
	names []name
)

func load() []name {
	once.Do(func() {
		for _, line := range strings.Split(nameTable, "\n") {
			id, list, ok := strings.Cut(line, ":")
			if !ok {
				continue
			}
			for _, n := range strings.Split(list, "|") {
				n = strings.TrimSpace(n)
				if n == "" {
					continue
				}
				f, _ := foldText(n, false)
				first, _ := utf8.DecodeRuneInString(f)
				last, _ := utf8.DecodeLastRuneInString(f)
				names = append(names, name{folded: f, id: strings.TrimSpace(id), wordAtStart: isWord(first), wordAtEnd: isWord(last)})
			}
		}
	})
	return names
}

// isWord reports whether r belongs to a word for boundary checks. Han,
// Hiragana and Katakana text has no word boundaries, so those letters do
// not count.
func isWord(r rune) bool {
	if r >= 0x3040 && r <= 0x30ff || r >= 0x4e00 && r <= 0x9fff {
		return false
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

// foldText lower-cases s, turns curly apostrophes straight, hyphen variants
// into "-" and runs of white space into one space, so that names match
// with strings.Index. With positions, it also returns, for each byte of
// the folded text, the offset of the byte of s it came from, plus one
// final entry for the end.
func foldText(s string, positions bool) (string, []int) {
	var b strings.Builder
	b.Grow(len(s))
	var pos []int
	if positions {
		pos = make([]int, 0, len(s)+1)
	}
	space := false
	for i, r := range s {
		switch {
		case unicode.IsSpace(r):
			if space {
				continue
			}
			r = ' '
		case r == '’' || r == '‘':
			r = '\''
		case r == '‐' || r == '‑':
			r = '-'
		default:
			r = unicode.ToLower(r)
		}
		space = r == ' '
		n := b.Len()
		b.WriteRune(r)
		if positions {
			for range b.Len() - n {
				pos = append(pos, i)
			}
		}
	}
	if positions {
		pos = append(pos, len(s))
	}
	return b.String(), pos
}

// findNames finds the table's names in s by substring search on folded
// text, at word boundaries. Matching literal names this way is many times
// faster than one large case-insensitive regular expression.
func findNames(s string, ms []Mention) []Mention {
	f, pos := foldText(s, true)
	for _, n := range load() {
		for from := 0; ; {
			i := strings.Index(f[from:], n.folded)
			if i < 0 {
				break
			}
			i += from
			end := i + len(n.folded)
			from = i + 1
			if n.wordAtStart && i > 0 {
				if r, _ := utf8.DecodeLastRuneInString(f[:i]); isWord(r) {
					continue
				}
			}
			if n.wordAtEnd && end < len(f) {
				if r, _ := utf8.DecodeRuneInString(f[end:]); isWord(r) {
					continue
				}
			}
			ms = append(ms, Mention{Start: pos[i], End: pos[end], ID: n.id})
		}
	}
	return ms
}

// Options tune recognition for one page.
type Options struct {
	// CouncilOfEurope allows bare "Treaty 225" as a series number, as the
	// Council of Europe's treaty office writes it.
	CouncilOfEurope bool
}

// Find returns the treaties named in s, in order, without overlaps.
func Find(s string, o Options) []Mention {
	var ms []Mention
	// Each expression runs only when s holds the characters or words it
	// cannot match without.
	lc := fold.Lower(s)
	digit := fold.HasDigit(s)
	if digit && lc.Has("ets", "stce", "ste") {
		for _, loc := range reNumber.FindAllStringSubmatchIndex(s, -1) {
			n, _ := strconv.Atoi(s[loc[2]:loc[3]])
			if n > 0 {
				ms = append(ms, Mention{Start: loc[0], End: loc[1], ID: SeriesID(n)})
			}
		}
	}
	if o.CouncilOfEurope && digit && lc.Has("treaty", "traité") {
		for _, loc := range reCoETreaty.FindAllStringSubmatchIndex(s, -1) {
			n, _ := strconv.Atoi(s[loc[2]:loc[3]])
			if n > 0 {
				ms = append(ms, Mention{Start: loc[0], End: loc[1], ID: SeriesID(n)})
			}
		}
	}
	ms = findNames(s, ms)
	if strings.Contains(s, "条約") {
		for _, loc := range reGenericCJK.FindAllStringIndex(s, -1) {
			ms = append(ms, Mention{Start: loc[0], End: loc[1], Generic: true})
		}
	}
	if lc.Has("convention", "treaty", "traité", "agreement", "accord", "pact", "übereinkommen", "konvention") {
		for _, loc := range reGeneric.FindAllStringIndex(s, -1) {
			ms = append(ms, Mention{Start: loc[0], End: loc[1], Generic: true})
		}
	}
	return dedupe(ms)
}

// dedupe keeps, among overlapping mentions, named over generic and then the
// longest.
func dedupe(ms []Mention) []Mention {
	sort.SliceStable(ms, func(i, j int) bool {
		if ms[i].Start != ms[j].Start {
			return ms[i].Start < ms[j].Start
		}
		return ms[i].End > ms[j].End
	})
	out := ms[:0]
	for _, m := range ms {
		if n := len(out); n > 0 && m.Start < out[n-1].End {
			prev := out[n-1]
			if prev.Generic && !m.Generic || prev.Generic == m.Generic && m.End-m.Start > prev.End-prev.Start {
				out[n-1] = m
			}
			continue
		}
		out = append(out, m)
	}
	return out
}

var (
	reMTDSG     = regexp.MustCompile(`(?i)[?&]mtdsg_no=([IVXLC]+-\d+(?:-[a-z])?)`)
	reTreatyNum = regexp.MustCompile(`(?i)[?&/](?:treatynum|treaty_?num|treaty)=?(\d{1,3})\b`)
)

// FromURL reads a treaty id from a depositary's address: the UN Treaty
// Collection's mtdsg_no parameter ("UNTC-XXVII-7-d") or the Council of
// Europe treaty office's treatynum parameter ("CETS-225").
func FromURL(u string) (string, bool) {
	if m := reMTDSG.FindStringSubmatch(u); m != nil {
		return "UNTC-" + m[1], true
	}
	if strings.Contains(u, "coe.int") {
		if m := reTreatyNum.FindStringSubmatch(u); m != nil {
			if n, _ := strconv.Atoi(m[1]); n > 0 {
				return SeriesID(n), true
			}
		}
	}
	return "", false
}

// Lookup returns the id of a whole treaty name or number ("CETS No. 225",
// "the Budapest Convention"), and whether it is known.
func Lookup(name string) (string, bool) {
	ms := Find(name, Options{CouncilOfEurope: true})
	for _, m := range ms {
		if !m.Generic {
			return m.ID, true
		}
	}
	return "", false
}
