package main

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"github.com/citewatch/citewatch"
	"github.com/citewatch/citewatch/crawl"
	"github.com/citewatch/citewatch/ingest"
	"github.com/citewatch/citewatch/verify"
	"github.com/citewatch/citewatch/watch"
)

// watchOptions are the flags of `citewatch watch`.
type watchOptions struct {
	crawl     crawlFlags
	every     time.Duration
	rounds    int
	events    string
	jsonl     bool
	timegate  string
	noMemento bool
}

// errChanged is the outcome of a watch that saw something change: exit
// status 1, so a cron job or CI can act on it.
var errChanged = fmt.Errorf("%w: something changed", errChecksFailed)

func newWatchCmd(g *globals) *cobra.Command {
	var o watchOptions
	cmd := &cobra.Command{
		Use:   "watch DOC...",
		Short: "Re-check what documents cite on a schedule and report what changed",
		Long: `Watch re-crawls every source the documents cite (whatever the catalog says is
due), re-verifies the documents, and reports only what changed since the
last round: a verdict that flipped (with both quotes), a source that died
or came back, a page whose facts changed (old and new facts).

The first round of a set of documents is the baseline; each round's state
is kept in the data directory, so a watch run from cron with --rounds 1
compares with the run before it. With --every it repeats until
interrupted (or for --rounds rounds).

Events are JSON lines: on standard output when it is not a terminal (or
with --jsonl), and appended to --events FILE; on a terminal each event is
one readable line.

Exit status: 0 when nothing changed, 1 when something did, 2 on error.`,
		Example: `  citewatch watch brief.md --every 24h --events changes.jsonl
  citewatch watch brief.md article.docx --rounds 1     # from cron`,
		Args: cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			return runWatch(cmd.Context(), o, g, args)
		},
	}
	addCrawlFlags(cmd, &o.crawl)
	f := cmd.Flags()
	f.DurationVar(&o.every, "every", 0, "repeat every this long (0: one round)")
	f.IntVar(&o.rounds, "rounds", 0, "stop after this many rounds (0: one round, or no limit with --every)")
	f.StringVar(&o.events, "events", "", "append events as JSON lines to this file")
	f.BoolVar(&o.jsonl, "jsonl", false, "print events as JSON lines even on a terminal")
	f.StringVar(&o.timegate, "memento", ingest.DefaultTimeGate, "web archive TimeGate (RFC 7089) asked for archived copies of dead sources")
	f.BoolVar(&o.noMemento, "no-memento", false, "do not look for archived copies of dead sources")
	return cmd
}

func runWatch(ctx context.Context, o watchOptions, g *globals, names []string) (err error) {
	if o.every < 0 || (o.every > 0 && o.every < ingest.MinEvery && o.rounds == 0) {
		return fmt.Errorf("%w: --every %v: want at least %v", citewatch.ErrInvalid, o.every, ingest.MinEvery)
	}
	if o.rounds < 0 {
		return fmt.Errorf("%w: --rounds %d: want 0 or more", citewatch.ErrInvalid, o.rounds)
	}
	cfg, err := o.crawl.config(g.archiveDir())
	if err != nil {
		return err
	}
	cfg.Force = true // the watch's schedule is its own
	var eventsFile io.Writer
	if o.events != "" {
		f, err := os.OpenFile(o.events, os.O_CREATE|os.O_APPEND|os.O_WRONLY, 0o644)
		if err != nil {
			return fmt.Errorf("%w: watch: --events: %v", citewatch.ErrInvalid, err)
		}
		defer closeJoin(&err, f) // the events written: a failed close may have lost them
		eventsFile = f
	}
	statePath := filepath.Join(g.dataDir, "watch", stateName(names)+".json")
	changed := false
	for round := 1; ; round++ {
		prev, err := watch.Load(statePath)
		if err != nil {
			return err
		}
		cur, claims, err := watchRound(ctx, o, cfg, g, names)
		if err != nil {
			return err
		}
		events := watch.Diff(prev, cur)
		if err := cur.Save(statePath); err != nil {
			return err
		}
		if len(events) > 0 {
			changed = true
		}
		if err := writeEvents(g, eventsFile, events, o.jsonl); err != nil {
			return err
		}
		what := fmt.Sprintf("%d events", len(events))
		if prev == nil {
			what = "baseline recorded"
		}
		fmt.Fprintf(g.stderr, "citewatch: watch round %d at %s: %d claims, %d sources checked; %s\n",
			round, cur.Checked.Format(time.RFC3339), claims, len(cur.Health), what)
		if o.every <= 0 || (o.rounds > 0 && round >= o.rounds) {
			break
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(o.every):
		}
	}
	if changed {
		return errChanged
	}
	return nil
}

// stateName names the state file of a set of documents.
func stateName(names []string) string {
	abs := make([]string, len(names))
	for i, n := range names {
		abs[i] = n
		if !isURLArg(n) && n != "-" {
			if a, err := filepath.Abs(n); err == nil {
				abs[i] = a
			}
		}
	}
	slices.Sort(abs)
	sum := sha256.Sum256([]byte(strings.Join(abs, "\n")))
	return hex.EncodeToString(sum[:8])
}

// watchRound crawls and verifies the documents once and returns what it
// found, and how many claims it checked.
func watchRound(ctx context.Context, o watchOptions, cfg crawl.Config, g *globals, names []string) (*watch.State, int, error) {
	docs, _, err := readLocalDocuments(reportOptions{format: "json", color: "never"}, g, names)
	if err != nil {
		return nil, 0, err
	}
	cur := &watch.State{Checked: time.Now().UTC()}
	claims := 0
	err = withStores(ctx, g, func(st *stores) error {
		var docURLs []string
		for _, d := range docs {
			if isURLArg(d.name) {
				docURLs = append(docURLs, d.name)
			}
		}
		if len(docURLs) > 0 {
			if err := crawlURLs(ctx, st, cfg, g, docURLs); err != nil {
				return err
			}
			for i := range docs {
				if isURLArg(docs[i].name) {
					docs[i].doc, docs[i].err = fetchedDocument(ctx, st, g, docs[i].name)
				}
			}
		}
		var urls []string
		for _, d := range docs {
			if d.err != nil {
				fmt.Fprintf(g.stderr, "citewatch: %v\n", d.err)
				continue
			}
			for _, u := range d.doc.CitedURLs() {
				if !slices.Contains(urls, u) {
					urls = append(urls, u)
				}
			}
		}
		if len(urls) > 0 {
			if err := crawlURLs(ctx, st, cfg, g, urls); err != nil {
				return err
			}
			if err := st.pipeline.CatchUp(ctx, urls); err != nil {
				return err
			}
			if !o.noMemento && len(cfg.Replay) == 0 { // a replay is offline
				if err := rescueDead(ctx, st, cfg, g, o.timegate, urls); err != nil {
					return err
				}
			}
		}
		v := verify.New(st.ix, st.ix, st.ex, st.cat, g.log)
		for _, d := range docs {
			if d.doc == nil {
				continue
			}
			r, err := v.Verify(ctx, d.doc)
			if err != nil {
				return err
			}
			cv := make([]watch.ClaimVerdicts, len(r.Claims))
			for i, c := range r.Claims {
				cv[i] = watch.ClaimVerdicts{Claim: c.Claim, Verdicts: c.Verdicts}
			}
			claims += len(r.Claims)
			cur.AddReport(d.name, cv)
		}
		for _, u := range urls {
			src, err := st.cat.Source(ctx, u)
			if err != nil {
				continue
			}
			facts, err := st.ix.Facts(ctx, citewatch.FactQuery{URLs: []string{u}})
			if err != nil {
				return err
			}
			cur.SetSource(u, src.Health, facts)
		}
		return nil
	})
	return cur, claims, err
}

// writeEvents prints events: JSON lines to the events file and to stdout
// when it is not a terminal (or with --jsonl), readable lines otherwise.
func writeEvents(g *globals, file io.Writer, events []watch.Event, jsonl bool) error {
	for _, e := range events {
		b, err := json.Marshal(e)
		if err != nil {
			return err
		}
		if file != nil {
			if _, err := fmt.Fprintf(file, "%s\n", b); err != nil {
				return fmt.Errorf("watch: --events: %w", err)
			}
		}
		if jsonl || !isTerminal(g.stdout) {
			fmt.Fprintf(g.stdout, "%s\n", b)
		} else {
			fmt.Fprintln(g.stdout, e.String())
		}
	}
	return nil
}
