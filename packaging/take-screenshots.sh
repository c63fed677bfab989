#!/usr/bin/env bash
# Retakes README's screenshots from a real window under Xvfb: the dog photo under every scheme, one
# deniable query round with the dog and the cat on the Query, Cloud and Coercion pages, and the Evaluate
# page's audit and calibration sweep.
# Usage: packaging/take-screenshots.sh [path/to/led-studio] [output folder]
set -euo pipefail
studio=${1:-build/app/led-studio}
out=${2:-docs/screenshots}
mkdir -p "$out"
shoot() {
  local file=$1
  shift
  xvfb-run -a -s "-screen 0 1600x1000x24" "$studio" "$@" --screenshot "$out/$file"
  echo "$out/$file"
}
for scheme in le ele etc etc-gray pe rmt; do
  shoot "scramble-$scheme.jpg" --sample dog --scheme "$scheme"
done
shoot query.jpg --demo-query --page Query
shoot cloud.jpg --demo-query --page Cloud
shoot coercion-uniform.jpg --demo-query --page Coercion
shoot coercion-paper.jpg --demo-query --fake-key paper --page Coercion
shoot evaluate-audit.jpg --audit --scheme le --sample dog
shoot evaluate-sweep.jpg --sweep
