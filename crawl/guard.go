package crawl

import (
	"context"
	"fmt"
	"net"
	"net/netip"
	"strings"
	"syscall"
	"time"
)

// Address ranges refused besides those netip classifies (loopback,
// private, link-local, multicast, unspecified).
var refusedPrefixes = []struct {
	prefix netip.Prefix
	reason string
}{
	{netip.MustParsePrefix("0.0.0.0/8"), "unspecified"},
	{netip.MustParsePrefix("100.64.0.0/10"), "shared (carrier-grade NAT, cloud metadata)"},
	{netip.MustParsePrefix("192.0.0.0/24"), "reserved"},
	{netip.MustParsePrefix("198.18.0.0/15"), "reserved"},
	{netip.MustParsePrefix("240.0.0.0/4"), "reserved"},
	{netip.MustParsePrefix("64:ff9b:1::/48"), "local NAT64"},
}

// IPv6 ranges that carry an IPv4 address, and where: an address in one
// is judged by the IPv4 address it embeds as well as by itself, since a
// translator, tunnel or dual-stack proxy may deliver it there.
var embeddingPrefixes = []struct {
	prefix netip.Prefix
	at     int  // first of the four bytes of the IPv4 address
	xor    byte // Teredo stores the client address inverted
}{
	{netip.MustParsePrefix("::/96"), 12, 0},           // IPv4-compatible (deprecated)
	{netip.MustParsePrefix("::ffff:0:0:0/96"), 12, 0}, // SIIT IPv4-translated
	{netip.MustParsePrefix("64:ff9b::/96"), 12, 0},    // NAT64
	{netip.MustParsePrefix("2002::/16"), 2, 0},        // 6to4
	{netip.MustParsePrefix("2001::/32"), 4, 0},        // Teredo server
	{netip.MustParsePrefix("2001::/32"), 12, 0xff},    // Teredo client
}

// refusedReason says why the crawler will not connect to a, or "" when it
// will. IPv4-mapped IPv6 addresses are judged as IPv4, and IPv6 addresses
// that embed an IPv4 address (see embeddingPrefixes) by that address too.
func refusedReason(a netip.Addr) string {
	a = a.Unmap()
	switch {
	case a.IsLoopback():
		return "loopback"
	case a.IsPrivate():
		return "private"
	case a.IsLinkLocalUnicast():
		return "link-local (cloud metadata)"
	case a.IsMulticast(), a.IsLinkLocalMulticast(), a.IsInterfaceLocalMulticast():
		return "multicast"
	case a.IsUnspecified():
		return "unspecified"
	}
	for _, p := range refusedPrefixes {
		if p.prefix.Contains(a) {
			return p.reason
		}
	}
	if a.Is4() && a == netip.AddrFrom4([4]byte{255, 255, 255, 255}) {
		return "broadcast"
	}
	if a.Is6() {
		b := a.As16()
		for _, p := range embeddingPrefixes {
			if !p.prefix.Contains(a) {
				continue
			}
			v4 := [4]byte(b[p.at : p.at+4])
			for i := range v4 {
				v4[i] ^= p.xor
			}
			if r := refusedReason(netip.AddrFrom4(v4)); r != "" {
				return r + " (embedded in " + a.String() + ")"
			}
		}
	}
	return ""
}

// checkAddr returns a *RefusedError when address ("ip:port") is refused.
func checkAddr(address string) error {
	ap, err := netip.ParseAddrPort(address)
	if err != nil {
		return &RefusedError{Addr: address, Reason: "unparsable"}
	}
	if r := refusedReason(ap.Addr()); r != "" {
		return &RefusedError{Addr: ap.Addr().String(), Reason: r}
	}
	return nil
}

// checkHost refuses a URL host that is an address literal in a refused
// range or a name for the local machine. The host is first read the way
// a URL parser (and most resolvers) read it, so that every spelling of an
// IPv4 address inet_aton accepts (2130706433, 0x7f000001, 0177.0.0.1,
// 127.1) is judged as the address it names. The dialer checks every
// resolved address anyway; this catches what it cannot see through a
// proxy.
func checkHost(host string) error {
	h, err := canonicalHost(host)
	if err != nil {
		return &RefusedError{Addr: host, Reason: "unparsable"}
	}
	if h == "localhost" || strings.HasSuffix(h, ".localhost") {
		return &RefusedError{Addr: host, Reason: "loopback"}
	}
	if a, err := netip.ParseAddr(strings.Trim(h, "[]")); err == nil {
		if r := refusedReason(a); r != "" {
			return &RefusedError{Addr: host, Reason: r}
		}
	}
	return nil
}

// canonicalHost is host as the WHATWG URL parser reads it: lower case,
// without a trailing dot, IPv4 in dotted decimal, IPv6 compressed.
func canonicalHost(host string) (string, error) {
	if host == "" {
		return "", fmt.Errorf("crawl: empty host")
	}
	if strings.Contains(host, ":") && !strings.HasPrefix(host, "[") {
		host = "[" + host + "]"
	}
	u, err := urlParser.Parse("http://" + host + "/")
	if err != nil {
		return "", err
	}
	return strings.TrimSuffix(u.Hostname(), "."), nil
}

// dialer connects to the addresses HTTP asks for, after applying the
// Resolve overrides, and refuses (at dial time, on the resolved IP)
// addresses in refused ranges unless private addresses are allowed. The
// check runs in net.Dialer.Control, after DNS resolution and for every
// address tried, so redirects and DNS rebinding cannot get round it.
type dialer struct {
	guarded   net.Dialer
	unguarded net.Dialer
	resolve   map[string]string
	proxyAddr string // host:port of the proxy, which the user chose
	// exempt is an address tests treat as public, so that a loopback
	// server can stand for the internet while others stay refused.
	exempt netip.Addr
}

func newDialer(cfg Config, proxyAddr string) *dialer {
	d := &dialer{resolve: cfg.Resolve, proxyAddr: proxyAddr}
	d.unguarded = net.Dialer{Timeout: cfg.ConnectTimeout, KeepAlive: 30 * time.Second}
	d.guarded = d.unguarded
	if !cfg.AllowPrivate {
		d.guarded.Control = func(_, address string, _ syscall.RawConn) error {
			if ap, err := netip.ParseAddrPort(address); err == nil && d.exempt.IsValid() && ap.Addr() == d.exempt {
				return nil
			}
			return checkAddr(address)
		}
	}
	return d
}

// DialContext is http.Transport's DialContext.
func (d *dialer) DialContext(ctx context.Context, network, addr string) (net.Conn, error) {
	if addr == d.proxyAddr {
		return d.unguarded.DialContext(ctx, network, addr)
	}
	host, _, err := net.SplitHostPort(addr)
	if err != nil {
		return nil, err
	}
	if to, ok := d.resolve[host]; ok {
		addr = to
	} else if to, ok := d.resolve[addr]; ok {
		addr = to
	} else if to, ok := d.resolve["*"]; ok {
		addr = to
	}
	return d.guarded.DialContext(ctx, network, addr)
}
