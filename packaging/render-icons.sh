#!/usr/bin/env bash
# Renders every platform icon from resources/icons/confab.svg, the one source of truth. The results are committed,
# so builds need none of these tools; run this again only after the SVG changes.
# Needs: librsvg2-bin (rsvg-convert), icoutils (icotool), icnsutils (png2icns).
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
icons="$root/resources/icons"
svg="$icons/confab.svg"

for tool in rsvg-convert icotool png2icns; do
  command -v "$tool" >/dev/null || { echo "render-icons: $tool is missing" >&2; exit 1; }
done

mkdir -p "$icons/hicolor"
for size in 16 22 24 32 48 64 128 256 512; do
  rsvg-convert --width "$size" --height "$size" --output "$icons/hicolor/confab-$size.png" "$svg"
done

# Windows shows 16–48 in lists and title bars and 256 in large views; the 256 entry stays PNG-compressed.
icotool --create --output "$icons/confab.ico" \
  "$icons/hicolor/confab-"{16,24,32,48,64}.png --raw="$icons/hicolor/confab-256.png"

png2icns "$icons/confab.icns" "$icons/hicolor/confab-"{16,32,48,128,256,512}.png >/dev/null
