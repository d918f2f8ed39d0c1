package warc

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// warcioRecord is a line of testdata/warcio/check.mjs's output.
type warcioRecord struct {
	Type          string `json:"type"`
	TargetURI     string `json:"target_uri"`
	RecordID      string `json:"record_id"`
	Date          string `json:"date"`
	PayloadDigest string `json:"payload_digest"`
	BlockDigest   string `json:"block_digest"`
	ContentLength int    `json:"content_length"`
	HTTPStatus    int    `json:"http_status"`
	PayloadSHA1   string `json:"payload_sha1"`
	BlockSHA1     string `json:"block_sha1"`
	BlockLength   int    `json:"block_length"`
	Offset        int64  `json:"offset"`
}

// warcioCheck returns the command that runs check.mjs, skipping the test
// when node or warcio is not installed, unless CI is set: CI must not skip.
func warcioCheck(t *testing.T) string {
	t.Helper()
	missing := func(what string) {
		if os.Getenv("CI") != "" {
			t.Fatalf("%s missing, and CI is set: run npm ci in testdata/warcio (test.sh does)", what)
		}
		t.Skipf("%s missing; run npm ci in testdata/warcio", what)
	}
	node, err := exec.LookPath("node")
	if err != nil {
		missing("node")
	}
	if _, err := os.Stat(filepath.Join("testdata", "warcio", "node_modules", "warcio", "package.json")); err != nil {
		missing("warcio.js")
	}
	return node
}

// TestWarcio writes records with the Writer and reads them back with
// warcio.js, an independent implementation, record by record.
func TestWarcio(t *testing.T) {
	node := warcioCheck(t)
	dir := t.TempDir()
	w, err := Create(dir, Options{})
	if err != nil {
		t.Fatal(err)
	}
	const uri = "https://www.mofa.go.jp/press/release/pressite_000001_00001.html"
	var big strings.Builder
	for i := 0; big.Len() < 200<<10; i++ {
		fmt.Fprintf(&big, "<p>Paragraph %d: Japan signed the Convention on 11 February 2025 in Paris.</p>\n", i)
	}
	req := NewRequest(uri, HTTPRequestMessage("GET", "/press/release/pressite_000001_00001.html", http.Header{"Host": {"www.mofa.go.jp"}, "Accept": {"text/html"}}, nil))
	resp := NewResponse(uri, HTTPResponseMessage(200, http.Header{"Content-Type": {"text/html"}, "Etag": {`"v1"`}}, []byte(big.String())))
	Concurrent(req, resp)
	gone := NewResponse("https://example.org/gone", HTTPResponseMessage(404, http.Header{"Content-Type": {"text/plain"}}, []byte("not found\n")))
	revisit := NewRevisit(uri, ProfileServerNotModified,
		Original{RecordID: resp.ID(), TargetURI: uri, Date: time.Now(), PayloadDigest: Digest([]byte(big.String()))},
		[]byte("HTTP/1.1 304 Not Modified\r\nEtag: \"v1\"\r\n\r\n"))
	resource := NewResource("https://example.org/saved.html", "text/html", []byte(page))
	if _, err := w.Write(req, resp); err != nil {
		t.Fatal(err)
	}
	if _, err := w.Write(gone, revisit, resource); err != nil {
		t.Fatal(err)
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(dir, w.Files()[0])
	want, locs := readFile(t, path)

	cmd := exec.Command(node, "check.mjs", path)
	cmd.Dir = filepath.Join("testdata", "warcio")
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("node check.mjs: %v\n%s", err, stderr.String())
	}
	var got []warcioRecord
	sc := bufio.NewScanner(bytes.NewReader(out))
	for sc.Scan() {
		var r warcioRecord
		if err := json.Unmarshal(sc.Bytes(), &r); err != nil {
			t.Fatalf("check.mjs line %q: %v", sc.Text(), err)
		}
		got = append(got, r)
	}
	if len(got) != len(want) {
		t.Fatalf("warcio read %d records, Go wrote %d:\n%s", len(got), len(want), out)
	}
	for i, g := range got {
		r := want[i]
		status := 0
		if r.IsHTTP() && r.Type != TypeRequest {
			hr, err := ParseHTTPResponse(r.Block)
			if err != nil {
				t.Fatal(err)
			}
			status = hr.Status
		}
		w := warcioRecord{
			Type: r.Type, TargetURI: r.TargetURI(), RecordID: r.ID(), Date: r.Header.Get(FieldDate),
			PayloadDigest: r.PayloadDigest(), BlockDigest: r.Header.Get(FieldBlockDigest),
			ContentLength: len(r.Block), HTTPStatus: status,
			PayloadSHA1: g.PayloadSHA1, // compared below by record type
			BlockSHA1:   r.Header.Get(FieldBlockDigest), BlockLength: len(r.Block), Offset: locs[i].Offset,
		}
		if g != w {
			t.Errorf("record %d:\nwarcio %+v\nGo     %+v", i, g, w)
		}
		switch r.Type {
		case TypeResponse, TypeResource:
			if g.PayloadSHA1 != r.PayloadDigest() {
				t.Errorf("record %d (%s): warcio's payload hashes to %s, header says %s", i, r.Type, g.PayloadSHA1, r.PayloadDigest())
			}
		}
	}
}
