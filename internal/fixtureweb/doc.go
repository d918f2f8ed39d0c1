// Package fixtureweb serves a small, self-contained web of pages written for
// citewatch's tests and evaluations: Council of Europe press releases and
// Treaty Office charts, government releases, wire stories, news copies,
// blogs, essays and a UN Treaty Collection style status table, about the
// AI Convention (CETS No. 225) and a few other treaties, in English, French
// and Japanese. Some pages state wrong facts on purpose.
//
// The pages live under web/, one folder per host with the URL's path below
// it, and web/manifest.json describes every URL the fixture web answers:
// its file, status, content type, extra headers, redirect target, the kind
// of site (intergovernmental, government, wire, news, blog, essay,
// status-table), its language, the citewatch.Health a link checker should
// find for it ("ok", "gone", "redirected", "soft-404", "robots"), and, for
// the pages an end-to-end test needs, a role ("e2e-press-release",
// "e2e-status-table", "e2e-gov-release", "e2e-wire", "e2e-essay",
// "e2e-wrong-year"). Entries without a kind are
// not pages: robots.txt files, redirects, and 404 and 410 responses.
//
// Start (in tests) and Serve (in the serve command) run the fixture web as
// an HTTPS server on a loopback port. The server routes on the Host header,
// so every fixture host is reached by dialling the one address: a crawler
// gets Resolve() as its host-to-address overrides and CAFile() or
// CertPool() to trust the throwaway certificate authority that signed the
// server's certificate. Client returns an *http.Client already set up so.
//
// # Goldens
//
// Every page has a golden file beside it (the page's file name with its
// extension replaced by .golden.json) recording what the page states,
// right or wrong: the publication date the page gives, and one GoldenFact
// per treaty event, party and date the page states in a sentence or a
// table row. Pages returns them decoded. The conventions are:
//
//   - Treaty ids: Council of Europe treaties are "CETS-" or "ETS-" and the
//     treaty number ("CETS-225", "CETS-210", "ETS-185", "ETS-108");
//     treaties deposited with the UN Secretary-General are "UNTC-" and the
//     UN Treaty Collection chapter and number ("UNTC-XXVII-7-d" for the
//     Paris Agreement, "UNTC-IX-4" for the WHO Framework Convention on
//     Tobacco Control).
//   - Events are citewatch.Event values; parties are ISO 3166-1 alpha-3
//     codes, with "EUE" for the European Union. A sentence naming several
//     parties gives one fact per party, each quoting that sentence.
//   - Date is YYYY-MM-DD, YYYY-MM or YYYY with Precision day, month or
//     year, as the page states it; partial and relative dates ("on 5
//     September", "today", "on Tuesday", "last year") are completed from
//     the page's date or dateline, and the golden's Notes say how.
//     Ambiguous numeric dates on a page with no stated convention give no
//     fact; the Notes mention them.
//   - A fact is recorded where a sentence, list item or table row asserts
//     the act: a finite verb ("Canada signed", "was opened for signature")
//     or a nominalised act that the sentence is about ("Türkiye's
//     denunciation ... takes effect today", "Ratifications by the US and
//     China on September 3, 2016"). Headings and the page title are not
//     sentences; passing mentions in quoted speech or in participial
//     phrases ("By signing the Convention, Japan reaffirms ...") and
//     intentions or negations ("intends to sign", "has not yet signed")
//     give no fact. A sentence restating a fact gives it again, with its
//     own quote.
//   - Place is set only when the quoted sentence or row names where the act
//     took place. A wire story's dateline names where the story was filed,
//     and a release's header line where it was issued; neither is a place of
//     the act.
//   - Count is set for signatory-count and party-count facts, whose Date is
//     the day the count speaks for (a chart's "Status as of", or the page's
//     date for a count in the present tense).
//   - Wrong marks a fact that disagrees with the treaty's true record; Notes
//     say what is wrong.
//   - Quote is the sentence, or a table row's text with its cells joined by
//     single spaces, exactly as the page's visible text has it after
//     collapsing white space.
package fixtureweb
