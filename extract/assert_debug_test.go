package extract

import (
	"os"
	"testing"

	"github.com/rs/zerolog"

	"github.com/citewatch/citewatch"
)

func TestDebugSentence(t *testing.T) {
	s := os.Getenv("SENT")
	if s == "" {
		t.Skip()
	}
	for _, a := range New(zerolog.Nop()).Assertions("The Framework Convention on Artificial Intelligence (CETS No. 225) is the subject here. "+s, citewatch.DayDate(2025, 2, 11)) {
		t.Logf("%+v", a)
	}
}
