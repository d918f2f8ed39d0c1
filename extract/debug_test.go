package extract

import (
	"context"
	"os"
	"strings"
	"testing"

	"github.com/rs/zerolog"

	"github.com/citewatch/citewatch"
	"github.com/citewatch/citewatch/internal/fixtureweb"
)

func TestDebugPage(t *testing.T) {
	want := os.Getenv("PAGE")
	if want == "" {
		t.Skip()
	}
	pages, _ := fixtureweb.Pages()
	for _, p := range pages {
		if !strings.Contains(p.URL, want) {
			continue
		}
		doc, facts, _ := New(zerolog.Nop()).Extract(context.Background(), citewatch.Snapshot{URL: p.URL, Body: p.HTML, ContentType: p.ContentType})
		t.Logf("%s published=%s dateline=%s title=%q", p.URL, doc.Published, doc.Dateline, doc.Title)
		for _, s := range doc.Sentences {
			t.Logf("S %q", doc.Slice(s))
		}
		for _, f := range facts {
			t.Logf("F %s %s %s %s %d %q", f.Treaty, f.Event, f.Party, f.Date, f.Count, f.Citation.Quote[:min(60, len(f.Citation.Quote))])
		}
	}
}
