#!/usr/bin/env bash
# One seeded epoch of block-cnn on an encrypted dataset with two ranks on this machine (one thread each,
# over loopback), as docs/results.md times the data-parallel step. Prints rank 0's epoch line and the
# digest of its weights; both ranks end with the same weights or the run fails.
# Usage: bench/two-ranks.sh LED_CLOUD DATASET_DIR [PORT] [OUT_PREFIX]
set -euo pipefail
cloud=$1 data=$2 port=${3:-29581} out=${4:-$(mktemp -d)/run}
export WORLD_SIZE=2 MASTER_ADDR=127.0.0.1 MASTER_PORT=$port GLOO_SOCKET_IFNAME=lo
train() { timeout 600 "$cloud" train --data "$data" --architecture block-cnn --epochs 1 --threads 1 --seed 3 "$@"; }
RANK=1 train -o "$out.r1.ledmodel" >"$out.r1.log" 2>&1 &
RANK=0 train -o "$out.ledmodel" 2>&1 | grep -E "^epoch|weights"
wait
