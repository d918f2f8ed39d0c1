package dates

import (
	"fmt"
	"regexp"
	"strings"
	"time"

	"github.com/citewatch/citewatch"
	"github.com/citewatch/citewatch/internal/wordlist/numbers"
)

// Dates told from another date of the text rather than from the anchor:
// "thirty days later" after a date, "30 days after 4 March", "after 60
// days from Friday", "the same year", and a weekday the text named with
// its date before ("on Monday, 4 March; ..." then "Fiji followed on
// Monday").

// A span of time, per language: the unit words, how long each is.
var spanUnits = map[string]span{
	// English
	"day": {days: 1}, "days": {days: 1}, "week": {days: 7}, "weeks": {days: 7},
	"month": {months: 1}, "months": {months: 1}, "year": {years: 1}, "years": {years: 1},
	// French
	"jour": {days: 1}, "jours": {days: 1}, "semaine": {days: 7}, "semaines": {days: 7},
	"mois": {months: 1}, "an": {years: 1}, "ans": {years: 1}, "année": {years: 1}, "années": {years: 1},
	// Spanish
	"día": {days: 1}, "días": {days: 1}, "dia": {days: 1}, "dias": {days: 1}, "semana": {days: 7}, "semanas": {days: 7},
	"mes": {months: 1}, "meses": {months: 1}, "año": {years: 1}, "años": {years: 1},
	// German
	"tag": {days: 1}, "tage": {days: 1}, "tagen": {days: 1}, "woche": {days: 7}, "wochen": {days: 7},
	"monat": {months: 1}, "monate": {months: 1}, "monaten": {months: 1}, "jahr": {years: 1}, "jahre": {years: 1}, "jahren": {years: 1},
	// Italian
	"giorno": {days: 1}, "giorni": {days: 1}, "settimana": {days: 7}, "settimane": {days: 7},
	"mese": {months: 1}, "mesi": {months: 1}, "anno": {years: 1}, "anni": {years: 1},
	// Portuguese (dia, semana, mes shared above)
	"mês": {months: 1}, "ano": {years: 1}, "anos": {years: 1},
}

// laterWords follow a span told from the date before it: "ninety days
// later", "90 jours plus tard", "90 Tage später".
var laterWords = []string{"later", "afterwards", "thereafter", "plus tard", "après", "más tarde", "después", "später", "danach",
	"più tardi", "dopo", "mais tarde", "depois"}

// fromWords stand between a span and the date it is told from: "90 days
// after 4 March", "30 jours après le 4 mars", "30 Tage nach dem 4. März".
var fromWords = []string{"after", "from", "following", "après", "après le", "à compter du", "à partir du", "suivant",
	"después de", "después del", "a partir de", "a partir del", "tras", "tras el", "nach", "nach dem", "ab dem",
	"dopo", "dopo il", "a partire dal", "dal", "após", "após o", "depois de", "depois do", "a partir do"}

// afterWords come before a span told from a date: "after 90 days from
// Friday", "au bout de 60 jours".
var afterWords = []string{"after", "après", "au bout de", "tras", "nach", "dopo", "após"}

// sameWords are "the same year" and "the same month" in each language:
// the year or month of the date told before.
var sameWords = map[string]citewatch.Precision{
	"the same year": citewatch.PrecisionYear, "that same year": citewatch.PrecisionYear, "later that year": citewatch.PrecisionYear,
	"the same month": citewatch.PrecisionMonth, "that same month": citewatch.PrecisionMonth, "later that month": citewatch.PrecisionMonth,
	"la même année": citewatch.PrecisionYear, "cette même année": citewatch.PrecisionYear, "le même mois": citewatch.PrecisionMonth,
	"ce même mois": citewatch.PrecisionMonth,
	"el mismo año": citewatch.PrecisionYear, "ese mismo año": citewatch.PrecisionYear, "el mismo mes": citewatch.PrecisionMonth,
	"ese mismo mes":  citewatch.PrecisionMonth,
	"im selben jahr": citewatch.PrecisionYear, "im gleichen jahr": citewatch.PrecisionYear, "im selben monat": citewatch.PrecisionMonth,
	"im gleichen monat": citewatch.PrecisionMonth,
	"lo stesso anno":    citewatch.PrecisionYear, "nello stesso anno": citewatch.PrecisionYear, "lo stesso mese": citewatch.PrecisionMonth,
	"nello stesso mese": citewatch.PrecisionMonth,
	"no mesmo ano":      citewatch.PrecisionYear, "o mesmo ano": citewatch.PrecisionYear, "naquele mesmo ano": citewatch.PrecisionYear,
	"no mesmo mês": citewatch.PrecisionMonth, "o mesmo mês": citewatch.PrecisionMonth,
}

// span is a length of time: days (a week is seven), months, years.
type span struct{ days, months, years int }

func (p span) times(n int) span { return span{p.days * n, p.months * n, p.years * n} }

// add returns d moved on by p, at the precision both allow: a span of
// days needs a day, one of months a month.
func (p span) add(d citewatch.Date) (citewatch.Date, bool) {
	switch {
	case p.days != 0:
		if d.Precision != citewatch.PrecisionDay {
			return citewatch.Date{}, false
		}
		t := d.Time().AddDate(0, 0, p.days)
		return day(t.Year(), int(t.Month()), t.Day()), true
	case p.months != 0:
		if d.Precision == citewatch.PrecisionYear {
			return citewatch.Date{}, false
		}
		t := time.Date(d.Year, time.Month(d.Month)+time.Month(p.months), 1, 0, 0, 0, 0, time.UTC)
		return citewatch.Date{Year: t.Year(), Month: int(t.Month()), Precision: citewatch.PrecisionMonth}, true
	case p.years != 0:
		return citewatch.Date{Year: d.Year + p.years, Precision: citewatch.PrecisionYear}, true
	}
	return citewatch.Date{}, false
}

var (
	// reSpan is a number and a unit of time: "90 days", "ninety days",
	// "quatre-vingt-dix jours", "neunzig Tagen", "90日".
	reSpan = regexp.MustCompile(`(?i)(?:^|[^\p{L}\d])(?:(` + alternation(afterWords) + `)\s+)?(\d{1,4}|` + numbers.CardinalRE + `)\s+(` + alternation(keys(spanUnits)) + `)\b`)
	// reSpanJa is a Japanese span told after the date before it: "90日後",
	// "6か月後", "1年後".
	reSpanJa = regexp.MustCompile(`([0-9０-９]{1,4}|[一二三四五六七八九十百]+)\s*(日|週間|か月|カ月|ヶ月|ヵ月|年)後`)
	reLater  = regexp.MustCompile(`(?i)^\s+(?:` + alternation(laterWords) + `)\b`)
	reFrom   = regexp.MustCompile(`(?i)^\s+(?:` + alternation(fromWords) + `)\s+(?:(?:the|le|el|il|o|dem)\s+)?$`)
	// reBound is what makes a span a bound, not a date: "within 90 days
	// after 4 March", "dans les 30 jours". It holds boundWords words at
	// most.
	reBound = regexp.MustCompile(`(?i)\b(?:within|dans\s+les|dans\s+un\s+délai\s+de|en\s+los|dentro\s+de|binnen|innerhalb|entro|em\s+até|no\s+prazo\s+de|up\s+to|until|jusqu['’]à|hasta|bis\s+zu|fino\s+a|até)\s*$`)
	reSame  = regexp.MustCompile(`(?i)(?:^|[^\p{L}])(` + alternation(keys(sameWords)) + `)\b`)
	// reClauseNext is what makes a word for "later" open a clause or a
	// phrase instead ("deux jours après que le Chili ...", "dos días
	// después de que ..."): the span is told from that clause's act, not
	// from the date before.
	reClauseNext = regexp.MustCompile(`(?i)^\s*(?:que|qu['’]|de|del|des|du|che|di|dal|dalla|do|da|dem|der|den|the|that|le|la|les|l['’]|il|lo|o|a|os|as)(?:[^\p{L}]|$)`)
)

// boundWords is the most words a phrase of reBound has ("dans un délai
// de"): it is read on the text's last words only, which is all it can
// match, instead of from the text's start.
const boundWords = 4

// jaUnits are the Japanese units of reSpanJa.
var jaUnits = map[string]span{"日": {days: 1}, "週間": {days: 7}, "か月": {months: 1}, "カ月": {months: 1}, "ヶ月": {months: 1},
	"ヵ月": {months: 1}, "年": {years: 1}}

// findFrom finds the dates told from another date of s or from the one
// told before s: it moves a date told after a span ("90 days after 6
// July") by the span, and adds the spans told after a date ("ninety days
// later", "90日後") and "the same year" as mentions resolved against the
// date before them. toks are the words of s (tokens); found are the dates
// found so far, in order.
func findFrom(s string, toks []token, found []Mention) []Mention {
	for _, loc := range spanMatches(s) {
		n, ok := numbers.Cardinal(s[loc[4]:loc[5]])
		if !ok || n == 0 {
			continue
		}
		p := spanUnits[strings.ToLower(s[loc[6]:loc[7]])].times(n)
		start := loc[4]
		if loc[2] >= 0 {
			start = loc[2]
		}
		if reBound.MatchString(lastFields(s[:start], boundWords)) {
			continue
		}
		text := s[start:loc[1]]
		from := false
		for i := range found {
			f := &found[i]
			if f.Start < loc[1] || f.Ambiguous || f.afterPrev != nil || !reFrom.MatchString(s[loc[1]:f.Start]) {
				continue
			}
			if d, ok := p.add(f.Date); ok {
				d.Resolved = fmt.Sprintf("%q after %s", text, f.Date)
				f.Start, f.Date, f.Partial, from = start, d, true, true
			}
			break
		}
		if m := reLater.FindStringIndex(s[loc[1]:]); m != nil && !from && loc[2] < 0 && !reClauseNext.MatchString(s[loc[1]+m[1]:]) {
			found = append(found, Mention{Start: start, End: loc[1] + m[1], Partial: true, afterPrev: spanAfter(text, p)})
		}
	}
	if strings.Contains(s, "後") {
		for _, loc := range reSpanJa.FindAllStringSubmatchIndex(s, -1) {
			n, ok := numbers.Cardinal(s[loc[2]:loc[3]])
			if !ok || n == 0 {
				continue
			}
			found = append(found, Mention{Start: loc[0], End: loc[1], Partial: true, afterPrev: spanAfter(s[loc[0]:loc[1]], jaUnits[s[loc[4]:loc[5]]].times(n))})
		}
	}
	if saysSame(s, toks) {
		for _, loc := range reSame.FindAllStringSubmatchIndex(s, -1) {
			prec := sameWords[strings.ToLower(s[loc[2]:loc[3]])]
			text := s[loc[2]:loc[3]]
			found = append(found, Mention{Start: loc[2], End: loc[3], Partial: true, afterPrev: func(prev citewatch.Date) (citewatch.Date, bool) {
				if prev.Precision < prec {
					return citewatch.Date{}, false
				}
				d := citewatch.Date{Year: prev.Year, Precision: prec}
				if prec == citewatch.PrecisionMonth {
					d.Month = prev.Month
				}
				d.Resolved = fmt.Sprintf("%q: %s, told before it", text, prev)
				return d, true
			}})
		}
	}
	return found
}

// sameGate are the words one of sameWords cannot be without, each a whole
// word within it; "that" counts only before "year" or "month" ("later
// that year"), a common word otherwise.
var sameGate = map[string]bool{"same": true, "même": true, "mismo": true, "selben": true, "gleichen": true, "stesso": true,
	"mesmo": true}

// saysSame reports whether s may say one of sameWords: reSame cannot
// match without one of sameGate among its words, case aside.
func saysSame(s string, toks []token) bool {
	if oddFold(s) {
		return true // a word of sameGate may be written with the long s
	}
	for i, t := range toks {
		if sameGate[t.lower] || t.lower == "that" && i+1 < len(toks) && (toks[i+1].lower == "year" || toks[i+1].lower == "month") {
			return true
		}
	}
	return false
}

// spanAfter returns what resolves a span told after the date before it.
func spanAfter(text string, p span) func(citewatch.Date) (citewatch.Date, bool) {
	return func(prev citewatch.Date) (citewatch.Date, bool) {
		d, ok := p.add(prev)
		if ok {
			d.Resolved = fmt.Sprintf("%q after %s, told before it", text, prev)
		}
		return d, ok
	}
}

// NamedDays returns the days s names with their weekday ("Wednesday, June
// 21", "jeudi 6 février 2025"), among its dates ms: a later "on
// Wednesday" in the text is that day (see Context.Days).
func NamedDays(s string, ms []Mention) []citewatch.Date {
	var out []citewatch.Date
	for _, m := range ms {
		if m.Ambiguous || m.Date.Precision != citewatch.PrecisionDay {
			continue
		}
		before := strings.TrimRight(s[:m.Start], " ,(")
		i := strings.LastIndexAny(before, " ,;:(\u00a0") + 1
		w, ok := weekdayOf[strings.ToLower(before[i:])]
		if ok && m.Date.Time().Weekday() == w {
			out = append(out, m.Date)
		}
	}
	return out
}

// namedWeekdays resolves each plain weekday of ms ("on Wednesday") that
// names one of the days told with their weekday in s or before it
// (days) to that day, over the anchor's reading: "The deposits were made
// on Monday, 4 March and Tuesday, 5 March. Fiji followed on Monday".
//
// A plain weekday that names none of them, on a text that speaks of days
// more than a week before the anchor, is left unread: the text's week
// is not the anchor's, and which one it means is not known.
func namedWeekdays(s string, ms []Mention, days []citewatch.Date, anchor citewatch.Date) {
	if named := NamedDays(s, ms); len(named) > 0 {
		days = append(named, days...)
	}
	if len(days) == 0 {
		return
	}
	for i := range ms {
		m := &ms[i]
		if m.plainDay == 0 {
			continue
		}
		if d, ok := namedDay(days, time.Weekday(m.plainDay-1)); ok {
			d.Resolved = fmt.Sprintf("%s: %s, named with its weekday", m.Text(s), d)
			m.Date = d
		} else if !anchorsWeek(days, anchor) {
			m.Date = citewatch.Date{}
		}
	}
}

// anchorsWeek reports whether one of days falls in the week up to the
// anchor, which a plain weekday is read in.
func anchorsWeek(days []citewatch.Date, anchor citewatch.Date) bool {
	if anchor.Precision != citewatch.PrecisionDay {
		return false
	}
	a := anchor.Time()
	for _, d := range days {
		if t := d.Time(); !t.After(a) && a.Sub(t) < 7*24*time.Hour {
			return true
		}
	}
	return false
}

// namedDay returns the one day of named that falls on weekday w.
func namedDay(named []citewatch.Date, w time.Weekday) (citewatch.Date, bool) {
	var found citewatch.Date
	for _, d := range named {
		if d.Time().Weekday() != w {
			continue
		}
		if !found.IsZero() && found != d {
			return citewatch.Date{}, false // two Wednesdays: which one is not known
		}
		found = d
	}
	return found, !found.IsZero()
}
