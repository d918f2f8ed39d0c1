// Package dates finds the dates a sentence states, in English, French,
// German and Japanese, and resolves partial and relative dates ("on 5
// September", "on Tuesday", "last year") against an anchor date such as a
// page's publication date or a wire story's dateline, recording how.
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

	"github.com/citewatch/citewatch"
	"github.com/citewatch/citewatch/extract/internal/fold"
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
}

// Text returns the mention's text within s.
func (m Mention) Text(s string) string { return s[m.Start:m.End] }

// months maps month names and abbreviations (English, French, German) to 1-12.
var months = func() map[string]int {
	months := map[string]int{}
	add := func(n int, names ...string) {
		for _, name := range names {
			months[name] = n
		}
	}
	add(1, "january", "jan", "janvier", "janv", "januar", "jänner")
	add(2, "february", "feb", "février", "fevrier", "févr", "fevr", "février", "februar")
	add(3, "march", "mar", "mars", "märz", "marz")
	add(4, "april", "apr", "avril", "avr")
	add(5, "may", "mai")
	add(6, "june", "jun", "juin", "juni")
	add(7, "july", "jul", "juillet", "juil", "juli")
	add(8, "august", "aug", "août", "aout")
	add(9, "september", "sep", "sept", "septembre")
	add(10, "october", "oct", "octobre", "oktober", "okt")
	add(11, "november", "nov", "novembre")
	add(12, "december", "dec", "décembre", "decembre", "déc", "dezember", "dez")
	return months
}()

// monthRE matches any month name, longest first so "sept" beats "sep".
var monthRE = func() string {
	names := make([]string, 0, len(months))
	for n := range months {
		names = append(names, regexp.QuoteMeta(n))
	}
	// Longest first: RE2 alternation prefers the leftmost alternative.
	for i := 1; i < len(names); i++ {
		for j := i; j > 0 && (len(names[j]) > len(names[j-1]) || len(names[j]) == len(names[j-1]) && names[j] < names[j-1]); j-- {
			names[j], names[j-1] = names[j-1], names[j]
		}
	}
	return `(` + strings.Join(names, "|") + `)\.?`
}()

// monthStems are the first three letters of every month name: a text
// with none of them names no month.
var monthStems = func() []string {
	seen := map[string]bool{}
	var stems []string
	for name := range months {
		r := []rune(name)
		stem := string(r[:min(3, len(r))])
		if !seen[stem] {
			seen[stem] = true
			stems = append(stems, stem)
		}
	}
	return stems
}()

const (
	dayRE  = `(\d{1,2})(?:st|nd|rd|th|er|ᵉʳ|\.)?`
	yearRE = `(\d{4})`
	b      = `\b`
	dash   = `\s*[-–—]\s*`
)

var (
	reISO      = regexp.MustCompile(`\b(\d{4})-(\d{2})-(\d{2})(?:[T ]\d{2}:\d{2}(?::\d{2})?(?:\.\d+)?(?:Z|[+-]\d{2}:?\d{2})?)?\b`)
	reISOMonth = regexp.MustCompile(`\b(\d{4})-(\d{2})\b`)
	reJapanese = regexp.MustCompile(`(\d{4})\s*年\s*(\d{1,2})\s*月(?:\s*(\d{1,2})\s*日)?`)
	// "05/09/2024", "05.09.2024", "28-02-2025" (a status line's stamp).
	reNumeric = regexp.MustCompile(`\b(\d{1,2})[./-](\d{1,2})[./-](\d{4})\b`)
	// "2025/02/11", "2025.02.11": year first is always year-month-day.
	reYMD = regexp.MustCompile(`\b(\d{4})[./](\d{1,2})[./](\d{1,2})\b`)
	// "3–4 December 2024": a range, read at month precision.
	reRange = regexp.MustCompile(`(?i)` + b + `(\d{1,2})` + dash + dayRE + `\s+` + monthRE + `,?\s+` + yearRE + b)
	// "5 September 2024", "1er juillet 2004", "5. September 2024", "5 Sept. 2024", "5th of May, 2024".
	reDMY = regexp.MustCompile(`(?i)` + b + dayRE + `(?:\s+(?:of\s+)?|-)` + monthRE + `(?:,?\s+|-)` + yearRE + b)
	// "September 5, 2024", "Feb. 11, 2025".
	reMDY = regexp.MustCompile(`(?i)` + b + monthRE + `\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+` + yearRE + b)
	// "May 2024", "mai 2024", "September of 2023".
	reMY = regexp.MustCompile(`(?i)` + b + monthRE + `\s+(?:of\s+|de\s+)?` + yearRE + b)
	// Partial: "5 September", "Feb. 11".
	reDM = regexp.MustCompile(`(?i)` + b + dayRE + `\s+(?:of\s+)?` + monthRE + `(?:[^\p{L}\d]|$)`)
	reMD = regexp.MustCompile(`(?i)` + b + monthRE + `\s+(\d{1,2})(?:st|nd|rd|th)?\b`)
	// A year said as such: "in 2023", "en 2023", "since 2019".
	reYear = regexp.MustCompile(`(?i)\b(?:in|en|im|since|depuis|during|by|until|of|year|early|late|mid-?)\s+(\d{4})\b`)
	// Relative dates.
	reWeekday = regexp.MustCompile(`(?i)\b(?:on\s+|this\s+|last\s+|ce\s+|le\s+|am\s+)?(monday|tuesday|wednesday|thursday|friday|saturday|sunday|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag)\b`)
	// "in May", "last December", "en mai", "last September": a month
	// without a year, completed from the anchor.
	reMonthOnly = regexp.MustCompile(`(?i)\b(in|last|early|late|mid-|en|début|fin)\s+(?:de\s+|d['’])?` + monthRE + `(?:\s+(dernier))?(?:[^\p{L}\d]|$)`)
	// "ten years ago", "two years earlier", "il y a dix ans".
	reYearsAgo = regexp.MustCompile(`(?i)\b(\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty)\s+years?\s+ago(\s+today)?\b`)
	reRelative = regexp.MustCompile(`(?i)\b(yesterday|today|hier|aujourd['’]hui|heute|gestern|last year|this year|l['’]année dernière|l['’]an dernier|cette année|last month|this month|le mois dernier|ce mois-ci)\b`)
)

var weekdays = map[string]time.Weekday{
	"sunday": time.Sunday, "monday": time.Monday, "tuesday": time.Tuesday, "wednesday": time.Wednesday,
	"thursday": time.Thursday, "friday": time.Friday, "saturday": time.Saturday,
	"dimanche": time.Sunday, "lundi": time.Monday, "mardi": time.Tuesday, "mercredi": time.Wednesday,
	"jeudi": time.Thursday, "vendredi": time.Friday, "samedi": time.Saturday,
	"sonntag": time.Sunday, "montag": time.Monday, "dienstag": time.Tuesday, "mittwoch": time.Wednesday,
	"donnerstag": time.Thursday, "freitag": time.Friday, "samstag": time.Saturday,
}

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
	if !c.Anchor.IsZero() {
		found = append(found, findRelative(s, c)...)
	}
	if strings.Contains(s, "follow") || strings.Contains(s, "next") || strings.Contains(s, "suivant") {
		found = append(found, findFollowing(s, dedupe(found))...)
	}
	found = dedupe(found)
	out := found[:0]
	for i, m := range found {
		if m.weekday && i+1 < len(found) && namesDay(s[m.End:found[i+1].Start], found[i+1]) {
			continue // "Thursday, 5 September 2024": the weekday names the date after it
		}
		if m.Ambiguous || m.Date.Validate() == nil {
			out = append(out, m)
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
			mo := months[strings.TrimSuffix(f[2], ".")]
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
		lo, hi := max(0, i-window), min(len(s), j+window)
		for lo > 0 && s[lo-1] != ' ' {
			lo--
		}
		for hi < len(s) && s[hi] != ' ' {
			hi++
		}
		if n := len(ws); n > 0 && lo <= ws[n-1][1] {
			ws[n-1][1] = max(ws[n-1][1], hi)
		} else {
			ws = append(ws, [2]int{lo, hi})
		}
		i = j
	}
	return ws
}

// findAbsolute finds dates written with digits, and partial ones completed
// from the anchor.
func findAbsolute(s string, c Context) []Mention {
	var found []Mention
	// An impossible date ("31 February 2025") still claims its span, so
	// that a shorter reading inside it ("February 2025") does not win.
	add := func(m Mention) {
		if m.Ambiguous || !m.Date.IsZero() {
			found = append(found, m)
		}
	}
	// Each expression runs only when s holds the characters or words it
	// cannot match without.
	lc := fold.Lower(s)
	hyphen := strings.IndexByte(s, '-') >= 0
	month := lc.Has(monthStems...)
	if hyphen {
		for _, loc := range reISO.FindAllStringSubmatchIndex(s, -1) {
			y, mo, d := atoi(s, loc, 1), atoi(s, loc, 2), atoi(s, loc, 3)
			add(Mention{Start: loc[0], End: loc[1], Date: day(y, mo, d)})
		}
	}
	if strings.Contains(s, "年") {
		for _, loc := range reJapanese.FindAllStringSubmatchIndex(s, -1) {
			y, mo := atoi(s, loc, 1), atoi(s, loc, 2)
			if loc[6] >= 0 {
				add(Mention{Start: loc[0], End: loc[1], Date: day(y, mo, atoi(s, loc, 3))})
			} else {
				add(Mention{Start: loc[0], End: loc[1], Date: citewatch.Date{Year: y, Month: mo, Precision: citewatch.PrecisionMonth}})
			}
		}
	}
	if strings.IndexByte(s, '/') >= 0 || strings.IndexByte(s, '.') >= 0 || hyphen {
		for _, loc := range reNumeric.FindAllStringSubmatchIndex(s, -1) {
			add(numeric(s, loc, c))
		}
		for _, loc := range reYMD.FindAllStringSubmatchIndex(s, -1) {
			add(Mention{Start: loc[0], End: loc[1], Date: day(atoi(s, loc, 1), atoi(s, loc, 2), atoi(s, loc, 3))})
		}
	}
	if month && (hyphen || strings.Contains(s, "–") || strings.Contains(s, "—")) {
		for _, loc := range reRange.FindAllStringSubmatchIndex(s, -1) {
			mo, y := months[strings.ToLower(s[loc[6]:loc[7]])], atoi(s, loc, 4)
			d := citewatch.Date{Year: y, Month: mo, Precision: citewatch.PrecisionMonth,
				Resolved: "range " + s[loc[0]:loc[1]] + " read at month precision"}
			add(Mention{Start: loc[0], End: loc[1], Date: d})
		}
	}
	if month {
		for _, loc := range reDMY.FindAllStringSubmatchIndex(s, -1) {
			add(Mention{Start: loc[0], End: loc[1], Date: day(atoi(s, loc, 3), months[strings.ToLower(s[loc[4]:loc[5]])], atoi(s, loc, 1))})
		}
		for _, loc := range reMDY.FindAllStringSubmatchIndex(s, -1) {
			add(Mention{Start: loc[0], End: loc[1], Date: day(atoi(s, loc, 3), months[strings.ToLower(s[loc[2]:loc[3]])], atoi(s, loc, 2))})
		}
		for _, loc := range reMY.FindAllStringSubmatchIndex(s, -1) {
			tok := s[loc[2]:loc[3]]
			if tok == "may" || tok == "mar" {
				continue // "may 2024" in running English is the verb, not the month
			}
			add(Mention{Start: loc[0], End: loc[1], Date: citewatch.Date{Year: atoi(s, loc, 2), Month: months[strings.ToLower(tok)], Precision: citewatch.PrecisionMonth}})
		}
	}
	if hyphen {
		for _, loc := range reISOMonth.FindAllStringSubmatchIndex(s, -1) {
			if mo := atoi(s, loc, 2); mo >= 1 && mo <= 12 && (loc[1] == len(s) || s[loc[1]] != '-') {
				add(Mention{Start: loc[0], End: loc[1], Date: citewatch.Date{Year: atoi(s, loc, 1), Month: mo, Precision: citewatch.PrecisionMonth}})
			}
		}
	}
	if lc.Has(yearWords...) {
		for _, loc := range reYear.FindAllStringSubmatchIndex(s, -1) {
			if y := atoi(s, loc, 1); y >= 1900 && y <= 2199 {
				add(Mention{Start: loc[2], End: loc[3], Date: citewatch.Date{Year: y, Precision: citewatch.PrecisionYear}})
			}
		}
	}
	if !c.Anchor.IsZero() && month {
		for _, loc := range reDM.FindAllStringSubmatchIndex(s, -1) {
			end := loc[5]
			if s[end-1] != '.' && end < len(s) && s[end] == '.' {
				end++
			}
			if tok := s[loc[4]:loc[5]]; tok == "may" || tok == "mar" {
				continue
			}
			add(partial(loc[0], end, months[strings.ToLower(strings.TrimSuffix(s[loc[4]:loc[5]], "."))], atoi(s, loc, 1), c))
		}
		for _, loc := range reMD.FindAllStringSubmatchIndex(s, -1) {
			tok := s[loc[2]:loc[3]]
			if tok[0] >= 'a' && tok[0] <= 'z' && !isFrench(tok) {
				continue // lower-case English month words ("may 5") are rarely dates
			}
			add(partial(loc[0], loc[1], months[strings.ToLower(strings.TrimSuffix(tok, "."))], atoi(s, loc, 2), c))
		}
	}
	return found
}

// yearWords are the words reYear cannot match without.
var yearWords = []string{"in", "en", "im", "since", "depuis", "during", "by", "until", "of", "year", "early", "late", "mid"}

// findRelative finds dates said relative to the anchor: weekdays,
// "yesterday", "last year". Each expression runs only when s holds the
// words it cannot match without.
func findRelative(s string, c Context) []Mention {
	var found []Mention
	add := func(m Mention) {
		if !m.Date.IsZero() {
			found = append(found, m)
		}
	}
	lc := fold.Lower(s)
	if lc.Has("day", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "tag", "mittwoch") {
		for _, loc := range reWeekday.FindAllStringSubmatchIndex(s, -1) {
			add(weekday(s, loc, c))
		}
	}
	if lc.Has("yesterday", "today", "hier", "aujourd", "heute", "gestern", "year", "année", "an dernier", "month", "mois") {
		for _, loc := range reRelative.FindAllStringSubmatchIndex(s, -1) {
			add(relative(s, loc, c))
		}
	}
	if lc.Has(monthStems...) {
		for _, loc := range reMonthOnly.FindAllStringSubmatchIndex(s, -1) {
			add(monthOnly(s, loc, c))
		}
	}
	if lc.Has("ago") {
		for _, loc := range reYearsAgo.FindAllStringSubmatchIndex(s, -1) {
			n := agoWords[strings.ToLower(s[loc[2]:loc[3]])]
			if n == 0 {
				n, _ = strconv.Atoi(s[loc[2]:loc[3]])
			}
			if n > 0 {
				d := citewatch.Date{Year: c.Anchor.Year - n, Precision: citewatch.PrecisionYear,
					Resolved: fmt.Sprintf("%q before %s %s", s[loc[0]:loc[1]], c.anchorName(), c.Anchor)}
				if loc[4] >= 0 && c.Anchor.Precision == citewatch.PrecisionDay {
					// "twenty years ago today": the anchor's day, n years back.
					d.Month, d.Day, d.Precision = c.Anchor.Month, c.Anchor.Day, citewatch.PrecisionDay
					if d.Validate() != nil { // 29 February
						d.Day--
					}
				}
				add(Mention{Start: loc[0], End: loc[1], Date: d, Partial: true})
			}
		}
	}
	return found
}

var agoWords = map[string]int{"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
	"nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20}

// monthOnly completes a month without a year, taking the latest such
// month up to the anchor ("in May" on a page of February 2025 is May
// 2024: reports speak of the past); "last December" excludes the anchor's
// own month.
func monthOnly(s string, loc []int, c Context) Mention {
	tok := s[loc[4]:loc[5]]
	if tok == "may" || tok == "mar" || tok[0] >= 'a' && tok[0] <= 'z' && !isFrench(tok) {
		return Mention{} // "in may" is not a month in English text
	}
	mo := months[strings.ToLower(tok)]
	if mo == 0 || c.Anchor.Month == 0 {
		return Mention{}
	}
	y := c.Anchor.Year
	last := strings.EqualFold(s[loc[2]:loc[3]], "last") || loc[6] >= 0
	if mo > c.Anchor.Month || last && mo == c.Anchor.Month {
		y--
	}
	end := loc[1]
	if end > 0 && end < len(s)+1 && end <= len(s) {
		if r := s[end-1]; !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z') && (loc[6] < 0 || end > loc[7]) && end > loc[5] {
			end--
		}
	}
	d := citewatch.Date{Year: y, Month: mo, Precision: citewatch.PrecisionMonth,
		Resolved: fmt.Sprintf("year of %q from %s %s", s[loc[0]:end], c.anchorName(), c.Anchor)}
	return Mention{Start: loc[0], End: end, Date: d, Partial: true}
}

func isFrench(tok string) bool {
	switch tok {
	case "janvier", "février", "fevrier", "mars", "avril", "mai", "juin", "juillet", "août", "aout",
		"septembre", "octobre", "novembre", "décembre", "decembre":
		return true
	}
	return false
}

func atoi(s string, loc []int, group int) int {
	if loc[2*group] < 0 {
		return 0
	}
	n, _ := strconv.Atoi(s[loc[2*group]:loc[2*group+1]])
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

// partial completes a day and month with the anchor's year, taking the
// year before when that would put the date more than half a year after
// the anchor (a report speaks of the recent past or near future).
func partial(start, end, mo, d int, c Context) Mention {
	y := c.Anchor.Year
	t := time.Date(y, time.Month(mo), d, 0, 0, 0, 0, time.UTC)
	if t.Sub(c.Anchor.Time()) > 183*24*time.Hour {
		y--
	}
	date := day(y, mo, d)
	date.Resolved = fmt.Sprintf("year from %s %s", c.anchorName(), c.Anchor)
	return Mention{Start: start, End: end, Date: date, Partial: true}
}

func weekday(s string, loc []int, c Context) Mention {
	if c.Anchor.Precision != citewatch.PrecisionDay {
		return Mention{}
	}
	want := weekdays[strings.ToLower(s[loc[2]:loc[3]])]
	t := c.Anchor.Time()
	for t.Weekday() != want {
		t = t.AddDate(0, 0, -1)
	}
	date := day(t.Year(), int(t.Month()), t.Day())
	date.Resolved = fmt.Sprintf("%s on or before %s %s", s[loc[2]:loc[3]], c.anchorName(), c.Anchor)
	return Mention{Start: loc[0], End: loc[1], Date: date, Partial: true, weekday: true}
}

func relative(s string, loc []int, c Context) Mention {
	word := strings.ToLower(strings.ReplaceAll(s[loc[2]:loc[3]], "’", "'"))
	a := c.Anchor
	var date citewatch.Date
	switch word {
	case "today", "aujourd'hui", "heute":
		if a.Precision != citewatch.PrecisionDay {
			return Mention{}
		}
		date = a
	case "yesterday", "hier", "gestern":
		if a.Precision != citewatch.PrecisionDay {
			return Mention{}
		}
		t := a.Time().AddDate(0, 0, -1)
		date = day(t.Year(), int(t.Month()), t.Day())
	case "last year", "l'année dernière", "l'an dernier":
		date = citewatch.Date{Year: a.Year - 1, Precision: citewatch.PrecisionYear}
	case "this year", "cette année":
		date = citewatch.Date{Year: a.Year, Precision: citewatch.PrecisionYear}
	case "last month", "le mois dernier":
		if a.Month == 0 {
			return Mention{}
		}
		t := time.Date(a.Year, time.Month(a.Month), 1, 0, 0, 0, 0, time.UTC).AddDate(0, -1, 0)
		date = citewatch.Date{Year: t.Year(), Month: int(t.Month()), Precision: citewatch.PrecisionMonth}
	case "this month", "ce mois-ci":
		if a.Month == 0 {
			return Mention{}
		}
		date = citewatch.Date{Year: a.Year, Month: a.Month, Precision: citewatch.PrecisionMonth}
	default:
		return Mention{}
	}
	date.Resolved = fmt.Sprintf("%q relative to %s %s", s[loc[2]:loc[3]], c.anchorName(), a)
	return Mention{Start: loc[0], End: loc[1], Date: date, Partial: true}
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
