#!/usr/bin/env bash
# End-to-end tests of the built products, run by ./opensabt test after the Maven build:
# the real opensabt application (exit codes, one-line errors, JSON), the demo, a partner-hospital
# feature installs inside the base product (tests/install-tests.sh), and the RCP workbench under Xvfb (screenshot kept).
set -uo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
OUT="$ROOT/target/product-tests"
rm -rf "$OUT" && mkdir -p "$OUT"
passed=0; failed=0
export XDG_CONFIG_HOME="$OUT/config"   # the de-identification key and other per-user files: never the user's own
ok()   { passed=$((passed+1)); echo "  ok    $1"; }
fail() { failed=$((failed+1)); echo "  FAIL  $1"; [ -n "${2:-}" ] && sed 's/^/        /' "$2" | head -20; }
run()  { "$ROOT/opensabt" "$@" >"$OUT/stdout" 2>"$OUT/err"; echo $? >"$OUT/code"; }
code() { cat "$OUT/code"; }
lines() { wc -l <"$OUT/err" | tr -d ' '; }

echo "Product tests (opensabt headless product, base product + feature, workbench)"

run --version
[ "$(code)" = 0 ] && grep -q "^OpenSABT 0\.1\.0" "$OUT/stdout" && ok "--version" || fail "--version" "$OUT/err"

run frobnicate
[ "$(code)" = 2 ] && [ "$(lines)" = 1 ] && grep -q "unknown command 'frobnicate'" "$OUT/err" \
  && ok "unknown command: exit 2, one line" || fail "unknown command: exit $(code)" "$OUT/err"

run import "$ROOT/demo-data/sts-001/ct"
[ "$(code)" = 2 ] && [ "$(lines)" = 1 ] && grep -q -- "--out" "$OUT/err" \
  && ok "missing required option: exit 2, one line" || fail "missing option: exit $(code)" "$OUT/err"

run info "$OUT/no-such-case"
[ "$(code)" = 1 ] && [ "$(lines)" = 1 ] && grep -q "no such case folder" "$OUT/err" \
  && ok "bad input: exit 1, one line, no stack trace" || fail "bad input: exit $(code)" "$OUT/err"

mkdir -p "$OUT/corrupt" && head -c 300 "$ROOT/demo-data/sts-001/ct/000010.dcm" >"$OUT/corrupt/000010.dcm"
run import "$OUT/corrupt" --out "$OUT/corrupt-case"
[ "$(code)" = 1 ] && [ "$(lines)" = 1 ] && grep -q "000010.dcm" "$OUT/err" && [ ! -e "$OUT/corrupt-case/case.xmi" ] \
  && ok "corrupt DICOM named, nothing saved" || fail "corrupt DICOM: exit $(code)" "$OUT/err"

run import "$ROOT/demo-data/sts-001/rtstruct" --out "$OUT/rs-only-case"
[ "$(code)" = 1 ] && [ "$(lines)" = 1 ] && grep -q "no CT images among 1 file" "$OUT/err" && [ ! -e "$OUT/rs-only-case/case.xmi" ] \
  && ok "an RT Structure Set without its CT: one error, nothing saved" || fail "RTSTRUCT without CT: exit $(code)" "$OUT/err"

# The launcher on a machine that is not ready: missing packages, no root, two calls at once.
source "$ROOT/tests/launcher-tests.sh"

# --help of every command, found by walking the groups' own help: usage printed, nothing on stderr
# (picocli warns there about unescaped '%' in descriptions)
help_commands() {
  local prefix="$1"
  "$ROOT/opensabt" $prefix --help 2>/dev/null | awk '/^Commands:/{f=1;next} f && /^  [a-z]/{print $1}' | while read -r w; do
    if "$ROOT/opensabt" $prefix $w --help 2>/dev/null | grep -q '^Commands:'; then help_commands "${prefix:+$prefix }$w"; else echo "${prefix:+$prefix }$w"; fi
  done
}
help_ok=0; help_bad=""
for c in $(help_commands "" | tr ' ' '+'); do
  c="${c//+/ }"
  run $c --help
  if [ "$(code)" = 0 ] && grep -q "Usage: opensabt $c" "$OUT/stdout" && [ ! -s "$OUT/err" ]; then help_ok=$((help_ok+1)); else help_bad="$help_bad [$c: exit $(code), $(head -c 150 "$OUT/err")]"; fi
done
[ $help_ok -ge 35 ] && [ -z "$help_bad" ] && ok "--help of all $help_ok commands: usage, exit 0, nothing on stderr" || fail "--help ($help_ok ok):$help_bad"

(cd "$OUT" && "$ROOT/opensabt" demo >"$OUT/demo.txt" 2>"$OUT/demo.err"); rc=$?
[ $rc = 0 ] && grep -q "GTV_Mass_CT" "$OUT/demo.txt" && grep -q "198 x 202 x 59 voxels" "$OUT/demo.txt" \
  && [ -f "$OUT/out/demo/sts-001/case.xmi" ] && ok "demo imports the STS case and prints its summary" || fail "demo (exit $rc)" "$OUT/demo.err"
grep -q "within 2 %" "$OUT/demo.txt" && grep -q "100.00 % of the" "$OUT/demo.txt" && [ -s "$OUT/out/demo/sts-001/dicom/RD.dcm" ] \
  && ok "demo re-checks its plan from the exported RTSTRUCT/RTPLAN/RTDOSE without the case (100 % of voxels within 2 %)" || fail "demo DICOM re-check" "$OUT/demo.txt"
grep -q "ORR 78.3 %, DCR 95.0 %" "$OUT/demo.txt" && [ -s "$OUT/out/demo/outcomes/report.pdf" ] \
  && ok "demo runs the outcome analysis of the bundled synthetic cohort (report, figures)" || fail "demo outcomes" "$OUT/demo.txt"

run --json info "$OUT/out/demo/sts-001"
python3 - "$OUT/stdout" <<'PY' && ok "--json info is one parsable object" || fail "--json info" "$OUT/stdout"
import json, sys
doc = json.load(open(sys.argv[1]))
s = doc["result"]["studies"][0]
assert doc["ok"] is True and s["series"][0]["slices"] == 59, doc
assert s["structureSets"][0]["structures"][0]["name"] == "GTV_Mass_CT"
PY

grep -q "Plan demo-plan: .* seeds of I-125 model 6711" "$OUT/demo.txt" && grep -qE "GTV_Mass_CT: volume [0-9.]+ cc; D90 [0-9.]+ Gy" "$OUT/demo.txt" \
  && grep -qE "GTV_Mass_CT +D90 +>= 140.0 Gy [0-9.]+ Gy +met" "$OUT/demo.txt" && grep -qE "GTV_Mass_CT +V100 +>= 95.0 % +[0-9.]+ % +met" "$OUT/demo.txt" \
  && ok "demo plans the STS case (free needles from the front, none through bone): $(grep -m1 -oE "[0-9]+ needles, [0-9]+ seeds" "$OUT/demo.txt"), $(grep -m1 -oE "D90 +>= 140.0 Gy [0-9.]+ Gy" "$OUT/demo.txt" | awk '{print "D90", $4, $5}'); TG-43 metrics with units" \
  || fail "demo plan and dose" "$OUT/demo.txt"

# TG-43 points: the reference point gives Λ, the centre a finite documented value, 1D differs on the axis.
printf 'x_cm,y_cm,z_cm\n0,1,0\n0,0,0\n0,0,2\n' >"$OUT/points.csv"
run tg43 --source CIAE-6711 --points "$OUT/points.csv"
[ "$(code)" = 0 ] && sed -n 2p "$OUT/stdout" | grep -q "^0,1,0,0.965000$" && ! grep -qi nan "$OUT/stdout" \
  && grep -q "closer than 0.20 cm" "$OUT/err" && ok "tg43: Λ at (1 cm, 90°), finite value at r = 0 (noted)" || fail "tg43 points" "$OUT/stdout"
run --json tg43 --source 6711 --points "$OUT/points.csv" --mode 1d
python3 - "$OUT/stdout" <<'PY' && ok "tg43 --json --mode 1d: array of rows, 1D = Λ·φan(1 cm)" || fail "tg43 --json" "$OUT/stdout"
import json, sys
rows = json.load(open(sys.argv[1]))["result"]
assert len(rows) == 3 and abs(rows[0]["dose_rate_cGy_per_h_per_U"] - 0.965 * 0.944) < 1e-9, rows
PY

# Seed descriptors dropped into a folder: a good one is usable, a malformed one is refused naming the field.
mkdir -p "$OUT/sources"
python3 - "$ROOT/bundles/org.opensabt.dose.tg43/sources/i125_6711.json" "$OUT/sources" <<'PY'
import json, sys
d = json.load(open(sys.argv[1]))
d.update(name="Centre seed X", aliases=["CSX"], lambda_cGy_per_h_per_U=1.0)
d.pop("phi_an")
json.dump(d, open(sys.argv[2] + "/good.json", "w"))
del d["half_life_days"]; d["name"] = "Broken"; d["aliases"] = []
json.dump(d, open(sys.argv[2] + "/broken.json", "w"))
PY
OPENSABT_SOURCES="$OUT/sources" "$ROOT/opensabt" sources >"$OUT/stdout" 2>"$OUT/err"
grep -q "^Centre seed X" "$OUT/stdout" && grep -q 'refused: .*broken.json: field "half_life_days" is missing' "$OUT/stdout" \
  && ok "sources: folder descriptor added, malformed one refused with the field named" || fail "sources folder" "$OUT/stdout"
OPENSABT_SOURCES="$OUT/sources" "$ROOT/opensabt" tg43 --source CSX --points "$OUT/points.csv" >"$OUT/stdout" 2>"$OUT/err"
sed -n 2p "$OUT/stdout" | grep -q "^0,1,0,1.00000$" && ok "tg43 with the dropped-in seed (Λ = 1)" || fail "tg43 dropped-in seed" "$OUT/stdout"

# dose on the demo case: stored in the case, metrics with units; bad seeds refused, case unchanged.
printf 'seed_id,needle,x_mm,y_mm,z_mm\n1,A,65,10,-800\n2,A,65,10,-790\n3,B,75,10,-800\n4,B,75,12,-790\n' >"$OUT/seeds.csv"
run --json dose --case "$OUT/out/demo/sts-001" --seeds "$OUT/seeds.csv" --activity-mCi 0.6 --prescription-Gy 120 --plan-id check --dvh-csv "$OUT/dvh.csv"
python3 - "$OUT/stdout" <<'PY' && ok "dose --json: metrics per structure with units, strength in U and mCi" || fail "dose --json" "$OUT/stdout"
import json, sys
r = json.load(open(sys.argv[1]))["result"]
g = r["metrics"]["GTV_Mass_CT"]
assert abs(r["airKermaStrengthU"] - 0.762) < 1e-9 and abs(r["apparentActivityMCi"] - 0.6) < 1e-9, r
assert g["D90"]["unit"] == "Gy" and g["V100"]["unit"] == "%" and g["D90"]["value"] > 0, g
import csv
rows = [row for row in csv.DictReader(open(sys.argv[1].rsplit("/", 1)[0] + "/dvh.csv")) if row["structure"] == "GTV_Mass_CT"]
assert abs(float(rows[0]["cumulative_volume_cc"]) - g["volume"]["value"]) < 1e-3 * g["volume"]["value"], rows[0]
PY
run info "$OUT/out/demo/sts-001"
grep -q "Plans 2" "$OUT/stdout" && grep -q "Plan check: 4 seeds" "$OUT/stdout" && ok "dose plan saved in the case (demo plan kept)" || fail "dose plan saved" "$OUT/stdout"
# Time: dose up to one half-life is half the total; a strength decays from its reference date.
run --json dose --case "$OUT/out/demo/sts-001" --seeds "$OUT/seeds.csv" --strength-U 0.762 --plan-id half --days-after-implant 59.4 \
  --strength-date 2026-01-01 --implant-date 2026-01-01
cp "$OUT/stdout" "$OUT/half.json"
run --json dose --case "$OUT/out/demo/sts-001" --seeds "$OUT/seeds.csv" --strength-U 0.762 --plan-id decayed --strength-date 2026-01-01 --implant-date 2026-03-01
python3 - "$OUT/half.json" "$OUT/stdout" <<'PY' && ok "dose up to T½ = total/2; strength decayed 59 d from its reference date" || fail "dose time options" "$OUT/stdout"
import json, sys
half = json.load(open(sys.argv[1]))["result"]; decayed = json.load(open(sys.argv[2]))["result"]
d_half = half["metrics"]["GTV_Mass_CT"]["Dmean"]["value"]
d_dec = decayed["metrics"]["GTV_Mass_CT"]["Dmean"]["value"]
s = decayed["airKermaStrengthU"]
assert abs(s - 0.762 * 0.5 ** (59 / 59.4)) < 1e-9, s
# same seeds: Dmean scales with strength × time factor
assert abs(d_half / d_dec - 0.5 * 0.762 / s) < 1e-3 * d_half / d_dec, (d_half, d_dec)
PY
# Exactly the grid of an exported RTDOSE (pydicom sample: 10 × 10 × 15 at 10 × 10 × 5 mm, another frame of reference).
run --json dose --case "$OUT/out/demo/sts-001" --seeds "$OUT/seeds.csv" --strength-U 0.5 --plan-id rtdose-grid \
  --grid-from-rtdose "$ROOT/bundles/org.opensabt.dicom.pixelmed.tests/data/pydicom-samples/rtdose.dcm"
python3 - "$OUT/stdout" <<'PY' && ok "dose --grid-from-rtdose: the RTDOSE's grid, frame-of-reference warning" || fail "dose on an RTDOSE grid" "$OUT/stdout"
import json, sys
r = json.load(open(sys.argv[1]))["result"]
g = r["grid"]
assert (g["columns"], g["rows"], g["slices"]) == (10, 10, 15) and g["spacingMm"] == [10.0, 10.0, 5.0], g
assert abs(g["originMm"][0] - 189.43125) < 1e-9 and abs(g["originMm"][2] + 761.87) < 1e-9, g
assert any("frame of reference" in w for w in r["warnings"]), r["warnings"]
PY
cp "$OUT/out/demo/sts-001/case.xmi" "$OUT/case-before.xmi"
printf 'x_mm,y_mm,z_mm\n65,10,-100\n' >"$OUT/outside.csv"
run dose --case "$OUT/out/demo/sts-001" --seeds "$OUT/outside.csv" --strength-U 0.5
[ "$(code)" = 1 ] && [ "$(lines)" = 1 ] && grep -q "seed 1 at (65.0, 10.0, -100.0) mm lies outside the CT" "$OUT/err" \
  && cmp -s "$OUT/case-before.xmi" "$OUT/out/demo/sts-001/case.xmi" && ok "seed outside the CT: named, case unchanged" || fail "seed outside" "$OUT/err"
printf 'x_mm,y_mm,z_mm,strength_U\n65,10,-800,0\n' >"$OUT/zero.csv"
run dose --case "$OUT/out/demo/sts-001" --seeds "$OUT/zero.csv"
[ "$(code)" = 1 ] && grep -q "zero.csv line 2: strength_U must be positive" "$OUT/err" && ok "zero strength refused with its line" || fail "zero strength" "$OUT/err"

# Benchmark, small, under a 1 GB heap: figures printed, fast path within 0.5 % of the direct formula.
OPENSABT_JAVA_OPTS="-Xmx1g" "$ROOT/opensabt" --json bench dose --cube-mm 50 --seeds 40 --repeats 2 >"$OUT/bench.json" 2>"$OUT/err"
python3 - "$OUT/bench.json" <<'PY' && ok "bench dose (small, -Xmx1g): throughput, heap, deviation < 0.5 %" || fail "bench dose" "$OUT/err"
import json, sys
r = json.load(open(sys.argv[1]))["result"]
assert r["voxelsChecked"] > 100000 and r["maxRelativeDeviationBeyond2mm"] < 0.005, r
assert r["evaluationsPerSecond"] > 0 and r["peakHeapMiB"] < 1024 and r["maxHeapMiB"] <= 1024, r
PY

# Contouring on the demo case: BODY holds every GTV voxel; the GTV volume agrees with dicompyler-core.
CASE="$OUT/out/demo/sts-001"
run contour body --case "$CASE" --replace
[ "$(code)" = 0 ] && grep -qE "^BODY: BODY, [0-9]+ contours, [0-9.]+ cc" "$OUT/stdout" && ok "contour body on the STS CT" || fail "contour body" "$OUT/err"
run --json contour boolean subtraction GTV_Mass_CT BODY --case "$CASE" --name GTV_outside_BODY --allow-empty
python3 -c 'import json,sys; r=json.load(open(sys.argv[1]))["result"]["structure"]; assert r["voxels"] == 0, r' "$OUT/stdout" \
  && ok "BODY contains every GTV voxel (GTV minus BODY is empty)" || fail "GTV outside BODY" "$OUT/stdout"
run --json contour stats --case "$CASE"
/usr/bin/python3 - "$OUT/stdout" "$ROOT/demo-data/sts-001/rtstruct" <<'PY' >"$OUT/dicompyler.txt" 2>&1 && ok "GTV volume within 2 % of dicompyler-core ($(cat "$OUT/dicompyler.txt"))" || fail "GTV volume vs dicompyler-core" "$OUT/dicompyler.txt"
import json, os, sys, warnings
warnings.simplefilter("ignore")
from dicompylercore import dicomparser
ours = [s for s in json.load(open(sys.argv[1]))["result"]["structures"] if s["name"] == "GTV_Mass_CT"][0]["volumeCc"]
rs = dicomparser.DicomParser(os.path.join(sys.argv[2], sorted(os.listdir(sys.argv[2]))[0]))
planes = rs.GetStructureCoordinates(1)
theirs = rs.CalculateStructureVolume(planes, rs.CalculatePlaneThickness(planes))
assert abs(ours / theirs - 1) < 0.02, (ours, theirs)
print("OpenSABT %.2f cc, dicompyler-core %.2f cc" % (ours, theirs))
PY
run --json contour margin --case "$CASE" --structure GTV_Mass_CT --mm 5 --clip-to BODY --name PTV
python3 -c 'import json,sys; r=json.load(open(sys.argv[1]))["result"]["structure"]; assert r["type"] == "PTV" and r["volumeCc"] > 400, r' "$OUT/stdout" \
  && ok "contour margin: PTV = GTV + 5 mm within BODY" || fail "contour margin" "$OUT/stdout"
run --json contour mesh --case "$CASE" --structure PTV --stl "$OUT/ptv.stl"
python3 - "$OUT/stdout" "$OUT/ptv.stl" <<'PY' && ok "contour mesh: closed STL, file size matches its triangle count" || fail "contour mesh" "$OUT/stdout"
import json, os, struct, sys
r = json.load(open(sys.argv[1]))["result"]
n = struct.unpack("<I", open(sys.argv[2], "rb").read()[80:84])[0]
assert r["closed"] and n == r["triangles"] and os.path.getsize(sys.argv[2]) == 84 + 50 * n, (r, n)
assert abs(r["meshVolumeCc"] / r["maskVolumeCc"] - 1) < 0.03, r
PY
run contour margin --case "$CASE" --structure NOPE --mm 5 --name X
[ "$(code)" = 1 ] && [ "$(lines)" = 1 ] && grep -q 'no structure named "NOPE" (have: GTV_Mass_CT, BODY' "$OUT/err" && ok "contour: unknown structure named with the ones there" || fail "contour unknown structure" "$OUT/err"
run contour grow --case "$CASE" --seed-mm 0,0,0 --min-HU -100 --max-HU 100 --name G
[ "$(code)" = 1 ] && grep -q "seed point (0.0, 0.0, 0.0) mm lies outside the CT" "$OUT/err" && ok "contour grow: seed outside the CT refused" || fail "contour grow outside" "$OUT/err"
"$ROOT/opensabt" --json bench contour --repeats 1 >"$OUT/bench-contour.json" 2>"$OUT/err"
python3 - "$OUT/bench-contour.json" <<'PY' && ok "bench contour: BODY and 10 mm margin timed on 512×512×134" || fail "bench contour" "$OUT/err"
import json, sys
r = json.load(open(sys.argv[1]))["result"]
assert r["grid"] == "512x512x134" and r["bodySecondsMedian"] > 0 and abs(r["tumourPlus10mmEquivalentRadiusMm"] - 40) < 0.5, r
PY

# DICOM RT export: a ~50 cc target dosed by an 11 mm seed lattice over its box; RS/RP/RD pass dciodvfy, dicompyler-core's D90 from our RS + RD
# agrees with ours, the RD pixels are our dose grid, and our importer reads the RS back to the same structures.
run --json contour margin --case "$CASE" --structure GTV_Mass_CT --mm 19 --contract --name TARGET50
python3 - "$OUT/stdout" "$OUT/seeds-lattice.csv" <<'PY'
import json, sys
e = json.load(open(sys.argv[1]))["result"]["structure"]["extentMm"]
def steps(lo, hi, step=11.0):
    n = int((hi - lo - 10) // step) + 1
    start = (lo + hi - (n - 1) * step) / 2
    return [start + i * step for i in range(n)]
with open(sys.argv[2], "w") as f:
    f.write("x_mm,y_mm,z_mm\n")
    for x in steps(e["min"][0], e["max"][0]):
        for y in steps(e["min"][1], e["max"][1]):
            for z in steps(e["min"][2], e["max"][2]):
                f.write(f"{x:.2f},{y:.2f},{z:.2f}\n")
PY
run --json dose --case "$CASE" --seeds "$OUT/seeds-lattice.csv" --strength-U 0.3 --prescription-Gy 120 --target TARGET50 --plan-id check50
cp "$OUT/stdout" "$OUT/dose50.json"
run export --case "$CASE" --what all --plan check50 --out "$OUT/export"
if [ "$(code)" = 0 ] && [ -s "$OUT/export/RS.dcm" ] && [ -s "$OUT/export/RP.dcm" ] && [ -s "$OUT/export/RD.dcm" ]; then
  ok "export --what all: RS, RP and RD written"
else
  fail "export" "$OUT/err"
fi
errors=0
for f in RS RP RD; do dciodvfy "$OUT/export/$f.dcm" >"$OUT/dciodvfy-$f.txt" 2>&1; grep -q '^Error' "$OUT/dciodvfy-$f.txt" && errors=1; grep -q 'Assertion' "$OUT/dciodvfy-$f.txt" && errors=1; done
[ $errors = 0 ] && ok "dciodvfy: no errors in the exported RTSTRUCT, RTPLAN and RTDOSE" || fail "dciodvfy" "$OUT/dciodvfy-RD.txt"
/usr/bin/python3 - "$OUT/dose50.json" "$OUT/export" "$CASE" <<'PY' >"$OUT/dicompyler-dvh.txt" 2>&1 && ok "dicompyler-core D90 from our RS + RD within 2 % ($(tail -1 "$OUT/dicompyler-dvh.txt")); RD pixels = our dose grid" || fail "dicompyler DVH / RD read-back" "$OUT/dicompyler-dvh.txt"
import json, os, re, sys, warnings
warnings.simplefilter("ignore")
import numpy as np, pydicom
from dicompylercore import dicomparser, dvhcalc
r = json.load(open(sys.argv[1]))["result"]
ours = r["metrics"]["TARGET50"]["D90"]["value"]
volume = r["metrics"]["TARGET50"]["volume"]["value"]
rs = os.path.join(sys.argv[2], "RS.dcm"); rd = os.path.join(sys.argv[2], "RD.dcm")
roi = [k for k, v in dicomparser.DicomParser(rs).GetStructures().items() if v["name"] == "TARGET50"][0]
theirs = dvhcalc.get_dvh(rs, rd, roi).D90.value
assert 40 < volume < 70, volume
assert abs(theirs / ours - 1) < 0.02, (ours, theirs)
# the RD's pixels times the scaling are the case's dose grid (within one quantisation step)
xmi = open(os.path.join(sys.argv[3], "case.xmi")).read()
plan = xmi[xmi.index('planId="check50"'):]
dose_file = re.search(r'doseFile="([^"]+)"', plan).group(1)
grid = np.fromfile(os.path.join(sys.argv[3], dose_file), dtype="<f4")
ds = pydicom.dcmread(rd)
pixels = ds.pixel_array.astype(np.float64).ravel() * float(ds.DoseGridScaling)
assert pixels.shape == grid.shape and np.max(np.abs(pixels - grid)) <= float(ds.DoseGridScaling) * 0.5 + 1e-4 * grid.max(), np.max(np.abs(pixels - grid))
print("TARGET50 %.1f cc: D90 OpenSABT %.2f Gy, dicompyler-core %.2f Gy" % (volume, ours, theirs))
PY
run --json dose --case "$CASE" --rtplan "$OUT/export/RP.dcm" --target TARGET50 --plan-id from-rtplan
python3 - "$OUT/dose50.json" "$OUT/stdout" <<'PY' && ok "dose --rtplan of the exported RTPLAN reproduces the plan (seeds, axes, strength, prescription, D90)" || fail "dose --rtplan" "$OUT/stdout"
import json, sys
a = json.load(open(sys.argv[1]))["result"]; b = json.load(open(sys.argv[2]))["result"]
assert b["seeds"] == a["seeds"] and abs(b["airKermaStrengthU"] - 0.3) < 1e-9, b
ma = a["metrics"]["TARGET50"]; mb = b["metrics"]["TARGET50"]
assert abs(mb["D90"]["value"] / ma["D90"]["value"] - 1) < 1e-4 and mb["V100"]["value"] is not None, (ma["D90"], mb["D90"])
assert any("prescription 120" in w for w in b["warnings"]), b["warnings"]
PY
run --json dose --case "$CASE" --rtplan "$OUT/export/RP.dcm" --compare-rtdose "$OUT/export/RD.dcm" --plan-id recheck
python3 - "$OUT/stdout" <<'PY' && ok "dose --rtplan --compare-rtdose: the exported RTDOSE recomputed on its own grid agrees voxel by voxel" || fail "compare-rtdose" "$OUT/stdout"
import json, sys
c = json.load(open(sys.argv[1]))["result"]["comparison"]
assert c["voxelsCompared"] > 1000 and c["within2PercentPercent"] == 100.0 and c["maxAbsDifferenceGy"] <= c["referenceMaxGy"] / 65000, c
PY
# Without a case: another system's plan re-checked from its RTPLAN, RTSTRUCT and RTDOSE alone; our RTDOSE refers to that RTPLAN.
run --json dose --rtplan "$OUT/export/RP.dcm" --rtstruct "$OUT/export/RS.dcm" --grid-like "$OUT/export/RD.dcm" --compare-rtdose "$OUT/export/RD.dcm" \
  --target TARGET50 --export-rtdose "$OUT/recheck-RD.dcm"
cp "$OUT/stdout" "$OUT/caseless.json"
/usr/bin/python3 - "$OUT/dose50.json" "$OUT/caseless.json" "$OUT/export" "$OUT/recheck-RD.dcm" <<'PY' >"$OUT/caseless.txt" 2>&1 && ok "dose without a case (--rtplan --rtstruct --grid-like --export-rtdose): $(tail -1 "$OUT/caseless.txt")" || fail "dose without a case" "$OUT/caseless.txt"
import json, os, sys, warnings
warnings.simplefilter("ignore")
import pydicom
from dicompylercore import dicomparser, dvhcalc
a = json.load(open(sys.argv[1]))["result"]; b = json.load(open(sys.argv[2]))["result"]
assert b["caseFolder"] is None and b["seeds"] == a["seeds"], b
c = b["comparison"]
assert c["within2PercentPercent"] == 100.0 and c["maxAbsDifferenceGy"] <= c["referenceMaxGy"] / 65000, c
rd = pydicom.dcmread(sys.argv[4]); rp = pydicom.dcmread(os.path.join(sys.argv[3], "RP.dcm"))
assert rd.ReferencedRTPlanSequence[0].ReferencedSOPInstanceUID == rp.SOPInstanceUID and rd.PatientID == rp.PatientID, rd
assert rd.FrameOfReferenceUID == rp.FrameOfReferenceUID and rd.StudyInstanceUID == rp.StudyInstanceUID
rs = os.path.join(sys.argv[3], "RS.dcm")
roi = [k for k, v in dicomparser.DicomParser(rs).GetStructures().items() if v["name"] == "TARGET50"][0]
theirs = dvhcalc.get_dvh(rs, sys.argv[4], roi).D90.value
ours = b["metrics"]["TARGET50"]["D90"]["value"]
assert abs(ours / a["metrics"]["TARGET50"]["D90"]["value"] - 1) < 0.01 and abs(theirs / ours - 1) < 0.02, (ours, theirs)
print("D90 %.2f Gy (case: %.2f Gy, dicompyler-core on our RTDOSE: %.2f Gy); RTDOSE refers to the input RTPLAN" % (ours, a["metrics"]["TARGET50"]["D90"]["value"], theirs))
PY
for f in recheck-RD; do dciodvfy "$OUT/$f.dcm" >"$OUT/dciodvfy-$f.txt" 2>&1; done
! grep -q '^Error\|Assertion' "$OUT/dciodvfy-recheck-RD.txt" && ok "dciodvfy: no errors in the RTDOSE written without a case" || fail "dciodvfy recheck RD" "$OUT/dciodvfy-recheck-RD.txt"
run dose --rtstruct "$OUT/export/RS.dcm" --seeds "$OUT/seeds-lattice.csv"
[ "$(code)" = 1 ] && [ "$(lines)" = 1 ] && grep -q -- "--rtplan" "$OUT/err" && ok "dose without --case and without --rtplan: one clear error" || fail "dose caseless without plan" "$OUT/err"

run --json import "$ROOT/demo-data/sts-001/ct" "$OUT/export/RS.dcm" "$OUT/export/RD.dcm" --list
python3 - "$OUT/stdout" <<'PY' && ok "import --list: every series found (CT 59 images, RTSTRUCT, RTDOSE)" || fail "import --list" "$OUT/err"
import json, sys
s = {x["modality"]: x for x in json.load(open(sys.argv[1]))["result"]["series"]}
assert set(s) == {"CT", "RTSTRUCT", "RTDOSE"} and s["CT"]["instances"] == 59 and s["CT"]["columns"] == 198, s
PY

run --json import "$ROOT/demo-data/sts-001/ct" "$OUT/export/RS.dcm" --out "$OUT/reimported"
run --json contour stats --case "$OUT/reimported"
cp "$OUT/stdout" "$OUT/stats-reimported.json"
run --json contour stats --case "$CASE"
python3 - "$OUT/stdout" "$OUT/stats-reimported.json" <<'PY' && ok "our importer reads the exported RTSTRUCT back to the same structures (names, types, volumes)" || fail "RTSTRUCT read-back" "$OUT/stats-reimported.json"
import json, sys
a = {s["name"]: s for s in json.load(open(sys.argv[1]))["result"]["structures"]}
b = {s["name"]: s for s in json.load(open(sys.argv[2]))["result"]["structures"]}
assert set(a) == set(b), (sorted(a), sorted(b))
for name in a:
    # same voxels; partial volumes within 0.1 % (contour coordinates are written with 0.1 µm and 10 significant digits)
    assert a[name]["type"] == b[name]["type"] and a[name]["voxels"] == b[name]["voxels"], (name, a[name], b[name])
    assert abs(a[name]["volumeCc"] - b[name]["volumeCc"]) <= 1e-3 * max(a[name]["volumeCc"], 1e-9), (name, a[name], b[name])
PY
run export --case "$CASE" --what rtstruct --anonymize --out "$OUT/export/RS-anon.dcm"
dcmdump "$OUT/export/RS-anon.dcm" >"$OUT/anon.txt" 2>&1
grep -q "OPENSABT-.*PatientName" "$OUT/anon.txt" && ! grep -q "STS_001" "$OUT/anon.txt" && grep -q "PatientIdentityRemoved" "$OUT/anon.txt" \
  && ! dciodvfy "$OUT/export/RS-anon.dcm" 2>&1 | grep -q '^Error' && ok "export --anonymize: pseudonym, no patient name left, still valid" || fail "anonymized export" "$OUT/anon.txt"

# Network: echoscu and 4 parallel storescu associations send the STS case to opensabt listen; an unknown AE's association is rejected.
PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
"$ROOT/opensabt" --json listen --port "$PORT" --store "$OUT/incoming" --allow-ae STORESCU,ECHOSCU --duration-s 20 >"$OUT/listen.json" 2>"$OUT/listen.err" &
LISTENER=$!
for i in $(seq 1 60); do echoscu -aec OPENSABT 127.0.0.1 "$PORT" >/dev/null 2>&1 && break; sleep 0.25; done
echoscu -aec OPENSABT 127.0.0.1 "$PORT" >/dev/null 2>&1 && ok "listen answers C-ECHO (echoscu)" || fail "listen C-ECHO" "$OUT/listen.err"
ls "$ROOT"/demo-data/sts-001/ct/*.dcm | split -n r/4 - "$OUT/send."
for part in "$OUT"/send.a?; do storescu -aec OPENSABT 127.0.0.1 "$PORT" $(cat "$part") >"$part.log" 2>&1 & done
storescu -aec OPENSABT 127.0.0.1 "$PORT" "$ROOT"/demo-data/sts-001/rtstruct/*.dcm >"$OUT/send-rs.log" 2>&1
storescu -aet INTRUDER -aec OPENSABT 127.0.0.1 "$PORT" "$ROOT/bundles/org.opensabt.dicom.pixelmed.tests/data/pydicom-samples/CT_small.dcm" >"$OUT/send-intruder.log" 2>&1
wait $(jobs -p | grep -v "^$LISTENER$") 2>/dev/null
wait "$LISTENER"
python3 - "$OUT/listen.json" "$(find "$OUT/incoming" -name '*.dcm' | wc -l)" <<'PY' && ok "listen: 4 parallel associations, all 59 CT + 1 RTSTRUCT stored by series" || fail "listen" "$OUT/listen.err"
import json, sys
r = json.load(open(sys.argv[1]))["result"]
counts = sorted(r["series"].values())
assert r["received"] == 60 and counts == [1, 59] and int(sys.argv[2]) == 60 and r["rejected"] == 1 and r["failed"] == 0, (r, sys.argv[2])
PY
grep -qi "Association Rejected" "$OUT/send-intruder.log" && grep -qi "Calling AE Title Not Recognized" "$OUT/send-intruder.log" \
  && ok "listen --allow-ae: storescu from an unknown AE gets A-ASSOCIATE-RJ (calling AE title not recognized)" || fail "unknown AE not rejected" "$OUT/send-intruder.log"
STUDY=$(find "$OUT/incoming" -mindepth 1 -maxdepth 1 -type d ! -name '.incoming' | head -1)
run import "$STUDY" --out "$OUT/received-case"
[ "$(code)" = 0 ] && grep -q "198 x 202 x 59 voxels" "$OUT/stdout" && grep -q "GTV_Mass_CT" "$OUT/stdout" && ok "the received study imports (CT + GTV)" || fail "import of the received study" "$OUT/err"
python3 -c 'import socket,sys,time; s=socket.socket(); s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1); s.bind(("0.0.0.0", int(sys.argv[1]))); s.listen(); time.sleep(30)' "$PORT" &
BLOCKER=$!; sleep 0.5
run listen --port "$PORT" --store "$OUT/incoming" --duration-s 1
kill $BLOCKER 2>/dev/null; wait $BLOCKER 2>/dev/null
[ "$(code)" = 1 ] && [ "$(lines)" = 1 ] && grep -q "cannot listen on port $PORT" "$OUT/err" && ok "listen on a busy port: one clear error" || fail "listen busy port" "$OUT/err"

# Disk full: the store on a 2 MiB file system; what fitted is stored whole, the failures are reported, the SCP keeps answering.
TINY=$(mktemp -d /tmp/opensabt-tiny.XXXXXX)
if mount -t tmpfs -o size=2m tmpfs "$TINY" 2>/dev/null; then
  trap 'umount "$TINY" 2>/dev/null; rmdir "$TINY" 2>/dev/null' EXIT
  "$ROOT/opensabt" --json listen --port "$PORT" --store "$TINY/store" --duration-s 15 >"$OUT/listen-full.json" 2>"$OUT/listen-full.err" &
  LISTENER=$!
  for i in $(seq 1 60); do echoscu -aec OPENSABT 127.0.0.1 "$PORT" >/dev/null 2>&1 && break; sleep 0.25; done
  storescu -aec OPENSABT 127.0.0.1 "$PORT" "$ROOT"/demo-data/sts-001/ct/*.dcm >"$OUT/send-full.log" 2>&1
  echoscu -aec OPENSABT 127.0.0.1 "$PORT" >/dev/null 2>&1 && echo alive >"$OUT/alive-after-full" 
  wait "$LISTENER"
  leftovers=$(find "$TINY/store/.incoming" -type f | wc -l)
  /usr/bin/python3 - "$OUT/listen-full.json" "$TINY/store" "$ROOT/demo-data/sts-001/ct" "$leftovers" "$OUT/alive-after-full" <<'PY' >"$OUT/full.txt" 2>&1 && ok "listen with the disk full: $(tail -1 "$OUT/full.txt")" || fail "listen disk full" "$OUT/full.txt"
import glob, json, os, sys
import pydicom
r = json.load(open(sys.argv[1]))["result"]
originals = {pydicom.dcmread(f).SOPInstanceUID: f for f in glob.glob(os.path.join(sys.argv[3], "*.dcm"))}
stored = [f for f in glob.glob(os.path.join(sys.argv[2], "*", "*", "*.dcm"))]
for f in stored:  # every stored file is whole: its pixels are those of the file sent
    d = pydicom.dcmread(f)
    assert d.PixelData == pydicom.dcmread(originals[d.SOPInstanceUID]).PixelData, f
leftovers = int(sys.argv[4])
assert 0 < len(stored) < 59 and r["received"] == len(stored) and r["failed"] >= 1 and leftovers == 0 and os.path.exists(sys.argv[5]), (r, len(stored), leftovers)
print("%d of 59 slices stored whole (pixels identical to the files sent), %d failures reported, no partial file left, C-ECHO still answered" % (len(stored), r["failed"]))
PY
  umount "$TINY"; rmdir "$TINY"; trap - EXIT
else
  echo "  skip  listen with the disk full: mounting a small tmpfs needs root"
fi

"$ROOT/opensabt" --json bench import --slices 20 --repeats 1 >"$OUT/bench-import.json" 2>"$OUT/err"
python3 -c 'import json,sys; r=json.load(open(sys.argv[1]))["result"]; assert r["slices"] == 20 and r["wallSecondsMedian"] > 0 and r["peakHeapPerVoxelData"] > 0, r' "$OUT/bench-import.json" \
  && ok "bench import (small): wall time and peak heap against voxel data" || fail "bench import" "$OUT/err"

# Outcomes: the study analysis of the synthetic cohort equals R (the JSON key by key in the unit tests; here the command's files and a few
# headline numbers against the reference file), bad rows are named, and any CSV works with --time/--event/--model.
COH="$ROOT/demo-data/cohorts"
run --json outcomes --cohort "$COH/sabt_synthetic_120.csv" --out "$OUT/outcomes" --adverse-events "$COH/sabt_synthetic_120.adverse_events.csv"
python3 - "$OUT/outcomes" "$COH/sabt_synthetic_120.reference.json" <<'PY' && ok "outcomes: JSON equal to R's headline results; 7 figures as PNG + SVG, nomogram.json, report.html and report.pdf" || fail "outcomes" "$OUT/err"
import json, os, sys
d, ref = sys.argv[1], json.load(open(sys.argv[2]))
r = json.load(open(os.path.join(d, "outcomes.json")))
for k in ("ORR", "DCR", "CR_rate"):
    assert abs(r[k] - ref[k]) < 1e-12, k
for e in ("lct", "os"):
    assert all(abs(a - b) < 1e-9 for a, b in zip(r["km"][e]["conf_type_log"]["surv"], ref["km"][e]["conf_type_log"]["surv"]))
figs = ["km-local-control-by-method", "km-overall-survival", "forest-univariate-lct", "forest-multivariate-lct", "forest-univariate-os",
        "forest-multivariate-os", "waterfall-pain", "waterfall-kps", "nomogram-local-control"]
for f in figs:
    png = open(os.path.join(d, f + ".png"), "rb").read(8); svg = open(os.path.join(d, f + ".svg")).read(200)
    assert png == b"\x89PNG\r\n\x1a\n" and "<svg" in svg, f
assert open(os.path.join(d, "report.pdf"), "rb").read(5) == b"%PDF-" and os.path.getsize(os.path.join(d, "report.pdf")) > 50000
html = open(os.path.join(d, "report.html")).read()
assert all(f + ".png" in html for f in figs)
PY
python3 - "$OUT/outcomes/outcomes.json" "$COH/sabt_synthetic_120.csv" "$COH/sabt_synthetic_120.adverse_events.csv" <<'PY' && ok "outcomes Table 1 and Table 2 recounted independently (python csv)" || fail "outcomes tables" "$OUT/outcomes/outcomes.json"
import csv, json, statistics, sys
r = json.load(open(sys.argv[1]))
rows = list(csv.DictReader(open(sys.argv[2])))
n = len(rows)
ages = [float(x["age"]) for x in rows]
c = r["characteristics"]
assert c["age"]["median"] == statistics.median(ages) and c["age"]["min"] == min(ages) and c["age"]["max"] == max(ages), c["age"]
for level in ("head_neck", "extremity"):
    k = sum(1 for x in rows if x["location"] == level)
    assert c["location"]["levels"][level]["n"] == k and abs(c["location"]["levels"][level]["percent"] - 100 * k / n) < 1e-9
worst = {}
for e in csv.DictReader(open(sys.argv[3])):
    key = (e["category"], e["term"], e["patient_id"])
    worst[key] = max(worst.get(key, 0), int(e["grade"]))
ae = r["adverse_events"]
for (cat, term, pid), g in worst.items():
    pass
for cat in ae:
    for term in ae[cat]:
        grades = [g for (c2, t2, _), g in worst.items() if c2 == cat and t2 == term]
        for g in range(1, 6):
            assert ae[cat][term]["grade%d" % g]["n"] == grades.count(g), (cat, term, g)
        assert ae[cat][term]["any"]["n"] == len(grades) and ae[cat][term]["grade3plus"]["n"] == sum(1 for g in grades if g >= 3)
        assert abs(ae[cat][term]["any"]["percent"] - 100 * len(grades) / n) < 1e-9
assert sum(len(v) for v in ae.values()) == len({(c2, t2) for c2, t2, _ in worst})
PY
python3 - "$COH/sabt_synthetic_120.csv" "$OUT/cohort-with-size.csv" <<'PY'
import csv, sys
rows = list(csv.DictReader(open(sys.argv[1])))
change = {"CR": -100.0, "PR": -45.0, "SD": -5.0, "PD": 30.0}
with open(sys.argv[2], "w", newline="") as f:
    w = csv.DictWriter(f, fieldnames=list(rows[0]) + ["tumor_change_pct"], lineterminator="\n")
    w.writeheader()
    for i, r in enumerate(rows):
        r["tumor_change_pct"] = change[r["response"]] + (i % 7)
        w.writerow(r)
PY
run outcomes --cohort "$OUT/cohort-with-size.csv" --out "$OUT/outcomes-size"
[ "$(code)" = 0 ] && [ -s "$OUT/outcomes-size/waterfall-tumour-response.png" ] && grep -q "waterfall-tumour-response.png" "$OUT/outcomes-size/report.html" \
  && ok "outcomes: tumour-response waterfall when the cohort has tumor_change_pct" || fail "tumour waterfall" "$OUT/err"
sed 's/,CT_TEMPLATE,\(CR\|PR\|SD\|PD\),/,MRI,\1,/' "$COH/sabt_synthetic_120.csv" >"$OUT/bad-cohort.csv"
run outcomes --cohort "$OUT/bad-cohort.csv" --out "$OUT/outcomes-bad"
[ "$(code)" = 1 ] && [ "$(lines)" = 1 ] && grep -q "column method: unknown code(s) in row(s) P0" "$OUT/err" && grep -q "'MRI'" "$OUT/err" && [ ! -e "$OUT/outcomes-bad/outcomes.json" ] \
  && ok "outcomes: unknown category codes listed by row, nothing written" || fail "outcomes bad codes" "$OUT/err"
run --json outcomes --cohort "$COH/sabt_synthetic_120.csv" --out "$OUT/outcomes-custom" --time os_months --event death --model "age + grade" --ref grade=G3
python3 - "$OUT/stdout" <<'PY' && ok "outcomes on any CSV: --time/--event/--model with a continuous and a categorical covariate, --ref" || fail "outcomes custom" "$OUT/stdout"
import json, sys
r = json.load(open(sys.argv[1]))["result"]
terms = [t["term"] for t in r["cox"]["efron"]["terms"]]
assert terms == ["age", "gradeG1", "gradeG2", "gradeGx"] and r["N"] == 120 and r["cox"]["efron"]["terms"][1]["reference"] == "G3", terms
PY
# Cohort from cases: follow-ups recorded with 'opensabt followup' in copies of the demo case, analysed with --cases.
mkdir -p "$OUT/cohort-cases"
for i in 1 2 3 4; do cp -r "$OUT/out/demo/sts-001" "$OUT/cohort-cases/p$i"; done
fu() { "$ROOT/opensabt" followup "$@" >/dev/null 2>>"$OUT/followup.err" || echo "followup $* failed" >>"$OUT/followup.err"; }
: >"$OUT/followup.err"
for i in 1 2 3 4; do fu --case "$OUT/cohort-cases/p$i" --months 3 --response PR --kps-before 80 --kps-after 90 --pain-before 6 --pain-after $i; done
fu --case "$OUT/cohort-cases/p1" --months 7.5 --response PD --local-progression
fu --case "$OUT/cohort-cases/p2" --months 12 --response CR --death
fu --case "$OUT/cohort-cases/p3" --months 18 --response CR
run followup --case "$OUT/cohort-cases/p4" --months 5 --response XX
[ "$(code)" = 1 ] && grep -q -- "--response takes CR, PR, SD, PD or NE" "$OUT/err" || echo "bad response accepted" >>"$OUT/followup.err"
run --json outcomes --cases "$OUT/cohort-cases" --out "$OUT/outcomes-cases"
python3 - "$OUT/stdout" "$OUT/outcomes-cases/cohort.csv" "$OUT/followup.err" <<'PY' && ok "followup + outcomes --cases: cohort from the cases' follow-ups (first progression, best response, last visit), analysed" || fail "outcomes --cases" "$OUT/err"
import csv, json, os, sys
assert os.path.getsize(sys.argv[3]) == 0, open(sys.argv[3]).read()
r = json.load(open(sys.argv[1]))["result"]
rows = list(csv.DictReader(open(sys.argv[2])))
assert [x["lct_months"] for x in rows] == ["7.5", "12.0", "18.0", "3.0"] and [x["local_progression"] for x in rows] == ["1", "0", "0", "0"], rows
assert [x["death"] for x in rows] == ["0", "1", "0", "0"] and [x["response"] for x in rows] == ["PR", "CR", "CR", "PR"], rows
assert r["N"] == 4 and r["km"]["lct"]["events"] == 1 and r["km"]["os"]["events"] == 1 and abs(r["ORR"] - 1) < 1e-12, r["km"]
assert r["rates"]["n_pain_relieved"] == 4 and r["meta"]["covariates_with_one_level"], r["meta"]
PY

"$ROOT/opensabt" --json bench outcomes --sizes 2000 --repeats 1 >"$OUT/bench-outcomes.json" 2>"$OUT/err"
python3 -c 'import json,sys; r=json.load(open(sys.argv[1]))["result"]["n2000"]; assert r["cpuSecondsMedian"] > 0 and abs(r["coef"][0] - 0.5) < 0.25, r' "$OUT/bench-outcomes.json" \
  && ok "bench outcomes (small): CPU and wall time of Cox + Kaplan–Meier" || fail "bench outcomes" "$OUT/err"

# Synthetic planning phantom: the contouring core measures the GTV it wrote; the RTSTRUCT export of it is valid DICOM.
run --json phantom --out "$OUT/phantom60" --target-cc 60 --oar-gap-mm 5 --bone-slab
run --json contour stats --case "$OUT/phantom60"
python3 - "$OUT/stdout" <<'PY' && ok "phantom: 60 cc GTV (contour stats), OAR and bone slab (AVOID) as asked" || fail "phantom" "$OUT/stdout"
import json, sys
s = {x["name"]: x for x in json.load(open(sys.argv[1]))["result"]["structures"]}
assert set(s) == {"BODY", "GTV", "OAR", "BONE"} and abs(s["GTV"]["volumeCc"] - 60) < 0.6 and s["BONE"]["type"] == "AVOID", s
assert abs(s["OAR"]["volumeCc"] - 4 / 3 * 3.141592653589793 * 0.8 ** 3) < 0.1, s["OAR"]
PY
run export --case "$OUT/phantom60" --what rtstruct --out "$OUT/phantom60-RS.dcm"
! dciodvfy "$OUT/phantom60-RS.dcm" 2>&1 | grep -q '^Error' && ok "phantom RTSTRUCT passes dciodvfy" || fail "phantom RTSTRUCT" "$OUT/err"

# Planning: phantoms with an OAR and a bone slab in both needle modes, impossible requests, re-planning, the real STS case.
cat >"$OUT/needle_check.py" <<'PY'
import json, math, sys
# Independent checks of a plan's needles on the 60 cc phantom: none crosses the bone slab box or the OAR sphere (analytic geometry).
r = json.load(open(sys.argv[1]))["result"]
R = (3 * 60000 / (4 * math.pi)) ** (1 / 3)
oar = (R + 5 + 8, 0, 0)
for n in r["needleList"]:
    e, t = n["entryMm"], n["tipMm"]
    for k in range(401):
        p = [e[i] + (t[i] - e[i]) * k / 400 for i in range(3)]
        assert not (-30 <= p[0] <= 30 and -R - 15 <= p[1] <= -R - 5 and -30 <= p[2] <= 30), ("bone", n["id"], p)
        assert math.dist(p, oar) > 8, ("OAR", n["id"], p)
g = r["metrics"]["GTV"]
assert g["D90"]["value"] >= 140 and g["V100"]["value"] >= 95, g
assert r["metrics"]["OAR"]["D0.1cc"]["value"] < 100, r["metrics"]["OAR"]
assert r["seeds"] < r["baselineUniformLoading"]["seeds"] and r["needles"] >= 1
print("%d needles, %d seeds (uniform loading %d), D90 %.1f Gy, V100 %.1f %%, V150 %.1f %%, OAR D0.1cc %.1f Gy" % (r["needles"], r["seeds"],
      r["baselineUniformLoading"]["seeds"], g["D90"]["value"], g["V100"]["value"], g["V150"]["value"], r["metrics"]["OAR"]["D0.1cc"]["value"]))
PY
run --json plan --case "$OUT/phantom60" --target GTV --rx 140 --strength-mci 0.7 --needles grid:ap --oar "OAR:D0.1cc<100"
[ "$(code)" = 1 ] && grep -q "crossing BONE" "$OUT/err" && ok "plan: AP template needles all blocked by the bone slab: explained, nothing stored" || fail "plan bone slab AP" "$OUT/err"
run --json plan --case "$OUT/phantom60" --target GTV --rx 140 --strength-mci 0.7 --needles free:ap:60 --oar "OAR:D0.1cc<100" --plan-id free60
cp "$OUT/stdout" "$OUT/plan60-free.json"
python3 "$OUT/needle_check.py" "$OUT/plan60-free.json" >"$OUT/check.txt" 2>&1 \
  && ok "plan: 60 cc phantom, free needles from the front go around the bone slab, OAR 5 mm away kept: $(tail -1 "$OUT/check.txt")" || fail "plan 60 cc free" "$OUT/check.txt"
run --json plan --case "$OUT/phantom60" --target GTV --rx 140 --strength-mci 0.7 --needles grid:rl --oar "OAR:D0.1cc<100" --plan-id grid60
cp "$OUT/stdout" "$OUT/plan60.json"
python3 "$OUT/needle_check.py" "$OUT/plan60.json" >"$OUT/check.txt" 2>&1 \
  && ok "plan: 60 cc phantom, lateral template needles, OAR 5 mm away kept: $(tail -1 "$OUT/check.txt")" || fail "plan 60 cc grid" "$OUT/check.txt"
sha_before=$(sha256sum "$OUT/phantom60/case.xmi" | cut -d' ' -f1)
run plan --case "$OUT/phantom60" --target GTV --rx 140 --strength-mci 0.7 --needles grid:rl --max-needles 3 --plan-id limited
[ "$(code)" = 1 ] && grep -q "needle limit 3 was reached" "$OUT/err" && grep -qE "V100 [0-9.]+ % is [0-9.]+ points below the goal" "$OUT/err" \
  && [ "$(sha256sum "$OUT/phantom60/case.xmi" | cut -d' ' -f1)" = "$sha_before" ] \
  && ok "plan: Rx unreachable within 3 needles: says which goal gave way and by how much, nothing stored" || fail "plan needle limit" "$OUT/err"
run plan --case "$OUT/phantom60" --target GTV --rx 140 --strength-mci 0.7 --needles grid:rl --oar "GTV:Dmax<50"
[ "$(code)" = 1 ] && grep -q "not an OAR structure" "$OUT/err" && ok "plan: a limit on a structure that is no OAR is refused" || fail "plan OAR name" "$OUT/err"
run plan --case "$OUT/phantom60" --target GTV --rx 140 --strength-mci 0.7 --needles sideways
[ "$(code)" = 1 ] && [ "$(lines)" = 1 ] && grep -q "grid:<dir>, free or free:<dir>" "$OUT/err" && ok "plan: an unknown needle mode: one clear error" || fail "plan needle mode" "$OUT/err"

# Intra-operative re-plan: on the stored plan's needles, and on needles as inserted (CSV); bad CSV named by line and field.
run --json plan --case "$OUT/phantom60" --target GTV --rx 140 --strength-mci 0.7 --replan-from free60 --oar "OAR:D0.1cc<100"
cp "$OUT/stdout" "$OUT/replan.json"
python3 - "$OUT/plan60-free.json" "$OUT/replan.json" <<'PY' >"$OUT/check.txt" 2>&1 && ok "plan --replan-from: seeds re-optimised on the plan's own needles: $(tail -1 "$OUT/check.txt")" || fail "replan" "$OUT/check.txt"
import json, math, sys
a = json.load(open(sys.argv[1]))["result"]; b = json.load(open(sys.argv[2]))["result"]
needles = {n["id"]: n for n in a["needleList"]}
assert b["planId"] == "free60-replan" and {n["id"] for n in b["needleList"]} <= set(needles), b["needleList"]
assert b["seeds"] <= a["seeds"] and any("re-plan started from" in n for n in b["notes"]), (b["seeds"], a["seeds"], b["notes"])
g = b["metrics"]["GTV"]
assert g["D90"]["value"] >= 140 and g["V100"]["value"] >= 95, g
print("%d of %d needles used, %d seeds (planned %d), D90 %.1f Gy" % (len(b["needleList"]), len(needles), b["seeds"], a["seeds"], g["D90"]["value"]))
PY
python3 - "$OUT/plan60-free.json" "$OUT/inserted.csv" <<'PY'
import json, sys
r = json.load(open(sys.argv[1]))["result"]
with open(sys.argv[2], "w") as f:
    f.write("needle_id,entry_x_mm,entry_y_mm,entry_z_mm,tip_x_mm,tip_y_mm,tip_z_mm\n")
    for n in r["needleList"]:  # inserted 1.5 mm off the planned tip
        e, t = n["entryMm"], n["tipMm"]
        f.write("%s,%f,%f,%f,%f,%f,%f\n" % (n["id"], e[0], e[1], e[2], t[0] + 1.5, t[1], t[2] - 1.0))
PY
run --json plan --case "$OUT/phantom60" --target GTV --rx 140 --strength-mci 0.7 --inserted-needles "$OUT/inserted.csv" --oar "OAR:D0.1cc<100" --plan-id as-inserted
python3 - "$OUT/inserted.csv" "$OUT/stdout" <<'PY' >"$OUT/check.txt" 2>&1 && ok "plan --inserted-needles: every seed on a needle as inserted, goals met: $(tail -1 "$OUT/check.txt")" || fail "inserted needles" "$OUT/check.txt"
import csv, json, math, sys
needles = {row["needle_id"]: row for row in csv.DictReader(open(sys.argv[1]))}
r = json.load(open(sys.argv[2]))["result"]
g = r["metrics"]["GTV"]
assert g["D90"]["value"] >= 140 and g["V100"]["value"] >= 95, g
for n in r["needleList"]:
    row = needles[n["id"]]
    e = [float(row["entry_%s_mm" % a]) for a in "xyz"]; t = [float(row["tip_%s_mm" % a]) for a in "xyz"]
    assert math.dist(e, n["entryMm"]) < 1e-6 and math.dist(t, n["tipMm"]) < 1e-6, n
print("%d needles, %d seeds, D90 %.1f Gy" % (r["needles"], r["seeds"], g["D90"]["value"]))
PY
sed '3s/^\([^,]*\),\([^,]*\),/\1,abc,/' "$OUT/inserted.csv" >"$OUT/inserted-bad.csv"
run plan --case "$OUT/phantom60" --target GTV --rx 140 --strength-mci 0.7 --inserted-needles "$OUT/inserted-bad.csv"
[ "$(code)" = 1 ] && [ "$(lines)" = 1 ] && grep -q "inserted-bad.csv:3: entry_x_mm 'abc' is not a number" "$OUT/err" \
  && ok "plan --inserted-needles with a bad number: file, line and field named" || fail "inserted needles bad CSV" "$OUT/err"

# The real STS case with template needles (a fresh import with a BODY outline and no bone structure).
run import "$ROOT/demo-data/sts-001/ct" "$ROOT/demo-data/sts-001/rtstruct" --out "$OUT/sts-plan" && "$ROOT/opensabt" contour body --case "$OUT/sts-plan" >/dev/null 2>&1
run --json plan --case "$OUT/sts-plan" --target GTV_Mass_CT --rx 140 --strength-mci 0.7 --needles grid:ap
python3 - "$OUT/stdout" <<'PY' >"$OUT/plan-sts.txt" 2>&1 && ok "plan: STS GTV (365 cc), AP template, Rx 140 Gy, 0.7 mCi: $(tail -1 "$OUT/plan-sts.txt")" || fail "plan STS" "$OUT/plan-sts.txt"
import json, sys
r = json.load(open(sys.argv[1]))["result"]
g = r["metrics"]["GTV_Mass_CT"]
assert g["D90"]["value"] >= 140 and g["V100"]["value"] >= 95, g
print("%d needles, %d seeds, D90 %.1f Gy, V100 %.1f %%, V150 %.1f %%, planned in %.1f s" % (r["needles"], r["seeds"], g["D90"]["value"], g["V100"]["value"],
      g["V150"]["value"], r["planSeconds"]))
PY

"$ROOT/opensabt" --json bench plan --sizes 30 --repeats 1 --no-obstacle-row >"$OUT/bench-plan.json" 2>"$OUT/err"
python3 - "$OUT/bench-plan.json" <<'PY' && ok "bench plan (small): wall time and plan quality against uniform loading, both needle modes" || fail "bench plan" "$OUT/err"
import json, sys
rows = json.load(open(sys.argv[1]))["result"]["rows"]
assert [r["needleMode"] for r in rows] == ["grid:ap", "free:ap:60"], rows
for r in rows:
    assert r["wallSecondsMedian"] > 0 and r["v100Percent"] >= 95 and r["seeds"] < r["uniformSeeds"], r
    assert r["matchedSeeds"] < r["uniformSeeds"] and r["matchedV100Percent"] >= r["uniformV100Percent"] - 1e-9, r
PY

# 3D-printed needle templates: admesh and PrusaSlicer (tests/check-stl.sh) on oblique, non-coplanar free needles (60 cc phantom with
# an OAR, no slab), on lateral template needles and on the demo's STS plan; needles round the slab's box corner and a plan without needles
# are refused.
run phantom --out "$OUT/phantom60o" --target-cc 60 --oar-gap-mm 5
run --json plan --case "$OUT/phantom60o" --target GTV --rx 140 --strength-mci 0.7 --needles free:ap:30 --oar "OAR:D0.1cc<100" --plan-id free30
cp "$OUT/stdout" "$OUT/plan60o.json"
run --json template --case "$OUT/phantom60o" --plan free30 --out "$OUT/template-free30"
cp "$OUT/stdout" "$OUT/template-free30.json"
python3 - "$OUT/template-free30.json" "$OUT/template-free30/needles.csv" "$OUT/plan60o.json" <<'PY' >"$OUT/check.txt" 2>&1 \
  && "$ROOT/tests/check-stl.sh" "$OUT/template-free30/template.stl" "$OUT/stl" >>"$OUT/check.txt" 2>&1 \
  && ok "template of free, oblique non-coplanar needles (60 cc phantom): $(head -1 "$OUT/check.txt"); $(tail -1 "$OUT/check.txt")" || fail "template free30" "$OUT/check.txt"
import csv, json, sys
t = json.load(open(sys.argv[1]))["result"]
rows = list(csv.DictReader(open(sys.argv[2])))
plan = json.load(open(sys.argv[3]))["result"]
assert t["closedOrientedManifold"] and t["parts"] == 1 and len(rows) == plan["needles"] == len(t["holes"]), (len(rows), plan["needles"])
angles = [float(r["angle_to_template_axis_deg"]) for r in rows]
assert max(angles) - min(angles) > 5, angles  # the needles are not parallel
assert all(int(r["seeds"]) >= 1 for r in rows) and sum(int(r["seeds"]) for r in rows) == plan["seeds"]
print("%d holes, needles %.0f–%.0f° to the plate axis, %d triangles" % (len(rows), min(angles), max(angles), t["triangles"]))
PY
run template --case "$OUT/phantom60" --plan free60 --out "$OUT/template-free60"
[ "$(code)" = 1 ] && grep -qE "one plate cannot guide it|too different directions" "$OUT/err" && [ ! -e "$OUT/template-free60/template.stl" ] \
  && ok "template of needles entering round the body's corner (around the slab): refused, nothing written" || fail "template free60 refused" "$OUT/err"
file "$OUT/template-free30/drawing.png" | grep -q "PNG image data" && ok "template drawing written (drawing.png)" || fail "template drawing" "$OUT/template-free60"
run template --case "$OUT/phantom60" --plan grid60 --out "$OUT/template-grid60" --needle-gauge 17 --thickness-mm 6
"$ROOT/tests/check-stl.sh" "$OUT/template-grid60/template.stl" "$OUT/stl" >"$OUT/check.txt" 2>&1 && grep -q "Ø1.67 mm (17 G), plate 6.0 mm" "$OUT/stdout" \
  && ok "template of the lateral template plan, 17 G, 6 mm: $(tail -1 "$OUT/check.txt")" || fail "template grid60" "$OUT/check.txt"
run info "$OUT/phantom60"
grep -q "templates 1" "$OUT/stdout" && ok "template recorded in the case" || fail "templates in the case" "$OUT/stdout"
"$ROOT/tests/check-stl.sh" "$OUT/out/demo/sts-001/template/template.stl" "$OUT/stl" >"$OUT/check.txt" 2>&1 \
  && ok "demo template of the STS plan: $(tail -1 "$OUT/check.txt")" || fail "demo template" "$OUT/check.txt"
# Guide holes measured on the written STLs by ray casting (numpy, independent of the Java code): within 0.2 mm and 0.5° of the needles.
for t in "$OUT/template-free30" "$OUT/out/demo/sts-001/template"; do
  python3 "$ROOT/tests/measure-holes.py" "$t/template.stl" "$t/needles.json" >"$OUT/check.txt" 2>&1 \
    && ok "holes of $(basename "$(dirname "$t")")/$(basename "$t"): $(tail -1 "$OUT/check.txt")" || fail "hole axes $t" "$OUT/check.txt"
done
printf 'seed_id,needle,x_mm,y_mm,z_mm\n1,A,0,0,0\n' >"$OUT/one-seed.csv"
"$ROOT/opensabt" dose --case "$OUT/phantom60" --seeds "$OUT/one-seed.csv" --strength-U 0.5 --prescription-Gy 100 --target GTV --plan-id no-needles >/dev/null 2>&1
run template --case "$OUT/phantom60" --plan no-needles --out "$OUT/template-none"
[ "$(code)" = 1 ] && [ "$(lines)" = 2 ] && grep -q "has no needles" "$OUT/err" && [ ! -e "$OUT/template-none/template.stl" ] \
  && ok "template of a plan without needles: refused, nothing written" || fail "template without needles" "$OUT/err"
"$ROOT/opensabt" --json bench template --needles 15 --repeats 1 >"$OUT/bench-template.json" 2>"$OUT/err"
python3 -c 'import json,sys; r=json.load(open(sys.argv[1]))["result"]["rows"][0]; assert r["holes"] == 15 and r["closedOrientedManifold"] and r["wallSecondsMedian"] > 0, r' \
  "$OUT/bench-template.json" && ok "bench template (small): design time, triangles, manifold" || fail "bench template" "$OUT/err"

# Post-implant dosimetry: synthetic post-operative CTs written as DICOM from the demo CT with 30, 80 and 200 seeds (10 % in touching
# pairs), seeds found by 'opensabt postplan' and measured against the generator's truth; frames, edits, refusals; the benchmark.
cp -r "$OUT/out/demo/sts-001" "$OUT/post-case"
grep -q "Post-implant check" "$OUT/demo.txt" && grep -qE "GTV_Mass_CT +D90 +[0-9.]+ Gy +[0-9.]+ Gy" "$OUT/demo.txt" \
  && grep -q "Stored as implant demo-plan-implant" "$OUT/demo.txt" && [ -s "$OUT/out/demo/sts-001/implant-seeds.csv" ] \
  && ok "demo: synthetic post-implant check, D90 plan vs actual in Gy: $(grep -E 'GTV_Mass_CT +D90' "$OUT/demo.txt" | tail -1 | tr -s ' ')" \
  || fail "demo post-implant check" "$OUT/demo.txt"
dciodvfy "$OUT/out/demo/sts-001/postop-ct/CT0010.dcm" >"$OUT/check.txt" 2>&1; grep -q "^Error" "$OUT/check.txt" \
  && fail "synthetic post-op CT slice is not a valid CT Image (dciodvfy)" "$OUT/check.txt" || ok "synthetic post-op CT slices are valid CT Images (dciodvfy, no errors)"
for n in 30 80 200; do
  run postop-synth --case "$OUT/post-case" --out "$OUT/postop-$n" --seeds $n --touching-pairs $((n / 10)) --random-seed $n
  run --json postplan --case "$OUT/post-case" --postop "$OUT/postop-$n" --plan demo-plan --truth "$OUT/postop-$n.truth.csv" --implant-id synth-$n --expected-seeds $n
  cp "$OUT/stdout" "$OUT/postplan-$n.json"
  python3 - "$OUT/postplan-$n.json" "$OUT/postop-$n.truth.csv" $n <<'PY' >"$OUT/check.txt" 2>&1 \
    && ok "postplan: $n seeds ($((n / 10)) touching pairs) on the demo CT: $(tail -1 "$OUT/check.txt")" || fail "postplan $n seeds" "$OUT/check.txt"
import csv, json, sys
doc = json.load(open(sys.argv[1]))["result"]
truth = list(csv.DictReader(open(sys.argv[2])))
n = int(sys.argv[3])
a = doc["accuracy"]
assert len(truth) == n == a["trueSeeds"], (len(truth), a)
assert a["sensitivity"] >= 0.98 and a["falsePer100"] <= 1 and a["medianErrorMm"] <= 0.5 and a["p95ErrorMm"] <= 1.0, a
# independent of the Java pairing: nearest true seed of every found seed, by brute force
found = [s["positionMm"] for s in doc["seeds"]]
pts = [[float(r["x_mm"]), float(r["y_mm"]), float(r["z_mm"])] for r in truth]
near = sorted(min(sum((f[k] - p[k]) ** 2 for k in range(3)) ** 0.5 for p in pts) for f in found)
assert near[len(near) // 2] <= 0.5 and near[int(0.95 * (len(near) - 1))] <= 1.0, near[-5:]
assert doc["detection"]["objectsSplit"] >= (1 if n >= 80 else 0), doc["detection"]
assert all(c["unit"] in ("Gy", "%", "cc", "1") for c in doc["comparison"])
print("sensitivity %.1f %%, %.1f false per 100, error median %.2f / p95 %.2f mm, %d touching objects split; D90 planned %.1f Gy, actual %.1f Gy" % (
    100 * a["sensitivity"], a["falsePer100"], a["medianErrorMm"], a["p95ErrorMm"], doc["detection"]["objectsSplit"], doc["d90PlannedGy"], doc["d90ActualGy"]))
PY
done
run info "$OUT/post-case"; grep -q "implants 4" "$OUT/stdout" && ok "post-implant evaluations stored in the case (demo + 3)" || fail "implants in the case" "$OUT/stdout"
# no seeds: the CT without metal ends with a clear message and changes nothing
sum_before=$(sha256sum "$OUT/post-case/case.xmi" | cut -d' ' -f1)
run postop-synth --case "$OUT/post-case" --out "$OUT/postop-0" --seeds 0
run postplan --case "$OUT/post-case" --postop "$OUT/postop-0"
[ "$(code)" = 1 ] && [ "$(grep -c 'error:' "$OUT/err")" = 1 ] && grep -q "no seeds found on the post-operative CT: no voxel reaches 2000 HU" "$OUT/err" \
  && [ "$sum_before" = "$(sha256sum "$OUT/post-case/case.xmi" | cut -d' ' -f1)" ] \
  && ok "postplan: a post-op CT without seeds: one clear error, nothing stored" || fail "postplan without seeds: exit $(code)" "$OUT/err"
run postplan --case "$OUT/post-case" --postop "$ROOT/demo-data/sts-001/ct"
[ "$(code)" = 1 ] && grep -q "this is the planning CT itself" "$OUT/err" && ok "postplan: the planning CT given as post-op CT is refused" || fail "postplan planning CT" "$OUT/err"
# another frame of reference: refused without a transform; with the true transform (file or landmarks) the same result as in one frame
run postop-synth --case "$OUT/post-case" --out "$OUT/postop-same" --from-plan demo-plan --random-seed 3
run postop-synth --case "$OUT/post-case" --out "$OUT/postop-moved" --from-plan demo-plan --random-seed 3 --new-frame --shift-mm 12,-8,5 \
  --transform-out "$OUT/moved-transform.txt"
run postplan --case "$OUT/post-case" --postop "$OUT/postop-moved" --plan demo-plan
[ "$(code)" = 1 ] && [ "$(lines)" = 1 ] && grep -q "another frame of reference" "$OUT/err" && grep -q -- "--transform" "$OUT/err" \
  && [ "$sum_before" = "$(sha256sum "$OUT/post-case/case.xmi" | cut -d' ' -f1)" ] \
  && ok "postplan: another frame of reference and no transform: clear error, nothing stored" || fail "postplan other frame: exit $(code)" "$OUT/err"
run --json postplan --case "$OUT/post-case" --postop "$OUT/postop-same" --plan demo-plan --implant-id same; cp "$OUT/stdout" "$OUT/pp-same.json"
run --json postplan --case "$OUT/post-case" --postop "$OUT/postop-moved" --plan demo-plan --implant-id moved --transform "$OUT/moved-transform.txt"
cp "$OUT/stdout" "$OUT/pp-moved.json"
printf 'post_x_mm,post_y_mm,post_z_mm,plan_x_mm,plan_y_mm,plan_z_mm\n12,-8,-850,0,0,-855\n112,-8,-850,100,0,-855\n12,92,-850,0,100,-855\n12,-8,-750,0,0,-755\n' \
  >"$OUT/landmarks.csv"
run --json postplan --case "$OUT/post-case" --postop "$OUT/postop-moved" --plan demo-plan --implant-id landmarks --landmarks "$OUT/landmarks.csv"
cp "$OUT/stdout" "$OUT/pp-landmarks.json"
python3 - "$OUT/pp-same.json" "$OUT/pp-moved.json" "$OUT/pp-landmarks.json" <<'PY' >"$OUT/check.txt" 2>&1 \
  && ok "postplan: post-op CT in a frame shifted by (12, -8, 5) mm, related by a transform file or 4 landmarks: $(tail -1 "$OUT/check.txt")" \
  || fail "postplan with a transform" "$OUT/check.txt"
import json, sys
same, moved, marks = (json.load(open(f))["result"] for f in sys.argv[1:4])
for other in (moved, marks):
    assert abs(other["d90ActualGy"] - same["d90ActualGy"]) < 0.01, (other["d90ActualGy"], same["d90ActualGy"])
    assert len(other["seeds"]) == len(same["seeds"])
    worst = max(max(abs(a - b) for a, b in zip(s["positionMm"], t["positionMm"])) for s, t in zip(same["seeds"], other["seeds"]))
    assert worst < 1e-3, worst
assert "transform file" in moved["registration"]["description"] and "landmarks" in marks["registration"]["description"]
assert marks["registration"]["residualMm"] < 1e-6
print("seeds within %.1g mm of the same-frame result, D90 actual %.2f Gy in both (planned %.2f Gy)" % (1e-3, moved["d90ActualGy"], same["d90PlannedGy"]))
PY
# the user corrects the seeds of a stored implant: delete, move, add; an unknown seed is named
run --json postplan --case "$OUT/post-case" --from-implant synth-30 --delete-seed D001 --move-seed D002=10,0,-860 --add-seed 5,5,-850
python3 -c 'import json,sys; d=json.load(open(sys.argv[1]))["result"]; o=[s["origin"] for s in d["seeds"]]
assert len(d["seeds"]) == 30 and o.count("added") == 1 and o.count("moved") == 1 and "D001" not in [s["seedId"] for s in d["seeds"]], o
assert len(d["edits"]) == 3, d["edits"]' "$OUT/stdout" && ok "postplan --from-implant: seeds deleted, moved and added, dose re-evaluated" || fail "postplan edits" "$OUT/err"
run postplan --case "$OUT/post-case" --from-implant synth-30 --delete-seed D999
[ "$(code)" = 1 ] && grep -q "D999: no such seed" "$OUT/err" && ok "postplan: deleting an unknown seed is refused, naming it" || fail "postplan unknown seed" "$OUT/err"
"$ROOT/opensabt" --json bench postplan --case "$OUT/post-case" --seeds 30 --repeats 3 >"$OUT/bench-postplan.json" 2>"$OUT/err"
python3 - "$OUT/bench-postplan.json" <<'PY' >"$OUT/check.txt" 2>&1 && ok "bench postplan: $(tail -1 "$OUT/check.txt")" || fail "bench postplan" "$OUT/check.txt"
import json, sys
rows = json.load(open(sys.argv[1]))["result"]["rows"]
big = [r for r in rows if r["voxels"] == 512 * 512 * 134][0]
assert big["detectSecondsMedian"] <= 5, big
assert big["accuracy"]["sensitivity"] >= 0.98 and big["accuracy"]["medianErrorMm"] <= 0.5, big
print("512x512x134 CT, %d seeds: detection median %.2f s (target <= 5 s), sensitivity %.1f %%, median error %.2f mm" % (
    big["seeds"], big["detectSecondsMedian"], 100 * big["accuracy"]["sensitivity"], big["accuracy"]["medianErrorMm"]))
PY

# Partner-hospital installs inside the product, signatures, the sample plug-in, the SDK walkthrough.
source "$ROOT/tests/install-tests.sh"

# Safe to deploy (issue 20): each script prints ok/FAIL lines, counted here, and exits non-zero on a failure.
smoke() {
  local name="$1"; shift
  bash "$@" >"$OUT/$name.log" 2>&1; local rc=$?
  while IFS= read -r line; do
    case "$line" in
      ok*) ok "$name: $(sed -E 's/^ok +//' <<<"$line")" ;;
      FAIL*) fail "$name: $(sed -E 's/^FAIL +//' <<<"$line")" ;;
    esac
  done < <(sed -nE 's/^ *((ok|FAIL) .*)$/\1/p' "$OUT/$name.log")
  [ $rc = 0 ] || fail "$name exited $rc" <(tail -20 "$OUT/$name.log")
}
smoke listener "$ROOT/tests/smoke-listen.sh"            # one loopback socket, dcmtk plain and TLS, audit log
smoke case-lock "$ROOT/tests/smoke-caselock.sh"         # two writers of one case, a full disk
smoke import-checks "$ROOT/tests/smoke-importcheck.sh"  # impossible DICOM refused in one line, never exit 70
smoke de-identification "$ROOT/tests/smoke-deid.sh"     # dciodvfy, keyed pseudonyms and UIDs, calibration date

# The clinician workbench starts and shows the demo case (screenshot: target/product-tests/workbench.png).
WB="$ROOT/releng/org.opensabt.site/target/products/org.opensabt.workbench.product/linux/gtk/x86_64"
# started as the README says (./opensabt workbench --case DIR), on a copy of the case in a folder with spaces
mkdir -p "$OUT/case folder" && cp -a "$OUT/out/demo/sts-001" "$OUT/case folder/sts 001"
timeout 150 xvfb-run -a -s "-screen 0 1280x800x24" bash -c "
  '$ROOT/opensabt' workbench --case '$OUT/case folder/sts 001' -data '$OUT/wb workspace' -consoleLog >'$OUT/workbench.log' 2>&1 &
  for i in \$(seq 1 90); do
    sleep 1
    if xwininfo -root -tree 2>/dev/null | grep -q '\"OpenSABT'; then
      import -window root '$OUT/workbench.png'
      [ \"\$(convert '$OUT/workbench.png' -format '%[fx:mean>0.3]' info: 2>/dev/null)\" = 1 ] && break
    fi
  done
  sleep 1; import -window root '$OUT/workbench.png'; kill %1 2>/dev/null; wait" >/dev/null 2>&1
if [ -s "$OUT/workbench.png" ] && ! grep -q "Exception" "$OUT/workbench.log" \
   && [ "$(convert "$OUT/workbench.png" -format '%[fx:mean>0.3]' info: 2>/dev/null)" = 1 ]; then
  ok "./opensabt workbench --case 'case folder/sts 001' starts under Xvfb without exceptions (screenshot target/product-tests/workbench.png)"
else
  fail "workbench under Xvfb" "$OUT/workbench.log"
fi


# The workbench's install/update dialogs (p2's standard UI) in a copy of the product, whose p2 profile
# is then its own: Help lists them and Install New Software opens (screenshot install-dialog.png).
rm -rf "$OUT/wb-copy" && cp -a "$WB" "$OUT/wb-copy"
timeout 150 xvfb-run -a -s "-screen 0 1280x800x24" java -Dopensabt.selftest.installDialogs="$OUT/install-dialogs" \
  -Dopensabt.selftest.installDialogs.site="file:$ROOT/releng/org.opensabt.site/target/repository" \
  -jar $(ls "$OUT"/wb-copy/plugins/org.eclipse.equinox.launcher_*.jar) -install "$OUT/wb-copy" -data "$OUT/wb-copy-workspace" \
  >"$OUT/install-dialogs.log" 2>&1
if grep -q "^help menu: .*Check for Updates.*Install New Software" "$OUT/install-dialogs/install-dialogs.txt" 2>/dev/null \
   && grep -q "^dialog: Install" "$OUT/install-dialogs/install-dialogs.txt" && [ -s "$OUT/install-dialogs/install-dialog.png" ] \
   && grep -q "^site lists: .*OpenSABT capabilities" "$OUT/install-dialogs/install-dialogs.txt" \
   && grep -q "^trust service: org.opensabt.provisioning.uiservices (of 2)" "$OUT/install-dialogs/install-dialogs.txt"; then
  ok "workbench: $(grep '^help menu' "$OUT/install-dialogs/install-dialogs.txt"); p2's '$(grep -m1 '^dialog' "$OUT/install-dialogs/install-dialogs.txt" | cut -c9-)' dialog on the site $(grep '^site lists' "$OUT/install-dialogs/install-dialogs.txt" | cut -c12-) (install-dialog.png); its trust decisions from trust/ ($(grep '^trust service' "$OUT/install-dialogs/install-dialogs.txt" | cut -c16-), above p2's prompt)"
else
  fail "workbench install/update dialogs" <(cat "$OUT/install-dialogs/install-dialogs.txt" "$OUT/install-dialogs.log" 2>/dev/null)
fi
# The slice views, 3D view (and without VTK), Outcomes, DICOM and Template views are tested on real SWT
# widgets by the UI test fragments (bundles/org.opensabt.*.ui.tests) in the Maven build, under Xvfb.

echo "product tests: $passed passed, $failed failed"
[ "$failed" = 0 ]
