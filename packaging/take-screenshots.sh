#!/usr/bin/env bash
# Retakes the screenshots of README and the user guide from a real window under Xvfb: the dog photo under every scheme, one
# deniable query round with the dog and the cat on the Query, Cloud and Coercion pages, a served classroom, a short training
# run, a local prediction, the Evaluate page's audit and calibration sweep, the guided tour, the dark
# appearance and a translation (the last needs a CJK font, e.g. apt-get install fonts-wqy-microhei).
# The window is 1920x1080; the demonstration's pages, the tour and the Predict page are also taken at a
# projector's 1280x720 (FILE-1280x720.jpg).
# Usage: packaging/take-screenshots.sh [build folder] [output folder]
set -euo pipefail
build=${1:-build}
out=${2:-docs/screenshots}
studio="$build/app/led-studio"
led="$build/app/led"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$out"
size=1920x1080
shoot() {
  local file=$1
  shift
  xvfb-run -a -s "-screen 0 ${size}x24" "$studio" "$@" --window-size "$size" --screenshot "$out/$file"
  echo "$out/$file"
}
# The same picture at 1920x1080 and, as FILE-1280x720.jpg, at a projector's size.
both() {
  local file=$1
  shift
  shoot "$file.jpg" "$@"
  size=1280x720 shoot "$file-1280x720.jpg" "$@"
}
for scheme in le ele etc etc-gray pe rmt; do
  shoot "scramble-$scheme.jpg" --sample dog --scheme "$scheme"
done
both query --demo-query --page Query
both cloud --demo-query --page Cloud
both coercion-uniform --demo-query --page Coercion
shoot query-presentation.jpg --demo-query --page Query --zoom 150
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
both predict "$work/fashion.ledmodel" --predict "$work/ankle-boot.pgm"
# The same model given the dog: a clothing model's answer for a photo it cannot know, with its warning.
shoot predict-dog.jpg "$work/fashion.ledmodel" --predict resources/samples/dog.jpg
both evaluate-audit --audit --scheme le --sample dog --learned-attacks
shoot evaluate-sweep.jpg --sweep
# A classroom: the window serves a class whose models and kits led made (its settings name the class's
# folder), and three students send from the command line; the picture is taken once their queries arrive.
classroom() {
  local file=$1 port=$2 class="$work/class-$2" config="$work/config-$2"
  "$led" demo cloud --target resources/samples/dog.jpg --other resources/samples/cat.png -o "$work/demo-$port" >/dev/null
  mkdir -p "$class/models" "$config/LED Studio"
  cp "$work/demo-$port/part0-1.ledmodel" "$class/models/set0-01.ledmodel"
  cp "$work/demo-$port/part1-1.ledmodel" "$class/models/set1-01.ledmodel"
  printf '[classroom]\nfolder=%s\n' "$class" >"$config/LED Studio/LED Studio.conf"
  "$led" kit new --part0-keys "$work/demo-$port/part0-1.ledkey" --part1-keys "$work/demo-$port/part1-1.ledkey" \
    --cloud "http://127.0.0.1:$port" --cloud-pads "$class/pads" --students 3 -o "$work/kits-$port" >/dev/null
  XDG_CONFIG_HOME="$config" shoot "$file" --serve "$port" --page Cloud &
  for _ in $(seq 60); do (echo >"/dev/tcp/127.0.0.1/$port") 2>/dev/null && break; sleep 1; done
  for s in 1 2 3; do
    "$led" query compose --kit "$work/kits-$port/student-$s" --target resources/samples/dog.jpg --other resources/samples/cat.png \
      -o "$work/q$s.ledq" --answer-key-out "$work/q$s.ledak" --answer "$work/q$s.ledans" >/dev/null
  done
  wait
}
classroom classroom.jpg 8791
size=1280x720 classroom classroom-1280x720.jpg 8792
both tour --tour 4
shoot coercion-dark.jpg --tour 5 --appearance dark
shoot query-zh_TW.jpg --demo-query --page Query --language zh_TW
