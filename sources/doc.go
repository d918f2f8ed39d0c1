// Package sources is the registry of cited sources and the SQLite catalog
// of every fetch made of them: status, redirects, validators, digests, where
// each response is archived, and the link health that follows.
package sources
