package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"

	"github.com/mattn/go-runewidth"
	"github.com/spf13/cobra"

	"github.com/citewatch/citewatch"
	"github.com/citewatch/citewatch/verify"
)

// TestMistypedCommandsExitTwo: a mistyped subcommand or flag is an error
// that names the nearest command or flag, in one line, with exit status 2,
// never a help text with status 0.
func TestMistypedCommandsExitTwo(t *testing.T) {
	data := t.TempDir()
	for _, tt := range []struct {
		args []string
		says []string
	}{
		{[]string{"sources", "ls"}, []string{`unknown command "ls"`, `did you mean "list"`}},
		{[]string{"serach", "x"}, []string{`unknown command "serach"`, `"search"`}},
		{[]string{"--quiet", "serch", "x"}, []string{`unknown command "serch"`, `"search"`}},
		{[]string{"-q", "search", "--data", data, "--jsn"}, []string{"unknown flag: --jsn", `"--json"`}},
		{[]string{"archive", "lst"}, []string{`unknown command "lst"`, `"ls"`}},
		{[]string{"eval", "claim"}, []string{`did you mean "claims"`}},
	} {
		out, stderr, code, _ := citewatchExit(context.Background(), tt.args...)
		if code != exitError {
			t.Errorf("%q: exit %d, want 2\n%s%s", tt.args, code, out, stderr)
		}
		oneClearLine(t, strings.Join(tt.args, " "), stderr)
		for _, want := range tt.says {
			if !strings.Contains(stderr, want) {
				t.Errorf("%q: %q does not say %q", tt.args, stderr, want)
			}
		}
		if out != "" {
			t.Errorf("%q: printed %q on stdout, want nothing", tt.args, out)
		}
	}
	// A group alone still shows its help, as gh does.
	if out, _, code, _ := citewatchExit(context.Background(), "sources"); code != exitOK || !strings.Contains(out, "list") {
		t.Errorf("sources alone: exit %d, %q; want its help", code, out)
	}
}

// TestVersion: version and --version name the module version, the commit
// when known, and the Go version; --json gives the same as JSON.
func TestVersion(t *testing.T) {
	for _, args := range [][]string{{"version"}, {"--version"}} {
		out, err := runCitewatch(t, args...)
		if err != nil || !strings.HasPrefix(out, "citewatch ") || !strings.Contains(out, runtime.Version()) || !strings.Contains(out, "commit") {
			t.Errorf("%v: %q, %v; want citewatch VERSION, commit, %s", args, out, err, runtime.Version())
		}
	}
	out, err := runCitewatch(t, "version", "--json")
	var b buildInfo
	if err != nil || json.Unmarshal([]byte(out), &b) != nil || b.GoVersion != runtime.Version() || b.Version == "" {
		t.Errorf("version --json = %q, %v", out, err)
	}
}

// TestDocs writes the manual pages and the Markdown docs, one per command.
func TestDocs(t *testing.T) {
	man, md := filepath.Join(t.TempDir(), "man1"), filepath.Join(t.TempDir(), "md")
	if _, err := runCitewatch(t, "docs", "--man", man, "--markdown", md); err != nil {
		t.Fatal(err)
	}
	page, err := os.ReadFile(filepath.Join(man, "citewatch-search.1"))
	if err != nil || !bytes.Contains(page, []byte(".TH \"CITEWATCH\" \"1\"")) || !bytes.Contains(page, []byte("party")) {
		t.Errorf("citewatch-search.1: %v\n%.300s", err, page)
	}
	doc, err := os.ReadFile(filepath.Join(md, "citewatch_status.md"))
	if err != nil || !bytes.Contains(doc, []byte("## citewatch status")) || !bytes.Contains(doc, []byte("--as-of")) {
		t.Errorf("citewatch_status.md: %v\n%.300s", err, doc)
	}
	if _, err := runCitewatch(t, "docs"); !errors.Is(err, citewatch.ErrInvalid) {
		t.Errorf("docs without a folder: err %v, want ErrInvalid", err)
	}
}

// complete asks cobra's completion for args, as the shell scripts do.
func complete(t *testing.T, args ...string) []string {
	t.Helper()
	out, err := runCitewatch(t, append([]string{cobra.ShellCompRequestCmd}, args...)...)
	if err != nil {
		t.Fatalf("__complete %q: %v", args, err)
	}
	var words []string
	for _, line := range strings.Split(out, "\n") {
		if line != "" && !strings.HasPrefix(line, ":") {
			words = append(words, strings.SplitN(line, "\t", 2)[0])
		}
	}
	return words
}

// TestCompletion completes flag values from fixed lists, and treaty ids
// and party codes from the index.
func TestCompletion(t *testing.T) {
	dir := indexedDataDir(t)
	has := func(words []string, want string) bool {
		for _, w := range words {
			if w == want {
				return true
			}
		}
		return false
	}
	for _, tt := range []struct {
		args []string
		want string
	}{
		{[]string{"--data", dir, "status", ""}, "CETS-225"},
		{[]string{"--data", dir, "timeline", "CE"}, "CETS-225"},
		{[]string{"--data", dir, "search", "--treaty", ""}, "CETS-225"},
		{[]string{"--data", dir, "search", "--party", "J"}, "JPN"},
		{[]string{"search", "--event", ""}, "ratified"},
		{[]string{"search", "--facet", ""}, "party"},
		{[]string{"verify", "--format", ""}, "claimreview"},
		{[]string{"--log-level", ""}, "debug"},
	} {
		if got := complete(t, tt.args...); !has(got, tt.want) {
			t.Errorf("complete %q = %q, want %q among them", tt.args, got, tt.want)
		}
	}
	if got := complete(t, "--data", dir, "search", "--party", "J"); has(got, "CAN") {
		t.Errorf("complete --party J = %q, want only codes starting with J", got)
	}
	missing := filepath.Join(t.TempDir(), "none")
	if got := complete(t, "--data", missing, "status", ""); len(got) != 0 {
		t.Errorf("complete with no data directory = %q, want nothing", got)
	}
	if _, err := os.Stat(missing); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("completion created the data directory")
	}
}

// TestReadOnlyCommandsCreateNothing: a mistyped --data is an error for
// every command that only reads, and no directory appears.
func TestReadOnlyCommandsCreateNothing(t *testing.T) {
	doc := filepath.Join(t.TempDir(), "doc.md")
	must(t, os.WriteFile(doc, []byte("It was adopted in 2024 [1].\n\n[1] https://www.example.org/a\n"), 0o644))
	missing := filepath.Join(t.TempDir(), "typo")
	for _, args := range [][]string{
		{"sources", "list"}, {"search", "x"}, {"status", "CETS-225"}, {"timeline", "CETS-225"},
		{"treaties"}, {"export"}, {"archive", "ls"}, {"verify", doc}, {"extract", "https://www.example.org/a"},
	} {
		_, stderr, code, err := citewatchExit(context.Background(), append([]string{"--data", missing}, args...)...)
		if code != exitError || !errors.Is(err, citewatch.ErrNotFound) {
			t.Errorf("%q: exit %d, err %v; want 2 and not found", args, code, err)
		}
		if !strings.Contains(stderr, missing) {
			t.Errorf("%q: %q does not name the data directory", args, stderr)
		}
		if _, err := os.Stat(missing); !errors.Is(err, os.ErrNotExist) {
			t.Fatalf("%q created the data directory", args)
		}
	}
	// An existing data directory without a catalog lists nothing and gets none.
	empty := t.TempDir()
	if out, err := runCitewatch(t, "--data", empty, "sources", "list"); err != nil || strings.Count(out, "\n") != 1 {
		t.Errorf("sources list on an empty directory: %q, %v; want the header alone", out, err)
	}
	if _, err := os.Stat(filepath.Join(empty, "catalog.db")); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("sources list created a catalog")
	}
}

// TestDashReadsStdin: "-" names standard input for extract and verify.
func TestDashReadsStdin(t *testing.T) {
	page := `<html lang="en"><head><title>Signing</title></head><body><article>
<p>Norway signed the Council of Europe Framework Convention on Artificial Intelligence on 5 September 2024 in Vilnius.</p>
</article></body></html>`
	var out, errb bytes.Buffer
	err := runWithInput(context.Background(), strings.NewReader(page),
		[]string{"--data", t.TempDir(), "extract", "-", "--url", "https://www.example.org/no", "--json"}, &out, &errb)
	if err != nil {
		t.Fatalf("extract -: %v\n%s", err, errb.String())
	}
	var got struct {
		Facts []citewatch.Fact `json:"facts"`
	}
	if err := json.Unmarshal(out.Bytes(), &got); err != nil {
		t.Fatalf("extract - --json: %v\n%s", err, out.String())
	}
	if len(got.Facts) == 0 || got.Facts[0].Party != "NOR" || got.Facts[0].Citation.URL != "https://www.example.org/no" {
		t.Errorf("extract - read %+v, want Norway's signature from stdin", got.Facts)
	}

	out.Reset()
	errb.Reset()
	doc := "The Convention was opened for signature on 5 September 2024 [1].\n\n[1] https://www.coe.int/en/web/portal/-/page\n"
	err = runWithInput(context.Background(), strings.NewReader(doc), []string{"--data", indexedDataDir(t), "verify", "--json", "-"}, &out, &errb)
	if err != nil && !errors.Is(err, errChecksFailed) {
		t.Fatalf("verify -: %v\n%s", err, errb.String())
	}
	var r verify.Report
	if jerr := json.Unmarshal(out.Bytes(), &r); jerr != nil || len(r.Claims) != 1 {
		t.Errorf("verify --json - = %v, %d claims; want one claim read from stdin\n%s", jerr, len(r.Claims), out.String())
	}
}

// TestNamesInAndOut: parties are shown with their names and treaties with
// their titles; names are accepted where codes are, and a near miss gets
// the nearest names.
func TestNamesInAndOut(t *testing.T) {
	dir := indexedDataDir(t)
	byCode, err := runCitewatch(t, "--data", dir, "search", "--party", "JPN", "--treaty", "CETS-225")
	if err != nil {
		t.Fatal(err)
	}
	byName, err := runCitewatch(t, "--data", dir, "search", "--party", "Japan", "--treaty", "AI Convention")
	if err != nil {
		t.Fatal(err)
	}
	if byName != byCode || !strings.Contains(byCode, "JPN Japan") {
		t.Errorf("search by names:\n%s\nby codes:\n%s\nwant the same, parties shown as \"JPN Japan\"", byName, byCode)
	}
	st, err := runCitewatch(t, "--data", dir, "status", "the AI Convention")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(st, "CETS-225: status\nCouncil of Europe Framework Convention on Artificial Intelligence") ||
		!strings.Contains(st, "\nJPN Japan ") || !strings.Contains(st, "\nMNE Montenegro ") {
		t.Errorf("status by name:\n%s\nwant the title and named parties", st)
	}
	for _, tt := range []struct {
		args []string
		says string
	}{
		{[]string{"status", "AI Convnetion"}, `did you mean "AI Convention" (CETS-225)?`},
		{[]string{"timeline", "CETS-252"}, `"CETS-225"`},
		{[]string{"search", "--party", "Japn"}, `did you mean "Japan" (JPN)?`},
		{[]string{"status", "Paris Agreement"}, "no facts about UNTC-XXVII-7-d Paris Agreement"},
	} {
		_, stderr, code, _ := citewatchExit(context.Background(), append([]string{"--data", dir}, tt.args...)...)
		if code != exitError || !strings.Contains(stderr, tt.says) {
			t.Errorf("%q: exit %d, %q; want 2 and %q", tt.args, code, stderr, tt.says)
		}
	}

	out, err := runCitewatch(t, "--data", dir, "treaties")
	if err != nil || !strings.Contains(out, "CETS-225") || !strings.Contains(out, "Council of Europe Framework Convention") {
		t.Fatalf("treaties = %q, %v", out, err)
	}
	out, _ = runCitewatch(t, "--data", dir, "treaties", "--json")
	var list []treatySummary
	if err := json.Unmarshal([]byte(out), &list); err != nil || len(list) == 0 {
		t.Fatalf("treaties --json = %q: %v", out, err)
	}
	facts := searchFacts(t, "--data", dir, "--treaty", "CETS-225", "--limit", "10000")
	parties := map[string]bool{}
	for _, f := range facts {
		if f.Party != "" {
			parties[f.Party] = true
		}
	}
	if list[0].ID != "CETS-225" || list[0].Facts != len(facts) || list[0].Parties != len(parties) || list[0].Sources == 0 {
		t.Errorf("treaties[0] = %+v, want CETS-225 with %d facts and %d parties", list[0], len(facts), len(parties))
	}
}

// TestJSONOnEveryResult: every command that prints a result takes --json.
func TestJSONOnEveryResult(t *testing.T) {
	root := newRootCmd(&globals{})
	for _, path := range [][]string{
		{"run"}, {"verify"}, {"sources", "list"}, {"archive", "ls"}, {"extract"}, {"search"},
		{"status"}, {"timeline"}, {"treaties"}, {"eval", "claims"}, {"version"}, {"crawl"}, {"diff"},
	} {
		cmd, _, err := root.Find(path)
		if err != nil || cmd.Flags().Lookup("json") == nil {
			t.Errorf("%q has no --json (%v)", path, err)
		}
	}
}

// TestHelpFitsEightyColumns: the help of every command reads at 80 columns.
func TestHelpFitsEightyColumns(t *testing.T) {
	var walk func(cmd *cobra.Command, path []string)
	n := 0
	walk = func(cmd *cobra.Command, path []string) {
		out, err := runCitewatch(t, append(append([]string{}, path...), "--help")...)
		if err != nil {
			t.Errorf("%q --help: %v", path, err)
		}
		n++
		for _, line := range strings.Split(out, "\n") {
			if w := runewidth.StringWidth(line); w > helpWidth {
				t.Errorf("citewatch %s --help: a line of %d columns:\n%s", strings.Join(path, " "), w, line)
			}
		}
		for _, sub := range cmd.Commands() {
			if !sub.Hidden && sub.Name() != "help" {
				walk(sub, append(append([]string{}, path...), sub.Name()))
			}
		}
	}
	root := newRootCmd(&globals{})
	root.InitDefaultCompletionCmd()
	walk(root, nil)
	if n < 20 {
		t.Errorf("walked %d commands, want every one", n)
	}
}

// must fails the test at once when a step of its setup fails, so that no
// test passes on a premise it did not set up.
func must(t testing.TB, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}
