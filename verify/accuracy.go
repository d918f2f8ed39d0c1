package verify

import (
	"fmt"
	"io"
	"strings"

	"github.com/citewatch/citewatch"
)

// LabelPair pairs the verdict a labelled set expects for one citation with
// the verdict verification gave.
type LabelPair struct {
	ID   string // what the pair is about, e.g. "c12[3]"
	Want citewatch.Label
	Got  citewatch.Label
}

// ClassScore is the accuracy on the citations expected to have one label.
type ClassScore struct {
	Label   citewatch.Label `json:"label"`
	Total   int             `json:"total"`
	Correct int             `json:"correct"`
}

// Accuracy is Correct/Total, or 0 for an empty class.
func (c ClassScore) Accuracy() float64 {
	if c.Total == 0 {
		return 0
	}
	return float64(c.Correct) / float64(c.Total)
}

// Accuracy summarises outcomes per expected label.
type Accuracy struct {
	Classes []ClassScore `json:"classes"` // in the order of citewatch.Labels
	Total   int          `json:"total"`
	Correct int          `json:"correct"`
	// ContradictedAsSupported lists the outcomes expected contradicted and
	// judged supported: the error that must never happen.
	ContradictedAsSupported []LabelPair `json:"contradicted_as_supported,omitempty"`
	// Wrong lists every outcome judged other than expected.
	Wrong []LabelPair `json:"wrong,omitempty"`
}

// Score computes per-class and overall accuracy of outcomes.
func Score(outcomes []LabelPair) Accuracy {
	var a Accuracy
	at := map[citewatch.Label]int{}
	for _, l := range citewatch.Labels {
		at[l] = len(a.Classes)
		a.Classes = append(a.Classes, ClassScore{Label: l})
	}
	for _, o := range outcomes {
		i, ok := at[o.Want]
		if !ok {
			at[o.Want] = len(a.Classes)
			i = len(a.Classes)
			a.Classes = append(a.Classes, ClassScore{Label: o.Want})
		}
		a.Classes[i].Total++
		a.Total++
		if o.Got == o.Want {
			a.Classes[i].Correct++
			a.Correct++
			continue
		}
		a.Wrong = append(a.Wrong, o)
		if o.Want == citewatch.Contradicted && o.Got == citewatch.Supported {
			a.ContradictedAsSupported = append(a.ContradictedAsSupported, o)
		}
	}
	return a
}

// Overall is the share of all outcomes judged as expected, 0 when there are none.
func (a Accuracy) Overall() float64 {
	if a.Total == 0 {
		return 0
	}
	return float64(a.Correct) / float64(a.Total)
}

// WriteText writes a table of accuracy per class, the overall figure and
// every wrong outcome.
func (a Accuracy) WriteText(w io.Writer) error {
	if _, err := io.WriteString(w, a.String()); err != nil {
		return fmt.Errorf("verify: write accuracy: %w", err)
	}
	return nil
}

// String returns the WriteText table.
func (a Accuracy) String() string {
	var b strings.Builder
	fmt.Fprintf(&b, "%-22s %5s %7s %8s\n", "expected", "total", "correct", "accuracy")
	for _, c := range a.Classes {
		if c.Total == 0 {
			fmt.Fprintf(&b, "%-22s %5d %7d %8s\n", c.Label, 0, 0, "-")
			continue
		}
		fmt.Fprintf(&b, "%-22s %5d %7d %8.3f\n", c.Label, c.Total, c.Correct, c.Accuracy())
	}
	fmt.Fprintf(&b, "%-22s %5d %7d %8.3f\n", "overall", a.Total, a.Correct, a.Overall())
	for _, o := range a.Wrong {
		fmt.Fprintf(&b, "wrong: %s: want %s, got %s\n", o.ID, o.Want, o.Got)
	}
	return b.String()
}
