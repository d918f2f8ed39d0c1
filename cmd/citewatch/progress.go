package main

import (
	"context"
	"fmt"
	"time"

	"github.com/vbauerster/mpb/v8"
	"github.com/vbauerster/mpb/v8/decor"

	"github.com/citewatch/citewatch"
	"github.com/citewatch/citewatch/archive"
	"github.com/citewatch/citewatch/ingest"
)

// progressBar is a progress bar for a long job (crawl, index --rebuild,
// extract --all), drawn on stderr when stderr is a terminal: done and
// total, rate, time left, and what the job adds (failures). While it runs,
// everything written to stderr (log and error lines) prints above it.
// A nil *progressBar draws nothing: every method may be called on it.
type progressBar struct {
	p       *mpb.Progress
	bar     *mpb.Bar
	restore func()
}

// startProgress starts a bar named name for total items (0: not known
// yet), with extra appended when it is set. It returns nil, and draws
// nothing, when stderr is not a terminal or --quiet was given.
func (g *globals) startProgress(name string, total int64, extra func() string) *progressBar {
	if g.quiet || g.errSwitch == nil || !isTerminal(g.errSwitch) {
		return nil
	}
	p := mpb.New(mpb.WithOutput(g.errSwitch.base), mpb.WithWidth(24), mpb.WithRefreshRate(150*time.Millisecond))
	start := time.Now()
	appended := []decor.Decorator{
		// The average rate, also on the last drawing of a job shorter
		// than one refresh (mpb's AverageSpeed leaves that one blank).
		decor.Any(func(s decor.Statistics) string {
			return fmt.Sprintf("%.1f/s", float64(s.Current)/max(time.Since(start).Seconds(), 1e-3))
		}, decor.WC{C: decor.DextraSpace}),
		decor.OnComplete(decor.AverageETA(decor.ET_STYLE_GO, decor.WC{C: decor.DextraSpace}), ""),
	}
	if extra != nil {
		appended = append(appended, decor.Any(func(decor.Statistics) string { return extra() }, decor.WC{C: decor.DextraSpace}))
	}
	bar := p.AddBar(total,
		mpb.PrependDecorators(decor.Name(name, decor.WC{C: decor.DindentRight | decor.DextraSpace}), decor.CountersNoUnit("%d/%d")),
		mpb.AppendDecorators(appended...),
	)
	return &progressBar{p: p, bar: bar, restore: g.errSwitch.divert(p)}
}

// increment counts one item done.
func (b *progressBar) increment() {
	if b != nil {
		b.bar.Increment()
	}
}

// set sets the items done and the total.
func (b *progressBar) set(done, total int64) {
	if b != nil {
		b.bar.SetTotal(total, false)
		b.bar.SetCurrent(done)
	}
}

// done completes the bar, waits for its last drawing, and gives stderr back.
func (b *progressBar) done() {
	if b == nil {
		return
	}
	b.bar.SetTotal(-1, true)
	b.p.Wait()
	b.restore()
}

// counted renders "3 failed" for extra decorators; "" for none.
func counted(n int, what string) string {
	if n == 0 {
		return ""
	}
	return fmt.Sprintf("%d %s", n, what)
}

// rebuildWithProgress runs p.Rebuild with a progress bar over the
// archive's pages (see startProgress).
func rebuildWithProgress(ctx context.Context, g *globals, p *ingest.Pipeline, each func(*citewatch.Document, []citewatch.Fact) error) error {
	bar := g.startProgress("index", 0, nil)
	if bar != nil {
		bar.set(0, archivedPages(g.archive()))
		p.Archive = progressArchive{Archive: p.Archive, bar: bar}
	}
	defer bar.done()
	return p.Rebuild(ctx, each)
}

// progressArchive counts each archived page read on a progress bar.
type progressArchive struct {
	ingest.Archive
	bar *progressBar
}

func (a progressArchive) Archived(ctx context.Context, fn func(citewatch.Snapshot) error) error {
	return a.Archive.Archived(ctx, func(s citewatch.Snapshot) error {
		defer a.bar.increment()
		return fn(s)
	})
}

// archivedPages counts the archive's response and resource records, the
// pages a rebuild reads, for its progress bar.
func archivedPages(st archive.Store) int64 {
	files, _ := st.List() // damage is the rebuild's to report
	var n int64
	for _, f := range files {
		n += int64(f.Records["response"] + f.Records["resource"])
	}
	return n
}
