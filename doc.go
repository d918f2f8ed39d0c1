// Package citewatch holds the vocabulary every stage of citewatch speaks:
// the sources a document cites, the snapshots archived from them, the
// documents extracted from those snapshots, the dated treaty facts read off
// them with their citations, and the claims and verdicts of verification.
//
// It imports only the standard library. Stages (crawl, extract, index,
// verify, sources) hand each other these types and never their
// dependencies' types.
package citewatch
