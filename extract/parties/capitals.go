package parties

import (
	"sort"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// capitalNames are the capitals that news writing uses for their states'
// governments ("Moscow ratified it", "ratifié par Moscou"), in the
// languages citewatch reads, and Brussels for the European Union. Each
// line is "CODE: name | name | ...". This is language (how states are
// called), not facts about any treaty. A capital names a party only
// where a sentence makes it the one that acts (see Capitals).
const capitalNames = `
USA: Washington | ワシントン
RUS: Moscow | Moscou | Moscú | Mosca | Moscovo | Moskau | モスクワ
CHN: Beijing | Pékin | Pekín | Pechino | Pequim | Peking | 北京
GBR: London | Londres | Londra | ロンドン
FRA: Paris | París | Parigi | パリ
DEU: Berlin | Berlín | Berlino | Berlim | ベルリン
JPN: Tokyo | Tokio | Tóquio | 東京
IND: New Delhi | Delhi | New Dehli | Nueva Delhi | Nuova Delhi | Nova Deli | Neu-Delhi
CAN: Ottawa
AUS: Canberra
BRA: Brasília | Brasilia
ZAF: Pretoria
TUR: Ankara
IRN: Tehran | Téhéran | Teherán | Teheran | Teerã
UKR: Kyiv | Kiev | Kiew | Kyïv
POL: Warsaw | Varsovie | Varsovia | Varsavia | Varsóvia | Warschau
LTU: Vilnius | Vilna
LVA: Riga
EST: Tallinn
FIN: Helsinki
SWE: Stockholm | Estocolmo | Stoccolma
NOR: Oslo
DNK: Copenhagen | Copenhague | Copenaghen | Kopenhagen
ITA: Rome | Roma | Rom
ESP: Madrid
PRT: Lisbon | Lisbonne | Lisboa | Lisbona | Lissabon
GRC: Athens | Athènes | Atenas | Atene | Athen
AUT: Vienna | Vienne | Viena | Wien
CHE: Bern | Berne | Berna
NLD: The Hague | La Haye | La Haya | L'Aia | Den Haag
HUN: Budapest
CZE: Prague | Praga | Prag
ROU: Bucharest | Bucarest | Bukarest
BLR: Minsk
GEO: Tbilisi
AZE: Baku | Bakou
ARM: Yerevan | Erevan | Ereván | Eriwan
KAZ: Astana
PAK: Islamabad
AFG: Kabul | Kaboul
IRQ: Baghdad | Bagdad
SYR: Damascus | Damas | Damasco | Damaskus
SAU: Riyadh | Riyad | Ryad | Riad
EGY: Cairo | Le Caire | El Cairo | Il Cairo | Kairo
KOR: Seoul | Séoul | Seúl | ソウル
PRK: Pyongyang
VNM: Hanoi | Hanói
PHL: Manila | Manille
IDN: Jakarta | Yakarta | Giacarta
THA: Bangkok
NZL: Wellington
MEX: Mexico City | Ciudad de México
ARG: Buenos Aires
CHL: Santiago
PER: Lima
COL: Bogotá | Bogota
VEN: Caracas
CUB: Havana | La Havane | La Habana | L'Avana
NGA: Abuja
KEN: Nairobi
ETH: Addis Ababa | Addis-Abeba | Adís Abeba
DZA: Algiers | Alger | Argel | Algeri
MAR: Rabat
ISR: Jerusalem | Jérusalem
EUE: Brussels | Bruxelles | Bruselas | Bruxelas | Brüssel
`

// capitalCode gives each capital's name its code; capitalsByFirst holds
// the names by their first character, longest first.
var capitalCode, capitalsByFirst = func() (map[string]string, func() map[rune][]string) {
	codes := map[string]string{}
	parseLines(capitalNames, func(code, name string) { codes[name] = code })
	return codes, sync.OnceValue(func() map[rune][]string {
		by := map[rune][]string{}
		for n := range codes {
			r, _ := utf8.DecodeRuneInString(n)
			by[r] = append(by[r], n)
		}
		for _, ns := range by {
			sort.Slice(ns, func(i, j int) bool { return len(ns[i]) > len(ns[j]) || len(ns[i]) == len(ns[j]) && ns[i] < ns[j] })
		}
		return by
	})
}()

// Capitals finds the capitals named in s that may stand for their states
// ("Moscow", "Pékin", "Brussels" for the European Union), with their
// spans. Whether a capital stands for its state in a sentence, rather
// than naming a city (a place, a treaty's name), is for the caller to
// tell: only the one that acts is a party.
//
// Names are matched as written, the longest first, left to right: a name
// in Latin letters where no letter or digit comes before or after it, a
// Japanese name anywhere. A mention ends where the next may begin, even
// before a letter (a Latin name right after a Japanese one). This reads
// the text once, looking names up by their first character, rather than
// running one alternation of every name over every position.
func Capitals(s string) []Mention {
	var out []Mention
	by := capitalsByFirst()
	free := true // no letter or digit before: a Latin name may begin here
	for p := 0; p < len(s); {
		if c := s[p]; c < utf8.RuneSelf {
			// A name that begins with an ASCII character is a Latin one.
			letter := c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
			if free && letter {
				if n := capitalAt(s, p, rune(c), free, by); n != "" {
					out = append(out, Mention{Start: p, End: p + len(n), Code: capitalCode[n]})
					p += len(n)
					continue
				}
			}
			free = !letter
			p++
			continue
		}
		r, w := utf8.DecodeRuneInString(s[p:])
		if n := capitalAt(s, p, r, free, by); n != "" {
			out = append(out, Mention{Start: p, End: p + len(n), Code: capitalCode[n]})
			p += len(n)
			free = true
			continue
		}
		free = !unicode.IsLetter(r) && !unicode.IsNumber(r)
		p += w
	}
	return out
}

// capitalAt returns the longest capital's name that begins at s[p:],
// whose first character is r: a Latin name only where free and with no
// letter or digit after it.
func capitalAt(s string, p int, r rune, free bool, by map[rune][]string) string {
	for _, n := range by[r] {
		if !strings.HasPrefix(s[p:], n) {
			continue
		}
		if hasCJK(n) {
			return n
		}
		if !free {
			continue
		}
		if next, _ := utf8.DecodeRuneInString(s[p+len(n):]); p+len(n) == len(s) || !unicode.IsLetter(next) && !unicode.IsNumber(next) {
			return n
		}
	}
	return ""
}
