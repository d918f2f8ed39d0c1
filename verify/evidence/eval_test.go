package evidence

import (
	"bytes"
	"errors"
	"os"
	"strings"
	"testing"

	"github.com/citewatch/citewatch"
)

func TestEval(t *testing.T) {
	f := testFile(t, "testdata/claims.jsonl")
	res, err := Eval(f, New(Options{}))
	if err != nil {
		t.Fatal(err)
	}
	// Line 6 denies what the page says; a lexical judge cannot tell and
	// calls it supported.
	want := [3][3]int{{2, 0, 0}, {0, 2, 0}, {1, 0, 1}}
	if res.Confusion != want {
		t.Errorf("Confusion = %v, want %v", res.Confusion, want)
	}
	if res.N != 6 {
		t.Errorf("N = %d, want 6", res.N)
	}
	// Supported: precision 2/3, recall 1, F1 0.8; 5 of 6 right.
	if !near(res.SupportedF1, 0.8) || !near(res.Accuracy, 5.0/6) {
		t.Errorf("SupportedF1 = %v, Accuracy = %v, want 0.8 and 0.833", res.SupportedF1, res.Accuracy)
	}
	if !near(res.Precision[0], 2.0/3) || !near(res.Recall[2], 0.5) {
		t.Errorf("Precision = %v, Recall = %v", res.Precision, res.Recall)
	}
	if p := res.Predictions[5]; p.Line != 6 || p.ID != "c6" || p.Predicted != GoldSupported {
		t.Errorf("Predictions[5] = %+v, want line 6, c6, predicted supported", p)
	}
	var out bytes.Buffer
	if err := res.WriteText(&out); err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimRight(out.String(), "\n"), "\n")
	if last := lines[len(lines)-1]; last != "supported_f1=0.800 accuracy=0.833 n=6" {
		t.Errorf("last line = %q, want %q", last, "supported_f1=0.800 accuracy=0.833 n=6")
	}
}

func TestReadItemsErrors(t *testing.T) {
	tests := []struct {
		name, input, want string
	}{
		{"not JSON", `{"claim":"a","evidence":[],"label":"supported"}` + "\n{oops\n", "line 2"},
		{"no claim", `{"claim":" ","evidence":[],"label":"supported"}`, "line 1: no claim"},
		{"empty", "\n\n", "no labelled claims"},
	}
	for _, tt := range tests {
		_, err := ReadItems(strings.NewReader(tt.input))
		if !errors.Is(err, citewatch.ErrInvalid) || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("%s: ReadItems error = %v, want ErrInvalid mentioning %q", tt.name, err, tt.want)
		}
	}
	f := testFile(t, "testdata/badlabel.jsonl")
	if _, err := ReadItems(f); !errors.Is(err, citewatch.ErrInvalid) || !strings.Contains(err.Error(), `line 3: label "maybe"`) {
		t.Errorf("bad label: error = %v, want ErrInvalid naming line 3 and the label", err)
	}
}

func TestCrossValidate(t *testing.T) {
	f := testFile(t, "testdata/claims.jsonl")
	items, err := ReadItems(f)
	if err != nil {
		t.Fatal(err)
	}
	cv := CrossValidate(items, Options{}, 3, 1)
	if cv.Folds != 3 || len(cv.F1) != 3 || len(cv.SupportedAt) != 3 {
		t.Fatalf("CrossValidate = %+v, want 3 folds", cv)
	}
	for k := range cv.F1 {
		if cv.PartialAt[k] > cv.SupportedAt[k] {
			t.Errorf("fold %d: PartialAt %v above SupportedAt %v", k, cv.PartialAt[k], cv.SupportedAt[k])
		}
		if cv.Accuracy[k] < 0 || cv.Accuracy[k] > 1 {
			t.Errorf("fold %d: Accuracy %v", k, cv.Accuracy[k])
		}
	}
	if again := CrossValidate(items, Options{}, 3, 1); !equalFloats(again.F1, cv.F1) {
		t.Errorf("same seed gave F1 %v then %v", cv.F1, again.F1)
	}
	if got := CrossValidate(items, Options{}, 99, 1).Folds; got != len(items) {
		t.Errorf("99 folds over %d items: Folds = %d, want %d", len(items), got, len(items))
	}
}

func TestMeanSD(t *testing.T) {
	m, sd := MeanSD([]float64{1, 3})
	if !near(m, 2) || !near(sd, 1) {
		t.Errorf("MeanSD(1, 3) = %v, %v, want 2, 1", m, sd)
	}
}

func near(a, b float64) bool { return a-b < 1e-9 && b-a < 1e-9 }

func equalFloats(a, b []float64) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if !near(a[i], b[i]) {
			return false
		}
	}
	return true
}

// testFile returns a test file read whole, so that nothing is left to close.
func testFile(t *testing.T, name string) *bytes.Reader {
	t.Helper()
	data, err := os.ReadFile(name)
	if err != nil {
		t.Fatal(err)
	}
	return bytes.NewReader(data)
}
