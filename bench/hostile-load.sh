#!/usr/bin/env bash
# led-cloud serve under hostile clients, from this machine over loopback, every attack bounded in bytes,
# connections and time (bench/hostile-clients.py): header floods, a 10 GB Content-Length, pipelining,
# two lengths; then an honest load (led bench service, 4 clients) alone and beside slow clients at twice
# the service's --connections, each sending its head a byte a second. Prints the attacks as JSON and the
# two honest tables.
# Usage: bench/hostile-load.sh [build folder, default build: its app/led and app/led-cloud]
#        [--connections, default 32] [honest queries, default 400]
set -euo pipefail
build=${1:-build}
connections=${2:-32}
queries=${3:-400}
led="$build/app/led" cloud="$build/app/led-cloud"
here="$(dirname "$0")"
samples="$here/../resources/samples"
work=$(mktemp -d)
server=
trap '[ -n "$server" ] && kill "$server" 2>/dev/null; rm -rf "$work"' EXIT

"$led" demo cloud --target "$samples/dog.jpg" --other "$samples/cat.png" -o "$work/demo" >/dev/null
mkdir -p "$work/pads"
operator=()
"$cloud" serve --help | grep -q -- --operator-listen && operator=(--operator-listen 127.0.0.1:0)
"$cloud" serve --part0-models "$work/demo/part0-1.ledmodel" --part1-models "$work/demo/part1-1.ledmodel" --pads "$work/pads" \
  --log "$work/cloud.log" --listen 127.0.0.1:0 "${operator[@]}" --connections "$connections" --json >"$work/serve" 2>"$work/serve.err" &
server=$!
for _ in $(seq 100); do [ -s "$work/serve" ] && break; sleep 0.1; done
field() { python3 -c 'import json,sys; d=json.loads(open(sys.argv[1]).readline()); print(d.get(sys.argv[2], d["url"]))' "$work/serve" "$1"; }
url=$(field url) port=$(field port) operator_url=$(field operator_url)

operator_option=()
"$led" bench service --help | grep -q -- --cloud-operator && operator_option=(--cloud-operator "$operator_url")
honest() {
  timeout 600 "$led" bench service --cloud "$url" "${operator_option[@]}" --cloud-pads "$work/pads" \
    --part0-keys "$work/demo/part0-1.ledkey" --part1-keys "$work/demo/part1-1.ledkey" --target "$samples/dog.jpg" \
    --other "$samples/cat.png" --clients 4 --queries "$queries" --seconds 120
}

echo "## led-cloud serve --connections $connections: attacks"
timeout 300 python3 "$here/hostile-clients.py" "$port" "$server" many headers body pipeline twolengths
echo
echo "## honest load alone"
honest
echo
slow_seconds=40
echo "## honest load beside $((2 * connections)) slow clients (a head byte a second, for ${slow_seconds} s)"
timeout $((slow_seconds + 30)) python3 "$here/hostile-clients.py" "$port" "$server" slow $((2 * connections)) "$slow_seconds" >"$work/slow.json" &
slow=$!
sleep 3
honest
wait "$slow" || true
cat "$work/slow.json"
kill -0 "$server" 2>/dev/null && echo "the service is still serving"
