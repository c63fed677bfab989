#!/usr/bin/env bash
# Makes the Debian package of a build and checks it as Debian does: lintian reports nothing (errors,
# warnings), and the package holds the manual pages, the shell completion and the sample photographs.
# Run by ctest; skipped (77) where lintian is not installed.
# Usage: packaging/check-package.sh BUILD-FOLDER
set -euo pipefail
build=$(cd "$1" && pwd)
command -v lintian >/dev/null || { echo "lintian is not installed: the package is not checked"; exit 77; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
(cd "$work" && cpack -G DEB --config "$build/CPackConfig.cmake" -B "$work" >/dev/null)
deb=$(ls "$work"/*.deb)
contents=$(dpkg-deb --contents "$deb")
name=$(dpkg-deb --field "$deb" Package)
programs="led-cloud"
[ "$name" = led-studio ] && programs="led led-cloud led-studio"
for program in $programs; do
  grep -q "usr/share/man/man1/$program.1.gz" <<<"$contents" || { echo "no manual page for $program"; exit 1; }
done
for program in $programs; do
  [ "$program" = led-studio ] && continue
  grep -q "usr/share/bash-completion/completions/$program\$" <<<"$contents" || { echo "no bash completion for $program"; exit 1; }
  grep -q "usr/share/zsh/vendor-completions/_$program\$" <<<"$contents" || { echo "no zsh completion for $program"; exit 1; }
done
if [ "$name" = led-studio ]; then
  grep -q "usr/share/led-studio/samples/dog.jpg" <<<"$contents" || { echo "no sample photographs"; exit 1; }
else
  if dpkg-deb --field "$deb" Depends | grep -Eq 'libqt|qt6|opencv'; then
    echo "led-cloud depends on Qt or OpenCV: $(dpkg-deb --field "$deb" Depends)"
    exit 1
  fi
fi
lintian --fail-on error,warning "$deb"
echo "$(basename "$deb"): lintian reports nothing"
