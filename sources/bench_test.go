package sources

import (
	"context"
	"fmt"
	"path/filepath"
	"sync/atomic"
	"testing"
	"time"

	"github.com/citewatch/citewatch"
)

// BenchmarkRecordFetch measures recording one fetch, as the crawler does
// for every page.
func BenchmarkRecordFetch(b *testing.B) {
	ctx := context.Background()
	c := open(b, filepath.Join(b.TempDir(), "catalog.db"))
	snap := citewatch.Snapshot{Status: 200, FetchedAt: day0, Outcome: citewatch.OutcomeFetched, Health: citewatch.HealthOK,
		Header: map[string][]string{"Content-Type": {"text/html"}}, PayloadDigest: "sha1:UZY6ND6CCHXETFVJD2MSS7ZENMWF7KQ2",
		WARCFile: "citewatch-20250211100000-00000.warc.gz", WARCOffset: 1234, WARCRecordID: "<urn:uuid:8ace5b7f-1270-4aef-838b-982a6fefd9c0>"}
	i := 0
	for b.Loop() {
		snap.URL = fmt.Sprintf("https://example.org/%d", i%1000)
		snap.FetchedAt = day0.Add(time.Duration(i) * time.Second)
		i++
		if err := c.RecordFetch(ctx, snap); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkRecordFetchParallel measures recording fetches from many
// goroutines, as a crawl does: overlapping calls share a commit.
func BenchmarkRecordFetchParallel(b *testing.B) {
	ctx := context.Background()
	c := open(b, filepath.Join(b.TempDir(), "catalog.db"))
	b.SetParallelism(8)
	var n atomic.Int64
	b.RunParallel(func(pb *testing.PB) {
		for pb.Next() {
			i := n.Add(1)
			snap := citewatch.Snapshot{URL: fmt.Sprintf("https://example.org/%d", i%1000), Status: 200,
				FetchedAt: day0.Add(time.Duration(i) * time.Second), Outcome: citewatch.OutcomeFetched, Health: citewatch.HealthOK,
				WARCFile: "citewatch-20250211100000-00000.warc.gz", WARCOffset: i, WARCRecordID: "<urn:uuid:8ace5b7f-1270-4aef-838b-982a6fefd9c0>"}
			if err := c.RecordFetch(ctx, snap); err != nil {
				b.Error(err)
				return
			}
		}
	})
}

// BenchmarkRecordFetches measures recording fetches of new sources in
// batches of 256, as the crawler's catalog writer does; the figure is per
// fetch.
func BenchmarkRecordFetches(b *testing.B) {
	ctx := context.Background()
	c := open(b, filepath.Join(b.TempDir(), "catalog.db"))
	header := map[string][]string{"Content-Type": {"text/html"}, "Date": {"Tue, 11 Feb 2025 10:00:00 GMT"}, "Content-Length": {"30000"}}
	batch := make([]citewatch.Snapshot, 0, 256)
	i := 0
	for b.Loop() {
		batch = append(batch, citewatch.Snapshot{URL: fmt.Sprintf("https://example.org/page/%d", i), Status: 200,
			FetchedAt: day0.Add(time.Duration(i) * time.Millisecond), Outcome: citewatch.OutcomeFetched, Health: citewatch.HealthOK,
			Header: header, ContentType: "text/html", PayloadDigest: "sha1:UZY6ND6CCHXETFVJD2MSS7ZENMWF7KQ2",
			WARCFile: "citewatch-20250211100000-00000.warc.gz", WARCOffset: int64(i) * 9000, WARCRecordID: "<urn:uuid:8ace5b7f-1270-4aef-838b-982a6fefd9c0>"})
		i++
		if len(batch) == cap(batch) {
			if err := c.RecordFetches(ctx, batch); err != nil {
				b.Fatal(err)
			}
			batch = batch[:0]
		}
	}
	if err := c.RecordFetches(ctx, batch); err != nil {
		b.Fatal(err)
	}
}
