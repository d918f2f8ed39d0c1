package dates

import (
	"testing"

	"github.com/citewatch/citewatch"
)

func TestFind(t *testing.T) {
	pub := citewatch.DayDate(2025, 2, 11)
	anchored := Context{Anchor: pub, AnchorName: "dateline"}
	european := Context{Order: OrderDayFirst, OrderWhy: "the page is European"}
	tests := []struct {
		in   string
		c    Context
		want string // Date.String() of the single mention, "" for none, "?" for ambiguous
		text string // the mention's text
	}{
		{"It was opened for signature on 5 September 2024 in Vilnius.", Context{}, "2024-09-05", "5 September 2024"},
		{"Signed on September 5, 2024.", Context{}, "2024-09-05", "September 5, 2024"},
		{"Signed on 5 Sept. 2024.", Context{}, "2024-09-05", "5 Sept. 2024"},
		{"Entered into force on 2024-09-05.", european, "2024-09-05", "2024-09-05"},
		{"Date: 1998-03-12", european, "1998-03-12", "1998-03-12"},
		{"signée le 5 septembre 2024", Context{}, "2024-09-05", "5 septembre 2024"},
		{"entrée en vigueur le 1er juillet 2004", Context{}, "2004-07-01", "1er juillet 2004"},
		{"am 5. September 2024 unterzeichnet", Context{}, "2024-09-05", "5. September 2024"},
		{"2024年9月5日に署名", Context{}, "2024-09-05", "2024年9月5日"},
		{"adopted in May 2024", Context{}, "2024-05", "May 2024"},
		{"You may 2024 be wrong", Context{}, "", ""},
		{"opened for signature in 2023", Context{}, "2023", "2023"},
		{"signed on 05/09/2024", european, "2024-09-05", "05/09/2024"},
		{"signed on 05/09/2024", Context{}, "?", "05/09/2024"},
		{"signed on 25/09/2024", Context{}, "2024-09-25", "25/09/2024"},
		{"signed on 09/25/2024", Context{}, "2024-09-25", "09/25/2024"},
		{"signed it on 5 September", anchored, "2024-09-05", "5 September"},
		{"Paris, Feb. 11 (Jiji Press)--", Context{Anchor: citewatch.DayDate(2025, 2, 12)}, "2025-02-11", "Feb. 11"},
		{"Japan on Tuesday signed the convention", anchored, "2025-02-11", "on Tuesday"},
		{"Japan on Monday signed the convention", anchored, "2025-02-10", "on Monday"},
		{"it was adopted last year", anchored, "2024", "last year"},
		{"on Tuesday", Context{}, "", ""},
		{"ouverte le jeudi 5 septembre 2024 à Vilnius", anchored, "2024-09-05", "5 septembre 2024"},
		{"signed on Thursday, 5 September 2024", anchored, "2024-09-05", "5 September 2024"},
		{"signed it on Thursday (5 September)", anchored, "2024-09-05", "5 September"},
		{"it entered into force ten years ago today", anchored, "2015-02-11", "ten years ago today"},
		{"a conference on 3–4 December 2024", Context{}, "2024-12", "3–4 December 2024"},
		{"CETS No. 225 was adopted", Context{}, "", ""},
		{"on 31 February 2025", Context{}, "", ""},
		{"the 5th of May, 2024", Context{}, "2024-05-05", "5th of May, 2024"},
		{"adopted by the Parties in Paris last December.", anchored, "2024-12", "last December"},
		{"The treaty was adopted in May after two years", anchored, "2024-05", "in May"},
		{"opened for signature in Vilnius last September", anchored, "2024-09", "last September"},
		{"signé le 5 septembre dernier", anchored, "2024-09-05", "5 septembre"},
		{"opened for signature in Istanbul ten years ago.", anchored, "2015", "ten years ago"},
		{"adopted in May 2024", anchored, "2024-05", "May 2024"},
		{"signed on 2025/02/11 in Paris", Context{}, "2025-02-11", "2025/02/11"},
		{"signed 11-Feb-2025", Context{}, "2025-02-11", "11-Feb-2025"},
		{"signed 11 Feb 2025", Context{}, "2025-02-11", "11 Feb 2025"},
		{"the following March", Context{}, "", ""},
		{"l'année suivante", Context{}, "", ""},
		{"STATUS AS AT : 17-03-2023 10:00:00 EDT", Context{}, "2023-03-17", "17-03-2023"},
	}
	for _, tt := range tests {
		ms := Find(tt.in, tt.c)
		got, text := "", ""
		if len(ms) > 1 {
			t.Errorf("Find(%q) = %d mentions %+v, want at most 1", tt.in, len(ms), ms)
			continue
		}
		if len(ms) == 1 {
			got, text = ms[0].Date.String(), ms[0].Text(tt.in)
			if ms[0].Ambiguous {
				got = "?"
			}
		}
		if got != tt.want || text != tt.text {
			t.Errorf("Find(%q) = %q (%q), want %q (%q)", tt.in, got, text, tt.want, tt.text)
		}
	}
}

func TestFindResolvedNotes(t *testing.T) {
	ms := Find("Japan on Tuesday signed", Context{Anchor: citewatch.DayDate(2025, 2, 11), AnchorName: "dateline"})
	if len(ms) != 1 || ms[0].Date.Resolved != "Tuesday on or before dateline 2025-02-11" {
		t.Fatalf("Find = %+v, want one mention resolved against the dateline", ms)
	}
	ms = Find("signed on 05/09/2024", Context{Order: OrderDayFirst, OrderWhy: "the page is European"})
	if len(ms) != 1 || ms[0].Date.Resolved == "" {
		t.Fatalf("ambiguous day-first date carries no note: %+v", ms)
	}
}

func TestParse(t *testing.T) {
	for in, want := range map[string]string{
		"2025-02-11T09:30:00+01:00": "2025-02-11",
		"11 February 2025":          "2025-02-11",
		" 2024-09 ":                 "2024-09",
		"Published: 11/02/2025":     "",
	} {
		d, _ := Parse(in, Context{})
		if d.String() != want {
			t.Errorf("Parse(%q) = %q, want %q", in, d.String(), want)
		}
	}
}

// TestFindFollowing checks that "the following March" and "the next
// year" are read after the latest date before them.
func TestFindFollowing(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"opened in June 2007 and ratified by Greece the following March", "2008-03"},
		{"opened on 25 October 2007 and ratified by Greece the following November", "2007-11"},
		{"adopted in January 2010 and signed by Greece the following March", "2010-03"},
		{"adopted in 2010 and in force the next year", "2011"},
		{"adoptée en 2010, elle est entrée en vigueur l'année suivante", "2011"},
	} {
		ms := Find(tt.in, Context{})
		if len(ms) != 2 || ms[1].Date.String() != tt.want {
			t.Errorf("Find(%q) = %+v, want a second mention %s", tt.in, ms, tt.want)
		}
	}
}
