package main

import (
	"bytes"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// oneSentencePage is a page of about size bytes whose text is one sentence
// of treaty acts that never reaches a full stop: the shape that once kept
// extraction busy for hours.
func oneSentencePage(size int) []byte {
	acts := []string{
		"Japan signed the Paris Agreement on 22 April 2016",
		"Norway ratified the Paris Agreement on 20 June 2016",
		"Chile deposited its instrument of ratification on 10 February 2017",
		"the Kyoto Protocol entered into force on 16 February 2005",
	}
	var b bytes.Buffer
	b.WriteString("<html><head><title>Treaty news</title></head><body><p>")
	for i := 0; b.Len() < size; i++ {
		b.WriteString(acts[i%len(acts)] + ", and ")
	}
	b.WriteString("</p></body></html>")
	return b.Bytes()
}

// TestExtractInterrupted runs the built binary's extract on a 1 MB page of
// one long sentence and sends it SIGINT while it reads: the command ends
// within the two seconds (a looser ceiling for a loaded machine),
// says it was interrupted and exits 130.
func TestExtractInterrupted(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the binary")
	}
	dir := t.TempDir()
	bin := filepath.Join(dir, "citewatch")
	if out, err := exec.Command("go", "build", "-o", bin, ".").CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	page := filepath.Join(dir, "long.html")
	if err := os.WriteFile(page, oneSentencePage(1<<20), 0o644); err != nil {
		t.Fatal(err)
	}

	// A whole extraction of the page takes tens of seconds on a loaded
	// machine; the signal comes once the page is being read. A signal that
	// comes before the program has started (it kills the process) is
	// tried again later.
	for _, delay := range []time.Duration{500 * time.Millisecond, 2 * time.Second, 5 * time.Second} {
		stopped, stderr, err := interruptExtract(t, bin, dir, page, delay)
		var exit *exec.ExitError
		if errors.As(err, &exit) {
			if ws, ok := exit.Sys().(syscall.WaitStatus); ok && ws.Signaled() {
				t.Logf("SIGINT %v after start came before the program started", delay)
				continue
			}
		}
		t.Logf("SIGINT %v after start; exited %v after it", delay, stopped)
		if !errors.As(err, &exit) || exit.ExitCode() != exitSignals || !strings.Contains(stderr, "interrupted") {
			t.Errorf("extract after SIGINT: %v, stderr %q; want exit %d and \"interrupted\"", err, stderr, exitSignals)
		}
		// The aim is 2s; the ceiling leaves room for a loaded machine.
		if stopped > 5*time.Second {
			t.Errorf("extract ended %v after SIGINT, want within about 2s", stopped)
		}
		return
	}
	t.Fatal("the program never started in time to catch SIGINT")
}

// interruptExtract starts the binary's extract of page, sends it SIGINT
// after delay, and returns how long it took to end after the signal, its
// stderr and how it ended.
func interruptExtract(t *testing.T, bin, dir, page string, delay time.Duration) (time.Duration, string, error) {
	t.Helper()
	var stderr bytes.Buffer
	cmd := exec.Command(bin, "--data", filepath.Join(dir, "data"), "extract", page)
	cmd.Stderr = &stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	done := make(chan error, 1)
	go func() { done <- cmd.Wait() }()
	select {
	case err := <-done:
		t.Fatalf("extract ended before SIGINT (%v): %v\n%.2000s", delay, err, stderr.String())
	case <-time.After(delay):
	}
	sent := time.Now()
	if err := cmd.Process.Signal(syscall.SIGINT); err != nil {
		t.Fatal(err)
	}
	select {
	case err := <-done:
		return time.Since(sent), stderr.String(), err
	case <-time.After(30 * time.Second):
		if err := cmd.Process.Kill(); err != nil {
			t.Logf("kill: %v", err) // it may have ended meanwhile; the test fails either way
		}
		t.Fatalf("extract still running 30s after SIGINT; killed, it ended with %v", <-done)
	}
	return 0, "", nil
}
