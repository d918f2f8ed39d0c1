// Package treaties recognises the treaties a text names and gives each a
// stable id.
//
// Ids: a Council of Europe treaty is "ETS-n" for numbers up to 193 (the
// European Treaty Series) and "CETS-n" from 194 on (the Council of Europe
// Treaty Series), without leading zeros: ETS-5, ETS-108, ETS-185, CETS-210,
// CETS-225. "CETS No. 185" and "ETS No. 225" are read by number, whatever
// series prefix the page used. Treaties outside the Council of Europe series
// deposited with the UN Secretary-General are "UNTC-" and their UN Treaty
// Collection chapter and number: "UNTC-XXVII-7-d" (the Paris Agreement),
// "UNTC-IX-4" (the WHO Framework Convention on Tobacco Control). Others in
// the name table get a short mnemonic id (see names.go).
//
// Recognition is open-world. Treaties are found by series number ("CETS
// No. 225", "STCE n° 225", "SEV Nr. 225", "ETS 185", and "Treaty 225" on
// Council of Europe pages; "ILO Convention No. 190"); by the name table's full titles, short names and acronyms
// in English, French, Spanish, German, Italian, Portuguese and Japanese
// ("the High Seas Treaty", "TPNW", "Accord de Paris", "パリ協定"); by
// acronyms and short names a page defines for itself (see Learn); and, for
// any other treaty, by the shape of its title (a head noun such as
// Convention, Treaty, Protocol or Amendment with its capitalised words or
// its complement, see open.go), which gives an id derived from the
// normalised title (see DerivedID) and keeps the title as the mention's
// Name. A protocol or amendment of a treaty the table knows ("the Third
// Amendment to the Basel Convention") gets that treaty's id, a slash and
// its own derived name. A general reference ("the Convention", "le
// traité", "das Abkommen", "同条約") is reported as Generic and resolved
// by the caller to the page's subject treaty. The name table is language,
// not facts.
//
// Everything here is safe for concurrent use.
package treaties

import (
	"cmp"
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/citewatch/citewatch/extract/internal/fold"
	"github.com/citewatch/citewatch/extract/internal/starts"
)

// Mention is a treaty named in a text, with its byte span. Generic
// mentions ("the Convention") have an empty ID. Name is set for a treaty
// found by the shape of its title: the title as the text gives it, from
// which its ID was derived.
type Mention struct {
	Start, End int
	ID         string
	Generic    bool
	Name       string
}

// SeriesID returns the canonical id of Council of Europe treaty number n.
func SeriesID(n int) string {
	if n <= 193 {
		return "ETS-" + strconv.Itoa(n)
	}
	return "CETS-" + strconv.Itoa(n)
}

var (
	// The series numbers' expressions run only where a word starts with
	// their first words (see package starts): on a whole page, regexp
	// would try every position.
	reNumber = starts.MustCompile(`(?i)\b(?:C?ETS|STCE|STE|SEV)\s*(?:No\.?|n°|nº|no|#|Nr\.?|n\.|núm\.?)?\s*(\d{1,3})\b`)
	// "Treaty 225", "Treaty No. 225", "Traité n° 225": only on Council of Europe pages.
	reCoETreaty = starts.MustCompile(`(?i)\b(?:Treaty|Traité)\s+(?:No\.?|n°|nº)?\s*(\d{1,3})\b`)
	// "ILO Convention No. 190", "Convention n° 190 de l'OIT".
	reILO        = starts.MustCompile(`(?i)\bILO\s+Convention\s+(?:No\.?|n°|nº)?\s*(\d{1,3})\b|\bConvention\s+(?:No\.?|n°|nº)\s*(\d{1,3})\s+(?:of\s+the\s+ILO|de\s+l['’]OIT)\b|\bConvenio\s+(?:núm\.?|n°|nº|No\.?)\s*(\d{1,3})\s+de\s+la\s+OIT\b|\bConvention\s+de\s+l['’]OIT\s+(?:n°|nº|No\.?)\s*(\d{1,3})\b|\bILO\s+C(\d{1,3})\b`)
	reGenericCJK = regexp.MustCompile(`(?:この|本|同|当該|上記の|前記の)(?:枠組)?(?:条約|協定|議定書|改正|規程)`)
	// genericCJKHeads are the words every match of reGenericCJK ends with.
	genericCJKHeads = []string{"条約", "協定", "議定書", "改正", "規程"}
)

// name is one treaty name, folded for matching.
type name struct {
	folded      string
	id          string
	acronyms    []string // words in capitals that must match as written ("ATT", "WHO")
	wordAtStart bool     // starts with a letter or digit: needs a word boundary before
	wordAtEnd   bool
	rest        string // folded after its first word, for a name indexed by it
}

// nameIndex holds names by their first folded word, so that a text is
// searched once, word by word; names that start with no word (Japanese
// ones) are searched for as substrings.
type nameIndex struct {
	byWord map[string][]name
	other  []name
	// otherByFirst holds the names of other that start with a Han,
	// Hiragana or Katakana letter, by their index in other, by that
	// letter, which folding leaves as it is and makes of no other.
	otherByFirst map[rune][]int
	// otherNonCJK is set when a name of other starts with another
	// character.
	otherNonCJK bool
}

func (x *nameIndex) add(n name) {
	if !n.wordAtStart {
		if r := firstRune(n.folded); isCJK(r) {
			if x.otherByFirst == nil {
				x.otherByFirst = map[rune][]int{}
			}
			x.otherByFirst[r] = append(x.otherByFirst[r], len(x.other))
		} else {
			x.otherNonCJK = true
		}
		x.other = append(x.other, n)
		return
	}
	if x.byWord == nil {
		x.byWord = map[string][]name{}
	}
	w := firstWord(n.folded)
	n.rest = n.folded[len(w):]
	x.byWord[w] = append(x.byWord[w], n)
}

// firstWord returns the leading run of word runes of a folded text.
func firstWord(f string) string {
	for i, r := range f {
		if !isWord(r) {
			return f[:i]
		}
	}
	return f
}

var (
	once  sync.Once
	table nameIndex
	// tableKeys are the table's names by titleKey.
	tableKeys map[string]string
	// tableNames are the table's names of each id, folded.
	tableNames map[string][]string
)

func load() *nameIndex {
	once.Do(func() {
		tableKeys, tableNames = map[string]string{}, map[string][]string{}
		for _, line := range strings.Split(nameTable, "\n") {
			id, list, ok := strings.Cut(line, ":")
			if !ok {
				continue
			}
			for _, n := range strings.Split(list, "|") {
				n, id := strings.TrimSpace(n), strings.TrimSpace(id)
				if n == "" {
					continue
				}
				table.add(newName(n, id))
				for _, v := range germanInflections(n) {
					table.add(newName(v, id))
				}
				f, _ := foldText(n, false)
				tableNames[id] = append(tableNames[id], f)
				// "Council of Europe Convention on ..." is also written
				// "Convention on ...".
				if core := withoutOrganisation(n); core != n && !bareHead(core) && len(acronymWords(core)) == 0 && unicode.IsUpper(firstRune(core)) {
					table.add(newName(core, id))
				}
				if _, ok := tableKeys[titleKey(n)]; !ok {
					tableKeys[titleKey(n)] = id
				}
			}
		}
	})
	return &table
}

func newName(n, id string) name {
	f, _ := foldText(n, false)
	first, _ := utf8.DecodeRuneInString(f)
	last, _ := utf8.DecodeLastRuneInString(f)
	return name{folded: f, id: id, acronyms: acronymWords(n), wordAtStart: isWord(first), wordAtEnd: isWord(last)}
}

// acronymWords returns the words of a name written in capitals, two
// letters or more: "ATT", "BBNJ", "WHO". A name's acronyms match only as
// written, so that "att" or "who" in running text is no treaty.
func acronymWords(n string) []string {
	var out []string
	for _, w := range strings.FieldsFunc(n, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '+' }) {
		letters := 0
		caps := true
		for _, r := range w {
			if unicode.IsLetter(r) {
				letters++
				if !unicode.IsUpper(r) {
					caps = false
				}
			}
		}
		if letters >= 2 && caps {
			out = append(out, w)
		}
	}
	return out
}

// isWord reports whether r belongs to a word for boundary checks. Han,
// Hiragana and Katakana text has no word boundaries, so those letters do
// not count.
func isWord(r rune) bool {
	if isCJK(r) {
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

// findNames finds the index's names in s as foldText folds them, at
// word boundaries: at each word's start, the names that begin with that
// word are compared; names that begin with no word are searched for as
// substrings. Names that begin with a word are compared on s as it is,
// folded character by character where a name begins, rather than on a
// folded copy of the whole text with the offsets of its every byte.
func findNames(s string, x *nameIndex, ms []Mention) []Mention {
	if len(x.byWord) > 0 {
		prevWord := false
		var key []byte // the folded word, when s does not hold it as it is
		var after folding
		for p := 0; p < len(s); {
			var word bool
			w := 1
			if c := s[p]; c < utf8.RuneSelf {
				word = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' // isWord in ASCII
			} else {
				var r rune
				r, w = utf8.DecodeRuneInString(s[p:])
				word = isWord(r)
			}
			if word && !prevWord {
				// The names that begin with this word, compared with
				// what follows it.
				var names []name
				lw, q, ok := lowerWord(s, p)
				if ok {
					names = x.byWord[lw]
				} else {
					key, q = foldWord(key[:0], s, p)
					names = x.byWord[string(key)]
				}
				if len(names) > 0 {
					after.reset(s, q)
				}
				for _, n := range names {
					if end, ok := after.hasPrefix(n.rest); ok && n.fits(s, p, end) {
						ms = append(ms, Mention{Start: p, End: end, ID: n.id})
					}
				}
			}
			prevWord = word
			p += w
		}
	}
	if len(x.other) == 0 || isASCII(s) {
		return ms
	}
	if x.otherNonCJK {
		return findOtherFolded(s, x, ms)
	}
	// The names that begin with no word are Japanese: they are looked up
	// by their first letter where s has one, and kept in the index's
	// order, each name's places in order.
	type found struct {
		k int // the name's index in x.other
		m Mention
	}
	var fs []found
	var at folding
	for p, r := range s {
		if !isCJK(r) {
			continue
		}
		ks := x.otherByFirst[r]
		if len(ks) > 0 {
			at.reset(s, p)
		}
		for _, k := range ks {
			n := x.other[k]
			if end, ok := at.hasPrefix(n.folded); ok && n.fits(s, p, end) {
				fs = append(fs, found{k, Mention{Start: p, End: end, ID: n.id}})
			}
		}
	}
	slices.SortStableFunc(fs, func(a, b found) int { return cmp.Compare(a.k, b.k) })
	for _, f := range fs {
		ms = append(ms, f.m)
	}
	return ms
}

// findOtherFolded finds the names of x that begin with no word as
// substrings of s folded.
func findOtherFolded(s string, x *nameIndex, ms []Mention) []Mention {
	f, pos := foldText(s, true)
	for _, n := range x.other {
		for from := 0; ; {
			i := strings.Index(f[from:], n.folded)
			if i < 0 {
				break
			}
			i += from
			from = i + 1
			end := i + len(n.folded)
			if n.wordAtEnd && end < len(f) {
				if r, _ := utf8.DecodeRuneInString(f[end:]); isWord(r) {
					continue
				}
			}
			if hasAcronyms(s[pos[i]:pos[end]], n.acronyms) {
				ms = append(ms, Mention{Start: pos[i], End: pos[end], ID: n.id})
			}
		}
	}
	return ms
}

// fits reports whether name n, found at s[start:end], ends where a word
// does (when it ends with a word's letter) and has its acronyms as
// written.
func (n name) fits(s string, start, end int) bool {
	if n.wordAtEnd && end < len(s) {
		if r, _ := utf8.DecodeRuneInString(s[end:]); isWord(r) {
			return false
		}
	}
	return hasAcronyms(s[start:end], n.acronyms)
}

// lowerWord returns the word s has at byte p, and where it ends, when
// it is in lower-case ASCII, as foldText leaves it.
func lowerWord(s string, p int) (string, int, bool) {
	for i := p; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= 'a' && c <= 'z' || c >= '0' && c <= '9':
		case c >= utf8.RuneSelf || c >= 'A' && c <= 'Z':
			return "", 0, false
		default:
			return s[p:i], i, true
		}
	}
	return s[p:], len(s), true
}

// foldWord appends the word s has at byte p, folded as foldText folds
// it, and returns where it ends.
func foldWord(buf []byte, s string, p int) ([]byte, int) {
	for p < len(s) {
		if c := s[p]; c < utf8.RuneSelf {
			switch {
			case c >= 'a' && c <= 'z' || c >= '0' && c <= '9':
			case c >= 'A' && c <= 'Z':
				c += 'a' - 'A'
			default:
				return buf, p
			}
			buf = append(buf, c)
			p++
			continue
		}
		r, w := utf8.DecodeRuneInString(s[p:])
		if !isWord(r) {
			break
		}
		buf = utf8.AppendRune(buf, foldRune(r))
		p += w
	}
	return buf, p
}

// foldRune is a character as foldText folds it, white space aside.
func foldRune(r rune) rune {
	switch r {
	case '’', '‘':
		return '\''
	case '‐', '‑':
		return '-'
	}
	return unicode.ToLower(r)
}

// folding is a text folded as foldText folds it, from a byte on, as far
// as comparisons have needed.
type folding struct {
	s     string
	from  int    // the byte of s folding started at
	next  int    // the byte of s to fold next
	space bool   // the last character folded was white space
	buf   []byte // folded so far
	ends  []int  // for each byte of buf, where in s its character ends
}

// reset starts folding s at byte p, which does not follow white space.
func (f *folding) reset(s string, p int) {
	f.s, f.from, f.next, f.space, f.buf, f.ends = s, p, p, false, f.buf[:0], f.ends[:0]
}

// more folds one more character that folding keeps; it reports false at
// the end of the text.
func (f *folding) more() bool {
	for f.next < len(f.s) {
		if c := f.s[f.next]; c < utf8.RuneSelf && c != ' ' && (c < '\t' || c > '\r') {
			// ASCII other than white space, most of the time.
			if c >= 'A' && c <= 'Z' {
				c += 'a' - 'A'
			}
			f.next++
			f.space = false
			f.buf = append(f.buf, c)
			f.ends = append(f.ends, f.next)
			return true
		}
		r, w := rune(f.s[f.next]), 1
		if r >= utf8.RuneSelf {
			r, w = utf8.DecodeRuneInString(f.s[f.next:])
		}
		f.next += w
		if r == ' ' || unicode.IsSpace(r) {
			if f.space {
				continue
			}
			r = ' '
		} else {
			r = foldRune(r)
		}
		f.space = r == ' '
		n := len(f.buf)
		f.buf = utf8.AppendRune(f.buf, r)
		for range len(f.buf) - n {
			f.ends = append(f.ends, f.next)
		}
		return true
	}
	return false
}

// hasPrefix reports whether the folded text begins with folded, and
// where in s that prefix ends.
func (f *folding) hasPrefix(folded string) (int, bool) {
	for j := 0; j < len(folded); j++ {
		if j == len(f.buf) && !f.more() {
			return 0, false
		}
		if f.buf[j] != folded[j] {
			return 0, false
		}
	}
	if folded == "" {
		return f.from, true
	}
	return f.ends[len(folded)-1], true
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}

func hasAcronyms(s string, acronyms []string) bool {
	for _, a := range acronyms {
		if !strings.Contains(s, a) {
			return false
		}
	}
	return true
}

// Options tune recognition for one page.
type Options struct {
	// CouncilOfEurope allows bare "Treaty 225" as a series number, as the
	// Council of Europe's treaty office writes it.
	CouncilOfEurope bool
	// Subject is the treaty the page is about, if known: a protocol named
	// by general words only ("the Second Additional Protocol") is its
	// protocol.
	Subject string
	// Aliases are names the page defines for itself, as Learn reads them:
	// an acronym in brackets after a title ("... Weapons (TPNW)"), or a
	// protocol's short name after its full one.
	Aliases Aliases
}

// Aliases map names a page defines to treaty ids.
type Aliases struct {
	names nameIndex
}

// Empty reports whether a page defined no names.
func (a Aliases) Empty() bool { return len(a.names.byWord) == 0 && len(a.names.other) == 0 }

// Find returns the treaties named in s, in order, without overlaps.
func Find(s string, o Options) []Mention {
	return FindLower(s, fold.Lower(s), o)
}

// FindLower is Find for a caller that has s lower-cased already: lc is
// fold.Lower(s).
func FindLower(s string, lc fold.Text, o Options) []Mention {
	var ms []Mention
	// Each expression runs only when s holds the characters or words it
	// cannot match without.
	digit := fold.HasDigit(s)
	if digit && lc.HasWord("ets", "cets", "stce", "ste", "sev") {
		for _, loc := range reNumber.FindAllStringSubmatchIndex(s, -1) {
			n, _ := strconv.Atoi(s[loc[2]:loc[3]])
			if n > 0 {
				ms = append(ms, Mention{Start: loc[0], End: loc[1], ID: SeriesID(n)})
			}
		}
	}
	if o.CouncilOfEurope && digit && lc.HasWord("treaty", "traité") {
		for _, loc := range reCoETreaty.FindAllStringSubmatchIndex(s, -1) {
			n, _ := strconv.Atoi(s[loc[2]:loc[3]])
			if n > 0 {
				ms = append(ms, Mention{Start: loc[0], End: loc[1], ID: SeriesID(n)})
			}
		}
	}
	if digit && lc.HasWord("ilo", "oit", "convenio") {
		for _, loc := range reILO.FindAllStringSubmatchIndex(s, -1) {
			g := 2
			for g < len(loc) && loc[g] < 0 {
				g += 2
			}
			if n, _ := strconv.Atoi(s[loc[g]:loc[g+1]]); n > 0 {
				ms = append(ms, Mention{Start: loc[0], End: loc[1], ID: "ILO-C" + strconv.Itoa(n)})
			}
		}
	}
	// A page's own definitions first: they win a tie with the table.
	ms = findNames(s, &o.Aliases.names, ms)
	ms = findNames(s, load(), ms)
	var ts []token // the words of s, when it may hold a head noun
	if hasHead(lc) {
		ts = tokenize(s)
	}
	ms = withTitles(s, ts, ms, o.Subject)
	for _, loc := range findInJapanese(s, reGenericCJK, genericCJKHeads) {
		ms = append(ms, Mention{Start: loc[0], End: loc[1], Generic: true})
	}
	ms = findGeneric(s, ts, ms)
	return dedupe(ms)
}

// withTitles adds the treaties s names by the shape of their titles (see
// open.go), leaving out those the name table already found by their head.
func withTitles(s string, ts []token, known []Mention, subject string) []Mention {
	idx := newSpans(known)
	var ds []derived
	if ts != nil {
		ds = findTitles(s, ts, idx)
	}
	for _, d := range findJapaneseTitles(s) {
		if !idx.cover(d.headStart, d.headStop) {
			ds = append(ds, d)
		}
	}
	if len(ds) == 0 {
		return known
	}
	// Shorter titles first, so that a protocol's treaty has its id before
	// the protocol's does.
	slices.SortStableFunc(ds, func(a, b derived) int { return cmp.Compare(a.end-a.start, b.end-b.start) })
	out := known
	found := &spans{}                // titles found by their shape, for protocols of them
	ids := map[string]titleID{}      // by title: long pages repeat theirs
	protocols := map[string]string{} // by short title, of the subject
	fronts := map[string]string{}    // derived ids of protocols' short titles
	for _, d := range ds {
		nm := strings.Join(strings.Fields(s[d.start:d.end]), " ")
		if d.orphan {
			id, ok := protocols[nm]
			if !ok {
				id = protocolOf(nm, subject)
				protocols[nm] = id
			}
			if id != "" {
				out = append(out, Mention{Start: d.start, End: d.end, ID: id, Name: nameIfDerived(id, nm)})
			}
			continue
		}
		tid, ok := ids[nm]
		if !ok {
			tid = idOfTitle(nm)
			ids[nm] = tid
		}
		switch {
		case tid.bare:
			continue // "la Convention de l'ONU" is a general reference
		case tid.known:
			// "Convention du Conseil de l'Europe sur ..." is the table's
			// "Convention sur ...".
			out = append(out, Mention{Start: d.start, End: d.end, ID: tid.id})
			continue
		}
		m := Mention{Start: d.start, End: d.end, ID: tid.id, Name: nm}
		if d.compStart >= 0 && d.kind == headProtocol {
			// A protocol or amendment of a treaty named in its complement:
			// "Doha Amendment to the Kyoto Protocol".
			p, ok := idx.within(d.compStart, d.end)
			if !ok {
				p, ok = found.within(d.compStart, d.end)
			}
			if ok {
				front := strings.Join(strings.Fields(s[d.start:d.frontEnd]), " ")
				fid, ok := fronts[front]
				if !ok {
					fid = DerivedID(front)
					fronts[front] = fid
				}
				m.ID = p.ID + "/" + fid
			}
		}
		found.insert(m)
		out = append(out, m)
	}
	return out
}

// titleID is the id a title found by its shape gets.
type titleID struct {
	id    string
	known bool // the table's id
	bare  bool // a head noun alone: a general reference
}

func idOfTitle(nm string) titleID {
	core := withoutOrganisation(nm)
	if bareHead(core) {
		return titleID{bare: true}
	}
	if id, ok := lookupTable(core); ok {
		return titleID{id: id, known: true}
	}
	return titleID{id: derivedFromCore(core)} // DerivedID(nm)
}

// spans are named mentions ordered by start, for the questions titles
// found by their shape ask of them.
type spans struct {
	ms     []Mention
	maxLen int
}

func newSpans(ms []Mention) *spans {
	x := &spans{}
	for _, m := range ms {
		if !m.Generic && m.ID != "" {
			x.ms = append(x.ms, m)
			x.maxLen = max(x.maxLen, m.End-m.Start)
		}
	}
	sort.Slice(x.ms, func(i, j int) bool { return x.ms[i].Start < x.ms[j].Start })
	return x
}

// insert adds m in its place.
func (x *spans) insert(m Mention) {
	i := sort.Search(len(x.ms), func(i int) bool { return x.ms[i].Start > m.Start })
	x.ms = slices.Insert(x.ms, i, m)
	x.maxLen = max(x.maxLen, m.End-m.Start)
}

// cover reports whether a mention covers start to end.
func (x *spans) cover(start, end int) bool {
	i := sort.Search(len(x.ms), func(i int) bool { return x.ms[i].Start > start })
	for j := i - 1; j >= 0 && x.ms[j].Start >= start-x.maxLen; j-- {
		if x.ms[j].End >= end {
			return true
		}
	}
	return false
}

// within returns a mention inside start to end.
func (x *spans) within(start, end int) (Mention, bool) {
	i := sort.Search(len(x.ms), func(i int) bool { return x.ms[i].Start >= start })
	for ; i < len(x.ms) && x.ms[i].Start < end; i++ {
		if x.ms[i].End <= end {
			return x.ms[i], true
		}
	}
	return Mention{}, false
}

// reOrganisation finds the organisation a title names as its maker, which
// titles give or leave out at will: "Council of Europe Convention on ...",
// "Convention des Nations unies contre ...", "WHO Framework Convention".
var reOrganisation = regexp.MustCompile(`(?i)^(?:the\s+)?(?:United\s+Nations|UN|U\.N\.|Council\s+of\s+Europe|WHO|OAS|African\s+Union|AU|ILO|WIPO|WTO|IMO|UNESCO)\s+|\s+(?:of\s+the\s+(?:United\s+Nations|Council\s+of\s+Europe|World\s+Health\s+Organization|African\s+Union)|des\s+Nations\s+[Uu]nies|du\s+Conseil\s+de\s+l['’]Europe|de\s+l['’]OMS|de\s+l['’]ONU|de\s+la\s+ONU|dell['’]ONU|da\s+ONU|der\s+UNO|des\s+Europarates|de\s+las\s+Naciones\s+Unidas|del\s+Consejo\s+de\s+Europa|de\s+la\s+OMS|der\s+Vereinten\s+Nationen|des\s+Europarats|delle\s+Nazioni\s+Unite|del\s+Consiglio\s+d['’]Europa|das\s+Nações\s+Unidas|do\s+Conselho\s+da\s+Europa|da\s+OMS)\b`)

// withoutOrganisation returns a title without the organisation that made
// it.
func withoutOrganisation(title string) string {
	return strings.TrimSpace(reOrganisation.ReplaceAllString(title, " "))
}

// reGermanAdjective is a German title's leading adjective with its
// ending: "Europäische", "Römisches".
var reGermanAdjective = regexp.MustCompile(`^(\p{Lu}\p{Ll}+(?:isch|ig|lich))(e|es|en|er|em) `)

// germanInflections returns a German title with its leading adjective in
// its other endings: "Römisches Statut" is also "das Römische Statut" and
// "dem Römischen Statut".
func germanInflections(n string) []string {
	m := reGermanAdjective.FindStringSubmatch(n)
	if m == nil {
		return nil
	}
	var out []string
	for _, e := range []string{"e", "es", "en", "er", "em"} {
		if e != m[2] {
			out = append(out, m[1]+e+n[len(m[0])-1:])
		}
	}
	return out
}

// protocolOf returns the id of a protocol named by general words only
// ("Second Additional Protocol") on a page about treaty subject: the
// table's protocol of that name to the subject ("Second Additional
// Protocol to the Convention on Cybercrime"), the subject itself when
// that is the protocol, else the subject's id, a slash and the
// protocol's derived name; "" without a subject.
func protocolOf(front, subject string) string {
	if subject == "" {
		return ""
	}
	load()
	f, _ := foldText(front, false)
	for _, n := range tableNames[subject] {
		if strings.HasPrefix(n, f+" ") {
			return subject // the page is about this protocol
		}
	}
	for _, n := range tableNames[subject] {
		for _, to := range []string{" to the ", " to ", " à la ", " au ", " al ", " zum ", " zur ", " alla ", " ao ", " à "} {
			if id, ok := lookupTable(front + to + n); ok {
				return id
			}
		}
	}
	return subject + "/" + DerivedID(front)
}

// nameIfDerived returns name when id was derived from it, "" for an id
// of the table.
func nameIfDerived(id, name string) string {
	load()
	if _, ok := tableNames[id]; ok {
		return ""
	}
	return name
}

// bareHead reports whether a title is its head noun alone.
func bareHead(title string) bool {
	ts := tokenize(title)
	if len(ts) != 1 {
		return false
	}
	_, ok := heads[ts[0].low]
	return ok
}

// hasHead reports whether a text, lower-cased, may hold a title's head
// noun, cheaply.
func hasHead(lc fold.Text) bool {
	return lc.Has("conven", "treat", "agree", "protoc", "amend", "accord", "charte", "covenant", "statut", "pact",
		"trait", "tratad", "acuerd", "enmiend", "abkommen", "vertrag", "übereinkommen", "konvention", "änderung",
		"trattat", "emend", "patto", "acord", "emenda", "charta", "pakt")
}

// dedupe keeps, among overlapping mentions, named over generic, then one
// that contains the other, then the longest.
func dedupe(ms []Mention) []Mention {
	slices.SortStableFunc(ms, func(a, b Mention) int {
		if a.Start != b.Start {
			return cmp.Compare(a.Start, b.Start)
		}
		return cmp.Compare(b.End, a.End)
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
// "the Budapest Convention"), and whether it is known: a name the table
// does not hold but shaped like a treaty's title gives its derived id.
func Lookup(name string) (string, bool) {
	ms := Find(name, Options{CouncilOfEurope: true})
	for _, m := range ms {
		if !m.Generic {
			return m.ID, true
		}
	}
	return "", false
}

// Names returns the names the name table gives treaty id, as written there,
// its full title first; nil for an id the table does not know.
func Names(id string) []string {
	for _, line := range strings.Split(nameTable, "\n") {
		lid, list, ok := strings.Cut(line, ":")
		if !ok || strings.TrimSpace(lid) != id {
			continue
		}
		var out []string
		for _, n := range strings.Split(list, "|") {
			if n = strings.TrimSpace(n); n != "" {
				out = append(out, n)
			}
		}
		return out
	}
	return nil
}
