package index

import (
	"encoding/json"
	"fmt"
	"net/url"
	"sort"
	"strconv"
	"strings"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/analysis/analyzer/keyword"
	"github.com/blevesearch/bleve/v2/analysis/lang/en"
	"github.com/blevesearch/bleve/v2/analysis/lang/fr"
	"github.com/blevesearch/bleve/v2/mapping"

	"github.com/citewatch/citewatch"
)

// Document types and field names. Keyword fields hold one term each, are
// facetable (doc values) only where a facet or sort needs them, and carry
// no frequencies or norms; the quote and passage text are the only analysed
// fields and the only ones with term vectors, which highlighting needs.
// Each document also stores its whole root value as JSON in fieldJSON,
// which is not indexed: that is what queries return.
const (
	typeFact    = "fact"
	typePassage = "passage"
	typePage    = "page"

	fieldType      = "type"
	fieldSource    = "src"  // the URL of the page the entry was read from (Document.URL)
	fieldURL       = "url"  // the citation's URL, when it differs from src as well
	fieldHost      = "host" // host of src
	fieldTreaty    = "treaty"
	fieldEvent     = "event"
	fieldParty     = "party"
	fieldKind      = "kind" // the source kind (government, wire, ...)
	fieldPublisher = "publisher"
	fieldLanguage  = "language"
	fieldYear      = "year"
	fieldDate      = "date" // ISO date at its precision: 2024-09-05, 2024-09, 2024
	fieldQuote     = "quote"
	fieldQuoteFr   = "quote_fr"
	fieldText      = "text"
	fieldTextFr    = "text_fr"
	fieldPKind     = "pkind" // sentence or paragraph
	fieldOrd       = "ord"   // a passage's place in its page, zero-padded
	fieldJSON      = "json"
	fieldDigest    = "digest"
	// fieldFacetKey holds party, event and year joined in one term, so
	// that the usual facets read one doc value per hit instead of three.
	fieldFacetKey = "pey"
	facetKeySep   = "\x1f"
	// fieldCell holds what a status table reads of a fact, in one term
	// (cellTerm), so that a table is built from a column rather than from
	// every fact's stored JSON.
	fieldCell = "cell"
)

// facetKeyFields are the fields joined in fieldFacetKey, in order.
var facetKeyFields = []string{fieldParty, fieldEvent, fieldYear}

// FacetFields are the fields Search can count values of.
var FacetFields = []string{fieldTreaty, fieldEvent, fieldParty, fieldKind, fieldPublisher, fieldLanguage, fieldYear, fieldHost}

// newMapping builds the explicit index mapping: nothing is indexed unless
// listed here.
func newMapping() *mapping.IndexMappingImpl {
	kw := func(docValues bool) *mapping.FieldMapping {
		f := bleve.NewKeywordFieldMapping()
		f.Analyzer = keyword.Name
		f.Store = false
		f.IncludeInAll = false
		f.IncludeTermVectors = false
		f.DocValues = docValues
		f.SkipFreqNorm = true
		return f
	}
	text := func(analyzer string) *mapping.FieldMapping {
		f := bleve.NewTextFieldMapping()
		f.Analyzer = analyzer
		f.Store = false
		f.IncludeInAll = false
		f.IncludeTermVectors = true
		f.DocValues = false
		return f
	}
	stored := func() *mapping.FieldMapping {
		f := bleve.NewTextFieldMapping()
		f.Index = false
		f.Store = true
		f.IncludeInAll = false
		f.IncludeTermVectors = false
		f.DocValues = false
		return f
	}
	doc := func(fields map[string]*mapping.FieldMapping) *mapping.DocumentMapping {
		d := bleve.NewDocumentStaticMapping()
		for name, f := range fields {
			d.AddFieldMappingsAt(name, f)
		}
		// No _all field: nothing would go in it, and an empty one is
		// still a field every entry makes.
		d.AddSubDocumentMapping("_all", bleve.NewDocumentDisabledMapping())
		return d
	}

	fact := doc(map[string]*mapping.FieldMapping{
		fieldType: kw(false), fieldSource: kw(false), fieldURL: kw(false), fieldHost: kw(true),
		fieldTreaty: kw(true), fieldEvent: kw(false), fieldParty: kw(false), fieldKind: kw(true),
		fieldPublisher: kw(true), fieldLanguage: kw(true), fieldYear: kw(false), fieldDate: kw(true),
		fieldFacetKey: kw(true), fieldCell: kw(true),
		fieldQuote: text(en.AnalyzerName), fieldQuoteFr: text(fr.AnalyzerName),
		fieldJSON: stored(),
	})
	passage := doc(map[string]*mapping.FieldMapping{
		fieldType: kw(false), fieldSource: kw(false), fieldHost: kw(false), fieldPKind: kw(false),
		fieldOrd: kw(true), fieldDate: kw(false),
		fieldText: text(en.AnalyzerName), fieldTextFr: text(fr.AnalyzerName),
		fieldJSON: stored(),
	})
	page := doc(map[string]*mapping.FieldMapping{
		fieldType: kw(false), fieldSource: kw(false), fieldDigest: stored(),
	})
	summary := doc(map[string]*mapping.FieldMapping{
		fieldType: kw(false), fieldTreaty: kw(false), fieldSummary: stored(),
	})

	im := bleve.NewIndexMapping()
	im.TypeField = fieldType
	im.DefaultType = typeFact
	im.DefaultAnalyzer = en.AnalyzerName
	im.DefaultField = fieldQuote
	im.StoreDynamic = false
	im.IndexDynamic = false
	im.DocValuesDynamic = false
	im.ScoringModel = "bm25"
	im.DefaultMapping = bleve.NewDocumentDisabledMapping()
	im.AddDocumentMapping(typeFact, fact)
	im.AddDocumentMapping(typePassage, passage)
	im.AddDocumentMapping(typePage, page)
	im.AddDocumentMapping(typeSummary, summary)
	return im
}

// storedFact is what a fact entry stores: the fact exactly as Put got it,
// with what the page it came from says of itself.
type storedFact struct {
	Fact     citewatch.Fact `json:"fact"`
	Source   string         `json:"source"`
	Kind     string         `json:"kind,omitempty"`
	Language string         `json:"language,omitempty"`
}

// Entry IDs: one namespace per document type.
func factID(f citewatch.Fact) string {
	id := f.ID
	if id == "" {
		id = f.StableID()
	}
	return "f:" + id
}
func passageID(u string, ord int) string { return "p:" + u + "#" + strconv.Itoa(ord) }
func pageID(u string) string             { return "u:" + u }

func hostOf(raw string) string {
	u, err := url.Parse(raw)
	if err != nil {
		return ""
	}
	return u.Hostname()
}

// factEntry is the document indexed for one fact read from doc.
func factEntry(doc *citewatch.Document, f citewatch.Fact) (map[string]any, error) {
	src, kind, lang := f.Citation.URL, "", ""
	if doc != nil {
		src, kind, lang = doc.URL, doc.Kind, doc.Language
	}
	b, err := json.Marshal(storedFact{Fact: f, Source: src, Kind: kind, Language: lang})
	if err != nil {
		return nil, fmt.Errorf("index: fact %s: %w", f.ID, err)
	}
	publisher := f.Citation.Publisher
	if publisher == "" && doc != nil {
		publisher = doc.Publisher
	}
	e := map[string]any{
		fieldType:      typeFact,
		fieldSource:    src,
		fieldHost:      hostOf(src),
		fieldTreaty:    f.Treaty,
		fieldEvent:     string(f.Event),
		fieldParty:     f.Party,
		fieldKind:      kind,
		fieldPublisher: publisher,
		fieldLanguage:  lang,
		fieldQuote:     f.Citation.Quote,
		fieldJSON:      string(b),
	}
	if f.Citation.URL != src {
		e[fieldURL] = []string{src, f.Citation.URL}
	} else {
		e[fieldURL] = src
	}
	year := ""
	if d := f.Date; !d.IsZero() {
		year = strconv.Itoa(d.Year)
		e[fieldDate] = d.String()
		e[fieldYear] = year
	}
	e[fieldFacetKey] = f.Party + facetKeySep + string(f.Event) + facetKeySep + year
	e[fieldCell] = cellTerm(f, factID(f))
	if isFrench(lang) {
		e[fieldQuoteFr] = f.Citation.Quote
	}
	return e, nil
}

// passageEntry is the document indexed for one passage.
func passageEntry(doc *citewatch.Document, p citewatch.Passage, ord int) (map[string]any, error) {
	b, err := json.Marshal(p)
	if err != nil {
		return nil, fmt.Errorf("index: passage %s: %w", p.ID, err)
	}
	e := map[string]any{
		fieldType:   typePassage,
		fieldSource: doc.URL,
		fieldHost:   hostOf(doc.URL),
		fieldPKind:  p.Kind,
		fieldOrd:    fmt.Sprintf("%08d", ord),
		fieldText:   p.Text,
		fieldJSON:   string(b),
	}
	if !doc.Published.IsZero() {
		e[fieldDate] = doc.Published.String()
	}
	if isFrench(doc.Language) {
		e[fieldTextFr] = p.Text
	}
	return e, nil
}

func isFrench(lang string) bool { return lang == "fr" || len(lang) > 2 && lang[:3] == "fr-" }

// passages cuts doc into its paragraphs then its sentences, in page order.
func passages(doc *citewatch.Document, max int) (out []citewatch.Passage, dups, cut int) {
	seen := map[string]bool{}
	add := func(kind string, spans []citewatch.Span) {
		for _, sp := range spans {
			text := doc.Slice(sp)
			if text == "" {
				continue
			}
			out = append(out, citewatch.Passage{
				URL: doc.URL, Title: doc.Title, WARCRecordID: doc.WARCRecordID, FetchedAt: doc.FetchedAt,
				Published: doc.Published, Kind: kind, Text: text, Span: sp,
			})
		}
	}
	add("paragraph", doc.Paragraphs)
	add("sentence", doc.Sentences)
	sort.SliceStable(out, func(i, j int) bool { return out[i].Span.Start < out[j].Span.Start })
	kept := out[:0]
	for _, p := range out {
		key := p.Kind + "\x00" + p.Text
		switch {
		case seen[key]:
			dups++
		case len(kept) >= max:
			cut++
		default:
			seen[key] = true
			kept = append(kept, p)
		}
	}
	out = kept
	for i := range out {
		out[i].ID = passageID(doc.URL, i)[2:]
	}
	return out, dups, cut
}

// MaxStepDates bounds how many different dates one page may give one
// party's act of one treaty (signed, ratified, ...). A page states an act
// once, or gives it two or three dates when it corrects itself or tells
// apart a deposit and a notice; a page giving one state's signature forty
// dates is a flood, and what it adds past the bound would only make every
// status and verification of that treaty read more. Counts (running totals)
// are not bounded this way: a timeline gives a treaty's total many dates.
const MaxStepDates = 4

// boundFacts counts facts that say the same thing in the same words (a
// sentence repeated on the page) once, keeps at most MaxStepDates dates of
// one party's act, and keeps at most max of the rest, in the order given.
func boundFacts(facts []citewatch.Fact, max int) (out []citewatch.Fact, dups, cut int) {
	seen := make(map[string]bool, min(len(facts), max))
	dates := map[string]map[string]bool{} // a step's key -> the dates kept for it
	out = make([]citewatch.Fact, 0, min(len(facts), max))
	for _, f := range facts {
		key := strings.Join([]string{f.Key(), f.Date.String(), f.Place, strconv.Itoa(f.Count), f.AsOf.String(), f.Citation.URL, f.Citation.Quote}, "\x00")
		step, date := f.Key(), f.Date.String()
		overStep := !f.Event.Counts() && len(dates[step]) >= MaxStepDates && !dates[step][date]
		switch {
		case seen[key]:
			dups++
		case len(out) >= max, overStep:
			cut++
		default:
			seen[key] = true
			if !f.Event.Counts() {
				if dates[step] == nil {
					dates[step] = map[string]bool{}
				}
				dates[step][date] = true
			}
			out = append(out, f)
		}
	}
	return out, dups, cut
}
