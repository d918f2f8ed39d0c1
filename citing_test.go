package citewatch

import (
	"slices"
	"testing"
)

func TestCitedURLs(t *testing.T) {
	d := CitingDocument{References: []Reference{
		{N: "1", URL: "https://a.example/page"},
		{N: "2", URL: ""},
		{N: "3", URL: "https://a.example/page"},
		{N: "4", URL: "ftp://files.example/page"},
		{N: "5", URL: "https://b.example/"},
	}}
	want := []string{"https://a.example/page", "https://b.example/"}
	if got := d.CitedURLs(); !slices.Equal(got, want) {
		t.Errorf("CitedURLs() = %q, want %q (distinct, valid, in order)", got, want)
	}
}
