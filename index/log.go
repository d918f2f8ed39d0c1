package index

import (
	"log"

	"github.com/blevesearch/bleve/v2"
	"github.com/rs/zerolog"
)

// SetLog sends Bleve's own log lines (it has one logger for the whole
// process) to l at debug level. Call it once, from main.
func SetLog(l zerolog.Logger) {
	w := l.With().Str("stage", "bleve").Logger()
	bleve.SetLog(log.New(zerologWriter{w}, "", 0))
}

// zerologWriter writes each line it gets as one debug event.
type zerologWriter struct{ l zerolog.Logger }

func (z zerologWriter) Write(p []byte) (int, error) {
	n := len(p)
	for n > 0 && p[n-1] == '\n' {
		n--
	}
	z.l.Debug().Msg(string(p[:n]))
	return len(p), nil
}
