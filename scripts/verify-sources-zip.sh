#!/usr/bin/env bash
# Rebuilds the Firefox package from the sources zip, as an AMO reviewer would, and compares it with the
# Firefox zip file by file. Run after `npm run zip`; takes about a minute (a fresh `npm ci`).
set -euo pipefail
cd "$(dirname "$0")/.."
version=$(node -p 'require("./package.json").version')
sources=".output/verbatim-$version-sources.zip"
package=".output/verbatim-$version-firefox.zip"
for f in "$sources" "$package"; do [ -f "$f" ] || { echo "missing $f: run npm run zip first" >&2; exit 1; }; done

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir "$work/src" "$work/pkg"
unzip -q "$sources" -d "$work/src"
unzip -q "$package" -d "$work/pkg"
(cd "$work/src" && npm ci --no-audit --no-fund --loglevel=error && npm run build:firefox --silent) >"$work/log" 2>&1 ||
  { cat "$work/log" >&2; exit 1; }
if diff -r "$work/pkg" "$work/src/.output/firefox-mv3"; then
  echo "$sources rebuilds $package exactly ($(find "$work/pkg" -type f | wc -l) files)."
else
  echo "The rebuilt Firefox package differs from $package (above)." >&2
  exit 1
fi
