package citewatch

import (
	"errors"
	"testing"
)

func TestDateAgrees(t *testing.T) {
	day := DayDate(2024, 5, 17)
	tests := []struct {
		a, b Date
		want bool
	}{
		{Date{Year: 2024, Month: 5, Precision: PrecisionMonth}, day, true},
		{Date{Year: 2023, Precision: PrecisionYear}, day, false},
		{Date{Year: 2024, Precision: PrecisionYear}, day, true},
		{Date{Year: 2024, Month: 9, Precision: PrecisionMonth}, day, false},
		{DayDate(2024, 5, 18), day, false},
		{day, day, true},
		{Date{}, day, false},
		{Date{}, Date{}, true},
	}
	for _, tt := range tests {
		if got := tt.a.Agrees(tt.b); got != tt.want {
			t.Errorf("%v.Agrees(%v) = %v, want %v", tt.a, tt.b, got, tt.want)
		}
		if got := tt.b.Agrees(tt.a); got != tt.want {
			t.Errorf("%v.Agrees(%v) = %v, want %v", tt.b, tt.a, got, tt.want)
		}
	}
}

func TestDateValidate(t *testing.T) {
	if err := DayDate(2025, 2, 30).Validate(); err == nil {
		t.Error("DayDate(2025, 2, 30).Validate() = nil, want error")
	}
	if err := (Date{Year: 2024, Month: 5, Day: 3, Precision: PrecisionMonth}).Validate(); err == nil {
		t.Error("month precision with a day validated")
	}
	if err := DayDate(2024, 9, 5).Validate(); err != nil {
		t.Errorf("DayDate(2024, 9, 5).Validate() = %v", err)
	}
	if got := DayDate(2024, 9, 5).Human(); got != "5 September 2024" {
		t.Errorf("Human() = %q, want %q", got, "5 September 2024")
	}
}

func TestParseDate(t *testing.T) {
	for _, tt := range []struct {
		in   string
		want Date
	}{
		{"2024-09-05", DayDate(2024, 9, 5)},
		{"2023-09", Date{Year: 2023, Month: 9, Precision: PrecisionMonth}},
		{"2023", Date{Year: 2023, Precision: PrecisionYear}},
		{"", Date{}},
	} {
		if got, err := ParseDate(tt.in); err != nil || got != tt.want {
			t.Errorf("ParseDate(%q) = %v, %v, want %v", tt.in, got, err, tt.want)
		}
	}
	for _, in := range []string{"2025-02-30", "5 September 2024", "2024-9-5", "24-09-05"} {
		if _, err := ParseDate(in); !errors.Is(err, ErrInvalid) {
			t.Errorf("ParseDate(%q): err = %v, want ErrInvalid", in, err)
		}
	}
}
