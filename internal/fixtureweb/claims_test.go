package fixtureweb

import (
	"encoding/json"
	"os"
	"testing"

	"github.com/citewatch/citewatch"
)

// TestLabelledClaimsCiteTheFixtureWeb checks the verifier's labelled claims
// (testdata/claims) and the example's (examples) against the manifest:
// every cited URL is served, and a citation is expected
// "source-unavailable" exactly when its URL is gone, a soft 404 or
// disallowed by robots.txt.
func TestLabelledClaimsCiteTheFixtureWeb(t *testing.T) {
	for _, tt := range []struct {
		file      string
		minClaims int
		allLabels bool
	}{
		{"../../testdata/claims/expected.json", 70, true},
		{"../../examples/expected.json", 8, false},
	} {
		t.Run(tt.file, func(t *testing.T) { checkLabelledClaims(t, tt.file, tt.minClaims, tt.allLabels) })
	}
}

func checkLabelledClaims(t *testing.T, file string, minClaims int, allLabels bool) {
	data, err := os.ReadFile(file)
	if err != nil {
		t.Fatalf("reading expected.json: %v", err)
	}
	var exp struct {
		Claims []struct {
			ID        string `json:"id"`
			Text      string `json:"text"`
			Citations []struct {
				Ref      string          `json:"ref"`
				URL      string          `json:"url"`
				Expected citewatch.Label `json:"expected"`
			} `json:"citations"`
		} `json:"claims"`
	}
	if err := json.Unmarshal(data, &exp); err != nil {
		t.Fatalf("%s: %v", file, err)
	}
	es, err := manifest()
	if err != nil {
		t.Fatalf("manifest: %v", err)
	}
	health := map[string]string{}
	for _, e := range es {
		health[e.URL] = e.health()
	}
	counts := map[citewatch.Label]int{}
	for _, c := range exp.Claims {
		if c.Text == "" || len(c.Citations) == 0 {
			t.Errorf("%s: no text or no citations", c.ID)
		}
		for _, cit := range c.Citations {
			counts[cit.Expected]++
			h, ok := health[cit.URL]
			if !ok {
				t.Errorf("%s[%s]: %s is not in the manifest", c.ID, cit.Ref, cit.URL)
				continue
			}
			failed := citewatch.Health(h).Failed()
			if (cit.Expected == citewatch.SourceUnavailable) != failed {
				t.Errorf("%s[%s]: expected %s, but the URL's health is %s", c.ID, cit.Ref, cit.Expected, h)
			}
		}
	}
	if len(exp.Claims) < minClaims {
		t.Errorf("%d labelled claims, want at least %d", len(exp.Claims), minClaims)
	}
	for _, l := range citewatch.Labels {
		if allLabels && counts[l] == 0 {
			t.Errorf("no citation is expected %s", l)
		}
	}
}
