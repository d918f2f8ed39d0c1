package treaties

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestZZ(t *testing.T) {
	files, _ := filepath.Glob(os.Getenv("ZZGLOB"))
	seen := map[string]bool{}
	for _, f := range files {
		b, _ := os.ReadFile(f)
		for _, line := range strings.Split(string(b), "\n") {
			for _, m := range Find(line, Options{}) {
				if m.Name != "" && !seen[m.Name] {
					seen[m.Name] = true
					fmt.Printf("%s\t%q\t%s\n", filepath.Base(f)[:3], m.Name, m.ID)
				}
			}
		}
	}
}
