package extract

import (
	"regexp"
	"sort"
	"strings"

	"github.com/citewatch/citewatch"
	"github.com/citewatch/citewatch/extract/dates"
	"github.com/citewatch/citewatch/extract/parties"
)

// A status table can reach us flattened into lines: a plain-text page, or
// a page whose table lost its cells, gives a line naming the columns
// ("State  Signature  Ratification", "Country SignatureDepositType")
// followed by one line per state ("Austria 20 May 2017 8 June 2018
// Ratification"), a row's cells sometimes spread over the lines below it.
// Such a run of lines is read as a table when its shape is regular: each
// row a state, then dates, each date perhaps followed by a word or letter
// saying which act it was ("Accession", "a"). A date without such a word
// takes the next date column in the order the header gives.

// minLineRows is how many rows a run of lines must have to be read as a
// table: one line of a state and dates may be a sentence's fragment.
const minLineRows = 2

// maxHeaderLines is how many short lines a header may be spread over
// ("State", "Signature", "Ratification" each on a line of its own).
const maxHeaderLines = 5

// tableLine is one row of a flattened status table with the facts it
// states.
type tableLine struct {
	span  citewatch.Span
	facts []stated
}

// lineTables reads the status tables of a document whose cells were
// flattened into lines. It returns their rows with the facts each states,
// and the spans the tables cover (header and rows), which say nothing the
// sentence rules should read again.
func lineTables(doc *citewatch.Document, pg page) ([]tableLine, []citewatch.Span) {
	var out []tableLine
	var covered []citewatch.Span
	paras := doc.Paragraphs
	for i := 0; i < len(paras); i++ {
		cols, next := lineHeader(doc, i, pg.dates)
		if next < 0 {
			continue
		}
		var rows []tableLine
		dc := linesDateContext(doc, paras[next:min(len(paras), next+50)], pg.dates)
		j := next
		for j < len(paras) {
			row, after, ok := lineRow(doc, j, cols, dc)
			if !ok {
				if emptyRow(doc.Slice(paras[j])) {
					j++ // a state that has done none of the acts yet: its cells are empty
					continue
				}
				break
			}
			rows = append(rows, row)
			j = after
		}
		if len(rows) < minLineRows {
			continue
		}
		treaty := tableTreaty(doc, i, pg)
		if treaty == "" {
			i = j - 1
			continue
		}
		for _, r := range rows {
			for k := range r.facts {
				r.facts[k].treaty = treaty
			}
			out = append(out, r)
		}
		covered = append(covered, citewatch.Span{Start: paras[i].Start, End: paras[j-1].End})
		i = j - 1
	}
	return out, covered
}

// tableTreaty is the treaty a flattened table is about: the one treaty
// named by one of the few paragraphs above its header (a heading, or a
// sentence naming it), else the page's subject.
func tableTreaty(doc *citewatch.Document, header int, pg page) string {
	for k := header - 1; k >= 0 && k >= header-3; k-- {
		if id := sectionTreaty(doc.Slice(doc.Paragraphs[k]), pg.treaty); id != "" {
			return id
		}
	}
	return pg.subject
}

// maxHeader is the longest line read as a table's header.
const maxHeader = 120

// lineHeader reads a table header at paragraph i: a short line that starts
// with a word for the states' column and names at least one column of
// dated acts, perhaps spread over a few short lines. It returns the
// columns in order and the paragraph after the header, or -1.
func lineHeader(doc *citewatch.Document, i int, dc dates.Context) ([]column, int) {
	first := doc.Slice(doc.Paragraphs[i])
	if len(first) > maxHeader || strings.Contains(first, " | ") || !rePartyHeader.MatchString(first) || len(dates.Find(first, dc)) > 0 {
		return nil, -1
	}
	text := first
	j := i + 1
	cols := lineColumns(text)
	for len(cols) == 0 && j < len(doc.Paragraphs) && j-i < maxHeaderLines {
		l := doc.Slice(doc.Paragraphs[j])
		if len(l) > 40 || len(dates.Find(l, dc)) > 0 || len(parties.Find(l)) > 0 {
			break
		}
		text += " " + l
		j++
		cols = lineColumns(text)
	}
	if len(cols) == 0 {
		return nil, -1
	}
	// More short header lines may name more columns.
	for j < len(doc.Paragraphs) && j-i < maxHeaderLines {
		l := doc.Slice(doc.Paragraphs[j])
		if len(l) > 40 || len(dates.Find(l, dc)) > 0 || len(parties.Find(l)) > 0 || len(lineColumns(l)) == 0 {
			break
		}
		text += " " + l
		j++
	}
	return lineColumns(text), j
}

// reColumnGlue is what stands between the words of one column of consent
// in a header: "Ratification, Acceptance (A), Approval (AA), Accession
// (a)" is one column.
var reColumnGlue = regexp.MustCompile(`^(?:\s*(?:\(\s*[AaDd]{1,2}\s*\)|[,/;]|or|ou|o|oder)\s*)+$`)

// lineColumns returns the dated-act columns a header line names, in
// order.
func lineColumns(header string) []column {
	type found struct {
		start, end int
		col        column
	}
	var fs []found
	for i, re := range reColumns {
		for _, loc := range re.FindAllStringIndex(header, -1) {
			fs = append(fs, found{loc[0], loc[1], columnWords[i].col})
		}
	}
	sort.SliceStable(fs, func(a, b int) bool {
		if fs[a].start != fs[b].start {
			return fs[a].start < fs[b].start
		}
		return fs[a].end > fs[b].end
	})
	var cols []column
	end := -1
	for _, f := range fs {
		if f.start < end {
			continue // inside a longer word found before ("in force" of "entry into force")
		}
		if n := len(cols); n > 0 && consentColumn(cols[n-1]) && consentColumn(f.col) && reColumnGlue.MatchString(header[end:f.start]) {
			end = f.end
			continue
		}
		cols = append(cols, f.col)
		end = f.end
	}
	return cols
}

// consentColumn reports whether a column holds consents to be bound.
func consentColumn(c column) bool {
	switch c {
	case colConsent, colAccession, colAcceptance, colApproval:
		return true
	}
	return false
}

// reCellMark is a mark after a date saying which kind of consent it was
// (UN: a accession, A acceptance, AA approval, d succession).
var reCellMark = regexp.MustCompile(`^\s*\(?\s*(AA|A|a|d)\s*\)?(?:\s|$)`)

// reCellNoise is what a row's cells may hold besides dates and act words:
// footnote marks, asterisks, parentheses.
var reCellNoise = regexp.MustCompile(`^[\s\[\]\d*†‡()¹²³,;.|-]*$`)

// maxRowLines is how many lines one row's cells may be spread over.
const maxRowLines = 4

// lineRow reads the row at paragraph j: a line naming one state and dates,
// or a line naming only the state followed by lines of its dates. It
// returns the row and the paragraph after it.
func lineRow(doc *citewatch.Document, j int, cols []column, dc dates.Context) (tableLine, int, bool) {
	paras := doc.Paragraphs
	first := doc.Slice(paras[j])
	if len(first) > 200 || strings.Contains(first, " | ") {
		return tableLine{}, 0, false
	}
	text := first
	k := j + 1
	for k < len(paras) && k-j < maxRowLines {
		l := doc.Slice(paras[k])
		if len(l) > 80 || len(parties.Find(l)) > 0 || !cellsOnly(l, dc) {
			break
		}
		text += " " + l
		k++
	}
	party, facts, ok := rowCells(text, cols, dc)
	if !ok {
		return tableLine{}, 0, false
	}
	for i := range facts {
		facts[i].party = party
	}
	return tableLine{span: citewatch.Span{Start: paras[j].Start, End: paras[k-1].End}, facts: facts}, k, true
}

// cellsOnly reports whether a line holds only a row's cells: dates, act
// words, marks.
func cellsOnly(l string, dc dates.Context) bool {
	ds := dates.Find(l, dc)
	at := 0
	for _, d := range ds {
		if _, ok := cellMark(l[at:d.Start]); !ok {
			return false
		}
		at = d.End
	}
	if _, ok := cellMark(l[at:]); !ok {
		return false
	}
	return len(ds) > 0 || strings.TrimSpace(l) != ""
}

// cellLabel reads the text between two dates of a row as the label of
// the second ("... 01/08/2014 Denunciation: 20/03/2021"): a column's word
// and a colon.
func cellLabel(gap string) (column, bool) {
	t := strings.TrimSpace(gap)
	if !strings.HasSuffix(t, ":") {
		return colOther, false
	}
	t = strings.TrimSpace(strings.TrimSuffix(t, ":"))
	for i, re := range reColumns {
		if loc := re.FindStringIndex(t); loc != nil && loc[0] == 0 && loc[1] == len(t) {
			return columnWords[i].col, true
		}
	}
	return colOther, false
}

// cellMark reads the text after a date in a row: nothing but noise (ok,
// colOther), or a word or letter saying which act the date is (ok, its
// column). It is not ok when the text is anything else.
func cellMark(gap string) (column, bool) {
	if reCellNoise.MatchString(gap) {
		return colOther, true
	}
	if m := reCellMark.FindStringSubmatchIndex(gap); m != nil && reCellNoise.MatchString(gap[m[1]:]) {
		switch gap[m[2]:m[3]] {
		case "a":
			return colAccession, true
		case "A":
			return colAcceptance, true
		case "AA":
			return colApproval, true
		}
		return colSuccession, true
	}
	t := strings.Trim(gap, " ()[]*")
	for i, re := range reColumns {
		if loc := re.FindStringIndex(t); loc != nil && loc[0] == 0 && reCellNoise.MatchString(t[loc[1]:]) {
			return columnWords[i].col, true
		}
	}
	if strings.EqualFold(t, "succession") {
		return colSuccession, true
	}
	return colOther, false
}

// reTrailingMarks are the short marks a row may end with after its last
// date: a chart's columns of reservations and declarations ("X", "R.").
var reTrailingMarks = regexp.MustCompile(`^(?:\s*(?:[A-Z]{1,2}\.?|[\[\]\d*†‡()]+))+\s*$`)

// emptyRow reports whether a line is a table row naming a state and no
// date: only the state's name, footnote marks and short marks.
func emptyRow(l string) bool {
	if len(l) > 80 {
		return false
	}
	ms := parties.Find(l)
	if len(ms) != 1 || ms[0].Start > 40 {
		if _, ok := parties.ItemCode(strings.Trim(l, " *†‡¹²³[]0123456789")); !ok {
			return false
		}
		return true
	}
	rest := l[ms[0].End:]
	return reCellNoise.MatchString(rest) || reTrailingMarks.MatchString(rest)
}

// rowCells reads a row's text: its one party before the first date, and
// each date with the act its mark or its column says.
func rowCells(text string, cols []column, dc dates.Context) (string, []stated, bool) {
	ds := dates.Find(text, dc)
	if len(ds) == 0 || ds[0].Start > 100 {
		return "", nil, false
	}
	party, after := "", 0
	for _, m := range parties.Find(text[:ds[0].Start]) {
		if party != "" && m.Code != party {
			return "", nil, false // two states: a sentence, not a row
		}
		party, after = m.Code, m.End
	}
	if party == "" {
		party, _ = parties.ItemCode(strings.Trim(text[:ds[0].Start], " *†‡¹²³[]0123456789"))
		after = ds[0].Start
	}
	if party == "" || !reCellNoise.MatchString(text[after:ds[0].Start]) {
		return "", nil, false // "Austria signed on 20 May": a sentence, not a row
	}
	marks := make([]column, len(ds))
	label := colOther // a label told before a date: "Denunciation: 20/03/2021"
	for i, d := range ds {
		if d.Ambiguous {
			return "", nil, false
		}
		end := len(text)
		if i+1 < len(ds) {
			end = ds[i+1].Start
		}
		c, ok := colOther, true
		next := colOther
		if l, isLabel := cellLabel(text[d.End:end]); isLabel && i+1 < len(ds) {
			next = l // the gap names the next date's column, not this one's
		} else {
			c, ok = cellMark(text[d.End:end])
		}
		if !ok && i == len(ds)-1 && reTrailingMarks.MatchString(text[d.End:end]) {
			c, ok = colOther, true // "X" in a chart's columns of reservations, after the last date
		}
		if !ok {
			return "", nil, false
		}
		if c == colOther {
			c = label
		}
		marks[i], label = c, next
	}
	// The columns the marked dates fill; the others take the rest in order.
	free := make([]column, 0, len(cols))
	taken := map[column]bool{}
	for _, c := range marks {
		if c != colOther {
			taken[columnClass(c)] = true
		}
	}
	for _, c := range cols {
		if c != colParty && c != colOther && !taken[columnClass(c)] {
			free = append(free, c)
		}
	}
	var facts []stated
	for i, d := range ds {
		c := marks[i]
		if c == colOther {
			if len(free) == 0 {
				return "", nil, false // more dates than columns: not this table's row
			}
			c, free = free[0], free[1:]
		}
		if c == colSuccession {
			continue // succession: no event of its own in citewatch's vocabulary
		}
		facts = append(facts, stated{event: columnEvent(c), date: d.Date})
	}
	return party, facts, true
}

// columnClass groups the columns of consent, which one column of a table
// often holds together.
func columnClass(c column) column {
	if consentColumn(c) || c == colSuccession {
		return colConsent
	}
	return c
}

// linesDateContext reads the numeric dates of a table's lines to learn
// their order (a 25/09/2024 anywhere settles it); otherwise the page's
// order stands.
func linesDateContext(doc *citewatch.Document, paras []citewatch.Span, c dates.Context) dates.Context {
	texts := make([]string, len(paras))
	for i, p := range paras {
		texts[i] = doc.Slice(p)
	}
	return numericOrder(texts, c)
}
