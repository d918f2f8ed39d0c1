// Command serve runs the fixture web on a loopback port until interrupted,
// so that citewatch's commands can be pointed at it by hand (for instance
// to record the example WARC with citewatch crawl). It prints the address,
// one --resolve flag per fixture host, and the path of the PEM file of the
// certificate authority to trust.
//
// Usage:
//
//	go run ./internal/fixtureweb/serve [-addr 127.0.0.1:8443]
package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"syscall"

	"github.com/citewatch/citewatch/internal/fixtureweb"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	if err := run(ctx, os.Args[1:], os.Stdout); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
}

// run serves the fixture web until ctx is done.
func run(ctx context.Context, args []string, stdout io.Writer) error {
	fs := flag.NewFlagSet("serve", flag.ContinueOnError)
	addr := fs.String("addr", "127.0.0.1:0", "loopback address to listen on")
	if err := fs.Parse(args); err != nil {
		return err
	}
	w, err := fixtureweb.Serve(*addr)
	if err != nil {
		return err
	}
	defer func() { _ = w.Close() }() // a test server: closing stops it, nothing to lose
	caFile := w.CAFile()
	if caFile == "" {
		return fmt.Errorf("serve: cannot write the CA file")
	}
	fmt.Fprintf(stdout, "address: %s\n", w.Addr())
	fmt.Fprintf(stdout, "ca file: %s\n", caFile)
	fmt.Fprintln(stdout, "resolve flags:")
	for _, h := range w.Hosts() {
		fmt.Fprintf(stdout, "  --resolve %s:%s\n", h, w.Addr())
	}
	fmt.Fprintln(stdout, "serving until interrupted")
	<-ctx.Done()
	return nil
}
