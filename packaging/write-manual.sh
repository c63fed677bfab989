#!/usr/bin/env bash
# Writes a program's manual page (NAME.1.gz) and, for led and led-cloud, its bash and zsh completion,
# as the program itself prints them from its command registry. Run by the build.
# Usage: packaging/write-manual.sh PROGRAM NAME OUTPUT-FOLDER [cli.md] [--completion]
set -euo pipefail
program=$1 name=$2 out=$3 examples=${4:-} completion=${5:-}
mkdir -p "$out"
"$program" --manual ${examples:+"$examples"} >"$out/$name.1"
gzip -9nf "$out/$name.1"
if [ "$completion" = --completion ]; then
  "$program" --completion bash >"$out/$name.bash"
  "$program" --completion zsh >"$out/_$name"
fi
