package extract

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/citewatch/citewatch"
)

// extractFixture extracts testdata/text/name as served with contentType.
func extractFixture(t *testing.T, name, url, contentType string) (*citewatch.Document, []citewatch.Fact) {
	t.Helper()
	body, err := os.ReadFile(filepath.Join("testdata", "text", name))
	if err != nil {
		t.Fatal(err)
	}
	doc, facts, err := New(testLogger()).Extract(t.Context(), snapshot(url, contentType, body))
	if err != nil {
		t.Fatal(err)
	}
	return doc, facts
}

// TestCharsetPastFirstKiB checks that a UTF-8 page whose first KiB is plain
// ASCII is read as UTF-8 when its <meta charset> comes later or not at all,
// and when its server labels it ISO-8859-1.
func TestCharsetPastFirstKiB(t *testing.T) {
	tests := []struct {
		page, contentType string
		title, text       string
	}{
		{"charset-late-meta.html", "text/html", "Le traité sur la haute mer entre en vigueur – Journal des Côtes", "« C’est une étape décisive », a déclaré une négociatrice française"},
		{"charset-none.html", "text/html", "Zürich talks close with a pledge on plastics – The Harbour Review", "Negotiators from Côte d’Ivoire and São Tomé and Príncipe pressed"},
		{"charset-none.html", "text/html; charset=ISO-8859-1", "Zürich talks close with a pledge on plastics – The Harbour Review", "was “closer than it has ever been”"},
	}
	for _, tt := range tests {
		doc, _ := extractFixture(t, tt.page, "https://news.example.org/"+tt.page, tt.contentType)
		if doc.Title != tt.title {
			t.Errorf("%s as %q: Title = %q, want %q", tt.page, tt.contentType, doc.Title, tt.title)
		}
		if !strings.Contains(doc.Text, tt.text) {
			t.Errorf("%s as %q: Text = %q, want it to contain %q", tt.page, tt.contentType, doc.Text, tt.text)
		}
	}
}

// bigNewsPage writes a news page of at least size bytes the way large news
// sites build them: the story is a few paragraphs, the bulk is an inline
// JSON state blob, a long menu and a wall of related-story cards.
func bigNewsPage(size int) []byte {
	var b strings.Builder
	b.WriteString(`<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Harbour authorities agree shared rules on ship fuel | The Coastal Times</title>
<meta property="article:published_time" content="2025-03-04T09:15:00-05:00">
<script id="__STATE__" type="application/json">{"stories":[`)
	for i := 0; b.Len() < size/2; i++ {
		fmt.Fprintf(&b, `{"id":%d,"slug":"story-%d","kicker":"Markets","summary":"Traders watched freight rates closely on day %d of the quarter."},`, i, i, i)
	}
	b.WriteString(`{}]}</script></head><body><header><nav><ul>`)
	for i := range 150 {
		fmt.Fprintf(&b, `<li><a href="/section/%d">Section %d</a></li>`, i, i)
	}
	b.WriteString(`</ul></nav></header><main><article class="story-body">
<h1>Harbour authorities agree shared rules on ship fuel</h1>
<p>Port authorities from eleven coastal states agreed on Tuesday to apply one set of rules to the fuel ships may burn at berth, ending years in which each harbour wrote its own.</p>
<p>The rules take effect next spring. Ships that cannot switch to cleaner fuel will have to plug into shore power or pay a fee that rises each year.</p>
<p>Shipping lines welcomed the single standard but warned that shore power is still missing at most smaller ports.</p>
<p>The authorities will review the fee in two years, once they have measured how much the air in the harbours has improved.</p>
</article><section class="more-stories"><h2>More from The Coastal Times</h2>`)
	for i := 0; b.Len() < size; i++ {
		fmt.Fprintf(&b, `<div class="card"><a href="/story/%d"><img src="/img/%d.jpg" alt=""><span class="headline">Freight rates edge up again in week %d as traders eye the autumn</span></a></div>`, i, i, i)
	}
	b.WriteString(`</section></main><footer><p>© The Coastal Times</p></footer></body></html>`)
	return []byte(b.String())
}

// TestBigPageMainText checks that a news page over 1 MiB still goes
// through main-text extraction: its text is the story, not its related
// cards, and it takes well under the time a page's text may take.
func TestBigPageMainText(t *testing.T) {
	body := bigNewsPage(3 << 19)
	if len(body) < 3<<19 {
		t.Fatalf("page of %d bytes, want 1.5 MiB", len(body))
	}
	start := time.Now()
	doc, _, err := New(testLogger()).Extract(t.Context(), snapshot("https://coastal.example.com/2025/03/04/ship-fuel", "text/html", body))
	if err != nil {
		t.Fatal(err)
	}
	if took := time.Since(start); took > 30*time.Second {
		t.Errorf("extraction took %v", took)
	}
	if !strings.Contains(doc.Text, "Shipping lines welcomed the single standard") {
		t.Errorf("Text lacks the story: %.300q", doc.Text)
	}
	if strings.Contains(doc.Text, "Freight rates edge up") || strings.Contains(doc.Text, "Section 12") {
		t.Errorf("Text holds related cards or menu: %d bytes, %.300q", len(doc.Text), doc.Text)
	}
}

// TestListsPutBack checks that a bulleted list go-trafilatura drops when it
// recovers a page's loose paragraphs is put back where it stands, and that
// a comment thread in list items is not added.
func TestListsPutBack(t *testing.T) {
	doc, _ := extractFixture(t, "list-comments.html", "https://tideline.example.net/2025/10/fisheries-subsidies", "text/html")
	intro := strings.Index(doc.Text, "three points matter.")
	item := strings.Index(doc.Text, "Developing countries get a transition period")
	next := strings.Index(doc.Text, "None of this changes the quota system.")
	if intro < 0 || item < 0 || next < 0 || !(intro < item && item < next) {
		t.Errorf("Text = %q, want the list's items between the paragraphs around it", doc.Text)
	}
	for _, comment := range []string{"Marten Olsen", "Our co-op signed a letter", "open the reporting rules"} {
		if strings.Contains(doc.Text, comment) {
			t.Errorf("Text holds the comment thread (%q): %q", comment, doc.Text)
		}
	}
}

func TestDecodeDropsSoftHyphensAndComposes(t *testing.T) {
	text, _, _ := decode([]byte("<p>Mit\u00adtel\u00adal\u00adter in Bre\u0301sil</p>"), "text/html; charset=utf-8")
	if want := "<p>Mittelalter in Brésil</p>"; text != want {
		t.Errorf("decode = %q, want %q", text, want)
	}
}

// TestInlineSpacing checks that words go-trafilatura's tree leaves without
// the white space between them (around inline elements after a line break
// in a list item) are kept apart as the page has them, and that words the
// page writes together stay together: a drop cap, Japanese text.
func TestInlineSpacing(t *testing.T) {
	doc, _ := extractFixture(t, "inline-spacing.html", "https://ledger.example.org/2025/06/27/mine-ban-vote", "text/html")
	for _, want := range []string{
		"including its clearance obligations along the border.",
		"Stockpiles: those destroyed under the treaty",
		"The parliament voted late on Friday",
		"Speaking for Larry Moss, the committee's rapporteur",
		"議会は金曜日の夜、対人地雷禁止条約からの脱退手続きを始めることを可決した。",
	} {
		if !strings.Contains(doc.Text, want) {
			t.Errorf("Text = %q, want it to contain %q", doc.Text, want)
		}
	}
}

// TestPublishedDates checks where the publication date is read from, on
// pages written in the ways sites give their dates.
func TestPublishedDates(t *testing.T) {
	tests := []struct {
		page, url  string
		want, zone string
	}{
		{"date-ist.html", "https://deccan.example.in/india/grain-depots-lockdown", "2020-04-08", "+05:30"},
		{"date-edt.html", "https://lakeshore.example.com/local/council-harbor-vote", "2020-09-15", "-04:00"},
		// A UTC time after midnight is the evening before on the
		// page's calendar, which its other timestamp gives.
		{"date-utc-late.html", "https://capitolwire.example.com/senate-treaty-vote", "2025-03-04", "-05:00"},
		// Invalid JSON-LD still dates the page; the sidebar's times do not.
		{"date-bad-jsonld.html", "https://rheintal.example.de/politik/wassergesetz", "2024-11-20", "+01:00"},
		// The site's header shows the day the page was fetched.
		{"date-header-today.html", "https://valleycourier.example.com/business/bank-forecast", "2025-02-03", ""},
		// A wiki page is dated by its last revision, not its creation.
		{"date-wiki.html", "https://civicwiki.example.org/wiki/Harbour_Accord", "2024-10-15", ""},
	}
	for _, tt := range tests {
		doc, _ := extractFixture(t, tt.page, tt.url, "text/html")
		if doc.Published.String() != tt.want || doc.PublishedZone != tt.zone || doc.PublishedFrom == "" {
			t.Errorf("%s: Published = %s (zone %q, from %q), want %s (zone %q)", tt.page, doc.Published, doc.PublishedZone, doc.PublishedFrom, tt.want, tt.zone)
		}
	}
}

// TestHeaderTodayOnly checks that a page whose only visible date is its
// site header's "today" (the day it was fetched) gets no publication date.
func TestHeaderTodayOnly(t *testing.T) {
	body, err := os.ReadFile(filepath.Join("testdata", "text", "date-header-today.html"))
	if err != nil {
		t.Fatal(err)
	}
	body = []byte(strings.Replace(string(body), `<div class="posted">3 February 2025</div>`, "", 1))
	doc, _, err := New(testLogger()).Extract(t.Context(), snapshot("https://valleycourier.example.com/business/bank-forecast", "text/html", body))
	if err != nil {
		t.Fatal(err)
	}
	if !doc.Published.IsZero() {
		t.Errorf("Published = %s (from %q), want none: the header's date is the day the page was fetched", doc.Published, doc.PublishedFrom)
	}
}

func TestParseTimestamp(t *testing.T) {
	tests := []struct {
		raw, pageZone, want, zone string
	}{
		{"2020-02-24T22:30:00-05:00", "", "2020-02-24", "-05:00"},
		{"2020-02-24T22:30:00.000+0000", "", "2020-02-24", "+00:00"},
		{"2020-02-25T03:30:00Z", "-05:00", "2020-02-24", "-05:00"},
		{"2020-02-24", "-05:00", "2020-02-24", ""},
		{"Mon, 24 Feb 2020 22:30:00 -0500", "", "2020-02-24", "-05:00"},
		{"04:25:06 PM IST Apr 08, 2020", "", "2020-04-08", "+05:30"},
		{"Tue, Sep 15 2020 10:31 AM EDT", "", "2020-09-15", "-04:00"},
		{"20200224", "", "2020-02-24", ""},
		{"24 février 2020", "", "2020-02-24", ""},
	}
	for _, tt := range tests {
		d, zone, ok := parseTimestamp(tt.raw, tt.pageZone)
		if !ok || d.String() != tt.want || zone != tt.zone {
			t.Errorf("parseTimestamp(%q, %q) = %s, %q, %v; want %s, %q", tt.raw, tt.pageZone, d, zone, ok, tt.want, tt.zone)
		}
	}
}
