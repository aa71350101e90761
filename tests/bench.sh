#!/usr/bin/env bash
# Benchmarks of the built headless product with their sanity checks (throughput figures printed, accuracy asserted):
# run by './opensabt bench', never by './opensabt test'. Prints ok/FAIL lines; exits 1 on a failure.
set -uo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
OUT="$ROOT/target/bench"
rm -rf "$OUT" && mkdir -p "$OUT"
passed=0; failed=0
ok()   { passed=$((passed+1)); echo "  ok    $1"; }
fail() { failed=$((failed+1)); echo "  FAIL  $1"; [ -n "${2:-}" ] && sed 's/^/        /' "$2" | head -20; }

echo "Benchmarks (opensabt headless product)"
OPENSABT_JAVA_OPTS="-Xmx1g" "$ROOT/opensabt" --json bench dose --cube-mm 50 --seeds 40 --repeats 2 >"$OUT/bench.json" 2>"$OUT/err"
python3 - "$OUT/bench.json" <<'PY' && ok "bench dose (small, -Xmx1g): throughput, heap, deviation < 0.5 %" || fail "bench dose" "$OUT/err"
import json, sys
r = json.load(open(sys.argv[1]))["result"]
assert r["voxelsChecked"] > 100000 and r["maxRelativeDeviationBeyond2mm"] < 0.005, r
assert r["evaluationsPerSecond"] > 0 and r["peakHeapMiB"] < 1024 and r["maxHeapMiB"] <= 1024, r
PY

"$ROOT/opensabt" --json bench contour --repeats 1 >"$OUT/bench-contour.json" 2>"$OUT/err"
python3 - "$OUT/bench-contour.json" <<'PY' && ok "bench contour: BODY and 10 mm margin timed on 512×512×134" || fail "bench contour" "$OUT/err"
import json, sys
r = json.load(open(sys.argv[1]))["result"]
assert r["grid"] == "512x512x134" and r["bodySecondsMedian"] > 0 and abs(r["tumourPlus10mmEquivalentRadiusMm"] - 40) < 0.5, r
PY

"$ROOT/opensabt" --json bench import --slices 20 --repeats 1 >"$OUT/bench-import.json" 2>"$OUT/err"
python3 -c 'import json,sys; r=json.load(open(sys.argv[1]))["result"]; assert r["slices"] == 20 and r["wallSecondsMedian"] > 0 and r["peakHeapPerVoxelData"] > 0, r' "$OUT/bench-import.json" \
  && ok "bench import (small): wall time and peak heap against voxel data" || fail "bench import" "$OUT/err"

"$ROOT/opensabt" --json bench outcomes --sizes 2000 --repeats 1 >"$OUT/bench-outcomes.json" 2>"$OUT/err"
python3 -c 'import json,sys; r=json.load(open(sys.argv[1]))["result"]["n2000"]; assert r["cpuSecondsMedian"] > 0 and abs(r["coef"][0] - 0.5) < 0.25, r' "$OUT/bench-outcomes.json" \
  && ok "bench outcomes (small): CPU and wall time of Cox + Kaplan–Meier" || fail "bench outcomes" "$OUT/err"

"$ROOT/opensabt" --json bench plan --sizes 30 --repeats 1 --no-obstacle-row >"$OUT/bench-plan.json" 2>"$OUT/err"
python3 - "$OUT/bench-plan.json" <<'PY' && ok "bench plan (small): wall time and plan quality against uniform loading, both needle modes" || fail "bench plan" "$OUT/err"
import json, sys
rows = json.load(open(sys.argv[1]))["result"]["rows"]
assert [r["needleMode"] for r in rows] == ["grid:ap", "free:ap:60"], rows
for r in rows:
    assert r["wallSecondsMedian"] > 0 and r["v100Percent"] >= 95 and r["seeds"] < r["uniformSeeds"], r
    assert r["matchedSeeds"] < r["uniformSeeds"] and r["matchedV100Percent"] >= r["uniformV100Percent"] - 1e-9, r
PY

"$ROOT/opensabt" --json bench template --needles 15 --repeats 1 >"$OUT/bench-template.json" 2>"$OUT/err"
python3 -c 'import json,sys; r=json.load(open(sys.argv[1]))["result"]["rows"][0]; assert r["holes"] == 15 and r["closedOrientedManifold"] and r["wallSecondsMedian"] > 0, r' \
  "$OUT/bench-template.json" && ok "bench template (small): design time, triangles, manifold" || fail "bench template" "$OUT/err"

"$ROOT/opensabt" import "$ROOT/demo-data/sts-001/ct" "$ROOT/demo-data/sts-001/rtstruct" --out "$OUT/bench-case" >/dev/null 2>"$OUT/err" \
  || fail "import of the demo case for bench postplan" "$OUT/err"
"$ROOT/opensabt" --json bench postplan --case "$OUT/bench-case" --cts 3 --repeats 3 >"$OUT/bench-postplan.json" 2>"$OUT/err"
python3 - "$OUT/bench-postplan.json" <<'PY' >"$OUT/check.txt" 2>&1 && ok "bench postplan: $(tail -1 "$OUT/check.txt")" || fail "bench postplan" "$OUT/check.txt"
import json, sys
result = json.load(open(sys.argv[1]))["result"]
rows = result["phantomRows"]
assert [r["sliceMm"] for r in rows] == [1, 1.5, 2, 3, 5], rows
for r in rows:
    assert r["foundPercent"] >= 98 and r["presentSeeds"] == 3 * 57, r
reg = result["registrationRow"]
assert (reg["columns"], reg["rows"], reg["slices"]) == (512, 512, 134), reg
assert reg["registrationResidualMm"] <= 1 and reg["registrationErrorMaxMm"] <= 1 and reg["totalSecondsMedian"] <= 5, reg
print("post-op CTs at 1-5 mm: found %s %%, false per 60 %s; 512x512x134 moved CT: residual %.2f mm, error %.2f mm, registration + detection %.2f s (goal <= 5 s)" % (
    "/".join("%.0f" % r["foundPercent"] for r in rows), "/".join("%.1f" % r["falsePer60"] for r in rows), reg["registrationResidualMm"],
    reg["registrationErrorMaxMm"], reg["totalSecondsMedian"]))
PY

"$ROOT/opensabt" phantom --out "$OUT/bench-phantom" --target-cc 30 >/dev/null 2>"$OUT/err" || fail "phantom case for bench batch" "$OUT/err"
"$ROOT/opensabt" --json bench batch --case "$OUT/bench-phantom" --copies 3 --one-by-one 1 --jobs 2 \
  --step "plan target=GTV rx=140 strength-mci=0.7" >"$OUT/bench-batch.json" 2>"$OUT/err"
python3 - "$OUT/bench-batch.json" <<'PY' >"$OUT/check.txt" 2>&1 && ok "bench batch (small): $(tail -1 "$OUT/check.txt")" || fail "bench batch" "$OUT/check.txt"
import json, sys
rows = json.load(open(sys.argv[1]))["result"]["rows"]
assert [r["casesAtOnce"] for r in rows] == [1, 1, 2] and [r["cases"] for r in rows] == [1, 3, 3], rows
assert all(r["casesPerMinute"] > 0 and r["minCaseSeconds"] <= r["medianCaseSeconds"] <= r["maxCaseSeconds"] for r in rows), rows
print("cases/min one-by-one %.1f, one JVM %.1f, 2 at once %.1f" % tuple(r["casesPerMinute"] for r in rows))
PY

echo "benchmarks: $passed passed, $failed failed"
[ "$failed" = 0 ]
