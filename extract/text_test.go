package extract

import (
	"testing"

	"github.com/citewatch/citewatch"
)

func TestSplitSentences(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"Japan signed CETS No. 225 on 11 Feb. 2025. Canada did too.", []string{"Japan signed CETS No. 225 on 11 Feb. 2025.", "Canada did too."}},
		{"It opened on 5 Sept. 2024 in Vilnius. The U.S. signed.", []string{"It opened on 5 Sept. 2024 in Vilnius.", "The U.S. signed."}},
		{"Paris, Feb. 11 (Jiji Press)--Japan on Tuesday signed the treaty. It is the first.", []string{"Paris, Feb. 11 (Jiji Press)--Japan on Tuesday signed the treaty.", "It is the first."}},
		{"Signed by J. R. Smith for the U.K. Government. Next sentence.", []string{"Signed by J. R. Smith for the U.K. Government.", "Next sentence."}},
		{"“The Convention is a milestone.” The Secretary General said so.", []string{"“The Convention is a milestone.”", "The Secretary General said so."}},
		{"条約に署名しました。発効は未定です。", []string{"条約に署名しました。", "発効は未定です。"}},
		{"See Art. 30 and para. 2. Done!", []string{"See Art. 30 and para. 2.", "Done!"}},
		{"No end punctuation", []string{"No end punctuation"}},
		{"Chile hat es am 4. März 2024 ratifiziert. Palau folgte.", []string{"Chile hat es am 4. März 2024 ratifiziert.", "Palau folgte."}},
		{"Es trat am 1. Januar in Kraft. Es gilt seit 2. Jan. 2024.", []string{"Es trat am 1. Januar in Kraft.", "Es gilt seit 2. Jan. 2024."}},
		{"The votes were 12. Norway abstained.", []string{"The votes were 12.", "Norway abstained."}},
		// A heading run into the sentence below it, a stop that lost its space.
		{"Un traité encore loin du compteLe Chili a ratifié.", []string{"Un traité encore loin du compte", "Le Chili a ratifié."}},
		{"Many signed, few ratifiedSo far, Chile has ratified.", []string{"Many signed, few ratified", "So far, Chile has ratified."}},
		{"Chile hat es ratifiziert.Als erster Staat folgte Peru.", []string{"Chile hat es ratifiziert.", "Als erster Staat folgte Peru."}},
		{"Sony's PlayStation and the U.S.A. are names.", []string{"Sony's PlayStation and the U.S.A. are names."}},
		{"See the page example.org/Docs.Html now.", []string{"See the page example.org/Docs.Html now."}},
		{"批准国は33か国（日本も含む。）となった。次の文。", []string{"批准国は33か国（日本も含む。）となった。", "次の文。"}},
	}
	for _, tt := range tests {
		doc := textDocument("https://example.org/", tt.in, citewatch.Date{})
		var got []string
		for _, sp := range doc.Sentences {
			got = append(got, doc.Slice(sp))
		}
		if len(got) != len(tt.want) {
			t.Errorf("splitSentences(%q) = %q, want %q", tt.in, got, tt.want)
			continue
		}
		for i := range got {
			if got[i] != tt.want[i] {
				t.Errorf("splitSentences(%q)[%d] = %q, want %q", tt.in, i, got[i], tt.want[i])
			}
		}
	}
}

func TestQuotesRoundTrip(t *testing.T) {
	x := New(testLogger())
	doc, facts, err := x.Extract(t.Context(), snapshot("https://example.org/wire", "text/html; charset=utf-8", []byte(article)))
	if err != nil {
		t.Fatal(err)
	}
	if len(facts) == 0 {
		t.Fatal("no facts")
	}
	for _, f := range facts {
		if got := doc.Slice(f.Citation.Span); got != f.Citation.Quote {
			t.Errorf("Slice(%v) = %q, want quote %q", f.Citation.Span, got, f.Citation.Quote)
		}
		if err := f.Validate(); err != nil {
			t.Error(err)
		}
		if f.Citation.WARCRecordID == "" || f.Citation.FetchedAt.IsZero() || f.Citation.Published.IsZero() || f.Citation.ExtractorVersion != Version {
			t.Errorf("citation incomplete: %+v", f.Citation)
		}
	}
	for _, sp := range doc.Sentences {
		if s := doc.Slice(sp); s == "" || s[0] == ' ' || s[len(s)-1] == ' ' {
			t.Errorf("sentence %v = %q, want trimmed and non-empty", sp, s)
		}
	}
}
