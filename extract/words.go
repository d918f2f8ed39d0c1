package extract

import (
	"github.com/citewatch/citewatch"
)

// rankOrdinalEn and rankOrdinalRom are the ranks a state may become a
// party at ("the 193rd State Party", "le 15e État partie", "el 15.º
// Estado parte"): digits with an ordinal's ending, the first few in words,
// the latest. Small on purpose: the act rows run at many word starts.
const (
	rankOrdinalEn  = `\d{1,3}(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|latest|newest|last`
	rankOrdinalRom = `\d{1,3}(?:e|er|re|ème|eme|ᵉ|ᵉʳ|\.?º|\.?ª|°)|premier|première|dernier|primer|primero|último|primo|ultimo|primeiro`
)

// The words the sentence rules read, one table per language. Everything
// the rules match is built from these rows (see lexicon.go): adding a
// language, or a way of writing an act, is adding rows here.
//
// An act row is a regular-expression fragment, written in lower case and
// matched case-insensitively at word boundaries (in Japanese, anywhere).
// Its needs are pieces of text, one of which every match holds (space
// separated), for a cheap check before the expressions run; they may be
// left out when the fragment starts with plain letters.

// Aliases for the events, to keep the tables narrow.
const (
	opened    = citewatch.EventOpened
	inForce   = citewatch.EventEnteredIntoForce
	adopted   = citewatch.EventAdopted
	signed    = citewatch.EventSigned
	ratified  = citewatch.EventRatified
	accepted  = citewatch.EventAccepted
	approved  = citewatch.EventApproved
	acceded   = citewatch.EventAcceded
	denounced = citewatch.EventDenounced
	drafted   = citewatch.EventNegotiatedBy
)

var englishWords = lexicon{
	lang:   "en",
	approx: []string{`nearly`, `almost`, `about`, `around`, `some`, `roughly`, `approximately`, `more\s+than`, `over`, `close\s+to`, `upwards\s+of`, `fewer\s+than`, `less\s+than`},
	acts: []actRow{
		{event: opened, expr: `open(?:ed|s|ing)?\s+for\s+signature`},
		{event: opened, expr: `opening\s+of\s+the\s+treaty`},
		{event: inForce, expr: `enter(?:ed|s|ing)?\s+into\s+force`},
		{event: inForce, expr: `entry\s+into\s+force`},
		{event: inForce, expr: `(?:came|come|comes|coming)\s+into\s+force`, needs: "force"},
		{event: inForce, expr: `in\s+force\s+since`, needs: "force"},
		{event: inForce, expr: `(?:take|takes|took|taken|taking)\s+effect`, needs: "effect"},
		{event: inForce, expr: `(?:go|goes|went|gone|going)\s+into\s+effect`, needs: "effect"},
		// "becomes legally binding on 17 January", "became effective for Peru".
		{event: inForce, expr: `(?:become|becomes|became|becoming)\s+(?:a\s+)?(?:legally\s+)?(?:binding|effective)`, needs: "bec"},
		// "Norway has been a party to the Agreement since 4 November
		// 2016", "has been a signatory since April 2016": a state that
		// holds since a day, told with the day it began.
		{event: inForce, expr: `(?:has|have|had)\s+been\s+(?:a\s+)?(?:state\s+)?part(?:y|ies)(?:\s+to\s+[^.;,]{1,120}?)?\s+since`, needs: "been", subject: true},
		{event: signed, expr: `(?:has|have|had)\s+been\s+(?:a\s+)?signator(?:y|ies)(?:\s+(?:to|of)\s+[^.;,]{1,120}?)?\s+since`, needs: "been"},
		// "Ukraine became a party on 1 June 2006": the party is the subject.
		{event: inForce, expr: `(?:become|becomes|became|becoming)\s+(?:a\s+)?(?:state\s+)?party`, needs: "bec", subject: true},
		// "Angola became the 193rd State Party to the Convention on 16
		// September": the same with its rank, which a running total
		// reads. Not "the 20th party to ratify it" (the act is the
		// ratification) nor "the 70th future Party" (not yet in force).
		{event: inForce, expr: `(?:become|becomes|became|becoming)\s+the\s+(?:` + rankOrdinalEn + `)\s+(?:new\s+)?(?:states?\s+)?party(?:\s+to\s+(?:the|it|this|that|its)\b|\s+(?:on|in|since)\b|\s*[,;.)])`, needs: "bec", subject: true},
		{event: adopted, expr: `adopted`},
		{event: adopted, expr: `adoption`},
		// "The convention was first agreed in 2012", "was negotiated at a
		// conference in May 2013": a treaty told agreed, the end of its negotiation.
		{event: adopted, expr: `(?:was|were)\s+(?:first\s+|finally\s+|\p{L}+ly\s+)?(?:agreed|concluded|negotiated)\s+(?:in|at|on)`, needs: "agreed concluded negotiated"},
		{event: signed, expr: `sign(?:ed|s|atory|atories|atures?)?`},
		{event: signed, expr: `put\s+(?:their|its|her|his)\s+(?:names?|signatures?)\s+to`, needs: "put"},
		{event: signed, expr: `put\s+pen\s+to\s+paper`, needs: "put"},
		{event: signed, expr: `ink(?:ed|s)`, needs: "ink"},
		{event: ratified, expr: `ratif(?:y|ied|ies|ying|ications?)`},
		{event: accepted, expr: `accept(?:ed|ance)`},
		{event: approved, expr: `approv(?:ed|al)`},
		{event: acceded, expr: `acced(?:ed|es)`},
		{event: acceded, expr: `accession`},
		// "Panama joined the Escazú Agreement": only with a treaty as object.
		{event: acceded, expr: `(?:re)?join(?:ed|s)`, needs: "join", object: true},
		{event: denounced, expr: `denounc(?:ed|es)`},
		{event: denounced, expr: `denunciation`},
		{event: denounced, expr: `withdr(?:ew|awn|awal|aws|aw|awing)`},
		{event: denounced, expr: `left\s+(?:it|the\s+(?:convention|treaty|agreement|accord|pact|protocol))`, needs: "left"},
		{event: denounced, expr: `(?:pulled|pulls|pulling)\s+out\s+of`, needs: "pull"},
		{event: denounced, expr: `(?:exited|exits|quit|quits|left|leaves)`, object: true, needs: "exit quit left leaves"},
		{event: denounced, expr: `exit`, object: true},
		// "removed itself from the Convention", "ended its participation in".
		{event: denounced, expr: `remov(?:ed|es|ing)\s+(?:itself|themselves)\s+from`, needs: "remov"},
		{event: denounced, expr: `end(?:ed|s|ing)\s+(?:its|their)\s+(?:participation|membership)\s+in`, object: true, needs: "end"},
		{event: denounced, expr: `end(?:ed|s)\s+(?:its|their)\s+(?:participation|membership)\s+(?:on|as\s+of|with\s+effect\s+from)`, needs: "end"},
		// "as of 1 May it will no longer be bound by the convention": a withdrawal taking effect.
		{event: denounced, expr: `no\s+longer\s+(?:be\s+|is\s+|are\s+)?(?:legally\s+)?bound\s+by`, needs: "longer"},
		{event: denounced, expr: `ceas(?:e|es|ed|ing)\s+to\s+be\s+(?:legally\s+)?bound\s+by`, needs: "ceas"},
		{event: drafted, expr: `negotiat(?:ed|ing|ion|ions)`},
		{event: drafted, expr: `draft(?:ed|ing)?`},
	},
	nounEndings:   []string{"tion", "tions", "sion", "ure", "ures", "ance", "oval", "awal", "atory"},
	finiteEndings: []string{"ed"},
	listGlue:      []string{"and", "as well as", "along with", "together with", "the", "or", "both", "also"},
	near: []string{`not`, `\p{L}*n['’]t`, `for`, `never`, `yet\s+to`, `to`, `will`, `would`, `could`, `may`, `might`, `should`, `must`,
		`intends?`, `plans?`, `expected`, `whether`, `process\s+of`, `towards?`, `if`, `unless`, `once`, `after`, `upon`, `without`,
		`neither`, `nor`},
	fillers: []string{`be`, `been`, `have`, `has`, `yet`, `soon`, `also`, `formally`, `shortly`, `later`, `swiftly`, `its`, `their`, `the`},
	intent: []string{`would`, `will`, `could`, `might`, `intends?`, `plans?`, `expected`, `hopes?`, `wants?`, `aims?`,
		`propos(?:ed|es|e)`, `suggest(?:ed|s)?`, `recommend(?:ed|s)?`, `urg(?:ed|es|e)`, `asked`, `decided`,
		`pledged`, `promised`, `vowed`, `seeks?`, `preparing`, `poised`},
	organs: []string{`parliament`, `parliamentary`, `lawmakers`, `legislators`, `legislature`, `senate`, `senators`, `congress`,
		`house\s+of\s+(?:representatives|commons|lords)`, `sejm`, `duma`, `bundestag`, `knesset`, `diet`, `cabinet`,
		`council\s+of\s+ministers`, `court`, `mps`, `deputies`, `national\s+assembly`, `upper\s+house`, `lower\s+house`},
	orders: []string{`executive\s+orders?`, `decrees?`, `bills?`, `laws?`, `memorand(?:um|a)`, `proclamations?`, `orders?`},
	eifRule: []string{`consent to be bound`, `following the expiration`, `period of (?:three|\w+|\d+) months`,
		`\b(?:\d+|` + numberWordRE + `)\s+(?:ratifications|signatories|states|countries)`, `instruments? of ratification`,
		`after the date on which`, `once (?:it has been )?ratified`, `after (?:at least )?(?:five|\w+) (?:states|countries|parties)\b`},
	eifOrdinal: []string{`(?:instrument\s+of\s+)?ratification`},
}

var frenchWords = lexicon{
	lang:   "fr",
	approx: []string{`près\s+de`, `environ`, `plus\s+de`, `quelque`, `quelques`, `moins\s+de`},
	acts: []actRow{
		{event: opened, expr: `(?:dès|depuis)\s+son\s+ouverture`, needs: "ouverture"},
		{event: opened, expr: `ouverte?s?\s+(?:à\s+la\s+signature|aux\s+signatures)`},
		{event: opened, expr: `ouverture\s+(?:à\s+la\s+signature|du\s+traité)`},
		{event: inForce, expr: `entr(?:ée?s?|era|eront|ent|ait|er|e|é)\s+en\s+vigueur`},
		{event: inForce, expr: `en\s+vigueur\s+depuis`, needs: "vigueur"},
		// "la Norvège est partie à l'Accord depuis le 4 novembre 2016".
		{event: inForce, expr: `est\s+(?:état\s+)?partie\s+(?:(?:à|au|aux)\s+[^.;,]{1,120}?\s+)?depuis`, needs: "depuis", subject: true},
		{event: signed, expr: `(?:est|sont)\s+signataires?\s+(?:(?:de|du|des)\s+[^.;,]{1,120}?\s+)?depuis`, needs: "signataire"},
		{event: inForce, expr: `(?:prend|prendra|prennent|prendront|a\s+pris|prenait)\s+effet`, needs: "effet"},
		// "deviendra juridiquement contraignant le 3 mai".
		{event: inForce, expr: `dev(?:ient|iendra|iendront|enu|enue|int)\s+(?:juridiquement\s+)?contraignante?`, needs: "contraignant"},
		// "le Chili est devenu le 15e État partie le 13 juin": one state
		// becoming a party (not "52 États sont devenus parties", a count).
		{event: inForce, expr: `(?:est\s+devenue?|devenant(?:\s+ainsi)?)\s+(?:(?:le|la)\s+(?:` + rankOrdinalRom + `)\s+|(?:un|une)\s+)?(?:nouvel\s+|nouveau\s+)?(?:état\s+)?partie\b`, needs: "devenu devenant", subject: true},
		{event: adopted, expr: `adopt(?:ée?s?|é|ant)`},
		{event: signed, expr: `sign(?:ée?s?|é|ataire|atures?)`},
		{event: signed, expr: `signer`, infinitive: true},
		{event: ratified, expr: `ratifi(?:ée?s?|é|cations?)`},
		{event: ratified, expr: `ratifier`, infinitive: true},
		{event: accepted, expr: `accept(?:ée?s?|é|ation)`},
		{event: approved, expr: `approuv(?:ée?s?|é)`},
		{event: approved, expr: `approbation`},
		{event: acceded, expr: `adh(?:éré|ésion)`, needs: "adhé"},
		// "a rejoint l'Accord de Paris": only with a treaty as object.
		{event: acceded, expr: `rejoint`, object: true},
		{event: denounced, expr: `dénonc(?:ée?s?|é|iation)`},
		{event: denounced, expr: `retrait`},
		{event: denounced, expr: `se\s+retire`, needs: "retir"},
		{event: denounced, expr: `s['’](?:en\s+)?(?:est|sont)\s+(?:\p{L}+ment\s+)?retirée?s?`, needs: "retir"},
		// "ont quitté la Cour pénale internationale".
		{event: denounced, expr: `quitt(?:é|ée|és|ées|e|ent)`, needs: "quitt", object: true},
		{event: denounced, expr: `cess(?:e|era|ent|eront|é)\s+d['’]être\s+liée?s?\s+par`, needs: "cess"},
		{event: drafted, expr: `négoci(?:é|ée|és|er|ation|ations)`},
	},
	nounEndings:   []string{"tion", "tions", "sion", "ure", "ures", "ance", "trait", "ataire"},
	finiteEndings: []string{"é", "ée", "és", "ées"},
	listGlue:      []string{"et", "ainsi que", "par", "l'", "l’", "la", "le", "les", "des", "de", "du", "de la", "ou"},
	near:          []string{`à\s+l['’]`, `à\s+la`, `afin\s+de`, `après\s+(?:l['’]|les\s+)?avoir`, `avant\s+de`, `sans`, `pas`, `va`, `vont`, `pour`, `ni`},
	fillers:       []string{`encore`, `déjà`, `jamais`, `être`, `été`},
	intent: []string{`propos(?:é|e)`, `recommand(?:é|e)`, `décidé`, `prévoit\s+de`, `envisage\s+de`, `compte`, `entend`, `souhaite`,
		`devrait`, `devra`, `pourrait`, `veut`, `s['’]apprête\s+à`, `s['’]est\s+engagée?\s+à`},
	organs: []string{`parlement`, `parlementaires`, `sénat`, `sénateurs`, `assemblée\s+nationale`, `députés`, `douma`,
		`conseil\s+des\s+ministres`, `cour`, `conseil\s+constitutionnel`},
	orders: []string{`décrets?`, `lois?`, `projet\s+de\s+loi`, `ordonnances?`},
	eifRule: []string{`consentement à être liée?s?`, `premier jour du mois`, `expiration d['’]une période`, `une fois ratifiée`,
		`\b(?:\d+|` + numberWordRE + `)\s+(?:ratifications|signataires|états|pays)`},
	eifOrdinal: []string{`(?:instrument\s+de\s+)?ratification`},
}

var spanishWords = lexicon{
	lang:   "es",
	approx: []string{`casi`, `cerca\s+de`, `más\s+de`, `alrededor\s+de`, `unos`, `unas`, `menos\s+de`},
	acts: []actRow{
		{event: opened, expr: `abiert[oa]s?\s+a\s+la\s+firma`},
		{event: opened, expr: `apertura\s+a\s+la\s+firma`},
		{event: inForce, expr: `entr(?:ó|a|ará|arán|ar|aba|e)\s+en\s+vigor`},
		{event: inForce, expr: `entrada\s+en\s+vigor`},
		{event: inForce, expr: `en\s+vigor\s+desde`, needs: "vigor"},
		// "Noruega es parte del Acuerdo desde el 4 de noviembre de 2016".
		{event: inForce, expr: `es\s+(?:estado\s+)?parte\s+(?:(?:del?|en)\s+[^.;,]{1,120}?\s+)?desde`, needs: "desde", subject: true},
		{event: signed, expr: `(?:es|son)\s+signatari[oa]s?\s+(?:del?\s+[^.;,]{1,120}?\s+)?desde`, needs: "signatari"},
		// "Chile se convirtió en el 15.º Estado parte el 13 de junio".
		{event: inForce, expr: `(?:se\s+convirti[óo]|convirtiéndose)\s+en\s+(?:el\s+(?:` + rankOrdinalRom + `)\s+|un\s+)?(?:nuevo\s+)?(?:estado\s+)?parte\b`, needs: "convirti", subject: true},
		{event: inForce, expr: `(?:surte|surtirá|surtió|tendrá|tiene|tuvo)\s+efecto`, needs: "efecto"},
		// "será jurídicamente vinculante a partir del 3 de mayo".
		{event: inForce, expr: `(?:será|serán|es|fue|se\s+volvió|se\s+vuelve|se\s+volverá)\s+(?:jurídicamente|legalmente)\s+vinculante`, needs: "vinculante"},
		{event: inForce, expr: `vigente\s+desde`, needs: "vigente"},
		{event: adopted, expr: `adopt(?:ó|aron|ad[oa]s?)`},
		{event: adopted, expr: `adopción`},
		{event: signed, expr: `firm(?:ó|aron|ad[oa]s?|antes?)`},
		{event: signed, expr: `suscri(?:bió|bieron|to|ta)`},
		{event: ratified, expr: `ratific(?:ó|aron|ad[oa]s?|ación|aciones|a|an)`},
		{event: ratified, expr: `ratificar(?:lo|la)?`, infinitive: true},
		{event: signed, expr: `firmar(?:lo|la)?`, infinitive: true},
		{event: acceded, expr: `adherirse`, infinitive: true},
		{event: accepted, expr: `acept(?:ó|aron|ación)`},
		{event: approved, expr: `aprob(?:ó|aron|ación)`},
		{event: acceded, expr: `adh(?:irió|irieron|esión)`, needs: "adhi adhe"},
		// "se sumó al Acuerdo de París", "se unió al Estatuto de Roma".
		{event: acceded, expr: `sum(?:ó|aron)|uni(?:ó|eron)`, needs: "sum uni", object: true},
		{event: denounced, expr: `denunci(?:ó|aron|a)`},
		{event: denounced, expr: `retir(?:ó|aron|ada)`},
		{event: denounced, expr: `retiro`, noun: true},
		// "abandonó la Corte Penal Internacional", "salió del Acuerdo".
		{event: denounced, expr: `abandon(?:ó|aron)|sali(?:ó|eron)`, needs: "abandon sali", object: true},
		{event: denounced, expr: `dej(?:ó|ará|a|aron|arán)\s+de\s+estar\s+(?:vinculad|obligad)[oa]s?\s+por`, needs: "dej"},
		{event: drafted, expr: `negoci(?:ado|ación|aciones)`},
	},
	nounEndings:   []string{"ción", "ciones", "sión", "antes", "ante"},
	finiteEndings: []string{"ó", "aron", "ado", "ada", "ados", "adas", "ieron", "ió"},
	listGlue:      []string{"y", "e", "así como", "junto con", "el", "la", "los", "las", "de", "o"},
	near:          []string{`no`, `para`, `sin`, `a\s+punto\s+de`, `antes\s+de`, `hasta`, `ni`},
	fillers:       []string{`ha`, `han`, `había`, `habían`, `haber`, `sido`, `ser`, `aún`, `todavía`, `formalmente`, `lo`, `la`},
	intent:        []string{`planea`, `prevé`, `pretende`, `espera`, `quiere`, `va\s+a`, `van\s+a`, `deberá`, `debe`, `podría`, `busca`, `se\s+comprometió\s+a`},
	organs:        []string{`congreso`, `senado`, `parlamento`, `diputados`, `cámara`, `asamblea\s+nacional`, `consejo\s+de\s+ministros`, `corte`, `tribunal`},
	orders:        []string{`decretos?`, `leyes`, `ley`, `proyecto\s+de\s+ley`, `órdenes\s+ejecutivas`, `orden\s+ejecutiva`},
	eifOrdinal:    []string{`(?:instrumento\s+de\s+)?ratificación`},
}

var germanWords = lexicon{
	lang:   "de",
	approx: []string{`fast`, `rund`, `über`, `etwa`, `mehr\s+als`, `knapp`},
	acts: []actRow{
		{event: opened, expr: `zur\s+unterzeichnung\s+aufgelegt`, needs: "unterzeichnung"},
		// "ist in Kraft getreten", "trat am 1. Juli in Kraft", "ist seit 2014 in Kraft".
		{event: inForce, expr: `in\s+kraft(?:\s+(?:getreten|treten|tritt|trat|traten))?`, needs: "kraft"},
		{event: inForce, expr: `inkrafttreten`},
		{event: inForce, expr: `(?:wird|werden|wurde|wurden)\s+wirksam`, needs: "wirksam"},
		// "wird am 3. Mai rechtsverbindlich".
		{event: inForce, expr: `(?:rechts|völkerrechtlich\s+)verbindlich`, needs: "verbindlich"},
		{event: adopted, expr: `angenommen`, ofParty: accepted},
		// "nach der Annahme durch die Generalversammlung am 19. Juni", "Japans Annahme".
		{event: adopted, expr: `annahme`, noun: true, ofParty: accepted},
		{event: accepted, expr: `annahmeurkunden?`},
		{event: signed, expr: `unterzeichne(?:t|te|ten)`},
		{event: signed, expr: `unterschrieben`},
		{event: ratified, expr: `ratifizier(?:t|te|ten|ung)`},
		{event: ratified, expr: `ratifikation(?:en|surkunde|surkunden)?`},
		{event: approved, expr: `genehmig(?:t|te|ten|ung)`},
		{event: acceded, expr: `beigetreten`},
		{event: acceded, expr: `beitritt(?:surkunde)?`},
		// "trat dem Pariser Abkommen bei", "trat der Konvention bei": the
		// verb's particle comes last.
		{event: acceded, expr: `(?:trat|traten|tritt|treten)\s+(?:dem|der)`, needs: "trat tritt", object: true},
		{event: denounced, expr: `ausgetreten`},
		// "Burundi trat mit Wirkung zum 27. Oktober aus dem Römischen
		// Statut aus": the verb first, its particle last; read at "aus
		// dem", with a treaty as object and the verb before it.
		{event: denounced, expr: `aus\s+(?:dem|der)`, needs: "aus", object: true},
		{event: denounced, expr: `austritt`},
		{event: denounced, expr: `gekündigt`},
		// "haben den Strafgerichtshof verlassen": the object comes first.
		{event: denounced, expr: `verlassen|verließ|verließen`, needs: "verl", object: true},
		{event: denounced, expr: `nicht\s+mehr\s+(?:an\s+)?(?:das|den|die|dieses|diesen)?\s*(?:[\p{L}-]+\s+){0,3}gebunden`, needs: "mehr"},
	},
	nounEndings:   []string{"ung", "tritt", "urkunde", "ation"},
	finiteEndings: []string{"iert", "ierte", "ierten", "net", "nete", "neten", "eten", "ieben", "ommen"},
	listGlue:      []string{"und", "sowie", "oder", "die", "der"},
	near:          []string{`nicht`, `kein`, `keine`, `um`, `weder`, `noch`},
	fillers:       []string{`noch`, `hat`, `haben`, `worden`, `sein`, `es`, `das`},
	intent:        []string{`will`, `wollen`, `plant`, `planen`, `soll`, `sollen`, `beabsichtigt`, `wird`, `werden`, `möchte`},
	organs:        []string{`bundestag`, `bundesrat`, `parlament`, `kabinett`, `nationalrat`, `gericht`},
	orders:        []string{`dekrete?`, `gesetz`, `verordnung`, `durchführungsverordnung`},
	eifRule:       []string{`\b\d{1,3}\.\s+(?:ratifikation|ratifizierung|ratifikationsurkunde)`},
	eifOrdinal:    []string{`(?:ratifikation|ratifizierung|ratifikationsurkunde)`},
}

var italianWords = lexicon{
	lang:   "it",
	approx: []string{`quasi`, `circa`, `oltre`, `più\s+di`, `meno\s+di`},
	acts: []actRow{
		{event: opened, expr: `apert[oa]\s+alla\s+firma`},
		{event: opened, expr: `apertura\s+alla\s+firma`},
		{event: inForce, expr: `entr(?:ato|ata|ati|ate|a|erà|eranno|ò)\s+in\s+vigore`},
		{event: inForce, expr: `entrata\s+in\s+vigore`},
		// "il Cile è diventato il 15° Stato parte il 13 giugno".
		{event: inForce, expr: `(?:diventat[oa]|diventando)\s+(?:(?:il|lo|la)\s+(?:` + rankOrdinalRom + `)\s+|uno?\s+)?(?:nuovo\s+)?(?:stato\s+)?parte\b`, needs: "diventat diventando", subject: true},
		{event: inForce, expr: `in\s+vigore\s+dal`, needs: "vigore"},
		{event: inForce, expr: `(?:avrà|ha|ebbe|avranno|hanno|prende|prenderà)\s+effetto`, needs: "effetto"},
		// "diventa giuridicamente vincolante dal 3 maggio".
		{event: inForce, expr: `divent(?:a|ano|erà|eranno|ato|ata|ò|arono)\s+(?:giuridicamente\s+)?vincolante`, needs: "vincolant"},
		{event: adopted, expr: `adottat[oaie]`},
		{event: adopted, expr: `adozione`},
		{event: signed, expr: `firm(?:at[oaie]|ò|arono|atari[oe]?)`},
		{event: signed, expr: `firm[ae]`, noun: true},
		{event: ratified, expr: `ratific(?:at[oaie]|ò|arono|he|a)`},
		{event: ratified, expr: `ratificar(?:e|lo|la)`, infinitive: true},
		{event: signed, expr: `firmar(?:e|lo|la)`, infinitive: true},
		{event: acceded, expr: `aderire`, infinitive: true},
		{event: accepted, expr: `accettazione`},
		{event: accepted, expr: `accettat[oaie]`},
		{event: approved, expr: `approvazione`},
		{event: approved, expr: `approvat[oaie]`},
		{event: acceded, expr: `adesione`},
		{event: acceded, expr: `aderito`},
		{event: denounced, expr: `ritirat[oa]`},
		{event: denounced, expr: `ritiro`, noun: true},
		{event: denounced, expr: `recesso`, noun: true},
		// "sono uscite dalla Corte penale internazionale".
		{event: denounced, expr: `uscit[oaie]|uscì|uscirono`, needs: "usci", object: true},
		{event: denounced, expr: `non\s+(?:sarà|sono|è|saranno)\s+più\s+vincolat[oaie]`, needs: "vincol"},
	},
	nounEndings:   []string{"zione", "zioni", "sione", "atari", "atario", "he"},
	finiteEndings: []string{"ato", "ata", "ati", "ate", "ò", "arono", "ito"},
	listGlue:      []string{"e", "ed", "nonché", "insieme a", "il", "la", "lo", "i", "le", "di", "o"},
	near:          []string{`non`, `per`, `senza`, `prima\s+di`, `né`},
	fillers:       []string{`ha`, `hanno`, `ancora`, `stato`, `stata`, `essere`, `lo`, `la`},
	intent:        []string{`intende`, `prevede\s+di`, `vuole`, `dovrebbe`, `dovrà`, `sta\s+per`, `potrebbe`},
	organs:        []string{`parlamento`, `senato`, `camera`, `consiglio\s+dei\s+ministri`, `corte`},
	orders:        []string{`decret[oi]`, `legge`, `ordin[ei]\s+esecutiv[oi]`},
	eifOrdinal:    []string{`(?:strumento\s+di\s+)?ratifica`},
}

var portugueseWords = lexicon{
	lang:   "pt",
	approx: []string{`quase`, `cerca\s+de`, `mais\s+de`, `menos\s+de`},
	acts: []actRow{
		{event: opened, expr: `abert[oa]\s+(?:à|a)\s+assinatura`},
		{event: opened, expr: `abertura\s+(?:à|a)\s+assinatura`},
		{event: inForce, expr: `entr(?:ou|a|ará|arão|ar)\s+em\s+vigor`},
		{event: inForce, expr: `entrada\s+em\s+vigor`},
		// "o Chile tornou-se o 15.º Estado parte em 13 de junho".
		{event: inForce, expr: `torn(?:ou|ando)-se\s+(?:(?:o|a)\s+(?:` + rankOrdinalRom + `)\s+|um\s+)?(?:novo\s+)?(?:estado\s+)?parte\b`, needs: "tornou tornando", subject: true},
		{event: inForce, expr: `em\s+vigor\s+desde`, needs: "vigor"},
		{event: inForce, expr: `(?:produz|produzirá|produziu|terá|tem|teve)\s+efeito`, needs: "efeito"},
		// "se tornará juridicamente vinculativo em 3 de maio".
		{event: inForce, expr: `torn(?:a|ará|ou|am|arão)(?:-se|\s+se)?\s+(?:juridicamente|legalmente)\s+(?:vinculante|vinculativ[oa])`, needs: "vincula"},
		{event: inForce, expr: `vigora\s+desde`, needs: "vigora"},
		{event: adopted, expr: `ado(?:p)?t(?:ou|aram|ad[oa]s?)`, needs: "ado"},
		{event: adopted, expr: `adoção`},
		{event: signed, expr: `assin(?:ou|aram|ad[oa]s?|atura|aturas)`},
		{event: signed, expr: `signatári[oa]s?`},
		{event: ratified, expr: `ratific(?:ou|aram|ad[oa]s?|ação|ações|a|am)`},
		{event: ratified, expr: `ratificar`, infinitive: true},
		{event: signed, expr: `assinar`, infinitive: true},
		{event: acceded, expr: `aderir`, infinitive: true},
		{event: accepted, expr: `aceit(?:ou|aram|ação)`},
		{event: approved, expr: `aprov(?:ou|aram|ação)`},
		{event: acceded, expr: `ade(?:riu|riram|são)`, needs: "aderi adesão"},
		// "juntou-se ao Acordo de Paris".
		{event: acceded, expr: `junt(?:ou|aram)-se`, needs: "junt", object: true},
		{event: denounced, expr: `retirou`},
		{event: denounced, expr: `retirada`, noun: true},
		{event: denounced, expr: `denunci(?:ou|a)`},
		// "os Estados Unidos saíram do Acordo": left it, with a treaty as
		// the object.
		{event: denounced, expr: `(?:saiu|saíram|sairá|sairão)`, needs: "saiu saíram sairá sairão", object: true},
		{event: denounced, expr: `deix(?:ou|aram)`, needs: "deix", object: true},
		// "saíram do Tribunal Penal Internacional".
		{event: denounced, expr: `sa(?:iu|íram)`, needs: "saiu saíram", object: true},
		{event: denounced, expr: `deix(?:ou|ará|a|aram)\s+de\s+estar\s+vinculad[oa]s?`, needs: "deix"},
	},
	nounEndings:   []string{"ção", "ções", "são", "atura", "aturas", "ário", "ários"},
	finiteEndings: []string{"ou", "aram", "ado", "ada", "ados", "adas", "iu", "iram"},
	listGlue:      []string{"e", "bem como", "o", "a", "os", "as", "de", "ou"},
	near:          []string{`não`, `para`, `sem`, `antes\s+de`, `nem`},
	fillers:       []string{`foi`, `tem`, `têm`, `ainda`, `ser`, `sido`, `o`, `a`},
	intent:        []string{`pretende`, `planeja`, `vai`, `vão`, `deve`, `deverá`, `poderá`, `quer`},
	organs:        []string{`congresso`, `senado`, `câmara`, `parlamento`, `assembleia\s+(?:da\s+república|nacional|legislativa)`, `conselho\s+de\s+ministros`, `supremo`, `tribunal`},
	orders:        []string{`decretos?`, `lei`, `medida\s+provisória`, `ordem\s+executiva`, `ordens\s+executivas`},
	eifOrdinal:    []string{`(?:instrumento\s+de\s+)?ratificação`},
}

var japaneseWords = lexicon{
	lang:   "ja",
	approx: []string{`約`},
	acts: []actRow{
		{event: opened, expr: `署名のために開放|署名開放`, needs: "開放"},
		{event: inForce, expr: `発効`},
		// "効力を生じた": the treaty's own words for entry into force.
		{event: inForce, expr: `効力を生(?:じ|ず)`, needs: "効力"},
		{event: adopted, expr: `採択`},
		{event: signed, expr: `署名`},
		{event: ratified, expr: `批准`},
		{event: accepted, expr: `受諾`},
		{event: approved, expr: `承認`},
		{event: acceded, expr: `加入`},
		// "武器貿易条約を締結した": a state's consent to be bound, the way
		// Japan's government words it; "ハーグ条約に加盟した": joined.
		// Only with a treaty as object.
		{event: ratified, expr: `締結`, object: true},
		{event: acceded, expr: `加盟`, object: true},
		// "パリ協定に参加した": only with a treaty before it.
		{event: acceded, expr: `参加`, object: true},
		{event: denounced, expr: `廃棄|脱退`, needs: "廃棄 脱退"},
		{event: denounced, expr: `離脱`, object: true},
		{event: drafted, expr: `交渉|起草`, needs: "交渉 起草"},
	},
	cjk:         true,
	intentAfter: []string{`(?:する|を行う|の)?(?:予定|方針|見通し|意向|ことを目指|準備)`},
	listGlue:    []string{"、", "，", "及び", "と", "並びに"},
	organs:      []string{`国会`, `閣議`, `議会`, `参議院`, `衆議院`, `上院`, `下院`},
	eifRule:     []string{`(?:番目|カ国目|か国目)の批准`},
}

// lexicons are the languages the sentence rules read, in the order their
// words are tried.
var lexicons = []*lexicon{&englishWords, &frenchWords, &spanishWords, &germanWords, &italianWords, &portugueseWords, &japaneseWords}
