// Package evidence judges whether a source's sentences back a claim, by
// lexical evidence alone: no model, only deterministic rules.
//
// A Scorer ranks the source's sentences against the claim with BM25, takes
// the best few (single sentences and windows of adjacent ones), and measures
// how much of the claim they cover: the IDF-weighted share of the claim's
// content words, and whether every number and named entity the claim states
// appears. From these it gives a Judgement: supported, partial or none.
//
// Eval reads labelled claims in the WiCE format (one JSON object per line:
// claim, evidence sentences, label) and measures the Scorer on them.
package evidence
