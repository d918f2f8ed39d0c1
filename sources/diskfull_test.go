package sources

import (
	"fmt"
	"strings"
	"syscall"
	"testing"
)

// TestDiskFullNamed checks that an error for lack of space is reported as
// a full disk, not as an I/O error, and that other errors are not.
func TestDiskFullNamed(t *testing.T) {
	c := &Catalog{path: "/data/catalog.db"}
	err := c.wrap("migrate", fmt.Errorf("write journal: %w", syscall.ENOSPC))
	if err == nil || !strings.Contains(err.Error(), "is full") {
		t.Errorf("wrap(ENOSPC) = %v, want the disk named full", err)
	}
	if err := c.wrap("migrate", fmt.Errorf("write journal: %w", syscall.EIO)); strings.Contains(err.Error(), "is full") {
		t.Errorf("wrap(EIO) = %v: not a full disk", err)
	}
}
