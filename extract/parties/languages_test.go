package parties

import "testing"

// TestFindLanguages finds parties in sentences written for this test in
// each supported language.
func TestFindLanguages(t *testing.T) {
	tests := []struct{ in, want string }{
		// Spanish
		{"Los Estados Unidos y México firmaron; EE.UU. no lo ratificó.", "USA MEX USA"},
		{"La UE y el Reino Unido lo aprobaron, igual que la Unión Europea.", "EUE GBR EUE"},
		{"Lo ratificaron San Cristóbal y Nieves, San Vicente y las Granadinas y Uruguay.", "KNA VCT URY"},
		{"El Gobierno mexicano lo ratificó junto al de Brasil.", "MEX BRA"},
		{"Los Gobiernos de Argentina y Chile lo firmaron.", "ARG CHL"},
		{"Francia Márquez y Mauricio Macri hablaron; Francia y Mauricio firmaron.", "FRA MUS"},
		{"Chad Smith said Chad Signs the Treaty; Japan Signs It Too.", "JPN"},
		// German
		{"Die Vereinigten Staaten und die EU haben unterzeichnet.", "USA EUE"},
		{"Deutschland und Frankreich ratifizierten es, anders als die Schweiz.", "DEU FRA CHE"},
		{"Die Zustimmung der Europäischen Union und des Vereinigten Königreichs steht aus.", "EUE GBR"},
		{"Die deutsche Regierung hat das Abkommen unterzeichnet.", "DEU"},
		{"Deutschlands Beitritt folgte Spaniens Ratifikation.", "DEU ESP"},
		{"Auf der Island wohnen wenige.", ""},
		// Italian
		{"Gli Stati Uniti e l'UE hanno firmato, come l'Italia.", "USA EUE ITA"},
		{"L'adesione del Brasile e dell'Unione europea è attesa.", "BRA EUE"},
		{"Il governo italiano ha depositato lo strumento.", "ITA"},
		{"Lo hanno ratificato Marocco e Sierra Leone.", "MAR SLE"},
		{"Gli Usa e l'Ue non l'hanno ancora fatto; si usa dire così.", "USA EUE"},
		// Portuguese
		{"Os Estados Unidos e a UE assinaram, assim como o Brasil.", "USA EUE BRA"},
		{"A ratificação do Brasil e da União Europeia ocorreu depois.", "BRA EUE"},
		{"O governo brasileiro depositou o instrumento.", "BRA"},
		// French
		{"Le gouvernement français et l'UE ont signé, comme la Suisse.", "FRA EUE CHE"},
		{"La ratification du Brésil et de l'Allemagne est attendue.", "BRA DEU"},
		// Japanese, and Latin names inside Japanese text
		{"米国と英国、欧州連合が署名した。", "USA GBR EUE"},
		{"ジンバブエ(4日)、ニジェール(9日)が署名した。", "ZWE NER"},
		{"締約国は50か国とEU。", "EUE"},
		{"タイトルとマリンスポーツ、インド洋の話。", ""},
		{"タイとマリ・チャドが批准した。", "THA MLI TCD"},
	}
	for _, tt := range tests {
		if got := codes(Find(tt.in)); got != tt.want {
			t.Errorf("Find(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestCodeWithArticles(t *testing.T) {
	for name, want := range map[string]string{
		"los Estados Unidos": "USA", "die Vereinigten Staaten": "USA", "gli Stati Uniti": "USA", "os Estados Unidos": "USA",
		"la UE": "EUE", "die EU": "EUE", "a UE": "EUE", "l'UE": "EUE", "欧州連合": "EUE", "米国": "USA", "英国": "GBR",
		"el Brasil": "BRA", "der Türkei": "TUR",
	} {
		if got, _ := Code(name); got != want {
			t.Errorf("Code(%q) = %q, want %q", name, got, want)
		}
	}
}
