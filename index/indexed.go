package index

import "context"

// Indexed reports whether the page at url is indexed with the given
// payload digest, so a caller can skip extracting a snapshot the index
// already holds. An empty digest is never indexed.
func (ix *Index) Indexed(ctx context.Context, url, digest string) bool {
	if digest == "" || ctx.Err() != nil {
		return false
	}
	bi, err := ix.acquire(false)
	if err != nil {
		return false
	}
	defer ix.release()
	return indexedDigest(bi, url) == digest
}
