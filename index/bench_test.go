package index

import (
	"context"
	"flag"
	"fmt"
	"io/fs"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"testing"
	"time"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/index/scorch"
	"github.com/rs/zerolog"

	"github.com/citewatch/citewatch"
)

// The benchmark compares citewatch's index with a naive Bleve index
// (default mapping, batches of 1,000) on the same synthetic facts:
//
//	go test -run XXX -bench Index ./index -benchtime 1x -facts 100000
var (
	benchFacts   = flag.Int("facts", 20000, "synthetic facts for BenchmarkIndex")
	benchQueries = flag.Int("queries", 200, "queries timed per index in BenchmarkIndex")
	benchNaive   = flag.Bool("naive", true, "also build and time the naive index in BenchmarkIndex")
	benchDir     = flag.String("benchdir", "", "directory for BenchmarkIndex's indexes (default: a temporary one)")
)

// Synthetic data for measurement only: none of it is a fact.
var (
	synthTreaties = []struct{ id, name string }{
		{"CETS-225", "Framework Convention on Artificial Intelligence"}, {"ETS-185", "Convention on Cybercrime"},
		{"CETS-196", "Convention on the Prevention of Terrorism"}, {"CETS-210", "Convention on preventing violence against women"},
		{"UNTS-54669", "Paris Agreement"}, {"UNTS-2187", "Rome Statute"}, {"CETS-108", "Convention for the Protection of Individuals with regard to Automatic Processing of Personal Data"},
		{"CETS-223", "Protocol amending the Convention 108"}, {"ETS-005", "European Convention on Human Rights"}, {"UNTS-1833", "Convention on the Law of the Sea"},
	}
	synthParties = []struct{ code, name, fr string }{
		{"AND", "Andorra", "l'Andorre"}, {"GEO", "Georgia", "la Géorgie"}, {"ISL", "Iceland", "l'Islande"}, {"NOR", "Norway", "la Norvège"},
		{"MDA", "the Republic of Moldova", "la République de Moldova"}, {"SMR", "San Marino", "Saint-Marin"}, {"GBR", "the United Kingdom", "le Royaume-Uni"},
		{"ISR", "Israel", "Israël"}, {"USA", "the United States", "les États-Unis"}, {"EUE", "the European Union", "l'Union européenne"},
		{"MNE", "Montenegro", "le Monténégro"}, {"CAN", "Canada", "le Canada"}, {"JPN", "Japan", "le Japon"}, {"FRA", "France", "la France"},
		{"DEU", "Germany", "l'Allemagne"}, {"ITA", "Italy", "l'Italie"}, {"ESP", "Spain", "l'Espagne"}, {"PRT", "Portugal", "le Portugal"},
		{"NLD", "the Netherlands", "les Pays-Bas"}, {"BEL", "Belgium", "la Belgique"}, {"CHE", "Switzerland", "la Suisse"}, {"AUT", "Austria", "l'Autriche"},
		{"POL", "Poland", "la Pologne"}, {"UKR", "Ukraine", "l'Ukraine"}, {"TUR", "Türkiye", "la Türkiye"}, {"GRC", "Greece", "la Grèce"},
		{"SWE", "Sweden", "la Suède"}, {"FIN", "Finland", "la Finlande"}, {"DNK", "Denmark", "le Danemark"}, {"IRL", "Ireland", "l'Irlande"},
		{"MEX", "Mexico", "le Mexique"}, {"AUS", "Australia", "l'Australie"}, {"ARG", "Argentina", "l'Argentine"}, {"CRI", "Costa Rica", "le Costa Rica"},
		{"PER", "Peru", "le Pérou"}, {"URY", "Uruguay", "l'Uruguay"}, {"KOR", "the Republic of Korea", "la République de Corée"}, {"VAT", "the Holy See", "le Saint-Siège"},
	}
	synthEvents = []struct {
		event     citewatch.Event
		verb, fr  string
		withParty bool
		weight    int
	}{
		{citewatch.EventSigned, "signed", "a signé", true, 8},
		{citewatch.EventRatified, "ratified", "a ratifié", true, 5},
		{citewatch.EventApproved, "approved", "a approuvé", true, 1},
		{citewatch.EventAcceded, "acceded to", "a adhéré à", true, 1},
		{citewatch.EventEnteredIntoForce, "saw the entry into force of", "a vu l'entrée en vigueur de", true, 2},
		{citewatch.EventAdopted, "adopted", "a adopté", false, 1},
		{citewatch.EventOpened, "opened for signature", "a ouvert à la signature", false, 1},
	}
	synthHosts = []struct{ host, kind, publisher string }{
		{"www.coe.int", "intergovernmental", "Council of Europe"}, {"treaties.un.org", "status-table", "United Nations"},
		{"www.canada.ca", "government", "Government of Canada"}, {"www.mofa.go.jp", "government", "Ministry of Foreign Affairs of Japan"},
		{"www.gov.uk", "government", "UK Government"}, {"www.nippon.com", "wire", "Jiji Press"}, {"www.miragenews.com", "news", "Mirage News"},
		{"blog.example.org", "blog", "Example Blog"},
	}
	synthTemplates = []string{
		"%[1]s %[2]s the %[3]s on %[4]s in %[5]s, the ministry said in a statement.",
		"On %[4]s, %[1]s %[2]s the %[3]s, joining other states at a ceremony in %[5]s.",
		"The %[3]s was %[2]s by %[1]s on %[4]s, according to the depositary.",
		"Officials confirmed that %[1]s %[2]s the %[3]s in %[5]s on %[4]s after months of negotiation.",
	}
	synthTemplatesFr = []string{
		"Le %[4]s, %[1]s %[2]s la %[3]s à %[5]s.",
		"%[1]s %[2]s la %[3]s le %[4]s, selon le dépositaire.",
	}
	synthPlaces   = []string{"Strasbourg", "Vilnius", "Paris", "New York", "Geneva", "Brussels", "Tokyo", "Ottawa"}
	synthMonthsFr = []string{"janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"}
)

// synthPages generates n synthetic facts on pages of about ten facts each.
func synthPages(n int, seed uint64) ([]*citewatch.Document, [][]citewatch.Fact) {
	r := rand.New(rand.NewPCG(seed, seed+1))
	var weights []int
	for i, e := range synthEvents {
		for range e.weight {
			weights = append(weights, i)
		}
	}
	var docs []*citewatch.Document
	var facts [][]citewatch.Fact
	for made := 0; made < n; {
		h := synthHosts[r.IntN(len(synthHosts))]
		lang := "en"
		if r.IntN(6) == 0 {
			lang = "fr"
		}
		published := citewatch.DayDate(2000+r.IntN(26), time.Month(1+r.IntN(12)), 1+r.IntN(28))
		doc := &citewatch.Document{
			URL:   fmt.Sprintf("https://%s/news/%d/%08d.html", h.host, published.Year, len(docs)),
			Title: "Treaty news", Publisher: h.publisher, Kind: h.kind, Language: lang, Published: published,
			FetchedAt: time.Date(2025, 3, 1, 0, 0, 0, 0, time.UTC), WARCRecordID: fmt.Sprintf("<urn:uuid:%08d-0000-4000-8000-000000000000>", len(docs)),
		}
		var fs []citewatch.Fact
		for k := 0; k < 1+r.IntN(19) && made < n; k++ {
			t := synthTreaties[r.IntN(len(synthTreaties))]
			e := synthEvents[weights[r.IntN(len(weights))]]
			p := synthParties[r.IntN(len(synthParties))]
			date := citewatch.DayDate(2000+r.IntN(26), time.Month(1+r.IntN(12)), 1+r.IntN(28))
			place := synthPlaces[r.IntN(len(synthPlaces))]
			var quote string
			if lang == "fr" {
				day := fmt.Sprintf("%d %s %d", date.Day, synthMonthsFr[date.Month-1], date.Year)
				quote = fmt.Sprintf(synthTemplatesFr[r.IntN(len(synthTemplatesFr))], p.fr, e.fr, t.name, day, place)
			} else {
				quote = fmt.Sprintf(synthTemplates[r.IntN(len(synthTemplates))], p.name, e.verb, t.name, date.Human(), place)
			}
			f := citewatch.Fact{
				Treaty: t.id, Event: e.event, Date: date, Place: place,
				Citation: citewatch.Citation{
					URL: doc.URL, Title: doc.Title, Publisher: h.publisher, WARCRecordID: doc.WARCRecordID, FetchedAt: doc.FetchedAt,
					Published: published, Quote: quote, Span: citewatch.Span{Start: 100 * k, End: 100*k + len(quote)}, Extractor: "synthetic",
				},
			}
			if e.withParty {
				f.Party = p.code
			}
			f.ID = f.StableID()
			fs = append(fs, f)
			made++
		}
		docs = append(docs, doc)
		facts = append(facts, fs)
	}
	return docs, facts
}

var synthQueries = []string{"signed", "ratified convention", "Paris", "entry force", "ceremony", "depositary statement", "negotiation", "Strasbourg"}

func BenchmarkIndex(b *testing.B) {
	n := *benchFacts
	docs, facts := synthPages(n, 1)
	dir := *benchDir
	if dir == "" {
		dir = b.TempDir()
	}
	ctx := context.Background()
	report := func(name string, build time.Duration, lat []time.Duration, path string) {
		rate := float64(n) / build.Seconds()
		b.ReportMetric(rate, name+"-facts/s")
		b.ReportMetric(ms(pct(lat, 95)), name+"-p95-ms")
		line := fmt.Sprintf("%-9s %8d facts: build %6.1f s, %7.0f facts/s; query+3 facets p50 %6.1f ms, p95 %6.1f ms, p99 %6.1f ms; %6.1f MB on disk",
			name, n, build.Seconds(), rate, ms(pct(lat, 50)), ms(pct(lat, 95)), ms(pct(lat, 99)), float64(dirSize(path))/1e6)
		b.Log(line)
		fmt.Fprintln(os.Stderr, line) // as soon as known: a long run may not finish
	}
	for b.Loop() {
		naivePath := filepath.Join(dir, fmt.Sprintf("naive-%d.bleve", n))
		ourPath := filepath.Join(dir, fmt.Sprintf("citewatch-%d.bleve", n))
		must(b, os.RemoveAll(naivePath))
		must(b, os.RemoveAll(ourPath))

		// citewatch: the same facts through Rebuild's bulk path.
		start := time.Now()
		_, err := build(ctx, ourPath, bounds{facts: DefaultMaxFacts, passages: DefaultMaxPassages, log: zerolog.Nop()}, func(yield func(*citewatch.Document, []citewatch.Fact) error) error {
			for i, doc := range docs {
				if err := yield(doc, facts[i]); err != nil {
					return err
				}
			}
			return nil
		})
		if err != nil {
			b.Fatal(err)
		}
		ourBuild := time.Since(start)
		ix, err := Open(ourPath, Options{ReadOnly: true}, zerolog.Nop())
		if err != nil {
			b.Fatal(err)
		}
		ourLat := timeQueries(b, func(q string) {
			if _, err := ix.Search(ctx, Request{Query: q, Facets: []string{"party", "event", "year"}}); err != nil {
				b.Fatal(err)
			}
		})
		must(b, ix.Close())
		report("citewatch", ourBuild, ourLat, ourPath)
		if *benchNaive {
			build, lat := naiveIndex(b, naivePath, facts)
			report("naive", build, lat, naivePath)
		}
		if *benchDir == "" {
			must(b, os.RemoveAll(naivePath))
			must(b, os.RemoveAll(ourPath))
		}
	}
}

// naiveIndex builds an index with Bleve's default mapping from the facts as
// they are, in batches of 1,000, and times the text query with three
// facets on it.
func naiveIndex(b *testing.B, path string, facts [][]citewatch.Fact) (time.Duration, []time.Duration) {
	start := time.Now()
	nb, err := bleve.NewUsing(path, bleve.NewIndexMapping(), scorch.Name, scorch.Name, nil)
	if err != nil {
		b.Fatal(err)
	}
	defer func() { must(b, nb.Close()) }()
	batch := nb.NewBatch()
	for _, fs := range facts {
		for _, f := range fs {
			if err := batch.Index(f.ID, f); err != nil {
				b.Fatal(err)
			}
			if batch.Size() >= 1000 {
				if err := nb.Batch(batch); err != nil {
					b.Fatal(err)
				}
				batch.Reset()
			}
		}
	}
	if err := nb.Batch(batch); err != nil {
		b.Fatal(err)
	}
	build := time.Since(start)
	lat := timeQueries(b, func(q string) {
		req := bleve.NewSearchRequest(bleve.NewQueryStringQuery(q))
		req.AddFacet("party", bleve.NewFacetRequest("party", 10))
		req.AddFacet("event", bleve.NewFacetRequest("event", 10))
		req.AddFacet("year", bleve.NewFacetRequest("date.year", 10))
		if _, err := nb.Search(req); err != nil {
			b.Fatal(err)
		}
	})
	return build, lat
}

// timeQueries runs the synthetic queries round-robin, after a warm-up
// round, and returns their latencies sorted.
func timeQueries(b *testing.B, run func(q string)) []time.Duration {
	for _, q := range synthQueries {
		run(q)
	}
	lat := make([]time.Duration, 0, *benchQueries)
	for i := range *benchQueries {
		start := time.Now()
		run(synthQueries[i%len(synthQueries)])
		lat = append(lat, time.Since(start))
	}
	slices.Sort(lat)
	return lat
}

func pct(sorted []time.Duration, p int) time.Duration {
	if len(sorted) == 0 {
		return 0
	}
	return sorted[min(len(sorted)-1, len(sorted)*p/100)]
}

func ms(d time.Duration) float64 { return float64(d) / float64(time.Millisecond) }

func dirSize(path string) int64 {
	var n int64
	// The walk returns what the function returns, and it returns nil: a
	// file that cannot be read is left out of the size it logs.
	_ = filepath.WalkDir(path, func(_ string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			if fi, err := d.Info(); err == nil {
				n += fi.Size()
			}
		}
		return nil
	})
	return n
}
