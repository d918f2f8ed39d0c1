package extract

import (
	"math/rand/v2"
	"reflect"
	"regexp"
	"testing"
)

// reGluedStart is what gluedStarts finds: its group.
var reGluedStart = regexp.MustCompile(`(?:^|[^\p{L}\p{N}])\p{Ll}{3,}(\p{Lu})\p{Ll}`)

func gluedStartsByExpr(p string) []int {
	var out []int
	for _, loc := range reGluedStart.FindAllStringSubmatchIndex(p, -1) {
		out = append(out, loc[2])
	}
	return out
}

func TestGluedStartsAsExpr(t *testing.T) {
	texts := []string{
		"", "Un traité encore loin du compteLe Chili a ratifié", "PlayStation", "the iPhone", "abcDef", "abDef", "abcD", "abcDE",
		"éàüÉté", "x abcDefGhi jklMno", "2abcDef", "_abcDef", "abc\xffDef", "\xffabcDef", "abcDéf", "ǅabcDef", "ªabcDef", "²abcDef",
	}
	pieces := []string{"a", "b", "c", "é", "D", "É", "ǅ", " ", ",", "1", "_", "\xff", "\xe2", "ß", "Σ", "ς", "abc", "Def", "ª", "²", "日本"}
	rng := rand.New(rand.NewPCG(7, 8))
	for range 20000 {
		var s string
		for range rng.IntN(14) {
			s += pieces[rng.IntN(len(pieces))]
		}
		texts = append(texts, s)
	}
	for _, s := range texts {
		if got, want := gluedStarts(s), gluedStartsByExpr(s); !reflect.DeepEqual(got, want) {
			t.Errorf("gluedStarts(%q) = %v, want %v", s, got, want)
		}
	}
}

func FuzzGluedStarts(f *testing.F) {
	f.Add("Un traité encore loin du compteLe Chili")
	f.Add("abc\xffDef ǅabcDef")
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := gluedStarts(s), gluedStartsByExpr(s); !reflect.DeepEqual(got, want) {
			t.Errorf("gluedStarts(%q) = %v, want %v", s, got, want)
		}
	})
}
