// Package crawl fetches cited sources politely and archives every response
// as WARC: robots.txt and Crawl-delay, per-host limits, retries with
// backoff, conditional re-fetch, refusal of private addresses, replay from
// WARC files, and the schedule of re-crawls.
package crawl
