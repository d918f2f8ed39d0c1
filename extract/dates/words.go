package dates

import (
	"regexp"
	"sort"
	"strings"
	"time"

	"github.com/citewatch/citewatch"
)

// The words of dates, per language: this file is data. Adding a language
// is adding its rows here; the expressions in dates.go are built from
// these tables. Japanese, written without spaces, has its own forms in
// japanese.go.

// language holds how one language names months and weekdays.
type language struct {
	code string
	// months lists each month's names and abbreviations, January first,
	// separated by spaces.
	months [12]string
	// weekdays lists each weekday's names, Sunday first.
	weekdays [7]string
	// shortWeekdays are weekday names that count only after a word such
	// as "na" or "nesta" (Portuguese "na terça", "nesta segunda": alone,
	// "segunda" is "second"), Sunday first.
	shortWeekdays [7]string
	// lower is true when the language writes months and weekdays in
	// lower case: a lower-case month word of an English or German page
	// ("may", "march") is rarely a date, one of a French page is.
	lower bool
}

var languages = []language{
	{code: "en",
		months: [12]string{"january jan", "february feb", "march mar", "april apr", "may", "june jun",
			"july jul", "august aug", "september sep sept", "october oct", "november nov", "december dec"},
		weekdays: [7]string{"sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"}},
	{code: "fr", lower: true,
		months: [12]string{"janvier janv", "février fevrier févr fevr", "mars", "avril avr", "mai", "juin",
			"juillet juil", "août aout", "septembre sept", "octobre oct", "novembre nov", "décembre decembre déc"},
		weekdays: [7]string{"dimanche", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi"}},
	{code: "es", lower: true,
		months: [12]string{"enero ene", "febrero feb", "marzo mar", "abril abr", "mayo may", "junio jun",
			"julio jul", "agosto ago", "septiembre setiembre sep sept set", "octubre oct", "noviembre nov", "diciembre dic"},
		weekdays: [7]string{"domingo", "lunes", "martes", "miércoles miercoles", "jueves", "viernes", "sábado sabado"}},
	{code: "de",
		months: [12]string{"januar jänner jan", "februar feb febr", "märz marz mär mrz", "april apr", "mai", "juni jun",
			"juli jul", "august aug", "september sep sept", "oktober okt", "november nov", "dezember dez"},
		weekdays: [7]string{"sonntag", "montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag sonnabend"}},
	{code: "it", lower: true,
		months: [12]string{"gennaio gen", "febbraio feb", "marzo mar", "aprile apr", "maggio mag", "giugno giu",
			"luglio lug", "agosto ago", "settembre set sett", "ottobre ott", "novembre nov", "dicembre dic"},
		weekdays: [7]string{"domenica", "lunedì lunedi", "martedì martedi", "mercoledì mercoledi", "giovedì giovedi", "venerdì venerdi", "sabato"}},
	{code: "pt", lower: true,
		months: [12]string{"janeiro jan", "fevereiro fev", "março mar", "abril abr", "maio mai", "junho jun",
			"julho jul", "agosto ago", "setembro set", "outubro out", "novembro nov", "dezembro dez"},
		weekdays:      [7]string{"domingo", "segunda-feira", "terça-feira terca-feira", "quarta-feira", "quinta-feira", "sexta-feira", "sábado sabado"},
		shortWeekdays: [7]string{"", "segunda", "terça terca", "quarta", "quinta", "sexta", ""}},
}

// wordlike are month abbreviations that are also common words ("may",
// "set", "out", "ago", "sept" and "dez" are numbers or verbs): outside a
// full day-month-year date they count only with an abbreviation's dot
// ("Set. 2024"), or capitalised where they are English.
var wordlike = map[string]bool{"may": true, "mar": true, "set": true, "out": true, "ago": true, "sept": true,
	"dez": true, "gen": true, "mag": true, "sett": true}

// Relative phrases: what each means counted from the anchor. Keys are
// lower case, words separated by single spaces, apostrophes straight.
var relatives = map[string]offset{
	// English
	"today": relDays(0), "yesterday": relDays(-1), "the day before yesterday": relDays(-2),
	"this year": relYears(0), "earlier this year": relYears(0), "later this year": relYears(0), "last year": relYears(-1), "next year": relYears(1),
	"this month": relMonths(0), "earlier this month": relMonths(0), "later this month": relMonths(0), "last month": relMonths(-1), "next month": relMonths(1),
	// French
	"aujourd'hui": relDays(0), "hier": relDays(-1), "avant-hier": relDays(-2),
	"cette année": relYears(0), "plus tôt cette année": relYears(0), "l'année dernière": relYears(-1), "l'an dernier": relYears(-1),
	"l'an passé": relYears(-1), "l'année passée": relYears(-1), "l'année prochaine": relYears(1), "l'an prochain": relYears(1),
	"ce mois-ci": relMonths(0), "ce mois": relMonths(0), "plus tôt ce mois-ci": relMonths(0), "le mois dernier": relMonths(-1),
	"le mois passé": relMonths(-1), "le mois prochain": relMonths(1),
	// Spanish
	"hoy": relDays(0), "ayer": relDays(-1), "anteayer": relDays(-2),
	"este año": relYears(0), "el año pasado": relYears(-1), "año pasado": relYears(-1), "próximo año": relYears(1), "el pasado año": relYears(-1), "el año próximo": relYears(1),
	"el próximo año": relYears(1), "el año que viene": relYears(1),
	"este mes": relMonths(0), "a principios de este mes": relMonths(0), "el mes pasado": relMonths(-1), "el pasado mes": relMonths(-1),
	"el próximo mes": relMonths(1), "el mes que viene": relMonths(1),
	// German
	"heute": relDays(0), "gestern": relDays(-1), "vorgestern": relDays(-2),
	"dieses jahr": relYears(0), "dieses jahres": relYears(0), "in diesem jahr": relYears(0), "letztes jahr": relYears(-1),
	"letzten jahres": relYears(-1), "im letzten jahr": relYears(-1), "vergangenes jahr": relYears(-1), "im vergangenen jahr": relYears(-1),
	"vergangenen jahres": relYears(-1), "voriges jahr": relYears(-1), "vorigen jahres": relYears(-1), "im vorjahr": relYears(-1),
	"nächstes jahr": relYears(1), "im nächsten jahr": relYears(1), "im kommenden jahr": relYears(1), "kommendes jahr": relYears(1),
	"diesen monat": relMonths(0), "in diesem monat": relMonths(0), "dieses monats": relMonths(0), "letzten monat": relMonths(-1),
	"im letzten monat": relMonths(-1), "vergangenen monat": relMonths(-1), "im vergangenen monat": relMonths(-1), "vorigen monat": relMonths(-1),
	"nächsten monat": relMonths(1), "im nächsten monat": relMonths(1), "im kommenden monat": relMonths(1),
	// Italian
	"oggi": relDays(0), "ieri": relDays(-1), "l'altro ieri": relDays(-2), "l'altroieri": relDays(-2),
	"quest'anno": relYears(0), "l'anno scorso": relYears(-1), "anno scorso": relYears(-1), "lo scorso anno": relYears(-1), "l'anno passato": relYears(-1),
	"l'anno prossimo": relYears(1), "il prossimo anno": relYears(1),
	"questo mese": relMonths(0), "il mese scorso": relMonths(-1), "lo scorso mese": relMonths(-1), "il mese prossimo": relMonths(1),
	"il prossimo mese": relMonths(1),
	// Portuguese
	"hoje": relDays(0), "ontem": relDays(-1), "anteontem": relDays(-2),
	"este ano": relYears(0), "neste ano": relYears(0), "ano passado": relYears(-1), "no ano passado": relYears(-1), "o ano passado": relYears(-1),
	"o ano que vem": relYears(1), "ano que vem": relYears(1), "no próximo ano": relYears(1), "o próximo ano": relYears(1),
	"este mês": relMonths(0), "neste mês": relMonths(0), "mês passado": relMonths(-1), "no mês passado": relMonths(-1), "o mês passado": relMonths(-1),
	"no próximo mês": relMonths(1), "o próximo mês": relMonths(1),
}

// Words before or after a weekday, and which way they count from the
// anchor: a plain weekday ("on Tuesday", "mercredi", "am Dienstag") is the
// latest such day on or before the anchor, a "last" one the latest
// strictly before it, a "next" one the first after it.
var (
	weekdayPlain = []string{"on", "this", "ce", "le", "el", "este", "esta", "am", "an diesem", "diesen", "il", "questo",
		"questa", "di", "na", "no", "nesta", "neste", "nesse", "nessa"}
	weekdayLast = []string{"last", "this past", "past", "el pasado", "el último", "letzten", "am letzten", "vergangenen",
		"am vergangenen", "vorigen", "lo scorso", "la scorsa", "na última", "no último", "na passada", "no passado"}
	weekdayNext = []string{"next", "this coming", "coming", "el próximo", "la próxima", "nächsten", "am nächsten", "kommenden",
		"am kommenden", "il prossimo", "la prossima", "na próxima", "no próximo"}
	// After the weekday: "mardi dernier", "el martes pasado", "martedì scorso".
	weekdayLastAfter = []string{"dernier", "passé", "pasado", "scorso", "scorsa", "passado", "passada"}
	weekdayNextAfter = []string{"prochain", "próximo", "prossimo", "prossima", "que vem"}
)

// Words before a month without a year, and which way they count: a
// plain one ("in May", "en mai", "im Mai", "a settembre") is the latest
// such month up to the anchor, a "last" one the latest before the
// anchor's month, a "next" one the first after it.
var (
	monthPlain = []string{"in", "early", "late", "mid", "mid-", "in early", "in late", "in mid", "in mid-",
		"en", "début", "fin", "mi-", "courant", "au mois de", "au mois d'", "en el mes de", "a principios de", "a comienzos de",
		"a inicios de", "a finales de", "a fines de", "a mediados de", "em", "no início de", "no fim de", "no final de",
		"em meados de", "no mês de", "im", "anfang", "ende", "mitte", "a", "nel mese di", "a inizio", "a fine", "a metà",
		"ai primi di", "alla fine di", "en d'", "en de"}
	monthLast = []string{"last", "el pasado mes de", "el pasado", "lo scorso", "lo scorso mese di", "dello scorso",
		"nello scorso", "im vergangenen", "im letzten", "vergangenen", "letzten", "no passado mês de", "no último mês de"}
	monthNext = []string{"next", "el próximo", "el próximo mes de", "il prossimo", "nel prossimo", "im kommenden",
		"im nächsten", "kommenden", "nächsten", "no próximo mês de", "no próximo"}
	monthLastAfter = []string{"dernier", "pasado", "passado", "scorso", "último"}
	monthNextAfter = []string{"prochain", "próximo", "prossimo"}
)

// yearWords come before a year said as such ("in 2023", "depuis 2019",
// "a finales de 2020", "im Jahr 2021", "nel 2026"): a bare four-digit
// number is too often a count or a name to be read as a year.
var yearWords = []string{
	"in", "since", "during", "by", "until", "of", "year", "early", "late", "mid", "mid-", "the year",
	"en", "depuis", "début", "fin", "courant", "l'année", "dès", "jusqu'en",
	"desde", "durante", "hasta", "a principios de", "a comienzos de", "a inicios de", "a finales de", "a fines de",
	"a mediados de", "el año", "en el año", "del año",
	"em", "até", "no início de", "no fim de", "no final de", "em meados de", "o ano de", "no ano de",
	"im", "im jahr", "im jahre", "seit", "bis", "anfang", "ende", "mitte", "jahr", "jahres",
	"nel", "nell'anno", "dal", "entro il", "entro", "fino al", "a inizio", "a fine", "alla fine del", "all'inizio del", "anno",
}

// agoWords are the ways of saying "n years ago": the number comes in
// the first or the second slot.
var (
	agoRE = []string{
		`(NUM)\s+years?\s+ago(\s+today)?`, // English
		`il\s+y\s+a\s+(NUM)\s+ans`,        // French
		`hace\s+(NUM)\s+años`,             // Spanish
		`vor\s+(NUM)\s+jahren`,            // German
		`(NUM)\s+anni\s+fa`,               // Italian
		`há\s+(NUM)\s+anos`,               // Portuguese
		`(NUM)\s+anos\s+atrás`,            // Portuguese
	}
)

// offset is a relative date: n days, months or years from the anchor.
type offset struct {
	unit citewatch.Precision
	n    int
}

func relDays(n int) offset   { return offset{citewatch.PrecisionDay, n} }
func relMonths(n int) offset { return offset{citewatch.PrecisionMonth, n} }
func relYears(n int) offset  { return offset{citewatch.PrecisionYear, n} }

// Tables built from the rows above.
//
//   - monthOf: any month word -> 1-12
//   - monthLang: a month word -> its languages
//   - weekdayOf: any weekday word -> its day
//   - lowerWord: the month and weekday words of lower-case languages
//   - shortWeekday: the weekday words that need a word before them
var monthOf, monthLang, weekdayOf, lowerWord, shortWeekday = readLanguages()

func readLanguages() (monthOf map[string]int, monthLang map[string]map[string]bool, weekdayOf map[string]time.Weekday, lowerWord, shortWeekday map[string]bool) {
	monthOf, monthLang, weekdayOf, lowerWord, shortWeekday = map[string]int{}, map[string]map[string]bool{}, map[string]time.Weekday{}, map[string]bool{}, map[string]bool{}
	for _, l := range languages {
		for i, names := range l.months {
			for _, n := range strings.Fields(names) {
				monthOf[n] = i + 1
				if monthLang[n] == nil {
					monthLang[n] = map[string]bool{}
				}
				monthLang[n][l.code] = true
				if l.lower {
					lowerWord[n] = true
				}
			}
		}
		for short, table := range map[bool][7]string{false: l.weekdays, true: l.shortWeekdays} {
			for i, names := range table {
				for _, n := range strings.Fields(names) {
					weekdayOf[n] = time.Weekday(i)
					shortWeekday[n] = short
					if l.lower {
						lowerWord[n] = true
					}
				}
			}
		}
	}
	return monthOf, monthLang, weekdayOf, lowerWord, shortWeekday
}

// alternation returns a regular expression alternation of words, longest
// first (RE2 prefers the leftmost alternative), with spaces matching any
// run of spaces and apostrophes either form.
func alternation(words []string) string {
	ws := append([]string(nil), words...)
	sort.Slice(ws, func(i, j int) bool {
		if len(ws[i]) != len(ws[j]) {
			return len(ws[i]) > len(ws[j])
		}
		return ws[i] < ws[j]
	})
	for i, w := range ws {
		w = regexp.QuoteMeta(w)
		w = strings.ReplaceAll(w, " ", `\s+`)
		w = strings.ReplaceAll(w, "'", `['’]\s*`)
		ws[i] = w
	}
	return `(?:` + strings.Join(ws, "|") + `)`
}

func keys[V any](m map[string]V) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	return out
}

// normalize lower-cases a matched phrase, folds its spaces and
// apostrophes, so that it can be looked up in the tables.
func normalize(s string) string {
	s = strings.ToLower(strings.ReplaceAll(s, "’", "'"))
	s = strings.Join(strings.Fields(s), " ")
	return strings.ReplaceAll(s, "' ", "'")
}
