package index_test

import (
	"bufio"
	"context"
	"errors"
	"os"
	"os/exec"
	"strings"
	"testing"
	"time"

	"github.com/rs/zerolog"

	"github.com/citewatch/citewatch"
	"github.com/citewatch/citewatch/index"
	"github.com/citewatch/citewatch/index/indextest"
)

// holdEnv names the index a helper process opens for writing, fills and
// holds until its stdin closes.
const holdEnv = "CITEWATCH_TEST_HOLD_INDEX"

// TestHelperHoldIndex is not a test: it is the second process of
// TestBusyIndexAcrossProcesses.
func TestHelperHoldIndex(t *testing.T) {
	path := os.Getenv(holdEnv)
	if path == "" {
		t.Skip("helper process only")
	}
	linger, _ := time.ParseDuration(os.Getenv(holdEnv + "_LINGER"))
	ix, err := index.Open(path, index.Options{Linger: linger}, zerolog.Nop())
	if err != nil {
		t.Fatal(err)
	}
	indextest.Fill(t, ix, dataset)
	_, err = os.Stdout.WriteString("ready\n")
	must(t, err)
	// It ends with io.EOF when the parent closes stdin: that is the sign to
	// let go.
	_, _ = bufio.NewReader(os.Stdin).ReadString('\n')
	must(t, ix.Close())
}

func TestBusyIndexAcrossProcesses(t *testing.T) {
	path := t.TempDir() + "/index.bleve"
	cmd := exec.Command(os.Args[0], "-test.run=^TestHelperHoldIndex$")
	cmd.Env = append(os.Environ(), holdEnv+"="+path, holdEnv+"_LINGER=1500ms")
	stdin, err := cmd.StdinPipe()
	if err != nil {
		t.Fatal(err)
	}
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	defer func() {
		must(t, stdin.Close())
		must(t, cmd.Wait()) // the helper process fails if it cannot close its index
	}()
	line, err := bufio.NewReader(stdout).ReadString('\n')
	if err != nil || !strings.Contains(line, "ready") {
		t.Fatalf("helper process: %q, %v", line, err)
	}
	pid := cmd.Process.Pid

	// The helper has just written and lingers 1.5 s: a reader waiting
	// 0.3 s is told who is writing.
	start := time.Now()
	_, err = index.Open(path, index.Options{ReadOnly: true, Wait: 300 * time.Millisecond}, zerolog.Nop())
	var busy *index.BusyError
	if !errors.As(err, &busy) || !errors.Is(err, citewatch.ErrBusy) {
		t.Fatalf("reader during a write: err = %v, want a BusyError", err)
	}
	// The command is named by its program (its flag values may hold
	// secrets, and stay out of the lock file).
	if busy.Holder.PID != pid || !strings.Contains(err.Error(), "(index.test)") {
		t.Errorf("busy error %q names pid %d, want the helper %d and its command", err, busy.Holder.PID, pid)
	}
	if d := time.Since(start); d > 5*time.Second {
		t.Errorf("reader was told after %v, want within 5 s", d)
	}

	// A second writer is refused, naming the writer, for as long as the
	// first one runs; by default within 4 s.
	start = time.Now()
	_, err = index.Open(path, index.Options{Wait: 300 * time.Millisecond}, zerolog.Nop())
	if !errors.As(err, &busy) || busy.Holder.PID != pid {
		t.Fatalf("second writer: err = %v, want a BusyError naming pid %d", err, pid)
	}
	if d := time.Since(start); d > 5*time.Second {
		t.Errorf("second writer was told after %v, want within 5 s", d)
	}

	// Once the writer lets go between batches, readers get in while it
	// still runs.
	r, err := index.Open(path, index.Options{ReadOnly: true, Wait: 4 * time.Second}, zerolog.Nop())
	if err != nil {
		t.Fatalf("reader after the writer let go: %v", err)
	}
	defer func() { must(t, r.Close()) }()
	tl, err := r.Timeline(context.Background(), "CETS-225")
	if err != nil || len(tl) != 17 {
		t.Errorf("timeline read while the writer runs: %d entries, %v; want 17", len(tl), err)
	}
}
