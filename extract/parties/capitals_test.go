package parties

import "testing"

// TestCapitals checks that capitals are found with their states' codes,
// in the languages read, and that other words are not.
func TestCapitals(t *testing.T) {
	for _, c := range []struct{ text, want string }{
		{"while Moscow ratified it", "RUS"},
		{"ratifié par Moscou", "RUS"},
		{"Pekín firmó", "CHN"},
		{"Brussels deposited", "EUE"},
		{"the view from The Hague", "NLD"},
		{"モスクワは批准した", "RUS"},
		{"Moscowitz signed", ""},
		{"no capital here", ""},
	} {
		ms := Capitals(c.text)
		got := ""
		if len(ms) > 0 {
			got = ms[0].Code
			if c.text[ms[0].Start:ms[0].End] == "" {
				t.Errorf("Capitals(%q): empty span", c.text)
			}
		}
		if got != c.want {
			t.Errorf("Capitals(%q) = %q, want %q", c.text, got, c.want)
		}
	}
}
