package main

import (
	"bytes"
	"context"
	"net"
	"strings"
	"testing"
)

// TestResolveFlags checks that the printed --resolve flags have the form
// citewatch's crawl accepts, HOST:IP:PORT, one per fixture host.
func TestResolveFlags(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel() // print, then stop at once
	var out bytes.Buffer
	if err := run(ctx, nil, &out); err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, line := range strings.Split(out.String(), "\n") {
		v, ok := strings.CutPrefix(strings.TrimSpace(line), "--resolve ")
		if !ok {
			continue
		}
		n++
		host, addr, ok := strings.Cut(v, ":")
		ip, port, err := net.SplitHostPort(addr)
		if !ok || host == "" || strings.ContainsAny(host, "=/") || err != nil || net.ParseIP(ip) == nil || port == "" {
			t.Errorf("--resolve %q: want HOST:IP:PORT", v)
		}
	}
	if n == 0 {
		t.Errorf("no --resolve flags printed:\n%s", out.String())
	}
}
