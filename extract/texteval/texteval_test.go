package texteval

import (
	"bytes"
	"errors"
	"math"
	"os"
	"strings"
	"testing"

	"github.com/rs/zerolog"

	"github.com/citewatch/citewatch"
	"github.com/citewatch/citewatch/extract"
)

func TestTokenScore(t *testing.T) {
	tests := []struct {
		got, want string
		p, r      float64
	}{
		{"The treaty entered into force.", "the treaty entered into force", 1, 1},
		{"The treaty entered into force. Read more: subscribe", "The treaty entered into force.", 5.0 / 8, 1},
		{"The treaty", "The treaty entered into force", 1, 0.4},
		{"forLarry", "for Larry", 0, 0},
		{"", "", 1, 1},
	}
	for _, tt := range tests {
		s := TokenScore(Tokens(tt.got), Tokens(tt.want))
		if math.Abs(s.Precision-tt.p) > 1e-9 || math.Abs(s.Recall-tt.r) > 1e-9 {
			t.Errorf("TokenScore(%q, %q) = P %.3f R %.3f, want P %.3f R %.3f", tt.got, tt.want, s.Precision, s.Recall, tt.p, tt.r)
		}
	}
}

func TestReadTruth(t *testing.T) {
	lines, err := ReadTruth(strings.NewReader(`{"page": "a.html", "url": "https://x.example/a", "text": "Body.", "date": "2025-01-02"}` + "\n\n" + `{"page": "b.html.gz"}`))
	if err != nil {
		t.Fatal(err)
	}
	if lines["a"].Date != "2025-01-02" || lines["a"].Text != "Body." || lines["b"].Page != "b.html.gz" {
		t.Errorf("ReadTruth = %+v", lines)
	}
	keyed, err := ReadTruth(strings.NewReader(`{"0001": {"articleBody": "Body text.", "url": "https://x.example/1"}}`))
	if err != nil || keyed["0001"].Text != "Body text." || keyed["0001"].URL != "https://x.example/1" {
		t.Errorf("ReadTruth(keyed) = %+v, %v", keyed, err)
	}
	if _, err := ReadTruth(strings.NewReader("{\"page\": \"a.html\"}\nnot json\n")); !errors.Is(err, citewatch.ErrInvalid) {
		t.Errorf("ReadTruth(bad line) err = %v, want ErrInvalid", err)
	}
}

// TestEvaluateFixtures runs the comparison on the extract package's text
// fixtures and their truth file: citewatch must give every fixture's date
// and text at least as well as the libraries alone.
func TestEvaluateFixtures(t *testing.T) {
	f, err := openTruth("../testdata/text/truth.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	res, err := Evaluate(t.Context(), extract.New(zerolog.Nop()), "../testdata/text", f)
	if err != nil {
		t.Fatal(err)
	}
	if res.Pages < 10 || res.Texts != res.Pages || res.Dates != res.Pages {
		t.Fatalf("read %d pages, %d texts, %d dates; want every fixture with its truth", res.Pages, res.Texts, res.Dates)
	}
	if res.Citewatch.DateRight != res.Dates {
		t.Errorf("citewatch dated %d of %d fixtures right: %+v", res.Citewatch.DateRight, res.Dates, res.PerPage)
	}
	if res.Citewatch.F1 < 0.95 || res.Citewatch.F1 < res.Library.F1 {
		t.Errorf("citewatch text F1 %.3f, go-trafilatura alone %.3f; want at least 0.95 and at least the library's", res.Citewatch.F1, res.Library.F1)
	}
	if _, err := Evaluate(t.Context(), extract.New(zerolog.Nop()), t.TempDir(), nil); !errors.Is(err, citewatch.ErrInvalid) {
		t.Errorf("Evaluate(empty dir) err = %v, want ErrInvalid", err)
	}
}

func openTruth(name string) (map[string]Truth, error) {
	data, err := os.ReadFile(name)
	if err != nil {
		return nil, err
	}
	return ReadTruth(bytes.NewReader(data))
}
