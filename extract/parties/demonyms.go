package parties

import "strings"

// Demonym adjectives in French, Spanish, Italian, Portuguese and German,
// which name a state beside a government noun: after the noun in the
// Romance languages ("le gouvernement français", "el Gobierno mexicano",
// "il governo italiano", "o governo brasileiro"), before it in German
// ("die deutsche Regierung"). Each line is "CODE: form form ...", every
// gender and number a page may use (hyphenated ones, read as two words,
// are left out); English demonyms are in names.go.
// This is language, not facts.
const adjectiveTable = `
DEU: allemand allemande alemán alemana tedesco tedesca alemão alemã deutsche deutschen deutscher
FRA: français française francés francesa francese francês francesa französische französischen
ESP: espagnol espagnole español española spagnolo spagnola espanhol espanhola spanische spanischen
ITA: italien italienne italiano italiana italienische italienischen
PRT: portugais portugaise portugués portuguesa portoghese português portugiesische portugiesischen
GBR: britannique británico británica britannico britannica britânico britânica britische britischen
USA: américain américaine estadounidense norteamericano norteamericana statunitense americano americana amerikanische amerikanischen
JPN: japonais japonaise japonés japonesa giapponese japonês japonesa japanische japanischen
CHN: chinois chinoise chino china cinese chinês chinesa chinesische chinesischen
RUS: russe ruso rusa russo russa russische russischen
CAN: canadien canadienne canadiense canadese canadense kanadische kanadischen
MEX: mexicain mexicaine mexicano mexicana messicano messicana mexikanische mexikanischen
BRA: brésilien brésilienne brasileño brasileña brasiliano brasiliana brasileiro brasileira brasilianische brasilianischen
ARG: argentin argentine argentino argentina argentinische argentinischen
CHL: chilien chilienne chileno chilena cileno cilena chilenische chilenischen
COL: colombien colombienne colombiano colombiana kolumbianische kolumbianischen
PER: péruvien péruvienne peruano peruana peruviano peruviana peruanische peruanischen
ECU: équatorien équatorienne ecuatoriano ecuatoriana ecuadoriano ecuadoriana equatoriano equatoriana ecuadorianische ecuadorianischen
BOL: bolivien bolivienne boliviano boliviana bolivianische bolivianischen
URY: uruguayen uruguayenne uruguayo uruguaya uruguaiano uruguaiana uruguaio uruguaia uruguayische uruguayischen
CUB: cubain cubaine cubano cubana kubanische kubanischen
AUS: australien australienne australiano australiana australische australischen
NZL: neozelandés neozelandesa neozelandese neozelandês neuseeländische neuseeländischen
IND: indien indienne indio india indiano indiana indiana indische indischen
KOR: surcoreano surcoreana sudcoreano sudcoreana südkoreanische südkoreanischen
AUT: autrichien autrichienne austriaco austriaca austríaco austríaca österreichische österreichischen
CHE: suisse suizo suiza svizzero svizzera suíço suíça schweizerische schweizerischen
BEL: belge belga belgische belgischen
NLD: néerlandais néerlandaise neerlandés neerlandesa olandese holandês holandesa niederländische niederländischen
POL: polonais polonaise polaco polaca polacco polacca polonês polonesa polnische polnischen
IRL: irlandais irlandaise irlandés irlandesa irlandese irlandês irlandesa irische irischen
SWE: suédois suédoise sueco sueca svedese schwedische schwedischen
NOR: norvégien norvégienne noruego noruega norvegese norueguês norueguesa norwegische norwegischen
FIN: finlandais finlandaise finlandés finlandesa finlandese finlandês finlandesa finnische finnischen
DNK: danois danoise danés danesa danese dinamarquês dinamarquesa dänische dänischen
GRC: grec grecque griego griega greco greca grego grega griechische griechischen
TUR: turc turque turco turca türkische türkischen
UKR: ukrainien ukrainienne ucraniano ucraniana ucraino ucraina ukrainische ukrainischen
MAR: marocain marocaine marroquí marocchino marocchina marroquino marroquina marokkanische marokkanischen
SEN: sénégalais sénégalaise senegalés senegalesa senegalese senegalês senegalesa senegalesische senegalesischen
ZAF: sudafricano sudafricana südafrikanische südafrikanischen
`

// Government nouns: a demonym adjective follows the Romance ones
// (nounsThenAdjective) and precedes the German ones (adjectiveThenNouns).
var (
	nounsThenAdjective = map[string]bool{
		"gouvernement": true, "executif": true, "ministre": true, "ministere": true, "president": true, "diplomatie": true,
		"ambassadeur": true, "delegation": true, "autorites": true, "chancelier": true,
		"gobierno": true, "ejecutivo": true, "ministro": true, "ministerio": true, "presidente": true, "canciller": true,
		"cancilleria": true, "embajador": true, "delegacion": true, "autoridades": true,
		"governo": true, "esecutivo": true, "ministero": true, "ambasciatore": true, "delegazione": true, "autorita": true,
		"embaixador": true, "delegacao": true, "chanceler": true,
	}
	adjectiveThenNouns = map[string]bool{
		"regierung": true, "bundesregierung": true, "staatsregierung": true, "aussenministerium": true, "ministerium": true,
		"botschaft": true, "delegation": true, "behorden": true, "aussenminister": true, "aussenministerin": true,
	}
)

// readAdjectives returns the folded adjectives of adjectiveTable.
func readAdjectives() map[string]string {
	out := map[string]string{}
	parseLines(adjectiveTable, func(code, forms string) {
		for _, f := range strings.Fields(forms) {
			if _, ok := out[fold(f)]; !ok {
				out[fold(f)] = code
			}
		}
	})
	return out
}
