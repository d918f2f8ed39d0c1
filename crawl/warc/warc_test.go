package warc

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"errors"
	"fmt"
	"io"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"runtime"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	kgzip "github.com/klauspost/compress/gzip"

	"github.com/citewatch/citewatch"
)

const page = "<!doctype html><title>Treaty news</title><p>The Convention was opened for signature on 5 September 2024 in Vilnius.</p>"

func httpResponse(body string) []byte {
	return []byte("HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: " +
		strconv.Itoa(len(body)) + "\r\n\r\n" + body)
}

// readAll reads every record of the files in dir, in file order.
func readAll(t *testing.T, dir string) ([]*Record, []Location) {
	t.Helper()
	names, err := filepath.Glob(filepath.Join(dir, "*.warc.gz"))
	if err != nil {
		t.Fatal(err)
	}
	var recs []*Record
	var locs []Location
	for _, name := range names {
		f, err := os.Open(name)
		if err != nil {
			t.Fatal(err)
		}
		rd, err := NewReader(f)
		if err != nil {
			t.Fatal(err)
		}
		for {
			rec, loc, err := rd.Next()
			if err == io.EOF {
				break
			}
			if err != nil {
				t.Fatalf("%s: %v", name, err)
			}
			loc.File = filepath.Base(name)
			recs = append(recs, rec)
			locs = append(locs, loc)
		}
		must(t, f.Close())
	}
	return recs, locs
}

func TestRoundTripEveryType(t *testing.T) {
	dir := t.TempDir()
	w, err := Create(dir, Options{})
	if err != nil {
		t.Fatal(err)
	}
	const uri = "https://www.coe.int/en/web/portal/-/news"
	fetched := time.Date(2025, 2, 11, 9, 30, 0, 123456000, time.UTC)
	req := NewRequest(uri, HTTPRequestMessage("GET", "/en/web/portal/-/news", http.Header{"Host": {"www.coe.int"}, "User-Agent": {"citewatch"}}, nil))
	resp := NewResponse(uri, httpResponse(page))
	resp.SetDate(fetched)
	Concurrent(req, resp)
	resource := NewResource("https://example.org/saved.html", "text/html", []byte(page))
	notModified := NewRevisit(uri, ProfileServerNotModified,
		Original{RecordID: resp.ID(), TargetURI: uri, Date: fetched, PayloadDigest: Digest([]byte(page))},
		[]byte("HTTP/1.1 304 Not Modified\r\nETag: \"abc\"\r\n\r\n"))
	identical := NewRevisit(uri, ProfileIdenticalPayloadDigest,
		Original{RecordID: resp.ID(), TargetURI: uri, Date: fetched, PayloadDigest: Digest([]byte(page))},
		[]byte("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n"))
	written := []*Record{req, resp, resource, notModified, identical}
	locs, err := w.Write(written...)
	if err != nil {
		t.Fatal(err)
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}

	recs, readLocs := readAll(t, dir)
	if len(recs) != 1+len(written) {
		t.Fatalf("read %d records, want %d", len(recs), 1+len(written))
	}
	if recs[0].Type != TypeWarcinfo || !bytes.Contains(recs[0].Block, []byte("conformsTo: http://iipc.github.io/warc-specifications/")) {
		t.Errorf("first record = %s %q, want warcinfo with conformsTo", recs[0].Type, recs[0].Block)
	}
	for i, want := range written {
		got := recs[i+1]
		if got.Type != want.Type || got.ID() != want.ID() || !bytes.Equal(got.Block, want.Block) {
			t.Errorf("record %d = %s %s %d bytes, want %s %s %d bytes", i, got.Type, got.ID(), len(got.Block), want.Type, want.ID(), len(want.Block))
		}
		if !equalFields(got.Header.Fields(), want.Header.Fields()) {
			t.Errorf("record %d header = %v, want %v", i, got.Header.Fields(), want.Header.Fields())
		}
		if err := got.Verify(); err != nil {
			t.Errorf("record %d: Verify: %v", i, err)
		}
		if readLocs[i+1] != locs[i] {
			t.Errorf("record %d read at %+v, Write said %+v", i, readLocs[i+1], locs[i])
		}
		byLoc, err := ReadAt(dir, locs[i])
		if err != nil || byLoc.ID() != want.ID() {
			t.Errorf("ReadAt(%+v) = %v, %v; want record %s", locs[i], byLoc, err, want.ID())
		}
	}
	if got := recs[2].PayloadDigest(); got != Digest([]byte(page)) {
		t.Errorf("response payload digest = %s, want digest of the body %s", got, Digest([]byte(page)))
	}
	if got := recs[2].Date(); !got.Equal(fetched) {
		t.Errorf("response date = %v, want %v", got, fetched)
	}
	if recs[1].Header.Get(FieldConcurrentTo) != resp.ID() || recs[2].Header.Get(FieldConcurrentTo) != req.ID() {
		t.Error("request and response do not name each other in WARC-Concurrent-To")
	}
	if got := recs[3].PayloadDigest(); got != Digest([]byte(page)) {
		t.Errorf("resource payload digest = %s, want %s", got, Digest([]byte(page)))
	}
	for _, r := range recs[4:] {
		if r.Header.Get(FieldRefersTo) != resp.ID() || r.Header.Get(FieldRefersToTargetURI) != uri ||
			r.Header.Get(FieldRefersToDate) != "2025-02-11T09:30:00.123456Z" || r.PayloadDigest() != Digest([]byte(page)) {
			t.Errorf("revisit header = %v, want refers-to fields of the response and its payload digest", r.Header.Fields())
		}
	}
	hr, err := ParseHTTPResponse(recs[2].Block)
	if err != nil || hr.Status != 200 || string(hr.Body) != page || hr.Header.Get("Content-Type") != "text/html; charset=utf-8" {
		t.Errorf("ParseHTTPResponse = %+v, %v", hr, err)
	}
	hr, err = ParseHTTPResponse(recs[4].Block)
	if err != nil || hr.Status != 304 || len(hr.Body) != 0 || hr.Header.Get("ETag") != `"abc"` {
		t.Errorf("ParseHTTPResponse(revisit) = %+v, %v", hr, err)
	}
}

func equalFields(a, b []Field) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// TestSpecExamples writes records like the examples of the WARC/1.1
// specification and checks the bytes of each against its syntax.
func TestSpecExamples(t *testing.T) {
	dir := t.TempDir()
	w, err := Create(dir, Options{Software: "citewatch-test/1.0"})
	if err != nil {
		t.Fatal(err)
	}
	info := NewWarcinfo("hello-world.warc.gz", []Field{
		{"software", "citewatch-test/1.0"}, {"format", "WARC File Format 1.1"},
		{"conformsTo", "http://iipc.github.io/warc-specifications/specifications/warc-format/warc-1.1/"},
		{"isPartOf", "example-crawl"}, {"description", "a crawl for the specification's examples"},
		{"robots", "obey"}, {"http-header-user-agent", "Mozilla/5.0 (compatible; citewatch)"},
	})
	req := NewRequest("http://www.archive.org/images/logoc.jpg", []byte(
		"GET /images/logoc.jpg HTTP/1.0\r\nUser-Agent: Mozilla/5.0 (compatible; citewatch)\r\nAccept: */*\r\nHost: www.archive.org\r\n\r\n"))
	req.Header.Set(FieldIPAddress, "207.241.233.58")
	resp := NewResponse("http://www.archive.org/images/logoc.jpg", []byte(
		"HTTP/1.1 200 OK\r\nDate: Tue, 19 Sep 2016 17:18:40 GMT\r\nServer: Apache/2.0.54 (Ubuntu)\r\n"+
			"Last-Modified: Mon, 16 Jun 2003 22:28:51 GMT\r\nETag: \"3e45-67e-2ed02ec0\"\r\nAccept-Ranges: bytes\r\n"+
			"Content-Length: 12\r\nConnection: close\r\nContent-Type: image/jpeg\r\n\r\nnot a jpeg!\n"))
	resp.Header.Set(FieldIPAddress, "207.241.233.58")
	Concurrent(req, resp)
	revisit := NewRevisit("http://www.archive.org/images/logoc.jpg", ProfileIdenticalPayloadDigest,
		Original{RecordID: resp.ID(), TargetURI: "http://www.archive.org/images/logoc.jpg",
			Date: time.Date(2016, 9, 19, 17, 20, 24, 0, time.UTC), PayloadDigest: "sha1:UZY6ND6CCHXETFVJD2MSS7ZENMWF7KQ2"},
		[]byte("HTTP/1.1 200 OK\r\nContent-Type: image/jpeg\r\n\r\n"))
	resource := NewResource("file://var/www/htdocs/index.html", "text/html", []byte("<html><body>hello</body></html>\n"))
	records := []*Record{info, req, resp, revisit, resource}
	locs, err := w.Write(records...)
	if err != nil {
		t.Fatal(err)
	}
	must(t, w.Close())

	field := regexp.MustCompile(`^[!#$%&'*+\-.^_` + "`" + `|~0-9A-Za-z]+: [^\r\n]*$`)
	for i, loc := range locs {
		raw := rawMember(t, dir, loc)
		want := records[i]
		if !bytes.HasPrefix(raw, []byte("WARC/1.1\r\n")) {
			t.Fatalf("%s record does not start with the version line: %q", want.Type, raw[:20])
		}
		end := bytes.Index(raw, []byte("\r\n\r\n"))
		lines := strings.Split(string(raw[len("WARC/1.1\r\n"):end]), "\r\n")
		seen := map[string]bool{}
		for _, line := range lines {
			if !field.MatchString(line) {
				t.Errorf("%s record: field line %q is not name: value", want.Type, line)
			}
			name, _, _ := strings.Cut(line, ":")
			seen[name] = true
		}
		for _, name := range []string{FieldType, FieldRecordID, FieldDate, FieldContentLength, FieldBlockDigest} {
			if !seen[name] {
				t.Errorf("%s record lacks mandatory or promised field %s", want.Type, name)
			}
		}
		block := raw[end+4:]
		n, _ := strconv.Atoi(want.Header.Get(FieldContentLength))
		if n != len(want.Block) || len(block) != n+4 || !bytes.HasSuffix(block, []byte("\r\n\r\n")) || !bytes.Equal(block[:n], want.Block) {
			t.Errorf("%s record: Content-Length %d, block of %d bytes then %q; want the block exactly and two CRLF", want.Type, n, len(want.Block), block[min(n, len(block)):])
		}
		if !regexp.MustCompile(`^<urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}>$`).MatchString(want.ID()) {
			t.Errorf("record ID %q is not a version 4 urn:uuid in angle brackets", want.ID())
		}
		if d := want.Header.Get(FieldDate); !regexp.MustCompile(`^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z$`).MatchString(d) {
			t.Errorf("WARC-Date %q is not UTC RFC 3339", d)
		}
		if strings.HasPrefix(want.Header.Get(FieldTargetURI), "<") {
			t.Errorf("WARC-Target-URI %q has angle brackets; WARC/1.1 writes it bare", want.Header.Get(FieldTargetURI))
		}
	}
	if got, want := resp.PayloadDigest(), Digest([]byte("not a jpeg!\n")); got != want {
		t.Errorf("response payload digest = %s, want %s", got, want)
	}
	if got := revisit.PayloadDigest(); got != "sha1:UZY6ND6CCHXETFVJD2MSS7ZENMWF7KQ2" {
		t.Errorf("revisit payload digest = %s, want the original's", got)
	}
	if revisit.Header.Get(FieldProfile) != ProfileIdenticalPayloadDigest || revisit.Header.Get(FieldRefersToDate) != "2016-09-19T17:20:24.000000Z" {
		t.Errorf("revisit header = %v", revisit.Header.Fields())
	}
}

// rawMember decompresses the gzip member at loc, checking it is exactly one
// member of loc.Length bytes.
func rawMember(t *testing.T, dir string, loc Location) []byte {
	t.Helper()
	f, err := os.Open(filepath.Join(dir, loc.File))
	if err != nil {
		t.Fatal(err)
	}
	defer func() { must(t, f.Close()) }()
	zr, err := gzip.NewReader(io.NewSectionReader(f, loc.Offset, loc.Length))
	if err != nil {
		t.Fatal(err)
	}
	zr.Multistream(false)
	raw, err := io.ReadAll(zr)
	if err != nil {
		t.Fatalf("member at %+v: %v", loc, err)
	}
	return raw
}

func TestTornTail(t *testing.T) {
	dir := t.TempDir()
	w, err := Create(dir, Options{})
	if err != nil {
		t.Fatal(err)
	}
	var locs []Location
	for i := range 3 {
		l, err := w.Write(NewResponse(fmt.Sprintf("https://example.org/%d", i), httpResponse(strings.Repeat(page, 20))))
		if err != nil {
			t.Fatal(err)
		}
		locs = append(locs, l...)
	}
	must(t, w.Close())
	path := filepath.Join(dir, locs[0].File)
	full, _ := os.ReadFile(path)
	last := locs[2]
	// Cut the file at points inside the last member: its gzip header, its
	// deflate stream, its trailer.
	for _, cut := range []int64{last.Offset + 3, last.Offset + last.Length/2, last.Offset + last.Length - 2} {
		rd, err := NewReader(bytes.NewReader(full[:cut]))
		if err != nil {
			t.Fatal(err)
		}
		var ids []string
		for {
			rec, _, err := rd.Next()
			if err != nil {
				if !errors.Is(err, ErrTruncated) {
					t.Errorf("cut at %d: Next error = %v, want ErrTruncated", cut, err)
				}
				break
			}
			ids = append(ids, rec.TargetURI())
		}
		if len(ids) != 3 || ids[2] != "https://example.org/1" {
			t.Errorf("cut at %d: read %v, want warcinfo and the first two responses", cut, ids)
		}
	}
	// A cut exactly at a member boundary is a clean end.
	rd, _ := NewReader(bytes.NewReader(full[:last.Offset]))
	n := 0
	for {
		_, _, err := rd.Next()
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatalf("cut at a boundary: %v", err)
		}
		n++
	}
	if n != 3 {
		t.Errorf("cut at a boundary: %d records, want 3", n)
	}
}

func TestUncompressed(t *testing.T) {
	var file bytes.Buffer
	recs := []*Record{NewResponse("https://example.org/", httpResponse(page)), NewResource("https://example.org/a", "text/plain", []byte("hello"))}
	for _, r := range recs {
		if err := prepare(r); err != nil {
			t.Fatal(err)
		}
		file.Write(appendHead(nil, &r.Header))
		file.Write(r.Block)
		file.WriteString("\r\n\r\n")
	}
	rd, err := NewReader(bytes.NewReader(file.Bytes()))
	if err != nil {
		t.Fatal(err)
	}
	var off int64
	for _, want := range recs {
		got, loc, err := rd.Next()
		if err != nil {
			t.Fatal(err)
		}
		if got.ID() != want.ID() || !bytes.Equal(got.Block, want.Block) || loc.Offset != off {
			t.Errorf("read %s at %d, want %s at %d", got.ID(), loc.Offset, want.ID(), off)
		}
		if err := got.Verify(); err != nil {
			t.Error(err)
		}
		off += loc.Length
	}
	if _, _, err := rd.Next(); err != io.EOF {
		t.Errorf("Next at end = %v, want io.EOF", err)
	}
	rd, _ = NewReader(bytes.NewReader(file.Bytes()[:file.Len()-10]))
	if _, _, err := rd.Next(); err != nil {
		t.Fatalf("first record of the torn file: %v", err)
	}
	if _, _, err := rd.Next(); !errors.Is(err, ErrTruncated) {
		t.Errorf("torn uncompressed record: %v, want ErrTruncated", err)
	}
}

func TestVerifyMismatch(t *testing.T) {
	r := NewResponse("https://example.org/", httpResponse(page))
	if err := prepare(r); err != nil {
		t.Fatal(err)
	}
	r.Block = bytes.Replace(r.Block, []byte("2024"), []byte("2023"), 1)
	var de *DigestError
	if err := r.Verify(); !errors.As(err, &de) || de.Field != FieldBlockDigest || !errors.Is(err, citewatch.ErrInvalid) {
		t.Fatalf("Verify of an altered block = %v, want *DigestError on %s wrapping ErrInvalid", err, FieldBlockDigest)
	}
	r.Header.Set(FieldBlockDigest, Digest(r.Block))
	if err := r.Verify(); !errors.As(err, &de) || de.Field != FieldPayloadDigest {
		t.Fatalf("Verify with a stale payload digest = %v, want *DigestError on %s", err, FieldPayloadDigest)
	}
}

func TestRotation(t *testing.T) {
	dir := t.TempDir()
	w, err := Create(dir, Options{MaxSize: 4 << 10, Prefix: "rot"})
	if err != nil {
		t.Fatal(err)
	}
	body := make([]byte, 3000) // incompressible enough: varied bytes
	for i := range body {
		body[i] = byte(i*7919>>3) ^ byte(i)
	}
	var all []Location
	for i := range 6 {
		locs, err := w.Write(NewResponse(fmt.Sprintf("https://example.org/%d", i), httpResponse(string(body))))
		if err != nil {
			t.Fatal(err)
		}
		all = append(all, locs...)
	}
	must(t, w.Close())
	files := w.Files()
	if len(files) < 2 {
		t.Fatalf("wrote %v, want rotation into several files", files)
	}
	for _, name := range files {
		if !regexp.MustCompile(`^rot-\d{14}-\d{5}\.warc\.gz$`).MatchString(name) {
			t.Errorf("file name %q does not follow prefix-YYYYMMDDhhmmss-NNNNN.warc.gz", name)
		}
		fi, err := os.Stat(filepath.Join(dir, name))
		if err != nil {
			t.Fatal(err)
		}
		recs, _ := readFile(t, filepath.Join(dir, name))
		if recs[0].Type != TypeWarcinfo || recs[0].Header.Get(FieldFilename) != name {
			t.Errorf("%s starts with %s %q, want its warcinfo", name, recs[0].Type, recs[0].Header.Get(FieldFilename))
		}
		if len(recs) > 2 && fi.Size() > 4<<10 {
			t.Errorf("%s holds %d records in %d bytes, past MaxSize", name, len(recs), fi.Size())
		}
	}
	for i, loc := range all {
		rec, err := ReadAt(dir, loc)
		if err != nil || rec.TargetURI() != fmt.Sprintf("https://example.org/%d", i) {
			t.Errorf("ReadAt(%+v) = %v, %v", loc, rec, err)
		}
	}
}

func readFile(t *testing.T, path string) ([]*Record, []Location) {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer func() { must(t, f.Close()) }()
	rd, err := NewReader(f)
	if err != nil {
		t.Fatal(err)
	}
	var recs []*Record
	var locs []Location
	for {
		rec, loc, err := rd.Next()
		if err == io.EOF {
			return recs, locs
		}
		if err != nil {
			t.Fatal(err)
		}
		recs = append(recs, rec)
		locs = append(locs, loc)
	}
}

func TestConcurrentWrites(t *testing.T) {
	dir := t.TempDir()
	w, err := Create(dir, Options{MaxSize: 64 << 10})
	if err != nil {
		t.Fatal(err)
	}
	const workers, each = 8, 25
	var wg sync.WaitGroup
	errs := make(chan error, workers)
	for g := range workers {
		wg.Go(func() {
			for i := range each {
				uri := fmt.Sprintf("https://example.org/%d/%d", g, i)
				req := NewRequest(uri, []byte("GET / HTTP/1.1\r\nHost: example.org\r\n\r\n"))
				resp := NewResponse(uri, httpResponse(page+uri))
				Concurrent(req, resp)
				locs, err := w.Write(req, resp)
				if err != nil {
					errs <- err
					return
				}
				if locs[0].File != locs[1].File || locs[1].Offset != locs[0].Offset+locs[0].Length {
					errs <- fmt.Errorf("pair split or interleaved: %+v", locs)
					return
				}
			}
		})
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Fatal(err)
	}
	must(t, w.Close())
	recs, _ := readAll(t, dir)
	seen := map[string]int{}
	for i, r := range recs {
		if r.Type == TypeRequest {
			if next := recs[i+1]; next.Type != TypeResponse || next.ID() != r.Header.Get(FieldConcurrentTo) {
				t.Fatalf("request %s not followed by its response", r.TargetURI())
			}
		}
		seen[r.Type]++
	}
	if seen[TypeResponse] != workers*each || seen[TypeRequest] != workers*each {
		t.Errorf("read %v, want %d requests and responses", seen, workers*each)
	}
}

func TestWriteErrors(t *testing.T) {
	w, err := Create(t.TempDir(), Options{})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := w.Write(&Record{Block: []byte("x")}); !errors.Is(err, citewatch.ErrInvalid) {
		t.Errorf("record with no type: %v, want ErrInvalid", err)
	}
	bad := NewResponse("https://example.org/\r\nWARC-Type: resource", httpResponse(page))
	if _, err := w.Write(bad); !errors.Is(err, citewatch.ErrInvalid) {
		t.Errorf("target URI with a line break: %v, want ErrInvalid", err)
	}
	must(t, w.Close())
	if _, err := w.Write(NewResource("https://example.org/", "text/plain", nil)); !errors.Is(err, ErrClosed) {
		t.Errorf("Write after Close = %v, want ErrClosed", err)
	}
	if _, err := Create(t.TempDir(), Options{Compression: 42}); !errors.Is(err, citewatch.ErrInvalid) {
		t.Errorf("Create with level 42: %v, want ErrInvalid", err)
	}
	if _, err := ReadAt(t.TempDir(), Location{File: "../etc/passwd"}); !errors.Is(err, citewatch.ErrInvalid) {
		t.Errorf("ReadAt outside the folder: %v, want ErrInvalid", err)
	}
	if _, err := ReadAt(t.TempDir(), Location{File: "missing.warc.gz"}); !errors.Is(err, citewatch.ErrNotFound) {
		t.Errorf("ReadAt of a missing file: %v, want ErrNotFound", err)
	}
	if _, err := NewReader(strings.NewReader("<html>")); !errors.Is(err, citewatch.ErrInvalid) {
		t.Errorf("NewReader of HTML: %v, want ErrInvalid", err)
	}
}

func TestParseHTTPResponseChunked(t *testing.T) {
	msg := "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\nContent-Type: text/plain\r\n\r\n5\r\nhello\r\n6\r\n world\r\n0\r\n\r\n"
	r, err := ParseHTTPResponse([]byte(msg))
	if err != nil || string(r.Body) != "hello world" || r.Header.Get("Transfer-Encoding") != "chunked" {
		t.Errorf("ParseHTTPResponse(chunked) = %+v, %v; want body \"hello world\"", r, err)
	}
	if _, err := ParseHTTPResponse([]byte("<html>no header")); !errors.Is(err, citewatch.ErrInvalid) {
		t.Errorf("ParseHTTPResponse(html) = %v, want ErrInvalid", err)
	}
	// A body longer than Content-Length says (stored decoded) is kept whole.
	r, err = ParseHTTPResponse([]byte("HTTP/1.1 200 OK\r\nContent-Length: 3\r\n\r\nhello"))
	if err != nil || string(r.Body) != "hello" {
		t.Errorf("ParseHTTPResponse with a short Content-Length = %+v, %v", r, err)
	}
}

func BenchmarkWrite(b *testing.B) {
	// A 30 KB HTML page of varied text, as compressible as a real one.
	var body strings.Builder
	for i := 0; body.Len() < 30<<10; i++ {
		fmt.Fprintf(&body, "<p class=\"para-%d\">On %d September 2024 the Convention (CETS No. %d) was signed by %d states at the conference in Vilnius.</p>\n", i%17, i%28+1, 200+i%50, i%46)
	}
	msg := httpResponse(body.String())
	for _, level := range []int{kgzip.HuffmanOnly, kgzip.StatelessCompression, kgzip.BestSpeed, 2, kgzip.DefaultCompression} {
		b.Run(fmt.Sprintf("level=%d", level), func(b *testing.B) {
			w, err := Create(b.TempDir(), Options{Compression: level})
			if err != nil {
				b.Fatal(err)
			}
			defer func() { must(b, w.Close()) }()
			b.SetBytes(int64(len(msg)))
			b.RunParallel(func(pb *testing.PB) {
				for pb.Next() {
					if _, err := w.Write(NewResponse("https://example.org/page", msg)); err != nil {
						b.Error(err)
						return
					}
				}
			})
			var size int64
			for _, f := range w.Files() {
				fi, _ := os.Stat(filepath.Join(w.dir, f))
				size += fi.Size()
			}
			b.ReportMetric(float64(size)/float64(b.N*len(msg)), "ratio")
		})
	}
}

// TestKilledWriter kills a process in the middle of writing and reads back
// what it left: every complete record, then at most a torn tail.
func TestKilledWriter(t *testing.T) {
	if dir := os.Getenv("WARC_TEST_WRITER_DIR"); dir != "" {
		w, err := Create(dir, Options{})
		if err != nil {
			os.Exit(3)
		}
		for i := 0; ; i++ {
			if _, err := w.Write(NewResponse(fmt.Sprintf("https://example.org/%d", i), httpResponse(strings.Repeat(page, 50)))); err != nil {
				os.Exit(4)
			}
			if i == 100 {
				fmt.Println("ready")
			}
		}
	}
	dir := t.TempDir()
	cmd := exec.Command(os.Args[0], "-test.run=^TestKilledWriter$")
	cmd.Env = append(os.Environ(), "WARC_TEST_WRITER_DIR="+dir)
	out, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	line, err := bufio.NewReader(out).ReadString('\n')
	if err != nil || line != "ready\n" {
		if err := cmd.Process.Kill(); err != nil {
			t.Logf("kill: %v", err) // it may have ended by itself; the test fails either way
		}
		t.Fatalf("writer process said %q, %v", line, err)
	}
	time.Sleep(20 * time.Millisecond)
	if err := cmd.Process.Signal(syscall.SIGKILL); err != nil {
		t.Fatal(err)
	}
	if err := cmd.Wait(); err == nil {
		t.Fatal("the writer process ended by itself before it was killed")
	}

	names, _ := filepath.Glob(filepath.Join(dir, "*.warc.gz"))
	if len(names) != 1 {
		t.Fatalf("writer left %v, want one file", names)
	}
	f, err := os.Open(names[0])
	if err != nil {
		t.Fatal(err)
	}
	defer func() { must(t, f.Close()) }()
	rd, err := NewReader(f)
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for {
		rec, _, err := rd.Next()
		if err == io.EOF || errors.Is(err, ErrTruncated) {
			break
		}
		if err != nil {
			t.Fatalf("after %d records: %v", n, err)
		}
		if err := rec.Verify(); err != nil {
			t.Fatalf("record %d: %v", n, err)
		}
		n++
	}
	if n < 102 { // warcinfo and responses 0 to 100
		t.Errorf("read %d records after the kill, want at least the 102 written before \"ready\"", n)
	}
}

func TestAppendHTTPResponseMessage(t *testing.T) {
	hdr := http.Header{"Content-Type": {"text/html"}, "Set-Cookie": {"a=1", "b=2"}, "Date": {"Tue, 11 Feb 2025 10:00:00 GMT"}}
	body := []byte(page)
	want := "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nDate: Tue, 11 Feb 2025 10:00:00 GMT\r\nSet-Cookie: a=1\r\nSet-Cookie: b=2\r\n\r\n" + page
	if got := string(HTTPResponseMessage(200, hdr, body)); got != want {
		t.Errorf("HTTPResponseMessage = %q, want %q", got, want)
	}
	// Appending keeps what the buffer held and reuses its room.
	buf := append(make([]byte, 0, 4096), "kept"...)
	got := AppendHTTPResponseMessage(buf, 200, hdr, body)
	if string(got) != "kept"+want || &got[0] != &buf[0] {
		t.Errorf("AppendHTTPResponseMessage = %q (same array %v)", got, &got[0] == &buf[0])
	}
	resp, err := ParseHTTPResponse(got[len("kept"):])
	if err != nil || resp.Status != 200 || string(resp.Body) != page || len(resp.Header["Set-Cookie"]) != 2 {
		t.Errorf("ParseHTTPResponse of the appended message = %+v, %v", resp, err)
	}
}

// TestResync damages the middle record of a compressed and of an
// uncompressed file: Next fails there, Resync moves on, and the records
// after the damage read back.
func TestResync(t *testing.T) {
	recs := func() []*Record {
		var out []*Record
		for _, u := range []string{"https://example.org/1", "https://example.org/2", "https://example.org/3"} {
			out = append(out, NewResource(u, "text/plain", []byte("body of "+u)))
		}
		return out
	}
	var gz bytes.Buffer
	w, err := Create(t.TempDir(), Options{})
	if err != nil {
		t.Fatal(err)
	}
	var ends []int
	for _, r := range recs() {
		must(t, prepare(r))
		must(t, w.compress(&gz, r))
		ends = append(ends, gz.Len())
	}
	var plain bytes.Buffer
	var plainEnds []int
	for _, r := range recs() {
		must(t, prepare(r))
		plain.Write(appendHead(nil, &r.Header))
		plain.Write(r.Block)
		plain.WriteString("\r\n\r\n")
		plainEnds = append(plainEnds, plain.Len())
	}
	for name, tc := range map[string]struct {
		data []byte
		at   int
	}{
		"gzip":  {gz.Bytes(), ends[0] + 12},
		"plain": {plain.Bytes(), plainEnds[0] + 2},
	} {
		t.Run(name, func(t *testing.T) {
			data := bytes.Clone(tc.data)
			copy(data[tc.at:], "XXXXXXXX")
			rd, err := NewReader(bytes.NewReader(data))
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for {
				rec, _, err := rd.Next()
				if err == io.EOF {
					break
				}
				if err != nil {
					if errors.Is(err, ErrTruncated) {
						t.Fatalf("damage read as a torn tail: %v", err)
					}
					if _, err := rd.Resync(); err != nil {
						break
					}
					continue
				}
				got = append(got, rec.TargetURI())
			}
			if want := "https://example.org/1 https://example.org/3"; strings.Join(got, " ") != want {
				t.Errorf("read %v, want %s", got, want)
			}
		})
	}
}

// bombMember is one gzip member holding head followed by n zero bytes: a
// few hundred kilobytes on disk for n of a hundred megabytes.
func bombMember(t *testing.T, head string, n int) []byte {
	t.Helper()
	var b bytes.Buffer
	zw, err := gzip.NewWriterLevel(&b, gzip.BestSpeed)
	must(t, err)
	_, err = zw.Write([]byte(head))
	must(t, err)
	zeros := make([]byte, 1<<20)
	for n > 0 {
		k := min(n, len(zeros))
		_, err := zw.Write(zeros[:k])
		must(t, err)
		n -= k
	}
	must(t, zw.Close())
	return b.Bytes()
}

// TestReaderBounds reads a crafted file whose first record claims a 2 GiB
// block and whose second member inflates far past its record: both are
// refused as invalid, without allocating what they claim or inflate to,
// and the good record after them is read.
func TestReaderBounds(t *testing.T) {
	var file bytes.Buffer
	file.Write(bombMember(t, "WARC/1.1\r\nWARC-Type: resource\r\nWARC-Record-ID: <urn:uuid:big>\r\nContent-Length: 2147483648\r\n\r\n", 200<<20))
	file.Write(bombMember(t, "WARC/1.1\r\nWARC-Type: resource\r\nWARC-Record-ID: <urn:uuid:small>\r\nContent-Length: 5\r\n\r\nhello\r\n\r\n", 200<<20))
	file.Write(bombMember(t, fmt.Sprintf("WARC/1.1\r\nWARC-Type: resource\r\nWARC-Record-ID: <urn:uuid:good>\r\nWARC-Target-URI: https://www.coe.int/ok\r\nContent-Length: %d\r\n\r\n%s\r\n\r\n", len(page), page), 0))
	if file.Len() > 2<<20 {
		t.Fatalf("crafted file of %d bytes", file.Len())
	}

	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	rd, err := NewReader(bytes.NewReader(file.Bytes()))
	if err != nil {
		t.Fatal(err)
	}
	var errs []error
	var got []string
	for {
		rec, _, err := rd.Next()
		if err == io.EOF {
			break
		}
		if err != nil {
			errs = append(errs, err)
			if _, err := rd.Resync(); err != nil {
				break
			}
			continue
		}
		got = append(got, rec.Header.Get(FieldTargetURI))
	}
	runtime.ReadMemStats(&after)
	if n := after.TotalAlloc - before.TotalAlloc; n > 32<<20 {
		t.Errorf("reading a %d-byte crafted file allocated %d MiB", file.Len(), n>>20)
	}
	if len(errs) < 2 {
		t.Fatalf("errors %v, want the two crafted members refused", errs)
	}
	for _, err := range errs {
		if !errors.Is(err, citewatch.ErrInvalid) || errors.Is(err, ErrTruncated) {
			t.Errorf("error %v, want invalid (not truncated)", err)
		}
	}
	if !strings.Contains(errs[0].Error(), "over the") {
		t.Errorf("first error %q, want it to name the limit", errs[0])
	}
	if len(got) != 1 || got[0] != "https://www.coe.int/ok" {
		t.Errorf("read %v, want the good record after the crafted ones", got)
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
