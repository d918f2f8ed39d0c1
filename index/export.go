package index

import (
	"context"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"strconv"
	"time"

	"github.com/citewatch/citewatch"
	"github.com/citewatch/citewatch/internal/safetext"
)

// Export writes every indexed fact with its citation to w, in ID order:
// format "jsonl" writes one citewatch.Fact as JSON per line, "csv" a header
// and one flat row per fact for spreadsheets. It returns an error wrapping
// citewatch.ErrInvalid for another format. It is safe for concurrent use.
func (ix *Index) Export(ctx context.Context, w io.Writer, format string) error {
	switch format {
	case "jsonl":
		enc := json.NewEncoder(w)
		return ix.scanFacts(ctx, term(fieldType, typeFact), func(sf storedFact) error {
			if err := enc.Encode(sf.Fact); err != nil {
				return fmt.Errorf("index: export: %w", err)
			}
			return nil
		})
	case "csv":
		cw := csv.NewWriter(w)
		if err := cw.Write(csvHeader); err != nil {
			return fmt.Errorf("index: export: %w", err)
		}
		err := ix.scanFacts(ctx, term(fieldType, typeFact), func(sf storedFact) error {
			return cw.Write(csvRow(sf))
		})
		cw.Flush()
		if err == nil {
			err = cw.Error()
		}
		if err != nil {
			return fmt.Errorf("index: export: %w", err)
		}
		return nil
	}
	return fmt.Errorf("%w: index: export format %q: want jsonl or csv", citewatch.ErrInvalid, format)
}

var csvHeader = []string{
	"id", "treaty", "event", "party", "date", "date_precision", "date_resolved", "place", "count", "as_of",
	"source", "source_kind", "language", "url", "title", "publisher", "published", "warc_record_id", "fetched_at",
	"quote", "span_start", "span_end", "extractor", "extractor_version",
}

func csvRow(sf storedFact) []string {
	f, c := sf.Fact, sf.Fact.Citation
	count := ""
	if f.Count != 0 || f.Event.Counts() {
		count = strconv.Itoa(f.Count)
	}
	fetched := ""
	if !c.FetchedAt.IsZero() {
		fetched = c.FetchedAt.UTC().Format(time.RFC3339)
	}
	row := []string{
		f.ID, f.Treaty, string(f.Event), f.Party, f.Date.String(), string(f.Date.Precision), f.Date.Resolved, f.Place, count, f.AsOf.String(),
		sf.Source, sf.Kind, sf.Language, c.URL, c.Title, c.Publisher, c.Published.String(), c.WARCRecordID, fetched,
		c.Quote, strconv.Itoa(c.Span.Start), strconv.Itoa(c.Span.End), c.Extractor, c.ExtractorVersion,
	}
	// Quotes and titles are the cited page's text: no cell may be read
	// as a formula or carry control characters.
	for i, cell := range row {
		row[i] = safetext.CSVCell(cell)
	}
	return row
}
