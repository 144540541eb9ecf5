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
