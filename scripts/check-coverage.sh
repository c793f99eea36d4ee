#!/usr/bin/env bash
# Checks that `aadfix code X` answers for every code, and `aadfix event N` for every event ID, of a reference table
# (the tab-separated files the knowledge was written from). Usage: scripts/check-coverage.sh CODES.tsv EVENTS.tsv
# Prints the counts and every code or event that found nothing; exits 1 if any did.
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
codes_tsv="$1"
events_tsv="$2"
missing=0
codes=0
events=0
while IFS= read -r code; do
  codes=$((codes + 1))
  if ! "$here/aadfix" code "$code" >/dev/null 2>&1; then
    echo "no answer: aadfix code $code"
    missing=$((missing + 1))
  fi
done < <(tail -n +2 "$codes_tsv" | cut -f1 | sort -u)
while IFS= read -r id; do
  events=$((events + 1))
  if ! "$here/aadfix" event "$id" >/dev/null 2>&1; then
    echo "no answer: aadfix event $id"
    missing=$((missing + 1))
  fi
done < <(tail -n +2 "$events_tsv" | cut -f1 | sort -un | awk '{
  # a row may name a range such as 300-399
  n = split($0, r, "-"); if (n == 2) { for (i = r[1]; i <= r[2]; i++) print i } else print $0 }' | sort -un)
echo "checked $codes codes and $events event IDs: $missing without an answer"
[ "$missing" -eq 0 ]
