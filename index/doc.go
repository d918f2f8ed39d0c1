// Package index keeps the Bleve index of facts and passages and answers
// full-text, faceted, status and timeline queries over it.
package index
