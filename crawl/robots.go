package crawl

import (
	"bytes"
	"errors"
	"math"
	"strconv"
	"strings"

	"github.com/temoto/robotstxt"
)

// maxRobots is how much of a robots.txt is read. RFC 9309 asks crawlers
// to parse at least 500 KiB and lets them ignore the rest; reading no more
// bounds what a hostile server can make the parser do.
const maxRobots = 500 << 10

// parseRobots reads a robots.txt response as RFC 9309 asks: the first
// maxRobots bytes (cut at a line end), and the rules that parse. The
// robotstxt package rejects a whole file for one rule it cannot place (an
// Allow or Disallow before any User-agent line, a Crawl-delay that is not
// a number), which real sites serve; such lines are dropped and the file
// parsed again. It returns an error only for a response that says nothing
// usable (an unexpected status).
func parseRobots(status int, body []byte) (*robotstxt.RobotsData, error) {
	if len(body) > maxRobots {
		body = body[:maxRobots]
		if i := bytes.LastIndexByte(body, '\n'); i >= 0 {
			body = body[:i+1]
		}
	}
	data, err := robotstxt.FromStatusAndBytes(status, body)
	var pe *robotstxt.ParseError
	if !errors.As(err, &pe) {
		return data, err
	}
	return robotstxt.FromStatusAndBytes(status, usableRobotsLines(body))
}

// usableRobotsLines drops the lines of a robots.txt that the robotstxt
// parser rejects: group rules before the first User-agent line, and
// Crawl-delay values that are not a non-negative number.
func usableRobotsLines(body []byte) []byte {
	var out bytes.Buffer
	out.Grow(len(body))
	agent := false
	for line := range bytes.Lines(body) {
		text := string(line)
		if i := strings.IndexByte(text, '#'); i >= 0 {
			text = text[:i]
		}
		key, value, _ := strings.Cut(text, ":")
		key = strings.ToLower(strings.TrimSpace(key))
		value = strings.TrimSpace(value)
		switch key {
		case "user-agent", "useragent":
			agent = true
		case "allow", "disallow":
			if !agent {
				continue
			}
		case "crawl-delay", "crawldelay":
			d, err := strconv.ParseFloat(value, 64)
			if !agent || err != nil || d < 0 || math.IsInf(d, 0) || math.IsNaN(d) {
				continue
			}
		}
		out.Write(line)
	}
	return out.Bytes()
}
