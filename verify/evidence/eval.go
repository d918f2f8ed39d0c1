package evidence

import (
	"bufio"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/citewatch/citewatch"
)

// Gold labels of the WiCE format.
const (
	GoldSupported          = "supported"
	GoldPartiallySupported = "partially_supported"
	GoldNotSupported       = "not_supported"
)

// goldLabels lists the gold labels in the order of EvalResult's matrix.
var goldLabels = [3]string{GoldSupported, GoldPartiallySupported, GoldNotSupported}

// Item is one labelled claim in the WiCE format: the claim, the cited
// page's sentences, and whether the page supports the claim.
type Item struct {
	Line     int      `json:"-"` // 1-based line in the file it was read from
	Claim    string   `json:"claim"`
	Evidence []string `json:"evidence"`
	Label    string   `json:"label"`
	// SupportingSentences are sets of indices into Evidence; any one set backs the claim.
	SupportingSentences [][]int `json:"supporting_sentences,omitempty"`
	Meta                struct {
		ID           string `json:"id,omitempty"`
		ClaimContext string `json:"claim_context,omitempty"`
	} `json:"meta"`
}

// ReadItems reads labelled claims, one JSON object per line; blank lines
// are skipped. It stops at the first malformed line (not JSON, no claim, or
// a label other than supported, partially_supported or not_supported) with
// an error naming the line and wrapping citewatch.ErrInvalid.
func ReadItems(r io.Reader) ([]Item, error) {
	var items []Item
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 1<<20), 64<<20)
	line := 0
	for sc.Scan() {
		line++
		text := strings.TrimSpace(sc.Text())
		if text == "" {
			continue
		}
		var it Item
		if err := json.Unmarshal([]byte(text), &it); err != nil {
			return nil, fmt.Errorf("%w: evidence: line %d: %v", citewatch.ErrInvalid, line, err)
		}
		if strings.TrimSpace(it.Claim) == "" {
			return nil, fmt.Errorf("%w: evidence: line %d: no claim", citewatch.ErrInvalid, line)
		}
		if goldIndex(it.Label) < 0 {
			return nil, fmt.Errorf("%w: evidence: line %d: label %q: want supported, partially_supported or not_supported",
				citewatch.ErrInvalid, line, it.Label)
		}
		it.Line = line
		items = append(items, it)
	}
	if err := sc.Err(); err != nil {
		if errors.Is(err, bufio.ErrTooLong) {
			return nil, fmt.Errorf("%w: evidence: line %d: longer than 64 MiB", citewatch.ErrInvalid, line+1)
		}
		return nil, fmt.Errorf("evidence: reading claims: %w", err)
	}
	if len(items) == 0 {
		return nil, fmt.Errorf("%w: evidence: no labelled claims", citewatch.ErrInvalid)
	}
	return items, nil
}

func goldIndex(label string) int {
	for i, l := range goldLabels {
		if l == label {
			return i
		}
	}
	return -1
}

// goldOf maps a Judgement's label to the WiCE label it stands for.
func goldOf(l Label) string {
	switch l {
	case Supported:
		return GoldSupported
	case Partial:
		return GoldPartiallySupported
	default:
		return GoldNotSupported
	}
}

// Prediction is a Scorer's judgement of one labelled claim.
type Prediction struct {
	Line      int     `json:"line"`
	ID        string  `json:"id,omitempty"`
	Gold      string  `json:"gold"`
	Predicted string  `json:"predicted"`
	Coverage  float64 `json:"coverage"`
	Best      []int   `json:"best,omitempty"`
}

// EvalResult is how well a Scorer's judgements agree with the gold labels.
type EvalResult struct {
	N int `json:"n"`
	// Labels names the rows and columns of Confusion.
	Labels [3]string `json:"labels"`
	// Confusion counts claims by gold label (row) and predicted label (column).
	Confusion [3][3]int `json:"confusion"`
	// SupportedF1 is the F1 of "supported" against the other two labels.
	SupportedF1 float64 `json:"supported_f1"`
	// Accuracy is the share of claims whose three-way label is right.
	Accuracy float64 `json:"accuracy"`
	// Precision and Recall are per label, in the order of Labels.
	Precision   [3]float64   `json:"precision"`
	Recall      [3]float64   `json:"recall"`
	Predictions []Prediction `json:"predictions,omitempty"`
}

// Eval reads labelled claims from r (see ReadItems), judges each against
// its evidence sentences with s, and returns the agreement. Its errors are
// ReadItems's.
func Eval(r io.Reader, s *Scorer) (*EvalResult, error) {
	items, err := ReadItems(r)
	if err != nil {
		return nil, err
	}
	return Evaluate(items, s), nil
}

// Evaluate judges each item with s and returns the agreement.
func Evaluate(items []Item, s *Scorer) *EvalResult {
	preds := make([]Prediction, len(items))
	for i, it := range items {
		j := s.Judge(it.Claim, it.Meta.ClaimContext, it.Evidence)
		preds[i] = Prediction{Line: it.Line, ID: it.Meta.ID, Gold: it.Label, Predicted: goldOf(j.Label),
			Coverage: j.Coverage, Best: j.Best}
	}
	return score(preds)
}

// score computes the metrics of a set of predictions.
func score(preds []Prediction) *EvalResult {
	res := &EvalResult{N: len(preds), Labels: goldLabels, Predictions: preds}
	right := 0
	for _, p := range preds {
		g, q := goldIndex(p.Gold), goldIndex(p.Predicted)
		res.Confusion[g][q]++
		if g == q {
			right++
		}
	}
	for k := range goldLabels {
		var row, col int
		for m := range goldLabels {
			row += res.Confusion[k][m]
			col += res.Confusion[m][k]
		}
		res.Precision[k] = ratio(res.Confusion[k][k], col)
		res.Recall[k] = ratio(res.Confusion[k][k], row)
	}
	res.Accuracy = ratio(right, len(preds))
	if p, r := res.Precision[0], res.Recall[0]; p+r > 0 {
		res.SupportedF1 = 2 * p * r / (p + r)
	}
	return res
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// WriteText writes the confusion matrix and per-label precision and recall,
// ending with the one line "supported_f1=0.xxx accuracy=0.xxx n=N".
func (res *EvalResult) WriteText(w io.Writer) error {
	var b strings.Builder
	fmt.Fprintf(&b, "%-22s %10s %10s %10s\n", "gold \\ predicted", "supported", "partial", "not")
	for k, l := range res.Labels {
		fmt.Fprintf(&b, "%-22s %10d %10d %10d\n", l, res.Confusion[k][0], res.Confusion[k][1], res.Confusion[k][2])
	}
	b.WriteString("\n")
	fmt.Fprintf(&b, "%-22s %10s %10s\n", "label", "precision", "recall")
	for k, l := range res.Labels {
		fmt.Fprintf(&b, "%-22s %10.3f %10.3f\n", l, res.Precision[k], res.Recall[k])
	}
	b.WriteString("\n")
	fmt.Fprintf(&b, "supported_f1=%.3f accuracy=%.3f n=%d\n", res.SupportedF1, res.Accuracy, res.N)
	_, err := io.WriteString(w, b.String())
	return err
}
