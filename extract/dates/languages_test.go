package dates

import (
	"strings"
	"testing"

	"github.com/citewatch/citewatch"
)

// TestFindLanguages reads dates in each supported language, in sentences
// written for these tests. The anchor is Wednesday 11 June 2025.
func TestFindLanguages(t *testing.T) {
	c := Context{Anchor: citewatch.DayDate(2025, 6, 11), AnchorName: "publication date"}
	tests := []struct {
		in, want, text string
	}{
		// Spanish
		{"El tratado fue firmado el 5 de junio de 2025 en Lima.", "2025-06-05", "5 de junio de 2025"},
		{"Lo ratificó el 1º de marzo de 2024.", "2024-03-01", "1º de marzo de 2024"},
		{"Entró en vigor el 1.º de enero del 2024.", "2024-01-01", "1.º de enero del 2024"},
		{"Fue adoptado en marzo de 2018 en Costa Rica.", "2018-03", "marzo de 2018"},
		{"Entrará en vigor el 22 de abril.", "2025-04-22", "22 de abril"},
		{"Chile lo ratificó este sábado ante la ONU.", "2025-06-07", "este sábado"},
		{"Perú lo firmó el martes pasado.", "2025-06-10", "el martes pasado"},
		{"Uruguay lo ratificó el año pasado.", "2024", "el año pasado"},
		{"Bolivia lo ratificó ayer.", "2025-06-10", "ayer"},
		{"Panamá lo ratificó a finales de 2020.", "2020", "2020"},
		{"Lo firmaron en junio pasado.", "2024-06", "en junio pasado"},
		{"Lo ratificó hace dos años.", "2023", "hace dos años"},
		{"MADRID, 23 Ene. (AGENCIA) -", "2025-01-23", "23 Ene."},
		// Portuguese
		{"O Brasil ratificou o acordo em 5 de junho de 2025.", "2025-06-05", "5 de junho de 2025"},
		{"O tratado entrou em vigor em janeiro de 2023.", "2023-01", "janeiro de 2023"},
		{"Portugal assinou na terça-feira o protocolo.", "2025-06-10", "na terça-feira"},
		{"Angola aderiu ao tratado no ano passado.", "2024", "no ano passado"},
		{"O Brasil ratificou nesta segunda (9) o tratado.", "2025-06-09", "nesta segunda"},
		{"O instrumento foi depositado no dia 3.", "2025-06-03", "no dia 3"},
		{"O instrumento foi depositado no dia 3 de março de 2025.", "2025-03-03", "3 de março de 2025"},
		{"El instrumento fue depositado el día 28.", "2025-05-28", "el día 28"},
		{"Foi a segunda ratificação do ano.", "", ""},
		{"Moçambique assinou ontem o acordo.", "2025-06-10", "ontem"},
		{"Foi adotado em março.", "2025-03", "em março"},
		{"Entrou em vigor em 1º de julho de 2024.", "2024-07-01", "1º de julho de 2024"},
		// German
		{"Deutschland hat das Abkommen am 5. Juni 2025 ratifiziert.", "2025-06-05", "5. Juni 2025"},
		{"Österreich unterzeichnete am Dienstag.", "2025-06-10", "am Dienstag"},
		{"Die Schweiz trat letztes Jahr bei.", "2024", "letztes Jahr"},
		{"Das Abkommen wurde im vergangenen Jahr angenommen.", "2024", "im vergangenen Jahr"},
		{"Es wurde im März verabschiedet.", "2025-03", "im März"},
		{"Es trat am 1. Jan. 2024 in Kraft.", "2024-01-01", "1. Jan. 2024"},
		{"Es wurde Anfang März 2023 verabschiedet.", "2023-03", "März 2023"},
		{"Polen hat es gestern ratifiziert.", "2025-06-10", "gestern"},
		{"Die Arbeiten reichen bis ins Jahr 2002 zurück.", "2002", "2002"},
		{"Es wurde im Jahr 2002 unterzeichnet.", "2002", "2002"},
		// Italian
		{"L'Italia lo ha ratificato il 5 giugno 2025.", "2025-06-05", "5 giugno 2025"},
		{"Il trattato è stato firmato martedì a New York.", "2025-06-10", "martedì"},
		{"Malta lo ha firmato l'anno scorso.", "2024", "l'anno scorso"},
		{"Le ratifiche sono state depositate a settembre 2024.", "2024-09", "settembre 2024"},
		{"Le ratifiche sono state depositate a settembre.", "2024-09", "a settembre"},
		{"Entrerà in vigore nel 2026.", "2026", "2026"},
		{"San Marino lo ha ratificato ieri.", "2025-06-10", "ieri"},
		{"L'accordo è stato adottato due anni fa.", "2023", "due anni fa"},
		{"Lo ha firmato lo scorso martedì.", "2025-06-10", "lo scorso martedì"},
		// French
		{"La France l'a ratifié mercredi.", "2025-06-11", "mercredi"},
		{"L'Espagne l'a ratifié mardi dernier.", "2025-06-10", "mardi dernier"},
		{"Le traité a été adopté l'an dernier.", "2024", "l'an dernier"},
		{"Il entrera en vigueur début 2026.", "2026", "2026"},
		{"Il a été signé en juin dernier.", "2024-06", "en juin dernier"},
		{"Il a été ratifié le mois dernier.", "2025-05", "le mois dernier"},
		{"Il a été adopté il y a dix ans.", "2015", "il y a dix ans"},
		// English
		{"It was ratified earlier this month.", "2025-06", "earlier this month"},
		{"It will enter into force next year.", "2026", "next year"},
		{"It was signed last Tuesday.", "2025-06-10", "last Tuesday"},
		{"It was signed a year ago.", "2024", "a year ago"},
		{"It should enter into force by mid-2026.", "2026", "2026"},
		{"It was signed in mid-May.", "2025-05", "in mid-May"},
		{"Il a été signé au mois d'avril.", "2025-04", "au mois d'avril"},
		// Words that are not dates
		{"Santo Domingo hosted the talks.", "", ""},
		{"It was set 2024 as a goal.", "", ""},
		{"They went out 2024 times.", "", ""},
		{"El hoyo fue profundo.", "", ""},
		{"A March deadline was set.", "", ""},
	}
	for _, tt := range tests {
		ms := Find(tt.in, c)
		got, text := "", ""
		if len(ms) > 1 {
			t.Errorf("Find(%q) = %d mentions %+v, want at most 1", tt.in, len(ms), ms)
			continue
		}
		if len(ms) == 1 {
			got, text = ms[0].Date.String(), ms[0].Text(tt.in)
		}
		if got != tt.want || text != tt.text {
			t.Errorf("Find(%q) = %q (%q), want %q (%q)", tt.in, got, text, tt.want, tt.text)
		}
		if len(ms) == 1 && ms[0].Partial && ms[0].Date.Resolved == "" {
			t.Errorf("Find(%q): a relative date without a Resolved note", tt.in)
		}
	}
}

// TestFindJapanese reads Japanese dates, written without spaces, in
// sentences written for these tests. The anchor is 15 December 2025.
func TestFindJapanese(t *testing.T) {
	c := Context{Anchor: citewatch.DayDate(2025, 12, 15), AnchorName: "publication date"}
	tests := []struct {
		in   string
		want []string // date and text of each mention, "date=text"
	}{
		{"2025年6月5日に署名した。", []string{"2025-06-05=2025年6月5日"}},
		{"令和7年12月14日時点の締約国は50か国。", []string{"2025-12-14=令和7年12月14日"}},
		{"令和元年5月1日に改元された。", []string{"2019-05-01=令和元年5月1日"}},
		{"平成10年に採択された。", []string{"1998=平成10年"}},
		{"同条約は昨年5月に発効した。", []string{"2024-05=昨年5月"}},
		{"来年1月22日に発効します。", []string{"2026-01-22=来年1月22日"}},
		{"日本は11日、条約を批准しました。", []string{"2025-12-11=11日"}},
		{"チリ(4日)、ペルー(9日)が署名した。", []string{"2025-12-04=4日", "2025-12-09=9日"}},
		{"12月12日、我が国は加入書を寄託した。", []string{"2025-12-12=12月12日"}},
		{"- 12月12日(現地時間)、寄託した。", []string{"2025-12-12=12月12日"}},
		{"条約は今年発効した。", []string{"2025=今年"}},
		{"我が国は昨年署名した。", []string{"2024=昨年"}},
		{"昨日、署名式が行われた。", []string{"2025-12-14=昨日"}},
		{"火曜日に批准した。", []string{"2025-12-09=火曜日"}},
		{"２０２４年１２月１日に署名。", []string{"2024-12-01=２０２４年１２月１日"}},
		{"2010年に採択され、同年5月に署名された。", []string{"2010=2010年", "2010-05=同年5月"}},
		{"90日以内に発効する。", nil},
		{"3日間の会議が開かれた。", nil},
		{"1日当たり100件の署名があった。", nil},
		{"条約は10年前に採択された。", []string{"2015=10年前"}},
		{"条約は十年前に採択された。", []string{"2015=十年前"}},
		{"2010年前後に採択された。", []string{"2010=2010年"}},
		{"2020年度の予算", nil},
		{"2020年12月13日(日)", []string{"2020-12-13=2020年12月13日"}},
		{"2025年（令和7年）6月5日に署名した。", []string{"2025-06-05=2025年（令和7年）6月5日"}},
		{"2024年3月1日に採択され、同日署名のために開放された。", []string{"2024-03-01=2024年3月1日", "2024-03-01=同日"}},
		{"同日、署名した。", nil},
	}
	for _, tt := range tests {
		var got []string
		for _, m := range Find(tt.in, c) {
			got = append(got, m.Date.String()+"="+m.Text(tt.in))
		}
		if strings.Join(got, " ") != strings.Join(tt.want, " ") {
			t.Errorf("Find(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestFindContext checks dates whose year comes from their context: a
// list ending in a full date, a list of years, a day and month ahead of
// the anchor, and a date glued to the next table cell.
func TestFindContext(t *testing.T) {
	tests := []struct {
		in   string
		c    Context
		want string // "date=text" of every mention
	}{
		{"The deposits came on Monday, March 4; Tuesday, March 5; and Wednesday, March 6, 2019.", Context{},
			"2019-03-04=March 4 2019-03-05=March 5 2019-03-06=March 6, 2019"},
		{"Los depósitos fueron el 5 de marzo y el 6 de marzo de 2019.", Context{}, "2019-03-05=5 de marzo 2019-03-06=6 de marzo de 2019"},
		{"Signed on 4 March, 5 March and 6 March 2019.", Context{Anchor: citewatch.DayDate(2025, 6, 11)},
			"2019-03-04=4 March 2019-03-05=5 March 2019-03-06=6 March 2019"},
		{"Signed on 4 March in Rome.", Context{}, ""},
		{"They joined in 2011, 2012 and 2013, respectively.", Context{}, "2011=2011 2012=2012 2013=2013"},
		{"Il est entré en vigueur en 2011, 2012 et 2013.", Context{}, "2011=2011 2012=2012 2013=2013"},
		{"It will bind its parties from 1 March.", Context{Anchor: citewatch.DayDate(2024, 11, 20)}, "2025-03-01=1 March"},
		{"It was signed on 1 March.", Context{Anchor: citewatch.DayDate(2024, 6, 20)}, "2024-03-01=1 March"},
		{"Norway 3 April 2019Ratification", Context{}, "2019-04-03=3 April 2019"},
		{"Norway 3 April 20191", Context{}, ""},
		{"Signed on 5 September 2019 and ratified on 3 March.", Context{Anchor: citewatch.DayDate(2025, 6, 11)},
			"2019-09-05=5 September 2019 2020-03-03=3 March"},
		{"En 2016, fue firmado en abril y ratificado en junio.", Context{Anchor: citewatch.DayDate(2025, 6, 11)},
			"2016=2016 2016-04=en abril 2016-06=en junio"},
		{"In force since 4 Nov. 2016, it will be left on Nov. 4 this year.", Context{Anchor: citewatch.DayDate(2025, 6, 11)},
			"2016-11-04=4 Nov. 2016 2025-11-04=Nov. 4 2025=this year"},
		{"Fue firmado el 5 de junio del año pasado.", Context{Anchor: citewatch.DayDate(2025, 6, 11)},
			"2024-06-05=5 de junio 2024=año pasado"},
		{"Adopted in May 2024, it was signed last September.", Context{Anchor: citewatch.DayDate(2025, 6, 11)},
			"2024-05=May 2024 2024-09=last September"},
		{"Norway 3 April 20185 May 2019Ratification", Context{}, "2018-04-03=3 April 2018 2019-05-05=5 May 2019"},
		{"Article13 May 2019", Context{}, "2019-05=May 2019"},
		{"signé le\u00a05 mai 2024 («5 mai 2024»)", Context{}, "2024-05-05=5 mai 2024 2024-05-05=5 mai 2024"},
	}
	for _, tt := range tests {
		var got []string
		for _, m := range Find(tt.in, tt.c) {
			got = append(got, m.Date.String()+"="+m.Text(tt.in))
		}
		if strings.Join(got, " ") != tt.want {
			t.Errorf("Find(%q) = %q, want %q", tt.in, strings.Join(got, " "), tt.want)
		}
	}
}
