package ingest

import (
	"context"
	"errors"
	"fmt"
	"reflect"
	"slices"
	"testing"
	"time"

	"github.com/citewatch/citewatch"
)

// The doubles below stand for the stages; each records what it was asked.

type fakeExtractor struct{ fail map[string]error }

func (x fakeExtractor) Extract(ctx context.Context, s citewatch.Snapshot) (*citewatch.Document, []citewatch.Fact, error) {
	if err := x.fail[s.URL]; err != nil {
		return nil, nil, err
	}
	doc := &citewatch.Document{URL: s.URL}
	return doc, []citewatch.Fact{{Treaty: "CETS-225", Event: citewatch.EventSigned}, {Treaty: "CETS-225", Event: citewatch.EventAdopted}}, nil
}

type fakeIndex struct {
	put     []string
	held    map[string]string // url → digest
	rebuilt []string
	putErr  error
}

func (ix *fakeIndex) Put(ctx context.Context, doc *citewatch.Document, facts []citewatch.Fact) error {
	if ix.putErr != nil {
		return ix.putErr
	}
	ix.put = append(ix.put, doc.URL)
	return nil
}

func (ix *fakeIndex) Indexed(ctx context.Context, url, digest string) bool {
	return ix.held[url] == digest && digest != ""
}

func (ix *fakeIndex) Rebuild(ctx context.Context, each func(yield func(*citewatch.Document, []citewatch.Fact) error) error) error {
	var urls []string
	if err := each(func(doc *citewatch.Document, _ []citewatch.Fact) error {
		urls = append(urls, doc.URL)
		return nil
	}); err != nil {
		return err
	}
	ix.rebuilt = urls
	return nil
}

type fakeArchive struct {
	pages   map[string]string // url → body
	damaged error             // returned by Archived after every page
}

func (a fakeArchive) Load(s citewatch.Snapshot) (citewatch.Snapshot, error) {
	body, ok := a.pages[s.URL]
	if !ok {
		return s, fmt.Errorf("%w: no record for %s", citewatch.ErrNotFound, s.URL)
	}
	s.Body = []byte(body)
	return s, nil
}

func (a fakeArchive) Archived(ctx context.Context, fn func(citewatch.Snapshot) error) error {
	urls := make([]string, 0, len(a.pages))
	for u := range a.pages {
		urls = append(urls, u)
	}
	slices.Sort(urls)
	for _, u := range urls {
		if err := fn(citewatch.Snapshot{URL: u, Body: []byte(a.pages[u])}); err != nil {
			return err
		}
	}
	return a.damaged
}

type fakeCatalog struct {
	sources []string
	content map[string]string // url → payload digest of its last content
	due     []string
	limits  []int // the limit of each Due call
}

func (c *fakeCatalog) List(ctx context.Context) ([]citewatch.Source, error) {
	var out []citewatch.Source
	for _, u := range c.sources {
		out = append(out, citewatch.Source{URL: u})
	}
	return out, nil
}

func (c *fakeCatalog) Due(ctx context.Context, now time.Time, limit int) ([]citewatch.Source, error) {
	c.limits = append(c.limits, limit)
	var out []citewatch.Source
	for _, u := range c.due {
		out = append(out, citewatch.Source{URL: u})
	}
	return out, nil
}

func (c *fakeCatalog) LastContent(ctx context.Context, url string) (citewatch.Snapshot, error) {
	d, ok := c.content[url]
	if !ok {
		return citewatch.Snapshot{}, fmt.Errorf("%w: %s", citewatch.ErrNotFound, url)
	}
	return citewatch.Snapshot{URL: url, PayloadDigest: d, WARCFile: "a.warc.gz"}, nil
}

// notHTML says a body starting with "%PDF" is no page.
func notHTML(s citewatch.Snapshot) error {
	if len(s.Body) >= 4 && string(s.Body[:4]) == "%PDF" {
		return errors.New("application/pdf content is not an HTML or text page")
	}
	return nil
}

func newPipeline(ix *fakeIndex, x fakeExtractor) (*Pipeline, *[]*PageError) {
	var reported []*PageError
	return &Pipeline{Extractor: x, Index: ix, Page: notHTML, Report: func(e *PageError) { reported = append(reported, e) }}, &reported
}

func TestAddIndexesPagesAndReportsTheRest(t *testing.T) {
	ix := &fakeIndex{}
	broken := errors.New("no main text")
	p, reported := newPipeline(ix, fakeExtractor{fail: map[string]error{"https://b.example/broken": broken}})
	ctx := context.Background()
	for _, s := range []citewatch.Snapshot{
		{URL: "https://a.example/page", Body: []byte("<p>signed</p>")},
		{URL: "https://a.example/revisit"}, // no new content
		{URL: "https://a.example/report.pdf", Body: []byte("%PDF-1.7")},
		{URL: "https://b.example/broken", Body: []byte("<p></p>")},
	} {
		if err := p.Add(ctx, s); err != nil {
			t.Fatalf("Add(%s) = %v", s.URL, err)
		}
	}
	if want := []string{"https://a.example/page"}; !reflect.DeepEqual(ix.put, want) {
		t.Errorf("indexed %v, want %v", ix.put, want)
	}
	if got, want := p.Tally(), (Tally{Pages: 1, Facts: 2, NotPages: 1, Failed: 1}); got != want {
		t.Errorf("Tally() = %+v, want %+v", got, want)
	}
	if len(*reported) != 2 {
		t.Fatalf("reported %v, want the PDF and the broken page", *reported)
	}
	if e := (*reported)[0]; e.Step != NotPage || e.URL != "https://a.example/report.pdf" {
		t.Errorf("first report %v, want the PDF as not a page", e)
	}
	if e := (*reported)[1]; e.Step != NotExtracted || !errors.Is(e, broken) {
		t.Errorf("second report %v, want the broken page as not extracted, wrapping the extractor's error", e)
	}
	if got, want := (*reported)[1].Error(), "https://b.example/broken: not extracted: no main text"; got != want {
		t.Errorf("Error() = %q, want %q", got, want)
	}
}

func TestAddReturnsIndexAndContextErrors(t *testing.T) {
	full := errors.New("disk full")
	p, _ := newPipeline(&fakeIndex{putErr: full}, fakeExtractor{})
	if err := p.Add(context.Background(), citewatch.Snapshot{URL: "https://a.example/", Body: []byte("x")}); !errors.Is(err, full) {
		t.Errorf("Add with a failing index = %v, want the index's error", err)
	}

	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	p, reported := newPipeline(&fakeIndex{}, fakeExtractor{fail: map[string]error{"https://a.example/": context.Canceled}})
	if err := p.Add(ctx, citewatch.Snapshot{URL: "https://a.example/", Body: []byte("x")}); !errors.Is(err, context.Canceled) {
		t.Errorf("Add after cancel = %v, want context.Canceled", err)
	}
	if len(*reported) != 0 || p.Tally().Failed != 0 {
		t.Errorf("a cancelled extraction was counted as a failed page: %v", *reported)
	}
}

func TestCatchUpIndexesWhatTheIndexLacks(t *testing.T) {
	cat := &fakeCatalog{
		sources: []string{"https://a.example/new", "https://a.example/held", "https://a.example/crawled", "https://a.example/never", "https://a.example/lost"},
		content: map[string]string{
			"https://a.example/new": "sha1:N", "https://a.example/held": "sha1:H",
			"https://a.example/crawled": "sha1:C", "https://a.example/lost": "sha1:L",
		},
	}
	ix := &fakeIndex{held: map[string]string{"https://a.example/held": "sha1:H"}}
	p, reported := newPipeline(ix, fakeExtractor{})
	p.Catalog = cat
	p.Archive = fakeArchive{pages: map[string]string{"https://a.example/new": "<p>n</p>", "https://a.example/held": "<p>h</p>"}}
	ctx := context.Background()
	// A crawl handed over this one: catch-up leaves it alone.
	if err := p.Add(ctx, citewatch.Snapshot{URL: "https://a.example/crawled"}); err != nil {
		t.Fatal(err)
	}
	if err := p.CatchUp(ctx, nil); err != nil {
		t.Fatalf("CatchUp = %v", err)
	}
	if want := []string{"https://a.example/new"}; !reflect.DeepEqual(ix.put, want) {
		t.Errorf("indexed %v, want %v", ix.put, want)
	}
	if len(*reported) != 1 || (*reported)[0].Step != Unreadable || (*reported)[0].URL != "https://a.example/lost" {
		t.Errorf("reported %v, want the lost page's archived copy as unreadable", *reported)
	}
	if got := p.Tally(); got.Pages != 1 || got.Failed != 1 {
		t.Errorf("Tally() = %+v, want 1 page and 1 failure", got)
	}

	// Given URLs, only those are looked at.
	ix.put = nil
	p, _ = newPipeline(ix, fakeExtractor{})
	p.Catalog, p.Archive = cat, fakeArchive{pages: map[string]string{"https://a.example/new": "<p>n</p>"}}
	if err := p.CatchUp(ctx, []string{"https://a.example/never"}); err != nil || len(ix.put) != 0 {
		t.Errorf("CatchUp of a URL with nothing archived: %v, indexed %v", err, ix.put)
	}
}

func TestRebuildKeepsWhatIsReadableAndReturnsTheDamage(t *testing.T) {
	damage := fmt.Errorf("crawl: a.warc.gz at offset 10: %w", citewatch.ErrDamaged)
	ix := &fakeIndex{}
	p, reported := newPipeline(ix, fakeExtractor{fail: map[string]error{"https://a.example/c": errors.New("no text")}})
	p.Archive = fakeArchive{damaged: damage, pages: map[string]string{
		"https://a.example/a": "<p>a</p>", "https://a.example/b.pdf": "%PDF", "https://a.example/c": "<p></p>", "https://a.example/d": "<p>d</p>",
	}}
	var each []string
	err := p.Rebuild(context.Background(), func(doc *citewatch.Document, _ []citewatch.Fact) error {
		each = append(each, doc.URL)
		return nil
	})
	if !errors.Is(err, citewatch.ErrDamaged) {
		t.Errorf("Rebuild = %v, want the archive's damage", err)
	}
	want := []string{"https://a.example/a", "https://a.example/d"}
	if !reflect.DeepEqual(ix.rebuilt, want) {
		t.Errorf("rebuilt index holds %v, want %v (the new index is swapped in despite the damage)", ix.rebuilt, want)
	}
	if !reflect.DeepEqual(each, want) {
		t.Errorf("each got %v, want %v", each, want)
	}
	if got := p.Tally(); got != (Tally{Pages: 2, Facts: 4, NotPages: 1, Failed: 1}) || len(*reported) != 2 {
		t.Errorf("Tally() = %+v, reported %v", got, *reported)
	}

	// Any other error of the archive's stops the rebuild: no new index.
	ix = &fakeIndex{}
	p, _ = newPipeline(ix, fakeExtractor{})
	broken := errors.New("permission denied")
	p.Archive = fakeArchive{damaged: broken, pages: map[string]string{"https://a.example/a": "<p>a</p>"}}
	if err := p.Rebuild(context.Background(), nil); !errors.Is(err, broken) || ix.rebuilt != nil {
		t.Errorf("Rebuild over an unreadable archive = %v, rebuilt %v; want the error and no new index", err, ix.rebuilt)
	}
}

// fakeCrawler hands each URL to handle as a fetched page and records the
// rounds it was asked for.
type fakeCrawler struct {
	rounds [][]string
	after  func(round int) // called after each round
}

func (c *fakeCrawler) Crawl(ctx context.Context, urls []string, handle func(context.Context, citewatch.Snapshot) error) error {
	c.rounds = append(c.rounds, slices.Clone(urls))
	for _, u := range urls {
		if err := handle(ctx, citewatch.Snapshot{URL: u, Body: []byte("<p>x</p>")}); err != nil {
			return err
		}
	}
	if c.after != nil {
		c.after(len(c.rounds))
	}
	return nil
}

func TestCrawlTakesTheURLsAndTheDueSources(t *testing.T) {
	asked := []string{"https://a.example/1"}
	for _, tc := range []struct {
		name   string
		urls   []string
		s      Schedule
		want   []string
		limits []int
	}{
		{"URLs only", asked, Schedule{}, asked, nil},
		{"no URLs: the due sources", nil, Schedule{Limit: 5}, []string{"https://d.example/1", "https://d.example/2"}, []int{5}},
		{"URLs and --due", asked, Schedule{Due: true}, []string{"https://a.example/1", "https://d.example/1", "https://d.example/2"}, []int{0}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			cat := &fakeCatalog{due: []string{"https://d.example/1", "https://d.example/2"}}
			ix := &fakeIndex{}
			p, _ := newPipeline(ix, fakeExtractor{})
			p.Catalog = cat
			cr := &fakeCrawler{}
			if err := p.Crawl(context.Background(), cr, tc.urls, tc.s); err != nil {
				t.Fatalf("Crawl = %v", err)
			}
			if len(cr.rounds) != 1 || !reflect.DeepEqual(cr.rounds[0], tc.want) {
				t.Errorf("rounds %v, want one of %v", cr.rounds, tc.want)
			}
			if !reflect.DeepEqual(cat.limits, tc.limits) {
				t.Errorf("Due limits %v, want %v", cat.limits, tc.limits)
			}
			if !reflect.DeepEqual(ix.put, tc.want) {
				t.Errorf("indexed %v, want %v", ix.put, tc.want)
			}
		})
	}
}

func TestCrawlEveryRunsUntilCancelled(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	p, _ := newPipeline(&fakeIndex{}, fakeExtractor{})
	p.Catalog = &fakeCatalog{due: []string{"https://d.example/1"}}
	cr := &fakeCrawler{after: func(int) { cancel() }}
	err := p.Crawl(ctx, cr, nil, Schedule{Every: time.Hour})
	if !errors.Is(err, context.Canceled) || len(cr.rounds) != 1 {
		t.Errorf("Crawl every hour, cancelled in round 1 = %v after %d rounds; want context.Canceled after 1", err, len(cr.rounds))
	}
}

func TestScheduleValidate(t *testing.T) {
	for _, s := range []Schedule{{Every: time.Nanosecond}, {Every: -time.Second}, {Every: MinEvery - 1}, {Limit: -1}} {
		if err := s.Validate(); !errors.Is(err, citewatch.ErrInvalid) {
			t.Errorf("%+v.Validate() = %v, want ErrInvalid", s, err)
		}
	}
	for _, s := range []Schedule{{}, {Every: MinEvery}, {Due: true, Limit: 10, Every: time.Hour}} {
		if err := s.Validate(); err != nil {
			t.Errorf("%+v.Validate() = %v, want nil", s, err)
		}
	}
	p, _ := newPipeline(&fakeIndex{}, fakeExtractor{})
	cr := &fakeCrawler{}
	if err := p.Crawl(context.Background(), cr, nil, Schedule{Every: time.Second}); !errors.Is(err, citewatch.ErrInvalid) || len(cr.rounds) != 0 {
		t.Errorf("Crawl with a bad schedule = %v after %d rounds; want ErrInvalid before any", err, len(cr.rounds))
	}
}
