package extract

import (
	"fmt"
	"net/url"
	"regexp"
	"strconv"
	"strings"
	"time"

	"github.com/markusmobius/go-htmldate"
	"golang.org/x/net/html"

	"github.com/citewatch/citewatch"
	"github.com/citewatch/citewatch/extract/dates"
)

// dated is a date string the page gives for itself and where it was read.
type dated struct {
	raw, from string
}

// published decides a page's publication date, in this order: a wiki
// page's last revision; the page's own metadata (JSON-LD, then meta tags,
// then a <time> marked as the publication time); the hint given with the
// page; go-htmldate's extensive search (not on a page with dated table
// cells, and not a date a sentence of the text tells: an event's date,
// not the page's); a visible date line; a date in the URL.
// It returns the date, the UTC offset the page gave with it ("" when
// none), and where it was read. A timestamp stays on the page's own
// calendar: "2020-02-24T22:30:00-05:00" is 24 February, and a UTC
// timestamp is moved to the offset the page's other timestamps carry.
// fetched, when set, is when the page was fetched: a date found in the
// page's text (by the search or as a date line) that is that day is a
// site's "today", not the page's date.
func published(root *html.Node, m pageMeta, u *url.URL, fetched time.Time, hint citewatch.Date, doc *citewatch.Document) (d citewatch.Date, zone, from string) {
	if m.revised != "" {
		if d, _, ok := parseTimestamp(m.revised, ""); ok {
			return d, "", "the wiki page's last revision"
		}
	}
	searched := false
	var found citewatch.Date
	var foundZone string
	search := func() (citewatch.Date, string) {
		// Not on pages with dated table cells, which it would take for
		// the page's date.
		if !searched && m.datedCells < 3 {
			if r, err := htmldate.FromDocument(root, htmldate.Options{URL: u.String(), UseOriginalDate: true}); err == nil && !r.IsZero() {
				t := r.DateTime
				found, foundZone = citewatch.DayDate(t.Year(), t.Month(), t.Day()), offsetOf(t)
				if toldInText(doc, found) || sameDay(found, fetched) {
					found, foundZone = citewatch.Date{}, ""
				}
			}
		}
		searched = true
		return found, foundZone
	}
	for _, c := range m.published {
		d, zone, ok := parseTimestamp(c.raw, m.zone)
		if !ok {
			continue
		}
		if zone == "+00:00" {
			// A UTC time's day may not be the page's: the URL and the
			// page's visible dates are on its own calendar.
			if alt := urlDate(u); oneDayApart(d, alt) {
				return alt, "", c.from + " in UTC, on the page's calendar by its URL"
			}
			if alt, _ := search(); oneDayApart(d, alt) {
				return alt, "", c.from + " in UTC, on the page's calendar by go-htmldate"
			}
		}
		return d, zone, c.from
	}
	if !hint.IsZero() {
		return hint, "", "given with the page"
	}
	if d, zone := search(); !d.IsZero() {
		return d, zone, "go-htmldate (extensive search)"
	}
	if d := dateLine(m.textDates, fetched); !d.IsZero() {
		return d, "", "the page's date line"
	}
	if d := urlDate(u); !d.IsZero() {
		return d, "", "the URL"
	}
	return citewatch.Date{}, "", ""
}

// reDateLabelBefore finds a publication label just before a date: the
// date is the page's, in a line of the text ("Publié le 14.02.2025").
var reDateLabelBefore = regexp.MustCompile(`(?i)(?:published|posted|updated|released|issued|dated|publié|mis à jour|publicado|actualizado|veröffentlicht|aktualisiert|pubblicato|aggiornato)(?:\s+(?:on|le|el|am|il|at))?\s*:?\s*$`)

// toldInText reports whether a sentence of the document's text (of eight
// words or more, not a date line) states date d, other than after a
// publication label.
func toldInText(doc *citewatch.Document, d citewatch.Date) bool {
	year := strconv.Itoa(d.Year)
	for _, sp := range doc.Sentences {
		s := doc.Slice(sp)
		if !strings.Contains(s, year) || len(strings.Fields(s)) < 8 {
			continue
		}
		for _, m := range dates.Find(s, dates.Context{}) {
			if m.Date == d && !reDateLabelBefore.MatchString(s[:m.Start]) {
				return true
			}
		}
	}
	return false
}

// sameDay reports whether d is t's day (false when t is zero).
func sameDay(d citewatch.Date, t time.Time) bool {
	return !t.IsZero() && d == citewatch.DayDate(t.Year(), t.Month(), t.Day())
}

// oneDayApart reports whether two day dates are a day apart.
func oneDayApart(a, b citewatch.Date) bool {
	if a.IsZero() || b.IsZero() {
		return false
	}
	ta := time.Date(a.Year, time.Month(a.Month), a.Day, 0, 0, 0, 0, time.UTC)
	tb := time.Date(b.Year, time.Month(b.Month), b.Day, 0, 0, 0, 0, time.UTC)
	diff := ta.Sub(tb)
	return diff == 24*time.Hour || diff == -24*time.Hour
}

// offsetOf returns t's UTC offset as "+05:30", or "" for UTC, which a
// date parsed without a zone also has.
func offsetOf(t time.Time) string {
	if _, off := t.Zone(); off != 0 {
		return t.Format("-07:00")
	}
	return ""
}

var (
	// reClock finds a time of day: "10:31", "04:25:06 PM", "22:00:00.000".
	reClock = regexp.MustCompile(`(?i)(?:^|[\sT,])(\d{1,2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?\s*([ap]\.?\s?m\.?)?`)
	// reOffset finds a numeric UTC offset after a time: "Z", "+05:30", "-0500", "GMT+2".
	reOffset = regexp.MustCompile(`^\s*(?:(Z)\b|(?:GMT|UTC)?\s*([+-])(\d{1,2}):?(\d{2})?\b)`)
	// reZoneName finds a time zone's abbreviation: "EDT", "IST", "CEST".
	reZoneName = regexp.MustCompile(`\b([A-Z]{2,5})\b`)
	reWeekday  = regexp.MustCompile(`(?i)\b(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|sday|nesday|rsday|urday)?\b\.?,?`)
	// reISODate finds an ISO calendar date at the start: "2020-02-24".
	reISODate = regexp.MustCompile(`^(\d{4})-(\d{1,2})-(\d{1,2})(?:$|[T\s])`)
)

// zoneOffsets are the UTC offsets of the time zone abbreviations news
// sites print, in minutes. IST is India's, the one news pages use.
var zoneOffsets = map[string]int{
	"UTC": 0, "GMT": 0, "UT": 0, "WET": 0, "BST": 60, "IST": 330, "CET": 60, "CEST": 120, "MEZ": 60, "MESZ": 120,
	"EET": 120, "EEST": 180, "MSK": 180, "GST": 240, "PKT": 300, "NPT": 345, "ICT": 420, "WIB": 420, "SGT": 480,
	"HKT": 480, "PHT": 480, "AWST": 480, "CST": -360, "CDT": -300, "EST": -300, "EDT": -240, "MST": -420, "MDT": -360,
	"PST": -480, "PDT": -420, "AKST": -540, "AKDT": -480, "HST": -600, "AST": -240, "ADT": -180, "NST": -210, "NDT": -150,
	"JST": 540, "KST": 540, "AEST": 600, "AEDT": 660, "ACST": 570, "ACDT": 630, "NZST": 720, "NZDT": 780, "SAST": 120,
	"WAT": 60, "CAT": 120, "EAT": 180, "BRT": -180, "ART": -180,
}

// parseTimestamp reads a date the page gives for itself, with or without a
// time of day and zone: ISO 8601 ("2020-02-24T22:30:00-05:00"), RFC 1123
// ("Mon, 24 Feb 2020 22:30:00 -0500"), and the forms sites print ("04:25:06
// PM IST Apr 08, 2020", "Tue, Sep 15 2020 10:31 AM EDT", "24 février 2020 à
// 22h30"). The day is the one on the page's calendar; a UTC time of day is
// moved to pageZone (a "+05:30" offset the page's other timestamps carry)
// when there is one. It returns the date and the offset the page gave.
func parseTimestamp(raw, pageZone string) (citewatch.Date, string, bool) {
	s := strings.TrimSpace(raw)
	if s == "" || len(s) > 80 {
		return citewatch.Date{}, "", false
	}
	var (
		clock      bool
		hour, min  int
		zoned      bool // the page gives a zone
		offset     int  // minutes east of UTC
		offsetText string
	)
	if loc := reClock.FindStringSubmatchIndex(s); loc != nil {
		clock = true
		hour, min = atoi(s[loc[2]:loc[3]]), atoi(s[loc[4]:loc[5]])
		if loc[8] >= 0 {
			pm := strings.HasPrefix(strings.ToLower(s[loc[8]:loc[9]]), "p")
			hour %= 12
			if pm {
				hour += 12
			}
		}
		rest := s[loc[1]:]
		end := loc[1]
		if z := reOffset.FindStringSubmatchIndex(rest); z != nil {
			zoned = true
			if z[2] < 0 {
				offset = atoi(rest[z[6]:z[7]]) * 60
				if z[8] >= 0 {
					offset += atoi(rest[z[8]:z[9]])
				}
				if rest[z[4]:z[5]] == "-" {
					offset = -offset
				}
			}
			end += z[1]
		}
		start := loc[0]
		if start > 0 && s[start] == 'T' {
			start++ // keep the T's date, drop its time
		}
		s = s[:start] + " " + s[end:]
	}
	if !zoned {
		for _, m := range reZoneName.FindAllStringSubmatchIndex(s, -1) {
			if off, ok := zoneOffsets[s[m[2]:m[3]]]; ok {
				offset, zoned = off, true
				s = s[:m[0]] + s[m[1]:]
				break
			}
		}
	}
	s = strings.Trim(reWeekday.ReplaceAllString(s, " "), " ,T")
	var d citewatch.Date
	if m := reISODate.FindStringSubmatch(s + " "); m != nil && strings.TrimSpace(s[len(m[0])-1:]) == "" {
		d = citewatch.DayDate(atoi(m[1]), time.Month(atoi(m[2])), atoi(m[3]))
	} else if p, ok := metaDate(s); ok && p.Precision == citewatch.PrecisionDay {
		d = p
	} else if p, ok := compactDate(s); ok {
		d = p
	}
	if d.IsZero() || d.Validate() != nil {
		return citewatch.Date{}, "", false
	}
	if zoned {
		offsetText = formatOffset(offset)
	}
	if clock && zoned && offset == 0 && pageZone != "" && pageZone != "+00:00" {
		// A UTC time on a page whose other times carry an offset: the
		// page's calendar is that offset's.
		if off, ok := parseOffset(pageZone); ok {
			t := time.Date(d.Year, time.Month(d.Month), d.Day, hour, min, 0, 0, time.UTC).Add(time.Duration(off) * time.Minute)
			d, offsetText = citewatch.DayDate(t.Year(), t.Month(), t.Day()), pageZone
		}
	}
	return d, offsetText, true
}

// compactDate reads "20200224".
func compactDate(s string) (citewatch.Date, bool) {
	if len(s) != 8 || strings.Trim(s, "0123456789") != "" {
		return citewatch.Date{}, false
	}
	d := citewatch.DayDate(atoi(s[:4]), time.Month(atoi(s[4:6])), atoi(s[6:]))
	return d, d.Year > 1990 && d.Validate() == nil
}

func formatOffset(minutes int) string {
	sign := '+'
	if minutes < 0 {
		sign, minutes = '-', -minutes
	}
	return fmt.Sprintf("%c%02d:%02d", sign, minutes/60, minutes%60)
}

func parseOffset(s string) (int, bool) {
	if len(s) != 6 || (s[0] != '+' && s[0] != '-') || s[3] != ':' {
		return 0, false
	}
	m := atoi(s[1:3])*60 + atoi(s[4:])
	if s[0] == '-' {
		m = -m
	}
	return m, true
}

// pageZone returns the first non-zero UTC offset among a page's
// timestamps, or "".
func pageZone(raws []string) string {
	for _, r := range raws {
		if _, z, ok := parseTimestamp(r, ""); ok && z != "" && z != "+00:00" {
			return z
		}
	}
	return ""
}

// reRevised finds a wiki page's revision line ("This page was last edited
// on 3 March 2024, at 10:12", "Diese Seite wurde zuletzt am 3. März 2024 um
// 10:12 Uhr bearbeitet", "La dernière modification de cette page a été
// faite le 3 mars 2024 à 10:12").
var reRevised = regexp.MustCompile(`(?i)last (?:edited|modified|changed|updated) on\s+|zuletzt am\s+|dernière modification de cette page a été faite le\s+|última edición de esta página fue el\s+|ultima modifica .{0,20}?il\s+`)

// revisedDate returns the date of a wiki revision line, as text that
// parseTimestamp reads, or "".
func revisedDate(text string) string {
	loc := reRevised.FindStringIndex(text)
	if loc == nil {
		return ""
	}
	rest := text[loc[1]:]
	for _, stop := range []string{", at", " at ", " um ", " à ", " a las ", " alle "} {
		if i := strings.Index(rest, stop); i > 0 {
			rest = rest[:i]
		}
	}
	return strings.Trim(rest, " .,")
}
