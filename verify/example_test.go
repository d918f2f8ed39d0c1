package verify_test

import (
	"context"
	"fmt"
	"os"
	"time"

	"github.com/rs/zerolog"

	"github.com/citewatch/citewatch"
	"github.com/citewatch/citewatch/citing"
	"github.com/citewatch/citewatch/report"
	"github.com/citewatch/citewatch/verify"
)

// page stands in for the index: one archived page, its sentences and the
// fact extracted from it.
type page struct{}

const pageURL = "https://www.coe.int/en/web/portal/-/opened"

var sentence = citewatch.Passage{URL: pageURL, WARCRecordID: "<urn:uuid:1>", Kind: "sentence",
	Text: "The Convention was opened for signature on 5 September 2024 in Vilnius."}

func (page) Passages(_ context.Context, q citewatch.PassageQuery) ([]citewatch.Passage, error) {
	if q.Text != "" {
		return nil, nil // nothing beyond the cited page
	}
	return []citewatch.Passage{sentence}, nil
}

func (page) CountPassages(_ context.Context, _ citewatch.PassageQuery) (int, error) { return 1, nil }

func (page) Facts(_ context.Context, q citewatch.FactQuery) ([]citewatch.Fact, error) {
	if len(q.URLs) == 0 {
		return nil, nil
	}
	return []citewatch.Fact{{Treaty: "CETS-225", Event: citewatch.EventOpened, Date: citewatch.DayDate(2024, time.September, 5),
		Citation: citewatch.Citation{URL: pageURL, WARCRecordID: sentence.WARCRecordID, Quote: sentence.Text}}}, nil
}

// reader stands in for the extractor: the claim asserts an opening in 2023.
type reader struct{}

func (reader) Assertions(string, citewatch.Date) []citewatch.Assertion {
	return []citewatch.Assertion{{Event: citewatch.EventOpened, Date: citewatch.Date{Year: 2023, Precision: citewatch.PrecisionYear}}}
}

func Example() {
	doc, err := citing.Parse("essay.md", []byte(
		"The AI Convention was opened for signature in 2023 [1].\n\n[1] "+pageURL+"\n"))
	if err != nil {
		fmt.Println(err)
		return
	}
	archived := verify.HealthFunc(func(context.Context, string) (citewatch.Availability, error) {
		return citewatch.Availability{Archived: true, Health: citewatch.HealthOK}, nil
	})
	v := verify.New(page{}, page{}, reader{}, archived, zerolog.Nop())
	r, err := v.Verify(context.Background(), doc)
	if err != nil {
		fmt.Println(err)
		return
	}
	r.Checked = time.Time{}
	if err := report.Write(os.Stdout, r, report.Text, false); err != nil {
		fmt.Println(err)
	}
	fmt.Println("all supported:", r.AllSupported())
	// Output:
	// essay.md: 1 claims, 1 contradicted
	//
	// c1 CONTRADICTED (line 1)  [1] contradicted
	//   “The AI Convention was opened for signature in 2023.”
	//   [1] CONTRADICTED https://www.coe.int/en/web/portal/-/opened
	//       opened for signature: the source says 5 September 2024; the claim says 2023
	//       “The Convention was opened for signature on 5 September 2024 in Vilnius.”
	//         <urn:uuid:1>
	//
	// sources:
	//   [1] https://www.coe.int/en/web/portal/-/opened
	//       archived as <urn:uuid:1>
	// all supported: false
}
