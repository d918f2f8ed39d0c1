package fold

import "strings"

// Pieces are lower-case pieces looked for all at once: HasAny reports
// what Has reports for them, in one pass over the text, where Has
// searches the text once for each piece (a long list of word stems,
// most of which a sentence lacks, is searched for in every sentence).
type Pieces struct {
	// pairs holds a bit for the first two bytes of every piece two
	// bytes long or more; byPair the pieces that begin with them.
	pairs  [1 << 16 / 64]uint64
	byPair map[uint16][]string
	short  []string // pieces of one byte
	empty  bool     // a piece is empty: every text holds it
}

// NewPieces returns the pieces ps, which must be lower-case.
func NewPieces(ps ...string) *Pieces {
	p := &Pieces{byPair: map[uint16][]string{}}
	for _, x := range ps {
		switch len(x) {
		case 0:
			p.empty = true
		case 1:
			p.short = append(p.short, x)
		default:
			k := uint16(x[0])<<8 | uint16(x[1])
			p.pairs[k>>6] |= 1 << (k & 63)
			p.byPair[k] = append(p.byPair[k], x)
		}
	}
	return p
}

// HasAny reports whether the text contains any of the pieces, as Has
// does. It errs only towards true.
func (t Text) HasAny(p *Pieces) bool {
	if t.all || p.empty {
		return true
	}
	s := t.lower
	for _, x := range p.short {
		if strings.Contains(s, x) {
			return true
		}
	}
	for i := 0; i+1 < len(s); i++ {
		k := uint16(s[i])<<8 | uint16(s[i+1])
		if p.pairs[k>>6]&(1<<(k&63)) == 0 {
			continue
		}
		for _, x := range p.byPair[k] {
			if strings.HasPrefix(s[i:], x) {
				return true
			}
		}
	}
	return false
}
