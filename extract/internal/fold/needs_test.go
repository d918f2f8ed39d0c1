package fold

import (
	"regexp"
	"slices"
	"testing"
)

func TestNeeds(t *testing.T) {
	for _, c := range []struct {
		expr string
		want []string // nil: no word is needed
	}{
		{`(?i)\bwould\s+sign`, []string{"would"}},
		{`(?i)(?:will|would|plans?)\s+to$`, []string{"will", "would", "plan", "plans"}},
		{`(?i)a(?:b|)c`, []string{"abc", "ac"}},
		{`(?i)n['’]t`, []string{"n't", "n’t"}},
		{`(?i)[a-z]+ly`, []string{"ly"}},
		{`(?i)(?:x|\d+)`, nil},       // a branch needs no word
		{`\bMay\b`, []string{"may"}}, // a case-sensitive literal is found lowered
		{`(?i)(?:\s+foo){0,3}$`, nil},
		{`(?i)(?:\s+foo){1,3}$`, []string{"foo"}},
		{`(?i)prévoit\s+de`, []string{"prévoit"}},
		{`(?i)σχέδιο`, nil}, // Greek folds differently from strings.ToLower
		{`批准する予定`, []string{"批准する予定"}},
		{`(`, nil},
	} {
		got := Needs(c.expr)
		slices.Sort(got)
		want := slices.Clone(c.want)
		slices.Sort(want)
		if !slices.Equal(got, want) || (got == nil) != (c.want == nil) {
			t.Errorf("Needs(%q) = %q, want %q", c.expr, got, c.want)
		}
	}
}

// TestGuardAgrees checks that a guarded expression is skipped only on
// texts it does not match.
func TestGuardAgrees(t *testing.T) {
	exprs := []string{`(?i)(?:will|would|plans?)(?:\s+\w+){0,3}\s*$`, `(?i)\b(?:prévoit\s+de|entend)\b`, `\bMay\b`}
	texts := []string{"It WOULD then", "they plan", "il PRÉVOIT DE signer", "Elle entend", "in May", "may be", "nothing here", "ſome will", "\u212aelvin"}
	for _, e := range exprs {
		g := Guard(e)
		re := regexp.MustCompile(e)
		for _, s := range texts {
			if re.MatchString(s) && !g.May(Lower(s)) {
				t.Errorf("Guard(%q) skips %q, which it matches", e, s)
			}
		}
		if g.May(Lower("nothing here")) {
			t.Errorf("Guard(%q) does not skip a text without its words", e)
		}
	}
}
