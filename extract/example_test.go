package extract_test

import (
	"context"
	"fmt"
	"time"

	"github.com/rs/zerolog"

	"github.com/citewatch/citewatch"
	"github.com/citewatch/citewatch/extract"
)

func ExampleExtractor_Extract() {
	page := `<html lang="en"><head><title>Japan signs AI convention</title>
<meta property="article:published_time" content="2025-02-12"></head><body><article>
<p>PARIS, Feb. 11 (Wire) -- Japan on Tuesday signed the Council of Europe Framework Convention
on Artificial Intelligence (CETS No. 225) at a ceremony in Paris.</p>
<p>The Convention was opened for signature in Vilnius on 5 September 2024.</p>
</article></body></html>`
	x := extract.New(zerolog.Nop())
	doc, facts, err := x.Extract(context.Background(), citewatch.Snapshot{
		URL: "https://wire.example.com/japan-ai", Body: []byte(page), ContentType: "text/html; charset=utf-8",
		FetchedAt: time.Date(2025, 2, 12, 9, 0, 0, 0, time.UTC), Outcome: citewatch.OutcomeFetched,
	})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println("published", doc.Published, "dateline", doc.Dateline)
	for _, f := range facts {
		fmt.Println(f.Treaty, f.Event, f.Party, f.Date, f.Place, "|", f.Date.Resolved)
	}
	// Output:
	// published 2025-02-12 dateline 2025-02-11
	// CETS-225 signed JPN 2025-02-11 Paris | Tuesday on or before dateline 2025-02-11
	// CETS-225 opened-for-signature  2024-09-05 Vilnius |
}
