// Package extract turns an archived page into a citewatch.Document (metadata,
// main text, paragraphs and sentences) and the dated treaty facts it states,
// each with a citation that quotes the page exactly.
package extract
