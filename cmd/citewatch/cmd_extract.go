package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"text/tabwriter"
	"time"
	"unicode/utf8"

	"github.com/spf13/cobra"

	"github.com/citewatch/citewatch"
	"github.com/citewatch/citewatch/crawl"
	"github.com/citewatch/citewatch/extract"
	"github.com/citewatch/citewatch/index"
	"github.com/citewatch/citewatch/sources"
)

// extractOptions are the flags of `citewatch extract`.
type extractOptions struct {
	url       string // the address of a saved FILE
	published string // the publication date of a FILE that states none
	json      bool
	all       bool // re-extract the whole archive
}

func newExtractCmd(g *globals) *cobra.Command {
	var o extractOptions
	cmd := &cobra.Command{
		Use:   "extract FILE|URL",
		Short: "Print the metadata and facts of one page",
		Long: `Extract reads one page and prints its metadata (title, site, publisher,
dates, language, canonical URL) and the dated treaty facts it states, each
with the sentence or table row it was read from.

FILE is a saved HTML page ("-" reads it from standard input): --url gives
the address it was saved from (used for the citation and to recognise the
site), --published its publication date when the page states none. URL is a
page already in the archive: its newest archived copy is read from the data
directory; nothing is fetched.`,
		Example: `  citewatch extract saved.html --url https://www.example.org/news/page --json
  curl -s https://www.example.org/news/page | citewatch extract - --url URL
  citewatch extract https://www.example.org/news/page   # its archived copy`,
		Args: func(cmd *cobra.Command, args []string) error {
			if o.all {
				return cobra.NoArgs(cmd, args)
			}
			return cobra.ExactArgs(1)(cmd, args)
		},
		RunE: func(cmd *cobra.Command, args []string) error {
			if o.all {
				return runExtractAll(cmd.Context(), o, g)
			}
			return runExtract(cmd.Context(), o, g, args)
		},
	}
	f := cmd.Flags()
	f.StringVar(&o.url, "url", "", "address of a saved FILE (default https://file.invalid/NAME)")
	f.StringVar(&o.published, "published", "", "publication date of a FILE that states none (YYYY-MM-DD, YYYY-MM or YYYY)")
	addJSONFlag(cmd, &o.json, "JSON output: {document, facts}; with --all one object per line")
	f.BoolVar(&o.all, "all", false, "re-extract every page of the archive and rebuild the index with the results")
	return cmd
}

func runExtract(ctx context.Context, o extractOptions, g *globals, args []string) error {
	var hints extract.Hints
	if o.published != "" {
		d, err := citewatch.ParseDate(o.published)
		if err != nil {
			return fmt.Errorf("extract: --published: %w", err)
		}
		hints.Published = d
	}
	var snap citewatch.Snapshot
	var err error
	if arg := args[0]; strings.HasPrefix(arg, "http://") || strings.HasPrefix(arg, "https://") {
		if o.url != "" {
			return fmt.Errorf("%w: extract: --url is for a saved FILE, not a URL", citewatch.ErrInvalid)
		}
		snap, err = archivedSnapshot(ctx, g, arg)
	} else {
		snap, err = fileSnapshot(arg, o.url, g.in)
	}
	if err != nil {
		return err
	}
	// An image or random bytes is no page, as the crawl pipeline judges.
	if err := crawl.Page(snap); err != nil {
		return fmt.Errorf("extract: %s: %w", args[0], err)
	}
	doc, facts, err := extract.New(g.log).ExtractWithHints(ctx, snap, hints)
	if err != nil {
		return err
	}
	if o.json {
		enc := json.NewEncoder(g.stdout)
		enc.SetIndent("", "  ")
		return enc.Encode(struct {
			Document *citewatch.Document `json:"document"`
			Facts    []citewatch.Fact    `json:"facts"`
		}{doc, facts})
	}
	return writeExtract(g.stdout, doc, facts)
}

// runExtractAll re-extracts the whole archive with the current extractor
// and rebuilds the index from it; with --json it prints one {document,
// facts} object per page (JSON lines).
func runExtractAll(ctx context.Context, o extractOptions, g *globals) error {
	var each func(*citewatch.Document, []citewatch.Fact) error
	if o.json {
		enc := json.NewEncoder(g.stdout)
		each = func(doc *citewatch.Document, facts []citewatch.Fact) error {
			return enc.Encode(struct {
				Document *citewatch.Document `json:"document"`
				Facts    []citewatch.Fact    `json:"facts"`
			}{doc, facts})
		}
	}
	return withIndex(g, func(ix *index.Index) error {
		p := newPipeline(g, extract.New(g.log), ix)
		if err := rebuildWithProgress(ctx, g, p, each); err != nil {
			return err
		}
		if !o.json {
			t := p.Tally()
			fmt.Fprintf(g.stdout, "extract: %d pages re-extracted, %d facts, %d pages not extracted; index rebuilt\n", t.Pages, t.Facts, t.Failed)
		}
		return nil
	})
}

// fileSnapshot reads a saved page as a snapshot of url; a file named "-"
// is read from stdin.
func fileSnapshot(file, url string, stdin io.Reader) (citewatch.Snapshot, error) {
	var body []byte
	var err error
	if file == "-" {
		body, err = readStdin(stdin, crawl.DefaultMaxDecoded)
	} else {
		body, err = readFile(file, crawl.DefaultMaxDecoded)
	}
	if err != nil {
		return citewatch.Snapshot{}, fmt.Errorf("extract: %w", err)
	}
	if url == "" {
		name := filepath.Base(file)
		if file == "-" {
			name = "stdin"
		}
		url = "https://file.invalid/" + name
	}
	if err := citewatch.ValidateURL(url); err != nil {
		return citewatch.Snapshot{}, fmt.Errorf("extract: --url: %w", err)
	}
	fetched := time.Now().UTC()
	if fi, _ := os.Stat(file); fi != nil && file != "-" {
		fetched = fi.ModTime().UTC()
	}
	return citewatch.Snapshot{URL: url, Body: body, FetchedAt: fetched, Outcome: citewatch.OutcomeImported, ContentType: fileContentType(file, body)}, nil
}

// fileContentType is the Content-Type a saved file is read as: a .txt file
// is a plain-text page (one paragraph per line), anything else is left to
// the extractor to sniff.
func fileContentType(file string, body []byte) string {
	if !strings.EqualFold(filepath.Ext(file), ".txt") {
		return ""
	}
	if utf8.Valid(body) {
		return "text/plain; charset=utf-8"
	}
	return "text/plain"
}

// archivedSnapshot loads the newest archived copy of url.
func archivedSnapshot(ctx context.Context, g *globals, url string) (citewatch.Snapshot, error) {
	if _, err := os.Stat(g.catalogPath()); errors.Is(err, os.ErrNotExist) {
		return citewatch.Snapshot{}, fmt.Errorf("%w: extract: %s: no catalog in %s (crawl it first, or give a saved FILE)", citewatch.ErrNotFound, url, g.dataDir)
	}
	cat, err := sources.Open(ctx, g.catalogPath(), g.log)
	if err != nil {
		return citewatch.Snapshot{}, err
	}
	defer func() { _ = cat.Close() }() // only read: closing loses nothing
	s, err := g.archive().Newest(ctx, cat, url)
	if err != nil {
		return citewatch.Snapshot{}, fmt.Errorf("extract: %s: %w", url, err)
	}
	return s, nil
}

// writeExtract prints a document's metadata and facts for a terminal.
func writeExtract(w io.Writer, doc *citewatch.Document, facts []citewatch.Fact) error {
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
	for _, kv := range [][2]string{
		{"url", doc.URL}, {"canonical", doc.CanonicalURL}, {"title", doc.Title}, {"site", doc.SiteName},
		{"publisher", doc.Publisher}, {"author", doc.Author}, {"language", doc.Language},
		{"published", doc.Published.String()}, {"modified", doc.Modified.String()}, {"dateline", doc.Dateline.String()},
		{"sentences", fmt.Sprint(len(doc.Sentences))}, {"facts", fmt.Sprint(len(facts))},
	} {
		if kv[1] != "" {
			fmt.Fprintf(tw, "%s:\t%s\n", kv[0], kv[1])
		}
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	if len(facts) == 0 {
		return nil
	}
	fmt.Fprintln(w)
	tw = tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "TREATY\tEVENT\tPARTY\tDATE\tPLACE\tCOUNT\tQUOTE")
	for _, f := range facts {
		count := ""
		if f.Count != 0 || f.Event == citewatch.EventSignatoryCount || f.Event == citewatch.EventPartyCount {
			count = fmt.Sprint(f.Count)
		}
		quote := f.Citation.Quote
		if len(quote) > 100 {
			quote = quote[:97] + "..."
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\t%s\t%q\n", f.Treaty, f.Event, f.Party, f.Date, f.Place, count, quote)
	}
	return tw.Flush()
}
