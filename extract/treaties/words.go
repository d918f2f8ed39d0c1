package treaties

import "strings"

// The words treaty titles are made of, per language (en, fr, es, de, it,
// pt; Japanese titles are read in open.go). They are language, not facts:
// adding a language is adding rows here.

// headKind tells what a head word allows.
type headKind uint8

const (
	headTreaty   headKind = iota
	headProtocol          // a protocol or amendment: "... to the Convention"
)

// heads are the nouns a treaty's title is built on, lower-cased, with the
// form a derived id uses (the German genitive "Abkommens" is "abkommen").
var heads = map[string]struct {
	base string
	kind headKind
}{
	// English
	"convention": {"convention", headTreaty}, "treaty": {"treaty", headTreaty}, "agreement": {"agreement", headTreaty},
	"protocol": {"protocol", headProtocol}, "amendment": {"amendment", headProtocol}, "amendments": {"amendments", headProtocol},
	"accord": {"accord", headTreaty}, "charter": {"charter", headTreaty}, "covenant": {"covenant", headTreaty},
	"statute": {"statute", headTreaty}, "pact": {"pact", headTreaty},
	// French
	"traité": {"traité", headTreaty}, "protocole": {"protocole", headProtocol}, "amendement": {"amendement", headProtocol},
	"amendements": {"amendements", headProtocol}, "charte": {"charte", headTreaty}, "pacte": {"pacte", headTreaty},
	"statut": {"statut", headTreaty}, "convention-cadre": {"convention-cadre", headTreaty},
	// Spanish
	"convenio": {"convenio", headTreaty}, "convención": {"convención", headTreaty}, "tratado": {"tratado", headTreaty},
	"acuerdo": {"acuerdo", headTreaty}, "protocolo": {"protocolo", headProtocol}, "enmienda": {"enmienda", headProtocol},
	"enmiendas": {"enmiendas", headProtocol}, "pacto": {"pacto", headTreaty}, "estatuto": {"estatuto", headTreaty},
	// German
	"übereinkommen": {"übereinkommen", headTreaty}, "übereinkommens": {"übereinkommen", headTreaty},
	"abkommen": {"abkommen", headTreaty}, "abkommens": {"abkommen", headTreaty},
	"vertrag": {"vertrag", headTreaty}, "vertrags": {"vertrag", headTreaty}, "vertrages": {"vertrag", headTreaty},
	"konvention": {"konvention", headTreaty}, "protokoll": {"protokoll", headProtocol}, "protokolls": {"protokoll", headProtocol},
	"zusatzprotokoll": {"zusatzprotokoll", headProtocol}, "zusatzprotokolls": {"zusatzprotokoll", headProtocol},
	"änderung": {"änderung", headProtocol}, "charta": {"charta", headTreaty}, "pakt": {"pakt", headTreaty},
	"rahmenübereinkommen": {"rahmenübereinkommen", headTreaty}, "rahmenübereinkommens": {"rahmenübereinkommen", headTreaty},
	// Italian
	"convenzione": {"convenzione", headTreaty}, "trattato": {"trattato", headTreaty}, "accordo": {"accordo", headTreaty},
	"protocollo": {"protocollo", headProtocol}, "emendamento": {"emendamento", headProtocol}, "emendamenti": {"emendamenti", headProtocol},
	"patto": {"patto", headTreaty}, "statuto": {"statuto", headTreaty},
	// Portuguese
	"convenção": {"convenção", headTreaty}, "acordo": {"acordo", headTreaty}, "emenda": {"emenda", headProtocol},
	"emendas": {"emendas", headProtocol}, "convenção-quadro": {"convenção-quadro", headTreaty},
}

// germanHeads end a German compound that names a treaty
// ("Hochseeschutzabkommen", "Minamata-Übereinkommen"); a compound of
// "-vertrag" names one only when hyphenated ("INF-Vertrag"), since plain
// compounds of it are mostly private contracts.
var germanHeads = []string{"übereinkommens", "übereinkommen", "abkommens", "abkommen", "konvention", "protokolls", "protokoll"}

// genericCompounds are German compounds that name a kind of treaty, not
// one ("das Rahmenübereinkommen", "ein Freihandelsabkommen").
var genericCompounds = map[string]bool{
	"rahmenübereinkommen": true, "zusatzprotokoll": true, "änderungsprotokoll": true, "freihandelsabkommen": true,
	"handelsabkommen": true, "partnerschaftsabkommen": true, "assoziierungsabkommen": true, "umsetzungsabkommen": true,
	"übereinkommen": true, "abkommen": true, "rahmenabkommen": true, "zusatzabkommen": true, "durchführungsabkommen": true,
}

// connectors join a head to the rest of its title in English: "Treaty on
// ...", "Protocol to ...". "to" only follows a protocol or amendment.
var connectors = map[string]bool{
	"on": true, "of": true, "for": true, "against": true, "concerning": true, "between": true,
	"under": true, "regarding": true, "establishing": true, "amending": true, "relating": true, "to": true,
}

// titleGlue are the lower-case words an English title-case title keeps
// between its capitalised words.
var titleGlue = map[string]bool{
	"of": true, "the": true, "and": true, "on": true, "in": true, "for": true, "to": true, "against": true,
	"with": true, "from": true, "by": true, "beyond": true, "their": true, "its": true, "at": true, "under": true,
	"within": true, "a": true, "an": true, "or": true, "concerning": true, "relating": true, "that": true,
	"which": true, "through": true, "between": true, "other": true, "all": true, "certain": true, "may": true, "be": true,
}

// notPremod are capitalised words that do not start a title: articles,
// prepositions and pronouns at a sentence's start, and the verbs and
// adverbs of a headline ("Finland Leaves Ottawa Convention").
var notPremod = wordSet(`the a an this that these those its their his her our your my under in on for by with to from
at as after before since during while when and or but of about over into toward towards against per via
el la le les los las il lo gli der die das den dem des ein eine o os um uma un une una
ratifies ratified ratify signs signed sign joins joined join leaves left leave quits quit exits exit adopts adopted adopt
approves approved approve enters entered enter accedes acceded withdraws withdrew withdraw rejoins rejoined backs backed
officially formally finally says said announces announced marks marked celebrates welcomes hails urges calls new
why how what who where which whose if yes no not nor also only now today yesterday tomorrow`)

// weakPremod are words that do not make a title on their own: "the UN
// Treaty", "the Landmark Agreement" are general references.
var weakPremod = wordSet(`un u.n. united nations who international global landmark historic first legally binding framework
proposed draft new european world universal multilateral regional bilateral general additional optional
comprehensive final interim first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth
thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth twentieth twenty-first twenty-second`)

// notTreatyPremod are words before a head that make it something other
// than a treaty: a party convention, a company's agreement, a state's
// constitution ("Democratic National Convention", "Merger Agreement").
var notTreatyPremod = wordSet(`national constitutional democratic republican city county municipal user merger license licence
purchase settlement plea service services employment lease loan collective bargaining prenuptial fest festival comic
annual film anime gaming music sales distribution confidentiality non-disclosure nondisclosure separation franchise
shareholder shareholders shareholders' investment credit rental tenancy partnership-agreement club league union's`)

// notComplement are words that end a title's complement before it starts:
// "the Agreement of the Parties", "the Convention on Monday".
var notComplement = wordSet(`parties party states state member members secretariat signatories signatory government governments
constitution constitución constituição costituzione verfassung
monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september
october november december behalf`)

// romConnectors join a head to its complement in French, Spanish,
// Italian, Portuguese and German; "relative", "portant" and the like need
// the next word too ("relative à", "portant sur").
var romConnectors = wordSet(`sur de du des d' pour contre concernant sobre del para contra sul sulla sullo sui sulle di della dello
dei delle degli dell' sull' per contro do da dos das über zur zum von gegen zwischen der entre tra fra`)

var romTwoWord = map[string]wordSetT{
	"relative": wordSet(`à aux au`), "relatif": wordSet(`à aux au`), "relativa": wordSet(`a al à ao aos`),
	"relativo": wordSet(`a al à ao aos`), "portant": wordSet(`sur`), "visant": wordSet(`à`),
}

// romTo joins a protocol or amendment to its treaty: "Protocole à la
// Convention", "Protocolo al Convenio", "Zusatzprotokoll zum
// Übereinkommen".
var romTo = wordSet(`à au aux al a alla allo ao zum zur`)

// romArticles may follow a connector or conjunction.
var romArticles = wordSet(`la le les l' el los las il lo gli i o a os as die der das den dem des une un una um uma`)

// romAnd continue a complement: "sur la conservation et l'utilisation".
var romAnd = wordSet(`et y e ed und`)

// romAfterHead are adjectives that may follow a head before its
// complement: "Protocole additionnel à", "Convenio Marco sobre".
var romAfterHead = wordSet(`additionnel additionnelle facultatif facultative adicional facultativo marco quadro addizionale
opzionale facoltativo regional régional régionale européen européenne europeo europea europeu europeia
internacional international internationale internazionale mondial mondiale global universal universel
universelle général générale general generale americana americano interamericana interamericano américaine
américain africaine africain africana africano árabe arabe araba andina andino centroamericana centroamericano
iberoamericana iberoamericano asiatique asiática asiatica nordique nórdica nordica`)

// romOrdinals may precede a protocol: "Deuxième Protocole additionnel",
// "Segundo Protocolo", "Zweites Zusatzprotokoll".
var romOrdinals = wordSet(`premier premiere première deuxième second seconde troisième quatrième primer primero segundo
tercer tercero cuarto primo secondo terzo quarto primeiro terceiro erstes zweites drittes ersten zweiten dritten`)

// romStop end a complement: verbs, auxiliaries, pronouns, adverbs and
// prepositions that do not occur inside titles.
var romStop = wordSet(`a ont est sont été était étaient sera seront fut qui que qu' dont par avec depuis ce cette ces il elle ils
elles en ne n' se s' y lors après avant pendant mais car donc ou comme afin ainsi aussi déjà désormais également
officiellement jusqu' dans entrera entre entré entrée
ha han he hemos fue fueron es son será serán está están estaba entró entrará que quien cuyo cuya por con desde en se lo
pero este esta ya también tras durante hasta según como cuando donde
hanno è sono stato stata stati sarà saranno era che cui con in si ma anche già dopo prima durante mentre come quando
foi foram é são será serão está estão era entrou entrará que cujo com em se já também após antes durante quando como
ist sind wurde wurden hat haben wird werden war waren im am in seit mit durch als auch bereits nun noch nicht
ab bis nach vor unterzeichnet ratifiziert trat tritt treten`)

func wordSet(list string) wordSetT {
	m := wordSetT{}
	for _, w := range strings.Fields(list) {
		m[w] = true
	}
	return m
}

type wordSetT = map[string]bool

// determiners start a general reference to a treaty: "the Convention",
// "le traité", "das Abkommen", "l'accordo".
var determiners = wordSet(`the this that la cette le ce du au die dieses diesem dieser das dem den der des el este esta dicho
dicha del al il lo questo questa dello della allo alla nello nella sul sullo sulla o a esse essa do da ao à no na
l' dell' all' sull' nell'`)

// genericMods may stand between a determiner and a head in a general
// reference: "the new treaty", "le futur traité", "das neue Abkommen".
var genericMods = wordSet(`framework ai new landmark international global first historic legally binding un u.n. who climate
nuclear ocean plastics plastic nouveau nouvel nouvelle futur premier historique mondial nuevo histórico primer mundial
neue neuen internationale internationalen nuovo storico primo novo primeiro`)
