package evidence

import (
	"slices"
	"strings"
	"testing"
)

// page is a short news release in the style of an intergovernmental site;
// its facts are true.
var release = []string{
	"(meta data) TITLE: Council of Europe opens AI convention for signature",
	"(meta data) PUBLISHED DATETIME: 2024-09-05",
	"The Framework Convention on Artificial Intelligence was opened for signature in Vilnius on 5 September 2024.",
	"It was signed that day by Andorra, Georgia, Iceland, Norway, the Republic of Moldova, San Marino and the United Kingdom, as well as Israel, the United States and the European Union.",
	"The convention was adopted by the Committee of Ministers on 17 May 2024.",
	"It is the first legally binding international treaty in this field.",
	"Ministers from many member states attended the conference.",
}

func TestJudge(t *testing.T) {
	s := New(Options{})
	tests := []struct {
		name    string
		claim   string
		want    Label
		best    int    // a sentence Best must include; -1 for none
		missing string // a word Missing must include; "" for none
	}{
		{"supported", "The convention was opened for signature in Vilnius on 5 September 2024.", Supported, 2, ""},
		{"supported across sentences", "Adopted by the Committee of Ministers in May 2024, the convention was signed by Norway and Iceland in Vilnius.", Supported, 4, ""},
		{"wrong year", "The convention was opened for signature in Vilnius on 5 September 2023.", Partial, 2, "2023"},
		{"wrong count", "The convention was signed in Vilnius by 47 member states.", Partial, -1, "47"},
		{"name not in the source", "Japan signed the convention in Vilnius on 5 September 2024.", Partial, 2, "Japan"},
		{"partial", "The convention was opened for signature in Vilnius, where it was praised by trade unions and scientists for its strict enforcement.", Partial, 2, "scientists"},
		{"unrelated", "The river floods every spring after heavy snow.", None, -1, "river"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			j := s.Judge(tt.claim, "", release)
			if j.Label != tt.want {
				t.Fatalf("Judge(%q).Label = %q (coverage %.2f, %s), want %q", tt.claim, j.Label, j.Coverage, j.Reason, tt.want)
			}
			if tt.best >= 0 && !slices.Contains(j.Best, tt.best) {
				t.Errorf("Best = %v, want it to include sentence %d", j.Best, tt.best)
			}
			if tt.missing != "" && !slices.Contains(j.Missing, tt.missing) {
				t.Errorf("Missing = %v, want it to include %q", j.Missing, tt.missing)
			}
			if tt.want == Partial && tt.missing != "" && !strings.Contains(j.Reason, tt.missing) {
				t.Errorf("Reason = %q, want it to name %q", j.Reason, tt.missing)
			}
			if j.Coverage < 0 || j.Coverage > 1 {
				t.Errorf("Coverage = %v, want 0..1", j.Coverage)
			}
		})
	}
}

func TestJudgeContextNamesTheSubject(t *testing.T) {
	about := []string{
		"(meta data) TITLE: About me",
		"I was born in Lyon and studied law in Geneva.",
		"I have advised governments on treaty law since 2001.",
	}
	claim := "Dupont studied law in Geneva and has advised governments on treaty law since 2001."
	s := New(Options{})
	if j := s.Judge(claim, "", about); j.Label == Supported {
		t.Errorf("without context: Label = %q, want not supported: the page never names Dupont", j.Label)
	}
	if j := s.Judge(claim, "Dupont is a lawyer.", about); j.Label != Supported {
		t.Errorf("with context naming Dupont: Label = %q (%s), want supported", j.Label, j.Reason)
	}
}

func TestJudgeEmpty(t *testing.T) {
	s := New(Options{})
	if j := s.Judge("", "", release); j.Label != None || j.Reason == "" {
		t.Errorf("empty claim: %+v, want None with a reason", j)
	}
	if j := s.Judge("The convention was signed.", "", nil); j.Label != None || len(j.Best) != 0 {
		t.Errorf("no sentences: %+v, want None and no evidence", j)
	}
}

func TestNewDefaults(t *testing.T) {
	got := New(Options{}).Options()
	want := Options{SupportedAt: defaultSupportedAt, PartialAt: defaultPartialAt, TopK: defaultTopK}
	if got != want {
		t.Errorf("New(Options{}).Options() = %+v, want %+v", got, want)
	}
	if got := New(Options{TopK: 1}).Options().TopK; got != 1 {
		t.Errorf("TopK = %d, want 1", got)
	}
}

func FuzzJudge(f *testing.F) {
	f.Add("The convention was opened for signature on 5 September 2024.", "It was adopted.", "Opened in Vilnius on 5 Sept. 2024.\nSigned by 10 states.")
	f.Add("", "", "")
	f.Add("1,000,000.5 million ’s '' 3rd", "x", "(meta data) TITLE:\n\n")
	f.Fuzz(func(t *testing.T, claim, context, text string) {
		j := New(Options{}).Judge(claim, context, strings.Split(text, "\n"))
		if j.Coverage < 0 || j.Coverage > 1 {
			t.Errorf("Coverage = %v, want 0..1", j.Coverage)
		}
		if j.Reason == "" {
			t.Error("empty Reason")
		}
		switch j.Label {
		case Supported, Partial, None:
		default:
			t.Errorf("Label = %q", j.Label)
		}
	})
}
