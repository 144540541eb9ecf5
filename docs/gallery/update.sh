#!/usr/bin/env bash
# Redraws every example into docs/gallery/ (SVG, and PNG through rsvg-convert from Debian's
# librsvg2-bin, installed when missing and running as root). A test checks the SVGs are current.
set -euo pipefail
cd "$(dirname "$0")/../.."
if ! command -v rsvg-convert >/dev/null; then
  if [ "$(id -u)" = 0 ]; then
    apt-get update -qq >/dev/null && apt-get install -y -qq librsvg2-bin >/dev/null
  else
    echo "rsvg-convert is needed: apt-get install librsvg2-bin" >&2
    exit 2
  fi
fi
cargo build --release -q
for example in examples/*.json; do
  name=$(basename "$example" .json)
  ./target/release/genogram render "$example" -o "docs/gallery/$name.svg"
  rsvg-convert --background-color white "docs/gallery/$name.svg" -o "docs/gallery/$name.png"
done
# One drawing per notation feature (the renderer's test fixtures), SVG only.
mkdir -p docs/gallery/notation
for fixture in crates/genogram-render/tests/fixtures/*.json; do
  name=$(basename "$fixture" .json)
  ./target/release/genogram render "$fixture" -o "docs/gallery/notation/$name.svg"
done
# The HTML report of the richest example, one finding selected (needs Debian's chromium;
# skipped without it).
if command -v chromium >/dev/null; then
  ./target/release/genogram report examples/clarke-moreno-family.json --format html -o /tmp/genogram-report.html
  finding=$(grep -o '<h3>F[0-9]*\. Parent-child triangle (detouring)' /tmp/genogram-report.html | head -1 | sed 's/<h3>F\([0-9]*\).*/f\1/')
  chromium --headless --no-sandbox --disable-gpu --hide-scrollbars --window-size=1500,1000 \
    --virtual-time-budget=3000 --screenshot=docs/gallery/report.png \
    "file:///tmp/genogram-report.html#select-${finding:-f1}" 2>/dev/null
fi
