package verify

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/rs/zerolog"

	"github.com/citewatch/citewatch"
	"github.com/citewatch/citewatch/citing"
)

// BenchmarkVerify50 verifies a 50-claim document citing 10 sources of 40
// sentences each, on warm in-memory doubles of the index.
func BenchmarkVerify50(b *testing.B) {
	ix := newMemIndex()
	rd := memReader{}
	h := memHealth{}
	var doc strings.Builder
	var refs strings.Builder
	for s := 1; s <= 10; s++ {
		u := fmt.Sprintf("https://source%d.example/page", s)
		h[u] = citewatch.Availability{Archived: true, Health: citewatch.HealthOK}
		for k := 0; k < 40; k++ {
			sent := fmt.Sprintf("State %d of source %d signed the Convention on %d May 2024 in Strasbourg after talks.", k, s, k%28+1)
			ix.page(u, sent)
			ix.fact(u, citewatch.Fact{Event: citewatch.EventSigned, Party: fmt.Sprintf("S%02d", k), Date: citewatch.DayDate(2024, time.May, k%28+1)}, sent)
		}
		fmt.Fprintf(&refs, "[%d] %s\n", s, u)
	}
	for c := 0; c < 50; c++ {
		text := fmt.Sprintf("State %d signed the Convention in May 2024", c%40)
		rd[text] = []citewatch.Assertion{{Event: citewatch.EventSigned, Party: fmt.Sprintf("S%02d", c%40), Date: month(2024, 5)}}
		fmt.Fprintf(&doc, "%s [%d].\n", text, c%10+1)
	}
	data := []byte(doc.String() + "\nReferences\n" + refs.String())
	v := New(ix, ix, rd, h, zerolog.Nop())
	ctx := context.Background()
	b.ResetTimer()
	for b.Loop() {
		d, err := citing.Parse("bench.txt", data)
		if err != nil {
			b.Fatal(err)
		}
		r, err := v.Verify(ctx, d)
		if err != nil {
			b.Fatal(err)
		}
		if len(r.Claims) != 50 || r.Claims[0].Overall != citewatch.Supported {
			b.Fatalf("got %d claims, first %s", len(r.Claims), r.Claims[0].Overall)
		}
	}
}
