package index

import (
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"time"
	"unicode/utf8"

	"github.com/citewatch/citewatch"
)

// Holder describes the process that holds an index for writing, as it
// wrote itself into the lock file next to the index.
type Holder struct {
	PID     int       `json:"pid"`
	Command string    `json:"command"`
	Since   time.Time `json:"since"`
}

func (h Holder) String() string {
	if h.PID == 0 {
		return "an unknown process"
	}
	cmd := h.Command
	if len(cmd) > maxHolderCommand { // a crawl's command line may list many URLs
		cut := maxHolderCommand
		for cut > 0 && !utf8.RuneStart(cmd[cut]) {
			cut--
		}
		cmd = cmd[:cut] + " ..."
	}
	return fmt.Sprintf("pid %d (%s) since %s", h.PID, cmd, h.Since.Local().Format("2006-01-02 15:04:05"))
}

// maxHolderCommand is how much of the holder's command line a busy
// message shows.
const maxHolderCommand = 80

// BusyError reports an index held by another process. It wraps
// citewatch.ErrBusy. Holder is the writer named in the lock file; when the
// index is held only by readers, Readers is true and Holder is zero.
type BusyError struct {
	Path    string
	Holder  Holder
	Readers bool
}

func (e *BusyError) Error() string {
	if e.Readers {
		return fmt.Sprintf("index: %s is busy: other citewatch processes are reading it; try again when they finish", e.Path)
	}
	return fmt.Sprintf("index: %s is busy: being written by %s; try again when it finishes", e.Path, e.Holder)
}

func (e *BusyError) Unwrap() error { return citewatch.ErrBusy }

// writerLock is the exclusive lock one writing process holds on the lock
// file beside the index for as long as its Index is open. The file also
// records who holds it, so that others can say so.
type writerLock struct {
	f *os.File
}

// lockPath is the lock file of the index at path.
func lockPath(path string) string { return strings.TrimRight(path, string(os.PathSeparator)) + ".lock" }

// acquireWriter takes the writer lock on the index at path, retrying until
// wait has passed. It returns a *BusyError when another process holds it.
func acquireWriter(path string, wait time.Duration) (*writerLock, error) {
	f, err := os.OpenFile(lockPath(path), os.O_RDWR|os.O_CREATE, 0o600)
	if err != nil {
		return nil, fmt.Errorf("index: lock file: %w", err)
	}
	if err := f.Chmod(0o600); err != nil { // one made by an older version
		return nil, fmt.Errorf("index: lock file: %w", errors.Join(err, f.Close()))
	}
	deadline := time.Now().Add(wait)
	for {
		err = syscall.Flock(int(f.Fd()), syscall.LOCK_EX|syscall.LOCK_NB)
		if err == nil {
			break
		}
		if !errors.Is(err, syscall.EWOULDBLOCK) {
			return nil, fmt.Errorf("index: lock file: %w", errors.Join(err, f.Close()))
		}
		if time.Now().After(deadline) {
			_ = f.Close() // not locked, nothing written: the other holder's file is as it was
			return nil, &BusyError{Path: path, Holder: readHolder(path)}
		}
		time.Sleep(50 * time.Millisecond)
	}
	h := Holder{PID: os.Getpid(), Command: commandName(os.Args), Since: time.Now().UTC()}
	b, _ := json.Marshal(h)
	err = f.Truncate(0)
	if err == nil {
		_, err = f.WriteAt(append(b, '\n'), 0)
	}
	if err != nil {
		return nil, fmt.Errorf("index: lock file: %w", errors.Join(err, f.Close()))
	}
	return &writerLock{f: f}, nil
}

// commandName names the command holding the lock for others to read: the
// program and its first plain words ("citewatch crawl"), never the flag
// values, which may hold a proxy's password.
func commandName(args []string) string {
	if len(args) == 0 {
		return ""
	}
	words := []string{filepath.Base(args[0])}
	for _, a := range args[1:] {
		if len(words) == 3 {
			break
		}
		if a != "" && strings.Trim(a, "abcdefghijklmnopqrstuvwxyz-") == "" && !strings.HasPrefix(a, "-") {
			words = append(words, a)
		}
	}
	return strings.Join(words, " ")
}

// release empties the lock file and drops the lock.
func (l *writerLock) release() error {
	if l == nil || l.f == nil {
		return nil
	}
	_ = l.f.Truncate(0)
	err := l.f.Close() // closing the descriptor drops the flock
	l.f = nil
	return err
}

// readHolder reads who holds the writer lock of the index at path; the zero
// Holder when nobody wrote themselves in.
func readHolder(path string) Holder {
	var h Holder
	b, err := os.ReadFile(lockPath(path))
	if err != nil {
		return h
	}
	_ = json.Unmarshal(b, &h)
	return h
}
