package treaties

import "testing"

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
