package main

import (
	"bytes"
	"compress/gzip"
	"context"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"syscall"
	"testing"
	"time"
)

// craftedWARC writes a WARC file of a few hundred kilobytes whose one
// record claims a 2 GiB block and inflates to 200 MiB of zeros.
func craftedWARC(t *testing.T, name string) {
	t.Helper()
	var b bytes.Buffer
	zw, _ := gzip.NewWriterLevel(&b, gzip.BestSpeed)
	zw.Write([]byte("WARC/1.1\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:uuid:crafted>\r\n" +
		"WARC-Target-URI: http://www.example.org/page\r\nContent-Type: application/http; msgtype=response\r\nContent-Length: 2147483648\r\n\r\n" +
		"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n"))
	zeros := make([]byte, 1<<20)
	for range 200 {
		zw.Write(zeros)
	}
	zw.Close()
	if err := os.MkdirAll(filepath.Dir(name), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(name, b.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
}

// TestCraftedWARCIsRefused lists, replays and rebuilds from a crafted WARC
// file: each command says the record is invalid (listing and rebuilding
// fail with one line; a replay warns and goes on without it), quickly,
// without allocating what the record claims or inflates to.
func TestCraftedWARCIsRefused(t *testing.T) {
	data := t.TempDir()
	crafted := filepath.Join(data, "warc", "crafted.warc.gz")
	craftedWARC(t, crafted)
	for _, args := range [][]string{
		{"--data", data, "archive", "ls"},
		{"--data", data, "index", "--rebuild"},
		{"--data", t.TempDir(), "crawl", "--replay", crafted, "http://www.example.org/page"},
	} {
		var before, after runtime.MemStats
		runtime.GC()
		runtime.ReadMemStats(&before)
		start := time.Now()
		_, stderr, code, _ := citewatchExit(context.Background(), args...)
		runtime.ReadMemStats(&after)
		what := strings.Join(args[2:], " ")
		if replay := args[2] == "crawl"; replay {
			if code != exitOK || !strings.Contains(stderr, "not in replay archive") || strings.Contains(stderr, "goroutine ") {
				t.Errorf("%s: exit %d (%s), want the record skipped with a warning", what, code, stderr)
			}
		} else {
			if code != exitError {
				t.Errorf("%s: exit %d, want %d (%s)", what, code, exitError, stderr)
			}
			oneClearLine(t, what, stderr)
		}
		if !strings.Contains(stderr, "over the") || !strings.Contains(stderr, "crafted.warc.gz") {
			t.Errorf("%s: %q, want the file and the limit named", what, stderr)
		}
		if n := after.TotalAlloc - before.TotalAlloc; n > 100<<20 {
			t.Errorf("%s: allocated %d MiB", what, n>>20)
		}
		if d := time.Since(start); d > 20*time.Second {
			t.Errorf("%s: took %v", what, d)
		}
	}
}

// TestLocalFilesAreBounded gives devices and a FIFO where a file is
// expected: each is refused at once, in one line, without being read.
func TestLocalFilesAreBounded(t *testing.T) {
	data := t.TempDir()
	fifo := filepath.Join(t.TempDir(), "fifo")
	if err := syscall.Mkfifo(fifo, 0o644); err != nil {
		t.Fatal(err)
	}
	const u = "http://www.example.org/page"
	for _, args := range [][]string{
		{"archive", "add", u, "/dev/zero"},
		{"archive", "add", u, fifo},
		{"verify", "/dev/zero"},
		{"verify", fifo},
		{"extract", "/dev/zero"},
		{"extract", fifo},
	} {
		what := strings.Join(args, " ")
		ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
		start := time.Now()
		_, stderr, code, _ := citewatchExit(ctx, append([]string{"--data", data}, args...)...)
		cancel()
		if code != exitError || !strings.Contains(stderr, "not a regular file") {
			t.Errorf("%s: exit %d (%s), want refused as not a regular file", what, code, stderr)
		}
		oneClearLine(t, what, stderr)
		if d := time.Since(start); d > 10*time.Second {
			t.Errorf("%s: took %v", what, d)
		}
	}
}
