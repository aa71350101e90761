#!/usr/bin/env bash
# Runs the steps of docs/sdk/walkthrough.md exactly as written (the ```sh blocks between the
# sdk-walkthrough markers), in an empty folder, against a fresh copy of the base product, then checks
# what they did: the installed analysis, its numbers (recomputed here from the CSV with Python), the
# update to 1.0.1 and the uninstall, with the product's preferences untouched.
#   bash tests/sdk-walkthrough.sh [WORK_DIR]
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
WORK="${1:-$ROOT/target/sdk-walkthrough}"
rm -rf "$WORK" && mkdir -p "$WORK/empty"
cp -a "$ROOT/releng/org.opensabt.site/target/products/org.opensabt.base/linux/gtk/x86_64" "$WORK/product"
mkdir -p "$WORK/product/configuration/.settings"
printf 'eclipse.preferences.version=1\nsomePreference=kept\n' >"$WORK/product/configuration/.settings/org.example.prefs"
sha_before="$(sha256sum "$WORK/product/configuration/.settings/org.example.prefs")"

python3 - "$ROOT/docs/sdk/walkthrough.md" "$WORK/steps.sh" <<'PY'
import re, sys, textwrap
text = open(sys.argv[1], encoding="utf-8").read()
section = text.split("<!-- sdk-walkthrough:begin -->", 1)[1].split("<!-- sdk-walkthrough:end -->", 1)[0]
blocks = re.findall(r"^( *)```sh\n(.*?)^\1```", section, re.S | re.M)
assert len(blocks) >= 8, "expected the numbered steps' sh blocks, found %d" % len(blocks)
with open(sys.argv[2], "w") as out:
    out.write("set -euxo pipefail\n")
    for i, (indent, body) in enumerate(blocks, 1):
        out.write("\n# --- walkthrough step %d ---\n" % i)
        out.write(textwrap.dedent(body))
print("%d steps extracted" % len(blocks))
PY

export OPENSABT="$WORK/product" OPENSABT_SITE="$ROOT/releng/org.opensabt.site/target/repository"
export COHORT="$ROOT/demo-data/cohorts/sabt_synthetic_120.csv" OPENSABT_JAVA_OPTS=-Xmx2g
export OPENSABT_SIGNER="$ROOT/releng/org.opensabt.site/target/signing/opensabt-test.pem"   # this build's throwaway key
(cd "$WORK/empty" && bash "$WORK/steps.sh") >"$WORK/steps.log" 2>&1 || { tail -30 "$WORK/steps.log"; echo "a walkthrough step failed"; exit 1; }

log="$WORK/steps.log"
grep -q "installed org.example.d90.feature 1.0.0" "$log" || { echo "install of 1.0.0 not reported"; exit 1; }
grep -q "^d90-by-response " "$log" || { echo "the analysis was not listed"; exit 1; }
grep -q "updated org.example.d90.feature 1.0.1" "$log" || { echo "update to 1.0.1 not reported"; exit 1; }
grep -q "uninstalled org.example.d90.feature" "$log" || { echo "uninstall not reported"; exit 1; }
python3 - "$COHORT" "$log" <<'PY'
import csv, statistics, sys, re
rows = list(csv.DictReader(open(sys.argv[1])))
log = open(sys.argv[2]).read()
for resp in sorted({r["response"] for r in rows}):
    values = [float(r["d90_gy"]) for r in rows if r["response"] == resp]
    med = statistics.median(values)
    for digits in (2, 1):   # 1.0.0 prints two decimals, 1.0.1 one
        expected = "%-3s n=%3d  median D90 %.*f Gy" % (resp, len(values), digits, med)
        assert expected in log, "missing: " + expected
print("ok")
PY
"$OPENSABT/opensabt" analyse >"$WORK/after.txt" 2>&1
! grep -q "d90-by-response" "$WORK/after.txt" || { echo "the analysis is still there after the uninstall"; exit 1; }
[ "$sha_before" = "$(sha256sum "$WORK/product/configuration/.settings/org.example.prefs")" ] || { echo "preferences changed"; exit 1; }
echo "$(grep -c '^# --- walkthrough step' "$WORK/steps.sh") walkthrough steps ran: installed 1.0.0, medians equal to Python's, updated to 1.0.1, uninstalled; preferences untouched"
