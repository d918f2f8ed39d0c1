package evidence

import (
	"fmt"
	"io"
	"math"
	"math/rand/v2"
	"strings"
)

// CVResult is a cross-validation of the Scorer's two thresholds: for each
// fold, SupportedAt is tuned for supported F1 and PartialAt for accuracy on
// the other folds, and the fold is scored with them.
type CVResult struct {
	Folds       int       `json:"folds"`
	F1          []float64 `json:"f1"`           // supported F1 of each held-out fold
	Accuracy    []float64 `json:"accuracy"`     // three-way accuracy of each held-out fold
	SupportedAt []float64 `json:"supported_at"` // threshold tuned for each fold
	PartialAt   []float64 `json:"partial_at"`
}

// thresholdGrid is the set of thresholds tuning tries: 0.05 to 0.95 in
// steps of 0.05, coarse enough not to chase single claims.
func thresholdGrid() []float64 {
	var g []float64
	for i := 1; i <= 19; i++ {
		g = append(g, float64(i)/20)
	}
	return g
}

// CrossValidate splits items into folds parts (shuffled with seed) and
// tunes the thresholds of a Scorer built from base on all parts but one,
// scoring the one left out. The measurements of each claim are made once;
// only the thresholds vary. folds below 2 or above len(items) are clamped.
func CrossValidate(items []Item, base Options, folds int, seed uint64) *CVResult {
	s := New(base)
	fs := make([]features, len(items))
	for i, it := range items {
		fs[i] = s.features(it.Claim, it.Meta.ClaimContext, newPage(it.Evidence))
	}
	folds = min(max(folds, 2), len(items))
	res := &CVResult{Folds: folds}
	perm := rand.New(rand.NewPCG(seed, seed)).Perm(len(items))
	for k := range folds {
		var train, test []int
		for j, i := range perm {
			if j%folds == k {
				test = append(test, i)
			} else {
				train = append(train, i)
			}
		}
		t1, t2 := tune(items, fs, train)
		r := score(predict(items, fs, test, t1, t2))
		res.F1 = append(res.F1, r.SupportedF1)
		res.Accuracy = append(res.Accuracy, r.Accuracy)
		res.SupportedAt = append(res.SupportedAt, t1)
		res.PartialAt = append(res.PartialAt, t2)
	}
	return res
}

// tune picks SupportedAt for the best supported F1 on idx, then PartialAt
// (not above it) for the best accuracy; ties go to the lower threshold.
func tune(items []Item, fs []features, idx []int) (t1, t2 float64) {
	best := -1.0
	for _, t := range thresholdGrid() {
		if f := score(predict(items, fs, idx, t, t)).SupportedF1; f > best {
			best, t1 = f, t
		}
	}
	best = -1
	for _, t := range append([]float64{0}, thresholdGrid()...) {
		if t > t1 {
			break
		}
		if a := score(predict(items, fs, idx, t1, t)).Accuracy; a > best {
			best, t2 = a, t
		}
	}
	return t1, t2
}

func predict(items []Item, fs []features, idx []int, t1, t2 float64) []Prediction {
	preds := make([]Prediction, len(idx))
	for n, i := range idx {
		j := decide(fs[i], t1, t2)
		preds[n] = Prediction{Line: items[i].Line, ID: items[i].Meta.ID, Gold: items[i].Label,
			Predicted: goldOf(j.Label), Coverage: j.Coverage}
	}
	return preds
}

// MeanSD returns the mean and the (population) standard deviation of xs.
func MeanSD(xs []float64) (mean, sd float64) {
	if len(xs) == 0 {
		return 0, 0
	}
	for _, x := range xs {
		mean += x
	}
	mean /= float64(len(xs))
	for _, x := range xs {
		sd += (x - mean) * (x - mean)
	}
	return mean, math.Sqrt(sd / float64(len(xs)))
}

// WriteText writes each fold's figures and their mean and standard deviation.
func (cv *CVResult) WriteText(w io.Writer) error {
	var b strings.Builder
	fmt.Fprintf(&b, "%d-fold cross-validation (thresholds tuned on the other folds)\n", cv.Folds)
	fmt.Fprintf(&b, "%-6s %12s %12s %13s %11s\n", "fold", "supported_f1", "accuracy", "supported_at", "partial_at")
	for k := range cv.F1 {
		fmt.Fprintf(&b, "%-6d %12.3f %12.3f %13.2f %11.2f\n", k+1, cv.F1[k], cv.Accuracy[k], cv.SupportedAt[k], cv.PartialAt[k])
	}
	f, fsd := MeanSD(cv.F1)
	a, asd := MeanSD(cv.Accuracy)
	t1, t1sd := MeanSD(cv.SupportedAt)
	t2, t2sd := MeanSD(cv.PartialAt)
	fmt.Fprintf(&b, "cv_supported_f1=%.3f±%.3f cv_accuracy=%.3f±%.3f supported_at=%.2f±%.2f partial_at=%.2f±%.2f\n\n",
		f, fsd, a, asd, t1, t1sd, t2, t2sd)
	_, err := io.WriteString(w, b.String())
	return err
}
