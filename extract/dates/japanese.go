package dates

import (
	"fmt"
	"regexp"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/citewatch/citewatch"
	"github.com/citewatch/citewatch/internal/wordlist/numbers"
)

// Japanese dates are written without spaces, with Arabic digits (ASCII
// or full-width), years in the Western or the imperial era count
// ("令和7年", "平成元年"), and relative words glued to them ("昨年5月",
// "来年1月22日", "11日" for a day of the anchor's month).

// eras are the imperial eras and the Western year before each one's
// first year: 令和1年 (元年) is 2019.
var eras = map[string]int{"明治": 1867, "大正": 1911, "昭和": 1925, "平成": 1988, "令和": 2018}

// Words for a year, a month or a day counted from the anchor, alone or
// before a month ("昨年5月", "先月12日").
var (
	jaYears  = map[string]int{"昨年": -1, "去年": -1, "一昨年": -2, "今年": 0, "本年": 0, "来年": 1}
	jaMonths = map[string]int{"先月": -1, "今月": 0, "本月": 0, "来月": 1}
	jaDays   = map[string]int{"一昨日": -2, "昨日": -1, "今日": 0, "本日": 0, "明日": 1}
	// Years counted from the date told before them in the text.
	jaAfterPrev = map[string]int{"同年": 0, "翌年": 1, "前年": -1}
	// The weekdays, Sunday first, and the words before them for the week.
	jaWeekdays = []string{"日", "月", "火", "水", "木", "金", "土"}
	jaWeeks    = map[string]int{"先週": -1, "今週": 0, "来週": 1}
)

const (
	jd      = `[0-9０-９]`
	jaAside = `(?:\s*[（(][^）)]{1,10}[）)])?`
)

var (
	jaYearWords = func() string {
		var ws []string
		for _, m := range []map[string]int{jaYears, jaAfterPrev} {
			ws = append(ws, keys(m)...)
		}
		return alternation(ws)
	}()
	jaEra = alternation(keys(eras))
	// A month, with its year and day where given: "2025年6月5日",
	// "令和7年12月15日", "昨年5月", "来年1月22日", "12月12日", "6月".
	// A year may carry the other count in parentheses: "2025年（令和7年）6月5日".
	reJaMonth = regexp.MustCompile(`(?:(?:(` + jd + `{4})\s*年` + jaAside + `|(` + jaEra + `)\s*(` + jd + `{1,2}|元)\s*年` + jaAside + `|(` + jaYearWords + `))\s*)?(` +
		jd + `{1,2})\s*月(?:\s*(` + jd + `{1,2})\s*日)?`)
	// A year alone: "2023年", "令和5年", "平成元年".
	reJaYear = regexp.MustCompile(`(?:(` + jd + `{4})|(` + jaEra + `)\s*(` + jd + `{1,2}|元))\s*年`)
	// A day alone ("11日", "先月28日"), read against the anchor's month.
	reJaDay = regexp.MustCompile(`(` + alternation(keys(jaMonths)) + `)?(` + jd + `{1,2})\s*日`)
	// "2年前" (two years ago), "十年前".
	reJaYearsAgo = regexp.MustCompile(`([0-9０-９〇一二三四五六七八九十]{1,3})\s*年前`)
	// "同日" (the same day) and "同月" (the same month) as the date before them.
	reJaSame = regexp.MustCompile(`同(日|月)`)
	// Relative words alone: "昨年", "昨日", "先月".
	reJaWord = regexp.MustCompile(alternation(append(append(keys(jaYears), keys(jaMonths)...), keys(jaDays)...)))
	// A weekday: "火曜日", "先週の火曜", "(火)" is left out (it follows a full date).
	reJaWeekday = regexp.MustCompile(`(` + alternation(keys(jaWeeks)) + `)?の?([日月火水木金土])曜日?`)
)

// hasJapanese reports whether s holds the characters Japanese dates are
// written with.
func hasJapanese(s string) bool {
	// All four start with the byte 0xE5 or 0xE6 in UTF-8, which Western
	// text seldom holds: two quick byte searches settle most texts, where
	// strings.ContainsAny would look up every character of s.
	if strings.IndexByte(s, 0xE5) < 0 && strings.IndexByte(s, 0xE6) < 0 {
		return false
	}
	return strings.ContainsAny(s, "年月日曜")
}

// asciiDigits returns s with full-width digits made ASCII.
func asciiDigits(s string) string {
	return strings.Map(func(r rune) rune {
		if r >= '０' && r <= '９' {
			return r - '０' + '0'
		}
		return r
	}, s)
}

// findJapanese finds the Japanese forms of dates in s.
func findJapanese(s string, c Context) []Mention {
	var found []Mention
	add := func(m Mention) {
		if !m.Date.IsZero() || m.afterPrev != nil {
			found = append(found, m)
		}
	}
	group := func(loc []int, g int) string {
		if loc[2*g] < 0 {
			return ""
		}
		return s[loc[2*g]:loc[2*g+1]]
	}
	for _, loc := range reJaMonth.FindAllStringSubmatchIndex(s, -1) {
		add(jaMonthDate(s[loc[0]:loc[1]], group(loc, 1), group(loc, 2), group(loc, 3), group(loc, 4), atoi(s, loc, 5), atoi(s, loc, 6), loc, c))
	}
	for _, loc := range reJaYear.FindAllStringSubmatchIndex(s, -1) {
		if next, _ := utf8.DecodeRuneInString(s[loc[1]:]); strings.ContainsRune("度間代頃来", next) {
			continue // "2020年度" (a fiscal year), "5年間" (five years), "2020年代" (the 2020s)
		}
		y := atoi(s, loc, 1)
		if loc[4] >= 0 {
			y = eraYear(group(loc, 2), group(loc, 3))
		}
		if y < 1000 {
			continue
		}
		add(Mention{Start: loc[0], End: loc[1], Date: citewatch.Date{Year: y, Precision: citewatch.PrecisionYear}})
	}
	for _, loc := range reJaSame.FindAllStringSubmatchIndex(s, -1) {
		prec := citewatch.PrecisionDay
		if s[loc[2]:loc[3]] == "月" {
			prec = citewatch.PrecisionMonth
		}
		text := s[loc[0]:loc[1]]
		found = append(found, Mention{Start: loc[0], End: loc[1], Partial: true, afterPrev: func(prev citewatch.Date) (citewatch.Date, bool) {
			if prev.Precision != citewatch.PrecisionDay && (prec == citewatch.PrecisionDay || prev.Precision != citewatch.PrecisionMonth) {
				return citewatch.Date{}, false
			}
			d := citewatch.Date{Year: prev.Year, Month: prev.Month, Precision: prec}
			if prec == citewatch.PrecisionDay {
				d.Day = prev.Day
			}
			d.Resolved = fmt.Sprintf("%q: %s, told before it", text, prev)
			return d, true
		}})
	}
	if c.Anchor.IsZero() {
		return found
	}
	for _, loc := range reJaYearsAgo.FindAllStringSubmatchIndex(s, -1) {
		if prev, _ := utf8.DecodeLastRuneInString(s[:loc[0]]); loc[0] > 0 && (prev >= '0' && prev <= '9' || prev >= '０' && prev <= '９') {
			continue // "2010年前後" is around 2010
		}
		if n, ok := numbers.Cardinal(s[loc[2]:loc[3]]); ok && n > 0 && n < 100 {
			add(Mention{Start: loc[0], End: loc[1], Partial: true, Date: citewatch.Date{Year: c.Anchor.Year - n, Precision: citewatch.PrecisionYear,
				Resolved: fmt.Sprintf("%q before %s %s", s[loc[0]:loc[1]], c.anchorName(), c.Anchor)}})
		}
	}
	for _, loc := range reJaDay.FindAllStringSubmatchIndex(s, -1) {
		add(jaDay(s, loc, c))
	}
	for _, loc := range reJaWord.FindAllStringIndex(s, -1) {
		w := s[loc[0]:loc[1]]
		var o offset
		switch {
		case hasKey(jaYears, w):
			o = relYears(jaYears[w])
		case hasKey(jaMonths, w):
			o = relMonths(jaMonths[w])
		default:
			o = relDays(jaDays[w])
		}
		if d, ok := o.from(c.Anchor); ok {
			d.Resolved = fmt.Sprintf("%q relative to %s %s", w, c.anchorName(), c.Anchor)
			add(Mention{Start: loc[0], End: loc[1], Date: d, Partial: true})
		}
	}
	if c.Anchor.Precision == citewatch.PrecisionDay {
		for _, loc := range reJaWeekday.FindAllStringSubmatchIndex(s, -1) {
			add(jaWeekday(s, loc, c))
		}
	}
	return found
}

func hasKey(m map[string]int, k string) bool {
	_, ok := m[k]
	return ok
}

// eraYear returns the Western year of an era year ("令和", "7"), or 0.
func eraYear(era, n string) int {
	base, ok := eras[era]
	if !ok {
		return 0
	}
	if n == "元" {
		return base + 1
	}
	k := 0
	for _, r := range asciiDigits(n) {
		k = k*10 + int(r-'0')
	}
	if k < 1 || k > 64 {
		return 0
	}
	return base + k
}

// jaMonthDate builds the date of a month form: its year from digits, an
// era, a word relative to the anchor or to the date before it, or, with
// none, from the anchor.
func jaMonthDate(text, year, era, eraN, rel string, mo, d int, loc []int, c Context) Mention {
	m := Mention{Start: loc[0], End: loc[1]}
	prec := citewatch.PrecisionMonth
	if d > 0 {
		prec = citewatch.PrecisionDay
	}
	date := citewatch.Date{Month: mo, Day: d, Precision: prec}
	switch {
	case year != "":
		date.Year, _ = atoiString(year)
	case era != "":
		date.Year = eraYear(era, eraN)
		if date.Year == 0 {
			return Mention{}
		}
	case hasKey(jaAfterPrev, rel):
		n := jaAfterPrev[rel]
		m.afterPrev = func(prev citewatch.Date) (citewatch.Date, bool) {
			dd := date
			dd.Year = prev.Year + n
			dd.Resolved = fmt.Sprintf("year of %q from %s", text, prev)
			return dd, true
		}
		m.Partial = true
		return m
	case rel != "":
		if c.Anchor.IsZero() {
			return Mention{}
		}
		date.Year = c.Anchor.Year + jaYears[rel]
		date.Resolved = fmt.Sprintf("year of %q from %s %s", text, c.anchorName(), c.Anchor)
		m.Partial = true
	default:
		if c.Anchor.IsZero() {
			return Mention{}
		}
		if d > 0 {
			p := partial(loc[0], loc[1], mo, d, c)
			p.Date.Resolved = fmt.Sprintf("year of %q from %s %s", text, c.anchorName(), c.Anchor)
			return p
		}
		date.Year = c.Anchor.Year
		if c.Anchor.Month != 0 && mo > c.Anchor.Month {
			date.Year-- // "5月" on a page of February is last May
		}
		date.Resolved = fmt.Sprintf("year of %q from %s %s", text, c.anchorName(), c.Anchor)
		m.Partial = true
	}
	m.Date = date
	return m
}

func atoiString(s string) (int, bool) {
	n := 0
	for _, r := range asciiDigits(s) {
		if r < '0' || r > '9' {
			return 0, false
		}
		n = n*10 + int(r-'0')
	}
	return n, s != ""
}

// jaDay reads a day alone ("11日", "(4日)", "先月28日") as a day of the
// anchor's month, or of the month a word gives (see dayOfMonth). A count
// of days ("30日以内", "90日後", "3日間") and a day already part of a
// month form are not read.
func jaDay(s string, loc []int, c Context) Mention {
	if c.Anchor.Month == 0 {
		return Mention{}
	}
	if loc[2] < 0 {
		if prev, _ := utf8.DecodeLastRuneInString(s[:loc[0]]); prev == '月' || prev >= '0' && prev <= '9' || prev >= '０' && prev <= '９' || prev == '第' {
			return Mention{}
		}
	}
	if next, _ := utf8.DecodeRuneInString(s[loc[1]:]); strings.ContainsRune("間以後前目ぶり余程超未連本分当あ平", next) {
		return Mention{}
	}
	months := 0
	if loc[2] >= 0 {
		months = jaMonths[s[loc[2]:loc[3]]]
	}
	return dayOfMonth(loc[0], loc[1], atoi(s, loc, 2), months, s[loc[0]:loc[1]], c)
}

// jaWeekday resolves "火曜日", "先週の火曜" against a day anchor: the
// latest such day on or before the anchor, or in the week a word gives.
func jaWeekday(s string, loc []int, c Context) Mention {
	name := s[loc[4]:loc[5]]
	want := time.Weekday(0)
	for i, w := range jaWeekdays {
		if w == name {
			want = time.Weekday(i)
		}
	}
	t := c.Anchor.Time()
	how := "on or before"
	if loc[2] >= 0 {
		// The week's Sunday, then the day in that week.
		week := jaWeeks[s[loc[2]:loc[3]]]
		t = t.AddDate(0, 0, -int(t.Weekday())+7*week+int(want))
		how = "in the week of"
	} else {
		for t.Weekday() != want {
			t = t.AddDate(0, 0, -1)
		}
	}
	date := day(t.Year(), int(t.Month()), t.Day())
	date.Resolved = fmt.Sprintf("%s %s %s %s", s[loc[0]:loc[1]], how, c.anchorName(), c.Anchor)
	return Mention{Start: loc[0], End: loc[1], Date: date, Partial: true, weekday: true}
}
