package treaties

import (
	"fmt"
	"os"
	"strings"
	"testing"
)

func TestZZ(t *testing.T) {
	data, err := os.ReadFile("/tmp/t9scratch/in.txt")
	if err != nil {
		t.Skip()
	}
	for _, line := range strings.Split(string(data), "\n") {
		if line == "" {
			continue
		}
		o := Options{CouncilOfEurope: true}
		o.Aliases = Learn(line, o)
		fmt.Println(">", line)
		for _, m := range Find(line, o) {
			fmt.Printf("   %q id=%q gen=%v\n", line[m.Start:m.End], m.ID, m.Generic)
		}
	}
}
