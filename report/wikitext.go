package report

import (
	"fmt"
	"io"
	"net/http"
	"net/url"
	"strings"
	"time"

	"github.com/citewatch/citewatch"
	"github.com/citewatch/citewatch/verify"
)

// sourceLine says in words what the check knew of a source: its title and
// date, when it was fetched, where it is archived, and the archived copy
// it was read from when it is gone.
func sourceLine(s verify.SourceInfo) string {
	var parts []string
	if s.Title != "" {
		parts = append(parts, fmt.Sprintf("%q", s.Title))
	}
	if !s.Published.IsZero() {
		parts = append(parts, "published "+s.Published.String())
	}
	switch {
	case !s.Fetched.IsZero():
		parts = append(parts, "fetched "+s.Fetched.UTC().Format(time.RFC3339))
	case s.WARCFile == "" && s.WARCRecordID == "":
		parts = append(parts, "not archived")
	}
	if s.WARCFile != "" || s.WARCRecordID != "" {
		parts = append(parts, "archived as "+strings.TrimSpace(s.WARCFile+" "+s.WARCRecordID))
	}
	if s.Health != "" && s.Health != citewatch.HealthOK {
		parts = append(parts, "link "+string(s.Health))
	}
	if s.Memento != nil {
		parts = append(parts, "read from the web archive's copy at "+s.Memento.URL)
	}
	return strings.Join(parts, "; ")
}

// writeWikitext writes one {{cite web}} line per cited source: url, title,
// website, date, access-date (the fetch), archive-url and archive-date (a
// memento where the source is gone, else the document's own archive-url),
// and url-status; a comment after each line gives the verdicts on it.
func writeWikitext(w io.Writer, r *verify.Report) error {
	e := &errWriter{w: w}
	verdicts := map[string][]string{}
	for _, c := range r.Claims {
		for _, v := range c.Verdicts {
			verdicts[v.Ref] = append(verdicts[v.Ref], c.Claim.ID+" "+string(v.Label))
		}
	}
	for _, s := range r.Sources {
		p := [][2]string{{"url", s.URL}, {"title", s.Title}, {"website", website(s.URL)}}
		if !s.Published.IsZero() {
			p = append(p, [2]string{"date", s.Published.String()})
		}
		if !s.Fetched.IsZero() {
			p = append(p, [2]string{"access-date", s.Fetched.UTC().Format(time.DateOnly)})
		} else if s.AccessDate != "" {
			p = append(p, [2]string{"access-date", s.AccessDate})
		}
		switch {
		case s.Memento != nil:
			p = append(p, [2]string{"archive-url", s.Memento.URL})
			if t, err := http.ParseTime(s.Memento.Datetime); err == nil {
				p = append(p, [2]string{"archive-date", t.UTC().Format(time.DateOnly)})
			}
		case s.ArchiveURL != "":
			p = append(p, [2]string{"archive-url", s.ArchiveURL})
		}
		status := "live"
		if s.Health.Failed() {
			status = "dead"
		}
		p = append(p, [2]string{"url-status", status})
		var b strings.Builder
		b.WriteString("{{cite web")
		for _, kv := range p {
			if kv[1] != "" {
				fmt.Fprintf(&b, " |%s=%s", kv[0], wikiValue(kv[1]))
			}
		}
		b.WriteString("}}")
		e.printf("* [%s] %s", s.Ref, b.String())
		if v := verdicts[s.Ref]; len(v) > 0 {
			e.printf(" <!-- citewatch: %s -->", strings.ReplaceAll(strings.Join(v, ", "), "--", "- -"))
		}
		e.printf("\n")
	}
	return e.result()
}

// website is a URL's host without "www.".
func website(raw string) string {
	u, err := url.Parse(raw)
	if err != nil {
		return ""
	}
	return strings.TrimPrefix(u.Hostname(), "www.")
}

// wikiValue makes a template parameter's value safe: no pipes, no braces
// that would close the template, no line breaks.
func wikiValue(s string) string {
	return strings.NewReplacer("|", "{{!}}", "}}", "} }", "{{", "{ {", "\n", " ", "\r", " ").Replace(s)
}
