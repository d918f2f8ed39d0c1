// Package dates finds the dates a sentence states, in English, French,
// Spanish, German, Italian, Portuguese and Japanese, and resolves partial
// and relative dates ("on 5 September", "on Tuesday", "last year",
// "mercredi", "el año pasado", "昨年5月") against an anchor date such as a
// page's publication date or a wire story's dateline, recording how.
//
// The words of dates (months, weekdays, relative phrases) are tables per
// language in words.go; Japanese forms are in japanese.go.
//
// It is a small deterministic parser rather than go-dateparser: it must
// return each date's exact byte span in the sentence, keep the precision the
// text gives (go-dateparser fills a missing day from today), read ISO dates
// as ISO whatever the page's order, and refuse to guess an ambiguous numeric
// date. Everything here is safe for concurrent use.
package dates

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/citewatch/citewatch"
	"github.com/citewatch/citewatch/internal/wordlist/numbers"
)

// Order is how a page writes numeric dates.
type Order int

// Numeric date orders.
const (
	OrderUnknown    Order = iota // the page's convention is not known
	OrderDayFirst                // 05/09/2024 is 5 September (Europe)
	OrderMonthFirst              // 09/05/2024 is 5 September (United States)
)

// Context is what a sentence's dates are read against.
type Context struct {
	// Anchor completes partial and relative dates: the dateline or the
	// publication date. Zero means such dates are left out.
	Anchor citewatch.Date
	// AnchorName names the anchor in Resolved notes, e.g. "publication date".
	AnchorName string
	// Order is the page's numeric date convention; OrderWhy says how it was
	// known ("the page is European") and goes into Resolved notes.
	Order    Order
	OrderWhy string
	// Previous is the last date told before the text (in the sentence
	// before it): a date told from the one before it ("ninety days
	// later", "the same year", "同年") counts from it when the text
	// tells none before. Zero means none.
	Previous citewatch.Date
	// Days are the days told with their weekday before the text
	// ("Wednesday, June 21", see NamedDays): a plain weekday ("on
	// Wednesday") is the one of them that falls on it, before the anchor
	// is asked.
	Days []citewatch.Date
}

// Mention is one date found in a text, with its byte span.
type Mention struct {
	Start, End int
	Date       citewatch.Date
	// Partial is true when part of the date came from the anchor.
	Partial bool
	// Ambiguous is true for a numeric date whose day and month could be
	// swapped and whose order the Context did not give; Date is then zero.
	Ambiguous bool

	weekday bool // a weekday resolved against the anchor
	// plainDay is a plain weekday's day plus one ("on Wednesday"), which
	// a day the text names with its weekday resolves (namedWeekdays).
	plainDay int
	md       [2]int // the month and day of a date written without a year
	// context is true for a day and month or a month written without a
	// year ("on 5 March", "in March"): a full date told before it in the
	// same text gives its year (contextYears) before the anchor does.
	context bool
	// afterPrev completes a date told relative to the one before it in
	// the text ("同年5月"); nil for the others.
	afterPrev func(prev citewatch.Date) (citewatch.Date, bool)
}

// Text returns the mention's text within s.
func (m Mention) Text(s string) string { return s[m.Start:m.End] }

// monthRE matches any month word, longest first so "sept" beats "sep".
var monthRE = `(` + alternation(keys(monthOf)) + `)\.?`

// wordRE stands for the month in the expressions of dates: any word,
// looked up in the month table after the match, which keeps the
// expressions small (an alternation of every language's month words
// makes each of them several times slower).
const wordRE = `(\p{L}+)\.?`

const (
	// A day, with the ordinal marks of each language: "1st", "1er", "1ᵉʳ",
	// "1º", "1°", "1.".
	dayRE  = `(\d{1,2})(?:st|nd|rd|th|er|ᵉʳ|\.?º|°|ª|ro|\.)?`
	yearRE = `(\d{4})`
	b      = `\b`
	dash   = `\s*[-–—]\s*`
	// Between day and month: "5 September", "5th of May", "5 de junio".
	dmSep = `(?:\s+(?:of|de)\s+|\s+|-)`
	// Between month and year: "September 2024", "junio de 2025", "giugno del 2025".
	myGap = `(?:,?\s+|\s+(?:de|del|of)\s+|-)`
)

var (
	reISO      = regexp.MustCompile(`\b(\d{4})-(\d{2})-(\d{2})(?:[T ]\d{2}:\d{2}(?::\d{2})?(?:\.\d+)?(?:Z|[+-]\d{2}:?\d{2})?)?\b`)
	reISOMonth = regexp.MustCompile(`\b(\d{4})-(\d{2})\b`)
	// "05/09/2024", "05.09.2024", "28-02-2025" (a status line's stamp).
	reNumeric = regexp.MustCompile(`\b(\d{1,2})[./-](\d{1,2})[./-](\d{4})\b`)
	// "2025/02/11", "2025.02.11": year first is always year-month-day.
	reYMD = regexp.MustCompile(`\b(\d{4})[./](\d{1,2})[./](\d{1,2})\b`)
	// "3–4 December 2024": a range, read at month precision.
	reRange = regexp.MustCompile(`(?i)` + b + `(\d{1,2})` + dash + dayRE + dmSep + wordRE + myGap + yearRE)
	// "5 September 2024", "1er juillet 2004", "5. September 2024", "5 Sept. 2024",
	// "5th of May, 2024", "5 de junio de 2025", "1º de maio de 2025".
	reDMY = regexp.MustCompile(`(?i)` + dayRE + dmSep + wordRE + myGap + yearRE)
	// A day and month right after a year: a table's cells glued together
	// ("26 September 201825 November 2019").
	reGluedDay = regexp.MustCompile(`(?i)^` + dayRE + dmSep + wordRE)
	// "September 5, 2024", "Feb. 11, 2025".
	reMDY = regexp.MustCompile(`(?i)` + b + wordRE + `\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+` + yearRE)
	// "May 2024", "mai 2024", "September of 2023", "marzo de 2018".
	reMY = regexp.MustCompile(`(?i)` + b + wordRE + myGap + yearRE)
	// More years in a list after a year said as such: "in 2003, 2004 and 2005".
	reYearList = regexp.MustCompile(`^(?:,\s*|\s+(?:and|et|y|e|und|or|ou|o)\s+|,\s+(?:and|et|y|e|und|or|ou|o)\s+)(\d{4})\b`)
	// The expressions of full dates above end with the year and no \b:
	// a table cell glued to the next ("8 May 2018Ratification") still
	// ends a date; yearEnds rejects a year that runs on into digits.
	// Partial: "5 September", "Feb. 11", "22 de abril".
	reDM = regexp.MustCompile(`(?i)` + b + dayRE + `\s+(?:of\s+|de\s+)?` + wordRE + `(?:[^\p{L}\d]|$)`)
	reMD = regexp.MustCompile(`(?i)` + b + wordRE + `\s+(\d{1,2})(?:st|nd|rd|th)?\b`)
	// A day of the month alone: "no dia 16", "el día 16", "il giorno 16".
	reDayAlone = regexp.MustCompile(`(?i)\b(?:no\s+dia|el\s+d[ií]a|il\s+giorno|am\s+tag)\s+(\d{1,2})\b`)
	// What makes such a day part of a longer date: a month or a slash after it.
	reDayAloneNot = regexp.MustCompile(`(?i)^(?:\s+(?:de\s+|del\s+)?` + monthRE + `|\s*[./-]\s*\d)`)
	// A year right after a month: the month is not one without a year.
	reYearNext = regexp.MustCompile(`(?i)^\.?,?\s+(?:(?:de|del|of)\s+)?\d{4}\b`)
	// "ten years ago", "il y a dix ans", "hace dos años", "vor zwei Jahren".
	reYearsAgo = func() *regexp.Regexp {
		num := `\d{1,2}|[\p{L}]+(?:[\s-]+(?:and|et|y|e|und)[\s-]+[\p{L}]+|-[\p{L}]+)?`
		var forms []string
		for _, f := range agoRE {
			forms = append(forms, strings.ReplaceAll(f, "NUM", num))
		}
		return regexp.MustCompile(`(?i)(?:` + strings.Join(forms, "|") + `)`)
	}()
)

// Find returns the dates stated in s, in order, without overlaps (the
// longest reading wins). Ambiguous numeric dates are returned with
// Ambiguous set and a zero Date; partial and relative dates without an
// anchor are left out.
func Find(s string, c Context) []Mention {
	var found []Mention
	// Every absolute date has digits: run the absolute forms only on
	// windows around digit runs, which is several times faster than
	// running a dozen case-insensitive expressions over whole sentences.
	for _, w := range digitWindows(s) {
		for _, m := range findAbsolute(s[w[0]:w[1]], c) {
			m.Start += w[0]
			m.End += w[0]
			found = append(found, m)
		}
	}
	if hasJapanese(s) {
		found = append(found, findJapanese(s, c)...)
	}
	toks := tokens(s)
	found = append(found, findRelative(s, toks, c)...)
	if strings.Contains(s, "follow") || strings.Contains(s, "next") || strings.Contains(s, "suivant") {
		found = append(found, findFollowing(s, dedupe(found))...)
	}
	found = dedupe(findFrom(s, toks, dedupe(found)))
	found = afterEarlier(found, c.Previous)
	listYears(s, found)
	contextYears(s, found)
	namedWeekdays(s, found, c.Days, c.Anchor)
	out := found[:0]
	for i, m := range found {
		if m.weekday && i+1 < len(found) && namesDay(s[m.End:found[i+1].Start], found[i+1]) {
			continue // "Thursday, 5 September 2024": the weekday names the date after it
		}
		if m.Ambiguous || !m.Date.IsZero() && m.Date.Validate() == nil {
			out = append(out, m)
		}
	}
	return out
}

// afterEarlier resolves mentions told relative to the date before them
// in the same text ("同年5月", "翌年"), and drops those with none.
func afterEarlier(ms []Mention, before citewatch.Date) []Mention {
	out := ms[:0]
	var prev *citewatch.Date
	if before.Year != 0 {
		prev = &before
	}
	for _, m := range ms {
		if m.afterPrev != nil {
			if prev == nil {
				continue
			}
			d, ok := m.afterPrev(*prev)
			if !ok {
				continue
			}
			m.Date, m.afterPrev = d, nil
		}
		out = append(out, m)
		if !m.Ambiguous && m.Date.Year != 0 {
			d := out[len(out)-1].Date
			prev = &d
		}
	}
	return out
}

// reFollowing finds a month or year told after an earlier date: "the
// following March", "the next year", "en mars de l'année suivante", "l'année suivante".
var reFollowing = regexp.MustCompile(`(?i)\b(?:the\s+(?:following|next)\s+(?:` + monthRE[1:len(monthRE)-4] + `|year)|l['’]année\s+suivante)\b`)

// findFollowing resolves "the following March" and "the next year"
// against the latest date before it in s: the first such month after that
// date, or the year after it. Without an earlier date it finds nothing.
func findFollowing(s string, earlier []Mention) []Mention {
	var out []Mention
	for _, loc := range reFollowing.FindAllStringIndex(s, -1) {
		var prev *Mention
		for i := range earlier {
			if earlier[i].End <= loc[0] && !earlier[i].Ambiguous && earlier[i].Date.Year != 0 {
				prev = &earlier[i]
			}
		}
		if prev == nil {
			continue
		}
		p := prev.Date
		word := strings.ToLower(s[loc[0]:loc[1]])
		d := citewatch.Date{Year: p.Year + 1, Precision: citewatch.PrecisionYear}
		if f := strings.Fields(word); len(f) == 3 && f[2] != "year" {
			mo := monthOf[strings.TrimSuffix(f[2], ".")]
			d = citewatch.Date{Year: p.Year, Month: mo, Precision: citewatch.PrecisionMonth}
			if p.Month == 0 || mo <= p.Month {
				d.Year++
			}
		}
		d.Resolved = fmt.Sprintf("%q after %s", s[loc[0]:loc[1]], p)
		out = append(out, Mention{Start: loc[0], End: loc[1], Date: d, Partial: true})
	}
	return out
}

// namesDay reports whether a weekday followed by gap and then date m
// names m's day: only a comma, a parenthesis or spaces between, and m a
// day ("jeudi 5 septembre", "Thursday (5 September)").
func namesDay(gap string, m Mention) bool {
	return m.Date.Precision == citewatch.PrecisionDay && len(gap) <= 3 && strings.Trim(gap, " ,(") == ""
}

// digitWindows returns spans of s around its digit runs, widened by
// window bytes on each side to the nearest space, merged when they touch.
func digitWindows(s string) [][2]int {
	const window = 24
	var ws [][2]int
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			continue
		}
		j := i
		for j < len(s) && s[j] >= '0' && s[j] <= '9' {
			j++
		}
		lo, hi := widen(s, i-window, j+window)
		if n := len(ws); n > 0 && lo <= ws[n-1][1] {
			ws[n-1][1] = max(ws[n-1][1], hi)
		} else {
			ws = append(ws, [2]int{lo, hi})
		}
		i = j
	}
	return ws
}

// IsMonth reports whether word is a month's name or abbreviation in one
// of the supported languages ("März", "févr", "giugno"), case aside. A
// sentence splitter asks it so as not to end a sentence at the dot of a
// German day ("am 4. März").
func IsMonth(word string) bool { return monthWord(word) != 0 }

// IsMonthOrWeekday reports whether word (lower case) is a month's name or
// abbreviation, or a weekday's name (not one that counts only after
// another word, as Portuguese "segunda"), in one of the supported
// languages. The treaty-title reader asks it: "Monday", "März" premodify
// no title.
func IsMonthOrWeekday(word string) bool {
	if monthOf[word] != 0 {
		return true
	}
	_, ok := weekdayOf[word]
	return ok && !shortWeekday[word]
}

// monthWord looks up a matched month word, without its dot.
func monthWord(tok string) int {
	mo, _ := lookupLower(monthOf, strings.TrimSuffix(tok, "."))
	return mo
}

// plainMonth reports whether a month word found outside a full
// day-month-year date reads as a month: not a lower-case word that is
// also a common word ("may", "set", "out"), unless an abbreviation's dot
// follows it (dot).
func plainMonth(tok string, dot bool) bool {
	lower := tok[0] >= 'a' && tok[0] <= 'z'
	return dot || !(lower && wordlike[strings.ToLower(tok)])
}

// lowerOK reports whether a month or weekday word written in lower case
// is one: it is for languages that write them so (French, Spanish,
// Italian, Portuguese), not for English or German.
func lowerOK(tok string) bool {
	r, _ := utf8.DecodeRuneInString(tok)
	return !unicode.IsLower(r) || lowerWord[strings.ToLower(strings.TrimSuffix(tok, "."))]
}

// findAbsolute finds dates written with digits, and partial ones completed
// from the anchor.
func findAbsolute(s string, c Context) []Mention {
	var found []Mention
	// An impossible date ("31 February 2025") still claims its span, so
	// that a shorter reading inside it ("February 2025") does not win.
	add := func(m Mention) {
		if m.Ambiguous || !m.Date.IsZero() || m.md != [2]int{} {
			found = append(found, m)
		}
	}
	// Each expression runs only when s holds the characters or words it
	// cannot match without.
	hyphen := strings.IndexByte(s, '-') >= 0
	month, dayWord, first := wordsIn(s)
	year, numericDate, iso := digitShapes(s)
	if iso {
		for _, loc := range reISO.FindAllStringSubmatchIndex(s, -1) {
			y, mo, d := atoi(s, loc, 1), atoi(s, loc, 2), atoi(s, loc, 3)
			add(Mention{Start: loc[0], End: loc[1], Date: day(y, mo, d)})
		}
	}
	if numericDate {
		for _, loc := range reNumeric.FindAllStringSubmatchIndex(s, -1) {
			add(numeric(s, loc, c))
		}
		for _, loc := range reYMD.FindAllStringSubmatchIndex(s, -1) {
			add(Mention{Start: loc[0], End: loc[1], Date: day(atoi(s, loc, 1), atoi(s, loc, 2), atoi(s, loc, 3))})
		}
	}
	if month && year && (hyphen || strings.Contains(s, "–") || strings.Contains(s, "—")) {
		for _, loc := range reRange.FindAllStringSubmatchIndex(s, -1) {
			if !yearEnds(s, loc[1]) || monthWord(s[loc[6]:loc[7]]) == 0 {
				continue
			}
			mo, y := monthWord(s[loc[6]:loc[7]]), atoi(s, loc, 4)
			d := citewatch.Date{Year: y, Month: mo, Precision: citewatch.PrecisionMonth,
				Resolved: "range " + s[loc[0]:loc[1]] + " read at month precision"}
			add(Mention{Start: loc[0], End: loc[1], Date: d})
		}
	}
	if month && year {
		prevEnd := -1
		for _, loc := range reDMY.FindAllStringSubmatchIndex(s, -1) {
			// reDMY has no \b before the day, so that a date glued to the
			// one before it is found; a day inside a word or number is not.
			if r, _ := utf8.DecodeLastRuneInString(s[:loc[0]]); loc[0] > 0 && (unicode.IsLetter(r) || unicode.IsDigit(r) || r == '_') && loc[0] != prevEnd {
				continue
			}
			if monthWord(s[loc[4]:loc[5]]) == 0 || !yearEnds(s, loc[1]) && !gluedDay(s[loc[1]:]) {
				continue
			}
			prevEnd = loc[1]
			add(Mention{Start: loc[0], End: loc[1], Date: day(atoi(s, loc, 3), monthWord(s[loc[4]:loc[5]]), atoi(s, loc, 1))})
		}
		for _, loc := range findMonthFirst(reMDY, s, first) {
			if !yearEnds(s, loc[1]) || monthWord(s[loc[2]:loc[3]]) == 0 {
				continue
			}
			if tok := s[loc[2]:loc[3]]; !plainMonth(tok, strings.HasSuffix(s[loc[2]:loc[3]+1], ".")) {
				continue
			}
			add(Mention{Start: loc[0], End: loc[1], Date: day(atoi(s, loc, 3), monthWord(s[loc[2]:loc[3]]), atoi(s, loc, 2))})
		}
		for _, loc := range findMonthFirst(reMY, s, first) {
			tok := s[loc[2]:loc[3]]
			if !yearEnds(s, loc[1]) || monthWord(tok) == 0 {
				continue
			}
			if tok == "may" || tok == "mar" || !plainMonth(tok, s[loc[3]] == '.') {
				continue // "may 2024" in running English is the verb, not the month
			}
			add(Mention{Start: loc[0], End: loc[1], Date: citewatch.Date{Year: atoi(s, loc, 2), Month: monthWord(tok), Precision: citewatch.PrecisionMonth}})
		}
	}
	if iso {
		for _, loc := range reISOMonth.FindAllStringSubmatchIndex(s, -1) {
			if mo := atoi(s, loc, 2); mo >= 1 && mo <= 12 && (loc[1] == len(s) || s[loc[1]] != '-') {
				add(Mention{Start: loc[0], End: loc[1], Date: citewatch.Date{Year: atoi(s, loc, 1), Month: mo, Precision: citewatch.PrecisionMonth}})
			}
		}
	}
	for _, loc := range saidYears(s) {
		if y, _ := strconv.Atoi(s[loc[0]:loc[1]]); y >= 1900 && y <= 2199 {
			add(Mention{Start: loc[0], End: loc[1], Date: citewatch.Date{Year: y, Precision: citewatch.PrecisionYear}})
			// "in 2003, 2004 and 2005": the list's other years.
			for end := loc[1]; ; {
				m := reYearList.FindStringSubmatchIndex(s[end:])
				if m == nil {
					break
				}
				if y := atoi(s[end:], m, 1); y >= 1900 && y <= 2199 {
					add(Mention{Start: end + m[2], End: end + m[3], Date: citewatch.Date{Year: y, Precision: citewatch.PrecisionYear}})
				}
				end += m[1]
			}
		}
	}
	if !c.Anchor.IsZero() && dayWord {
		for _, loc := range reDayAlone.FindAllStringSubmatchIndex(s, -1) {
			if reDayAloneNot.MatchString(s[loc[1]:]) {
				continue
			}
			add(dayOfMonth(loc[0], loc[1], atoi(s, loc, 1), 0, s[loc[0]:loc[1]], c))
		}
	}
	if month {
		for _, loc := range reDM.FindAllStringSubmatchIndex(s, -1) {
			if monthWord(s[loc[4]:loc[5]]) == 0 {
				continue
			}
			end := loc[5]
			dot := end < len(s) && s[end] == '.' && isAbbreviation(s[loc[4]:loc[5]])
			if dot {
				end++
			}
			if tok := s[loc[4]:loc[5]]; tok == "may" || tok == "mar" || !plainMonth(strings.TrimSuffix(tok, "."), dot) {
				continue
			}
			add(partial(loc[0], end, monthWord(s[loc[4]:loc[5]]), atoi(s, loc, 1), c))
		}
		for _, loc := range findMonthFirst(reMD, s, first) {
			tok := s[loc[2]:loc[3]]
			if monthWord(tok) == 0 || !lowerOK(tok) || !plainMonth(strings.TrimSuffix(tok, "."), strings.HasSuffix(tok, ".")) {
				continue // lower-case English month words ("may 5") are rarely dates
			}
			add(partial(loc[0], loc[1], monthWord(tok), atoi(s, loc, 2), c))
		}
	}
	return found
}

// gluedDay reports whether s starts with a day and month: the next cell
// of a table glued to a date's year.
func gluedDay(s string) bool {
	m := reGluedDay.FindStringSubmatch(s)
	return m != nil && monthWord(m[2]) != 0
}

// yearEnds reports whether a date's year ends at end: no digit after it,
// nor a lower-case letter ("2024th"); a capital may follow where table
// cells were glued ("2018Ratification").
func yearEnds(s string, end int) bool {
	if end >= len(s) {
		return true
	}
	c := s[end]
	return !(c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c == '_')
}

// findRelative finds dates said relative to the anchor: weekdays,
// "yesterday", "last year", months without a year, "ten years ago". The
// phrases of every language are looked up word by word around the words
// they cannot be without (a weekday, a month, a phrase's last word), which
// is much cheaper than running expressions made of all of them.
func findRelative(s string, toks []token, c Context) []Mention {
	var found []Mention
	add := func(m Mention) {
		if !m.Date.IsZero() || m.md != [2]int{} || m.plainDay != 0 {
			found = append(found, m)
		}
	}
	for i, t := range toks {
		if weekdayTriggers[t.lower] {
			if loc := weekdayLoc(s, toks, i); loc != nil {
				add(weekday(s, loc, c))
			}
		}
		if c.Anchor.IsZero() {
			continue // only a weekday the text named with its date is read without an anchor
		}
		if relativeTriggers[t.lower] {
			if first := relativePhrases.ending(s, toks, i); first >= 0 {
				add(relative(s, []int{toks[first].start, t.end}, c))
			}
		}
		if monthTriggers[t.lower] {
			if loc := monthOnlyLoc(s, toks, i); loc != nil {
				add(monthOnly(s, loc, c))
			}
		}
	}
	// "n years ago" holds numbers, in digits or words: an expression
	// reads it, on windows around the words it ends with.
	if c.Anchor.IsZero() {
		return dedupe(found)
	}
	for _, w := range windows(s, toks, agoTriggers, 40, 8) {
		sub := s[w[0]:w[1]]
		for _, loc := range reYearsAgo.FindAllStringSubmatchIndex(sub, -1) {
			if !wordAt(s, w[0]+loc[0], w[0]+loc[1]) {
				continue
			}
			if m := yearsAgo(sub, loc, c); !m.Date.IsZero() {
				m.Start += w[0]
				m.End += w[0]
				found = append(found, m)
			}
		}
	}
	return dedupe(found)
}

// weekdayLoc matches a weekday name starting at token i, with the words
// before and after it that say which week, as weekday reads them:
// [whole, before, name, after] spans, -1 for a part not there.
func weekdayLoc(s string, toks []token, i int) []int {
	last := weekdayNames.starting(s, toks, i)
	if last < 0 {
		return nil
	}
	loc := []int{toks[i].start, toks[last].end, -1, -1, toks[i].start, toks[last].end, -1, -1}
	if first := weekdayBefore.ending(s, toks, i-1); first >= 0 && joined(s, toks[i-1], toks[i]) {
		loc[0], loc[2], loc[3] = toks[first].start, toks[first].start, toks[i-1].end
	}
	if end := weekdayAfter.starting(s, toks, last+1); end >= 0 && joined(s, toks[last], toks[last+1]) {
		loc[1], loc[6], loc[7] = toks[end].end, toks[last+1].start, toks[end].end
	}
	return loc
}

// monthOnlyLoc matches a month word at token i after a word that makes
// it a month without a year ("in May", "el pasado mes de junio"), as
// monthOnly reads it: [whole, before, month, dot, after] spans.
func monthOnlyLoc(s string, toks []token, i int) []int {
	first := monthBefore.ending(s, toks, i-1)
	if first < 0 || !joined(s, toks[i-1], toks[i]) {
		return nil
	}
	end := toks[i].end
	loc := []int{toks[first].start, end, toks[first].start, toks[i-1].end, toks[i].start, end, -1, -1, -1, -1}
	if end < len(s) && s[end] == '.' {
		loc[6], loc[7] = end, end+1
		loc[1] = end + 1
	}
	if last := monthAfter.starting(s, toks, i+1); last >= 0 && joined(s, toks[i], toks[i+1]) {
		loc[1], loc[8], loc[9] = toks[last].end, toks[i+1].start, toks[last].end
	}
	return loc
}

// phraseSet holds phrases as the tokens of their words, joined by spaces.
type phraseSet struct {
	set map[string]bool
	max int // the most words in a phrase
}

func newPhraseSet(lists ...[]string) phraseSet {
	p := phraseSet{set: map[string]bool{}}
	for _, l := range lists {
		for _, ph := range l {
			ts := tokens(ph)
			words := make([]string, len(ts))
			for i, t := range ts {
				words[i] = t.lower
			}
			if len(words) > 0 {
				p.set[strings.Join(words, " ")] = true
				p.max = max(p.max, len(words))
			}
		}
	}
	return p
}

// has reports whether toks[a..b] joined make one of the phrases.
func (p phraseSet) has(s string, toks []token, a, b int) bool {
	if a < 0 || b >= len(toks) || b-a+1 > p.max {
		return false
	}
	var key strings.Builder
	for j := a; j <= b; j++ {
		if j > a {
			if !joined(s, toks[j-1], toks[j]) {
				return false
			}
			key.WriteByte(' ')
		}
		key.WriteString(toks[j].lower)
	}
	return p.set[key.String()]
}

// ending returns the first token of the longest phrase ending at token
// last, or -1.
func (p phraseSet) ending(s string, toks []token, last int) int {
	for k := min(p.max, last+1); k >= 1; k-- {
		if p.has(s, toks, last-k+1, last) {
			return last - k + 1
		}
	}
	return -1
}

// starting returns the last token of the longest phrase starting at
// token first, or -1.
func (p phraseSet) starting(s string, toks []token, first int) int {
	for k := min(p.max, len(toks)-first); k >= 1; k-- {
		if p.has(s, toks, first, first+k-1) {
			return first + k - 1
		}
	}
	return -1
}

// joined reports whether two tokens are words of one phrase: only a space,
// an apostrophe or a hyphen between them ("l'an dernier", "mid-June",
// "terça-feira").
func joined(s string, a, b token) bool {
	gap := s[a.end:b.start]
	if gap == "" || len(gap) > 4 {
		return false
	}
	for _, r := range gap {
		switch r {
		case ' ', '\u00a0', '\'', '’', '-', '‐':
		default:
			return false
		}
	}
	return true
}

// relativeByTokens is the relatives table keyed by tokenKey.
var relativeByTokens = func() map[string]offset {
	out := map[string]offset{}
	for k, o := range relatives {
		out[tokenKey(k)] = o
	}
	return out
}()

// tokenKey returns a phrase's tokens joined by spaces: "l’an dernier" and
// "l'an dernier" are both "l an dernier".
func tokenKey(phrase string) string {
	var words []string
	for _, t := range tokens(phrase) {
		words = append(words, t.lower)
	}
	return strings.Join(words, " ")
}

// The phrase sets the relative dates are read with.
var (
	weekdayNames    = newPhraseSet(keys(weekdayOf))
	weekdayBefore   = newPhraseSet(weekdayPlain, weekdayLast, weekdayNext)
	weekdayAfter    = newPhraseSet(weekdayLastAfter, weekdayNextAfter)
	relativePhrases = newPhraseSet(keys(relatives))
	monthBefore     = newPhraseSet(withConnectors(monthPlain), withConnectors(monthLast), withConnectors(monthNext))
	monthAfter      = newPhraseSet(monthLastAfter, monthNextAfter)
)

// withConnectors returns words before a month with and without the words
// that join them to it ("a principios de", "au mois d'", "el pasado mes de").
func withConnectors(words []string) []string {
	var out []string
	for _, w := range words {
		out = append(out, w, w+" de", w+" d'", w+" del mes de")
	}
	return out
}

// token is a run of letters in a text, lower-cased.
type token struct {
	start, end int
	lower      string
}

// tokens returns the runs of letters of s.
func tokens(s string) []token {
	out := make([]token, 0, len(s)/6) // about one word in six bytes
	start := -1
	for i, r := range s {
		if unicode.IsLetter(r) || unicode.Is(unicode.Mn, r) {
			if start < 0 {
				start = i
			}
			continue
		}
		if start >= 0 {
			out = append(out, token{start, i, strings.ToLower(s[start:i])})
			start = -1
		}
	}
	if start >= 0 {
		out = append(out, token{start, len(s), strings.ToLower(s[start:])})
	}
	return out
}

// windows returns spans of s around its tokens in trigger, widened by
// before and after bytes to the nearest space, merged when they touch.
func windows(s string, toks []token, trigger map[string]bool, before, after int) [][2]int {
	var ws [][2]int
	for _, t := range toks {
		if !trigger[t.lower] {
			continue
		}
		lo, hi := widen(s, t.start-before, t.end+after)
		if n := len(ws); n > 0 && lo <= ws[n-1][1] {
			ws[n-1][1] = max(ws[n-1][1], hi)
		} else {
			ws = append(ws, [2]int{lo, hi})
		}
	}
	return ws
}

// widen clamps lo and hi to s and moves them out to the nearest space.
func widen(s string, lo, hi int) (int, int) {
	lo, hi = max(0, lo), min(len(s), hi)
	for lo > 0 && s[lo-1] != ' ' {
		lo--
	}
	for hi < len(s) && s[hi] != ' ' {
		hi++
	}
	return lo, hi
}

// The words the relative expressions cannot match without: a weekday
// (its first part: "terça" of "terça-feira"), the last word of a
// relative phrase ("dernier" of "l'an dernier"), a month, the last word
// of "n years ago" in each language.
var (
	weekdayTriggers  = lastWords(keys(weekdayOf), true)
	relativeTriggers = lastWords(keys(relatives), false)
	monthTriggers    = lastWords(keys(monthOf), false)
	agoTriggers      = map[string]bool{"ago": true, "ans": true, "años": true, "jahren": true, "fa": true, "anos": true, "atrás": true}
)

// lastWords returns the last word of each phrase, split as tokens split
// (or the first, with first).
func lastWords(phrases []string, first bool) map[string]bool {
	out := map[string]bool{}
	for _, p := range phrases {
		ts := tokens(p)
		if len(ts) == 0 {
			continue
		}
		if first {
			out[ts[0].lower] = true
		} else {
			out[ts[len(ts)-1].lower] = true
		}
	}
	return out
}

// wordAt reports whether s[start:end] is whole words: no letter or digit
// just before or after it.
func wordAt(s string, start, end int) bool {
	if start > 0 {
		r, _ := utf8.DecodeLastRuneInString(s[:start])
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return false
		}
	}
	if end < len(s) {
		r, _ := utf8.DecodeRuneInString(s[end:])
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return false
		}
	}
	return true
}

// yearsAgo resolves "ten years ago", "il y a dix ans", "vor zwei
// Jahren": the anchor's year less n; "twenty years ago today" is the
// anchor's day n years back.
func yearsAgo(s string, loc []int, c Context) Mention {
	n := 0
	today := false
	for g := 1; 2*g < len(loc); g++ {
		if loc[2*g] < 0 {
			continue
		}
		word := s[loc[2*g]:loc[2*g+1]]
		if strings.EqualFold(strings.TrimSpace(word), "today") {
			today = true
			continue
		}
		if k, ok := numbers.Cardinal(word); ok {
			n = k
		} else if w := strings.ToLower(word); w == "a" || w == "an" {
			n = 1 // "a year ago"
		}
	}
	if n <= 0 || n > 99 {
		return Mention{}
	}
	d := citewatch.Date{Year: c.Anchor.Year - n, Precision: citewatch.PrecisionYear,
		Resolved: fmt.Sprintf("%q before %s %s", s[loc[0]:loc[1]], c.anchorName(), c.Anchor)}
	if today && c.Anchor.Precision == citewatch.PrecisionDay {
		d.Month, d.Day, d.Precision = c.Anchor.Month, c.Anchor.Day, citewatch.PrecisionDay
		if d.Validate() != nil { // 29 February
			d.Day--
		}
	}
	return Mention{Start: loc[0], End: loc[1], Date: d, Partial: true}
}

// monthOnly completes a month without a year: a plain one ("in May")
// is the latest such month up to the anchor (reports speak of the past;
// "in May" on a page of February 2025 is May 2024), a "last" one
// ("last December", "el pasado mes de junio", "juin dernier") excludes
// the anchor's own month, a "next" one is the first after the anchor.
func monthOnly(s string, loc []int, c Context) Mention {
	before, tok := s[loc[2]:loc[3]], s[loc[4]:loc[5]]
	dot := loc[6] >= 0 && isAbbreviation(tok)
	if tok == "may" || tok == "mar" || !lowerOK(tok) || !plainMonth(tok, dot) || !sameLanguage(before, tok) {
		return Mention{} // "in may" is not a month in English text
	}
	mo := monthWord(tok)
	if mo == 0 || reYearNext.MatchString(s[loc[5]:]) {
		return Mention{} // "Anfang März 2023": the month has its year
	}
	after := ""
	if loc[8] >= 0 {
		after = s[loc[8]:loc[9]]
	}
	end := loc[5]
	if dot {
		end = loc[7]
	}
	if after != "" {
		end = loc[9]
	}
	plain := !in(monthNext, before) && !in(monthNextAfter, after) && !in(monthLast, before) && !in(monthLastAfter, after)
	if c.Anchor.Month == 0 {
		if plain { // a date told before it may still give its year
			return Mention{Start: loc[0], End: end, Partial: true, md: [2]int{mo, 0}, context: true}
		}
		return Mention{}
	}
	y := c.Anchor.Year
	switch {
	case in(monthNext, before) || in(monthNextAfter, after):
		if mo <= c.Anchor.Month {
			y++
		}
	case in(monthLast, before) || in(monthLastAfter, after):
		if mo >= c.Anchor.Month {
			y--
		}
	default:
		if mo > c.Anchor.Month {
			y--
		}
	}
	d := citewatch.Date{Year: y, Month: mo, Precision: citewatch.PrecisionMonth,
		Resolved: fmt.Sprintf("year of %q from %s %s", s[loc[0]:end], c.anchorName(), c.Anchor)}
	return Mention{Start: loc[0], End: end, Date: d, Partial: true, md: [2]int{mo, 0}, context: plain}
}

// sameLanguage reports whether a word before a month and the month word
// can be of one language: "a settembre" is Italian, "a March" is not a
// date. Only the one-letter and two-letter prepositions are checked; the
// others belong to their language already.
func sameLanguage(before, month string) bool {
	langs := monthLang[strings.ToLower(month)]
	switch normalize(before) {
	case "a":
		return langs["it"]
	case "en":
		return langs["fr"] || langs["es"]
	case "em":
		return langs["pt"]
	case "im":
		return langs["de"]
	case "in":
		return langs["en"] || langs["it"] || langs["de"]
	}
	return true
}

// isAbbreviation reports whether a month word is the start of a longer
// one for the same month in every language that has it ("Dec" of
// "December", "févr" of "février", but not "May", whole in English), so
// that a dot after it is the abbreviation's, not the sentence's.
func isAbbreviation(tok string) bool {
	return abbreviation[strings.ToLower(tok)]
}

var abbreviation = func() map[string]bool {
	out := map[string]bool{}
	whole := map[string]bool{}
	for _, l := range languages {
		for _, names := range l.months {
			ws := strings.Fields(names)
			for _, w := range ws {
				short := false
				for _, v := range ws {
					if len(v) > len(w) && strings.HasPrefix(v, w) {
						short = true
					}
				}
				if short {
					out[w] = true
				} else {
					whole[w] = true
				}
			}
		}
	}
	for w := range whole {
		delete(out, w)
	}
	return out
}()

// in reports whether phrase, normalised, is one of words.
func in(words []string, phrase string) bool {
	if phrase == "" {
		return false
	}
	p := normalize(phrase)
	for _, w := range words {
		if w == p {
			return true
		}
	}
	return false
}

func atoi(s string, loc []int, group int) int {
	if loc[2*group] < 0 {
		return 0
	}
	n, _ := strconv.Atoi(asciiDigits(s[loc[2*group]:loc[2*group+1]]))
	return n
}

func day(y, m, d int) citewatch.Date {
	return citewatch.Date{Year: y, Month: m, Day: d, Precision: citewatch.PrecisionDay}
}

func numeric(s string, loc []int, c Context) Mention {
	a, bb, y := atoi(s, loc, 1), atoi(s, loc, 2), atoi(s, loc, 3)
	m := Mention{Start: loc[0], End: loc[1]}
	switch {
	case a > 12 && bb <= 12:
		m.Date = day(y, bb, a)
	case bb > 12 && a <= 12:
		m.Date = day(y, a, bb)
	case a == bb:
		m.Date = day(y, a, a)
	case c.Order == OrderDayFirst:
		m.Date = day(y, bb, a)
		m.Date.Resolved = "ambiguous day/month; read day-first: " + c.OrderWhy
	case c.Order == OrderMonthFirst:
		m.Date = day(y, a, bb)
		m.Date.Resolved = "ambiguous day/month; read month-first: " + c.OrderWhy
	default:
		m.Ambiguous = true
	}
	return m
}

func (c Context) anchorName() string {
	if c.AnchorName != "" {
		return c.AnchorName
	}
	return "anchor date"
}

// partial completes a day and month with a year: the anchor's, the one
// before or the one after, whichever puts the date nearest the anchor,
// a day ahead counting as two behind (reports speak of the recent past
// more than of the near future). Without an anchor the mention keeps its
// day and month for a list's year (listYears) and has no date yet.
func partial(start, end, mo, d int, c Context) Mention {
	m := Mention{Start: start, End: end, Partial: true, md: [2]int{mo, d}, context: true}
	if c.Anchor.IsZero() {
		return m
	}
	a := c.Anchor.Time()
	best, bestCost := 0, time.Duration(-1)
	for y := c.Anchor.Year - 1; y <= c.Anchor.Year+1; y++ {
		diff := time.Date(y, time.Month(mo), d, 0, 0, 0, 0, time.UTC).Sub(a)
		cost := -diff
		if diff > 0 {
			cost = 2 * diff
		}
		if bestCost < 0 || cost < bestCost {
			best, bestCost = y, cost
		}
	}
	m.Date = day(best, mo, d)
	m.Date.Resolved = fmt.Sprintf("year from %s %s", c.anchorName(), c.Anchor)
	return m
}

// dayOfMonth reads a day given alone ("no dia 16", "11日") as a day of
// the anchor's month, moved by months (先月 is -1); a day more than a
// week after the anchor is of the month before: news tells this month's
// past days and the coming week's.
func dayOfMonth(start, end, n, months int, text string, c Context) Mention {
	if c.Anchor.Month == 0 || n < 1 || n > 31 {
		return Mention{}
	}
	a := time.Date(c.Anchor.Year, time.Month(c.Anchor.Month), 1, 0, 0, 0, 0, time.UTC)
	switch {
	case months != 0:
		a = a.AddDate(0, months, 0)
	case c.Anchor.Precision == citewatch.PrecisionDay && n > c.Anchor.Day+7:
		a = a.AddDate(0, -1, 0)
	}
	date := day(a.Year(), int(a.Month()), n)
	if date.Validate() != nil {
		return Mention{}
	}
	date.Resolved = fmt.Sprintf("month of %q from %s %s", text, c.anchorName(), c.Anchor)
	return Mention{Start: start, End: end, Date: date, Partial: true}
}

// contextYears gives a day and month, or a month, written without a year
// the year of the full date told before it in the text: the first such
// day or month on or after that date ("signed on 5 September 2024 and
// ratified on 3 March" is March 2025; "in 2016 it was signed in April"
// is April 2016). Without one, the anchor's reading stands.
func contextYears(s string, ms []Mention) {
	for i := range ms {
		m := &ms[i]
		if !m.context || m.md == [2]int{} || strings.HasSuffix(m.Date.Resolved, "which ends the list") {
			continue
		}
		var prev *Mention
		// "on Nov. 4 this year", "el 5 de junio del año pasado": the year
		// said right after it.
		if i+1 < len(ms) && ms[i+1].Partial && ms[i+1].Date.Precision == citewatch.PrecisionYear && yearGap[strings.ToLower(strings.Trim(s[m.End:ms[i+1].Start], " ,"))] {
			mo, d := m.md[0], m.md[1]
			date := citewatch.Date{Year: ms[i+1].Date.Year, Month: mo, Precision: citewatch.PrecisionMonth}
			if d != 0 {
				date = day(date.Year, mo, d)
			}
			if date.Validate() == nil {
				date.Resolved = fmt.Sprintf("year of %q from %q", m.Text(s), ms[i+1].Text(s))
				m.Date = date
			}
			continue
		}
		for j := i - 1; j >= 0; j-- {
			if p := ms[j]; !p.Partial && !p.Ambiguous && p.Date.Year != 0 {
				prev = &ms[j]
				break
			}
		}
		if prev == nil {
			continue
		}
		p := prev.Date
		mo, d := m.md[0], m.md[1]
		y := p.Year
		if p.Month != 0 && (mo < p.Month || mo == p.Month && d != 0 && p.Day != 0 && d < p.Day) {
			y++
		}
		date := citewatch.Date{Year: y, Month: mo, Precision: citewatch.PrecisionMonth}
		if d != 0 {
			date = day(y, mo, d)
		}
		if date.Validate() != nil {
			continue
		}
		date.Resolved = fmt.Sprintf("year of %q from %s, told before it", m.Text(s), prev.Text(s))
		m.Date = date
	}
}

// yearGap is what may stand between a day and month and the relative
// year after it ("5 de junio del año pasado").
var yearGap = map[string]bool{"": true, "of": true, "de": true, "del": true, "do": true, "da": true, "des": true, "dell'": true, "dello": true}

// reListGap is what may stand between the dates of a list: commas,
// "and", articles and prepositions, weekdays ("March 3; Tuesday, March
// 4; and Wednesday, March 5, 2014", "el 5 de marzo y el 6 de marzo de 2019").
var reListGap = regexp.MustCompile(`(?i)^(?:[\s,;&]|\b(?:and|et|y|e|und|or|ou|o|on|the|le|el|la|il|am|em|no|na)\b|` + alternation(keys(weekdayOf)) + `)*$`)

// listYears gives a day and month without a year the year of the full
// date that ends their list ("on March 3, March 4 and March 5, 2014"),
// over the anchor's.
func listYears(s string, ms []Mention) {
	for i := range ms {
		if ms[i].md == [2]int{} {
			continue
		}
		for j := i + 1; j < len(ms); j++ {
			if !reListGap.MatchString(s[ms[j-1].End:ms[j].Start]) {
				break
			}
			if ms[j].weekday || ms[j].md != [2]int{} {
				continue
			}
			if !ms[j].Partial && !ms[j].Ambiguous && ms[j].Date.Precision == citewatch.PrecisionDay {
				d := day(ms[j].Date.Year, ms[i].md[0], ms[i].md[1])
				if d.Time().After(ms[j].Date.Time()) {
					break // "December 30 and January 2, 2017" is not read
				}
				d.Resolved = fmt.Sprintf("year of %s, which ends the list", ms[j].Text(s))
				ms[i].Date = d
			}
			break
		}
	}
}

// weekday resolves a weekday against a day anchor: a plain one is the
// latest such day on or before the anchor, a "last" one the latest
// strictly before it, a "next" one the first after it.
func weekday(s string, loc []int, c Context) Mention {
	name := s[loc[4]:loc[5]]
	before, after := "", ""
	if loc[2] >= 0 {
		before = s[loc[2]:loc[3]]
	}
	if loc[6] >= 0 {
		after = s[loc[6]:loc[7]]
	}
	if !lowerOK(name) {
		return Mention{} // "tuesday" in lower case is not read
	}
	if shortWeekday[strings.ToLower(name)] && before == "" {
		return Mention{} // "segunda" alone is "second"
	}
	if r, _ := utf8.DecodeRuneInString(name); unicode.IsUpper(r) && lowerWord[strings.ToLower(name)] && before == "" && loc[4] > 0 {
		return Mention{} // "Santo Domingo": a capitalised Romance weekday inside a sentence is a name
	}
	want, ok := weekdayOf[strings.ToLower(name)]
	if !ok {
		return Mention{}
	}
	plainDay := 0
	if after == "" && (before == "" || in(weekdayPlain, before)) {
		plainDay = int(want) + 1
	}
	if c.Anchor.Precision != citewatch.PrecisionDay {
		return Mention{Start: loc[0], End: loc[1], Partial: true, weekday: true, plainDay: plainDay}
	}
	t := c.Anchor.Time()
	how := "on or before"
	switch {
	case in(weekdayNext, before) || in(weekdayNextAfter, after):
		t = t.AddDate(0, 0, 1)
		for t.Weekday() != want {
			t = t.AddDate(0, 0, 1)
		}
		how = "after"
	case in(weekdayLast, before) || in(weekdayLastAfter, after):
		t = t.AddDate(0, 0, -1)
		how = "before"
		fallthrough
	default:
		for t.Weekday() != want {
			t = t.AddDate(0, 0, -1)
		}
	}
	end := loc[5]
	if after != "" {
		end = loc[7]
	}
	date := day(t.Year(), int(t.Month()), t.Day())
	date.Resolved = fmt.Sprintf("%s %s %s %s", name, how, c.anchorName(), c.Anchor)
	return Mention{Start: loc[0], End: end, Date: date, Partial: true, weekday: true, plainDay: plainDay}
}

// relative resolves a phrase of the relatives table against the anchor.
func relative(s string, loc []int, c Context) Mention {
	phrase := s[loc[0]:loc[1]]
	o, ok := relativeByTokens[tokenKey(phrase)]
	if !ok {
		return Mention{}
	}
	date, ok := o.from(c.Anchor)
	if !ok {
		return Mention{}
	}
	date.Resolved = fmt.Sprintf("%q relative to %s %s", phrase, c.anchorName(), c.Anchor)
	return Mention{Start: loc[0], End: loc[1], Date: date, Partial: true}
}

// from applies the offset to a, at the offset's precision; a day offset
// needs a day anchor and a month offset a month one.
func (o offset) from(a citewatch.Date) (citewatch.Date, bool) {
	switch o.unit {
	case citewatch.PrecisionDay:
		if a.Precision != citewatch.PrecisionDay {
			return citewatch.Date{}, false
		}
		t := a.Time().AddDate(0, 0, o.n)
		return day(t.Year(), int(t.Month()), t.Day()), true
	case citewatch.PrecisionMonth:
		if a.Month == 0 {
			return citewatch.Date{}, false
		}
		t := time.Date(a.Year, time.Month(a.Month), 1, 0, 0, 0, 0, time.UTC).AddDate(0, o.n, 0)
		return citewatch.Date{Year: t.Year(), Month: int(t.Month()), Precision: citewatch.PrecisionMonth}, true
	}
	return citewatch.Date{Year: a.Year + o.n, Precision: citewatch.PrecisionYear}, true
}

// dedupe sorts mentions by start and drops any that overlap a longer one
// found earlier in the sort.
func dedupe(ms []Mention) []Mention {
	if len(ms) < 2 {
		return ms
	}
	// Sort by start, then longer first (insertion sort: lists are short).
	for i := 1; i < len(ms); i++ {
		for j := i; j > 0 && (ms[j].Start < ms[j-1].Start || ms[j].Start == ms[j-1].Start && ms[j].End > ms[j-1].End); j-- {
			ms[j], ms[j-1] = ms[j-1], ms[j]
		}
	}
	out := ms[:0]
	for _, m := range ms {
		if n := len(out); n > 0 && m.Start < out[n-1].End {
			prev := out[n-1]
			if m.End-m.Start > prev.End-prev.Start {
				out[n-1] = m
			}
			continue
		}
		out = append(out, m)
	}
	return out
}

// Parse reads s as one date, the whole of s (surrounding space and
// punctuation aside). It is for metadata fields such as "2025-02-11T09:00:00Z"
// or "11 February 2025".
func Parse(s string, c Context) (citewatch.Date, bool) {
	s = strings.TrimSpace(s)
	ms := Find(s, c)
	if len(ms) != 1 || ms[0].Ambiguous {
		return citewatch.Date{}, false
	}
	rest := strings.Trim(s[:ms[0].Start]+s[ms[0].End:], " ,.;:|-–—()")
	if rest != "" {
		return citewatch.Date{}, false
	}
	return ms[0].Date, true
}
