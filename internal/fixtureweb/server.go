package fixtureweb

import (
	"context"
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/tls"
	"crypto/x509"
	"crypto/x509/pkix"
	"encoding/pem"
	"errors"
	"fmt"
	"io"
	"log"
	"math/big"
	"net"
	"net/http"
	"net/url"
	"os"
	"slices"
	"sync"
	"testing"
	"time"
)

// Web is a running fixture web: an HTTPS server on a loopback port that
// answers for every host of the manifest. Its methods are safe for
// concurrent use.
type Web struct {
	addr   string
	hosts  []string
	routes map[string]entry // by host + request URI
	known  map[string]bool  // hosts
	caPEM  []byte
	pool   *x509.CertPool
	srv    *http.Server

	mu     sync.Mutex
	extra  map[string]dynamicPage // pages a test put, by host + request URI
	hits   map[string]int
	caFile string
	closed bool
}

// Start serves the fixture web on a loopback port for the length of a test
// and closes it in tb.Cleanup. It fails the test when the server cannot
// start.
func Start(tb testing.TB) *Web {
	tb.Helper()
	w, err := Serve("127.0.0.1:0")
	if err != nil {
		tb.Fatalf("fixtureweb: %v", err)
	}
	tb.Cleanup(func() { _ = w.Close() }) // stopping a test server loses nothing
	return w
}

// Serve starts the fixture web on addr ("127.0.0.1:0" picks a free port)
// and serves it in a goroutine until Close. It generates a fresh
// certificate authority and a server certificate for every fixture host and
// 127.0.0.1. It returns an error when the manifest is broken or addr cannot
// be listened on.
func Serve(addr string) (*Web, error) {
	es, err := manifest()
	if err != nil {
		return nil, err
	}
	w := &Web{routes: map[string]entry{}, known: map[string]bool{}, hits: map[string]int{}}
	for _, e := range es {
		w.routes[e.key()] = e
		u, _ := url.Parse(e.URL)
		if !w.known[u.Hostname()] {
			w.known[u.Hostname()] = true
			w.hosts = append(w.hosts, u.Hostname())
		}
	}
	slices.Sort(w.hosts)
	cert, err := w.certify()
	if err != nil {
		return nil, err
	}
	if addr == "" {
		addr = "127.0.0.1:0"
	}
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return nil, fmt.Errorf("fixtureweb: %w", err)
	}
	w.addr = ln.Addr().String()
	w.srv = &http.Server{
		Handler:           http.HandlerFunc(w.serveHTTP),
		ReadHeaderTimeout: 10 * time.Second,
		ErrorLog:          log.New(io.Discard, "", 0), // handshake failures are the client's to report
	}
	tlsLn := tls.NewListener(ln, &tls.Config{Certificates: []tls.Certificate{cert}, MinVersion: tls.VersionTLS12})
	go func() { _ = w.srv.Serve(tlsLn) }() // returns http.ErrServerClosed on Close
	return w, nil
}

// certify makes the certificate authority and the server's certificate.
func (w *Web) certify() (tls.Certificate, error) {
	caKey, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	if err != nil {
		return tls.Certificate{}, fmt.Errorf("fixtureweb: ca key: %w", err)
	}
	now := time.Now()
	ca := &x509.Certificate{
		SerialNumber:          big.NewInt(1),
		Subject:               pkix.Name{CommonName: "citewatch fixture web CA", Organization: []string{"citewatch tests"}},
		NotBefore:             now.Add(-time.Hour),
		NotAfter:              now.Add(30 * 24 * time.Hour),
		IsCA:                  true,
		BasicConstraintsValid: true,
		KeyUsage:              x509.KeyUsageCertSign | x509.KeyUsageCRLSign,
	}
	caDER, err := x509.CreateCertificate(rand.Reader, ca, ca, &caKey.PublicKey, caKey)
	if err != nil {
		return tls.Certificate{}, fmt.Errorf("fixtureweb: ca certificate: %w", err)
	}
	caCert, err := x509.ParseCertificate(caDER)
	if err != nil {
		return tls.Certificate{}, fmt.Errorf("fixtureweb: ca certificate: %w", err)
	}
	key, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	if err != nil {
		return tls.Certificate{}, fmt.Errorf("fixtureweb: server key: %w", err)
	}
	leaf := &x509.Certificate{
		SerialNumber: big.NewInt(2),
		Subject:      pkix.Name{CommonName: "citewatch fixture web"},
		NotBefore:    now.Add(-time.Hour),
		NotAfter:     now.Add(30 * 24 * time.Hour),
		KeyUsage:     x509.KeyUsageDigitalSignature,
		ExtKeyUsage:  []x509.ExtKeyUsage{x509.ExtKeyUsageServerAuth},
		DNSNames:     w.hosts,
		IPAddresses:  []net.IP{net.IPv4(127, 0, 0, 1)},
	}
	leafDER, err := x509.CreateCertificate(rand.Reader, leaf, caCert, &key.PublicKey, caKey)
	if err != nil {
		return tls.Certificate{}, fmt.Errorf("fixtureweb: server certificate: %w", err)
	}
	w.caPEM = pem.EncodeToMemory(&pem.Block{Type: "CERTIFICATE", Bytes: caDER})
	w.pool = x509.NewCertPool()
	w.pool.AddCert(caCert)
	return tls.Certificate{Certificate: [][]byte{leafDER, caDER}, PrivateKey: key}, nil
}

// serveHTTP answers one request from the manifest: 421 for a host the
// fixture web does not serve, 404 for a path it does not list.
func (w *Web) serveHTTP(rw http.ResponseWriter, r *http.Request) {
	host := r.Host
	if h, _, err := net.SplitHostPort(host); err == nil {
		host = h
	}
	key := host + r.URL.RequestURI()
	w.mu.Lock()
	w.hits["https://"+key]++
	w.mu.Unlock()
	if !w.known[host] {
		http.Error(rw, "fixtureweb: no such host: "+host, http.StatusMisdirectedRequest)
		return
	}
	w.mu.Lock()
	d, isDynamic := w.extra[key]
	w.mu.Unlock()
	if isDynamic {
		for k, v := range d.header {
			rw.Header()[k] = v
		}
		rw.WriteHeader(d.status)
		if r.Method != http.MethodHead {
			_, _ = rw.Write(d.body) // a client gone away is its own to report
		}
		return
	}
	e, ok := w.routes[key]
	if !ok {
		notFound(rw, http.StatusNotFound)
		return
	}
	for k, v := range e.Headers {
		rw.Header().Set(k, v)
	}
	if e.Redirect != "" {
		http.Redirect(rw, r, e.Redirect, e.status())
		return
	}
	if e.File == "" {
		notFound(rw, e.status())
		return
	}
	body, err := files.ReadFile("web/" + e.File)
	if err != nil {
		http.Error(rw, err.Error(), http.StatusInternalServerError)
		return
	}
	rw.Header().Set("Content-Type", e.contentType())
	rw.WriteHeader(e.status())
	if r.Method != http.MethodHead {
		_, _ = rw.Write(body) // a client gone away is its own to report
	}
}

// dynamicPage is a page a test put on the fixture web while it runs.
type dynamicPage struct {
	status int
	header http.Header
	body   []byte
}

// Put serves body at rawURL from now on, with status and content type,
// over whatever the manifest serves there: a test can add a page, change
// one between two crawls, or make one go away (status 404 or 410). The
// URL's host must be one of the fixture web's hosts, whose certificates it
// holds.
func (w *Web) Put(rawURL string, status int, contentType string, body []byte) error {
	h := http.Header{}
	if contentType != "" {
		h.Set("Content-Type", contentType)
	}
	return w.PutWithHeader(rawURL, status, h, body)
}

// PutWithHeader is Put with the response's headers given whole (a
// redirect's Location, a memento's Memento-Datetime).
func (w *Web) PutWithHeader(rawURL string, status int, header http.Header, body []byte) error {
	u, err := url.Parse(rawURL)
	if err != nil {
		return fmt.Errorf("fixtureweb: put %s: %w", rawURL, err)
	}
	if !w.known[u.Hostname()] {
		return fmt.Errorf("fixtureweb: put %s: %s is not a fixture host", rawURL, u.Hostname())
	}
	w.mu.Lock()
	defer w.mu.Unlock()
	if w.extra == nil {
		w.extra = map[string]dynamicPage{}
	}
	w.extra[u.Hostname()+u.RequestURI()] = dynamicPage{status: status, header: header.Clone(), body: body}
	return nil
}

// notFound writes a plain error page with status code.
func notFound(rw http.ResponseWriter, code int) {
	rw.Header().Set("Content-Type", "text/html; charset=utf-8")
	rw.WriteHeader(code)
	fmt.Fprintf(rw, "<!DOCTYPE html><html><head><title>%d %s</title></head><body><h1>%s</h1><p>The requested page could not be found.</p></body></html>\n",
		code, http.StatusText(code), http.StatusText(code))
}

// Addr returns the server's address, "127.0.0.1:PORT".
func (w *Web) Addr() string { return w.addr }

// Hosts returns every host the fixture web serves, sorted.
func (w *Web) Hosts() []string { return slices.Clone(w.hosts) }

// Resolve maps every fixture host to Addr(), the overrides a crawler needs
// to reach the fixture web instead of the internet.
func (w *Web) Resolve() map[string]string {
	m := make(map[string]string, len(w.hosts))
	for _, h := range w.hosts {
		m[h] = w.addr
	}
	return m
}

// CertPool returns a pool holding the certificate authority that signed
// the server's certificate.
func (w *Web) CertPool() *x509.CertPool { return w.pool.Clone() }

// CAFile writes the certificate authority as PEM to a temporary file, once,
// and returns its path; Close removes it. It returns "" if the file cannot
// be written.
func (w *Web) CAFile() string {
	w.mu.Lock()
	defer w.mu.Unlock()
	if w.caFile != "" {
		return w.caFile
	}
	f, err := os.CreateTemp("", "fixtureweb-ca-*.pem")
	if err != nil {
		return ""
	}
	_, err = f.Write(w.caPEM)
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		_ = os.Remove(f.Name()) // a half-written CA file; no file is the answer either way
		return ""
	}
	w.caFile = f.Name()
	return w.caFile
}

// Client returns an HTTP client that dials Addr() whatever the host and
// trusts the fixture web's certificate authority. It follows redirects.
func (w *Web) Client() *http.Client {
	d := &net.Dialer{Timeout: 5 * time.Second}
	return &http.Client{
		Timeout: 10 * time.Second,
		Transport: &http.Transport{
			DialContext: func(ctx context.Context, network, _ string) (net.Conn, error) {
				return d.DialContext(ctx, network, w.addr)
			},
			TLSClientConfig:   &tls.Config{RootCAs: w.CertPool(), MinVersion: tls.VersionTLS12},
			ForceAttemptHTTP2: true,
		},
	}
}

// Hits returns how many requests the server has answered for rawURL
// (https://host/path?query), whatever their outcome.
func (w *Web) Hits(rawURL string) int {
	u, err := url.Parse(rawURL)
	if err != nil {
		return 0
	}
	w.mu.Lock()
	defer w.mu.Unlock()
	return w.hits["https://"+u.Host+u.RequestURI()]
}

// Close stops the server and removes the CA file. Calling it twice is
// harmless.
func (w *Web) Close() error {
	w.mu.Lock()
	if w.closed {
		w.mu.Unlock()
		return nil
	}
	w.closed = true
	caFile := w.caFile
	w.mu.Unlock()
	err := w.srv.Close()
	if caFile != "" {
		if rerr := os.Remove(caFile); rerr != nil && !errors.Is(rerr, os.ErrNotExist) && err == nil {
			err = rerr
		}
	}
	return err
}
