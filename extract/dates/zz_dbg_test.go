package dates

import (
	"fmt"
	"os"
	"testing"
)

func TestZZDebug(t *testing.T) {
	text := os.Getenv("DBG_TEXT")
	if text == "" {
		t.Skip()
	}
	anchor, _ := Parse(os.Getenv("DBG_PUB"), Context{})
	for _, m := range Find(text, Context{Anchor: anchor, AnchorName: "pub"}) {
		fmt.Printf("%q -> %s (%s) partial=%v wd=%v\n", m.Text(text), m.Date, m.Date.Resolved, m.Partial, m.weekday)
	}
}
