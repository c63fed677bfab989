#!/usr/bin/env bash
# Runs every fuzz target for SECONDS each (default 600) on a corpus
# seeded with one valid file per format, and prints one line per target: runs, corpus size, findings.
# Build first: cmake --preset fuzz && cmake --build --preset fuzz   (needs clang: apt-get install clang)
# Usage: tests/fuzz/run-all.sh [SECONDS] [build folder] [work folder] [targets, default all: "key model"]
set -euo pipefail
seconds=${1:-600}
build=${2:-build-fuzz}
work=${3:-build-fuzz/fuzz-work}
targets=${4:-key ciphertext query request http-head image pad answer answer-key guide-key idx cifar project manifest model}
mkdir -p "$work"
"$build/tests/fuzz/fuzz-seeds" "$work/seeds"
for format in $targets; do
  mkdir -p "$work/corpus/$format" "$work/findings/$format"
  log="$work/$format.log"
  status=0
  max_len=65536
  [ "$format" = model ] && max_len=262144  # the smallest model file is 140 KB
  [ "$format" = request ] && max_len=16384
  ASAN_OPTIONS=detect_leaks=0 "$build/tests/fuzz/fuzz-$format" "$work/corpus/$format" "$work/seeds/$format" \
    -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len="$max_len" \
    -artifact_prefix="$work/findings/$format/" -print_final_stats=1 >"$log" 2>&1 || status=$?
  runs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$' || echo 0)
  findings=$(find "$work/findings/$format" -type f | wc -l)
  echo "$format: ${seconds} s, ${runs} runs, corpus $(find "$work/corpus/$format" -type f | wc -l) files, findings ${findings}, exit ${status}"
done
