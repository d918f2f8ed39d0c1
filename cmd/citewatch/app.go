package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	stdlog "log"
	"os"
	"path/filepath"
	"strings"
	"sync"

	"github.com/rs/zerolog"
	"github.com/spf13/cobra"

	"github.com/citewatch/citewatch"
	"github.com/citewatch/citewatch/index"
	"github.com/citewatch/citewatch/internal/safetext"
)

// Exit codes. A command that checks something (run, verify) exits 1 when
// what it checked failed; every error exits 2.
const (
	exitOK      = 0
	exitFailed  = 1
	exitError   = 2
	exitSignals = 130
)

// errChecksFailed is returned by commands whose work succeeded but whose
// findings are negative (a claim not supported): exit status 1, no message.
var errChecksFailed = errors.New("citewatch: checks failed")

// bleveLog connects Bleve's process-wide logger once.
var bleveLog sync.Once

// globals are the flags every command shares.
type globals struct {
	dataDir   string
	logFormat string
	logLevel  string
	stdout    io.Writer
	stderr    io.Writer
	log       zerolog.Logger
}

// run builds the command tree and executes it with args. It is main without
// the process: tests drive it directly.
//
// Standard output goes through a safetext.Writer: text from cited pages
// and documents reaches every report, table and listing, and none of
// its control or bidi characters may take effect on the reader's
// terminal.
func run(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	out := safetext.NewWriter(stdout)
	defer out.Flush()
	stdout = out
	g := &globals{stdout: stdout, stderr: stderr}
	root := &cobra.Command{
		Use:           "citewatch",
		Short:         "Check what a document says against the sources it cites",
		SilenceUsage:  true,
		SilenceErrors: true,
		PersistentPreRunE: func(cmd *cobra.Command, _ []string) error {
			return g.setup()
		},
	}
	root.SetArgs(args)
	root.SetOut(stdout)
	root.SetErr(stderr)
	pf := root.PersistentFlags()
	pf.StringVar(&g.dataDir, "data", "", "data directory (catalog, WARC archive, index); env CITEWATCH_DATA, default $XDG_DATA_HOME/citewatch")
	pf.StringVar(&g.logFormat, "log-format", "console", "log format: console or json")
	pf.StringVar(&g.logLevel, "log-level", "warn", "log level: debug, info, warn, error")

	// Each subcommand lives in its own cmd_*.go file.
	root.AddCommand(
		newRunCmd(g),
		newWatchCmd(g),
		newDiffCmd(g),
		newCrawlCmd(g),
		newArchiveCmd(g),
		newSourcesCmd(g),
		newExtractCmd(g),
		newIndexCmd(g),
		newSearchCmd(g),
		newStatusCmd(g),
		newTimelineCmd(g),
		newExportCmd(g),
		newVerifyCmd(g),
		newEvalCmd(g),
	)
	return root.ExecuteContext(ctx)
}

func (g *globals) setup() error {
	level, err := zerolog.ParseLevel(g.logLevel)
	if err != nil || g.logLevel == "" {
		return fmt.Errorf("%w: --log-level %q: want debug, info, warn or error", citewatch.ErrInvalid, g.logLevel)
	}
	switch g.logFormat {
	case "json":
		g.log = zerolog.New(g.stderr).Level(level).With().Timestamp().Logger()
	case "console":
		g.log = zerolog.New(zerolog.ConsoleWriter{Out: g.stderr, NoColor: !isTerminal(g.stderr)}).Level(level).With().Timestamp().Logger()
	default:
		return fmt.Errorf("%w: --log-format %q: want console or json", citewatch.ErrInvalid, g.logFormat)
	}
	// Bleve has one process-wide logger: connected once, to the first
	// command's logger (tests call run many times in one process).
	bleveLog.Do(func() { index.SetLog(g.log) })
	// A few libraries (net/http's transport, on a server's stray bytes)
	// write to the standard library's logger: through ours, so that
	// --log-format json stays JSON.
	stdlog.SetFlags(0)
	stdlog.SetOutput(stdlibLog{g.log.With().Str("stage", "stdlib").Logger()})
	if g.dataDir == "" {
		g.dataDir = os.Getenv("CITEWATCH_DATA")
	}
	if g.dataDir == "" {
		base := os.Getenv("XDG_DATA_HOME")
		if base == "" {
			home, err := os.UserHomeDir()
			if err != nil {
				return fmt.Errorf("citewatch: no --data given and no home directory: %w", err)
			}
			base = filepath.Join(home, ".local", "share")
		}
		g.dataDir = filepath.Join(base, "citewatch")
	}
	return nil
}

// Paths inside the data directory.
func (g *globals) catalogPath() string { return filepath.Join(g.dataDir, "catalog.db") }
func (g *globals) archiveDir() string  { return filepath.Join(g.dataDir, "warc") }
func (g *globals) indexPath() string   { return filepath.Join(g.dataDir, "index.bleve") }

// ensureDataDir creates the data directory for commands that write.
func (g *globals) ensureDataDir() error {
	if err := os.MkdirAll(g.archiveDir(), 0o755); err != nil {
		return fmt.Errorf("citewatch: data directory: %w", err)
	}
	return nil
}

// allowColor lets the colour sequences of a report written in colour
// through to standard output (see run).
func (g *globals) allowColor(on bool) {
	if w, ok := g.stdout.(*safetext.Writer); ok {
		w.AllowColor(on)
	}
}

// stdlibLog writes the standard library logger's lines as warnings.
type stdlibLog struct{ log zerolog.Logger }

func (l stdlibLog) Write(p []byte) (int, error) {
	l.log.Warn().Msg(strings.TrimSpace(string(p)))
	return len(p), nil
}

func isTerminal(w io.Writer) bool {
	if u, ok := w.(interface{ Unwrap() io.Writer }); ok {
		w = u.Unwrap()
	}
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	fi, err := f.Stat()
	return err == nil && fi.Mode()&os.ModeCharDevice != 0
}

// exitCode maps an error to the process exit status, printing it once.
func exitCode(err error, stderr io.Writer) int {
	switch {
	case err == nil:
		return exitOK
	case errors.Is(err, errChecksFailed):
		return exitFailed
	case errors.Is(err, context.Canceled):
		fmt.Fprintln(stderr, "citewatch: interrupted")
		return exitSignals
	}
	msg := err.Error()
	if !strings.HasPrefix(msg, "citewatch") {
		msg = "citewatch: " + msg
	}
	fmt.Fprintln(stderr, msg)
	return exitError
}
