package main

import (
	"errors"
	"fmt"
	"io"
	"os"

	"github.com/citewatch/citewatch"
)

// readFile reads the regular file name, of at most limit bytes. A folder,
// device, FIFO or socket is refused before it is opened (/dev/zero never
// ends, a FIFO may never open, and Stat gives both a size of 0), and the
// read goes through the limit whatever Stat said, so a file that grows
// while read is cut off with an error too. Errors wrap citewatch.ErrInvalid
// and name the file.
func readFile(name string, limit int64) ([]byte, error) {
	fi, err := os.Stat(name)
	switch {
	case errors.Is(err, os.ErrNotExist):
		return nil, fmt.Errorf("%w: %s: no such file", citewatch.ErrInvalid, name)
	case err != nil:
		return nil, fmt.Errorf("%w: %v", citewatch.ErrInvalid, err)
	case fi.IsDir():
		return nil, fmt.Errorf("%w: %s is a folder, not a file", citewatch.ErrInvalid, name)
	case !fi.Mode().IsRegular():
		return nil, fmt.Errorf("%w: %s is not a regular file (a device, FIFO or socket)", citewatch.ErrInvalid, name)
	case fi.Size() > limit:
		return nil, fmt.Errorf("%w: %s is larger than %s", citewatch.ErrInvalid, name, sizeText(limit))
	}
	f, err := os.Open(name)
	if err != nil {
		return nil, fmt.Errorf("%w: %v", citewatch.ErrInvalid, err)
	}
	defer func() { _ = f.Close() }() // read only: closing loses nothing
	data, err := io.ReadAll(io.LimitReader(f, limit+1))
	if err != nil {
		return nil, fmt.Errorf("%w: %v", citewatch.ErrInvalid, err)
	}
	if int64(len(data)) > limit {
		return nil, fmt.Errorf("%w: %s is larger than %s", citewatch.ErrInvalid, name, sizeText(limit))
	}
	return data, nil
}

// sizeText writes a byte count for a person: "16 MiB", "512 KiB".
func sizeText(n int64) string {
	switch {
	case n >= 1<<20 && n%(1<<20) == 0:
		return fmt.Sprintf("%d MiB", n>>20)
	case n >= 1<<10 && n%(1<<10) == 0:
		return fmt.Sprintf("%d KiB", n>>10)
	}
	return fmt.Sprintf("%d bytes", n)
}
