// Package citing reads a citing document: the claims it makes (each
// sentence or clause that carries citation markers) and its reference
// list, from plain text, Markdown or HTML. It depends only on the root
// package; verification takes the CitingDocument it returns.
package citing
