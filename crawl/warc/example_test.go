package warc_test

import (
	"fmt"
	"log"
	"os"

	"github.com/citewatch/citewatch/crawl/warc"
)

// A crawler archives a response, then reads it back by its location.
func Example() {
	dir, err := os.MkdirTemp("", "warc-example")
	if err != nil {
		log.Fatal(err)
	}
	defer func() {
		if err := os.RemoveAll(dir); err != nil {
			log.Fatal(err)
		}
	}()

	w, err := warc.Create(dir, warc.Options{})
	if err != nil {
		log.Fatal(err)
	}
	resp := warc.NewResponse("https://example.org/news", []byte(
		"HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\n\r\nOpened for signature on 5 September 2024."))
	locs, err := w.Write(resp)
	if err != nil {
		log.Fatal(err)
	}
	if err := w.Close(); err != nil {
		log.Fatal(err)
	}

	rec, err := warc.ReadAt(dir, locs[0])
	if err != nil {
		log.Fatal(err)
	}
	msg, err := warc.ParseHTTPResponse(rec.Block)
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(rec.Type, rec.TargetURI(), msg.Status)
	fmt.Println(string(msg.Body))
	fmt.Println(rec.PayloadDigest() == warc.Digest(msg.Body), rec.Verify())
	// Output:
	// response https://example.org/news 200
	// Opened for signature on 5 September 2024.
	// true <nil>
}
