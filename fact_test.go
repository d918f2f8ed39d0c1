package citewatch

import (
	"testing"
	"time"
)

func TestFactEffectiveDate(t *testing.T) {
	day := Date{Year: 2025, Month: 2, Day: 11, Precision: PrecisionDay}
	table := Date{Year: 2025, Month: 3, Day: 1, Precision: PrecisionDay}
	page := Date{Year: 2025, Month: 3, Precision: PrecisionMonth}
	for _, tc := range []struct {
		name string
		f    Fact
		want Date
	}{
		{"its own date first", Fact{Date: day, AsOf: table, Citation: Citation{Published: page}}, day},
		{"else its table's", Fact{AsOf: table, Citation: Citation{Published: page}}, table},
		{"else its page's", Fact{Citation: Citation{Published: page}}, page},
		{"else none", Fact{}, Date{}},
	} {
		if got := tc.f.EffectiveDate(); got != tc.want {
			t.Errorf("%s: EffectiveDate() = %v, want %v", tc.name, got, tc.want)
		}
	}
}

func TestDisagree(t *testing.T) {
	feb11 := Date{Year: 2025, Month: 2, Day: 11, Precision: PrecisionDay}
	feb12 := Date{Year: 2025, Month: 2, Day: 12, Precision: PrecisionDay}
	feb := Date{Year: 2025, Month: 2, Precision: PrecisionMonth}
	signed := func(d Date) Fact { return Fact{Event: EventSigned, Party: "JPN", Date: d} }
	parties := func(n int, d Date) Fact { return Fact{Event: EventPartyCount, Count: n, Date: d} }
	for _, tc := range []struct {
		name string
		a, b Fact
		want bool
	}{
		{"same day", signed(feb11), signed(feb11), false},
		{"another day", signed(feb11), signed(feb12), true},
		{"a month that holds the day", signed(feb11), signed(feb), false},
		{"no date says nothing against a date", signed(feb11), signed(Date{}), false},
		{"the same count", parties(13, feb11), parties(13, feb12), false},
		{"another count", parties(13, feb11), parties(11, feb11), true},
		{"zero is a count", parties(0, feb11), parties(2, feb11), true},
	} {
		if got := Disagree(tc.a, tc.b); got != tc.want {
			t.Errorf("%s: Disagree(%v, %v) = %v, want %v", tc.name, tc.a, tc.b, got, tc.want)
		}
		if got := Disagree(tc.b, tc.a); got != tc.want {
			t.Errorf("%s, the other way round: Disagree = %v, want %v", tc.name, got, tc.want)
		}
	}
}

func TestWithinWithdrawalNotice(t *testing.T) {
	notice, effect := DayDate(2016, time.October, 27), DayDate(2017, time.October, 27)
	if !WithinWithdrawalNotice(notice, effect) || !WithinWithdrawalNotice(effect, notice) {
		t.Errorf("a notice a year before its effect: want within, either way round")
	}
	if WithinWithdrawalNotice(DayDate(2001, time.May, 1), effect) {
		t.Errorf("withdrawals sixteen years apart: want two withdrawals")
	}
	if WithinWithdrawalNotice(Date{}, effect) {
		t.Errorf("an undated withdrawal: want no pairing")
	}
}
