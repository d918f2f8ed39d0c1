package parties

import (
	"strings"
	"testing"
)

func codes(ms []Mention) string {
	var cs []string
	for _, m := range ms {
		cs = append(cs, m.Code)
	}
	return strings.Join(cs, " ")
}

func TestFind(t *testing.T) {
	tests := []struct{ in, want string }{
		{"signed by Andorra, Georgia, Iceland, Norway, the Republic of Moldova, San Marino, the United Kingdom, Israel, the United States and the European Union", "AND GEO ISL NOR MDA SMR GBR ISR USA EUE"},
		{"Canada and Japan signed", "CAN JPN"},
		{"Turkey and Türkiye and Turquie", "TUR TUR TUR"},
		{"the Japanese government signed; the English and French texts", "JPN"},
		{"le Canada et l'Union européenne ont signé, ainsi que l’Union européenne", "CAN EUE EUE"},
		{"la République de Moldova a signé", "MDA"},
		{"the U.S. and the UK signed, but not us", "USA GBR"},
		{"the Democratic Republic of the Congo and the Republic of Korea", "COD KOR"},
		{"the Holy See and Côte d’Ivoire", "VAT CIV"},
		{"Papua New Guinea, Guinea-Bissau and Guinea", "PNG GNB GIN"},
		{"the Russian Federation and Bosnia and Herzegovina", "RUS BIH"},
		{"Saint Kitts and Nevis and Trinidad and Tobago", "KNA TTO"},
		{"a turkey dinner in japan", ""},
		{"the former Yugoslav Republic of Macedonia", "MKD"},
		{"Etats-Unis, États-Unis, Royaume-Uni", "USA USA GBR"},
		{"EU member states", "EUE"},
	}
	for _, tt := range tests {
		if got := codes(Find(tt.in)); got != tt.want {
			t.Errorf("Find(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestFindSpans(t *testing.T) {
	s := "the U.S. and l'Union européenne"
	ms := Find(s)
	if len(ms) != 2 || s[ms[0].Start:ms[0].End] != "U.S." || s[ms[1].Start:ms[1].End] != "Union européenne" {
		t.Fatalf("Find(%q) spans = %+v", s, ms)
	}
}

func TestCode(t *testing.T) {
	for name, want := range map[string]string{"the Republic of Moldova": "MDA", "l'Union européenne": "EUE", "Japan": "JPN", "Holy See": "VAT", "Atlantis": "", "Japan and Canada": ""} {
		if got, _ := Code(name); got != want {
			t.Errorf("Code(%q) = %q, want %q", name, got, want)
		}
	}
}

func TestEveryUNMemberHasAName(t *testing.T) {
	// A sample across continents: each must be found by its English short name.
	for name, want := range map[string]string{"Afghanistan": "AFG", "Zimbabwe": "ZWE", "Tuvalu": "TUV", "Uruguay": "URY", "Mongolia": "MNG", "Eswatini": "SWZ", "North Macedonia": "MKD", "Czechia": "CZE"} {
		if got, _ := Code(name); got != want {
			t.Errorf("Code(%q) = %q, want %q", name, got, want)
		}
	}
}

func TestAbbreviations(t *testing.T) {
	if got := codes(Find("the UAE and the ROK signed; the uae did not")); got != "ARE KOR" {
		t.Errorf("Find = %q, want %q", got, "ARE KOR")
	}
}
