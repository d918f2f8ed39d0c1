package parties

// Naming data beyond what golang.org/x/text/language/display gives: official
// names, names used by depositaries, old names, abbreviations and French
// forms. Each line is "CODE: name | name | ...". This is language (how
// states are called), not facts about any treaty.
//
// Codes are ISO 3166-1 alpha-3, plus these for parties that have none:
//
//	EUE  the European Union (and the European Community before it)
//	XKX  Kosovo (user-assigned code in common use)
//	EAE  the European Atomic Energy Community (Euratom)
const extraNames = `
AFG: Islamic Republic of Afghanistan
ALB: Republic of Albania
AND: Principality of Andorra | Principat d'Andorra | Principauté d'Andorre
ARM: Republic of Armenia
AUT: Republic of Austria
AZE: Republic of Azerbaijan
BEL: Kingdom of Belgium
BIH: Bosnia and Herzegovina | Bosnie-Herzégovine
BGR: Republic of Bulgaria
BHS: The Bahamas | Commonwealth of the Bahamas
BOL: Plurinational State of Bolivia | Bolivia (Plurinational State of)
BRN: Brunei Darussalam
BLR: Republic of Belarus | Bélarus
CAF: Central African Republic
CHE: Swiss Confederation | Confédération suisse
CIV: Côte d'Ivoire | Cote d'Ivoire | Ivory Coast
COD: Democratic Republic of the Congo | DR Congo | DRC | République démocratique du Congo
COG: Republic of the Congo | Congo | Congo-Brazzaville
CPV: Cabo Verde | Cape Verde
CZE: Czech Republic | République tchèque | Czechia
CYP: Republic of Cyprus
DEU: Federal Republic of Germany | République fédérale d'Allemagne
DNK: Kingdom of Denmark
ESP: Kingdom of Spain | Royaume d'Espagne
EST: Republic of Estonia
FIN: Republic of Finland
FRA: French Republic | République française
FSM: Micronesia (Federated States of) | Federated States of Micronesia
GBR: United Kingdom of Great Britain and Northern Ireland | Great Britain | Britain | UK | U.K. | Royaume-Uni de Grande-Bretagne et d'Irlande du Nord
GEO: Republic of Georgia
GMB: The Gambia | Republic of the Gambia
GRC: Hellenic Republic | République hellénique
HRV: Republic of Croatia
HUN: Republic of Hungary
IRL: Republic of Ireland
IRN: Islamic Republic of Iran | Iran (Islamic Republic of)
ISL: Republic of Iceland
ISR: State of Israel | État d'Israël
ITA: Italian Republic | République italienne
JPN: Government of Japan
KAZ: Republic of Kazakhstan
KGZ: Kyrgyz Republic
KNA: Saint Kitts and Nevis | St Kitts and Nevis
KOR: Republic of Korea | Korea | ROK | République de Corée
LAO: Lao People's Democratic Republic | Lao PDR
LCA: Saint Lucia
LIE: Principality of Liechtenstein | Principauté de Liechtenstein
LTU: Republic of Lithuania
LUX: Grand Duchy of Luxembourg | Grand-Duché de Luxembourg
LVA: Republic of Latvia
MCO: Principality of Monaco | Principauté de Monaco
MDA: Republic of Moldova | République de Moldova | Moldova | Moldavia
MEX: United Mexican States
MKD: North Macedonia | Republic of North Macedonia | Macédoine du Nord | the former Yugoslav Republic of Macedonia | former Yugoslav Republic of Macedonia
MLT: Republic of Malta
MMR: Myanmar | Burma
MNE: Montenegro
NLD: Netherlands | Kingdom of the Netherlands | Netherlands (Kingdom of the) | Royaume des Pays-Bas
NOR: Kingdom of Norway | Royaume de Norvège
POL: Republic of Poland
PRK: Democratic People's Republic of Korea | DPRK
PRT: Portuguese Republic
PSE: State of Palestine | Palestine | État de Palestine
ROU: Romania
RUS: Russian Federation | Fédération de Russie
SMR: Republic of San Marino | République de Saint-Marin
SRB: Republic of Serbia
STP: Sao Tome and Principe | São Tomé and Príncipe
SVK: Slovak Republic | République slovaque
SVN: Republic of Slovenia
SWE: Kingdom of Sweden
SWZ: Eswatini | Kingdom of Eswatini | Swaziland
SYR: Syrian Arab Republic
TLS: Timor-Leste | East Timor
TTO: Trinidad and Tobago
TUR: Türkiye | Turkey | Republic of Türkiye | Republic of Turkey | Turquie
TZA: United Republic of Tanzania | Tanzania
UKR: Ukraine
USA: United States of America | United States | US | U.S. | USA | U.S.A. | États-Unis d'Amérique | Etats-Unis
VAT: Holy See | Holy See (Vatican City State) | Vatican | Saint-Siège
VCT: Saint Vincent and the Grenadines
VEN: Bolivarian Republic of Venezuela | Venezuela (Bolivarian Republic of)
VNM: Viet Nam | Vietnam | Socialist Republic of Viet Nam
ATG: Antigua and Barbuda
ARE: UAE | U.A.E.
XKX: Kosovo
EUE: European Union | EU | E.U. | Union européenne | UE | European Community | Communauté européenne
EAE: European Atomic Energy Community | Euratom
`

// Names in Spanish, Italian and Portuguese (and Japanese, matched within
// Japanese text) that CLDR's short names leave out: official names,
// abbreviations (Italian writes "gli Usa", "l'Ue"), the names the EU
// goes by.
const extraNamesOther = `
USA: Estados Unidos de América | EE.UU. | EE. UU. | EEUU | EUA | E.U.A. | Stati Uniti d'America | Usa
GBR: Gran Bretaña | Gran Bretagna | Grã-Bretanha | Inglaterra | Inghilterra
NLD: Holanda | Olanda
EUE: Ue | Unión Europea | Unione europea | Unione Europea | União Europeia | Comunidad Europea | Comunità europea | Comunidade Europeia
RUS: Federación de Rusia | Federación Rusa | Federazione Russa | Federação Russa | Federação da Rússia
KOR: República de Corea | Repubblica di Corea | República da Coreia | Corea del Sur | Corea del Sud | Coreia do Sul
PRK: Corea del Norte | Corea del Nord | Coreia do Norte | República Popular Democrática de Corea
COD: República Democrática del Congo | Repubblica Democratica del Congo | República Democrática do Congo | RDC | RD Congo
COG: República del Congo | Repubblica del Congo | República do Congo
IRN: República Islámica de Irán | Repubblica islamica dell'Iran | República Islâmica do Irã | República Islâmica do Irão
VAT: Santa Sede | Santa Sé
PSE: Estado de Palestina | Stato di Palestina | Estado da Palestina | Palestina | パレスチナ
DEU: República Federal de Alemania | Repubblica federale di Germania | República Federal da Alemanha
FRA: República Francesa | Repubblica francese
ESP: Reino de España | Regno di Spagna | Reino de Espanha
ITA: República Italiana | Repubblica italiana
PRT: República Portuguesa | Repubblica portoghese
BRA: República Federativa do Brasil | República Federativa de Brasil
MEX: Estados Unidos Mexicanos
ARG: República Argentina
CHE: Confederación Suiza | Confederazione Svizzera | Confederação Suíça
BOL: Estado Plurinacional de Bolivia
VEN: República Bolivariana de Venezuela
TUR: Türkiye
JPN: 日本国 | 我が国 | わが国
USA: 米国 | アメリカ | 合衆国
GBR: 英国 | 連合王国
AUS: 豪州
EUE: 欧州連合 | 欧州共同体
`

// germanNames are German names CLDR does not give; they and CLDR's German
// names are also read in their inflected forms ("der Vereinigten
// Staaten", "Deutschlands", "der Europäischen Union").
const germanNames = `
USA: Vereinigte Staaten von Amerika
GBR: Großbritannien | Vereinigtes Königreich Großbritannien und Nordirland | England
EUE: Europäische Union | Europäische Gemeinschaft
RUS: Russische Föderation
KOR: Republik Korea | Südkorea
PRK: Nordkorea | Demokratische Volksrepublik Korea
COD: Demokratische Republik Kongo
COG: Republik Kongo
IRN: Islamische Republik Iran
VAT: Heiliger Stuhl
PSE: Staat Palästina | Palästina
DEU: Bundesrepublik Deutschland | Bundesrepublik
FRA: Französische Republik
ESP: Königreich Spanien
ITA: Italienische Republik
CHE: Schweizerische Eidgenossenschaft
AUT: Republik Österreich
CZE: Tschechische Republik | Tschechien
TUR: Türkei | Türkiye
NLD: Königreich der Niederlande | Holland
`

// givenNames are names of states that are also common given names: right
// before another capitalised word they name a person ("Francia Márquez",
// "Mauricio Macri", "Chad Smith"). Other names keep counting there, as
// in a headline's "Japan Signs".
var givenNames = map[string]bool{"chad": true, "jordan": true, "georgia": true, "francia": true, "mauricio": true,
	"maurice": true, "salvador": true}

// notNames are CLDR names that are more often something else in running
// text: German "Island" (Iceland) is an English word, Spanish and
// Portuguese "Granada" (Grenada) a city of Spain.
var notNames = map[string]bool{"Island": true, "Granada": true, "": true}

// demonyms name a state's government when followed by one of govNouns:
// "the Japanese government", "le gouvernement" is not matched this way.
const demonyms = `
AFG: Afghan
ALB: Albanian
DZA: Algerian
AND: Andorran
AGO: Angolan
ARG: Argentine | Argentinian
ARM: Armenian
AUS: Australian
AUT: Austrian
AZE: Azerbaijani
BHR: Bahraini
BGD: Bangladeshi
BLR: Belarusian
BEL: Belgian
BIH: Bosnian
BRA: Brazilian
BGR: Bulgarian
KHM: Cambodian
CMR: Cameroonian
CAN: Canadian
CHL: Chilean
CHN: Chinese
COL: Colombian
CRI: Costa Rican
HRV: Croatian
CUB: Cuban
CYP: Cypriot
CZE: Czech
DNK: Danish
DOM: Dominican
ECU: Ecuadorian
EGY: Egyptian
EST: Estonian
ETH: Ethiopian
FIN: Finnish
FRA: French
GEO: Georgian
DEU: German
GHA: Ghanaian
GRC: Greek
HUN: Hungarian
ISL: Icelandic
IND: Indian
IDN: Indonesian
IRN: Iranian
IRQ: Iraqi
IRL: Irish
ISR: Israeli
ITA: Italian
JPN: Japanese
JOR: Jordanian
KAZ: Kazakh | Kazakhstani
KEN: Kenyan
KOR: Korean | South Korean
KWT: Kuwaiti
LVA: Latvian
LBN: Lebanese
LIE: Liechtenstein
LTU: Lithuanian
LUX: Luxembourgish
MYS: Malaysian
MLT: Maltese
MEX: Mexican
MDA: Moldovan
MCO: Monegasque
MNG: Mongolian
MNE: Montenegrin
MAR: Moroccan
NLD: Dutch
NZL: New Zealand
NGA: Nigerian
MKD: North Macedonian | Macedonian
NOR: Norwegian
PAK: Pakistani
PER: Peruvian
PHL: Philippine | Filipino
POL: Polish
PRT: Portuguese
QAT: Qatari
ROU: Romanian
RUS: Russian
SMR: Sammarinese
SAU: Saudi
SEN: Senegalese
SRB: Serbian
SGP: Singaporean
SVK: Slovak
SVN: Slovenian | Slovene
ZAF: South African
ESP: Spanish
LKA: Sri Lankan
SWE: Swedish
CHE: Swiss
THA: Thai
TUN: Tunisian
TUR: Turkish
UKR: Ukrainian
ARE: Emirati
GBR: British
USA: American
URY: Uruguayan
VNM: Vietnamese
`

// govNouns are the words after an English demonym that make it name a state.
var govNouns = map[string]bool{
	"government": true, "govt": true, "minister": true, "ministry": true, "foreign": true, "prime": true,
	"ambassador": true, "delegation": true, "authorities": true, "parliament": true, "diet": true,
	"president": true, "representative": true, "permanent": true, "deputy": true, "state": true,
	"cabinet": true, "embassy": true, "secretary": true, "chancellor": true, "officials": true,
	"side": true, "administration": true, "envoy": true, "vice": true, "justice": true,
}
