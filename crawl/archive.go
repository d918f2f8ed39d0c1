package crawl

import (
	"bytes"
	"context"
	"crypto/tls"
	"crypto/x509"
	"errors"
	"fmt"
	"net"
	"net/http"
	"net/url"
	"strings"
	"sync"
	"time"
	"unicode/utf8"

	"github.com/gocolly/colly/v2"
	"golang.org/x/net/html"

	"github.com/citewatch/citewatch"
	"github.com/citewatch/citewatch/crawl/warc"
)

// result is a fetch archived and classified, ready for the catalog.
type result struct {
	snap citewatch.Snapshot // Body set for new content
	held int64              // bytes of Body counted against Crawler.inflight
}

// release gives back what r holds of the in-flight budget and drops its
// body.
func (c *Crawler) release(r *result) {
	if r.held > 0 {
		c.inflight.Release(r.held)
		r.held = 0
	}
	r.snap.Body = nil
}

// archive writes a fetch's exchanges to the WARC archive, all in one batch
// (one file, in order): for each hop a response record (a revisit record
// for an unchanged final page) and the request record concurrent to it.
// It returns nil for a fetch ended by the crawl's own shutdown, which is
// not an outcome of the source and leaves it due.
func (c *Crawler) archive(f *fetch) (*result, error) {
	f.mu.Lock()
	hops := f.hops
	f.mu.Unlock()
	if errors.Is(f.err, context.Canceled) {
		return nil, nil
	}
	s := citewatch.Snapshot{URL: f.url, FetchedAt: f.start.UTC()}
	if len(hops) > 1 {
		for _, h := range hops[:len(hops)-1] {
			s.Redirects = append(s.Redirects, h.URL)
		}
		s.FinalURL = hops[len(hops)-1].URL
	}
	var final *hop
	if len(hops) > 0 {
		final = hops[len(hops)-1]
	}
	for _, h := range hops {
		s.Attempts += h.Attempts
	}

	revisit, digest := "", "" // digest: of the final body, when computed here
	if f.err == nil && final != nil && final.Err == nil && final.replayed == nil {
		switch {
		case final.Status == http.StatusNotModified && f.last.WARCRecordID != "":
			revisit = warc.ProfileServerNotModified
		case final.Status == http.StatusOK && f.last.PayloadDigest != "":
			if digest = warc.Digest(final.Body); digest == f.last.PayloadDigest {
				revisit = warc.ProfileIdenticalPayloadDigest
			}
		}
	}
	// The response messages are formatted into pooled buffers, free again
	// once the records are written.
	var bufs []*[]byte
	defer func() {
		for _, b := range bufs {
			if cap(*b) <= maxPooledMessage {
				messages.Put(b)
			}
		}
	}()

	// Build the records; main is the final response (or revisit) record.
	var recs []*warc.Record
	var main *warc.Record
	var mainLoc *warc.Location
	for _, h := range hops {
		if h.Err != nil {
			continue
		}
		if h.replayed != nil {
			if c.inArchive(h.replayed.dir) {
				if h == final {
					loc := h.replayed.loc
					mainLoc, main = &loc, h.replayed.rec
				}
				continue
			}
			recs = append(recs, h.replayed.rec) // copied as it is, ID and all
			if h == final {
				main = h.replayed.rec
			}
			continue
		}
		var resp *warc.Record
		if h == final && revisit != "" {
			orig := warc.Original{RecordID: f.last.WARCRecordID, TargetURI: f.last.Target(), Date: f.last.FetchedAt, PayloadDigest: f.last.PayloadDigest}
			resp = warc.NewRevisit(h.URL, revisit, orig, warc.HTTPResponseMessage(h.Status, h.Header, nil))
		} else {
			b := messages.Get().(*[]byte)
			*b = warc.AppendHTTPResponseMessage((*b)[:0], h.Status, h.Header, h.Body)
			bufs = append(bufs, b)
			resp = warc.NewResponse(h.URL, *b)
			if h.Truncated {
				resp.Header.Set(warc.FieldTruncated, "length")
			}
			if h == final && digest != "" {
				resp.Header.Set(warc.FieldPayloadDigest, digest) // saves Write a pass
			}
		}
		resp.SetDate(h.At)
		if h.IP != "" {
			resp.Header.Set(warc.FieldIPAddress, h.IP)
		}
		req := warc.NewRequest(h.URL, requestMessage(h))
		req.SetDate(h.At)
		warc.Concurrent(req, resp)
		recs = append(recs, resp, req)
		if h == final {
			main = resp
		}
	}
	if len(recs) > 0 {
		locs, err := c.w.Write(recs...)
		if err != nil {
			return nil, fmt.Errorf("crawl: archiving %s: %w", f.url, err)
		}
		for i, r := range recs {
			if r == main {
				mainLoc = &locs[i]
			}
		}
	}
	if main != nil && mainLoc != nil {
		s.WARCFile, s.WARCOffset, s.WARCRecordID = mainLoc.File, mainLoc.Offset, main.ID()
		s.PayloadDigest = main.PayloadDigest()
	}
	if final != nil && final.Err == nil {
		s.Status = final.Status
		s.Header = final.Header
		s.ContentType = final.Header.Get("Content-Type")
		s.ETag = final.Header.Get("ETag")
		s.LastModified = final.Header.Get("Last-Modified")
	}
	held := c.classify(&s, f, final, revisit != "")
	return &result{snap: s, held: held}, nil
}

// messages pools the buffers response messages are formatted into; most
// pages fit in the first one made.
var messages = sync.Pool{New: func() any {
	b := make([]byte, 0, 64<<10)
	return &b
}}

// maxPooledMessage keeps an unusually large page from pinning memory in
// the pool.
const maxPooledMessage = 1 << 20

// classify sets the snapshot's outcome, health and error, and its Body
// for new content, which it counts against the in-flight budget: it
// returns how many bytes it holds there.
func (c *Crawler) classify(s *citewatch.Snapshot, f *fetch, final *hop, revisit bool) (held int64) {
	fail := func(o citewatch.FetchOutcome, h citewatch.Health, err error) {
		s.Outcome, s.Health, s.Error = o, h, errorText(err)
	}
	if f.err != nil {
		o, h := classifyErr(f.err)
		fail(o, h, f.err)
		return 0
	}
	if final == nil || final.Err != nil {
		fail(citewatch.OutcomeFailed, citewatch.HealthError, errors.New("crawl: no response"))
		return 0
	}
	health := citewatch.HealthOK
	if s.FinalURL != "" && !sameURL(s.FinalURL, f.hops[0].URL) {
		health = citewatch.HealthRedirected
	}
	switch {
	case revisit:
		s.Outcome, s.Health = citewatch.OutcomeRevisit, health
		if s.ETag == "" {
			s.ETag = f.last.ETag
		}
		if s.LastModified == "" {
			s.LastModified = f.last.LastModified
		}
		if s.ContentType == "" || s.Status == http.StatusNotModified {
			s.ContentType = f.last.ContentType
		}
		s.PayloadDigest = f.last.PayloadDigest
		return 0
	case s.Status == http.StatusNotFound || s.Status == http.StatusGone:
		fail(citewatch.OutcomeFailed, citewatch.HealthGone, &StatusError{Status: s.Status})
		return 0
	case s.Status < 200 || s.Status > 299:
		fail(citewatch.OutcomeFailed, citewatch.HealthError, &StatusError{Status: s.Status})
		return 0
	}
	// The decoded body is held until handle is done with it: room for
	// the most it may decode to is taken first (so that several archivers
	// decoding at once stay within the budget), and what it did not use
	// is given back.
	encoding := final.Header.Get("Content-Encoding")
	hold := int64(len(final.Body))
	if e := strings.ToLower(strings.TrimSpace(encoding)); e != "" && e != "identity" {
		hold = c.cfg.MaxDecoded
	}
	hold = min(hold, c.cfg.MaxInFlight)
	_ = c.inflight.Acquire(context.Background(), hold) // never fails: no deadline, and hold <= MaxInFlight
	body, err := warc.DecodeBody(encoding, final.Body, c.cfg.MaxDecoded)
	if errors.Is(err, warc.ErrTooLarge) {
		err = &LimitError{What: "decoded body", Limit: c.cfg.MaxDecoded}
	}
	if err != nil {
		c.inflight.Release(hold)
		fail(citewatch.OutcomeFailed, citewatch.HealthError, err)
		return 0
	}
	if soft404(f.hops, s.ContentType, body) {
		c.inflight.Release(hold)
		fail(citewatch.OutcomeFailed, citewatch.HealthSoft404, errSoft404)
		return 0
	}
	if used := min(int64(len(body)), hold); used < hold {
		c.inflight.Release(hold - used)
		hold = used
	}
	s.Outcome, s.Health, s.Body = citewatch.OutcomeFetched, health, body
	if final.replayed != nil {
		s.Outcome = citewatch.OutcomeReplayed
	}
	return hold
}

// maxErrorText bounds the error text recorded for a fetch: a hostile
// server's bytes can end up in an error message (a status line, a parse
// error per line), and the catalog and every report would carry them.
const maxErrorText = 1 << 10

// errorText is err's message, cut to maxErrorText bytes at a rune boundary.
func errorText(err error) string {
	msg := err.Error()
	if len(msg) <= maxErrorText {
		return msg
	}
	cut := maxErrorText
	for cut > 0 && !utf8.RuneStart(msg[cut]) {
		cut--
	}
	return msg[:cut] + " ..."
}

// classifyErr maps a failed fetch's error to an outcome and health.
func classifyErr(err error) (citewatch.FetchOutcome, citewatch.Health) {
	var dnsErr *net.DNSError
	var ne net.Error
	var unknownCA x509.UnknownAuthorityError
	var certInvalid x509.CertificateInvalidError
	var hostname x509.HostnameError
	var verify *tls.CertificateVerificationError
	var alert tls.AlertError
	var recordHeader tls.RecordHeaderError
	switch {
	case errors.Is(err, ErrRobots), errors.Is(err, colly.ErrRobotsTxtBlocked):
		return citewatch.OutcomeRobots, citewatch.HealthRobots
	case isRefused(err):
		return citewatch.OutcomeRefused, citewatch.HealthRefused
	case errors.Is(err, ErrNotInReplay):
		return citewatch.OutcomeNotInWARC, citewatch.HealthError
	case errors.As(err, &dnsErr):
		return citewatch.OutcomeFailed, citewatch.HealthDNS
	case errors.As(err, &verify), errors.As(err, &unknownCA), errors.As(err, &certInvalid),
		errors.As(err, &hostname), errors.As(err, &alert), errors.As(err, &recordHeader):
		return citewatch.OutcomeFailed, citewatch.HealthTLS
	case errors.Is(err, context.DeadlineExceeded), errors.As(err, &ne) && ne.Timeout():
		return citewatch.OutcomeFailed, citewatch.HealthTimeout
	}
	return citewatch.OutcomeFailed, citewatch.HealthError
}

// sameURL reports whether a and b differ at most in a trailing slash.
func sameURL(a, b string) bool {
	return strings.TrimSuffix(a, "/") == strings.TrimSuffix(b, "/")
}

// requestMessage formats the request of h as it was sent.
func requestMessage(h *hop) []byte {
	hdr := h.ReqHeader.Clone()
	hdr.Set("Host", h.Host)
	uri := "/"
	if u, err := url.Parse(h.URL); err == nil {
		uri = u.RequestURI()
	}
	return warc.HTTPRequestMessage(h.Method, uri, hdr, nil)
}

// notFoundPhrases say, in a page's title or main heading, that the page
// does not exist. Language knowledge, not facts about any site.
var notFoundPhrases = []string{
	"page not found", "page cannot be found", "page could not be found", "page can't be found",
	"page does not exist", "page doesn't exist", "page no longer exists", "no longer available",
	"404 not found", "error 404", "404 error", "nothing was found",
	"page introuvable", "page non trouvée", "n'existe pas", "n’existe pas",
	"seite nicht gefunden", "nicht gefunden", "página no encontrada", "pagina non trovata",
	"ページが見つかりません", "お探しのページ",
}

// soft404 reports whether a 2xx response is a "not found" page in
// disguise: a redirect from a deeper page to the site's home page, or an
// HTML page whose title or first heading says not found.
func soft404(hops []*hop, contentType string, body []byte) bool {
	if len(hops) > 1 {
		first, err1 := url.Parse(hops[0].URL)
		last, err2 := url.Parse(hops[len(hops)-1].URL)
		if err1 == nil && err2 == nil && home(last.Path) && !home(first.Path) {
			return true
		}
	}
	ct := strings.ToLower(contentType)
	if ct != "" && !strings.Contains(ct, "html") {
		return false
	}
	for _, text := range titleAndHeading(body) {
		t := strings.ToLower(strings.Join(strings.Fields(text), " "))
		for _, p := range notFoundPhrases {
			if strings.Contains(t, p) {
				return true
			}
		}
		if len(t) <= 40 && (strings.Contains(t, "not found") || strings.HasPrefix(t, "404")) {
			return true
		}
	}
	return false
}

// titleAndHeading returns the text of the first <title> and <h1> in the
// first 64 KiB of an HTML page. It finds them with plain byte searches
// rather than an HTML tokenizer: it runs on every page fetched, and
// tokenizing was a third of the crawler's CPU time (see BenchmarkCrawl).
func titleAndHeading(body []byte) []string {
	if len(body) > 64<<10 {
		body = body[:64<<10]
	}
	var out []string
	for _, tag := range []string{"title", "h1"} {
		if text, ok := element(body, tag); ok {
			out = append(out, text)
		}
	}
	return out
}

// element returns the text inside the first <tag ...>...</tag> of b, with
// inner tags removed and entities decoded. Tag names are matched in lower
// or upper case.
func element(b []byte, tag string) (string, bool) {
	i := indexTag(b, "<"+tag)
	if i < 0 {
		return "", false
	}
	rest := b[i+1+len(tag):]
	if len(rest) == 0 || (rest[0] != '>' && rest[0] != ' ' && rest[0] != '\t' && rest[0] != '\n' && rest[0] != '\r') {
		return "", false // <h1x>, <titles>
	}
	gt := bytes.IndexByte(rest, '>')
	if gt < 0 {
		return "", false
	}
	rest = rest[gt+1:]
	end := indexTag(rest, "</"+tag)
	if end < 0 || end > 4096 {
		return "", false
	}
	inner := rest[:end]
	var text strings.Builder
	for len(inner) > 0 {
		lt := bytes.IndexByte(inner, '<')
		if lt < 0 {
			text.Write(inner)
			break
		}
		text.Write(inner[:lt])
		text.WriteByte(' ')
		gt := bytes.IndexByte(inner[lt:], '>')
		if gt < 0 {
			break
		}
		inner = inner[lt+gt+1:]
	}
	return html.UnescapeString(text.String()), true
}

// indexTag finds s (which starts with '<') in b, ignoring ASCII case, in
// one pass over the '<' of b.
func indexTag(b []byte, s string) int {
	for i := 0; ; {
		j := bytes.IndexByte(b[i:], '<')
		if j < 0 {
			return -1
		}
		i += j
		if len(b)-i >= len(s) && bytes.EqualFold(b[i:i+len(s)], []byte(s)) {
			return i
		}
		i++
	}
}

// Import stores body, a copy of url that a user saved (a page behind a
// bot wall, say), as a resource record marked with warc.FieldImported, and
// records it in the catalog as an OutcomeImported snapshot, which it
// returns with Body set. An empty contentType is sniffed. It returns an
// error wrapping citewatch.ErrInvalid for a bad URL or an empty body.
func (c *Crawler) Import(ctx context.Context, rawURL string, body []byte, contentType string) (citewatch.Snapshot, error) {
	if err := citewatch.ValidateURL(rawURL); err != nil {
		return citewatch.Snapshot{}, fmt.Errorf("crawl: import: %w", err)
	}
	if len(body) == 0 {
		return citewatch.Snapshot{}, fmt.Errorf("%w: crawl: import %s: empty file", citewatch.ErrInvalid, rawURL)
	}
	if contentType == "" {
		contentType = http.DetectContentType(body)
	}
	now := time.Now().UTC()
	rec := warc.NewResource(rawURL, contentType, body)
	rec.SetDate(now)
	rec.Header.Set(warc.FieldImported, "true")
	locs, err := c.w.Write(rec)
	if err != nil {
		return citewatch.Snapshot{}, fmt.Errorf("crawl: import %s: %w", rawURL, err)
	}
	s := citewatch.Snapshot{
		URL:           rawURL,
		FetchedAt:     now,
		ContentType:   contentType,
		PayloadDigest: rec.PayloadDigest(),
		WARCFile:      locs[0].File,
		WARCOffset:    locs[0].Offset,
		WARCRecordID:  rec.ID(),
		Outcome:       citewatch.OutcomeImported,
	}
	if err := c.cat.RecordFetches(ctx, []citewatch.Snapshot{s}); err != nil {
		return citewatch.Snapshot{}, fmt.Errorf("crawl: import %s: %w", rawURL, err)
	}
	s.Body = body
	return s, nil
}
