package verify

import (
	"bytes"
	"encoding/json"
	"errors"
	"strings"
	"testing"

	"github.com/citewatch/citewatch"
)

func TestWriteReportJSON(t *testing.T) {
	r := verifyFixture(t)
	var b bytes.Buffer
	if err := WriteReport(&b, r, ReportJSON, false); err != nil {
		t.Fatal(err)
	}
	var back Report
	if err := json.Unmarshal(b.Bytes(), &back); err != nil {
		t.Fatalf("report is not valid JSON: %v", err)
	}
	if len(back.Claims) != len(r.Claims) || back.Claims[1].Overall != citewatch.Contradicted || back.Claims[1].Verdicts[0].Evidence[0].WARCRecordID == "" {
		t.Errorf("decoded report = %+v, want the claims with their verdicts and evidence", back.Claims)
	}
}

func TestWriteReportClaimReview(t *testing.T) {
	r := verifyFixture(t)
	var b bytes.Buffer
	if err := WriteReport(&b, r, ReportClaimReview, false); err != nil {
		t.Fatal(err)
	}
	var reviews []map[string]any
	if err := json.Unmarshal(b.Bytes(), &reviews); err != nil {
		t.Fatalf("ClaimReview output is not a JSON array: %v", err)
	}
	if len(reviews) != len(r.Claims) {
		t.Fatalf("%d reviews for %d claims", len(reviews), len(r.Claims))
	}
	for i, cr := range reviews {
		for _, k := range []string{"@context", "@type", "claimReviewed", "reviewRating", "itemReviewed"} {
			if _, ok := cr[k]; !ok {
				t.Errorf("review %d lacks %s: %v", i, k, cr)
			}
		}
		if cr["@type"] != "ClaimReview" || cr["@context"] != "https://schema.org" {
			t.Errorf("review %d: @type %v @context %v", i, cr["@type"], cr["@context"])
		}
		rating := cr["reviewRating"].(map[string]any)
		if rating["alternateName"] != string(r.Claims[i].Overall) || rating["@type"] != "Rating" {
			t.Errorf("review %d rating = %v, want alternateName %s", i, rating, r.Claims[i].Overall)
		}
		if cr["claimReviewed"] != r.Claims[i].Claim.Text {
			t.Errorf("review %d claimReviewed = %v", i, cr["claimReviewed"])
		}
	}
}

func TestWriteReportText(t *testing.T) {
	r := verifyFixture(t)
	var plain, color bytes.Buffer
	if err := WriteReport(&plain, r, ReportText, false); err != nil {
		t.Fatal(err)
	}
	if err := WriteReport(&color, r, ReportText, true); err != nil {
		t.Fatal(err)
	}
	out := plain.String()
	for _, want := range []string{
		"c2 CONTRADICTED (line 4)",
		"the source says 5 September 2024; the claim says 2023",
		"“The Convention was opened for signature on 5 September 2024 in Vilnius.”",
		"beyond the cited sources:",
		"problems:",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("text report lacks %q:\n%s", want, out)
		}
	}
	if strings.Contains(out, "\x1b[") {
		t.Error("text report without colour has escape codes")
	}
	if !strings.Contains(color.String(), "\x1b[31mCONTRADICTED\x1b[0m") {
		t.Error("coloured report does not paint contradicted red")
	}
}

func TestWriteReportMarkdown(t *testing.T) {
	r := verifyFixture(t)
	var b bytes.Buffer
	if err := WriteReport(&b, r, ReportMarkdown, false); err != nil {
		t.Fatal(err)
	}
	out := b.String()
	for _, want := range []string{"# Verification of fixture.md", "## c2: contradicted (line 4)", "| 1 | https://www.coe.int/en/web/portal/-/ai-convention | contradicted |", "## Problems"} {
		if !strings.Contains(out, want) {
			t.Errorf("markdown report lacks %q:\n%s", want, out)
		}
	}
}

func TestWriteReportUnknownFormat(t *testing.T) {
	err := WriteReport(&bytes.Buffer{}, &Report{}, "yaml", false)
	if !errors.Is(err, citewatch.ErrInvalid) {
		t.Errorf("WriteReport(yaml) = %v, want ErrInvalid", err)
	}
}
