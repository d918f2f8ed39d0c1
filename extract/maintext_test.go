package extract

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

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
