package verify

import (
	"context"
	"errors"
	"fmt"
	"regexp"
	"sort"
	"strings"
	"time"
	"unicode"

	"github.com/rs/zerolog"

	"github.com/citewatch/citewatch"
	"github.com/citewatch/citewatch/verify/evidence"
)

// PassageSearcher serves the archived pages' passages. With q.URLs set and
// q.Text empty it returns every passage of those pages in page order; with
// q.Text it ranks passages across the index. The index implements it.
type PassageSearcher interface {
	Passages(ctx context.Context, q citewatch.PassageQuery) ([]citewatch.Passage, error)
	// CountPassages returns how many passages Passages would list for
	// q's URLs and kind, without reading them.
	CountPassages(ctx context.Context, q citewatch.PassageQuery) (int, error)
}

// FactSearcher serves the facts extracted from archived pages. The index
// implements it.
type FactSearcher interface {
	Facts(ctx context.Context, q citewatch.FactQuery) ([]citewatch.Fact, error)
}

// ClaimReader reads what a claim asserts with the extractors that read
// facts off pages. The extractor implements it.
type ClaimReader interface {
	Assertions(text string, published citewatch.Date) []citewatch.Assertion
}

// HealthLookup says whether a cited URL has archived content. It returns
// an error wrapping citewatch.ErrNotFound for a URL never fetched.
type HealthLookup interface {
	Availability(ctx context.Context, url string) (citewatch.Availability, error)
}

// HealthFunc adapts a function to HealthLookup.
type HealthFunc func(ctx context.Context, url string) (citewatch.Availability, error)

// Availability calls f.
func (f HealthFunc) Availability(ctx context.Context, url string) (citewatch.Availability, error) {
	return f(ctx, url)
}

// judge is the lexical evidence scorer: evidence.Scorer.
type judge interface {
	JudgePage(claim, context string, page *evidence.Page) evidence.Judgement
}

// Beyond-the-citations search limits per claim.
const (
	beyondSources = 5
	maxEvidence   = 3
	// beyondSentences is the most sentences a page beyond the cited ones
	// is read with. No article or status table comes near it; a page of
	// ten thousand repeated sentences, made to be found, does. A longer
	// page is judged by its facts alone, which can contradict a claim (a
	// fact that disagrees needs no reading) but never support it (support
	// needs the page read), so that such pages cost a run their facts, not
	// their text.
	beyondSentences = 2000
)

// Verifier checks claims against the sources they cite and the other
// sources in the index. It holds no state between calls to Verify and is
// safe for concurrent use when its dependencies are.
type Verifier struct {
	passages PassageSearcher
	facts    FactSearcher
	claims   ClaimReader
	health   HealthLookup
	judge    judge
	log      zerolog.Logger
	now      func() time.Time
}

// New returns a Verifier reading passages and facts from the index,
// claims with the extractor and link health from the catalog. health may
// be nil: every URL with indexed passages is then taken as available.
func New(passages PassageSearcher, facts FactSearcher, claims ClaimReader, health HealthLookup, log zerolog.Logger) *Verifier {
	return &Verifier{
		passages: passages,
		facts:    facts,
		claims:   claims,
		health:   health,
		judge:    evidence.New(evidence.Options{}),
		log:      log.With().Str("stage", "verify").Logger(),
		now:      time.Now,
	}
}

// source is what verification knows of one URL, loaded once per Verify.
type source struct {
	url       string
	status    citewatch.Availability
	known     bool // the catalog knows the URL
	passages  []citewatch.Passage
	sentences []string
	// judged is sentences and, last, one "(meta data)" sentence with the
	// page's title and publication date, which the lexical judge reads
	// with every sentence.
	judged []string
	// text is sentences and judged read for the checks that read the
	// whole page, once per run; nil until readText.
	text     *pageText
	archived bool // the index may hold the source's text
	facts    []citewatch.Fact
	subject  string // the treaty most of facts are about
	// borrowed are the facts whose date their own sentence does not
	// give (the extractor read it from a neighbouring sentence), with
	// that date; in facts their date is left out.
	borrowed []citewatch.Fact
	// sentenceCount is how many sentences the index holds of the page,
	// -1 until counted.
	sentenceCount int
}

// run is one call to Verify: its caches.
type run struct {
	v       *Verifier
	sources map[string]*source
	// read caches what each page sentence asserts.
	read map[string][]citewatch.Assertion
	// bearing caches the facts other sources state on a step of a treaty
	// (treaty, event, party), which many claims ask for.
	bearing map[string][]citewatch.Fact
	// readSubject is the treaty most facts of every source read so far
	// are about, when readSources sources had been read.
	readSubject string
	readSources int
}

// Verify checks every claim of doc against each source it cites and lists
// other indexed sources that support or contradict it. Assertions are read
// into each claim of the report (doc is not changed). A source that cannot
// be read gives a source-unavailable verdict and one problem in the report;
// Verify returns an error only when the index or catalog fails, or ctx ends.
func (v *Verifier) Verify(ctx context.Context, doc *citewatch.CitingDocument) (*Report, error) {
	if doc == nil {
		return nil, fmt.Errorf("%w: verify: no document", citewatch.ErrInvalid)
	}
	r := &Report{Document: doc, Checked: v.now().UTC(), Claims: []ClaimResult{}}
	r.Problems = append(r.Problems, doc.Problems...)
	rn := &run{v: v, sources: map[string]*source{}, read: map[string][]citewatch.Assertion{}, bearing: map[string][]citewatch.Fact{}}
	unavailable := map[string]bool{}
	for _, c := range doc.Claims {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		c.Assertions = v.readClaim(c.Text)
		res := ClaimResult{Claim: c, Verdicts: []citewatch.Verdict{}}
		var cited []string
		for _, n := range c.Refs {
			ref, ok := doc.Reference(n)
			if !ok {
				res.Verdicts = append(res.Verdicts, citewatch.Verdict{ClaimID: c.ID, Ref: n, Label: citewatch.SourceUnavailable,
					Reason: fmt.Sprintf("the document has no reference [%s]", n)})
				continue
			}
			if ref.URL == "" {
				res.Verdicts = append(res.Verdicts, citewatch.Verdict{ClaimID: c.ID, Ref: n, Label: citewatch.SourceUnavailable,
					Reason: fmt.Sprintf("reference [%s] gives no usable URL", n)})
				continue
			}
			cited = append(cited, ref.URL)
			src, err := rn.source(ctx, ref.URL)
			if err != nil {
				return nil, err
			}
			vd, err := rn.judgeSource(ctx, c, src)
			if err != nil {
				return nil, err
			}
			vd.Ref = n
			if vd.Label == citewatch.SourceUnavailable && !unavailable[ref.URL] {
				unavailable[ref.URL] = true
				r.Problems = append(r.Problems, citewatch.Problem{Line: ref.Line,
					Message: fmt.Sprintf("reference [%s] %s: %s", n, ref.URL, vd.Reason)})
			}
			res.Verdicts = append(res.Verdicts, vd)
		}
		beyond, err := rn.beyond(ctx, withTreaty(c, rn.subject(cited)), cited)
		if err != nil {
			return nil, err
		}
		res.Beyond = beyond
		res.Overall = Overall(res.Verdicts)
		r.Claims = append(r.Claims, res)
	}
	sort.SliceStable(r.Problems, func(i, j int) bool { return r.Problems[i].Line < r.Problems[j].Line })
	for _, ref := range doc.References {
		if ref.URL == "" {
			continue
		}
		src, err := rn.source(ctx, ref.URL)
		if err != nil {
			return nil, err
		}
		if err := rn.readText(ctx, src); err != nil {
			return nil, err
		}
		r.Sources = append(r.Sources, src.info(ref))
	}
	return r, nil
}

// info describes the source for a citation of reference ref.
func (s *source) info(ref citewatch.Reference) SourceInfo {
	si := SourceInfo{Ref: ref.N, URL: s.url, Health: s.status.Health, Memento: s.status.Memento,
		Fetched: s.status.Fetched, WARCFile: s.status.WARCFile, WARCRecordID: s.status.WARCRecordID,
		ArchiveURL: ref.ArchiveURL, AccessDate: ref.AccessDate}
	for _, p := range s.passages {
		if si.Title == "" {
			si.Title = p.Title
		}
		if si.Published.IsZero() {
			si.Published = p.Published
		}
		if si.Fetched.IsZero() {
			si.Fetched = p.FetchedAt
		}
		if si.WARCRecordID == "" {
			si.WARCRecordID = p.WARCRecordID
		}
	}
	return si
}

// readClaim reads what a claim asserts: the claim reader's reading, with
// an entry-into-force condition's number read as a threshold, each gapped
// clause ("and Peru on 9 October 2022") given its own party and date, and
// "A, B and N other states" counted as N plus the named parties.
func (v *Verifier) readClaim(text string) []citewatch.Assertion {
	read := func(s string) []citewatch.Assertion { return v.claims.Assertions(s, citewatch.Date{}) }
	as := read(text)
	as = readConditions(text, as)
	as = readGapped(text, as, read)
	return countOthers(text, as)
}

// Overall combines a claim's verdicts, one per cited source: contradicted
// when any source contradicts it, else the best finding among the sources
// (supported, then partially supported, not in source, source unavailable).
// A claim with no verdicts is not in source.
func Overall(vs []citewatch.Verdict) citewatch.Label {
	rank := map[citewatch.Label]int{citewatch.Supported: 4, citewatch.PartiallySupported: 3, citewatch.NotInSource: 2, citewatch.SourceUnavailable: 1}
	best := citewatch.NotInSource
	top := 0
	for _, v := range vs {
		if v.Label == citewatch.Contradicted {
			return citewatch.Contradicted
		}
		if rank[v.Label] > top {
			best, top = v.Label, rank[v.Label]
		}
	}
	return best
}

// subject is the treaty a claim that names none is about: the treaty most
// facts of its cited sources are about, else the one most facts of every
// source read so far in the document are about. It returns "" when no
// source states a fact.
func (rn *run) subject(cited []string) string {
	var facts []citewatch.Fact
	for _, u := range cited {
		if s := rn.sources[u]; s != nil {
			facts = append(facts, s.facts...)
		}
	}
	if t := subjectTreaty(facts); t != "" {
		return t
	}
	if rn.readSources != len(rn.sources) {
		facts = facts[:0]
		for _, s := range rn.sources {
			facts = append(facts, s.facts...)
		}
		rn.readSubject, rn.readSources = subjectTreaty(facts), len(rn.sources)
	}
	return rn.readSubject
}

// withTreaty returns c with treaty filled into the assertions that name
// none, so that other sources, which may be about other treaties, are
// compared on the claim's own subject.
func withTreaty(c citewatch.Claim, treaty string) citewatch.Claim {
	if treaty == "" {
		return c
	}
	as := make([]citewatch.Assertion, len(c.Assertions))
	for i, a := range c.Assertions {
		if a.Treaty == "" {
			a.Treaty = treaty
		}
		as[i] = a
	}
	c.Assertions = as
	return c
}

// source loads what the index and catalog hold for url, once per run.
func (rn *run) source(ctx context.Context, url string) (*source, error) {
	if s, ok := rn.sources[url]; ok {
		return s, nil
	}
	s := &source{url: url, sentenceCount: -1}
	if rn.v.health != nil {
		st, err := rn.v.health.Availability(ctx, url)
		switch {
		case errors.Is(err, citewatch.ErrNotFound):
		case err != nil:
			return nil, fmt.Errorf("verify: health of %s: %w", url, err)
		default:
			s.status, s.known = st, true
		}
	}
	s.archived = rn.v.health == nil || s.status.Archived
	if s.archived {
		fs, err := rn.v.facts.Facts(ctx, citewatch.FactQuery{URLs: []string{url}})
		if err != nil {
			return nil, fmt.Errorf("verify: facts of %s: %w", url, err)
		}
		s.facts, s.borrowed = rn.ownDates(fs)
		s.subject = subjectTreaty(fs)
	}
	rn.sources[url] = s
	return s, nil
}

// readText loads the passages of a source, once per run: only where its
// facts do not settle a verdict, or the report describes it, is its whole
// text read.
func (rn *run) readText(ctx context.Context, s *source) error {
	if s.text != nil {
		return nil
	}
	if s.archived {
		ps, err := rn.v.passages.Passages(ctx, citewatch.PassageQuery{URLs: []string{s.url}, Kind: "sentence"})
		if err != nil {
			return fmt.Errorf("verify: passages of %s: %w", s.url, err)
		}
		s.passages = ps
		for _, p := range ps {
			s.sentences = append(s.sentences, p.Text)
		}
		s.judged = append(append([]string(nil), s.sentences...), metaSentence(ps))
	}
	s.text = readPage(s.sentences, s.judged)
	return nil
}

// unavailableReason says why a source has no text to check against.
func (s *source) unavailableReason(withHealth bool) string {
	if !withHealth && len(s.passages) == 0 {
		return "no archived text of the source is indexed"
	}
	if !s.known {
		return "the source was never fetched"
	}
	if s.status.Archived {
		return "the source is archived but its text is not indexed (run citewatch index)"
	}
	why := healthWords[s.status.Health]
	if why == "" {
		why = "the source has no archived content"
	}
	if s.status.Detail != "" {
		why += " (" + s.status.Detail + ")"
	}
	return why
}

var healthWords = map[citewatch.Health]string{
	citewatch.HealthUnknown:    "the source was never fetched",
	citewatch.HealthGone:       "the source is gone (404 or 410)",
	citewatch.HealthSoft404:    "the source answers with a page that says it is not found",
	citewatch.HealthRobots:     "the site's robots.txt disallows fetching the source",
	citewatch.HealthDNS:        "the source's host does not resolve",
	citewatch.HealthTimeout:    "the source timed out",
	citewatch.HealthTLS:        "the source's TLS certificate or handshake failed",
	citewatch.HealthRefused:    "citewatch refused the source's address",
	citewatch.HealthError:      "fetching the source failed",
	citewatch.HealthDead:       "the source is dead (failed on three different days)",
	citewatch.HealthOK:         "the source was fetched but nothing of it is archived",
	citewatch.HealthRedirected: "the source redirects and nothing of it is archived",
}

// beyond searches the index for other sources that support or contradict
// claim c: passages ranked against its text and facts matching its
// assertions, on pages other than the cited ones.
func (rn *run) beyond(ctx context.Context, c citewatch.Claim, cited []string) ([]citewatch.Verdict, error) {
	skip := map[string]bool{}
	for _, u := range cited {
		skip[u] = true
	}
	var order []string
	add := func(u string) {
		if !skip[u] && len(order) < beyondSources {
			skip[u] = true
			order = append(order, u)
		}
	}
	// Only sources with facts on what the claim asserts can bear on it:
	// a page that shares the claim's words is no finding.
	for _, a := range c.Assertions {
		if a.Event == "" || !valued(a) && a.Event != citewatch.EventEIFCondition {
			continue
		}
		fs, err := rn.bearingOn(ctx, a)
		if err != nil {
			return nil, fmt.Errorf("verify: facts for claim %s: %w", c.ID, err)
		}
		for _, f := range fs {
			add(f.Citation.URL)
		}
	}
	out := []citewatch.Verdict{}
	for _, u := range order {
		src, err := rn.source(ctx, u)
		if err != nil {
			return nil, err
		}
		long, err := rn.tooLongBeyond(ctx, src)
		if err != nil {
			return nil, err
		}
		if long {
			if contra := contradictions(sourceResults(c, src)); len(contra) > 0 {
				out = append(out, contradicted(c, src, contra))
			}
			continue
		}
		if len(src.facts) == 0 {
			if err := rn.readText(ctx, src); err != nil {
				return nil, err
			}
			if len(src.passages) == 0 {
				continue
			}
		}
		vd, err := rn.judgeSource(ctx, c, src)
		if err != nil {
			return nil, err
		}
		switch vd.Label {
		case citewatch.Supported, citewatch.Contradicted:
			// Only a source whose facts bear on what the claim asserts:
			// shared words or an unrelated number are no finding.
			if factBased(vd) {
				out = append(out, vd)
			}
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].Label == citewatch.Supported && out[j].Label != citewatch.Supported })
	return out, nil
}

// tooLongBeyond reports whether source s has more sentences than a page
// beyond the cited ones is read with (beyondSentences), counting them
// once per run without reading them.
func (rn *run) tooLongBeyond(ctx context.Context, s *source) (bool, error) {
	if s.sentenceCount < 0 {
		s.sentenceCount = 0
		if s.text != nil {
			s.sentenceCount = len(s.sentences)
		} else if s.archived {
			n, err := rn.v.passages.CountPassages(ctx, citewatch.PassageQuery{URLs: []string{s.url}, Kind: "sentence"})
			if err != nil {
				return false, fmt.Errorf("verify: passages of %s: %w", s.url, err)
			}
			s.sentenceCount = n
		}
	}
	return s.sentenceCount > beyondSentences, nil
}

// sourceResults are the results of claim c against the facts of source s,
// with the facts whose date s borrows noted.
func sourceResults(c citewatch.Claim, s *source) []assertionResult {
	results := factResults(c, s.facts, s.subject)
	noteBorrowed(results, s.borrowed, s.subject)
	return results
}

// contradicted is the verdict that source s contradicts claim c, with the
// results that disagree.
func contradicted(c citewatch.Claim, s *source, contra []assertionResult) citewatch.Verdict {
	return citewatch.Verdict{ClaimID: c.ID, URL: s.url, Label: citewatch.Contradicted, Reason: joinReasons(contra), Evidence: factEvidence(contra)}
}

// bearingOn returns the first facts, by date, stated on the step of a
// treaty an assertion is about, once per run.
func (rn *run) bearingOn(ctx context.Context, a citewatch.Assertion) ([]citewatch.Fact, error) {
	key := a.Treaty + "\x00" + string(a.Event) + "\x00" + a.Party
	if fs, ok := rn.bearing[key]; ok {
		return fs, nil
	}
	fs, err := rn.v.facts.Facts(ctx, citewatch.FactQuery{Treaty: a.Treaty, Event: a.Event, Party: a.Party, Limit: 50})
	if err != nil {
		return nil, err
	}
	rn.bearing[key] = fs
	return fs, nil
}

// judgeSource gives the verdict for claim c against one source.
//
// The source's facts decide first: a fact that disagrees with a value the
// claim asserts (a date at the claim's precision, a place, a count, the
// kind of act) contradicts the claim, and so does a number the source
// states in the claim's own words where the claim states another. When
// facts back every value the claim asserts, the claim is supported unless
// it states a number the source never mentions or says much besides that
// the page does not have (then partially supported, Unbacked saying what);
// when they back some, it is partially supported unless the lexical judge
// finds the rest in the page. A fact dated only from a neighbouring
// sentence backs the act, never the date. When the claim asserts values
// that no fact bears on, the lexical judge must find the claim in the page
// for support; finding much of what the claim says besides makes it
// partially supported; else the source does not state it. A claim that
// asserts no values is left to the lexical judge.
func (rn *run) judgeSource(ctx context.Context, c citewatch.Claim, s *source) (vd citewatch.Verdict, err error) {
	if m := s.status.Memento; m != nil {
		defer func() {
			if err != nil || vd.Label == citewatch.SourceUnavailable {
				return
			}
			vd.Memento = m
			when := ""
			if m.Datetime != "" {
				when = " of " + m.Datetime
			}
			vd.Reason += fmt.Sprintf(" (read from an archived copy%s at %s: the source itself is gone)", when, m.URL)
		}()
	}
	vd = citewatch.Verdict{ClaimID: c.ID, URL: s.url}
	if len(s.facts) == 0 {
		if err := rn.readText(ctx, s); err != nil {
			return vd, err
		}
		if len(s.passages) == 0 {
			vd.Label = citewatch.SourceUnavailable
			vd.Reason = s.unavailableReason(rn.v.health != nil)
			return vd, nil
		}
	}
	results := sourceResults(c, s)
	if contra := contradictions(results); len(contra) > 0 {
		return contradicted(c, s, contra), nil
	}
	// The rest reads the page.
	if err := rn.readText(ctx, s); err != nil {
		return vd, err
	}
	unst := unstated(c.Text, c.Assertions, s.text)
	if subs := substitutions(c.Text, unst, s.text); len(subs) > 0 {
		vd.Label = citewatch.Contradicted
		var parts []string
		for _, sub := range subs {
			parts = append(parts, fmt.Sprintf("the source says %s where the claim says %s", sub.said, sub.claimed))
			if len(vd.Evidence) < maxEvidence {
				vd.Evidence = append(vd.Evidence, rn.passageEvidence(s, []int{sub.sentence})...)
			}
		}
		vd.Reason = strings.Join(parts, "; ")
		return vd, nil
	}
	supported, partial := 0, 0
	for _, r := range results {
		switch r.outcome {
		case outcomeSupported:
			supported++
		case outcomePartial:
			partial++
		}
	}
	if len(results) > 0 && supported == len(results) {
		vd.Evidence = factEvidence(results)
		if len(unst) > 0 {
			vd.Label = citewatch.PartiallySupported
			vd.Reason = "the source says " + joinSays(results) + "; it never mentions " + strings.Join(unst, ", ")
			vd.Unbacked = unst
			return vd, nil
		}
		if rest := unbacked(c.Text, results, s.text); len(rest) > 0 {
			vd.Label = citewatch.PartiallySupported
			vd.Reason = "the source says " + joinSays(results) + "; it does not say the rest of the claim (" + strings.Join(rest, ", ") + ")"
			vd.Unbacked = []string{"the rest of the claim: " + strings.Join(rest, ", ")}
			return vd, nil
		}
		vd.Label = citewatch.Supported
		vd.Reason = "the source says " + joinSays(results)
		return vd, nil
	}
	// The lexical judge reads the whole page: only when facts do not settle it.
	j := rn.v.judge.JudgePage(reported(c.Text), "", s.text.judgePage())
	lexical := rn.passageEvidence(s, j.Best)
	if supported+partial > 0 {
		// Words from the sentences around an act do not date it when its
		// own sentence does not.
		if j.Label == evidence.Supported && !anyBorrowed(results) {
			vd.Label = citewatch.Supported
			vd.Reason = "the source says " + joinSays(results) + "; " + j.Reason
		} else {
			vd.Label = citewatch.PartiallySupported
			vd.Reason = "the source says " + joinSays(results) + "; it does not state " + joinMissing(results, c)
			vd.Unbacked = missingList(results)
		}
		vd.Evidence = append(factEvidence(results), lexical...)
		vd.Evidence = vd.Evidence[:min(len(vd.Evidence), maxEvidence)]
		return vd, nil
	}

	// No fact bears on the claim: lexical evidence decides, but the best
	// sentences' own values must not contradict the claim's.
	if j.Label != evidence.None {
		var pseudo []citewatch.Fact
		for _, i := range j.Best {
			if i < 0 || i >= len(s.passages) {
				continue
			}
			p := s.passages[i]
			for _, a := range rn.assertions(p.Text, p.Published) {
				pseudo = append(pseudo, citewatch.Fact{Treaty: a.Treaty, Event: a.Event, Party: a.Party, Date: a.Date, Place: a.Place, Count: a.Count,
					Citation: citewatch.Citation{URL: p.URL, WARCRecordID: p.WARCRecordID, Quote: p.Text, Span: p.Span}})
			}
		}
		if contra := contradictions(factResults(c, pseudo, s.subject)); len(contra) > 0 {
			vd.Label = citewatch.Contradicted
			vd.Reason = joinReasons(contra)
			vd.Evidence = factEvidence(contra)
			return vd, nil
		}
	}
	vd.Evidence = lexical
	vd.Reason = j.Reason
	if vd.Reason == "" {
		vd.Reason = "the lexical evidence is " + string(j.Label)
	}
	switch {
	case j.Label != evidence.None && anyBorrowed(results):
		// The page states the act, but dates it only from a neighbouring
		// sentence.
		vd.Label = citewatch.PartiallySupported
		vd.Reason = "the source does not date " + joinMissing(results, c)
		vd.Unbacked = missingList(results)
	case j.Label == evidence.Supported:
		vd.Label = citewatch.Supported
	case len(results) > 0 && j.Label == evidence.Partial && j.Coverage >= restPartial && saysMore(c.Text):
		// The source states none of the acts the claim asserts but much
		// of the rest of it: partially supported, and the report says
		// which acts are missing.
		vd.Label = citewatch.PartiallySupported
		vd.Reason = "the source states no fact on " + joinMissing(results, c) + "; " + j.Reason
		vd.Unbacked = missingList(results)
	case len(results) > 0:
		// The claim asserts dated, placed or counted acts and the source
		// states none of them, nor much of the rest: its words alone do
		// not make it a partial match.
		vd.Label = citewatch.NotInSource
		vd.Reason = "the source states no fact on " + joinMissing(results, c) + "; " + j.Reason
		vd.Unbacked = missingList(results)
	case j.Label == evidence.Partial:
		vd.Label = citewatch.PartiallySupported
		vd.Unbacked = missingWords(j.Missing)
	default:
		vd.Label = citewatch.NotInSource
		vd.Unbacked = missingWords(j.Missing)
	}
	// A verdict shows the words it rests on: for a source that does not
	// state the claim, the closest it comes.
	return vd, nil
}

// ownDates returns facts with the dates their own sentences do not give
// left out, and those facts as read. A date the extractor carried over
// from a neighbouring sentence ("The treaty opened on 5 May. Chile and
// Peru signed it.") neither supports nor contradicts a claim's date: the
// page does not say it of this act.
func (rn *run) ownDates(fs []citewatch.Fact) (own, borrowed []citewatch.Fact) {
	own = make([]citewatch.Fact, 0, len(fs))
	for _, f := range fs {
		if f.Date.IsZero() || f.Citation.Quote == "" || rn.datedInSentence(f) {
			own = append(own, f)
			continue
		}
		borrowed = append(borrowed, f)
		f.Date = citewatch.Date{}
		own = append(own, f)
	}
	return own, borrowed
}

// datedInSentence reports whether f's own sentence gives a date: digits
// (a day, a year, 05/11/2024), or words the claim reader reads as a date
// (which it reads as the extractor does, "last year" against the page's
// publication date). A sentence with neither took its date from
// elsewhere.
func (rn *run) datedInSentence(f citewatch.Fact) bool {
	q := f.Citation.Quote
	if strings.IndexFunc(q, unicode.IsDigit) >= 0 {
		return true
	}
	for _, a := range rn.assertions(q, f.Citation.Published) {
		if !a.Date.IsZero() {
			return true
		}
	}
	return false
}

// assertions reads what a page's sentence asserts, once per run: the
// same sentences are read for many claims.
func (rn *run) assertions(text string, published citewatch.Date) []citewatch.Assertion {
	key := text + "\x00" + published.String()
	as, ok := rn.read[key]
	if !ok {
		as = rn.v.claims.Assertions(text, published)
		rn.read[key] = as
	}
	return as
}

// noteBorrowed adds to each result whose date no fact backs the date the
// source gives only from a neighbouring sentence, so the report says
// where it came from.
func noteBorrowed(rs []assertionResult, borrowed []citewatch.Fact, subject string) {
	for i, r := range rs {
		if r.missing == "" || !strings.Contains(r.missing, "date") {
			continue
		}
		for _, f := range borrowed {
			if sameTreaty(r.assertion, f, subject) && family(f.Event) == family(r.assertion.Event) && (r.assertion.Party == "" || r.assertion.Party == f.Party) {
				rs[i].missing += fmt.Sprintf(" (the source dates it %s only in a neighbouring sentence, not in the one that states it)", f.Date.Human())
				rs[i].borrowed = true
				break
			}
		}
	}
}

func anyBorrowed(rs []assertionResult) bool {
	for _, r := range rs {
		if r.borrowed {
			return true
		}
	}
	return false
}

// factBased reports whether a verdict rests on a fact of its source.
func factBased(vd citewatch.Verdict) bool {
	for _, e := range vd.Evidence {
		if e.Fact != nil {
			return true
		}
	}
	return false
}

// missingWords says which of the claim's words the page lacks, as one
// entry of Verdict.Unbacked.
func missingWords(ws []string) []string {
	if len(ws) == 0 {
		return nil
	}
	return []string{"the words " + strings.Join(ws, ", ")}
}

// missingList lists what results leave unbacked, in words.
func missingList(rs []assertionResult) []string {
	var out []string
	for _, r := range rs {
		if r.missing != "" {
			out = append(out, r.missing)
		}
	}
	return out
}

// reAttribution finds a clause that attributes what follows to someone:
// "Commentators argue that", "Officials said that", "Critics note that".
var reAttribution = regexp.MustCompile(`^[\p{L}'’ -]{1,40}?\s(?:argue|argues|argued|say|says|said|note|notes|noted|claim|claims|claimed|believe|believes|contend|contends|write|writes|wrote|observe|observes|observed|suggest|suggests|suggested)\s+that\s+`)

// reported returns what a claim reports, less a leading attribution: the
// source that argues it need not name who else argues it.
func reported(claim string) string {
	if loc := reAttribution.FindStringIndex(claim); loc != nil && loc[1] < len(claim) {
		return claim[loc[1]:]
	}
	return claim
}

// factResults compares each assertion of c that states a value with
// facts. An entry-into-force rule is compared by its threshold, read from
// the claim's text and the facts' sentences.
func factResults(c citewatch.Claim, facts []citewatch.Fact, subject string) []assertionResult {
	var out []assertionResult
	for _, a := range c.Assertions {
		switch {
		case a.Event == citewatch.EventEIFCondition:
			want := a.Count
			if want == 0 {
				want, _ = threshold(c.Text)
			}
			if want > 0 {
				out = append(out, compareCondition(want, facts, subject))
			}
		case a.Event != "" && valued(a):
			r := compare(a, facts, subject)
			r.assertion = a
			out = append(out, r)
		}
	}
	return out
}

// metaSentence is the "(meta data)" sentence of a page: its title and
// publication date, as the lexical judge reads them.
func metaSentence(ps []citewatch.Passage) string {
	var title string
	var published citewatch.Date
	for _, p := range ps {
		if title == "" {
			title = p.Title
		}
		if published.IsZero() {
			published = p.Published
		}
	}
	return strings.TrimSpace(evidenceMeta + " " + title + " " + published.Human())
}

// evidenceMeta starts the sentence the lexical judge reads as metadata.
const evidenceMeta = "(meta data)"

// passageEvidence turns the judge's best sentence indices into evidence.
func (rn *run) passageEvidence(s *source, best []int) []citewatch.Evidence {
	var out []citewatch.Evidence
	for _, i := range best {
		if i == len(s.passages) && len(s.passages) > 0 && s.passages[0].Title != "" && len(out) < maxEvidence {
			// The "(meta data)" sentence: the page's title.
			p := s.passages[0]
			out = append(out, citewatch.Evidence{Quote: p.Title, URL: p.URL, WARCRecordID: p.WARCRecordID, Title: true})
			continue
		}
		if i < 0 || i >= len(s.passages) || len(out) == maxEvidence {
			continue
		}
		p := s.passages[i]
		out = append(out, citewatch.Evidence{Quote: p.Text, URL: p.URL, WARCRecordID: p.WARCRecordID, Span: p.Span, Score: p.Score})
	}
	return out
}

func joinReasons(rs []assertionResult) string {
	var parts []string
	for _, r := range rs {
		parts = append(parts, r.reason)
	}
	return strings.Join(parts, "; ")
}

func joinSays(rs []assertionResult) string {
	var parts []string
	for _, r := range rs {
		if r.outcome == outcomeSupported || r.outcome == outcomePartial {
			parts = append(parts, r.says)
		}
	}
	return strings.Join(parts, "; ")
}

func joinMissing(rs []assertionResult, c citewatch.Claim) string {
	var parts []string
	for _, r := range rs {
		if r.missing != "" {
			parts = append(parts, r.missing)
		}
	}
	if len(parts) == 0 {
		return "the rest of the claim"
	}
	return strings.Join(parts, "; ")
}

// factEvidence cites the facts behind results, at most maxEvidence, each
// quote once.
func factEvidence(rs []assertionResult) []citewatch.Evidence {
	var out []citewatch.Evidence
	seen := map[string]bool{}
	for _, r := range rs {
		for _, f := range r.facts {
			key := f.Citation.URL + "|" + f.Citation.Quote
			if seen[key] || len(out) == maxEvidence {
				continue
			}
			seen[key] = true
			f := f
			out = append(out, citewatch.Evidence{Quote: f.Citation.Quote, URL: f.Citation.URL, WARCRecordID: f.Citation.WARCRecordID, Span: f.Citation.Span, Fact: &f})
		}
	}
	return out
}
