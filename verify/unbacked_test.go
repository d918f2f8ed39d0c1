package verify

import (
	"testing"

	"github.com/citewatch/citewatch"
)

// A claim that matches a fact but says much more than the page backs is
// partially supported; one that says little beyond its fact, or whose
// further words the page mostly has, is not held back.
func TestUnbacked(t *testing.T) {
	count := assertionResult{outcome: outcomeSupported, facts: []citewatch.Fact{{Event: citewatch.EventSignatoryCount, Count: 9,
		Citation: citewatch.Citation{Quote: "Nine states have now signed the fisheries accord."}}}}
	page := []string{"Nine states have now signed the fisheries accord.", "The accord protects coastal fish stocks from overfishing."}
	rs := []assertionResult{count}

	claim := "With nine signatories, the accord aims to restore coral reefs while funding marine research stations and training local rangers."
	if got := unbacked(claim, rs, readPage(page, page)); len(got) == 0 {
		t.Errorf("unbacked(%q) = none, want the reefs, research and rangers", claim)
	}
	claim = "With nine signatories, the accord protects coastal fish stocks from overfishing."
	if got := unbacked(claim, rs, readPage(page, page)); len(got) != 0 {
		t.Errorf("unbacked(%q) = %q, want none: the page says it", claim, got)
	}
	claim = "Nine states have signed the accord."
	if got := unbacked(claim, rs, readPage(page, page)); len(got) != 0 {
		t.Errorf("unbacked(%q) = %q, want none: nothing beyond the fact", claim, got)
	}
	if saysMore("Chile signed the accord on 3 May 2021.") {
		t.Error("saysMore(a bare act) = true")
	}
	if !saysMore("Chile signed the accord, pledging new marine reserves and stricter quotas for trawlers.") {
		t.Error("saysMore(an act and a pledge) = false")
	}
}

// A page in another language cannot back or fail the words of an English
// claim beyond its facts.
func TestUnbackedOtherLanguage(t *testing.T) {
	count := assertionResult{outcome: outcomeSupported, facts: []citewatch.Fact{{Event: citewatch.EventSignatoryCount, Count: 9,
		Citation: citewatch.Citation{Quote: "Neuf États ont désormais signé l’accord sur la pêche."}}}}
	page := []string{"Neuf États ont désormais signé l’accord sur la pêche.", "L’accord protège les stocks de poissons côtiers contre la surpêche."}
	claim := "With nine signatories, the accord protects coastal fish stocks from overfishing by trawler fleets."
	if got := unbacked(claim, []assertionResult{count}, readPage(page, page)); len(got) != 0 {
		t.Errorf("unbacked against a French page = %q, want none", got)
	}
}
