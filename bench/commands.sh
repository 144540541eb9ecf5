#!/usr/bin/env bash
# Times each genogram command (check, anonymize, render, report) on one generated family (default 100,000 people) in a single run,
# as ratios to a baseline measured in the same run: reading and parsing the same JSON file with
# Python's json module. Usage: bash bench/commands.sh [PEOPLE]. Needs python3 and bc.
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-100000}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cargo build --release -q
python3 bench/genfamily.py "$n" --dot "$work/f.dot" --ped "$work/f.csv" >/dev/null
python3 bench/family_json.py "$work/f.csv" "$work/f.json"
f=$work/f.json
g=./target/release/genogram
centre=$(python3 -c "import json,sys; d=json.load(open(sys.argv[1])); print(d['people'][len(d['people'])//2]['id'])" "$f")
# Seconds a command takes; its output is discarded (render notes a big family on stderr).
t() {
  local s
  s=$(date +%s.%N)
  "$@" >/dev/null 2>&1
  echo "$(date +%s.%N) - $s" | bc
}
base=$(t python3 -c "import json,sys; json.load(open(sys.argv[1]))" "$f")
row() { printf "%-34s %8.3f s %7.1fx\n" "$1" "$2" "$(echo "$2 / $base" | bc -l)"; }
echo "$n people; ratios to the baseline of the same run"
row "python3 json.load (baseline)" "$base"
row "genogram check" "$(t $g check "$f")"
row "genogram anonymize" "$(t $g anonymize "$f" --key "$work/key" -o "$work/anon.json")"
row "genogram render (whole family)" "$(t $g render "$f" -o "$work/f.svg")"
row "genogram render --focus (3 gen.)" "$(t $g render "$f" --focus "$centre" -o "$work/focus.svg")"
row "genogram report --format json" "$(t $g report "$f" --format json -o "$work/report.json")"
row "genogram report (Markdown)" "$(t $g report "$f" -o "$work/report.md")"
