#!/usr/bin/env bash
# Installs the Debian 12 packages LED Studio needs to build, test and run. Run as root (or with sudo).
# Does nothing when everything is already there, so it is cheap to run before every build.
set -euo pipefail

packages=(
  g++ cmake ninja-build ccache pkg-config
  qt6-base-dev qt6-base-dev-tools libgl-dev libqt6svg6 libqcustomplot-dev
  qt6-tools-dev qt6-l10n-tools qt6-translations-l10n
  libopencv-dev libpng-dev libturbojpeg0-dev zlib1g-dev dataset-fashion-mnist
  libtorch-dev libgloo-dev libsodium-dev libcli11-dev nlohmann-json3-dev
  python3-torch python3-numpy libcpp-httplib-dev libssl-dev openssl iproute2 libgtest-dev
  xvfb xauth fonts-dejavu-core fonts-wqy-microhei
  desktop-file-utils appstream dpkg-dev file lintian clang-format
)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
  echo "install-deps: all ${#packages[@]} packages present"
  exit 0
fi

as_root=()
if [ "$(id -u)" -ne 0 ]; then
  command -v sudo >/dev/null || { echo "install-deps: run as root to install: ${missing[*]}" >&2; exit 1; }
  as_root=(sudo)
fi
echo "install-deps: installing ${missing[*]}"
"${as_root[@]}" apt-get update -q
DEBIAN_FRONTEND=noninteractive "${as_root[@]}" apt-get install -y -q --no-install-recommends "${missing[@]}"
