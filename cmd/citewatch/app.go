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
	"github.com/citewatch/citewatch/archive"
	"github.com/citewatch/citewatch/index"
	"github.com/citewatch/citewatch/internal/safetext"
)

// Exit codes. A command that checks something (run, verify) exits 1 when
// what it checked failed, and crawl when fetches failed; every error,
// usage errors included, exits 2.
const (
	exitOK      = 0
	exitFailed  = 1
	exitError   = 2
	exitSignals = 130
)

// errChecksFailed is returned by commands whose work succeeded but whose
// findings are negative (a claim not supported, a fetch failed): exit
// status 1, no message of its own (the findings were printed).
var errChecksFailed = errors.New("citewatch: checks failed")

// bleveLog connects Bleve's process-wide logger once.
var bleveLog sync.Once

// globals are the flags every command shares, and where it reads and writes.
type globals struct {
	dataDir   string
	logFormat string
	logLevel  string
	quiet     bool // no hints, no progress
	noPager   bool

	stdout    io.Writer     // a safetext.Writer when run builds it
	color     bool          // colour sequences are let through stdout (allowColor)
	paging    bool          // stdout is a pager on the terminal
	stderr    io.Writer     // errSwitch when run builds it
	errSwitch *stderrSwitch // stderr, which progress bars take over while they run
	in        io.Reader     // what "-" reads
	log       zerolog.Logger
	ready     bool // setup has run
}

// run builds the command tree and executes it with args. It is main without
// the process: tests drive it directly.
func run(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	return runWithInput(ctx, os.Stdin, args, stdout, stderr)
}

// runWithInput is run with stdin, what a document named "-" is read from.
//
// Standard output goes through a safetext.Writer: text from cited pages
// and documents reaches every report, table and listing, and none of
// its control or bidi characters may take effect on the reader's
// terminal.
func runWithInput(ctx context.Context, stdin io.Reader, args []string, stdout, stderr io.Writer) error {
	out := safetext.NewWriter(stdout)
	sw := newStderrSwitch(stderr)
	g := &globals{stdout: out, stderr: sw, errSwitch: sw, in: stdin}
	root := newRootCmd(g)
	root.SetArgs(args)
	err := root.ExecuteContext(ctx)
	if ferr := out.Flush(); ferr != nil { // a failed write of the output, or its held-back end
		err = errors.Join(err, ferr)
	}
	return err
}

// newRootCmd builds the command tree around g.
func newRootCmd(g *globals) *cobra.Command {
	root := &cobra.Command{
		Use:   "citewatch",
		Short: "Check what a document says against the sources it cites",
		Long: `citewatch archives the pages a document cites, extracts dated treaty facts
from them, each with a citation (the sentence, the page, the archived copy),
indexes them for search, and checks the document's claims against them.

Start with "citewatch run DOC"; it ends by naming the data directory and the
commands to try next.`,
		Version:           versionString(),
		SilenceUsage:      true,
		SilenceErrors:     true,
		Args:              unknownSubcommand,
		RunE:              helpWithoutArgs,
		ValidArgsFunction: cobra.NoFileCompletions,
		PersistentPreRunE: func(cmd *cobra.Command, _ []string) error {
			return g.setup()
		},
	}
	root.SetOut(g.stdout)
	root.SetErr(g.stderr)
	root.SetIn(g.in)
	root.SetVersionTemplate("{{.Version}}\n")
	root.SetFlagErrorFunc(flagError)
	pf := root.PersistentFlags()
	pf.StringVar(&g.dataDir, "data", "", "data directory (catalog, WARC archive, index); env CITEWATCH_DATA, default $XDG_DATA_HOME/citewatch")
	pf.StringVar(&g.logFormat, "log-format", "console", "log format: console or json")
	pf.StringVar(&g.logLevel, "log-level", "warn", "log level: debug, info, warn, error")
	pf.BoolVarP(&g.quiet, "quiet", "q", false, "print no progress and no hints")
	pf.BoolVar(&g.noPager, "no-pager", false, "never page long output (default: $PAGER or less on a terminal)")
	_ = root.MarkPersistentFlagDirname("data") // its only error is a flag not defined, and it is, above
	completeWords(root, "log-format", "console", "json")
	completeWords(root, "log-level", "debug", "info", "warn", "error")

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
		newTreatiesCmd(g),
		newExportCmd(g),
		newVerifyCmd(g),
		newEvalCmd(g),
		newVersionCmd(g),
		newDocsCmd(g),
	)
	setHelpWidth(root)
	return root
}

// setup reads the global flags: the logger and the data directory. It is
// idempotent; completion calls it too.
func (g *globals) setup() error {
	if g.ready {
		return nil
	}
	level, err := zerolog.ParseLevel(g.logLevel)
	if err != nil || g.logLevel == "" {
		return fmt.Errorf("%w: --log-level %q: want debug, info, warn or error", citewatch.ErrInvalid, g.logLevel)
	}
	switch g.logFormat {
	case "json":
		g.log = zerolog.New(g.stderr).Level(level).With().Timestamp().Logger()
	case "console":
		g.log = zerolog.New(zerolog.ConsoleWriter{Out: g.stderr, NoColor: !useColor(g.stderr)}).Level(level).With().Timestamp().Logger()
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
		g.dataDir = defaultDataDir()
	}
	if g.dataDir == "" {
		return fmt.Errorf("%w: no --data given, and no CITEWATCH_DATA, XDG_DATA_HOME or home directory", citewatch.ErrInvalid)
	}
	g.ready = true
	return nil
}

// defaultDataDir is $XDG_DATA_HOME/citewatch, by default
// ~/.local/share/citewatch; "" without a home directory.
func defaultDataDir() string {
	base := os.Getenv("XDG_DATA_HOME")
	if base == "" {
		home, err := os.UserHomeDir()
		if err != nil {
			return ""
		}
		base = filepath.Join(home, ".local", "share")
	}
	return filepath.Join(base, "citewatch")
}

// Paths inside the data directory.
func (g *globals) catalogPath() string { return filepath.Join(g.dataDir, "catalog.db") }
func (g *globals) archiveDir() string  { return filepath.Join(g.dataDir, "warc") }
func (g *globals) indexPath() string   { return filepath.Join(g.dataDir, "index.bleve") }

// archive is the WARC archive of the data directory, read as a store.
func (g *globals) archive() archive.Store { return archive.Store{Dir: g.archiveDir()} }

// ensureDataDir creates the data directory for commands that write.
func (g *globals) ensureDataDir() error {
	if err := os.MkdirAll(g.archiveDir(), 0o755); err != nil {
		return fmt.Errorf("citewatch: data directory: %w", err)
	}
	return nil
}

// requireDataDir is for commands that only read: they never create a data
// directory, and a missing one (a mistyped --data, say) is an error that
// says how one comes to be.
func (g *globals) requireDataDir() error {
	fi, err := os.Stat(g.dataDir)
	switch {
	case errors.Is(err, os.ErrNotExist):
		return fmt.Errorf("%w: no data directory %s (check --data; \"citewatch run DOC\" or \"citewatch crawl URL\" makes one)", citewatch.ErrNotFound, g.dataDir)
	case err != nil:
		return fmt.Errorf("citewatch: data directory: %w", err)
	case !fi.IsDir():
		return fmt.Errorf("%w: data directory %s is not a directory", citewatch.ErrInvalid, g.dataDir)
	}
	return nil
}

// allowColor lets the colour sequences of output written in colour
// through to standard output (see runWithInput).
func (g *globals) allowColor(on bool) {
	g.color = on
	if w, ok := g.stdout.(*safetext.Writer); ok {
		w.AllowColor(on)
	}
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
	fmt.Fprintln(stderr, safetext.Escape(msg)) // it may quote a page or a server
	return exitError
}

// stdlibLog writes the standard library logger's lines as warnings.
type stdlibLog struct{ log zerolog.Logger }

func (l stdlibLog) Write(p []byte) (int, error) {
	l.log.Warn().Msg(strings.TrimSpace(string(p)))
	return len(p), nil
}
