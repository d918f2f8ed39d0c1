// Package ingest is the pipeline that turns cited URLs into indexed facts:
// crawl → archive → extract → index, and the re-extraction of the whole
// archive into a new index.
//
// It owns the policy that joins the stages: which sources a crawl round
// takes (the URLs asked for, plus those the catalog says are due), how
// often rounds repeat, and what becomes of a page that cannot be used (it
// stays archived and catalogued, is reported once as a *PageError and
// counted, and does not stop the run). It holds no store of its own and
// imports no stage: it declares the few methods it needs of each as small
// interfaces (Crawler, Catalog, Archive, Extractor, Index), and
// cmd/citewatch passes the concrete types (*crawl.Crawler,
// *sources.Catalog, archive.Store, *extract.Extractor, *index.Index),
// each opened once per command.
package ingest
