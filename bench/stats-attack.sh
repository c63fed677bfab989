#!/usr/bin/env bash
# The cloud's statistical attack (led attack stats) as the number of the user's images under one key
# grows: for each scheme and count, five fresh keys; prints the median and range of the restorations'
# SSIM and, for pe, of the share of negations recovered, as a Markdown table.
# Usage: bash bench/stats-attack.sh [build] [schemes] [counts]
set -euo pipefail
build=${1:-build}
schemes=${2:-"pe le ele etc rmt"}
counts=${3:-"1 10 30 100 1000 10000"}
echo "| scheme | images under the key | SSIM, median (range) | pe's negations recovered, median (range) | seconds (median) |"
echo "|---|---:|---|---|---:|"
for scheme in $schemes; do
  for count in $counts; do
    for seed in 1 2 3 4 5; do
      "$build/app/led" attack stats --scheme "$scheme" --count "$count" --json
    done | python3 -c '
import json, statistics, sys
text, runs, at = sys.stdin.read(), [], 0
while at < len(text):  # five JSON documents, one after the other
    if text[at].isspace():
        at += 1
        continue
    run, at = json.JSONDecoder().raw_decode(text, at)
    runs.append(run)
def cell(key, scale=1.0, digits=3):
    if key not in runs[0]: return "-"
    v = sorted(r[key] * scale for r in runs)
    return f"{statistics.median(v):.{digits}f} ({v[0]:.{digits}f}-{v[-1]:.{digits}f})"
first = runs[0]
seconds = statistics.median(r["seconds"] for r in runs)
print("| %s | %d | %s | %s | %.3f |" % (first["scheme"], first["ciphertexts"], cell("ssim_mean"), cell("negation_share", 100, 2), seconds))
'
  done
done
