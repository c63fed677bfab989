#!/usr/bin/env bash
# Every C++ file of the repository is as clang-format (.clang-format) writes it: a dry run, so nothing is
# changed; it names the files that differ. Skipped (77) where clang-format is not installed.
set -euo pipefail
cd "$(dirname "$0")/.."
command -v clang-format >/dev/null || { echo "clang-format is not installed: formatting is not checked"; exit 77; }
if ! git rev-parse --is-inside-work-tree >/dev/null 2>&1; then
  echo "not a git checkout: formatting is not checked"
  exit 77
fi
unformatted=()
while IFS= read -r file; do
  clang-format --dry-run --Werror "$file" >/dev/null 2>&1 || unformatted+=("$file")
done < <(git ls-files '*.cpp' '*.h')
if [ ${#unformatted[@]} -gt 0 ]; then
  printf 'not as clang-format writes it (clang-format -i FILE):\n' >&2
  printf '  %s\n' "${unformatted[@]}" >&2
  exit 1
fi
echo "$(git ls-files '*.cpp' '*.h' | wc -l) files as clang-format writes them"
