package extract

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/citewatch/citewatch"
	"github.com/citewatch/citewatch/extract/dates"
	"github.com/citewatch/citewatch/extract/internal/starts"
	"github.com/citewatch/citewatch/extract/parties"
)

// A status table is any table with a column of states or participants and
// columns of signature, ratification or entry-into-force dates: the Council
// of Europe treaty office's chart, the UN Treaty Collection's participant
// table, or a news site's copy of either. Each dated cell is one fact,
// quoted by its row. Rows are cited where they stand in Document.Text; a
// row that main-text extraction dropped is appended to Text as a paragraph
// of its own after the main text (the "table region").

var (
	rePartyHeader = regexp.MustCompile(`(?i)^\W*(?:states?|participants?|members?|countr(?:y|ies)|états?|etats?|pays|signator(?:y|ies)|parties|party|staat(?:en)?|estados?|pa[ií]s(?:es)?|stat[oi]|paes[ei]|participantes?|partecipanti|l[äa]nder)\b|^\s*(?:国名|締約国|国)`)
	reStatusAsOf  = regexp.MustCompile(`(?i)(?:^|[^\p{L}])(?:` + strings.Join(statusAsOfWords, "|") + `)\s*:?\s*`)
	reConsentMark = regexp.MustCompile(`^\s*\(?\s*(AA|A|a|d|s)\s*\)?\s*$`)
)

// column says what a table column's dates mean.
type column int

const (
	colOther column = iota
	colParty
	colSigned
	colConsent // ratification, with a letter saying when it was acceptance, approval, accession or succession
	colAccession
	colAcceptance
	colApproval
	colEIF
	colDenounced
	colSuccession // a succession to a treaty: no event of its own in citewatch's vocabulary
)

// columnWords are the words a status table's header names its columns
// with, in every language the sentence rules read, tried in this order
// (a "Ratification, Accession (a)" column is a consent column).
var columnWords = []struct {
	col   column
	words string
}{
	{colEIF, `entry\s+into\s+force|in\s+force|entrée\s+en\s+vigueur|en\s+vigueur|entrada\s+en\s+vigor|en\s+vigor|entrata\s+in\s+vigore|in\s+vigore|entrada\s+em\s+vigor|em\s+vigor|inkrafttreten|in\s+kraft|発効|効力発生`},
	{colConsent, `ratification|ratified|ratifié|ratificación|ratificado|ratificação|ratifica|ratifikation|ratifizierung|ratifiziert|consent|deposit(?:ed)?|dépôt|depósito|deposito|hinterlegung|批准`},
	{colDenounced, `denunciation|denounced|withdr\p{L}*|dénonciation|retrait|denuncia|denúncia|recesso|kündigung|austritt|脱退|廃棄`},
	{colAccession, `accession|adhésion|adhesión|adesione|adesão|beitritt|加入`},
	{colAcceptance, `acceptance|acceptation|aceptación|accettazione|aceitação|受諾`},
	{colApproval, `approval|approbation|aprobación|approvazione|aprovação|genehmigung|承認`},
	{colSigned, `signature|signed|signé|firma|firmado|assinatura|assinado|unterzeichnung|unterzeichnet|署名`},
}

// reColumns holds one expression per row of columnWords, matched without
// word boundaries: a header whose cells lost their spaces runs its words
// together ("SignatureDeposit").
var reColumns = func() []*regexp.Regexp {
	out := make([]*regexp.Regexp, len(columnWords))
	for i, w := range columnWords {
		out[i] = regexp.MustCompile(`(?i)` + w.words)
	}
	return out
}()

// columnOf says what a header cell's column holds.
func columnOf(header string) column {
	if rePartyHeader.MatchString(header) {
		return colParty
	}
	for i, re := range reColumns {
		if re.MatchString(header) {
			return columnWords[i].col
		}
	}
	return colOther
}

// rows returns a table's rows, skipping rows of nested tables.
func rows(table *html.Node) []*html.Node {
	var out []*html.Node
	stack := []*html.Node{table}
	for len(stack) > 0 {
		n := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		if n.Type == html.ElementNode && n.DataAtom == atom.Table && n != table {
			continue
		}
		if n.Type == html.ElementNode && n.DataAtom == atom.Tr {
			out = append(out, n)
			continue
		}
		for c := n.LastChild; c != nil; c = c.PrevSibling {
			stack = append(stack, c)
		}
	}
	return out
}

// cells returns the text of a row's cells, a cell spanning n columns
// counted n times so that columns line up.
func cells(tr *html.Node) []string {
	var out []string
	for c := tr.FirstChild; c != nil; c = c.NextSibling {
		if c.Type != html.ElementNode || c.DataAtom != atom.Td && c.DataAtom != atom.Th {
			continue
		}
		var b textBuilder
		b.addNode(c)
		text := collapse(b.text.String())
		span := 1
		if v := attr(c, "colspan"); len(v) == 1 && v[0] >= '2' && v[0] <= '9' {
			span = int(v[0] - '0')
		}
		for range span {
			out = append(out, text)
		}
	}
	return out
}

// tableFacts reads the facts of the page's status tables.
func (x *Extractor) tableFacts(doc *citewatch.Document, tables []*html.Node, pg page) []citewatch.Fact {
	var out []citewatch.Fact
	var asOf citewatch.Date
	asOfFound := false
	for _, t := range tables {
		trs := rows(t)
		cols, headerAt := headerColumns(trs)
		if headerAt < 0 {
			continue
		}
		if !asOfFound {
			asOf, asOfFound = statusAsOf(doc.Text, pg.dates), true
		}
		treaty := pg.subject
		if treaty == "" {
			continue
		}
		dc := tableDateContext(trs[headerAt+1:], pg.dates)
		for _, tr := range trs[headerAt+1:] {
			cs := cells(tr)
			party := ""
			for i, c := range cs {
				if i < len(cols) && cols[i] == colParty {
					party = rowParty(c)
					break
				}
			}
			if party == "" {
				continue
			}
			var facts []stated
			for i, c := range cs {
				if i >= len(cols) || cols[i] == colParty || cols[i] == colOther {
					continue
				}
				for _, f := range cellFacts(c, cols[i], dc) {
					f.treaty, f.party = treaty, party
					facts = append(facts, f)
				}
			}
			if len(facts) == 0 {
				continue
			}
			sp := rowSpan(doc, tr)
			for _, st := range facts {
				f := st.fact(doc.URL, sp, doc.Slice(sp), ExtractorTable)
				f.AsOf = asOf
				out = append(out, f)
			}
		}
	}
	return out
}

// headerColumns finds the header row: the first row with a party column
// and at least one dated-act column. It returns -1 when there is none.
func headerColumns(trs []*html.Node) ([]column, int) {
	for i, tr := range trs {
		if i > 5 {
			break
		}
		cs := cells(tr)
		cols := make([]column, len(cs))
		hasParty, hasAct := false, false
		for j, c := range cs {
			cols[j] = columnOf(c)
			switch cols[j] {
			case colParty:
				if hasParty {
					cols[j] = colOther
				}
				hasParty = true
			case colOther:
			default:
				hasAct = true
			}
		}
		if hasParty && hasAct {
			return cols, i
		}
	}
	return nil, -1
}

// rowParty reads the party of a row's first column, allowing footnote
// marks around the name ("Japan 1", "Andorra*").
func rowParty(cell string) string {
	ms := parties.Find(cell)
	if len(ms) == 0 || ms[0].Start > 4 {
		return ""
	}
	return ms[0].Code
}

// cellFacts reads a dated cell: one date, perhaps followed by a letter
// saying which kind of consent it was (UN: A, AA, a, d).
func cellFacts(cell string, col column, dc dates.Context) []stated {
	ms := dates.Find(cell, dc)
	if len(ms) == 0 || ms[0].Ambiguous {
		return nil
	}
	m := ms[0]
	ev := columnEvent(col)
	if col == colConsent {
		if mark := reConsentMark.FindStringSubmatch(cell[m.End:]); mark != nil {
			switch mark[1] {
			case "A":
				ev = citewatch.EventAccepted
			case "AA":
				ev = citewatch.EventApproved
			case "a":
				ev = citewatch.EventAcceded
			case "d":
				return nil // succession: no event of its own in citewatch's vocabulary
			}
		}
	}
	return []stated{{event: ev, date: m.Date}}
}

// columnEvent is the act a dated column's dates are of.
func columnEvent(col column) citewatch.Event {
	switch col {
	case colEIF:
		return citewatch.EventEnteredIntoForce
	case colDenounced:
		return citewatch.EventDenounced
	case colAccession:
		return citewatch.EventAcceded
	case colAcceptance:
		return citewatch.EventAccepted
	case colApproval:
		return citewatch.EventApproved
	case colConsent:
		return citewatch.EventRatified
	}
	return citewatch.EventSigned
}

// tableDateContext reads the table's own numeric dates to learn its order
// (a 25/09/2024 anywhere settles it); otherwise the page's order stands.
func tableDateContext(trs []*html.Node, c dates.Context) dates.Context {
	var texts []string
	for _, tr := range trs {
		texts = append(texts, cells(tr)...)
	}
	return numericOrder(texts, c)
}

// numericOrder reads the numeric dates of texts to learn their order (a
// 25/09/2024 anywhere settles it); otherwise c's order stands.
func numericOrder(texts []string, c dates.Context) dates.Context {
	dayFirst, monthFirst := false, false
	for _, t := range texts {
		for _, m := range reNumericDate.FindAllStringSubmatch(t, -1) {
			a, b := number(m[1]), number(m[2])
			dayFirst = dayFirst || a > 12
			monthFirst = monthFirst || b > 12
		}
	}
	switch {
	case dayFirst && !monthFirst:
		c.Order, c.OrderWhy = dates.OrderDayFirst, "the table's other dates are day-first"
	case monthFirst && !dayFirst:
		c.Order, c.OrderWhy = dates.OrderMonthFirst, "the table's other dates are month-first"
	}
	return c
}

// statusAsOfWords are the ways a status line begins: "Status as of",
// "Situation au", "Stand vom".
var statusAsOfWords = []string{`status\s+as\s+(?:of|at)`, `situation\s+(?:au|as\s+of|at)`, `as\s+of`, `état\s+au`, `stand(?:\s+vom)?`}

// statusAsOfLeads are the first words of statusAsOfWords ("status", "as"),
// and reStatusAsOfSparse is reStatusAsOf run only where one of them
// begins a word: the page's text is long, and Go's engine would try the
// expression from each of its characters.
var (
	statusAsOfLeads = func() []string {
		var out []string
		for _, w := range statusAsOfWords {
			out = append(out, strings.FieldsFunc(w, func(r rune) bool { return !unicode.IsLetter(r) })[0])
		}
		return out
	}()
	reStatusAsOfSparse = starts.MustCompileSparse(reStatusAsOf.String())
)

// statusAsOfLocs returns the first n matches of reStatusAsOf in text.
func statusAsOfLocs(text string, n int) [][]int {
	if strings.ContainsRune(text, 'ſ') {
		return reStatusAsOf.FindAllStringIndex(text, n) // "ſ" matches "s": the scan below does not read it
	}
	var at []int
	for i := 0; i < len(text); i++ {
		if c := text[i] | 0x20; c != 's' && c != 'a' && text[i] < utf8.RuneSelf {
			continue // no lead begins here: the leads begin with "s", "a" or a letter that is not ASCII
		}
		prev, w := utf8.DecodeLastRuneInString(text[:i])
		if i > 0 && unicode.IsLetter(prev) || !utf8.RuneStart(text[i]) {
			continue
		}
		for _, l := range statusAsOfLeads {
			if len(text)-i >= len(l) && strings.EqualFold(text[i:i+len(l)], l) {
				at = append(at, i-w) // the match begins with the character before the lead
				break
			}
		}
	}
	locs := reStatusAsOfSparse.FindAllStringSubmatchIndex(text, at)
	return locs[:min(n, len(locs))]
}

// statusAsOf finds "Status as of 01/03/2025" in the page's text.
func statusAsOf(text string, c dates.Context) citewatch.Date {
	for _, loc := range statusAsOfLocs(text, 20) {
		rest := text[loc[1]:min(len(text), loc[1]+40)]
		ms := dates.Find(rest, c)
		if len(ms) > 0 && ms[0].Start == 0 && !ms[0].Ambiguous {
			return ms[0].Date
		}
	}
	return citewatch.Date{}
}

// rowSpan returns where a row's text stands in Document.Text, appending
// it as a paragraph of its own when main-text extraction dropped it.
func rowSpan(doc *citewatch.Document, tr *html.Node) citewatch.Span {
	var b textBuilder
	b.addNode(tr)
	row := b.text.String()
	if i := strings.Index(doc.Text, row); i >= 0 && row != "" {
		return citewatch.Span{Start: i, End: i + len(row)}
	}
	if doc.Text != "" {
		doc.Text += "\n\n"
	}
	sp := citewatch.Span{Start: len(doc.Text), End: len(doc.Text) + len(row)}
	doc.Text += row
	doc.Paragraphs = append(doc.Paragraphs, sp)
	doc.Sentences = append(doc.Sentences, sp)
	return sp
}
