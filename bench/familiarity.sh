#!/usr/bin/env bash
# The out-of-distribution bound of the Predict page's quick model (baseline on le, one epoch on 20,000
# Fashion-MNIST images, tested and calibrated on the first 2,000 test images), over seeds: the share of
# all 10,000 test images that pass its bound (8,000 of them unseen by the calibration) and which of the
# bundled photos it catches. Demo keys (--seed): reproducible, not secret.
# Usage: bench/familiarity.sh [LED] [SEEDS]
set -euo pipefail
led=${1:-build/app/led} seeds=${2:-"1 2 3 4 5"}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
for seed in $seeds; do
  "$led" keygen --scheme le --block 4 --size 28x28x1 --seed "$seed" -o "$work/$seed.ledkey" >/dev/null
  "$led" train --key "$work/$seed.ledkey" --epochs 1 --limit-train 20000 --limit-test 2000 --seed "$seed" --threads 2 \
    --output "$work/$seed.ledmodel" >/dev/null 2>&1
  "$led" evaluate familiarity --json -m "$work/$seed.ledmodel" -k "$work/$seed.ledkey" resources/samples/dog.jpg resources/samples/cat.png \
    >"$work/$seed.json"
done
python3 - "$work" $seeds <<'PY'
import json, statistics, sys
work, seeds = sys.argv[1], sys.argv[2:]
runs = [json.load(open(f"{work}/{s}.json")) for s in seeds]
passing = [100 * r["passing"] for r in runs]
for s, r in zip(seeds, runs):
    photos = ", ".join(f"{p['photo'].split('/')[-1]} {p['distance']:.2f} {'caught' if p['caught'] else 'passes'}" for p in r["photos"])
    print(f"seed {s}: bound {r['bound']:.2f}, {100 * r['passing']:.1f} % of {r['test_images']} test images pass; {photos}")
caught = sum(p["caught"] for r in runs for p in r["photos"])
total = sum(len(r["photos"]) for r in runs)
print(f"test images passing: median {statistics.median(passing):.1f} % (range {min(passing):.1f}-{max(passing):.1f} %) over {len(runs)} seeds")
print(f"sample photos caught: {caught} of {total}")
PY
