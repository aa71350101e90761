#!/usr/bin/env bash
# End-to-end tests of the built products, run by ./opensabt test after the Maven build:
# the real opensabt application (exit codes, one-line errors, JSON), the demo, a partner-hospital
# feature install into the base product, and the RCP workbench under Xvfb (screenshot kept).
set -uo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
OUT="$ROOT/target/product-tests"
rm -rf "$OUT" && mkdir -p "$OUT"
passed=0; failed=0
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

for c in demo import info; do
  run "$c" --help
  [ "$(code)" = 0 ] && grep -q "Usage: opensabt $c" "$OUT/stdout" && ok "$c --help" || fail "$c --help" "$OUT/err"
done

(cd "$OUT" && "$ROOT/opensabt" demo >"$OUT/demo.txt" 2>"$OUT/demo.err"); rc=$?
[ $rc = 0 ] && grep -q "GTV_Mass_CT" "$OUT/demo.txt" && grep -q "198 x 202 x 59 voxels" "$OUT/demo.txt" \
  && [ -f "$OUT/out/demo/sts-001/case.xmi" ] && ok "demo imports the STS case and prints its summary" || fail "demo (exit $rc)" "$OUT/demo.err"

run --json info "$OUT/out/demo/sts-001"
python3 - "$OUT/stdout" <<'PY' && ok "--json info is one parsable object" || fail "--json info" "$OUT/stdout"
import json, sys
doc = json.load(open(sys.argv[1]))
s = doc["result"]["studies"][0]
assert doc["ok"] is True and s["series"][0]["slices"] == 59, doc
assert s["structureSets"][0]["structures"][0]["name"] == "GTV_Mass_CT"
PY

# A partner hospital adds one capability from the update site to an installed base product.
BASE="$ROOT/releng/org.opensabt.site/target/products/org.opensabt.base/linux/gtk/x86_64"
rm -rf "$OUT/hospital" && cp -r "$BASE" "$OUT/hospital"
hospital() { java -jar "$(ls "$OUT"/hospital/plugins/org.eclipse.equinox.launcher_*.jar)" -install "$OUT/hospital" "$@"; }
hospital --help >"$OUT/before.txt" 2>&1
if ! grep -qE '^\s+import ' "$OUT/before.txt" \
   && "$ROOT/opensabt" install-feature "$OUT/hospital" org.opensabt.dicom.feature >"$OUT/install.txt" 2>&1 \
   && hospital --help 2>&1 | grep -qE '^\s+import '; then
  ok "install-feature adds org.opensabt.dicom.feature (import command) to the base product"
else
  fail "install-feature into the base product" "$OUT/install.txt"
fi

# The clinician workbench starts and shows the demo case (screenshot: target/product-tests/workbench.png).
WB="$ROOT/releng/org.opensabt.site/target/products/org.opensabt.workbench.product/linux/gtk/x86_64"
timeout 120 xvfb-run -a -s "-screen 0 1280x800x24" bash -c "
  java -Dopensabt.case='$OUT/out/demo/sts-001' -jar \$(ls '$WB'/plugins/org.eclipse.equinox.launcher_*.jar) \
    -install '$WB' -configuration '$OUT/wb-config' -consoleLog >'$OUT/workbench.log' 2>&1 &
  for i in \$(seq 1 60); do
    sleep 1
    if xwininfo -root -tree 2>/dev/null | grep -q '\"Case summary\\|\"OpenSABT'; then break; fi
  done
  sleep 3; import -window root '$OUT/workbench.png'; kill %1 2>/dev/null; wait" >/dev/null 2>&1
if [ -s "$OUT/workbench.png" ] && ! grep -q "Exception" "$OUT/workbench.log" \
   && [ "$(convert "$OUT/workbench.png" -format '%[fx:mean>0.3]' info: 2>/dev/null)" = 1 ]; then
  ok "workbench starts under Xvfb without exceptions (screenshot target/product-tests/workbench.png)"
else
  fail "workbench under Xvfb" "$OUT/workbench.log"
fi

echo "product tests: $passed passed, $failed failed"
[ "$failed" = 0 ]
