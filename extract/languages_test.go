package extract

import (
	"slices"
	"testing"

	"github.com/citewatch/citewatch"
)

// matrixLanguages are the languages the sentence rules read.
var matrixLanguages = []string{"en", "fr", "es", "de", "it", "pt", "ja"}

// matrixCell is one way of writing, in one language: a sentence of our
// own, the page's date (zero: the matrix's), and the facts it states as
// treaty|event|party|date (see factKeys).
type matrixCell struct {
	lang, text string
	pub        citewatch.Date
	want       []string
}

// matrixKind is a kind of statement real pages make, and the cells that
// write it. only names the languages a kind concerns when it is not all
// of them (Japanese era years).
type matrixKind struct {
	kind  string
	only  []string
	cells []matrixCell
}

// Treaty ids the matrix's sentences name.
const (
	tpnw     = "UNTC-XXVI-9"
	att      = "UNTC-XXVI-8"
	parisA   = "UNTC-XXVII-7-d"
	minamata = "UNTC-XXVII-17"
	kyoto    = "UNTC-XXVII-7-a"
	rome     = "UNTC-XVIII-10"
	istanbul = "CETS-210"
	bbnj     = "UNTC-XXI-10"
	escazu   = "UNTC-XXVII-18"
)

// matrixGaps are the cells the sentence rules do not read yet, by
// kind/lang, with why. A gap is listed here, not faked in the table.
var matrixGaps = map[string]string{}

// languageMatrix is every kind of statement the real pages showed, each
// written by us in each language it concerns, with true facts.
func languageMatrix() []matrixKind {
	return []matrixKind{
		// Acts, as pages tell them.
		{kind: "signed", cells: []matrixCell{
			{lang: "en", text: "Brazil signed the Treaty on the Prohibition of Nuclear Weapons on 20 September 2017 in New York.",
				want: []string{tpnw + "|signed|BRA|2017-09-20"}},
			{lang: "fr", text: "Le Brésil a signé le Traité sur l'interdiction des armes nucléaires le 20 septembre 2017 à New York.",
				want: []string{tpnw + "|signed|BRA|2017-09-20"}},
			{lang: "es", text: "Brasil firmó el Tratado sobre la Prohibición de las Armas Nucleares el 20 de septiembre de 2017 en Nueva York.",
				want: []string{tpnw + "|signed|BRA|2017-09-20"}},
			{lang: "de", text: "Brasilien hat den Atomwaffenverbotsvertrag am 20. September 2017 in New York unterzeichnet.",
				want: []string{tpnw + "|signed|BRA|2017-09-20"}},
			{lang: "it", text: "Il Brasile ha firmato il Trattato sulla proibizione delle armi nucleari il 20 settembre 2017 a New York.",
				want: []string{tpnw + "|signed|BRA|2017-09-20"}},
			{lang: "pt", text: "O Brasil assinou o Tratado sobre a Proibição de Armas Nucleares em 20 de setembro de 2017, em Nova York.",
				want: []string{tpnw + "|signed|BRA|2017-09-20"}},
			{lang: "ja", text: "ブラジルは2017年9月20日、ニューヨークで核兵器禁止条約に署名した。",
				want: []string{tpnw + "|signed|BRA|2017-09-20"}},
		}},
		{kind: "ratified", cells: []matrixCell{
			{lang: "en", text: "Italy ratified the Arms Trade Treaty on 2 April 2014.",
				want: []string{att + "|ratified|ITA|2014-04-02"}},
			{lang: "fr", text: "L'Italie a ratifié le Traité sur le commerce des armes le 2 avril 2014.",
				want: []string{att + "|ratified|ITA|2014-04-02"}},
			{lang: "es", text: "Italia ratificó el Tratado sobre el Comercio de Armas el 2 de abril de 2014.",
				want: []string{att + "|ratified|ITA|2014-04-02"}},
			{lang: "de", text: "Italien hat den Waffenhandelsvertrag am 2. April 2014 ratifiziert.",
				want: []string{att + "|ratified|ITA|2014-04-02"}},
			{lang: "it", text: "L'Italia ha ratificato il Trattato sul commercio delle armi il 2 aprile 2014.",
				want: []string{att + "|ratified|ITA|2014-04-02"}},
			{lang: "pt", text: "A Itália ratificou o Tratado sobre o Comércio de Armas em 2 de abril de 2014.",
				want: []string{att + "|ratified|ITA|2014-04-02"}},
			{lang: "ja", text: "イタリアは2014年4月2日に武器貿易条約を批准した。",
				want: []string{att + "|ratified|ITA|2014-04-02"}},
		}},
		{kind: "acceded", cells: []matrixCell{
			{lang: "en", text: "Nicaragua acceded to the Paris Agreement on 23 October 2017.",
				want: []string{parisA + "|acceded|NIC|2017-10-23"}},
			{lang: "fr", text: "Le Nicaragua a adhéré à l'Accord de Paris le 23 octobre 2017.",
				want: []string{parisA + "|acceded|NIC|2017-10-23"}},
			{lang: "es", text: "Nicaragua se adhirió al Acuerdo de París el 23 de octubre de 2017.",
				want: []string{parisA + "|acceded|NIC|2017-10-23"}},
			{lang: "de", text: "Nicaragua ist dem Pariser Abkommen am 23. Oktober 2017 beigetreten.",
				want: []string{parisA + "|acceded|NIC|2017-10-23"}},
			{lang: "it", text: "Il Nicaragua ha aderito all'Accordo di Parigi il 23 ottobre 2017.",
				want: []string{parisA + "|acceded|NIC|2017-10-23"}},
			{lang: "pt", text: "A Nicarágua aderiu ao Acordo de Paris em 23 de outubro de 2017.",
				want: []string{parisA + "|acceded|NIC|2017-10-23"}},
			{lang: "ja", text: "ニカラグアは2017年10月23日にパリ協定に加入した。",
				want: []string{parisA + "|acceded|NIC|2017-10-23"}},
		}},
		{kind: "joined", cells: []matrixCell{
			{lang: "en", text: "Syria joined the Paris Agreement in November 2017.",
				want: []string{parisA + "|acceded|SYR|2017-11"}},
			{lang: "fr", text: "La Syrie a rejoint l'Accord de Paris en novembre 2017.",
				want: []string{parisA + "|acceded|SYR|2017-11"}},
			{lang: "es", text: "Siria se sumó al Acuerdo de París en noviembre de 2017.",
				want: []string{parisA + "|acceded|SYR|2017-11"}},
			{lang: "de", text: "Syrien trat dem Pariser Abkommen im November 2017 bei.",
				want: []string{parisA + "|acceded|SYR|2017-11"}},
			{lang: "it", text: "La Siria ha aderito all'Accordo di Parigi nel novembre 2017.",
				want: []string{parisA + "|acceded|SYR|2017-11"}},
			{lang: "pt", text: "A Síria juntou-se ao Acordo de Paris em novembro de 2017.",
				want: []string{parisA + "|acceded|SYR|2017-11"}},
			{lang: "ja", text: "シリアは2017年11月、パリ協定に参加した。",
				want: []string{parisA + "|acceded|SYR|2017-11"}},
		}},
		{kind: "accepted", cells: []matrixCell{
			{lang: "en", text: "Japan accepted the Minamata Convention on 2 February 2016.",
				want: []string{minamata + "|accepted|JPN|2016-02-02"}},
			{lang: "fr", text: "Le Japon a accepté la Convention de Minamata le 2 février 2016.",
				want: []string{minamata + "|accepted|JPN|2016-02-02"}},
			{lang: "es", text: "Japón aceptó el Convenio de Minamata el 2 de febrero de 2016.",
				want: []string{minamata + "|accepted|JPN|2016-02-02"}},
			{lang: "de", text: "Japan hat das Minamata-Übereinkommen am 2. Februar 2016 angenommen.",
				want: []string{minamata + "|accepted|JPN|2016-02-02"}},
			{lang: "it", text: "Il Giappone ha accettato la Convenzione di Minamata il 2 febbraio 2016.",
				want: []string{minamata + "|accepted|JPN|2016-02-02"}},
			{lang: "pt", text: "O Japão aceitou a Convenção de Minamata em 2 de fevereiro de 2016.",
				want: []string{minamata + "|accepted|JPN|2016-02-02"}},
			{lang: "ja", text: "日本は2016年2月2日、水俣条約を受諾した。",
				want: []string{minamata + "|accepted|JPN|2016-02-02"}},
		}},
		{kind: "approved", cells: []matrixCell{
			{lang: "en", text: "The European Union approved the Minamata Convention on 18 May 2017.",
				want: []string{minamata + "|approved|EUE|2017-05-18"}},
			{lang: "fr", text: "L'Union européenne a approuvé la Convention de Minamata le 18 mai 2017.",
				want: []string{minamata + "|approved|EUE|2017-05-18"}},
			{lang: "es", text: "La Unión Europea aprobó el Convenio de Minamata el 18 de mayo de 2017.",
				want: []string{minamata + "|approved|EUE|2017-05-18"}},
			{lang: "de", text: "Die Europäische Union hat das Minamata-Übereinkommen am 18. Mai 2017 genehmigt.",
				want: []string{minamata + "|approved|EUE|2017-05-18"}},
			{lang: "it", text: "L'Unione europea ha approvato la Convenzione di Minamata il 18 maggio 2017.",
				want: []string{minamata + "|approved|EUE|2017-05-18"}},
			{lang: "pt", text: "A União Europeia aprovou a Convenção de Minamata em 18 de maio de 2017.",
				want: []string{minamata + "|approved|EUE|2017-05-18"}},
			{lang: "ja", text: "欧州連合は2017年5月18日、水俣条約を承認した。",
				want: []string{minamata + "|approved|EUE|2017-05-18"}},
		}},
		{kind: "deposited its instrument of ratification", cells: []matrixCell{
			{lang: "en", text: "Russia deposited its instrument of ratification of the Kyoto Protocol with the UN Secretary-General on 18 November 2004.",
				want: []string{kyoto + "|ratified|RUS|2004-11-18"}},
			{lang: "fr", text: "La Russie a déposé son instrument de ratification du protocole de Kyoto le 18 novembre 2004.",
				want: []string{kyoto + "|ratified|RUS|2004-11-18"}},
			{lang: "es", text: "Rusia depositó su instrumento de ratificación del Protocolo de Kioto el 18 de noviembre de 2004.",
				want: []string{kyoto + "|ratified|RUS|2004-11-18"}},
			{lang: "de", text: "Russland hinterlegte seine Ratifikationsurkunde zum Kyoto-Protokoll am 18. November 2004.",
				want: []string{kyoto + "|ratified|RUS|2004-11-18"}},
			{lang: "it", text: "La Russia ha depositato il proprio strumento di ratifica del Protocollo di Kyoto il 18 novembre 2004.",
				want: []string{kyoto + "|ratified|RUS|2004-11-18"}},
			{lang: "pt", text: "A Rússia depositou o seu instrumento de ratificação do Protocolo de Quioto em 18 de novembro de 2004.",
				want: []string{kyoto + "|ratified|RUS|2004-11-18"}},
			{lang: "ja", text: "ロシアは2004年11月18日、京都議定書の批准書を国連事務総長に寄託した。",
				want: []string{kyoto + "|ratified|RUS|2004-11-18"}},
		}},
		{kind: "deposited its instrument of accession", cells: []matrixCell{
			{lang: "en", text: "Palestine deposited its instrument of accession to the Rome Statute on 2 January 2015.",
				want: []string{rome + "|acceded|PSE|2015-01-02"}},
			{lang: "fr", text: "La Palestine a déposé son instrument d'adhésion au Statut de Rome le 2 janvier 2015.",
				want: []string{rome + "|acceded|PSE|2015-01-02"}},
			{lang: "es", text: "Palestina depositó su instrumento de adhesión al Estatuto de Roma el 2 de enero de 2015.",
				want: []string{rome + "|acceded|PSE|2015-01-02"}},
			{lang: "de", text: "Palästina hinterlegte am 2. Januar 2015 seine Beitrittsurkunde zum Römischen Statut.",
				want: []string{rome + "|acceded|PSE|2015-01-02"}},
			{lang: "it", text: "La Palestina ha depositato il suo strumento di adesione allo Statuto di Roma il 2 gennaio 2015.",
				want: []string{rome + "|acceded|PSE|2015-01-02"}},
			{lang: "pt", text: "A Palestina depositou o seu instrumento de adesão ao Estatuto de Roma em 2 de janeiro de 2015.",
				want: []string{rome + "|acceded|PSE|2015-01-02"}},
			{lang: "ja", text: "パレスチナは2015年1月2日、ローマ規程への加入書を寄託した。",
				want: []string{rome + "|acceded|PSE|2015-01-02"}},
		}},
		{kind: "withdrew", cells: []matrixCell{
			{lang: "en", text: "Türkiye withdrew from the Istanbul Convention on 1 July 2021.",
				want: []string{istanbul + "|denounced|TUR|2021-07-01"}},
			{lang: "fr", text: "La Turquie s'est retirée de la Convention d'Istanbul le 1er juillet 2021.",
				want: []string{istanbul + "|denounced|TUR|2021-07-01"}},
			{lang: "es", text: "Turquía se retiró del Convenio de Estambul el 1 de julio de 2021.",
				want: []string{istanbul + "|denounced|TUR|2021-07-01"}},
			{lang: "de", text: "Die Türkei ist am 1. Juli 2021 aus der Istanbul-Konvention ausgetreten.",
				want: []string{istanbul + "|denounced|TUR|2021-07-01"}},
			{lang: "it", text: "La Turchia si è ritirata dalla Convenzione di Istanbul il 1º luglio 2021.",
				want: []string{istanbul + "|denounced|TUR|2021-07-01"}},
			{lang: "pt", text: "A Turquia retirou-se da Convenção de Istambul em 1º de julho de 2021.",
				want: []string{istanbul + "|denounced|TUR|2021-07-01"}},
			{lang: "ja", text: "トルコは2021年7月1日、イスタンブール条約から脱退した。",
				want: []string{istanbul + "|denounced|TUR|2021-07-01"}},
		}},
		{kind: "pulled out of, left", cells: []matrixCell{
			{lang: "en", text: "The Philippines pulled out of the International Criminal Court on 17 March 2019.",
				want: []string{rome + "|denounced|PHL|2019-03-17"}},
			{lang: "fr", text: "Les Philippines ont quitté la Cour pénale internationale le 17 mars 2019.",
				want: []string{rome + "|denounced|PHL|2019-03-17"}},
			{lang: "es", text: "Filipinas abandonó la Corte Penal Internacional el 17 de marzo de 2019.",
				want: []string{rome + "|denounced|PHL|2019-03-17"}},
			{lang: "de", text: "Die Philippinen haben den Internationalen Strafgerichtshof am 17. März 2019 verlassen.",
				want: []string{rome + "|denounced|PHL|2019-03-17"}},
			{lang: "it", text: "Le Filippine sono uscite dalla Corte penale internazionale il 17 marzo 2019.",
				want: []string{rome + "|denounced|PHL|2019-03-17"}},
			{lang: "pt", text: "As Filipinas saíram do Tribunal Penal Internacional em 17 de março de 2019.",
				want: []string{rome + "|denounced|PHL|2019-03-17"}},
			{lang: "ja", text: "フィリピンは2019年3月17日、国際刑事裁判所から離脱した。",
				want: []string{rome + "|denounced|PHL|2019-03-17"}},
		}},
		{kind: "a withdrawal takes effect on a date", cells: []matrixCell{
			{lang: "en", text: "Hungary's withdrawal from the Rome Statute takes effect on 2 June 2026.",
				want: []string{rome + "|denounced|HUN|2026-06-02"}},
			{lang: "fr", text: "Le retrait de la Hongrie du Statut de Rome prendra effet le 2 juin 2026.",
				want: []string{rome + "|denounced|HUN|2026-06-02"}},
			{lang: "es", text: "La retirada de Hungría del Estatuto de Roma surtirá efecto el 2 de junio de 2026.",
				want: []string{rome + "|denounced|HUN|2026-06-02"}},
			{lang: "de", text: "Der Austritt Ungarns aus dem Römischen Statut wird am 2. Juni 2026 wirksam.",
				want: []string{rome + "|denounced|HUN|2026-06-02"}},
			{lang: "it", text: "Il recesso dell'Ungheria dallo Statuto di Roma avrà effetto dal 2 giugno 2026.",
				want: []string{rome + "|denounced|HUN|2026-06-02"}},
			{lang: "pt", text: "A retirada da Hungria do Estatuto de Roma produzirá efeitos em 2 de junho de 2026.",
				want: []string{rome + "|denounced|HUN|2026-06-02"}},
			{lang: "ja", text: "ハンガリーのローマ規程からの脱退は2026年6月2日に効力を生ずる。",
				want: []string{rome + "|denounced|HUN|2026-06-02"}},
		}},
		{kind: "entered into force", cells: []matrixCell{
			{lang: "en", text: "The Treaty on the Prohibition of Nuclear Weapons entered into force on 22 January 2021.",
				want: []string{tpnw + "|entered-into-force||2021-01-22"}},
			{lang: "fr", text: "Le Traité sur l'interdiction des armes nucléaires est entré en vigueur le 22 janvier 2021.",
				want: []string{tpnw + "|entered-into-force||2021-01-22"}},
			{lang: "es", text: "El Tratado sobre la Prohibición de las Armas Nucleares entró en vigor el 22 de enero de 2021.",
				want: []string{tpnw + "|entered-into-force||2021-01-22"}},
			{lang: "de", text: "Der Atomwaffenverbotsvertrag ist am 22. Januar 2021 in Kraft getreten.",
				want: []string{tpnw + "|entered-into-force||2021-01-22"}},
			{lang: "it", text: "Il Trattato sulla proibizione delle armi nucleari è entrato in vigore il 22 gennaio 2021.",
				want: []string{tpnw + "|entered-into-force||2021-01-22"}},
			{lang: "pt", text: "O Tratado sobre a Proibição de Armas Nucleares entrou em vigor em 22 de janeiro de 2021.",
				want: []string{tpnw + "|entered-into-force||2021-01-22"}},
			{lang: "ja", text: "核兵器禁止条約は2021年1月22日に発効した。",
				want: []string{tpnw + "|entered-into-force||2021-01-22"}},
		}},
		{kind: "came into force, in force since", cells: []matrixCell{
			{lang: "en", text: "The Arms Trade Treaty came into force on 24 December 2014.",
				want: []string{att + "|entered-into-force||2014-12-24"}},
			{lang: "fr", text: "Le Traité sur le commerce des armes est en vigueur depuis le 24 décembre 2014.",
				want: []string{att + "|entered-into-force||2014-12-24"}},
			{lang: "es", text: "El Tratado sobre el Comercio de Armas está vigente desde el 24 de diciembre de 2014.",
				want: []string{att + "|entered-into-force||2014-12-24"}},
			{lang: "de", text: "Der Waffenhandelsvertrag ist seit dem 24. Dezember 2014 in Kraft.",
				want: []string{att + "|entered-into-force||2014-12-24"}},
			{lang: "it", text: "Il Trattato sul commercio delle armi è in vigore dal 24 dicembre 2014.",
				want: []string{att + "|entered-into-force||2014-12-24"}},
			{lang: "pt", text: "O Tratado sobre o Comércio de Armas vigora desde 24 de dezembro de 2014.",
				want: []string{att + "|entered-into-force||2014-12-24"}},
			{lang: "ja", text: "武器貿易条約は2014年12月24日に効力を生じた。",
				want: []string{att + "|entered-into-force||2014-12-24"}},
		}},
		{kind: "will enter into force on a date", cells: []matrixCell{
			{lang: "en", text: "The High Seas Treaty will enter into force on 17 January 2026.",
				want: []string{bbnj + "|entered-into-force||2026-01-17"}},
			{lang: "fr", text: "Le traité sur la haute mer entrera en vigueur le 17 janvier 2026.",
				want: []string{bbnj + "|entered-into-force||2026-01-17"}},
			{lang: "es", text: "El Tratado de Alta Mar entrará en vigor el 17 de enero de 2026.",
				want: []string{bbnj + "|entered-into-force||2026-01-17"}},
			{lang: "de", text: "Das Hochseeschutzabkommen wird am 17. Januar 2026 in Kraft treten.",
				want: []string{bbnj + "|entered-into-force||2026-01-17"}},
			{lang: "it", text: "Il Trattato sull'alto mare entrerà in vigore il 17 gennaio 2026.",
				want: []string{bbnj + "|entered-into-force||2026-01-17"}},
			{lang: "pt", text: "O Tratado do Alto Mar entrará em vigor em 17 de janeiro de 2026.",
				want: []string{bbnj + "|entered-into-force||2026-01-17"}},
			{lang: "ja", text: "BBNJ協定は2026年1月17日に発効する。",
				want: []string{bbnj + "|entered-into-force||2026-01-17"}},
		}},
		{kind: "opened for signature", cells: []matrixCell{
			{lang: "en", text: "The Arms Trade Treaty was opened for signature on 3 June 2013.",
				want: []string{att + "|opened-for-signature||2013-06-03"}},
			{lang: "fr", text: "Le Traité sur le commerce des armes a été ouvert à la signature le 3 juin 2013.",
				want: []string{att + "|opened-for-signature||2013-06-03"}},
			{lang: "es", text: "El Tratado sobre el Comercio de Armas quedó abierto a la firma el 3 de junio de 2013.",
				want: []string{att + "|opened-for-signature||2013-06-03"}},
			{lang: "de", text: "Der Waffenhandelsvertrag wurde am 3. Juni 2013 zur Unterzeichnung aufgelegt.",
				want: []string{att + "|opened-for-signature||2013-06-03"}},
			{lang: "it", text: "Il Trattato sul commercio delle armi è stato aperto alla firma il 3 giugno 2013.",
				want: []string{att + "|opened-for-signature||2013-06-03"}},
			{lang: "pt", text: "O Tratado sobre o Comércio de Armas foi aberto à assinatura em 3 de junho de 2013.",
				want: []string{att + "|opened-for-signature||2013-06-03"}},
			{lang: "ja", text: "武器貿易条約は2013年6月3日に署名のために開放された。",
				want: []string{att + "|opened-for-signature||2013-06-03"}},
		}},
		{kind: "adopted", cells: []matrixCell{
			{lang: "en", text: "The UN General Assembly adopted the Arms Trade Treaty on 2 April 2013.",
				want: []string{att + "|adopted||2013-04-02"}},
			{lang: "fr", text: "L'Assemblée générale des Nations unies a adopté le Traité sur le commerce des armes le 2 avril 2013.",
				want: []string{att + "|adopted||2013-04-02"}},
			{lang: "es", text: "La Asamblea General de la ONU adoptó el Tratado sobre el Comercio de Armas el 2 de abril de 2013.",
				want: []string{att + "|adopted||2013-04-02"}},
			{lang: "de", text: "Die UN-Generalversammlung hat den Waffenhandelsvertrag am 2. April 2013 angenommen.",
				want: []string{att + "|adopted||2013-04-02"}},
			{lang: "it", text: "L'Assemblea generale delle Nazioni Unite ha adottato il Trattato sul commercio delle armi il 2 aprile 2013.",
				want: []string{att + "|adopted||2013-04-02"}},
			{lang: "pt", text: "A Assembleia Geral da ONU adotou o Tratado sobre o Comércio de Armas em 2 de abril de 2013.",
				want: []string{att + "|adopted||2013-04-02"}},
			{lang: "ja", text: "国連総会は2013年4月2日、武器貿易条約を採択した。",
				want: []string{att + "|adopted||2013-04-02"}},
		}},

		{kind: "in force, the verb apart from its particle", only: []string{"de"}, cells: []matrixCell{
			{lang: "de", text: "Das Kyoto-Protokoll trat am 16. Februar 2005 in Kraft.",
				want: []string{kyoto + "|entered-into-force||2005-02-16"}},
		}},

		// Counts.
		{kind: "became the Nth state to ratify, in words", cells: []matrixCell{
			{lang: "en", text: "Honduras became the fiftieth state to ratify the Treaty on the Prohibition of Nuclear Weapons on 24 October 2020.",
				want: []string{tpnw + "|party-count||2020-10-24|n=50", tpnw + "|ratified|HND|2020-10-24"}},
			{lang: "fr", text: "Le Honduras est devenu le cinquantième État à ratifier le Traité sur l'interdiction des armes nucléaires le 24 octobre 2020.",
				want: []string{tpnw + "|party-count||2020-10-24|n=50", tpnw + "|ratified|HND|2020-10-24"}},
			{lang: "es", text: "Honduras se convirtió el 24 de octubre de 2020 en el quincuagésimo Estado en ratificar el Tratado sobre la Prohibición de las Armas Nucleares.",
				want: []string{tpnw + "|party-count||2020-10-24|n=50", tpnw + "|ratified|HND|2020-10-24"}},
			{lang: "de", text: "Honduras hat den Atomwaffenverbotsvertrag am 24. Oktober 2020 als fünfzigster Staat ratifiziert.",
				want: []string{tpnw + "|party-count||2020-10-24|n=50", tpnw + "|ratified|HND|2020-10-24"}},
			{lang: "it", text: "Il 24 ottobre 2020 l'Honduras è diventato il cinquantesimo Stato a ratificare il Trattato sulla proibizione delle armi nucleari.",
				want: []string{tpnw + "|party-count||2020-10-24|n=50", tpnw + "|ratified|HND|2020-10-24"}},
			{lang: "pt", text: "Em 24 de outubro de 2020, Honduras tornou-se o quinquagésimo Estado a ratificar o Tratado sobre a Proibição de Armas Nucleares.",
				want: []string{tpnw + "|party-count||2020-10-24|n=50", tpnw + "|ratified|HND|2020-10-24"}},
			{lang: "ja", text: "ホンジュラスは2020年10月24日、50カ国目として核兵器禁止条約を批准した。",
				want: []string{tpnw + "|party-count||2020-10-24|n=50", tpnw + "|ratified|HND|2020-10-24"}},
		}},
		{kind: "became the Nth state to ratify, in digits", cells: []matrixCell{
			{lang: "en", text: "On 24 October 2020, Honduras became the 50th country to ratify the TPNW.",
				want: []string{tpnw + "|party-count||2020-10-24|n=50", tpnw + "|ratified|HND|2020-10-24"}},
			{lang: "fr", text: "Le 24 octobre 2020, le Honduras est devenu le 50e pays à ratifier le TIAN.",
				want: []string{tpnw + "|party-count||2020-10-24|n=50", tpnw + "|ratified|HND|2020-10-24"}},
			{lang: "es", text: "El 24 de octubre de 2020, Honduras se convirtió en el 50.º país en ratificar el TPAN.",
				want: []string{tpnw + "|party-count||2020-10-24|n=50", tpnw + "|ratified|HND|2020-10-24"}},
			{lang: "de", text: "Am 24. Oktober 2020 ratifizierte Honduras als 50. Staat den Atomwaffenverbotsvertrag.",
				want: []string{tpnw + "|party-count||2020-10-24|n=50", tpnw + "|ratified|HND|2020-10-24"}},
			{lang: "it", text: "Il 24 ottobre 2020 l'Honduras è diventato il 50° Paese a ratificare il Trattato sulla proibizione delle armi nucleari.",
				want: []string{tpnw + "|party-count||2020-10-24|n=50", tpnw + "|ratified|HND|2020-10-24"}},
			{lang: "pt", text: "Em 24 de outubro de 2020, Honduras tornou-se o 50º país a ratificar o Tratado sobre a Proibição de Armas Nucleares.",
				want: []string{tpnw + "|party-count||2020-10-24|n=50", tpnw + "|ratified|HND|2020-10-24"}},
			{lang: "ja", text: "2020年10月24日、ホンジュラスが50番目の国として核兵器禁止条約を批准した。",
				want: []string{tpnw + "|party-count||2020-10-24|n=50", tpnw + "|ratified|HND|2020-10-24"}},
		}},
		{kind: "bringing the number of parties to N", cells: []matrixCell{
			{lang: "en", text: "Honduras ratified the TPNW on 24 October 2020, bringing the number of states parties to 50.",
				want: []string{tpnw + "|party-count||2020-10-24|n=50", tpnw + "|ratified|HND|2020-10-24"}},
			{lang: "fr", text: "Le Honduras a ratifié le TIAN le 24 octobre 2020, portant à 50 le nombre d'États parties.",
				want: []string{tpnw + "|party-count||2020-10-24|n=50", tpnw + "|ratified|HND|2020-10-24"}},
			{lang: "ja", text: "ホンジュラスは2020年10月24日、核兵器禁止条約を批准した。これにより締約国は50か国となった。",
				want: []string{tpnw + "|party-count||2020-10-24|n=50", tpnw + "|ratified|HND|2020-10-24"}},
			{lang: "es", text: "Honduras ratificó el TPAN el 24 de octubre de 2020, con lo que el número de Estados partes llegó a 50.",
				want: []string{tpnw + "|party-count||2020-10-24|n=50", tpnw + "|ratified|HND|2020-10-24"}},
			{lang: "de", text: "Honduras ratifizierte den Atomwaffenverbotsvertrag am 24. Oktober 2020, womit die Zahl der Vertragsstaaten auf 50 stieg.",
				want: []string{tpnw + "|party-count||2020-10-24|n=50", tpnw + "|ratified|HND|2020-10-24"}},
			{lang: "it", text: "L'Honduras ha ratificato il Trattato sulla proibizione delle armi nucleari il 24 ottobre 2020, portando a 50 il numero degli Stati parte.",
				want: []string{tpnw + "|party-count||2020-10-24|n=50", tpnw + "|ratified|HND|2020-10-24"}},
			{lang: "pt", text: "Honduras ratificou o Tratado sobre a Proibição de Armas Nucleares em 24 de outubro de 2020, elevando para 50 o número de Estados-partes.",
				want: []string{tpnw + "|party-count||2020-10-24|n=50", tpnw + "|ratified|HND|2020-10-24"}},
		}},
		{kind: "N countries and the EU", cells: []matrixCell{
			{lang: "en", text: "The Paris Agreement has been ratified by 194 countries and the European Union.",
				want: []string{parisA + "|party-count||2025-10-03|n=195"}},
			{lang: "fr", text: "L'Accord de Paris a été ratifié par 194 pays et l'Union européenne.",
				want: []string{parisA + "|party-count||2025-10-03|n=195"}},
			{lang: "es", text: "El Acuerdo de París ha sido ratificado por 194 países y la Unión Europea.",
				want: []string{parisA + "|party-count||2025-10-03|n=195"}},
			{lang: "de", text: "Das Pariser Abkommen wurde von 194 Staaten und der Europäischen Union ratifiziert.",
				want: []string{parisA + "|party-count||2025-10-03|n=195"}},
			{lang: "it", text: "L'Accordo di Parigi è stato ratificato da 194 Paesi e dall'Unione europea.",
				want: []string{parisA + "|party-count||2025-10-03|n=195"}},
			{lang: "pt", text: "O Acordo de Paris foi ratificado por 194 países e pela União Europeia.",
				want: []string{parisA + "|party-count||2025-10-03|n=195"}},
			{lang: "ja", text: "パリ協定は194か国と欧州連合が批准している。",
				want: []string{parisA + "|party-count||2025-10-03|n=195"}},
		}},

		// Parties.
		{kind: "acts in a list of states", cells: []matrixCell{
			{lang: "en", text: "Argentina and Mexico ratified the Escazú Agreement on 22 January 2021.",
				want: []string{escazu + "|ratified|ARG|2021-01-22", escazu + "|ratified|MEX|2021-01-22"}},
			{lang: "fr", text: "L'Argentine et le Mexique ont ratifié l'Accord d'Escazú le 22 janvier 2021.",
				want: []string{escazu + "|ratified|ARG|2021-01-22", escazu + "|ratified|MEX|2021-01-22"}},
			{lang: "es", text: "Argentina y México ratificaron el Acuerdo de Escazú el 22 de enero de 2021.",
				want: []string{escazu + "|ratified|ARG|2021-01-22", escazu + "|ratified|MEX|2021-01-22"}},
			{lang: "de", text: "Argentinien und Mexiko haben das Escazú-Abkommen am 22. Januar 2021 ratifiziert.",
				want: []string{escazu + "|ratified|ARG|2021-01-22", escazu + "|ratified|MEX|2021-01-22"}},
			{lang: "it", text: "Argentina e Messico hanno ratificato l'Accordo di Escazú il 22 gennaio 2021.",
				want: []string{escazu + "|ratified|ARG|2021-01-22", escazu + "|ratified|MEX|2021-01-22"}},
			{lang: "pt", text: "Argentina e México ratificaram o Acordo de Escazú em 22 de janeiro de 2021.",
				want: []string{escazu + "|ratified|ARG|2021-01-22", escazu + "|ratified|MEX|2021-01-22"}},
			{lang: "ja", text: "アルゼンチンとメキシコは2021年1月22日、エスカズ協定を批准した。",
				want: []string{escazu + "|ratified|ARG|2021-01-22", escazu + "|ratified|MEX|2021-01-22"}},
		}},
		// The EU approves; pages say it ratified. The page's word is the fact.
		{kind: "the EU ratified", cells: []matrixCell{
			{lang: "en", text: "The European Union ratified the Paris Agreement on 5 October 2016.",
				want: []string{parisA + "|ratified|EUE|2016-10-05"}},
			{lang: "fr", text: "L'Union européenne a ratifié l'Accord de Paris le 5 octobre 2016.",
				want: []string{parisA + "|ratified|EUE|2016-10-05"}},
			{lang: "es", text: "La Unión Europea ratificó el Acuerdo de París el 5 de octubre de 2016.",
				want: []string{parisA + "|ratified|EUE|2016-10-05"}},
			{lang: "de", text: "Die EU hat das Pariser Abkommen am 5. Oktober 2016 ratifiziert.",
				want: []string{parisA + "|ratified|EUE|2016-10-05"}},
			{lang: "it", text: "L'Unione europea ha ratificato l'Accordo di Parigi il 5 ottobre 2016.",
				want: []string{parisA + "|ratified|EUE|2016-10-05"}},
			{lang: "pt", text: "A União Europeia ratificou o Acordo de Paris em 5 de outubro de 2016.",
				want: []string{parisA + "|ratified|EUE|2016-10-05"}},
			{lang: "ja", text: "EUは2016年10月5日にパリ協定を批准した。",
				want: []string{parisA + "|ratified|EUE|2016-10-05"}},
		}},

		// Dates.
		{kind: "a day named relative to the page", cells: []matrixCell{
			{lang: "en", pub: citewatch.DayDate(2020, 10, 25), text: "Honduras ratified the Treaty on the Prohibition of Nuclear Weapons yesterday.",
				want: []string{tpnw + "|ratified|HND|2020-10-24"}},
			{lang: "fr", pub: citewatch.DayDate(2020, 10, 26), text: "Le Honduras a ratifié samedi le Traité sur l'interdiction des armes nucléaires.",
				want: []string{tpnw + "|ratified|HND|2020-10-24"}},
			{lang: "es", pub: citewatch.DayDate(2020, 10, 24), text: "Honduras ratificó este sábado el Tratado sobre la Prohibición de las Armas Nucleares.",
				want: []string{tpnw + "|ratified|HND|2020-10-24"}},
			{lang: "de", pub: citewatch.DayDate(2020, 10, 25), text: "Honduras hat den Atomwaffenverbotsvertrag am Samstag ratifiziert.",
				want: []string{tpnw + "|ratified|HND|2020-10-24"}},
			{lang: "it", pub: citewatch.DayDate(2020, 10, 25), text: "Ieri l'Honduras ha ratificato il Trattato sulla proibizione delle armi nucleari.",
				want: []string{tpnw + "|ratified|HND|2020-10-24"}},
			{lang: "pt", pub: citewatch.DayDate(2020, 10, 24), text: "Honduras ratificou neste sábado o Tratado sobre a Proibição de Armas Nucleares.",
				want: []string{tpnw + "|ratified|HND|2020-10-24"}},
			{lang: "ja", pub: citewatch.DayDate(2020, 10, 25), text: "ホンジュラスが24日、核兵器禁止条約を批准した。",
				want: []string{tpnw + "|ratified|HND|2020-10-24"}},
		}},
		{kind: "a month named relative to the page", cells: []matrixCell{
			{lang: "en", pub: citewatch.DayDate(2021, 6, 15), text: "The Treaty on the Prohibition of Nuclear Weapons entered into force last January.",
				want: []string{tpnw + "|entered-into-force||2021-01"}},
			{lang: "fr", pub: citewatch.DayDate(2021, 6, 15), text: "Le Traité sur l'interdiction des armes nucléaires est entré en vigueur en janvier dernier.",
				want: []string{tpnw + "|entered-into-force||2021-01"}},
			{lang: "es", pub: citewatch.DayDate(2021, 6, 15), text: "El Tratado sobre la Prohibición de las Armas Nucleares entró en vigor el pasado mes de enero.",
				want: []string{tpnw + "|entered-into-force||2021-01"}},
			{lang: "de", pub: citewatch.DayDate(2021, 6, 15), text: "Der Atomwaffenverbotsvertrag ist im vergangenen Januar in Kraft getreten.",
				want: []string{tpnw + "|entered-into-force||2021-01"}},
			{lang: "it", pub: citewatch.DayDate(2021, 6, 15), text: "Il Trattato sulla proibizione delle armi nucleari è entrato in vigore lo scorso gennaio.",
				want: []string{tpnw + "|entered-into-force||2021-01"}},
			{lang: "pt", pub: citewatch.DayDate(2021, 6, 15), text: "O Tratado sobre a Proibição de Armas Nucleares entrou em vigor em janeiro passado.",
				want: []string{tpnw + "|entered-into-force||2021-01"}},
			{lang: "ja", pub: citewatch.DayDate(2022, 3, 1), text: "核兵器禁止条約は昨年1月に発効した。",
				want: []string{tpnw + "|entered-into-force||2021-01"}},
		}},
		{kind: "a Reiwa era year", only: []string{"ja"}, cells: []matrixCell{
			{lang: "ja", text: "核兵器禁止条約は令和3年1月22日に発効した。",
				want: []string{tpnw + "|entered-into-force||2021-01-22"}},
		}},
		{kind: "the first year of an era", only: []string{"ja"}, cells: []matrixCell{
			{lang: "ja", text: "米国は令和元年8月2日、中距離核戦力全廃条約から脱退した。",
				want: []string{"INF|denounced|USA|2019-08-02"}},
		}},
		{kind: "a Heisei era year", only: []string{"ja"}, cells: []matrixCell{
			{lang: "ja", text: "日本は平成28年2月2日に水俣条約を受諾した。",
				want: []string{minamata + "|accepted|JPN|2016-02-02"}},
		}},

		// Acts told with no date: known by the page's date, not done on it.
		{kind: "ratified by a list, undated", cells: []matrixCell{
			{lang: "en", text: "The Istanbul Convention has been ratified by Albania, Andorra and Austria.",
				want: undatedList(istanbul, "2025-10-03", "ALB", "AND", "AUT")},
			{lang: "fr", text: "La Convention d'Istanbul a été ratifiée par l'Albanie, l'Andorre et l'Autriche.",
				want: undatedList(istanbul, "2025-10-03", "ALB", "AND", "AUT")},
			{lang: "es", text: "El Convenio de Estambul ha sido ratificado por Albania, Andorra y Austria.",
				want: undatedList(istanbul, "2025-10-03", "ALB", "AND", "AUT")},
			{lang: "de", text: "Die Istanbul-Konvention wurde von Albanien, Andorra und Österreich ratifiziert.",
				want: undatedList(istanbul, "2025-10-03", "ALB", "AND", "AUT")},
			{lang: "it", text: "La Convenzione di Istanbul è stata ratificata da Albania, Andorra e Austria.",
				want: undatedList(istanbul, "2025-10-03", "ALB", "AND", "AUT")},
			{lang: "pt", text: "A Convenção de Istambul foi ratificada pela Albânia, por Andorra e pela Áustria.",
				want: undatedList(istanbul, "2025-10-03", "ALB", "AND", "AUT")},
			{lang: "ja", text: "イスタンブール条約はアルバニア、アンドラ、オーストリアが批准している。",
				want: undatedList(istanbul, "2025-10-03", "ALB", "AND", "AUT")},
		}},

		// Not acts.
		{kind: "an intention to ratify", cells: []matrixCell{
			{lang: "en", text: "The United Kingdom will ratify the High Seas Treaty next year."},
			{lang: "fr", text: "Le Royaume-Uni va ratifier le traité sur la haute mer l'an prochain."},
			{lang: "es", text: "El Reino Unido va a ratificar el Tratado de Alta Mar el próximo año."},
			{lang: "de", text: "Das Vereinigte Königreich will das Hochseeschutzabkommen im nächsten Jahr ratifizieren."},
			{lang: "it", text: "Il Regno Unito intende ratificare il Trattato sull'alto mare il prossimo anno."},
			{lang: "pt", text: "O Reino Unido vai ratificar o Tratado do Alto Mar no próximo ano."},
			{lang: "ja", text: "英国は来年、BBNJ協定を批准する方針だ。"},
		}},
		{kind: "a plan to sign", cells: []matrixCell{
			{lang: "en", pub: citewatch.DayDate(2025, 1, 15), text: "Japan plans to sign the AI Convention on 11 February 2025."},
			{lang: "fr", pub: citewatch.DayDate(2025, 1, 15), text: "Le Japon prévoit de signer la Convention-cadre sur l'intelligence artificielle le 11 février 2025."},
			{lang: "es", pub: citewatch.DayDate(2025, 1, 15), text: "Japón prevé firmar el Convenio Marco sobre Inteligencia Artificial el 11 de febrero de 2025."},
			{lang: "de", pub: citewatch.DayDate(2025, 1, 15), text: "Japan plant, die KI-Konvention am 11. Februar 2025 zu unterzeichnen."},
			{lang: "it", pub: citewatch.DayDate(2025, 1, 15), text: "Il Giappone intende firmare la Convenzione quadro sull'intelligenza artificiale l'11 febbraio 2025."},
			{lang: "pt", pub: citewatch.DayDate(2025, 1, 15), text: "O Japão pretende assinar a Convenção-Quadro sobre Inteligência Artificial em 11 de fevereiro de 2025."},
			{lang: "ja", pub: citewatch.DayDate(2025, 1, 15), text: "日本は2025年2月11日にAI条約に署名する予定だ。"},
		}},
		{kind: "a senate's vote told apart from the state's act", cells: []matrixCell{
			{lang: "en", text: "Mexico's Senate approved the Escazú Agreement on 5 November 2020."},
			{lang: "fr", text: "Le Sénat mexicain a approuvé l'Accord d'Escazú le 5 novembre 2020."},
			{lang: "es", text: "El Senado de México aprobó el Acuerdo de Escazú el 5 de noviembre de 2020."},
			{lang: "de", text: "Der mexikanische Senat billigte das Escazú-Abkommen am 5. November 2020."},
			{lang: "it", text: "Il Senato messicano ha approvato l'Accordo di Escazú il 5 novembre 2020."},
			{lang: "pt", text: "O Senado mexicano aprovou o Acordo de Escazú em 5 de novembro de 2020."},
			{lang: "ja", text: "メキシコ上院は2020年11月5日、エスカズ協定を承認した。"},
		}},
		{kind: "not yet in force", cells: []matrixCell{
			{lang: "en", text: "The Comprehensive Nuclear-Test-Ban Treaty has still not entered into force."},
			{lang: "fr", text: "Le Traité d'interdiction complète des essais nucléaires n'est toujours pas entré en vigueur."},
			{lang: "es", text: "El Tratado de Prohibición Completa de los Ensayos Nucleares aún no ha entrado en vigor."},
			{lang: "de", text: "Der Kernwaffenteststopp-Vertrag ist noch nicht in Kraft getreten."},
			{lang: "it", text: "Il Trattato sulla messa al bando totale degli esperimenti nucleari non è ancora entrato in vigore."},
			{lang: "pt", text: "O Tratado de Proibição Completa de Testes Nucleares ainda não entrou em vigor."},
			{lang: "ja", text: "包括的核実験禁止条約はまだ発効していない。"},
		}},
		{kind: "joined something other than a treaty", cells: []matrixCell{
			{lang: "en", text: "Nicaragua joined the debate on the Paris Agreement in December 2015."},
			{lang: "fr", text: "Le Nicaragua a rejoint le débat sur l'Accord de Paris en décembre 2015."},
			{lang: "es", text: "Nicaragua se sumó al debate sobre el Acuerdo de París en diciembre de 2015."},
			{lang: "de", text: "Nicaragua trat dem Bündnis für das Pariser Abkommen im Dezember 2015 bei."},
			{lang: "it", text: "Il Nicaragua ha partecipato al dibattito sull'Accordo di Parigi nel dicembre 2015."},
			{lang: "pt", text: "A Nicarágua juntou-se ao debate sobre o Acordo de Paris em dezembro de 2015."},
			{lang: "ja", text: "ニカラグアは2015年12月、パリ協定をめぐる議論に参加した。"},
		}},
		{kind: "left something other than a treaty", cells: []matrixCell{
			{lang: "en", text: "The Philippine delegation left the room during the debate on the Rome Statute."},
			{lang: "fr", text: "La délégation philippine a quitté la salle pendant le débat sur le Statut de Rome."},
			{lang: "es", text: "La delegación filipina abandonó la sala durante el debate sobre el Estatuto de Roma."},
			{lang: "de", text: "Die philippinische Delegation verließ den Saal während der Debatte über das Römische Statut."},
			{lang: "it", text: "La delegazione filippina è uscita dalla sala durante il dibattito sullo Statuto di Roma."},
			{lang: "pt", text: "A delegação filipina saiu da sala durante o debate sobre o Estatuto de Roma."},
			{lang: "ja", text: "フィリピン代表団は、ローマ規程をめぐる討論の途中で退席した。"},
		}},
		{kind: "an executive order to leave", cells: []matrixCell{
			{lang: "en", text: "On 20 January 2025, Donald Trump signed an executive order withdrawing the United States from the Paris Agreement."},
			{lang: "fr", text: "Le 20 janvier 2025, Donald Trump a signé un décret retirant les États-Unis de l'Accord de Paris."},
			{lang: "es", text: "El 20 de enero de 2025, Donald Trump firmó una orden ejecutiva para retirar a Estados Unidos del Acuerdo de París."},
			{lang: "de", text: "Am 20. Januar 2025 unterzeichnete Donald Trump ein Dekret zum Austritt der USA aus dem Pariser Abkommen."},
			{lang: "it", text: "Il 20 gennaio 2025 Donald Trump ha firmato un ordine esecutivo per ritirare gli Stati Uniti dall'Accordo di Parigi."},
			{lang: "pt", text: "Em 20 de janeiro de 2025, Donald Trump assinou uma ordem executiva para retirar os Estados Unidos do Acordo de Paris."},
			{lang: "ja", text: "トランプ米大統領は2025年1月20日、パリ協定から離脱する大統領令に署名した。"},
		}},
		{kind: "a cabinet's approval told apart from the state's act", cells: []matrixCell{
			{lang: "en", text: "Japan's cabinet approved the acceptance of the Minamata Convention."},
			{lang: "fr", text: "Le Conseil des ministres japonais a approuvé l'acceptation de la Convention de Minamata."},
			{lang: "es", text: "El Consejo de Ministros de Japón aprobó la aceptación del Convenio de Minamata."},
			{lang: "de", text: "Das japanische Kabinett billigte die Annahme des Minamata-Übereinkommens."},
			{lang: "it", text: "Il Consiglio dei ministri giapponese ha approvato l'accettazione della Convenzione di Minamata."},
			{lang: "pt", text: "O Conselho de Ministros do Japão aprovou a aceitação da Convenção de Minamata."},
			{lang: "ja", text: "政府は水俣条約の受諾を閣議決定した。"},
		}},
		{kind: "a threshold", cells: []matrixCell{
			{lang: "en", text: "The Treaty on the Prohibition of Nuclear Weapons enters into force 90 days after the 50th ratification.",
				want: []string{tpnw + "|entry-into-force-condition||"}},
			{lang: "fr", text: "Le Traité sur l'interdiction des armes nucléaires entre en vigueur 90 jours après la 50e ratification.",
				want: []string{tpnw + "|entry-into-force-condition||"}},
			{lang: "es", text: "El Tratado sobre la Prohibición de las Armas Nucleares entra en vigor 90 días después de la quincuagésima ratificación.",
				want: []string{tpnw + "|entry-into-force-condition||"}},
			{lang: "de", text: "Der Atomwaffenverbotsvertrag tritt 90 Tage nach der 50. Ratifikation in Kraft.",
				want: []string{tpnw + "|entry-into-force-condition||"}},
			{lang: "it", text: "Il Trattato sulla proibizione delle armi nucleari entra in vigore 90 giorni dopo la cinquantesima ratifica.",
				want: []string{tpnw + "|entry-into-force-condition||"}},
			{lang: "pt", text: "O Tratado sobre a Proibição de Armas Nucleares entra em vigor 90 dias após a 50.ª ratificação.",
				want: []string{tpnw + "|entry-into-force-condition||"}},
			{lang: "ja", text: "核兵器禁止条約は、50番目の批准書の寄託の後90日で発効する。",
				want: []string{tpnw + "|entry-into-force-condition||"}},
		}},
		{kind: "the year in a treaty's name", cells: []matrixCell{
			{lang: "en", text: "Russia ratified the 1997 Kyoto Protocol in November 2004.",
				want: []string{kyoto + "|ratified|RUS|2004-11"}},
			{lang: "fr", text: "La Russie a ratifié en novembre 2004 le protocole de Kyoto de 1997.",
				want: []string{kyoto + "|ratified|RUS|2004-11"}},
			{lang: "es", text: "Rusia ratificó en noviembre de 2004 el Protocolo de Kioto de 1997.",
				want: []string{kyoto + "|ratified|RUS|2004-11"}},
			{lang: "de", text: "Russland hat das Kyoto-Protokoll von 1997 im November 2004 ratifiziert.",
				want: []string{kyoto + "|ratified|RUS|2004-11"}},
			{lang: "it", text: "La Russia ha ratificato nel novembre 2004 il Protocollo di Kyoto del 1997.",
				want: []string{kyoto + "|ratified|RUS|2004-11"}},
			{lang: "pt", text: "A Rússia ratificou em novembro de 2004 o Protocolo de Quioto, de 1997.",
				want: []string{kyoto + "|ratified|RUS|2004-11"}},
			{lang: "ja", text: "ロシアは2004年11月、1997年の京都議定書を批准した。",
				want: []string{kyoto + "|ratified|RUS|2004-11"}},
		}},
	}
}

// undatedList is the facts of parties known to have done an act by the
// page's date.
func undatedList(treaty, asOf string, parties ...string) []string {
	var out []string
	for _, p := range parties {
		out = append(out, treaty+"|ratified|"+p+"||asof="+asOf)
	}
	return out
}

// TestLanguageMatrix checks each kind of statement real pages make in
// each language it concerns, on sentences of our own.
func TestLanguageMatrix(t *testing.T) {
	x := New(testLogger())
	page := citewatch.DayDate(2025, 10, 3) // the matrix's page date, a Friday
	for _, k := range languageMatrix() {
		for _, c := range k.cells {
			pub := c.pub
			if pub.IsZero() {
				pub = page
			}
			expectFacts(t, x, k.kind+" ("+c.lang+")", c.text, pub, c.want)
		}
	}
}

// TestLanguageMatrixIsComplete checks that every kind has a cell in every
// language it concerns, or is listed as a gap, and no cell twice.
func TestLanguageMatrixIsComplete(t *testing.T) {
	for _, k := range languageMatrix() {
		langs := matrixLanguages
		if k.only != nil {
			langs = k.only
		}
		seen := map[string]bool{}
		for _, c := range k.cells {
			if seen[c.lang] {
				t.Errorf("%s: two cells in %s", k.kind, c.lang)
			}
			seen[c.lang] = true
			if !slices.Contains(langs, c.lang) {
				t.Errorf("%s: a cell in %s, which the kind does not concern", k.kind, c.lang)
			}
			if _, ok := matrixGaps[k.kind+"/"+c.lang]; ok {
				t.Errorf("%s (%s): both a cell and a gap", k.kind, c.lang)
			}
		}
		for _, l := range langs {
			if _, gap := matrixGaps[k.kind+"/"+l]; !seen[l] && !gap {
				t.Errorf("%s: no cell in %s, and no gap listed", k.kind, l)
			}
		}
	}
}
