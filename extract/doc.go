// Package extract turns an archived page into a citewatch.Document (metadata,
// main text, paragraphs and sentences) and the dated treaty facts it states,
// each with a citation that quotes the page exactly.
//
// # Pipeline
//
// Extract decodes the body to UTF-8 (byte order mark, Content-Type charset,
// <meta> declaration in the head, else UTF-8 when the whole body is valid
// UTF-8 and Windows-1252 when not; Shift_JIS and the other
// WHATWG encodings through golang.org/x/net/html/charset), parses it once
// with golang.org/x/net/html, reads metadata from the raw DOM (JSON-LD,
// OpenGraph and other meta tags, <time>, <link rel=canonical>, a visible
// date line such as "Press release | 5 September 2024 | Brussels"), then
// hands the same tree to go-trafilatura for the main text. A list that
// go-trafilatura drops while recovering a page's loose paragraphs (it keeps
// only <p>, quotes, code and tables then) is put back in its place when it
// stands among paragraphs it kept; no other text is added.
//
// The publication date is a wiki page's last revision, else the page's
// own metadata (JSON-LD, an article's first, read even from a block that
// is not valid JSON; meta tags; a <time> marked as the publication time),
// else go-htmldate's extensive search (not on pages with dated table
// cells, which it would take for the page's date), else a visible date
// line that is not the day the page was fetched (a site header's
// "today"), else a date in the URL ("/2025/02/11/", "yjj2025021100871").
// Timestamps stay on the page's calendar and their UTC offset is kept in
// Document.PublishedZone; a UTC timestamp is moved to the offset of the
// page's other timestamps, or to the day its URL or visible date gives
// when that is a day off. Document.PublishedFrom says which source won.
//
// # Text model
//
// Document.Text is the main text laid out as paragraphs separated by a blank
// line, white space collapsed within each; a table row is a paragraph whose
// cells are joined by " | ". Paragraphs and Sentences are byte spans into
// Text, and every citation's Quote is exactly Document.Slice(Span). Rows of
// a status table that main-text extraction dropped are appended to Text as
// paragraphs of their own after the main text (the "table region"), so that
// their quotes round-trip like any sentence's. Sentences are not split after
// abbreviations ("No.", "Feb.", "Sept."), initials, dotted acronyms ("U.S.")
// or before a lower-case letter or a digit; Japanese text splits at "。".
//
// # Facts
//
// One set of sentence rules serves Extract, FactsInText and Assertions.
// A sentence is read only if it holds an event word (signed, ratified,
// entry into force, ouverte à la signature, 署名, ...) or a count; then its
// treaties (package treaties), parties (package parties) and dates (package
// dates) are found, and:
//
//   - a date opening the sentence ("On 11 February 2025, ...", "Today,
//     ...") goes to its first act; each other date goes to the act it
//     follows within the act's clause, else to the act it precedes; an
//     act takes the date of an act in its clause of time ("the first to
//     sign when it was opened on ...") or told before "the same day";
//   - a subheading states no act, and one naming a single treaty makes it
//     the subject of the section below it;
//   - each list of parties goes to the nearest act of one party within
//     reach; "including", "as well as" and the like extend a list however
//     far; an act with no party of its own shares the nearest list ("the
//     first to sign and ratify");
//   - negated, intended or conditional acts ("has not yet ratified",
//     "intends to sign", "toward ratification") give no fact, but "the first
//     to sign" does;
//   - treaties are recognised open-world (package treaties): the name
//     table's titles, short names and acronyms in seven languages, the
//     acronyms a page defines in brackets, and any other title by its
//     shape, with an id derived from the title, which the fact keeps as
//     TreatyName;
//   - a general reference ("the Convention", "la Convention", "das
//     Abkommen", "この条約") means the page's subject treaty: the one its
//     URL (mtdsg_no, treatynum) or title names, else the one it names most
//     (a treaty the table knows before one found by its title's shape); an
//     event word specific to treaties ("signed") with no treaty named also
//     means the subject, and a protocol named by general words only ("the
//     Second Additional Protocol") is the subject's protocol;
//   - an undated signature takes the date of an opening for signature told
//     in the sentences just before ("opened for signature today ... The
//     Convention was signed by ...") or of the act a "same day" refers to;
//     a named act with no date ("the signature reflects ...") gives no fact;
//   - a count in the present tense is dated by the page (its "status as of"
//     date, else its dateline or publication date); "joining the eleven
//     signatories" adds the joiners named in the sentence or the one before.
//
// Partial and relative dates ("on 5 September", "on Tuesday", "last year",
// "in May") are completed from the wire dateline when the page has one,
// else from the publication date, and Date.Resolved says how. A numeric
// date whose day and month could be swapped is read in the page's order
// when the page shows it (another of its numeric dates has a day over 12,
// or its site or language is European or American), and is otherwise left
// out, never guessed. A page that states something wrong yields the wrong
// fact as the page states it: nothing here knows any treaty's history.
//
// # Status tables
//
// Any table whose header has a state or participant column and signature,
// ratification, accession or entry-into-force columns gives one fact per
// dated cell, quoting its row; a letter after a UN date (A, AA, a) makes
// the consent an acceptance, approval or accession, and a succession (d)
// gives none. Facts carry the page's "Status as of" date in AsOf.
//
// # Bounds
//
// Bodies are cut to MaxDecoded bytes after decoding, pages whose paragraph
// count times paragraph text exceeds MaxParagraphWork skip go-trafilatura
// and use the body text outside navigation,
// markup nested deeper than the HTML parser accepts is flattened at
// MaxDepth, and invalid UTF-8 becomes U+FFFD.
package extract
