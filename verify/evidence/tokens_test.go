package evidence

import (
	"slices"
	"testing"
)

func TestTerms(t *testing.T) {
	tests := []struct {
		text string
		want []term
	}{
		{"The treaty has 1,000 pages", []term{{"treati", kindWord, "treaty"}, {"1000", kindNumber, "1,000"}, {"page", kindWord, "pages"}}},
		{"thirteen signatories", []term{{"13", kindNumber, "thirteen"}, {"signatori", kindWord, "signatories"}}},
		{"3 million people", []term{{"3000000", kindNumber, "3 million"}, {"peopl", kindWord, "people"}}},
		{"in the 1990s", []term{{"1990", kindNumber, "1990s"}}},
		{"Canada's signature", []term{{"canada", kindEntity, "Canada"}, {"signatur", kindWord, "signature"}}},
		{"41.3% of 2.50", []term{{"41.3", kindNumber, "41.3"}, {"2.5", kindNumber, "2.50"}}},
		{"opened-for-signature", []term{{"open", kindWord, "opened"}, {"signatur", kindWord, "signature"}}},
		{"on 05 September", []term{{"5", kindNumber, "05"}, {"septemb", kindEntity, "September"}}},
	}
	for _, tt := range tests {
		if got := terms(tt.text); !slices.Equal(got, tt.want) {
			t.Errorf("terms(%q) = %v, want %v", tt.text, got, tt.want)
		}
	}
}

func TestRank(t *testing.T) {
	sentences := []string{
		"The weather in Vilnius was mild.",
		"The convention was opened for signature in Vilnius on 5 September 2024.",
		"Ministers met in Strasbourg.",
	}
	got := Rank("opened for signature in Vilnius", sentences, 2)
	if len(got) != 2 || got[0].Index != 1 || got[1].Index != 0 {
		t.Fatalf("Rank = %+v, want sentence 1 then sentence 0", got)
	}
	if got[0].Score <= got[1].Score {
		t.Errorf("Rank scores %v, %v: want the first higher", got[0].Score, got[1].Score)
	}
	if got := Rank("unrelated words", sentences, 0); len(got) != 0 {
		t.Errorf("Rank of a query sharing no word = %+v, want none", got)
	}
}
