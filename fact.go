package citewatch

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"strconv"
	"time"
)

// Event is the kind of act a fact reports.
type Event string

// Treaty events. Party is set for acts of one state or organisation
// (signed, ratified, accepted, approved, acceded, denounced, negotiated-by,
// and entered-into-force for one party); Count for signatory counts.
const (
	EventAdopted          Event = "adopted"
	EventOpened           Event = "opened-for-signature"
	EventSigned           Event = "signed"
	EventRatified         Event = "ratified"
	EventAccepted         Event = "accepted"
	EventApproved         Event = "approved"
	EventAcceded          Event = "acceded"
	EventEnteredIntoForce Event = "entered-into-force"
	EventEIFCondition     Event = "entry-into-force-condition"
	EventDenounced        Event = "denounced"
	EventSignatoryCount   Event = "signatory-count"
	EventPartyCount       Event = "party-count"
	EventNegotiatedBy     Event = "negotiated-by"
)

// Events lists every Event, in a treaty's usual order.
var Events = []Event{
	EventNegotiatedBy, EventAdopted, EventOpened, EventSigned, EventRatified,
	EventAccepted, EventApproved, EventAcceded, EventEIFCondition,
	EventEnteredIntoForce, EventSignatoryCount, EventPartyCount, EventDenounced,
}

// Valid reports whether e is one of Events.
func (e Event) Valid() bool {
	for _, x := range Events {
		if x == e {
			return true
		}
	}
	return false
}

// Counts reports whether e states a number of signatories or parties, for
// which a Count of zero is a value ("none has ratified it").
func (e Event) Counts() bool {
	return e == EventSignatoryCount || e == EventPartyCount
}

// ConsentToBeBound reports whether e makes a state a party.
func (e Event) ConsentToBeBound() bool {
	switch e {
	case EventRatified, EventAccepted, EventApproved, EventAcceded:
		return true
	}
	return false
}

// MaxWithdrawalNotice is the longest a withdrawal's notice runs before the
// withdrawal takes effect: treaties give six months to a year, so two
// withdrawals of one state further apart than this are two withdrawals,
// not a notice and its effect.
const MaxWithdrawalNotice = 2 * 366 * 24 * time.Hour

// WithinWithdrawalNotice reports whether two days a withdrawal is told
// on may be its notice and the day it takes effect.
func WithinWithdrawalNotice(a, b Date) bool {
	if a.IsZero() || b.IsZero() {
		return false
	}
	d := a.Time().Sub(b.Time())
	return d <= MaxWithdrawalNotice && d >= -MaxWithdrawalNotice
}

// Citation says where a fact was read: the page, the archived copy, and the
// verbatim sentence or table row with its offsets into the Document's Text.
type Citation struct {
	URL              string    `json:"url"`
	Title            string    `json:"title,omitempty"`
	Publisher        string    `json:"publisher,omitempty"`
	WARCRecordID     string    `json:"warc_record_id,omitempty"`
	FetchedAt        time.Time `json:"fetched_at,omitzero"`
	Published        Date      `json:"published,omitzero"`
	Quote            string    `json:"quote"`
	Span             Span      `json:"span"`
	Page             int       `json:"page,omitempty"`              // 1-based page of a paged source (a PDF), 0 for a web page
	Extractor        string    `json:"extractor"`                   // e.g. "extract.sentence"
	ExtractorVersion string    `json:"extractor_version,omitempty"` // e.g. "0.3.0"
}

// Validate checks that the citation names a page and carries a quote.
func (c Citation) Validate() error {
	if err := ValidateURL(c.URL); err != nil {
		return err
	}
	if c.Quote == "" {
		return fmt.Errorf("%w: citation of %s: empty quote", ErrInvalid, c.URL)
	}
	if c.Extractor == "" {
		return fmt.Errorf("%w: citation of %s: no extractor", ErrInvalid, c.URL)
	}
	return nil
}

// Fact is one dated treaty fact as a page states it. A page that states
// something wrong yields the wrong fact: a Fact is a statement about what
// its Citation says, not about the world.
type Fact struct {
	ID     string `json:"id"`
	Treaty string `json:"treaty"` // canonical id, e.g. "CETS-225"
	// TreatyName is the title a treaty outside the name table was read
	// from, when its Treaty id is derived from that title
	// ("convention-sur-la-cybercriminalite" from "Convention sur la
	// cybercriminalité").
	TreatyName string `json:"treaty_name,omitempty"`
	Event      Event  `json:"event"`
	Party      string `json:"party,omitempty"` // ISO 3166-1 alpha-3, or an organisation code such as "EUE"
	Date       Date   `json:"date,omitzero"`
	Place      string `json:"place,omitempty"`
	Count      int    `json:"count"` // for signatory and party counts; 0 otherwise
	// AsOf is the date a table or count speaks for ("Status as of 01/03/2025").
	AsOf     Date     `json:"as_of,omitzero"`
	Citation Citation `json:"citation"`
}

// Validate checks a fact has a treaty, a known event and a valid citation.
func (f Fact) Validate() error {
	if f.Treaty == "" {
		return fmt.Errorf("%w: fact %s: no treaty", ErrInvalid, f.ID)
	}
	if !f.Event.Valid() {
		return fmt.Errorf("%w: fact %s: unknown event %q", ErrInvalid, f.ID, f.Event)
	}
	if err := f.Date.Validate(); err != nil {
		return err
	}
	return f.Citation.Validate()
}

// Key identifies what a fact is about, whatever it says of it: the same
// treaty, event and party. Two facts with the same Key and dates that do
// not agree are a disagreement between sources.
func (f Fact) Key() string {
	return f.Treaty + "|" + string(f.Event) + "|" + f.Party
}

// EffectiveDate is the date f speaks for: its own Date, else the date its
// table or count speaks for (AsOf), else its page's publication date.
func (f Fact) EffectiveDate() Date {
	switch {
	case !f.Date.IsZero():
		return f.Date
	case !f.AsOf.IsZero():
		return f.AsOf
	}
	return f.Citation.Published
}

// Disagree reports whether two facts about the same step of a treaty (the
// same Key) say different things, as two sources may: different numbers
// for a count (Event.Counts), otherwise dates that both give and that do
// not agree at the coarser of their precisions (Date.Agrees). A fact with
// no date disagrees with none.
func Disagree(a, b Fact) bool {
	if a.Event.Counts() || b.Event.Counts() {
		return a.Count != b.Count
	}
	return !a.Date.IsZero() && !b.Date.IsZero() && !a.Date.Agrees(b.Date)
}

// StableID derives a fact ID from what the fact says and where it was read,
// so re-extracting the same snapshot gives the same IDs.
func (f Fact) StableID() string {
	h := sha256.New()
	for _, s := range []string{
		f.Treaty, string(f.Event), f.Party, f.Date.String(), f.Place, strconv.Itoa(f.Count),
		f.Citation.URL, f.Citation.WARCRecordID, strconv.Itoa(f.Citation.Span.Start), strconv.Itoa(f.Citation.Span.End),
	} {
		h.Write([]byte(s))
		h.Write([]byte{0})
	}
	return hex.EncodeToString(h.Sum(nil)[:12])
}
