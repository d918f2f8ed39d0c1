package treaties

import (
	"regexp"
	"strings"
	"unicode"
)

// reDefined finds what a text puts in brackets after a name: "(TPNW)",
// "(the “High Seas Treaty”)", "(hereinafter the Convention)", "（BBNJ協定）".
var reDefined = regexp.MustCompile(`^\s*[(（]\s*([^()（）]{2,80}?)\s*[)）]`)

// reDefinedLead is what may come before a defined name inside the
// brackets.
var reDefinedLead = regexp.MustCompile(`(?i)^(?:(?:hereinafter|hereafter|also\s+known\s+as|known\s+as|or|ci-après|dénommée?|également\s+appelée?|en\s+adelante|también\s+conocido\s+como|im\s+Folgenden|auch|di\s+seguito|doravante|a\s+seguir)\s+)*(?:(?:the|le|la|el|lo|il|das|die|der|o|a)\s+|l['’]\s*)?`)

// reAcronym is a defined acronym: "TPNW", "BBNJ", "CETS", "UNCAC", "C190".
var reAcronym = regexp.MustCompile(`^[A-Z][A-Za-z0-9+&.-]{1,11}$`)

// reProtocolOf splits a protocol's or amendment's title at the treaty it
// belongs to: "Second Additional Protocol | to the Convention on ...".
var reProtocolOf = regexp.MustCompile(`(?i)\s+(?:to\s+the|to|à\s+la|à\s+l['’]|au|aux|al|a\s+la|zum|zur|alla|allo|ao|à)\s+`)

// Learn reads the names a text defines for the treaties it names, for
// Options.Aliases: an acronym or short name in brackets after a name
// ("Treaty on the Prohibition of Nuclear Weapons (TPNW)", "(the “High
// Seas Treaty”)"), and the short title of a protocol or amendment named in
// full ("the Second Additional Protocol" after "the Second Additional
// Protocol to the Convention on Cybercrime"). A defined name is then read
// anywhere in the text as the treaty it was defined for.
func Learn(text string, o Options) Aliases {
	return Define(text, Find(text, o))
}

// Define is Learn on the mentions Find gave for text.
func Define(text string, ms []Mention) Aliases {
	var x nameIndex
	seen := map[string]bool{}
	add := func(alias, id string) {
		alias = strings.TrimSpace(alias)
		if alias == "" || id == "" || seen[strings.ToLower(alias)] {
			return
		}
		if known, ok := lookupTable(alias); ok && known == id {
			return
		}
		seen[strings.ToLower(alias)] = true
		x.add(newName(alias, id))
	}
	for _, m := range ms {
		if m.Generic || m.ID == "" {
			continue
		}
		if loc := reDefined.FindStringSubmatchIndex(text[m.End:]); loc != nil {
			inner := text[m.End+loc[2] : m.End+loc[3]]
			inner = strings.Trim(inner[len(reDefinedLead.FindString(inner)):], " \"“”«»‘’'„「」『』")
			if definedName(inner) && (!reAcronym.MatchString(inner) || abbreviates(inner, text[m.Start:m.End])) {
				if known, ok := lookupTable(inner); ok && m.Name != "" && known != m.ID {
					// A title the table lacks, defined by a name it has
					// ("Accordo relativo a ... (BBNJ)"): the table's treaty.
					add(text[m.Start:m.End], known)
					continue
				}
				add(inner, m.ID)
			}
		}
		title := text[m.Start:m.End]
		if loc := reProtocolOf.FindStringIndex(title); loc != nil && loc[0] > 0 {
			front := title[:loc[0]]
			if len(strings.Fields(front)) >= 2 && protocolHead(front) {
				add(front, m.ID)
			}
		}
	}
	return Aliases{names: x}
}

// definedName reports whether what a page put in brackets after a name
// can be that name's short form: an acronym, or a short title with a head
// noun ("High Seas Treaty", "BBNJ協定").
func definedName(s string) bool {
	if reAcronym.MatchString(s) {
		upper := 0
		for _, r := range s {
			if unicode.IsUpper(r) {
				upper++
			}
		}
		return upper >= 2
	}
	if len(s) > 60 || strings.ContainsAny(s, ",;:") {
		return false
	}
	for _, t := range tokenize(s) {
		if _, ok := heads[t.low]; ok {
			return true
		}
		if _, ok := germanCompound(t.low); ok {
			return true
		}
	}
	for _, h := range []string{"条約", "協定", "議定書", "改正", "規程"} {
		if strings.HasSuffix(s, h) {
			return true
		}
	}
	return false
}

// abbreviates reports whether an acronym's capitals can be read, in
// order, from the initials of a title's words: "TPNW" from "Treaty on the
// Prohibition of Nuclear Weapons", "FCTC" from "WHO Framework Convention
// on Tobacco Control", but not "CMP" from "Kyoto Protocol", whose brackets
// name the meeting the sentence spoke of. A title in another script is
// not checked.
func abbreviates(acronym, title string) bool {
	if !isASCII(title) {
		return true
	}
	var initials []rune
	for _, t := range tokenize(title) {
		for i, part := range strings.Split(t.text, "-") {
			if part == "" {
				continue
			}
			r := []rune(part)
			initials = append(initials, unicode.ToUpper(r[0]))
			if i == 0 {
				// capitals inside a word count too: "UNCLOS" from "UNCLOS"
				for _, c := range r[1:] {
					if unicode.IsUpper(c) {
						initials = append(initials, c)
					}
				}
			}
		}
	}
	k := 0
	for _, c := range acronym {
		if !unicode.IsUpper(c) {
			continue
		}
		for k < len(initials) && initials[k] != c {
			k++
		}
		if k == len(initials) {
			return false
		}
		k++
	}
	return true
}

// protocolHead reports whether a title's last word is a protocol or an
// amendment.
func protocolHead(front string) bool {
	ts := tokenize(front)
	if len(ts) == 0 {
		return false
	}
	last := ts[len(ts)-1].low
	if h, ok := heads[last]; ok {
		return h.kind == headProtocol
	}
	if romAfterHead[last] && len(ts) >= 2 {
		if h, ok := heads[ts[len(ts)-2].low]; ok {
			return h.kind == headProtocol
		}
	}
	return strings.HasSuffix(last, "protokoll")
}

// lookupTable returns the id the name table gives a whole name, read
// without case, accents, punctuation, articles or the organisation that
// made the treaty: "Agreement on Privileges and Immunities of ..." is the
// table's "Agreement on the Privileges and Immunities of ...".
func lookupTable(s string) (string, bool) {
	load()
	id, ok := tableKeys[titleKey(s)]
	return id, ok
}

// articles are left out of a title's key.
var articles = wordSet(`the a an la le les l el los las il lo gli i o os as der die das den dem`)

// titleKey is the form of a title lookupTable compares: its derived id.
func titleKey(s string) string { return DerivedID(s) }
