package crawl_test

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"strings"

	"github.com/rs/zerolog"

	"github.com/citewatch/citewatch"
	"github.com/citewatch/citewatch/crawl"
)

// catalog is the smallest Catalog: it knows nothing and records nothing.
type catalog struct{}

func (catalog) List(context.Context) ([]citewatch.Source, error) { return nil, nil }

func (catalog) LastContent(context.Context, string) (citewatch.Snapshot, error) {
	return citewatch.Snapshot{}, citewatch.ErrNotFound
}

func (catalog) RecordFetches(context.Context, []citewatch.Snapshot) error { return nil }

func ExampleCrawler_Crawl() {
	// A stand-in for www.coe.int on loopback.
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/robots.txt":
			fmt.Fprint(w, "User-agent: *\nDisallow: /admin/\n")
		case "/en/web/artificial-intelligence":
			fmt.Fprint(w, "<title>Framework Convention</title><p>Opened for signature on 5 September 2024.</p>")
		default:
			http.NotFound(w, r)
		}
	}))
	defer srv.Close()
	dir, err := os.MkdirTemp("", "warc")
	if err != nil {
		fmt.Println(err)
		return
	}
	defer func() {
		if err := os.RemoveAll(dir); err != nil {
			fmt.Println(err)
		}
	}()

	cfg := crawl.DefaultConfig(dir)
	cfg.Delay = 0
	cfg.AllowPrivate = true // the test server is on loopback
	cfg.Resolve = map[string]string{"www.coe.int": strings.TrimPrefix(srv.URL, "http://")}
	c, err := crawl.New(cfg, catalog{}, zerolog.Nop())
	if err != nil {
		fmt.Println(err)
		return
	}
	defer func() {
		if err := c.Close(); err != nil {
			fmt.Println(err)
		}
	}()
	urls := []string{
		"http://www.coe.int/en/web/artificial-intelligence",
		"http://www.coe.int/admin/settings",
		"http://www.coe.int/en/web/gone",
	}
	var results []string
	err = c.Crawl(context.Background(), urls, func(_ context.Context, s citewatch.Snapshot) error {
		results = append(results, fmt.Sprintf("%s: %s, %s, %d bytes", s.URL, s.Outcome, s.Health, len(s.Body)))
		return nil
	})
	if err != nil {
		fmt.Println(err)
	}
	for _, u := range urls { // handle runs in no fixed order
		for _, r := range results {
			if strings.HasPrefix(r, u+":") {
				fmt.Println(r)
			}
		}
	}
	// Output:
	// http://www.coe.int/en/web/artificial-intelligence: fetched, ok, 83 bytes
	// http://www.coe.int/admin/settings: robots, robots, 0 bytes
	// http://www.coe.int/en/web/gone: failed, gone, 0 bytes
}
