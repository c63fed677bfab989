#!/usr/bin/env bash
# Retakes README's screenshots from a real window under Xvfb: the dog photo under every scheme.
# Usage: packaging/take-screenshots.sh [path/to/led-studio] [output folder]
set -euo pipefail
studio=${1:-build/app/led-studio}
out=${2:-docs/screenshots}
mkdir -p "$out"
for scheme in le ele etc etc-gray pe rmt; do
  xvfb-run -a -s "-screen 0 1600x1000x24" "$studio" --sample dog --scheme "$scheme" --screenshot "$out/scramble-$scheme.jpg"
  echo "$out/scramble-$scheme.jpg"
done
