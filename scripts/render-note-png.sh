#!/usr/bin/env bash
# Renders page 1 of the briefing note, as it prints, to a PNG (the README's picture).
# The Word note is converted with LibreOffice (headless); without LibreOffice, the HTML note is
# printed with headless Chromium. Needs pdftoppm (poppler-utils).
# Usage: scripts/render-note-png.sh [note.docx|note.html] [out.png] [dpi]
# Defaults: output/2025/briefing-note.docx -> docs/briefing-note.png at 80 dpi.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
note="${1:-$root/output/2025/briefing-note.docx}"
png="${2:-$root/docs/briefing-note.png}"
dpi="${3:-80}"

if [[ ! -f "$note" ]]; then
  echo "render-note-png: no note at $note (run the scan first: npm run scan)" >&2
  exit 2
fi
command -v pdftoppm >/dev/null 2>&1 || { echo "render-note-png: pdftoppm not found (apt-get install -y poppler-utils)" >&2; exit 3; }

work="$(mktemp -d "${TMPDIR:-/tmp}/planscan-png.XXXXXX")"
trap 'rm -rf "$work"' EXIT
abs="$(cd "$(dirname "$note")" && pwd)/$(basename "$note")"
pdf="$work/note.pdf"

if [[ "$note" == *.docx ]] && command -v libreoffice >/dev/null 2>&1; then
  libreoffice --headless "-env:UserInstallation=file://$work/lo" --convert-to pdf --outdir "$work" "$abs" >/dev/null 2>&1
  mv "$work/$(basename "${note%.docx}").pdf" "$pdf"
else
  html="${abs%.docx}.html"
  chrome="${CHROMIUM:-}"
  if [[ -z "$chrome" ]]; then
    for c in chromium chromium-browser google-chrome google-chrome-stable; do
      if command -v "$c" >/dev/null 2>&1; then chrome="$(command -v "$c")"; break; fi
    done
  fi
  [[ -n "$chrome" ]] || { echo "render-note-png: neither libreoffice nor chromium found" >&2; exit 3; }
  "$chrome" --headless --no-sandbox --disable-gpu --no-first-run --disable-background-networking \
    --disable-component-update --disable-sync --user-data-dir="$work/profile" --no-pdf-header-footer \
    --print-to-pdf="$pdf" "file://$html" 2>/dev/null
fi
[[ -s "$pdf" ]] || { echo "render-note-png: no PDF was printed" >&2; exit 4; }

mkdir -p "$(dirname "$png")"
pdftoppm -png -r "$dpi" -f 1 -l 1 -singlefile "$pdf" "$work/page1"
# Written next to the target, then renamed, so a failed render never leaves a half-written PNG.
tmp_png="$(dirname "$png")/.$(basename "$png").$$.tmp.png"
cp "$work/page1.png" "$tmp_png"
mv -f "$tmp_png" "$png"
echo "$png"
