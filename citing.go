package citewatch

import "fmt"

// Problem is one thing wrong with an input that citewatch reports and then
// works around: a marker with no reference, a reference never cited, an
// unreachable URL. Line is 1-based; 0 when the problem has no line.
type Problem struct {
	Line    int    `json:"line,omitempty"`
	Message string `json:"message"`
}

func (p Problem) String() string {
	if p.Line > 0 {
		return fmt.Sprintf("line %d: %s", p.Line, p.Message)
	}
	return p.Message
}

// CitingDocument is a document whose claims cite sources: the input to
// verification. Name is what the user called it (a file name).
type CitingDocument struct {
	Name       string      `json:"name"`
	Format     string      `json:"format"` // "markdown", "text" or "html"
	Claims     []Claim     `json:"claims"`
	References []Reference `json:"references"`
	Problems   []Problem   `json:"problems,omitempty"`
}

// CitedURLs lists the distinct, valid URLs of d's references, in order:
// the sources a check of d fetches. Invalid ones are among d.Problems.
func (d *CitingDocument) CitedURLs() []string {
	seen := map[string]bool{}
	var urls []string
	for _, r := range d.References {
		if r.URL == "" || seen[r.URL] || ValidateURL(r.URL) != nil {
			continue
		}
		seen[r.URL] = true
		urls = append(urls, r.URL)
	}
	return urls
}

// Reference returns the reference labelled n, and whether there is one.
func (d *CitingDocument) Reference(n string) (Reference, bool) {
	for _, r := range d.References {
		if r.N == n {
			return r, true
		}
	}
	return Reference{}, false
}
