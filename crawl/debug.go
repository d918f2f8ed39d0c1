package crawl

import (
	"github.com/gocolly/colly/v2/debug"
	"github.com/rs/zerolog"
)

// collyDebugger sends colly's collector events to the crawl's logger at
// debug level; the collector gets one only when that level is on, so a
// quiet crawl pays nothing for it.
type collyDebugger struct{ log zerolog.Logger }

var _ debug.Debugger = collyDebugger{}

func (collyDebugger) Init() error { return nil }

func (d collyDebugger) Event(e *debug.Event) {
	ev := d.log.Debug().Str("colly", e.Type).Uint32("request", e.RequestID)
	for k, v := range e.Values {
		ev = ev.Str(k, v)
	}
	ev.Msg("colly event")
}
