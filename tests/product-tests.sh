#!/usr/bin/env bash
# Smoke test of the built products, run by ./opensabt test after the Maven build. The command line's contract (exit codes,
# one-line errors, --json, every command against its independent references: R, dcmtk, dciodvfy, dicompyler-core,
# admesh, PrusaSlicer) runs in process in that build (bundles/org.opensabt.cli.tests); here only what needs the real
# products: the launcher and its exit codes, the README's demo, feature installs inside the base product
# (tests/install-tests.sh), the listener on a real socket, two processes writing one case, a compressed CT and a PACS
# round trip against a real Orthanc (tests/smoke-real-dicom.sh), and the RCP workbench under
# Xvfb (screenshot kept). Benchmarks: ./opensabt bench (tests/bench.sh).
set -uo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
OUT="$ROOT/target/product-tests"
rm -rf "$OUT" && mkdir -p "$OUT"
passed=0; failed=0
export XDG_CONFIG_HOME="$OUT/config"   # the de-identification key and other per-user files: never the user's own
ok()   { passed=$((passed+1)); echo "  ok    $1"; }
fail() { failed=$((failed+1)); echo "  FAIL  $1"; [ -n "${2:-}" ] && sed 's/^/        /' "$2" | head -20; }
# the launcher's note that another build holds the machine-wide build lock is not the command's output
run()  { "$ROOT/opensabt" "$@" >"$OUT/stdout" 2>"$OUT/err.raw"; echo $? >"$OUT/code"
         grep -v '^opensabt: another opensabt call is building' "$OUT/err.raw" >"$OUT/err"; }
code() { cat "$OUT/code"; }
lines() { wc -l <"$OUT/err" | tr -d ' '; }

echo "Product tests (opensabt headless product, base product + feature, workbench)"

run --version
[ "$(code)" = 0 ] && grep -q "^OpenSABT 0\.1\.0" "$OUT/stdout" && ok "--version" || fail "--version" "$OUT/err"

run frobnicate
[ "$(code)" = 2 ] && [ "$(lines)" = 1 ] && grep -q "unknown command 'frobnicate'" "$OUT/err" \
  && ok "unknown command: exit 2, one line" || fail "unknown command: exit $(code)" "$OUT/err"

# The launcher on a machine that is not ready: missing packages, no root, two calls at once.
source "$ROOT/tests/launcher-tests.sh"

# the usage of the real start script (every command's --help: CommandLineContractTest, in process)
run --help
[ "$(code)" = 0 ] && grep -q "^Usage: opensabt" "$OUT/stdout" && [ ! -s "$OUT/err" ] \
  && ok "--help: usage, exit 0, nothing on stderr" || fail "--help: exit $(code)" "$OUT/err"

(cd "$OUT" && "$ROOT/opensabt" demo >"$OUT/demo.txt" 2>"$OUT/demo.err"); rc=$?
[ $rc = 0 ] && grep -q "GTV_Mass_CT" "$OUT/demo.txt" && grep -q "198 x 202 x 59 voxels" "$OUT/demo.txt" \
  && [ -f "$OUT/out/demo/sts-001/case.xmi" ] && ok "demo imports the STS case and prints its summary" || fail "demo (exit $rc)" "$OUT/demo.err"
grep -q "within 2 %" "$OUT/demo.txt" && grep -q "100.00 % of the" "$OUT/demo.txt" && [ -s "$OUT/out/demo/sts-001/dicom/RD.dcm" ] \
  && ok "demo re-checks its plan from the exported RTSTRUCT/RTPLAN/RTDOSE without the case (100 % of voxels within 2 %)" || fail "demo DICOM re-check" "$OUT/demo.txt"
grep -q "ORR 78.3 %, DCR 95.0 %" "$OUT/demo.txt" && [ -s "$OUT/out/demo/outcomes/report.pdf" ] \
  && ok "demo runs the outcome analysis of the bundled synthetic cohort (report, figures)" || fail "demo outcomes" "$OUT/demo.txt"

grep -q "Plan demo-plan: .* seeds of I-125 model 6711" "$OUT/demo.txt" && grep -qE "GTV_Mass_CT: volume [0-9.]+ cc; D90 [0-9.]+ Gy" "$OUT/demo.txt" \
  && grep -qE "GTV_Mass_CT +D90 +>= 140.0 Gy [0-9.]+ Gy +met" "$OUT/demo.txt" && grep -qE "GTV_Mass_CT +V100 +>= 95.0 % +[0-9.]+ % +met" "$OUT/demo.txt" \
  && ok "demo plans the STS case (free needles from the front, none through bone): $(grep -m1 -oE "[0-9]+ needles, [0-9]+ seeds" "$OUT/demo.txt"), $(grep -m1 -oE "D90 +>= 140.0 Gy [0-9.]+ Gy" "$OUT/demo.txt" | awk '{print "D90", $4, $5}'); TG-43 metrics with units" \
  || fail "demo plan and dose" "$OUT/demo.txt"
grep -q "Post-implant check" "$OUT/demo.txt" && grep -qE "GTV_Mass_CT +D90 +[0-9.]+ Gy +[0-9.]+ Gy" "$OUT/demo.txt" \
  && grep -q "Stored as implant demo-plan-implant" "$OUT/demo.txt" && [ -s "$OUT/out/demo/sts-001/implant-seeds.csv" ] \
  && ok "demo: synthetic post-implant check, D90 plan vs actual in Gy: $(grep -E 'GTV_Mass_CT +D90' "$OUT/demo.txt" | tail -1 | tr -s ' ')" \
  || fail "demo post-implant check" "$OUT/demo.txt"

# The plan report of the demo's plan (opensabt report): a PDF whose needle and seed counts are the plan's.
run report --case "$OUT/out/demo/sts-001" --plan demo-plan --out "$OUT/demo-report.pdf" --json
[ "$(code)" = 0 ] && [ "$(head -c 5 "$OUT/demo-report.pdf" 2>/dev/null)" = "%PDF-" ] \
  && python3 -c 'import json,re,sys; d=json.load(open(sys.argv[1]))["result"]; t=open(sys.argv[2]).read(); m=re.search(r"(\d+) needles, (\d+) seeds", t); sys.exit(0 if d["pages"]>=4 and d["status"]=="DRAFT" and m and d["needles"]==int(m.group(1)) and d["seeds"]==int(m.group(2)) else 1)' "$OUT/stdout" "$OUT/demo.txt" \
  && ok "report: the demo plan's PDF ($(python3 -c 'import json,sys; d=json.load(open(sys.argv[1]))["result"]; print(d["pages"], "pages,", d["status"])' "$OUT/stdout"), needles and seeds as planned)" \
  || fail "report of the demo plan: exit $(code)" "$OUT/err"

# The model-based engine (issue 28): the demo re-evaluates its plan with Monte Carlo; dose --engine mc on the demo case reads
# the CT's tissues and reports both quantities; the plan report prints both plans; a bad CT calibration is one line.
grep -q "Model-based dose (TG-186)" "$OUT/demo.txt" && grep -qE "^DVH by mc against tg43" "$OUT/demo.txt" \
  && grep -qE "^  GTV_Mass_CT +[0-9.]+ +[0-9.]+ +[-+][0-9.]+%" "$OUT/demo.txt" && grep -q "demo-plan-mc" "$OUT/out/demo/sts-001/case.xmi" \
  && ok "demo: the plan re-evaluated by Monte Carlo in the patient's tissues, stored as demo-plan-mc; $(grep -m1 -E '^  GTV_Mass_CT +[0-9.]+ +[0-9.]+ +[-+]' "$OUT/demo.txt" | awk '{print "GTV D90", $2, "Gy (TG-43", $3, "Gy)"}')" \
  || fail "demo Monte Carlo re-evaluation" "$OUT/demo.txt"
run dose --case "$OUT/out/demo/sts-001" --from-plan demo-plan --engine mc --mc-histories 3000000 --compare-engine tg43 --plan-id mc-check --json
[ "$(code)" = 0 ] && python3 - "$OUT/stdout" <<'PY' && ok "dose --engine mc: D(m,m) of the demo plan's seeds with its uncertainty, the CT's tissues (bone among them) and the DVH against TG-43" || fail "dose --engine mc: exit $(code)" "$OUT/err"
import json, sys
d = json.load(open(sys.argv[1]))["result"]
mb = d["modelBased"]
assert mb["quantity"] == "D(m,m)" and mb["histories"] == 3000000 and 0 < mb["meanTargetUncertaintyPercent"] < 10, mb
assert "cortical-bone=" in mb["tissueVoxels"] and "soft-tissue=" in mb["tissueVoxels"], mb
rows = {r["structure"]: r for r in d["engineComparison"]["structures"]}
assert rows["GTV_Mass_CT"]["d90Gy"] > 100 and abs(rows["GTV_Mass_CT"]["d90DifferencePercent"]) < 15, rows["GTV_Mass_CT"]
assert rows["BONE"]["meanGy"] > rows["BONE"]["otherMeanGy"], rows["BONE"]  # dose to bone above TG-43's dose to water
PY
run report --case "$OUT/out/demo/sts-001" --plan demo-plan --compare-plan demo-plan-mc --out "$OUT/demo-report-mc.pdf" --json
pdftotext "$OUT/demo-report-mc.pdf" "$OUT/demo-report-mc.txt" 2>/dev/null
[ "$(code)" = 0 ] && [ "$(head -c 5 "$OUT/demo-report-mc.pdf" 2>/dev/null)" = "%PDF-" ] && grep -q "Dose by another engine: plan demo-plan-mc" "$OUT/demo-report-mc.txt" \
  && ok "report --compare-plan: the plan report prints the TG-43 and the Monte Carlo metrics side by side" || fail "report --compare-plan: exit $(code)" "$OUT/err"
# the committed interaction tables and spectra are what their generator makes from Debian's xraylib today
mkdir -p "$OUT/mc-tables" && /usr/bin/python3 "$ROOT/releng/mc-tables/make_tables.py" "$OUT/mc-tables" >"$OUT/mc-tables.log" 2>&1 \
  && cmp -s "$OUT/mc-tables/photon-interactions-v1.json" "$ROOT/bundles/org.opensabt.dose.mc/data/photon-interactions-v1.json" \
  && cmp -s "$OUT/mc-tables/seed-spectra-v1.json" "$ROOT/bundles/org.opensabt.dose.mc/data/seed-spectra-v1.json" \
  && ok "Monte Carlo tables: releng/mc-tables/make_tables.py regenerates the committed tables and spectra byte for byte from xraylib $(/usr/bin/python3 -c 'import xraylib; print(xraylib.__version__)')" \
  || fail "Monte Carlo tables differ from a fresh generation (or xraylib is missing)" "$OUT/mc-tables.log"
printf '{"format": "opensabt-ct-calibration/1", "densityCurve": [[-1000, 0.001], [0, 1.0]], "tissues": [{"tissue": "marrow"}], "metal": {"aboveHu": 3000, "tissue": "water", "densityGPerCm3": 1}}' >"$OUT/bad-calibration.json"
run dose --case "$OUT/out/demo/sts-001" --from-plan demo-plan --engine mc --mc-histories 1000 --ct-calibration "$OUT/bad-calibration.json" --plan-id mc-bad
[ "$(code)" = 1 ] && [ "$(lines)" = 1 ] && grep -q "bad-calibration.json: tissues\[0\].tissue" "$OUT/err" \
  && ok "dose --engine mc with a bad CT calibration: exit 1, one line naming the file and the field" || fail "bad CT calibration: exit $(code)" "$OUT/err"

# A batch over a cohort (issue 25): two copies of the demo case re-dosed with another seed model in one JVM, and a
# corrupt case that fails alone; the steps come from their OSGi services in the product.
mkdir -p "$OUT/cohort/c3" && echo "<xmi:XMI" >"$OUT/cohort/c3/case.xmi"
for c in c1 c2; do mkdir -p "$OUT/cohort/$c/arrays" && cp "$OUT/out/demo/sts-001/case.xmi" "$OUT/cohort/$c/" \
  && cp "$OUT/out/demo/sts-001/arrays/"* "$OUT/cohort/$c/arrays/"; done
cp "$OUT/cohort/c3/case.xmi" "$OUT/c3-before.xmi"
run --json batch --cases "$OUT/cohort" --jobs 2 --step "redose plan=demo-plan source=2301" --table "$OUT/batch.csv"
[ "$(code)" = 0 ] && python3 - "$OUT/stdout" "$OUT/batch.csv" "$OUT/cohort" <<'PY' && cmp -s "$OUT/cohort/c3/case.xmi" "$OUT/c3-before.xmi" \
  && ok "batch: 2 demo copies re-dosed with Best 2301 in one JVM (stored as demo-plan-redose, D90 in the table), the corrupt case failed alone and left as it was" \
  || fail "batch over the demo copies: exit $(code)" "$OUT/err"
import csv, json, sys, pathlib
d = json.load(open(sys.argv[1]))["result"]
rows = {pathlib.Path(r["case"]).name: r for r in d["rows"]}
assert (d["done"], d["failed"]) == (2, 1), d
assert rows["c3"]["status"] == "failed" and rows["c3"]["failed_step"] == "load" and "case.xmi" in rows["c3"]["message"], rows["c3"]
for c in ("c1", "c2"):
    r = rows[c]
    assert r["status"] == "done" and r["saved"] and r["redose.demo-plan-redose.source"] == "I-125 Best 2301", r
    assert 100 < r["redose.demo-plan-redose.D90_Gy"] < 400, r
    assert "demo-plan-redose" in (pathlib.Path(sys.argv[3]) / c / "case.xmi").read_text(), c
table = list(csv.DictReader(open(sys.argv[2], newline="")))
assert len(table) == 3 and {t["status"] for t in table} == {"done", "failed"}, table
assert all(float(t["redose.demo-plan-redose.D90_Gy"]) == rows[pathlib.Path(t["case"]).name]["redose.demo-plan-redose.D90_Gy"] for t in table if t["status"] == "done")
PY
run batch --cases "$OUT/cohort/c3" --strict --step "redose source=2301"
[ "$(code)" = 1 ] && [ "$(lines)" -ge 1 ] && tail -1 "$OUT/err" | grep -q "1 of 1 cases failed or were cancelled" \
  && ok "batch --strict: exit 1 when a case failed" || fail "batch --strict: exit $(code)" "$OUT/err"

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
smoke real-dicom "$ROOT/tests/smoke-real-dicom.sh"      # a JPEG-LS CT and a PACS round trip against a real Orthanc (issue 23)
# Docs a newcomer can walk (issue 21): links point at existing files and headings; the committed CLI
# reference is what the built product's commands generate (regenerate: ./opensabt help-reference --out docs/user/cli-reference.md)
smoke doc-links "$ROOT/tests/check-doc-links.sh"
smoke cli-reference "$ROOT/tests/check-cli-reference.sh"

# The clinician workbench starts and shows the demo case (screenshot: target/product-tests/workbench.png).
WB="$ROOT/releng/org.opensabt.site/target/products/org.opensabt.workbench.product/linux/gtk/x86_64"
# started as the README says (./opensabt workbench --case DIR), on a copy of the case in a folder with spaces
mkdir -p "$OUT/case folder" && cp -a "$OUT/out/demo/sts-001" "$OUT/case folder/sts 001"
timeout 150 xvfb-run -a -s "-screen 0 1366x768x24" bash -c "
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
