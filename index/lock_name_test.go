package index

import "testing"

// TestCommandName keeps flag values, which may hold a proxy's password,
// out of the lock file.
func TestCommandName(t *testing.T) {
	args := []string{"/usr/local/bin/citewatch", "--data", "/srv/data", "crawl", "--proxy", "http://user:secret@proxy:8080", "--contact", "ops", "https://www.coe.int/"}
	if got := commandName(args); got != "citewatch crawl ops" {
		t.Errorf("commandName = %q, want %q", got, "citewatch crawl ops")
	}
}
