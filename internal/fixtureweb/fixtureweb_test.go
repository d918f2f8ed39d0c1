package fixtureweb

import (
	"bytes"
	"crypto/x509"
	"encoding/pem"
	"io"
	"net/http"
	"net/url"
	"os"
	"strings"
	"testing"
	"time"

	"golang.org/x/net/html"
	"golang.org/x/net/html/charset"
)

// minPages is the least number of pages the labelled corpus must hold.
const minPages = 45

// block lists the elements after which visible text breaks.
var block = map[string]bool{
	"p": true, "div": true, "li": true, "td": true, "th": true, "tr": true, "br": true,
	"h1": true, "h2": true, "h3": true, "h4": true, "h5": true, "h6": true, "dt": true, "dd": true,
	"section": true, "article": true, "header": true, "footer": true, "nav": true, "aside": true,
	"main": true, "ul": true, "ol": true, "table": true, "thead": true, "tbody": true, "figcaption": true,
	"blockquote": true, "dl": true, "caption": true, "title": true,
}

// visibleText decodes a page in its declared encoding and returns its
// text, with white space collapsed and a space at every block boundary.
func visibleText(t *testing.T, body []byte, contentType string) string {
	t.Helper()
	r, err := charset.NewReader(bytes.NewReader(body), contentType)
	if err != nil {
		t.Fatalf("charset.NewReader: %v", err)
	}
	doc, err := html.Parse(r)
	if err != nil {
		t.Fatalf("html.Parse: %v", err)
	}
	var b strings.Builder
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode && (n.Data == "script" || n.Data == "style" || n.Data == "head") {
			return
		}
		if n.Type == html.TextNode {
			b.WriteString(n.Data)
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
		if n.Type == html.ElementNode && block[n.Data] {
			b.WriteString(" ")
		}
	}
	walk(doc)
	return strings.Join(strings.Fields(b.String()), " ")
}

func TestPagesHaveGoldensWhoseQuotesArePageText(t *testing.T) {
	pages, err := Pages()
	if err != nil {
		t.Fatalf("Pages: %v", err)
	}
	if len(pages) < minPages {
		t.Errorf("Pages returned %d pages, want at least %d", len(pages), minPages)
	}
	for _, p := range pages {
		if p.Golden == nil {
			t.Errorf("%s: no golden", p.URL)
			continue
		}
		if p.Golden.Published != "" {
			if _, err := (GoldenFact{Treaty: "x", Event: "adopted", Quote: "x", Date: p.Golden.Published, Precision: precisionOf(p.Golden.Published)}).date(); err != nil {
				t.Errorf("%s: published %q: %v", p.URL, p.Golden.Published, err)
			}
		}
		text := visibleText(t, p.HTML, p.ContentType)
		for i, f := range p.Golden.Facts {
			q := strings.Join(strings.Fields(f.Quote), " ")
			if !strings.Contains(text, q) {
				t.Errorf("%s: fact %d (%s %s %s): quote not in the page's text: %q", p.URL, i, f.Event, f.Party, f.Date, f.Quote)
			}
		}
		if p.Kind == "essay" && len(p.Golden.Facts) != 0 {
			t.Errorf("%s: an essay states no dated facts, golden has %d", p.URL, len(p.Golden.Facts))
		}
	}
}

func precisionOf(d string) string {
	switch len(d) {
	case 10:
		return "day"
	case 7:
		return "month"
	}
	return "year"
}

func TestManifestHasTheEndToEndRoles(t *testing.T) {
	pages, err := Pages()
	if err != nil {
		t.Fatalf("Pages: %v", err)
	}
	roles := map[string]int{}
	for _, p := range pages {
		if p.Role != "" {
			roles[p.Role]++
		}
	}
	for _, r := range []string{"e2e-press-release", "e2e-status-table", "e2e-gov-release", "e2e-wire", "e2e-essay", "e2e-wrong-year"} {
		if roles[r] != 1 {
			t.Errorf("role %s is on %d pages, want 1", r, roles[r])
		}
	}
}

func get(t *testing.T, c *http.Client, url string) (*http.Response, []byte) {
	t.Helper()
	resp, err := c.Get(url)
	if err != nil {
		t.Fatalf("GET %s: %v", url, err)
	}
	body, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatalf("GET %s: reading body: %v", url, err)
	}
	if err := resp.Body.Close(); err != nil {
		t.Fatalf("GET %s: closing body: %v", url, err)
	}
	return resp, body
}

func TestServerRoutesByHost(t *testing.T) {
	w := Start(t)
	pages, err := Pages()
	if err != nil {
		t.Fatalf("Pages: %v", err)
	}
	c := w.Client()
	for _, p := range pages {
		resp, body := get(t, c, p.URL)
		if resp.StatusCode != p.Status {
			t.Errorf("GET %s: status %d, want %d", p.URL, resp.StatusCode, p.Status)
		}
		if got := resp.Header.Get("Content-Type"); got != p.ContentType {
			t.Errorf("GET %s: Content-Type %q, want %q", p.URL, got, p.ContentType)
		}
		if !bytes.Equal(body, p.HTML) {
			t.Errorf("GET %s: body differs from the page's file %s", p.URL, p.File)
		}
		if n := w.Hits(p.URL); n != 1 {
			t.Errorf("Hits(%s) = %d after one GET, want 1", p.URL, n)
		}
	}

	resp, _ := get(t, c, "https://www.coe.int/en/web/portal/-/no-such-news")
	if resp.StatusCode != http.StatusNotFound {
		t.Errorf("unknown path: status %d, want 404", resp.StatusCode)
	}
	// The certificate covers 127.0.0.1, so a request for an unknown host can
	// be made through the address with another Host header.
	req, err := http.NewRequest(http.MethodGet, "https://127.0.0.1/", nil)
	if err != nil {
		t.Fatal(err)
	}
	req.Host = "unknown.example.org"
	resp, err = c.Do(req)
	if err != nil {
		t.Fatalf("GET unknown host: %v", err)
	}
	if err := resp.Body.Close(); err != nil {
		t.Fatal(err)
	}
	if resp.StatusCode != http.StatusMisdirectedRequest {
		t.Errorf("unknown host: status %d, want 421", resp.StatusCode)
	}
	resp, body := get(t, c, "https://www.coe.int/robots.txt")
	if resp.StatusCode != http.StatusOK || !strings.Contains(string(body), "User-agent") {
		t.Errorf("robots.txt: status %d, body %q", resp.StatusCode, body)
	}
}

func TestServerStatusesAndRedirects(t *testing.T) {
	w := Start(t)
	es, err := manifest()
	if err != nil {
		t.Fatalf("manifest: %v", err)
	}
	c := w.Client()
	c.CheckRedirect = func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }
	var redirects, gone int
	for _, e := range es {
		if e.Kind != "" {
			continue
		}
		resp, _ := get(t, c, e.URL)
		if resp.StatusCode != e.status() {
			t.Errorf("GET %s: status %d, want %d", e.URL, resp.StatusCode, e.status())
		}
		if e.Redirect != "" {
			redirects++
			if got := resp.Header.Get("Location"); got != e.Redirect {
				t.Errorf("GET %s: Location %q, want %q", e.URL, got, e.Redirect)
			}
		}
		if e.status() == 404 || e.status() == 410 {
			gone++
		}
		for k, v := range e.Headers {
			if resp.Header.Get(k) != v {
				t.Errorf("GET %s: header %s = %q, want %q", e.URL, k, resp.Header.Get(k), v)
			}
		}
	}
	if redirects < 2 || gone < 2 {
		t.Errorf("manifest has %d redirects and %d gone URLs, want at least 2 of each", redirects, gone)
	}
	// A redirect followed by an ordinary client ends on a page the fixture web serves.
	resp, _ := get(t, w.Client(), "https://www.gov.uk/government/news/uk-signs-ai-convention-old")
	if resp.StatusCode != http.StatusOK || resp.Request.URL.String() != "https://www.gov.uk/" {
		t.Errorf("soft-404 redirect ended at %s with %d, want https://www.gov.uk/ with 200", resp.Request.URL, resp.StatusCode)
	}
}

func TestCertificateVerifiesForFixtureHosts(t *testing.T) {
	w := Start(t)
	pemBytes, err := os.ReadFile(w.CAFile())
	if err != nil {
		t.Fatalf("reading CAFile: %v", err)
	}
	block, _ := pem.Decode(pemBytes)
	if block == nil || block.Type != "CERTIFICATE" {
		t.Fatalf("CAFile holds no PEM certificate")
	}
	ca, err := x509.ParseCertificate(block.Bytes)
	if err != nil || !ca.IsCA {
		t.Fatalf("CAFile certificate: err %v, IsCA %v", err, ca != nil && ca.IsCA)
	}
	resp, _ := get(t, w.Client(), "https://www.coe.int/robots.txt")
	chain := resp.TLS.PeerCertificates
	pool := x509.NewCertPool()
	pool.AddCert(ca)
	for _, host := range []string{"www.coe.int", "www.canada.ca", "www.nippon.com", "127.0.0.1"} {
		if _, err := chain[0].Verify(x509.VerifyOptions{DNSName: host, Roots: pool, CurrentTime: time.Now()}); err != nil {
			t.Errorf("certificate does not verify for %s: %v", host, err)
		}
	}
	if _, err := chain[0].Verify(x509.VerifyOptions{DNSName: "www.example.com", Roots: pool}); err == nil {
		t.Errorf("certificate verifies for www.example.com, a host the fixture web does not serve")
	}
	if got := w.Resolve()["www.coe.int"]; got != w.Addr() {
		t.Errorf("Resolve()[www.coe.int] = %q, want %q", got, w.Addr())
	}
	// Without the CA, the server is not trusted.
	if _, err := http.Get("https://" + w.Addr() + "/"); err == nil {
		t.Errorf("a client without the fixture CA trusted the server")
	}
}

func TestRobotsDisallowsThePagesMarkedRobots(t *testing.T) {
	pages, err := Pages()
	if err != nil {
		t.Fatalf("Pages: %v", err)
	}
	var n int
	for _, p := range pages {
		u, err := url.Parse(p.URL)
		if err != nil {
			t.Fatal(err)
		}
		robots, err := files.ReadFile("web/" + u.Host + "/robots.txt")
		if err != nil {
			t.Errorf("%s: no robots.txt for the host", p.URL)
			continue
		}
		disallowed := false
		for _, line := range strings.Split(string(robots), "\n") {
			if rest, ok := strings.CutPrefix(line, "Disallow: "); ok && rest != "" && strings.HasPrefix(u.Path, rest) {
				disallowed = true
			}
		}
		if disallowed != (p.Health == "robots") {
			t.Errorf("%s: disallowed by robots.txt %v, but health is %q", p.URL, disallowed, p.Health)
		}
		if disallowed {
			n++
		}
	}
	if n == 0 {
		t.Errorf("no page is disallowed by robots.txt")
	}
}
