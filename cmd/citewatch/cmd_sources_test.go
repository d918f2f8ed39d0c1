package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"strings"
	"testing"

	"github.com/citewatch/citewatch"
)

func TestSourcesAddList(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	var out, errb bytes.Buffer
	const u1, u2 = "https://www.coe.int/en/web/portal/news", "https://www.mofa.go.jp/press/release/index.html"
	if err := run(ctx, []string{"--data", dir, "sources", "add", "--kind", "government", u2, u1}, &out, &errb); err != nil {
		t.Fatalf("sources add: %v\n%s", err, errb.String())
	}
	if got := out.String(); got != u2+"\n"+u1+"\n" {
		t.Errorf("sources add printed %q", got)
	}

	out.Reset()
	if err := run(ctx, []string{"--data", dir, "sources", "list", "--json"}, &out, &errb); err != nil {
		t.Fatalf("sources list --json: %v", err)
	}
	var list []struct {
		URL    string           `json:"url"`
		Kind   string           `json:"kind"`
		Health citewatch.Health `json:"health"`
	}
	if err := json.Unmarshal(out.Bytes(), &list); err != nil {
		t.Fatalf("sources list --json printed %q: %v", out.String(), err)
	}
	if len(list) != 2 || list[0].URL != u1 || list[1].URL != u2 || list[0].Kind != "government" {
		t.Errorf("sources list --json = %+v, want both sources by URL with kind government", list)
	}

	out.Reset()
	if err := run(ctx, []string{"--data", dir, "sources", "list"}, &out, &errb); err != nil {
		t.Fatalf("sources list: %v", err)
	}
	lines := strings.Split(strings.TrimSpace(out.String()), "\n")
	if len(lines) != 3 || !strings.HasPrefix(lines[0], "URL") || !strings.Contains(lines[1], u1) || !strings.Contains(lines[1], "unknown") {
		t.Errorf("sources list table =\n%s", out.String())
	}

	// A bad URL anywhere adds nothing.
	err := run(ctx, []string{"--data", dir, "sources", "add", "https://example.org/", "ftp://example.org/x"}, &out, &errb)
	if !errors.Is(err, citewatch.ErrInvalid) {
		t.Errorf("sources add with an ftp URL = %v, want ErrInvalid", err)
	}
	if err := run(ctx, []string{"--data", dir, "sources", "add", "--kind", "rumour", "https://example.org/"}, &out, &errb); !errors.Is(err, citewatch.ErrInvalid) {
		t.Errorf("sources add --kind rumour = %v, want ErrInvalid", err)
	}
	out.Reset()
	must(t, run(ctx, []string{"--data", dir, "sources", "list", "--json"}, &out, &errb))
	if strings.Contains(out.String(), "https://example.org/") {
		t.Error("a rejected add added a source")
	}
}

func TestSourcesListEmpty(t *testing.T) {
	var out, errb bytes.Buffer
	if err := run(context.Background(), []string{"--data", t.TempDir(), "sources", "list", "--json"}, &out, &errb); err != nil {
		t.Fatal(err)
	}
	if strings.TrimSpace(out.String()) != "[]" {
		t.Errorf("empty list = %q, want []", out.String())
	}
}
