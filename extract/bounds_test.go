package extract

import (
	"bytes"
	"context"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/rs/zerolog"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/japanese"

	"github.com/citewatch/citewatch"
)

func snapshot(url, contentType string, body []byte) citewatch.Snapshot {
	return citewatch.Snapshot{URL: url, ContentType: contentType, Body: body, Outcome: citewatch.OutcomeFetched,
		FetchedAt: time.Date(2025, 2, 12, 8, 0, 0, 0, time.UTC), WARCRecordID: "<urn:uuid:00000000-0000-0000-0000-000000000001>"}
}

const article = `<html lang="en"><head><title>Japan signs AI convention</title>
<meta property="article:published_time" content="2025-02-11T10:00:00Z"></head><body><article>
<h1>Japan signs AI convention</h1>
<p>Paris, Feb. 11 (Wire)--Japan on Tuesday signed the Council of Europe Framework Convention on Artificial Intelligence (CETS No. 225), joining the eleven signatories that had already signed it.</p>
<p>The Convention was opened for signature on 5 September 2024 in Vilnius. It enters into force on the first day of the month once three months have passed from the day five signatories expressed their consent to be bound.</p>
</article></body></html>`

func TestExtractBounds(t *testing.T) {
	x := New(zerolog.Nop())
	deep := strings.Repeat("<div>", 10000) + "<p>Japan signed CETS No. 225 on 11 February 2025.</p>" + strings.Repeat("</div>", 10000)
	big := strings.Replace(article, "<article>", "<article>"+strings.Repeat("<p>Filler text about nothing in particular, repeated to make the page large.</p>\n", 5<<20/80), 1)
	invalid := []byte(strings.Replace(article, "Japan on Tuesday", "Japan \xff\xfe on Tuesday", 1))
	tests := []struct {
		name string
		body []byte
		fact bool // a signed fact must survive
	}{
		{"deep nesting", []byte("<html><body>" + deep + "</body></html>"), true},
		{"5 MB page", []byte(big), true},
		{"invalid UTF-8", invalid, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
			defer cancel()
			doc, facts, err := x.Extract(ctx, snapshot("https://example.org/a", "text/html", tt.body))
			if err != nil {
				t.Fatal(err)
			}
			if !utf8.ValidString(doc.Text) {
				t.Error("Text is not valid UTF-8")
			}
			if err := doc.Validate(); err != nil {
				t.Error(err)
			}
			if tt.fact && !hasFact(facts, "CETS-225", citewatch.EventSigned, "JPN") {
				t.Errorf("no signed fact for JPN among %d facts", len(facts))
			}
		})
	}
}

func hasFact(facts []citewatch.Fact, treaty string, ev citewatch.Event, party string) bool {
	for _, f := range facts {
		if f.Treaty == treaty && f.Event == ev && f.Party == party {
			return true
		}
	}
	return false
}

func TestExtractTruncatesHugePages(t *testing.T) {
	body := bytes.Repeat([]byte("<p>aaaa aaaa aaaa aaaa.</p>"), (MaxDecoded/25)+1000)
	text, _, truncated := decode(body, "text/html; charset=utf-8")
	if !truncated || len(text) > MaxDecoded {
		t.Fatalf("decode of %d bytes: truncated=%v len=%d, want truncated to at most %d", len(body), truncated, len(text), MaxDecoded)
	}
}

func TestExtractCharsets(t *testing.T) {
	x := New(zerolog.Nop())
	enc1252, _ := charmap.Windows1252.NewEncoder().String(`<html><head><meta charset="windows-1252"><title>Türkiye</title></head><body><p>La Turquie a dénoncé la Convention d’Istanbul le 20 mars 2021.</p></body></html>`)
	sjis, _ := japanese.ShiftJIS.NewEncoder().String(`<html><head><meta charset="Shift_JIS"><title>署名</title></head><body><p>2025年2月11日、日本国は人工知能に関する欧州評議会枠組条約に署名しました。</p></body></html>`)
	tests := []struct {
		name, contentType string
		body              string
		want              string
		party             string
		ev                citewatch.Event
		treaty            string
	}{
		{"windows-1252 by meta", "text/html", enc1252, "dénoncé la Convention d’Istanbul", "TUR", citewatch.EventDenounced, "CETS-210"},
		{"shift_jis by header", "text/html; charset=Shift_JIS", sjis, "日本国は", "JPN", citewatch.EventSigned, "CETS-225"},
		{"shift_jis by meta", "text/html", sjis, "日本国は", "JPN", citewatch.EventSigned, "CETS-225"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, facts, err := x.Extract(context.Background(), snapshot("https://example.org/x", tt.contentType, []byte(tt.body)))
			if err != nil {
				t.Fatal(err)
			}
			if !strings.Contains(doc.Text, tt.want) {
				t.Errorf("Text = %q, want it to contain %q", doc.Text, tt.want)
			}
			if !hasFact(facts, tt.treaty, tt.ev, tt.party) {
				t.Errorf("facts = %+v, want %s %s %s", facts, tt.treaty, tt.ev, tt.party)
			}
		})
	}
}
