package main

import (
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"testing"

	"github.com/citewatch/citewatch"
)

func TestExtractCommand(t *testing.T) {
	dir := t.TempDir()
	page := filepath.Join(dir, "saved.html")
	body := `<html lang="en"><head><title>Japan signs</title></head><body><article>
<p>Japan signed the Council of Europe Framework Convention on Artificial Intelligence on Tuesday in Paris.</p>
<p>The Convention was opened for signature on 5 September 2024.</p></article></body></html>`
	if err := os.WriteFile(page, []byte(body), 0o644); err != nil {
		t.Fatal(err)
	}
	out, err := runCitewatch(t, "--data", dir, "extract", page, "--url", "https://www.example.org/japan", "--published", "2025-02-11", "--json")
	if err != nil {
		t.Fatal(err)
	}
	var got struct {
		Document citewatch.Document `json:"document"`
		Facts    []citewatch.Fact   `json:"facts"`
	}
	if err := json.Unmarshal([]byte(out), &got); err != nil {
		t.Fatalf("output is not JSON: %v\n%s", err, out)
	}
	if got.Document.URL != "https://www.example.org/japan" || got.Document.Published.String() != "2025-02-11" {
		t.Errorf("document = %s published %s, want the --url and --published given", got.Document.URL, got.Document.Published)
	}
	found := false
	for _, f := range got.Facts {
		if f.Event == citewatch.EventSigned && f.Party == "JPN" && f.Date.String() == "2025-02-11" && f.Treaty == "CETS-225" {
			found = true
		}
	}
	if !found {
		t.Errorf("facts = %+v, want CETS-225 signed JPN 2025-02-11 (Tuesday before the --published date)", got.Facts)
	}

	if _, err := runCitewatch(t, "--data", dir, "extract", page, "--published", "11/02/2025"); !errors.Is(err, citewatch.ErrInvalid) {
		t.Errorf("--published 11/02/2025: err = %v, want ErrInvalid", err)
	}
	if _, err := runCitewatch(t, "--data", dir, "extract", "https://www.example.org/not-archived"); !errors.Is(err, citewatch.ErrNotFound) {
		t.Errorf("unarchived URL: err = %v, want ErrNotFound", err)
	}
}
