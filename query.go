package citewatch

// PassageQuery asks the index for passages of archived pages.
type PassageQuery struct {
	Text  string   // free text, scored by relevance; empty lists passages in page order
	URLs  []string // only passages of these pages, when set
	Kind  string   // "sentence", "paragraph", or "" for both
	Limit int      // 0 means the index's default
}

// FactQuery asks the index for facts. Empty fields match anything.
type FactQuery struct {
	Treaty string
	Event  Event
	Party  string
	URLs   []string
	Limit  int
}
