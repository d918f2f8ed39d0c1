#!/usr/bin/env bash
# The test command: installs what the tests need on a fresh machine, then runs them.
set -euo pipefail
cd "$(dirname "$0")"
# warcio.js, the independent WARC reader crawl/warc's tests compare against
# (they fail rather than skip when CI is set and it is missing).
if command -v npm >/dev/null 2>&1; then
	(cd crawl/warc/testdata/warcio && npm ci --no-audit --no-fund)
fi
go vet ./...
go test -count=1 ./...
