#!/usr/bin/env bash
# Renders the HTML briefing note to a PNG with headless Chromium (same flags as the render test).
# Usage: scripts/render-note-png.sh [note.html] [out.png] [width] [height]
# Defaults: output/2025/briefing-note.html -> docs/briefing-note.png at 1200x3000.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
html="${1:-$root/output/2025/briefing-note.html}"
png="${2:-$root/docs/briefing-note.png}"
width="${3:-1200}"
height="${4:-3000}"

if [[ ! -f "$html" ]]; then
  echo "render-note-png: no HTML note at $html (run the scan first: npm run scan)" >&2
  exit 2
fi

chrome="${CHROMIUM:-}"
if [[ -z "$chrome" ]]; then
  for c in chromium chromium-browser google-chrome google-chrome-stable; do
    if command -v "$c" >/dev/null 2>&1; then chrome="$(command -v "$c")"; break; fi
  done
fi
if [[ -z "$chrome" ]]; then
  echo "render-note-png: chromium not found; install it (apt-get install -y chromium) or set CHROMIUM=/path/to/chrome" >&2
  exit 3
fi

profile="$(mktemp -d "${TMPDIR:-/tmp}/planscan-chromium.XXXXXX")"
trap 'rm -rf "$profile"' EXIT
mkdir -p "$(dirname "$png")"
# Write next to the target, then rename, so a failed render never leaves a half-written PNG.
tmp_png="$(dirname "$png")/.$(basename "$png").$$.tmp.png"

abs_html="$(cd "$(dirname "$html")" && pwd)/$(basename "$html")"
"$chrome" --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
  --disable-background-networking --disable-component-update --disable-sync \
  --user-data-dir="$profile" --hide-scrollbars \
  --screenshot="$tmp_png" --window-size="${width},${height}" \
  "file://${abs_html}" 2> >(grep -v -E 'dbus|Fontconfig|GPU|gcm' >&2 || true)

if [[ ! -s "$tmp_png" ]]; then
  rm -f "$tmp_png"
  echo "render-note-png: chromium wrote no screenshot" >&2
  exit 4
fi
mv -f "$tmp_png" "$png"
echo "$png"
