package verify

import (
	"reflect"
	"testing"

	"github.com/citewatch/citewatch"
)

// In "A signed on X and B on Y" B's act is A's and B's date is Y.
func TestReadGapped(t *testing.T) {
	claim := "Chile signed the accord on 3 March 2021 and Peru on 9 October 2022."
	chile := citewatch.Assertion{Treaty: "T-9", Event: citewatch.EventSigned, Party: "CHL", Date: citewatch.DayDate(2021, 3, 3)}
	peru := citewatch.Assertion{Event: citewatch.EventSigned, Party: "PER", Date: citewatch.DayDate(2022, 10, 9)}
	rd := memReader{
		// The first reading gives Peru Chile's date.
		"Chile signed the accord on 3 March 2021 and Peru on 9 October 2022": {chile,
			{Treaty: "T-9", Event: citewatch.EventSigned, Party: "PER", Date: citewatch.DayDate(2021, 3, 3)}},
		"Chile signed the accord on 3 March 2021": {chile},
		"Peru signed it on 9 October 2022":        {peru},
	}
	read := func(s string) []citewatch.Assertion { return rd.Assertions(s, citewatch.Date{}) }
	got := readGapped(claim, read(claim), read)
	peru.Treaty = "T-9"
	if want := []citewatch.Assertion{chile, peru}; !reflect.DeepEqual(got, want) {
		t.Errorf("readGapped = %+v, want %+v", got, want)
	}
	// A second clause with its own verb is no gapped clause.
	own := "Chile signed the accord in 2021 and Peru ratified it in 2023."
	as := []citewatch.Assertion{{Event: citewatch.EventSigned, Party: "CHL", Date: year(2021)}, {Event: citewatch.EventRatified, Party: "PER", Date: year(2023)}}
	if got := readGapped(own, as, read); !reflect.DeepEqual(got, as) {
		t.Errorf("readGapped(%q) = %+v, want it unchanged", own, got)
	}
}

// "A, B, C and seven other states" are ten; "A and B joined eleven other
// signatories" is left as the reader counted it.
func TestCountOthers(t *testing.T) {
	as := []citewatch.Assertion{
		{Event: citewatch.EventSignatoryCount, Count: 7},
		{Event: citewatch.EventSigned, Party: "CHL"}, {Event: citewatch.EventSigned, Party: "PER"}, {Event: citewatch.EventSigned, Party: "BOL"},
	}
	got := countOthers("Chile, Peru, Bolivia and seven other states signed the accord.", as)
	if got[0].Count != 10 {
		t.Errorf("count = %d, want 10", got[0].Count)
	}
	// A party named in another clause is not one of the listed ones.
	other := []citewatch.Assertion{
		{Event: citewatch.EventSignatoryCount, Count: 7},
		{Event: citewatch.EventSigned, Party: "CHL"}, {Event: citewatch.EventSigned, Party: "PER"}, {Event: citewatch.EventSigned, Party: "BOL"},
	}
	if got := countOthers("Chile signed last; by 2020, Peru, Bolivia and seven other states had signed the accord.", other); got[0].Count != 9 {
		t.Errorf("count = %d, want 9", got[0].Count)
	}
	joined := []citewatch.Assertion{{Event: citewatch.EventSignatoryCount, Count: 13}, {Event: citewatch.EventSigned, Party: "CHL"}, {Event: citewatch.EventSigned, Party: "PER"}}
	if got := countOthers("Chile and Peru have joined eleven other signatories.", joined); got[0].Count != 13 {
		t.Errorf("count = %d, want 13 as read", got[0].Count)
	}
}
