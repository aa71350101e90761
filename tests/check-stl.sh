#!/usr/bin/env bash
# Checks a printable STL with two independent tools: admesh (open edges, degenerate or non-manifold
# facets, reversed normals) and PrusaSlicer's command line (slices it into G-code). Prints one line;
# exit 0 only when admesh had nothing to fix and PrusaSlicer wrote G-code (on a 2-layer raft: the plate is curved like
# the skin, so it touches the bed at a point in the STL's patient frame and has no first layer of its own; support
# material would do the same for the slicer's check at three times the time).
# Usage: tests/check-stl.sh FILE.stl [WORKDIR]
set -uo pipefail
stl="$1"
work="${2:-$(mktemp -d)}"
mkdir -p "$work"
name="$(basename "$stl" .stl)"
admesh "$stl" >"$work/$name.admesh.txt" 2>&1 || { echo "admesh failed on $stl"; exit 1; }
field() { grep -E "^$1" "$work/$name.admesh.txt" | head -1 | sed -E 's/^[^:]*: *([0-9]+).*/\1/'; }
facets=$(grep -E "^Number of facets" "$work/$name.admesh.txt" | awk '{print $5}')
problems=""
for f in "Number of parts" "Degenerate facets" "Edges fixed" "Facets removed" "Facets added" "Facets reversed" "Backwards edges" "Normals fixed" "Total disconnected facets"; do
  v=$(field "$f")
  want=0; [ "$f" = "Number of parts" ] && want=1
  [ "$v" = "$want" ] || problems="$problems $f=$v;"
done
if [ -n "$problems" ]; then
  echo "admesh on $stl:$problems (see $work/$name.admesh.txt)"; exit 1
fi
if ! prusa-slicer --raft-layers 2 --export-gcode "$stl" --output "$work/$name.gcode" >"$work/$name.prusa.txt" 2>&1 || [ ! -s "$work/$name.gcode" ]; then
  echo "prusa-slicer could not slice $stl: $(tail -2 "$work/$name.prusa.txt" | tr '\n' ' ')"; exit 1
fi
layers=$(grep -c '^;LAYER_CHANGE' "$work/$name.gcode")
echo "admesh: $facets facets, 1 part, nothing to fix; prusa-slicer: $layers layers of G-code"
