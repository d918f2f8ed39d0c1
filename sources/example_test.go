package sources_test

import (
	"context"
	"fmt"
	"log"
	"os"
	"path/filepath"
	"time"

	"github.com/rs/zerolog"

	"github.com/citewatch/citewatch"
	"github.com/citewatch/citewatch/sources"
)

// A source is added, checked, and scheduled again.
func Example() {
	dir, err := os.MkdirTemp("", "sources-example")
	if err != nil {
		log.Fatal(err)
	}
	defer func() {
		if err := os.RemoveAll(dir); err != nil {
			log.Fatal(err)
		}
	}()
	ctx := context.Background()

	cat, err := sources.Open(ctx, filepath.Join(dir, "catalog.db"), zerolog.Nop())
	if err != nil {
		log.Fatal(err)
	}
	defer func() {
		if err := cat.Close(); err != nil {
			log.Fatal(err)
		}
	}()

	const url = "https://www.coe.int/en/web/portal/news"
	if _, err := cat.Add(ctx, url, "intergovernmental"); err != nil {
		log.Fatal(err)
	}
	at := time.Date(2025, 2, 11, 10, 0, 0, 0, time.UTC)
	if err := cat.RecordFetch(ctx, citewatch.Snapshot{
		URL: url, Status: 200, FetchedAt: at, Outcome: citewatch.OutcomeFetched, Health: citewatch.HealthOK,
		WARCFile: "citewatch-20250211100000-00000.warc.gz", WARCOffset: 512, WARCRecordID: "<urn:uuid:0b6e4a7e-1c5e-4e43-9d53-4f1f4a0e6a11>",
	}); err != nil {
		log.Fatal(err)
	}
	src, err := cat.Source(ctx, url)
	if err != nil {
		log.Fatal(err)
	}
	due, err := cat.Due(ctx, at.Add(12*time.Hour), 10)
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(src.Health, src.NextDue.Sub(at) > 21*time.Hour, len(due))
	// Output: ok true 0
}
