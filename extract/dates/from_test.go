package dates

import (
	"testing"

	"github.com/citewatch/citewatch"
)

// TestFindFrom reads dates told from another date of the text, in each
// language, in sentences written for these tests: "sixty days later",
// "30 days after 3 March", "the same year", and a weekday the text named
// with its date. The anchor is Wednesday 11 June 2025; a want of ""
// means no date is read from text.
func TestFindFrom(t *testing.T) {
	c := Context{Anchor: citewatch.DayDate(2025, 6, 11), AnchorName: "publication date"}
	tests := []struct {
		lang, in, text, want string
	}{
		// A span after the date told before it.
		{"en", "Chile ratified it on 3 March 2025, and it enters into force sixty days later.", "sixty days later", "2025-05-02"},
		{"fr", "Le Chili l'a ratifié le 3 mars 2025 ; il entre en vigueur soixante jours plus tard.", "soixante jours plus tard", "2025-05-02"},
		{"es", "Chile lo ratificó el 3 de marzo de 2025 y entra en vigor 60 días después.", "60 días después", "2025-05-02"},
		{"de", "Chile ratifizierte es am 3. März 2025; es tritt 60 Tage später in Kraft.", "60 Tage später", "2025-05-02"},
		{"it", "Il Cile lo ha ratificato il 3 marzo 2025 ed entra in vigore 60 giorni dopo.", "60 giorni dopo", "2025-05-02"},
		{"pt", "O Chile o ratificou em 3 de março de 2025 e ele entra em vigor 60 dias depois.", "60 dias depois", "2025-05-02"},
		{"ja", "チリは2025年3月3日に批准し、60日後に発効する。", "60日後", "2025-05-02"},
		{"en", "It was signed in March 2024 and took effect six months later.", "six months later", "2024-09"},
		{"en", "It was adopted in 2019 and entered into force two years later.", "two years later", "2021"},
		// A span before the date it is told from.
		{"en", "It becomes binding for Chile 30 days after 3 March 2025.", "30 days after 3 March 2025", "2025-04-02"},
		{"en", "It becomes binding for Chile after 60 days from Friday.", "after 60 days from Friday", "2025-08-05"},
		{"fr", "Il liera le Chili trente jours après le 3 mars 2025.", "trente jours après le 3 mars 2025", "2025-04-02"},
		{"es", "Obliga a Chile 30 días después del 3 de marzo de 2025.", "30 días después del 3 de marzo de 2025", "2025-04-02"},
		{"de", "Es bindet Chile 30 Tage nach dem 3. März 2025.", "30 Tage nach dem 3. März 2025", "2025-04-02"},
		{"it", "Vincola il Cile 30 giorni dopo il 3 marzo 2025.", "30 giorni dopo il 3 marzo 2025", "2025-04-02"},
		{"pt", "Vincula o Chile 30 dias após 3 de março de 2025.", "30 dias após 3 de março de 2025", "2025-04-02"},
		// The year or month of the date told before.
		{"en", "It was adopted in Lima in 2018 and opened for signature the same year.", "the same year", "2018"},
		{"fr", "Il a été adopté à Lima en 2018 et ouvert à la signature la même année.", "la même année", "2018"},
		{"es", "Fue adoptado en Lima en 2018 y abierto a la firma el mismo año.", "el mismo año", "2018"},
		{"de", "Es wurde im Jahr 2018 in Lima angenommen und im selben Jahr zur Unterzeichnung aufgelegt.", "im selben Jahr", "2018"},
		{"it", "Fu adottato a Lima nel 2018 e aperto alla firma lo stesso anno.", "lo stesso anno", "2018"},
		{"pt", "Foi adotado em Lima em 2018 e aberto à assinatura no mesmo ano.", "no mesmo ano", "2018"},
		// A weekday the text named with its date.
		{"en", "The deposits came on Monday, March 3 and Tuesday, March 4, 2025; Chile deposited on Tuesday.", "on Tuesday", "2025-03-04"},
		{"fr", "Les dépôts ont eu lieu le lundi 3 mars et le mardi 4 mars 2025 ; le Chili a déposé mardi.", "mardi", "2025-03-04"},
		{"es", "Los depósitos fueron el lunes 3 y el martes 4 de marzo de 2025; Chile depositó el martes.", "el martes", "2025-03-04"},
		{"de", "Die Hinterlegungen erfolgten am Montag, 3. März, und Dienstag, 4. März 2025; Chile hinterlegte am Dienstag.", "am Dienstag", "2025-03-04"},
		{"it", "I depositi sono avvenuti lunedì 3 marzo e martedì 4 marzo 2025; il Cile ha depositato martedì.", "martedì", "2025-03-04"},
		{"pt", "Os depósitos ocorreram na segunda-feira, 3 de março, e na terça-feira, 4 de março de 2025; o Chile depositou na terça-feira.", "na terça-feira", "2025-03-04"},
		// Not dates: a bound, a span with no date before it.
		{"en", "It must be ratified within 30 days after 3 March 2025.", "3 March 2025", "2025-03-03"},
		{"en", "It enters into force 60 days later.", "", ""},
		{"fr", "Il entre en vigueur soixante jours après le dépôt du quarantième instrument.", "", ""},
	}
	for _, tt := range tests {
		ms := Find(tt.in, c)
		var got *Mention
		for i := range ms {
			if tt.text != "" && ms[i].Text(tt.in) == tt.text {
				got = &ms[i]
			}
		}
		switch {
		case tt.text == "":
			for _, m := range ms {
				if m.Date.Precision != citewatch.PrecisionYear || m.Date.Year != 2025 {
					t.Errorf("(%s) Find(%q): read %q as %s, want no date", tt.lang, tt.in, m.Text(tt.in), m.Date)
				}
			}
		case got == nil:
			t.Errorf("(%s) Find(%q) = %v, want %q read as %s", tt.lang, tt.in, texts(tt.in, ms), tt.text, tt.want)
		case got.Date.String() != tt.want:
			t.Errorf("(%s) Find(%q): %q = %s (%s), want %s", tt.lang, tt.in, tt.text, got.Date, got.Date.Resolved, tt.want)
		}
	}
}

// TestFindFromPrevious reads a date told from the one the sentence
// before told: "It takes effect 30 days later." after "Its fortieth
// instrument was lodged on 4 March 2019.", and a weekday named with
// its date in an earlier sentence, on a page with no date of its own.
func TestFindFromPrevious(t *testing.T) {
	c := Context{Previous: citewatch.DayDate(2019, 3, 4)}
	ms := Find("It takes effect 30 days later.", c)
	if len(ms) != 1 || ms[0].Date.String() != "2019-04-03" {
		t.Errorf("Find after 4 March 2019 = %v, want 30 days later read as 2019-04-03", ms)
	}
	c = Context{Days: []citewatch.Date{citewatch.DayDate(2019, 3, 4), citewatch.DayDate(2019, 3, 5)}}
	s := "Fiji followed on Monday, and Chad on Tuesday."
	ms = Find(s, c)
	if len(ms) != 2 || ms[0].Date.String() != "2019-03-04" || ms[1].Date.String() != "2019-03-05" {
		t.Errorf("Find(%q) after named days = %v, want 2019-03-04 and 2019-03-05", s, ms)
	}
	c = Context{Anchor: citewatch.DayDate(2025, 6, 11), Days: []citewatch.Date{citewatch.DayDate(2019, 3, 4), citewatch.DayDate(2019, 3, 5)}}
	if ms := Find("Nepal did the same on Wednesday.", c); len(ms) != 0 {
		t.Errorf("Find after days named in 2019 on a page of 2025 = %v, want no date (the week meant is not known)", ms)
	}
	c = Context{Days: []citewatch.Date{citewatch.DayDate(2019, 3, 4), citewatch.DayDate(2019, 3, 11)}}
	if ms := Find(s, c); len(ms) != 0 {
		t.Errorf("Find(%q) after two named Mondays = %v, want nothing (which Monday is not known)", s, ms)
	}
}

func texts(s string, ms []Mention) []string {
	var out []string
	for _, m := range ms {
		out = append(out, m.Text(s)+"="+m.Date.String())
	}
	return out
}
