#!/usr/bin/env bash
# Checks the menu entry and the AppStream metainfo the way distributions do (run by ctest).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
desktop-file-validate "$here/linux/org.ledstudio.LedStudio.desktop"
appstreamcli validate --no-net --explain "$here/linux/org.ledstudio.LedStudio.metainfo.xml"
