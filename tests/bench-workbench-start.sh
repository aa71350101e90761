#!/usr/bin/env bash
# Start time of the clinician workbench on the demo case ('./opensabt bench workbench-start [RUNS]'): seconds from
# the JVM's start until every open view shows the case, read from the workbench's own marks
# (-Dopensabt.startTimes, org.opensabt.viewer.ui.StartTimes). One cold start (a new OSGi configuration area) and
# RUNS warm starts (default 3) on the same configuration; prints each and the warm median. Needs the built
# workbench and headless products; runs under Xvfb when DISPLAY is unset.
set -uo pipefail
if [ -z "${DISPLAY:-}" ]; then exec xvfb-run -a -s "-screen 0 1366x768x24" bash "$0" "$@"; fi
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
RUNS="${1:-3}"
OUT="$ROOT/target/bench-workbench-start"
PRODUCTS="$ROOT/releng/org.opensabt.site/target/products"
WB="$PRODUCTS/org.opensabt.workbench.product/linux/gtk/x86_64"
LAUNCHER="$(ls "$WB"/plugins/org.eclipse.equinox.launcher_*.jar 2>/dev/null | head -1)"
[ -n "$LAUNCHER" ] || { echo "bench workbench-start: no built workbench product in $WB (run ./opensabt build)" >&2; exit 1; }
JAVA="${JAVA_HOME:+$JAVA_HOME/bin/}java"
rm -rf "$OUT" && mkdir -p "$OUT"
CASE="$OUT/demo/out/demo/sts-001"
mkdir -p "$OUT/demo" && (cd "$OUT/demo" && "$ROOT/opensabt" demo >"$OUT/demo.txt" 2>&1) \
  || { echo "bench workbench-start: the demo failed (see $OUT/demo.txt)" >&2; exit 1; }

one() {  # $1 label, $2 configuration folder: prints "ALL 2D" seconds, or "- -" when the views were not filled in 60 s
  local marks="$OUT/$1.marks"
  "$JAVA" -Dopensabt.case="$CASE" -Dopensabt.startTimes="$marks" -jar "$LAUNCHER" -install "$WB" \
    -configuration "$2" -data "$2-data" -consoleLog >"$OUT/$1.log" 2>&1 &
  local pid=$! result="- -" last="" same=0
  # wait until the marks stop changing for 6 s (the background work done), at most 60 s
  for _ in $(seq 1 120); do
    sleep 0.5
    cur="$(cat "$marks" 2>/dev/null)"
    if [ -n "$cur" ] && [ "$cur" = "$last" ]; then same=$((same+1)); else same=0; last="$cur"; fi
    [ "$same" -ge 12 ] && break
  done
  result="$(python3 - "$marks" <<'PY' 2>/dev/null || echo "- -"
import re, sys
lines = [l.split(" ", 1) for l in open(sys.argv[1]) if l.strip()]
created, done, background = set(), {}, set()
for t, what in lines:
    m = re.match(r"(created|shown|filled) (\S+)(?: (\S+))?", what.strip())
    if m and m.group(1) == "filled":
        background.add(m.group(2))
for t, what in lines:
    what = what.strip()
    if what.startswith("DVH of "):  # the Plan view's DVHs, computed in the background
        done["org.opensabt.viewer.ui.planView.dvh"] = float(t); created.add("org.opensabt.viewer.ui.planView.dvh")
        continue
    m = re.match(r"(created|shown|filled) (\S+)(?: (\S+))?", what)
    if not m: continue
    kind, view, case = m.groups()
    if kind == "created": created.add(view)
    elif case == "sts-001" and (kind == "filled" or view not in background):
        done[view] = float(t)
if not created or any(v not in done for v in created): sys.exit(1)
print("%.2f %.2f" % (max(done[v] for v in created), max(done[v] for v in created if "vtk" not in v)))
PY
)"
  kill "$pid" 2>/dev/null; wait "$pid" 2>/dev/null
  echo "$result"
}

echo "Workbench start on the demo case (seconds from JVM start until every open view shows it; 3D may finish last)"
read -r all2d <<<"$(one cold "$OUT/config")"
echo "  cold (new configuration area): all views $(cut -d' ' -f1 <<<"$all2d") s, 2D views $(cut -d' ' -f2 <<<"$all2d") s"
warm=()
for i in $(seq 1 "$RUNS"); do
  r="$(one "warm$i" "$OUT/config")"; warm+=("$r")
  echo "  warm $i: all views $(cut -d' ' -f1 <<<"$r") s, 2D views $(cut -d' ' -f2 <<<"$r") s"
done
printf '%s\n' "${warm[@]}" | python3 -c '
import statistics, sys
rows = [l.split() for l in sys.stdin if l.strip() and "-" not in l.split()]
if not rows: print("  warm: no start filled its views within 60 s"); sys.exit(1)
a = statistics.median(float(r[0]) for r in rows); b = statistics.median(float(r[1]) for r in rows)
print("  warm median: all views %.2f s, 2D views %.2f s (goal: every view filled <= 5 s)" % (a, b))'
