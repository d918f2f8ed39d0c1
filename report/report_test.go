package report

import (
	"bytes"
	"encoding/json"
	"errors"
	"strings"
	"testing"

	"github.com/citewatch/citewatch"
	"github.com/citewatch/citewatch/verify"
)

func TestWriteJSON(t *testing.T) {
	r := sample()
	var b bytes.Buffer
	if err := Write(&b, r, JSON, false); err != nil {
		t.Fatal(err)
	}
	var back verify.Report
	if err := json.Unmarshal(b.Bytes(), &back); err != nil {
		t.Fatalf("report is not valid JSON: %v", err)
	}
	if len(back.Claims) != len(r.Claims) || back.Claims[1].Overall != citewatch.Contradicted || back.Claims[1].Verdicts[0].Evidence[0].WARCRecordID == "" {
		t.Errorf("decoded report = %+v, want the claims with their verdicts and evidence", back.Claims)
	}
}

func TestWriteClaimReviews(t *testing.T) {
	r := sample()
	var b bytes.Buffer
	if err := Write(&b, r, ClaimReviews, false); err != nil {
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

func TestWriteText(t *testing.T) {
	r := sample()
	var plain, color bytes.Buffer
	if err := Write(&plain, r, Text, false); err != nil {
		t.Fatal(err)
	}
	if err := Write(&color, r, Text, true); err != nil {
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

func TestWriteMarkdown(t *testing.T) {
	r := sample()
	var b bytes.Buffer
	if err := Write(&b, r, Markdown, false); err != nil {
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
	err := Write(&bytes.Buffer{}, &verify.Report{}, "yaml", false)
	if !errors.Is(err, citewatch.ErrInvalid) {
		t.Errorf("Write(yaml) = %v, want ErrInvalid", err)
	}
}

// sample is a report as verification would write it: one supported claim,
// one contradicted with a quote from an archived page and a source beyond
// the cited ones, and a problem.
func sample() *verify.Report {
	const url = "https://www.coe.int/en/web/portal/-/ai-convention"
	quote := citewatch.Evidence{Quote: "The Convention was opened for signature on 5 September 2024 in Vilnius.", URL: url, WARCRecordID: "<urn:uuid:7>"}
	doc := &citewatch.CitingDocument{Name: "fixture.md", Format: "markdown",
		References: []citewatch.Reference{{N: "1", URL: url, Line: 9}}}
	return &verify.Report{
		Document: doc,
		Claims: []verify.ClaimResult{
			{Claim: citewatch.Claim{ID: "c1", Text: "The Convention was adopted on 17 May 2024.", Line: 2, Refs: []string{"1"}},
				Verdicts: []citewatch.Verdict{{ClaimID: "c1", Ref: "1", URL: url, Label: citewatch.Supported, Reason: "the source says adopted on 17 May 2024"}},
				Overall:  citewatch.Supported},
			{Claim: citewatch.Claim{ID: "c2", Text: "The Convention was opened for signature in 2023.", Line: 4, Refs: []string{"1"}},
				Verdicts: []citewatch.Verdict{{ClaimID: "c2", Ref: "1", URL: url, Label: citewatch.Contradicted,
					Reason: "opened for signature: the source says 5 September 2024; the claim says 2023", Evidence: []citewatch.Evidence{quote}}},
				Beyond: []citewatch.Verdict{{ClaimID: "c2", URL: "https://example.org/other", Label: citewatch.Contradicted,
					Reason: "the source says 5 September 2024; the claim says 2023"}},
				Overall: citewatch.Contradicted},
		},
		Problems: []citewatch.Problem{{Line: 10, Message: "reference [2] is never cited"}},
	}
}

// The text report gives each claim one line with its references' verdicts,
// says what a source leaves unbacked, and marks a quote that is only the
// page's title.
func TestWriteReportTextMarksTitlesAndUnbacked(t *testing.T) {
	const url = "https://ministry.example/accord"
	r := &verify.Report{Claims: []verify.ClaimResult{{
		Claim: citewatch.Claim{ID: "c1", Text: "The accord was adopted in May 2019 and opened in Lima.", Line: 3, Refs: []string{"1", "2"}},
		Verdicts: []citewatch.Verdict{
			{Ref: "1", URL: url, Label: citewatch.PartiallySupported, Reason: "the source says opened in Lima; it does not state adopted in May 2019",
				Unbacked: []string{"adopted in May 2019"}, Evidence: []citewatch.Evidence{{Quote: "Accord opened in Lima", URL: url, Title: true}}},
			{Ref: "2", URL: url, Label: citewatch.SourceUnavailable, Reason: "the source was never fetched"},
		},
		Overall: citewatch.PartiallySupported,
	}}}
	var b bytes.Buffer
	if err := Write(&b, r, Text, false); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{
		"c1 PARTIALLY-SUPPORTED (line 3)  [1] partial  [2] unavailable\n",
		"not backed: adopted in May 2019",
		"title: “Accord opened in Lima”",
	} {
		if !strings.Contains(b.String(), want) {
			t.Errorf("text report lacks %q:\n%s", want, b.String())
		}
	}
}
