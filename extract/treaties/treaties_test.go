package treaties

import (
	"strings"
	"testing"
)

func TestFind(t *testing.T) {
	tests := []struct {
		in, text, id string
		generic      bool
		coe          bool
	}{
		{"Japan signed CETS No. 225 today", "CETS No. 225", "CETS-225", false, false},
		{"la STCE n° 225 a été signée", "STCE n° 225", "CETS-225", false, false},
		{"the Convention on Cybercrime (ETS No. 185)", "Convention on Cybercrime", "ETS-185", false, false},
		{"Chart of signatures and ratifications of Treaty 225", "Treaty 225", "CETS-225", false, true},
		{"Chart of signatures and ratifications of Treaty 225", "", "", false, false},
		{"the Council of Europe Framework Convention on Artificial Intelligence and Human Rights, Democracy and the Rule of Law was adopted", "Council of Europe Framework Convention on Artificial Intelligence and Human Rights, Democracy and the Rule of Law", "CETS-225", false, false},
		{"Canada signed the AI Convention", "AI Convention", "CETS-225", false, false},
		{"la Convention-cadre du Conseil de l’Europe sur l’intelligence artificielle et les droits de l’homme, la démocratie et l’État de droit", "Convention-cadre du Conseil de l’Europe sur l’intelligence artificielle et les droits de l’homme, la démocratie et l’État de droit", "CETS-225", false, false},
		{"Japan signed the Convention on Tuesday", "the Convention", "", true, false},
		{"Le Canada a signé la Convention", "la Convention", "", true, false},
		{"the United Nations Convention against Cybercrime", "United Nations Convention against Cybercrime", "UNTC-XVIII-16", false, false},
		{"the Budapest Convention", "Budapest Convention", "ETS-185", false, false},
		{"Convention 108+ and Convention 108", "Convention 108+", "CETS-223", false, false},
		{"175 parties signed the Paris climate agreement on Friday", "Paris climate agreement", "UNTC-XXVII-7-d", false, false},
		{"le deuxième Protocole additionnel à la Convention sur la cybercriminalité a été ouvert", "deuxième Protocole additionnel à la Convention sur la cybercriminalité", "CETS-224", false, false},
		{"the day the pact was opened for signature", "the pact", "", true, false},
	}
	for _, tt := range tests {
		ms := Find(tt.in, Options{CouncilOfEurope: tt.coe})
		if tt.text == "" {
			if len(ms) != 0 {
				t.Errorf("Find(%q) = %+v, want none", tt.in, ms)
			}
			continue
		}
		if len(ms) == 0 {
			t.Errorf("Find(%q) = none, want %q", tt.in, tt.text)
			continue
		}
		m := ms[0]
		if got := tt.in[m.Start:m.End]; got != tt.text || m.ID != tt.id || m.Generic != tt.generic {
			t.Errorf("Find(%q) = %q %q generic=%v, want %q %q generic=%v", tt.in, got, m.ID, m.Generic, tt.text, tt.id, tt.generic)
		}
	}
}

func TestSeriesID(t *testing.T) {
	for n, want := range map[int]string{5: "ETS-5", 108: "ETS-108", 185: "ETS-185", 193: "ETS-193", 194: "CETS-194", 225: "CETS-225"} {
		if got := SeriesID(n); got != want {
			t.Errorf("SeriesID(%d) = %q, want %q", n, got, want)
		}
	}
}

// find returns the first non-generic mention of Find, or the first one.
func firstNamed(ms []Mention) (Mention, bool) {
	for _, m := range ms {
		if !m.Generic {
			return m, true
		}
	}
	return Mention{}, false
}

func TestFindOpenWorld(t *testing.T) {
	tests := []struct {
		in, text, id string
	}{
		// Full titles, short names and acronyms from the table, in each language.
		{"Iceland deposited its instrument for the Treaty on the Prohibition of Nuclear Weapons yesterday.", "Treaty on the Prohibition of Nuclear Weapons", "UNTC-XXVI-9"},
		{"Ghana joined the TPNW last spring.", "TPNW", "UNTC-XXVI-9"},
		{"Delegates cheered as the High Seas Treaty gathered its last ratification.", "High Seas Treaty", "UNTC-XXI-10"},
		{"The mine ban treaty lost another member.", "mine ban treaty", "UNTC-XXVI-5"},
		{"Ministers praised the Paris climate accord again.", "Paris climate accord", "UNTC-XXVII-7-d"},
		{"Peru ratified the FCTC in a hurry.", "FCTC", "UNTC-IX-4"},
		{"Two more states ratified the CTBT.", "CTBT", "UNTC-XXVI-4"},
		{"The Doha Amendment to the Kyoto Protocol gained one acceptance.", "Doha Amendment to the Kyoto Protocol", "UNTC-XXVII-7-c"},
		{"The Kigali Amendment to the Montreal Protocol binds its parties.", "Kigali Amendment to the Montreal Protocol", "UNTC-XXVII-2-f"},
		{"Hungary left the Rome Statute after a vote.", "Rome Statute", "UNTC-XVIII-10"},
		{"Moldova ratified the Istanbul Convention.", "Istanbul Convention", "CETS-210"},
		{"La France a ratifié le traité sur la haute mer mercredi.", "traité sur la haute mer", "UNTC-XXI-10"},
		{"L'Accord de Paris compte un membre de moins.", "Accord de Paris", "UNTC-XXVII-7-d"},
		{"México se adhirió al Acuerdo de Escazú el año pasado.", "Acuerdo de Escazú", "UNTC-XXVII-18"},
		{"Das Land hat das Hochseeschutzabkommen ratifiziert.", "Hochseeschutzabkommen", "UNTC-XXI-10"},
		{"Il Protocollo di Kyoto resta in vigore.", "Protocollo di Kyoto", "UNTC-XXVII-7-a"},
		{"O Brasil ratificou o Tratado do Alto-Mar ontem.", "Tratado do Alto-Mar", "UNTC-XXI-10"},
		{"政府は核兵器禁止条約に署名しない方針だ。", "核兵器禁止条約", "UNTC-XXVI-9"},
		{"日本はパリ協定を締結した。", "パリ協定", "UNTC-XXVII-7-d"},
		// A variant with its maker's name is the table's treaty.
		{"La Convention du Conseil de l'Europe sur l'intelligence artificielle a été signée.", "Convention du Conseil de l'Europe sur l'intelligence artificielle", "CETS-225"},
		// A table title without its maker's name, or with other articles.
		{"Greece ratified the Convention on the Manipulation of Sports Competitions.", "Convention on the Manipulation of Sports Competitions", "CETS-215"},
		{"Peru ratified the Agreement on Privileges and Immunities of the International Criminal Court.", "Agreement on Privileges and Immunities of the International Criminal Court", "UNTC-XVIII-13"},
		{"Die Philippinen sind aus dem Römischen Statut ausgetreten.", "Römischen Statut", "UNTC-XVIII-10"},
		{"Die Ukraine hat das Römische Statut ratifiziert.", "Römische Statut", "UNTC-XVIII-10"},
		{"Der Beitritt zur Europäischen Menschenrechtskonvention wurde vollzogen.", "Europäischen Menschenrechtskonvention", "ETS-5"},
		// Treaties the table does not know: an id from the title.
		{"La Convenzione sulla cultura alpina è stata firmata.", "Convenzione sulla cultura alpina", "convenzione-sulla-cultura-alpina"},
		{"El Convenio sobre la lucha contra la trata de aves entró en vigor.", "Convenio sobre la lucha contra la trata de aves", "convenio-sobre-lucha-contra-trata-de-aves"},
		{"The Framework Convention on Lighthouse Keeping was opened for signature.", "Framework Convention on Lighthouse Keeping", "framework-convention-on-lighthouse-keeping"},
		{"Norway signed the Oslo Fjord Treaty on Tuesday.", "Oslo Fjord Treaty", "oslo-fjord-treaty"},
		{"La Convention sur la protection des phares a été signée par la Norvège.", "Convention sur la protection des phares", "convention-sur-protection-des-phares"},
		{"El Convenio sobre la pesca artesanal entró en vigor.", "Convenio sobre la pesca artesanal", "convenio-sobre-pesca-artesanal"},
		{"Das Übereinkommen über den Schutz der Leuchttürme trat in Kraft.", "Übereinkommen über den Schutz der Leuchttürme", "ubereinkommen-uber-schutz-leuchtturme"},
		{"Das Leuchtturmabkommen wurde unterzeichnet.", "Leuchtturmabkommen", "leuchtturmabkommen"},
		{"La Convenzione sulla tutela dei fari è stata firmata.", "Convenzione sulla tutela dei fari", "convenzione-sulla-tutela-dei-fari"},
		{"A Convenção sobre a proteção dos faróis entrou em vigor.", "Convenção sobre a proteção dos faróis", "convencao-sobre-protecao-dos-farois"},
		{"l'accord de Valparaíso a été signé", "accord de Valparaíso", "accord-de-valparaiso"},
		{"灯台保護条約に十か国が署名した。", "灯台保護条約", "灯台保護条約"},
		// A protocol or amendment of a known treaty: the treaty's id and its own name.
		{"The Third Amendment to the Basel Convention was adopted.", "Third Amendment to the Basel Convention", "UNTC-XXVII-3/third-amendment"},
		{"Le Protocole additionnel à la Convention de Minamata a été adopté.", "Protocole additionnel à la Convention de Minamata", "UNTC-XXVII-17/protocole-additionnel"},
		// Series numbers in other languages and of other families.
		{"Die Schweiz hat das Übereinkommen (SEV Nr. 210) ratifiziert.", "SEV Nr. 210", "CETS-210"},
		{"la Convenzione (STCE n. 201) è entrata in vigore", "STCE n. 201", "CETS-201"},
		{"Uruguay ratified ILO Convention No. 190 last year.", "ILO Convention No. 190", "ILO-C190"},
	}
	for _, tt := range tests {
		m, ok := firstNamed(Find(tt.in, Options{}))
		if !ok {
			t.Errorf("Find(%q) = none, want %q %q", tt.in, tt.text, tt.id)
			continue
		}
		if got := tt.in[m.Start:m.End]; got != tt.text || m.ID != tt.id {
			t.Errorf("Find(%q) = %q %q, want %q %q", tt.in, got, m.ID, tt.text, tt.id)
		}
	}
}

func TestFindDerivedKeepsName(t *testing.T) {
	s := "The Convention on the Protection of Lighthouses was signed."
	m, ok := firstNamed(Find(s, Options{}))
	if !ok || m.Name != "Convention on the Protection of Lighthouses" {
		t.Errorf("Find(%q) = %+v, want the title kept as Name", s, m)
	}
	s = "Japan signed the Paris Agreement."
	if m, ok := firstNamed(Find(s, Options{})); !ok || m.Name != "" {
		t.Errorf("Find(%q) = %+v, want a table treaty without Name", s, m)
	}
}

func TestFindNotATreaty(t *testing.T) {
	for _, s := range []string{
		"Norway will att its own rules, who knows.",            // acronyms match only in capitals
		"Finland Officially Leaves Lighthouse Pact Talks",      // headline: capitals mark no title
		"The Convention on Monday was ratified by Japan.",      // a day is no complement
		"The Agreement for Japan entered into force in May.",   // a state is no complement
		"The UN Treaty Collection lists the signatures.",       // a general word is no name
		"El acuerdo de México y Perú fue anunciado.",           // a state is no proper complement
		"国際条約に関する会議が開かれた。",                                     // a kind of treaty, not one
		"The agreement on tariffs was signed by both leaders.", // lower-case head, no name
		"La Convention de l'ONU a été signée.",                 // a head and its maker: a general reference
	} {
		for _, m := range Find(s, Options{}) {
			if !m.Generic {
				t.Errorf("Find(%q) = %q %q, want no named treaty", s, s[m.Start:m.End], m.ID)
			}
		}
	}
}

func TestFindGeneric(t *testing.T) {
	for _, tt := range []struct{ in, text string }{
		{"Japan ratified the treaty in May.", "the treaty"},
		{"Le Canada a ratifié le traité.", "le traité"},
		{"España firmó el acuerdo ayer.", "el acuerdo"},
		{"Deutschland hat das Abkommen ratifiziert.", "das Abkommen"},
		{"L'Italia ha ratificato il trattato.", "il trattato"},
		{"Portugal ratificou o tratado.", "o tratado"},
		{"l'accordo è entrato in vigore", "l'accordo"},
		{"同条約は発効した。", "同条約"},
		{"本協定に署名した。", "本協定"},
		{"They marked the Convention's entry into force.", "the Convention"},
		{"Spain ratified the Council of Europe convention yesterday.", "the Council of Europe convention"},
		{"Kenya signed the UN's first cybercrime treaty.", "the UN's first cybercrime treaty"},
	} {
		ms := Find(tt.in, Options{})
		if len(ms) != 1 || !ms[0].Generic || tt.in[ms[0].Start:ms[0].End] != tt.text {
			t.Errorf("Find(%q) = %+v, want generic %q", tt.in, ms, tt.text)
		}
	}
}

func TestLearn(t *testing.T) {
	text := "The Convention on the Protection of Lighthouses (CPL) was opened on Monday. " +
		"The Second Additional Protocol to the Convention on Cybercrime was signed too.\n" +
		"Norway ratified the CPL. Spain signed the Second Additional Protocol."
	o := Options{}
	o.Aliases = Learn(text, o)
	for _, tt := range []struct{ in, text, id string }{
		{"Norway ratified the CPL.", "CPL", "convention-on-protection-of-lighthouses"},
		{"Spain signed the Second Additional Protocol.", "Second Additional Protocol", "CETS-224"},
	} {
		m, ok := firstNamed(Find(tt.in, o))
		if !ok || tt.in[m.Start:m.End] != tt.text || m.ID != tt.id {
			t.Errorf("Find(%q) with learnt aliases = %+v, want %q %q", tt.in, m, tt.text, tt.id)
		}
	}
	// Without the page's definitions, the acronym is unknown.
	if m, ok := firstNamed(Find("Norway ratified the CPL.", Options{})); ok {
		t.Errorf("Find without aliases = %+v, want none", m)
	}
}

func TestDerivedID(t *testing.T) {
	for in, want := range map[string]string{
		"Convention sur la cybercriminalité":                                "convention-sur-cybercriminalite",
		"the Oslo Fjord Treaty":                                             "oslo-fjord-treaty",
		"Übereinkommen über die Straßenverkehrsamt":                         "ubereinkommen-uber-strassenverkehrsamt",
		"Acuerdo  de   Escazú":                                              "acuerdo-de-escazu",
		"the Council of Europe Convention on the Protection of Lighthouses": "convention-on-protection-of-lighthouses",
		"Convention on Protection of Lighthouses":                           "convention-on-protection-of-lighthouses",
	} {
		if got := DerivedID(in); got != want {
			t.Errorf("DerivedID(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestLearnNeedsMatchingInitials(t *testing.T) {
	text := "The meeting of the parties to the Oslo Fjord Treaty (MOP) opened. Delegates of the Oslo Fjord Treaty (OFT) met."
	o := Options{}
	o.Aliases = Learn(text, o)
	if m, ok := firstNamed(Find("The MOP closed.", o)); ok {
		t.Errorf("MOP was learnt as %q: brackets after a treaty that name something else", m.ID)
	}
	if m, ok := firstNamed(Find("Norway ratified the OFT.", o)); !ok || m.ID != "oslo-fjord-treaty" {
		t.Errorf("OFT = %+v, want oslo-fjord-treaty", m)
	}
}

func TestFindProtocolOfTheSubject(t *testing.T) {
	tests := []struct {
		in, subject, text, id string
	}{
		{"Japan signed the Second Additional Protocol.", "ETS-185", "Second Additional Protocol", "CETS-224"},
		{"Le Japon a signé le Deuxième Protocole additionnel.", "ETS-185", "Deuxième Protocole additionnel", "CETS-224"},
		{"Japan signed the Second Additional Protocol.", "CETS-224", "Second Additional Protocol", "CETS-224"},
		{"Chile ratified the Optional Protocol.", "convention-on-protection-of-lighthouses", "Optional Protocol", "convention-on-protection-of-lighthouses/optional-protocol"},
		{"Chile ratified the Optional Protocol.", "", "", ""},
	}
	for _, tt := range tests {
		m, ok := firstNamed(Find(tt.in, Options{Subject: tt.subject}))
		if tt.text == "" {
			if ok {
				t.Errorf("Find(%q) without a subject = %+v, want none", tt.in, m)
			}
			continue
		}
		if !ok || tt.in[m.Start:m.End] != tt.text || m.ID != tt.id {
			t.Errorf("Find(%q) on a page about %s = %+v, want %q %q", tt.in, tt.subject, m, tt.text, tt.id)
		}
	}
}

func TestNames(t *testing.T) {
	got := Names("CETS-225")
	if len(got) < 2 || !strings.HasPrefix(got[0], "Council of Europe Framework Convention on Artificial Intelligence") {
		t.Errorf("Names(CETS-225) = %q, want the full title first", got)
	}
	for _, n := range got {
		if id, ok := Lookup(n); !ok || id != "CETS-225" {
			t.Errorf("Lookup(%q) = %q, %v; every name Names gives leads back to its id", n, id, ok)
		}
	}
	if got := Names("NO-SUCH-1"); got != nil {
		t.Errorf("Names(NO-SUCH-1) = %q, want nil", got)
	}
}

// TestLearnKnownShortName reads a full title the name table lacks, which
// the page defines by a short name the table has, as the table's treaty,
// in each language.
func TestLearnKnownShortName(t *testing.T) {
	for _, tt := range []struct{ text, title string }{
		{"Il testo, noto come Accordo per la tutela della biodiversità negli oceani (BBNJ), è stato ratificato dal Cile.", "Accordo per la tutela della biodiversità negli oceani"},
		{"Le texte, appelé Accord relatif à la protection de la vie marine (BBNJ), a été ratifié par le Chili.", "Accord relatif à la protection de la vie marine"},
		{"The Agreement on Biological Life in the Open Ocean Beyond National Jurisdiction (BBNJ) was ratified by Chile.", "Agreement on Biological Life in the Open Ocean Beyond National Jurisdiction"},
	} {
		o := Options{}
		o.Aliases = Learn(tt.text, o)
		found := false
		for _, m := range Find(tt.text, o) {
			if tt.text[m.Start:m.End] == tt.title {
				found = true
				if m.ID != "UNTC-XXI-10" {
					t.Errorf("%q = %q, want the table's UNTC-XXI-10 (defined as BBNJ)", tt.title, m.ID)
				}
			}
		}
		if !found {
			t.Errorf("%q not found in %q", tt.title, tt.text)
		}
	}
}
