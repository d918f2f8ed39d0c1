#!/usr/bin/env bash
# The real-page evaluations with their floors. They read the corpora in
# ../shared/corpora (or $CITEWATCH_CORPORA); without them there is nothing to
# measure and the script says so and exits 0.
set -euo pipefail
cd "$(dirname "$0")"
corpora="${CITEWATCH_CORPORA:-../shared/corpora}"
if [ ! -d "$corpora" ]; then
  echo "eval: no corpora at $corpora; real-page evaluations skipped"
  exit 0
fi
bin="$(mktemp -d)/citewatch"
go build -o "$bin" ./cmd/citewatch
if [ -d "$corpora/realpages-dev" ]; then
  echo "== eval facts: realpages-dev"
  "$bin" eval facts "$corpora/realpages-dev" --min-precision 0.96 --min-recall 0.92
fi
if [ -f "$corpora/wice-dev/dev.jsonl" ]; then
  echo "== eval claims: wice-dev"
  line="$("$bin" eval claims "$corpora/wice-dev/dev.jsonl" | tail -n 1)"
  echo "$line"
  # the floor: supported-F1 on the dev split stays at least 0.67
  f1="$(echo "$line" | sed -n 's/.*supported_f1=\([0-9.]*\).*/\1/p')"
  awk -v f="$f1" 'BEGIN { exit !(f != "" && f >= 0.67) }' || { echo "eval claims: supported_f1 ${f1:-?} below the floor 0.67"; exit 1; }
fi
if [ -f "$corpora/seed/pages.jsonl" ]; then
  echo "== eval document: seed (a real article and the pages it cites)"
  "$bin" eval document "$corpora/seed" --labels testdata/seed/labels.txt --min-agreement 0.90 | tail -n 1
fi
