#!/usr/bin/env bash
# Retakes the screenshots of README and the user guide from a real window under Xvfb: the dog photo under every scheme, one
# deniable query round with the dog and the cat on the Query, Cloud and Coercion pages, a short training
# run, a local prediction, the Evaluate page's audit and calibration sweep, the guided tour, the dark
# appearance and a translation (the last needs a CJK font, e.g. apt-get install fonts-wqy-microhei).
# Usage: packaging/take-screenshots.sh [build folder] [output folder]
set -euo pipefail
build=${1:-build}
out=${2:-docs/screenshots}
studio="$build/app/led-studio"
led="$build/app/led"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
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
shoot train-le.jpg --train le --epochs 2
# A model for the Predict page: le-encrypted images, one epoch on 10,000 Fashion-MNIST images, its key
# beside it (where the page looks for it by fingerprint); the photo is the first test image (an ankle
# boot), cut from Debian's IDX file as a PGM.
"$led" keygen --scheme le --block 4 --size 28x28x1 -o "$work/fashion-le.ledkey" >/dev/null
"$led" train --key "$work/fashion-le.ledkey" --epochs 1 --limit-train 10000 --output "$work/fashion.ledmodel" >/dev/null
idx=$(dpkg -L dataset-fashion-mnist | grep 't10k-images-idx3-ubyte')
# (|| true: head stops reading early, and zcat's broken pipe is expected)
{ printf 'P5\n28 28\n255\n'; (zcat -f "$idx" || true) | head -c 800 | tail -c 784; } >"$work/ankle-boot.pgm"
shoot predict.jpg "$work/fashion.ledmodel" --predict "$work/ankle-boot.pgm"
shoot evaluate-audit.jpg --audit --scheme le --sample dog
shoot evaluate-sweep.jpg --sweep
shoot tour.jpg --tour 4
shoot coercion-dark.jpg --tour 5 --appearance dark
shoot query-zh_TW.jpg --demo-query --page Query --language zh_TW
