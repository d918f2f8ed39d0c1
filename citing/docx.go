package citing

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"fmt"
	"io"
	"path"
	"regexp"
	"strings"

	"github.com/citewatch/citewatch"
)

// FormatDOCX is a Word document (Office Open XML): its footnotes and
// endnotes are its references.
const FormatDOCX = "docx"

// Bounds on what a DOCX may make the reader inflate: a zip bomb gets a
// clear error, not the machine's memory.
const (
	maxDOCXPart  = 32 << 20 // one XML part, inflated
	maxDOCXParts = 4096     // entries in the zip
)

// isDOCX reports whether data is a zip archive holding a Word document.
func isDOCX(format string, data []byte) bool {
	if !bytes.HasPrefix(data, []byte("PK\x03\x04")) {
		return false
	}
	return format == FormatDOCX || bytes.Contains(data[:min(len(data), 4096)], []byte("word/"))
}

// docxText reads a DOCX into the Markdown the line reader takes: each
// paragraph on a line of its own, headings as "## " lines, each footnote or
// endnote reference as a marker [N] or [^eN] where it stands (as Word
// numbers them), and the notes
// after a "Notes" heading as "[^N]: text URL" footnote definitions. The URL of a note is
// its first hyperlink (a relationship target or a HYPERLINK field) or the
// first URL in its text.
//
// There is no DOCX reader among the libraries that resolve here that keeps
// footnote references in place, so this is a small reader over the standard
// zip and XML packages, bounded against zip bombs.
func docxText(name string, data []byte) (string, error) {
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		return "", fmt.Errorf("%w: %s: not a readable DOCX (zip: %v)", citewatch.ErrInvalid, name, err)
	}
	if len(zr.File) > maxDOCXParts {
		return "", fmt.Errorf("%w: %s: DOCX has %d parts, more than %d", citewatch.ErrInvalid, name, len(zr.File), maxDOCXParts)
	}
	part := func(p string) ([]byte, error) {
		for _, f := range zr.File {
			if f.Name != p {
				continue
			}
			rc, err := f.Open()
			if err != nil {
				return nil, err
			}
			defer func() { _ = rc.Close() }() // a zip part read from memory: closing loses nothing
			b, err := io.ReadAll(io.LimitReader(rc, maxDOCXPart+1))
			if err != nil {
				return nil, err
			}
			if len(b) > maxDOCXPart {
				return nil, fmt.Errorf("part %s inflates past %d MiB", p, maxDOCXPart>>20)
			}
			return b, nil
		}
		return nil, nil
	}
	body, err := part("word/document.xml")
	if err != nil {
		return "", fmt.Errorf("%w: %s: DOCX: %v", citewatch.ErrInvalid, name, err)
	}
	if body == nil {
		return "", fmt.Errorf("%w: %s: DOCX has no word/document.xml", citewatch.ErrInvalid, name)
	}
	rels := func(p string) map[string]string {
		b, _ := part(path.Join(path.Dir(p), "_rels", path.Base(p)+".rels"))
		return docxRels(b)
	}
	paras, err := docxParagraphs(body, rels("word/document.xml"), false)
	if err != nil {
		return "", fmt.Errorf("%w: %s: DOCX document: %v", citewatch.ErrInvalid, name, err)
	}
	var b strings.Builder
	for _, p := range paras {
		b.WriteString(p.text)
		b.WriteString("\n\n")
	}
	var notes []docxPara
	for _, n := range []struct{ file, prefix string }{{"word/footnotes.xml", ""}, {"word/endnotes.xml", "e"}} {
		x, err := part(n.file)
		if err != nil {
			return "", fmt.Errorf("%w: %s: DOCX %s: %v", citewatch.ErrInvalid, name, path.Base(n.file), err)
		}
		if x == nil {
			continue
		}
		ps, err := docxParagraphs(x, rels(n.file), true)
		if err != nil {
			return "", fmt.Errorf("%w: %s: DOCX %s: %v", citewatch.ErrInvalid, name, path.Base(n.file), err)
		}
		for _, p := range ps {
			p.note = n.prefix + p.note
			notes = append(notes, p)
		}
	}
	if len(notes) > 0 {
		b.WriteString("## Notes\n\n")
		for _, n := range notes {
			text := strings.TrimSpace(n.text)
			if n.url != "" && !strings.Contains(text, n.url) {
				text = strings.TrimSpace(text + " " + n.url)
			}
			if strings.HasPrefix(n.note, "e") {
				fmt.Fprintf(&b, "[^%s]: %s\n", n.note, text)
			} else {
				fmt.Fprintf(&b, "[%s]: %s\n", n.note, text)
			}
		}
	}
	return b.String(), nil
}

// docxPara is one paragraph of a part, or one note of a notes part.
type docxPara struct {
	text string
	note string // the note's id, in a notes part
	url  string // the note's first hyperlink
}

// docxRels reads a part's relationships: id -> external target.
func docxRels(b []byte) map[string]string {
	out := map[string]string{}
	if b == nil {
		return out
	}
	var r struct {
		Rels []struct {
			ID     string `xml:"Id,attr"`
			Target string `xml:"Target,attr"`
			Mode   string `xml:"TargetMode,attr"`
		} `xml:"Relationship"`
	}
	if xml.Unmarshal(b, &r) == nil {
		for _, x := range r.Rels {
			if strings.EqualFold(x.Mode, "External") {
				out[x.ID] = x.Target
			}
		}
	}
	return out
}

var reFieldURL = regexp.MustCompile(`HYPERLINK\s+"([^"]+)"`)

// docxParagraphs walks a WordprocessingML part. In the body it returns one
// entry per paragraph; in a notes part (notes set) one entry per note with
// its paragraphs joined. Separator notes (negative or zero ids, or typed)
// are skipped.
func docxParagraphs(data []byte, rels map[string]string, notes bool) ([]docxPara, error) {
	dec := xml.NewDecoder(bytes.NewReader(data))
	dec.Strict = false
	var (
		out     []docxPara
		cur     strings.Builder
		note    *docxPara
		inText  bool
		inInstr bool
		heading bool
	)
	endPara := func() {
		t := strings.Join(strings.Fields(cur.String()), " ")
		cur.Reset()
		if note != nil {
			if t != "" {
				if note.text != "" {
					note.text += " "
				}
				note.text += t
			}
			return
		}
		if t == "" {
			return
		}
		if heading {
			// a heading stands on a line of its own, apart from the claims
			// below it.
			t = "## " + strings.TrimRight(t, ".:")
		}
		out = append(out, docxPara{text: t})
	}
	for {
		tok, err := dec.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, err
		}
		switch t := tok.(type) {
		case xml.StartElement:
			switch t.Name.Local {
			case "footnote", "endnote":
				if notes {
					id, typ := attrOf(t, "id"), attrOf(t, "type")
					if typ == "" && id != "" && !strings.HasPrefix(id, "-") && id != "0" {
						note = &docxPara{note: id}
					} else {
						note = nil
						_ = dec.Skip()
					}
				}
			case "p":
				heading = false
			case "pStyle":
				v := strings.ToLower(attrOf(t, "val"))
				heading = strings.HasPrefix(v, "heading") || v == "title" || strings.HasPrefix(v, "berschrift") || strings.HasPrefix(v, "titre")
			case "t":
				inText = true
			case "instrText":
				inInstr = true
			case "tab":
				cur.WriteByte(' ')
			case "br", "cr":
				cur.WriteByte(' ')
			case "footnoteReference":
				if id := attrOf(t, "id"); id != "" && !notes {
					fmt.Fprintf(&cur, "[%s]", id)
				}
			case "endnoteReference":
				if id := attrOf(t, "id"); id != "" && !notes {
					fmt.Fprintf(&cur, "[^e%s]", id)
				}
			case "hyperlink":
				if u := rels[attrOf(t, "id")]; u != "" && note != nil && note.url == "" {
					note.url = u
				}
			}
		case xml.EndElement:
			switch t.Name.Local {
			case "t":
				inText = false
			case "instrText":
				inInstr = false
			case "p":
				endPara()
			case "footnote", "endnote":
				if note != nil {
					if note.url == "" {
						note.url = trimURL(urlRe.FindString(note.text))
					}
					out = append(out, *note)
					note = nil
				}
			}
		case xml.CharData:
			switch {
			case inText:
				cur.Write(t)
			case inInstr:
				if m := reFieldURL.FindSubmatch(t); m != nil && note != nil && note.url == "" {
					note.url = string(m[1])
				}
			}
		}
	}
	return out, nil
}

// attrOf returns the value of an element's attribute by local name.
func attrOf(e xml.StartElement, local string) string {
	for _, a := range e.Attr {
		if a.Name.Local == local {
			return a.Value
		}
	}
	return ""
}
