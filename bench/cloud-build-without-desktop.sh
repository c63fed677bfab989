#!/bin/bash
# The cloud's build on a machine without Qt and OpenCV: their headers and CMake packages hidden by
# empty file systems in a private mount namespace, then led-cloud configured, built and its direct
# libraries listed. As root: unshare -m --propagation private bash bench/cloud-build-without-desktop.sh [build folder]
set -euo pipefail
source=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-/tmp/build-cloud-only}
for d in /usr/include/x86_64-linux-gnu/qt6 /usr/include/opencv4 /usr/lib/x86_64-linux-gnu/cmake/opencv4 /usr/lib/x86_64-linux-gnu/cmake/Qt6*; do
  [ -d "$d" ] && mount -t tmpfs none "$d"
done
echo "files left in the Qt and OpenCV header folders: $(find /usr/include/opencv4 /usr/include/x86_64-linux-gnu/qt6 -type f | wc -l)"
rm -rf "$build"
cmake -S "$source" -B "$build" -G Ninja -DLED_DESKTOP=OFF | tail -3
time cmake --build "$build" -j2 | tail -1
readelf -d "$build/app/led-cloud" | grep NEEDED
"$build/app/led-cloud" --version
