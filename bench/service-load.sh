#!/usr/bin/env bash
# Load on led-cloud serve from this machine, over loopback, bounded in queries and time: demo models for
# the two sample photos (led demo cloud), then led bench service sweeping 1, 4, 16 and 64 clients against
# a service that classifies one query at a time (--max-batch 1) and one that batches (--max-batch 32),
# and an overloaded one (one query at a time, a queue of 2) to time its 503s. Every level is checked against the service's
# log and pads (nothing lost, nothing twice). Prints the three tables.
# Usage: bench/service-load.sh [build folder] [queries per level, default 2000] [seconds per level, default 60]
set -euo pipefail
build=${1:-build}
queries=${2:-2000}
seconds=${3:-60}
led="$build/app/led" cloud="$build/app/led-cloud"
samples="$(dirname "$0")/../resources/samples"
work=$(mktemp -d)
server=
trap '[ -n "$server" ] && kill "$server" 2>/dev/null; rm -rf "$work"' EXIT

"$led" demo cloud --target "$samples/dog.jpg" --other "$samples/cat.png" -o "$work/demo" >/dev/null

# run NAME CLIENTS [serve options...]: one service, one sweep, one table.
run() {
  local name=$1 clients=$2
  shift 2
  mkdir -p "$work/$name-pads"
  "$cloud" serve --part0-models "$work/demo/part0-1.ledmodel" --part1-models "$work/demo/part1-1.ledmodel" --pads "$work/$name-pads" \
    --log "$work/$name.log" --listen 127.0.0.1:0 --operator-listen 127.0.0.1:0 --json "$@" >"$work/$name.serve" 2>"$work/$name.err" &
  server=$!
  for _ in $(seq 100); do [ -s "$work/$name.serve" ] && break; sleep 0.1; done
  local url operator
  url=$(python3 -c 'import json,sys; print(json.loads(open(sys.argv[1]).readline())["url"])' "$work/$name.serve")
  operator=$(python3 -c 'import json,sys; print(json.loads(open(sys.argv[1]).readline())["operator_url"])' "$work/$name.serve")
  echo "## $name: led-cloud serve $*"
  timeout $((seconds * 5 + 120)) "$led" bench service --cloud "$url" --cloud-operator "$operator" --cloud-pads "$work/$name-pads" --part0-keys "$work/demo/part0-1.ledkey" \
    --part1-keys "$work/demo/part1-1.ledkey" --target "$samples/dog.jpg" --other "$samples/cat.png" --clients "$clients" \
    --queries "$queries" --seconds "$seconds"
  kill "$server"
  wait "$server" 2>/dev/null || true
  server=
  echo
}

run one-at-a-time 1,4,16,64 --max-batch 1
run batched 1,4,16,64 --max-batch 32 --max-wait-ms 2
run overloaded 16,64 --max-batch 1 --queue 2
