package main

import (
	"strings"
	"testing"
)

func TestEvalTextCommand(t *testing.T) {
	dir := "../../extract/testdata/text"
	out, err := runCitewatch(t, "--data", t.TempDir(), "eval", "text", dir, "--truth", dir+"/truth.jsonl", "--pages")
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"date-wiki.html", "text token F1", "date exact day                        1.000", "pages/s"} {
		if !strings.Contains(out, want) {
			t.Errorf("eval text output lacks %q:\n%s", want, out)
		}
	}
}
