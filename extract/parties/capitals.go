package parties

import (
	"regexp"
	"sort"
	"strings"
	"sync"
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

// capitalRE finds the capitals' names at word boundaries (anywhere in
// Japanese); capitalCode gives each name's code.
var capitalRE, capitalCode = func() (func() *regexp.Regexp, map[string]string) {
	codes := map[string]string{}
	parseLines(capitalNames, func(code, name string) { codes[name] = code })
	return sync.OnceValue(func() *regexp.Regexp {
		var spaced, cjk []string
		for n := range codes {
			if hasCJK(n) {
				cjk = append(cjk, regexp.QuoteMeta(n))
			} else {
				spaced = append(spaced, regexp.QuoteMeta(n))
			}
		}
		longestFirst := func(ns []string) string {
			sort.Slice(ns, func(i, j int) bool { return len(ns[i]) > len(ns[j]) || len(ns[i]) == len(ns[j]) && ns[i] < ns[j] })
			return strings.Join(ns, "|")
		}
		return regexp.MustCompile(`(?:^|[^\p{L}\p{N}])(` + longestFirst(spaced) + `)(?:[^\p{L}\p{N}]|$)|(` + longestFirst(cjk) + `)`)
	}), codes
}()

// Capitals finds the capitals named in s that may stand for their states
// ("Moscow", "Pékin", "Brussels" for the European Union), with their
// spans. Whether a capital stands for its state in a sentence, rather
// than naming a city (a place, a treaty's name), is for the caller to
// tell: only the one that acts is a party.
func Capitals(s string) []Mention {
	var out []Mention
	re := capitalRE()
	for at := 0; at < len(s); {
		loc := re.FindStringSubmatchIndex(s[at:])
		if loc == nil {
			break
		}
		g := 2
		if loc[2] < 0 {
			g = 4 // a Japanese name, matched anywhere
		}
		out = append(out, Mention{Start: at + loc[g], End: at + loc[g+1], Code: capitalCode[s[at+loc[g]:at+loc[g+1]]]})
		at += loc[g+1]
	}
	return out
}
