#!/usr/bin/env bash
# Times `genogram render` against Graphviz `dot -Tsvg` on the same synthetic families, in one
# run, and counts descent-edge crossings and split couples for both with crossings.py.
#
#   bash bench/compare.sh [SIZES...]      default: 100 1000 10000
#
# Needs python3 (standard library) and Graphviz; installs Graphviz from Debian's packages when
# `dot` is missing and the script runs as root. Families come from genfamily.py (deterministic).
set -euo pipefail
cd "$(dirname "$0")/.."
sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(100 1000 10000)
if ! command -v dot >/dev/null; then
  if [ "$(id -u)" = 0 ]; then
    apt-get update -qq >/dev/null && apt-get install -y -qq graphviz >/dev/null
  else
    echo "Graphviz is needed: apt-get install graphviz" >&2
    exit 2
  fi
fi
cargo build --release -q
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# The median wall time of three runs, in seconds; "timeout" past DOT_TIMEOUT seconds.
median() {
  local times=()
  for _ in 1 2 3; do
    local start end
    start=$(date +%s.%N)
    if ! timeout "${DOT_TIMEOUT:-120}" "$@" >/dev/null 2>&1; then
      echo timeout
      return
    fi
    end=$(date +%s.%N)
    times+=("$(echo "$end - $start" | bc)")
  done
  printf '%s\n' "${times[@]}" | sort -n | sed -n 2p
}

printf '%-8s %12s %12s %8s %22s %22s\n' people genogram dot ratio "genogram crossings/split" "dot crossings/split"
for n in "${sizes[@]}"; do
  python3 bench/genfamily.py "$n" --dot "$work/f.dot" --ped "$work/f.csv" >/dev/null
  python3 bench/family_json.py "$work/f.csv" "$work/f.json"
  ours=$(median ./target/release/genogram render "$work/f.json" -o "$work/f.svg")
  theirs=$(median dot -Tsvg "$work/f.dot" -o "$work/dot.svg")
  ./target/release/genogram render "$work/f.json" -o "$work/f.svg" --layout-json "$work/layout.json"
  python3 -c "import json,sys; l=json.load(open(sys.argv[1])); json.dump({p['id']: [p['x'], p['y']] for p in l['people']}, open(sys.argv[2], 'w'))" "$work/layout.json" "$work/pos.json"
  ours_quality=$(python3 bench/crossings.py "$work/f.csv" positions "$work/pos.json" | tr '\n' ' ')
  if [ "$theirs" = timeout ]; then
    ratio="-"
    theirs_quality="-"
  else
    ratio=$(echo "scale=1; $theirs / $ours" | bc)
    dot -Tplain "$work/f.dot" -o "$work/f.plain"
    theirs_quality=$(python3 bench/crossings.py "$work/f.csv" dot-plain "$work/f.plain" | tr '\n' ' ')
  fi
  printf '%-8s %11ss %11ss %7sx   %s | %s\n' "$n" "$ours" "$theirs" "$ratio" "$ours_quality" "$theirs_quality"
done
