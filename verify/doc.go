// Package verify reads a citing document's claims and reference list and
// checks each claim against the sources it cites.
package verify
