#!/usr/bin/env bash
# Partner-hospital installs from inside the product (issue 11), sourced by tests/product-tests.sh
# (which defines ROOT, OUT, ok, fail) or run alone: bash tests/install-tests.sh [OUT].
#   base product -> features install outcomes alone (signature-checked) -> outcomes runs ->
#   the sample plug-in from the site (command, analysis, seed model) -> uninstall -> the case made
#   before still opens, its files and the preferences untouched -> tampered sites refused ->
#   the SDK walkthrough (docs/sdk/walkthrough.md), executed step by step.
if [ -z "${ROOT:-}" ]; then
  set -uo pipefail
  ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
  OUT="${1:-$ROOT/target/install-tests}"; mkdir -p "$OUT"
  passed=0; failed=0
  ok()   { passed=$((passed+1)); echo "  ok    $1"; }
  fail() { failed=$((failed+1)); echo "  FAIL  $1"; [ -n "${2:-}" ] && sed 's/^/        /' "$2" | head -20; }
  STANDALONE=1
fi
SITE="$ROOT/releng/org.opensabt.site/target/repository"
BASE="$ROOT/releng/org.opensabt.site/target/products/org.opensabt.base/linux/gtk/x86_64"
COH="$ROOT/demo-data/cohorts"
TESTCERT="$ROOT/releng/org.opensabt.site/target/signing/opensabt-test.pem"   # this build's throwaway signing key
H="$OUT/hospital"
rm -rf "$H" "$OUT/hospital-cases" && cp -a "$BASE" "$H"
# each call: exit code in $OUT/hcode, stdout in $OUT/hout, stderr in $OUT/herr
h() { OPENSABT_JAVA_OPTS=-Xmx2g "$H/opensabt" "$@" >"$OUT/hout" 2>"$OUT/herr"; echo $? >"$OUT/hcode"; }
hcode() { cat "$OUT/hcode"; }
both() { cat "$OUT/hout" "$OUT/herr"; }

# user data made before any change: a case (made by the headless product) and a preference file
mkdir -p "$OUT/hospital-cases" "$H/configuration/.settings"
"$ROOT/opensabt" import "$ROOT/demo-data/sts-001/ct" "$ROOT/demo-data/sts-001/rtstruct" --out "$OUT/hospital-cases/sts-001" >/dev/null 2>&1
printf 'eclipse.preferences.version=1\nprescriptionDoseGy=140\n' >"$H/configuration/.settings/org.opensabt.hospital.prefs"
userdata() { (cd "$OUT/hospital-cases" && find . -type f -exec sha256sum {} + | sort; sha256sum "$H/configuration/.settings/org.opensabt.hospital.prefs"); }
userdata >"$OUT/userdata.before"

# The SDK walkthrough (docs/sdk/walkthrough.md), run as written (tests/sdk-walkthrough.sh extracts its steps) in its own
# copy of the base product, beside the checks below; judged at the end.
bash "$ROOT/tests/sdk-walkthrough.sh" "$OUT/sdk" >"$OUT/sdk.log" 2>&1 &
sdk_walkthrough=$!

h --help
[ "$(hcode)" = 0 ] && grep -qE '^\s+features' "$OUT/hout" && ! grep -qE '^\s+(outcomes|dose|import) ' "$OUT/hout" \
  && ok "base product: 'features' command, no capability commands yet" || fail "base product --help (exit $(hcode))" "$OUT/herr"

# No private key in the repository, and a new product trusts nobody (issue 20 §3).
keys="$(cd "$ROOT" && git ls-files 2>/dev/null | grep -iE '\.(p12|pfx|jks|keystore|key)$'; cd "$ROOT" && git grep -lE 'BEGIN ([A-Z]+ )?PRIVATE KEY' 2>/dev/null)"
[ -z "$keys" ] && [ -e "$ROOT/.git" ] && ok "no private key or keystore is committed" || fail "keys in the repository: $keys"
snapshot() { (cd "$H" && find plugins features -maxdepth 1 | sort; cat configuration/org.eclipse.equinox.simpleconfigurator/bundles.info); }
snapshot >"$OUT/install.empty-trust"
certs="$(find "$H/trust" -type f \( -name '*.pem' -o -name '*.crt' -o -name '*.cer' \) | wc -l)"
h features install --site "$SITE" org.opensabt.outcomes.feature
[ "$certs" = 0 ] && [ "$(hcode)" = 1 ] && [ "$(wc -l <"$OUT/herr")" = 1 ] && grep -q "trusts no signer yet" "$OUT/herr" \
  && snapshot | cmp -s - "$OUT/install.empty-trust" \
  && ok "a new product trusts no signer: install refused in one line, installation unchanged" || fail "install with an empty trust/ (exit $(hcode), $certs certificates)" <(both)
h features trust add "$TESTCERT"
expected="$(openssl x509 -in "$TESTCERT" -noout -fingerprint -sha256 | sed 's/^.*=//')"
[ "$(hcode)" = 0 ] && grep -q "SHA-256 $expected" "$OUT/hout" \
  && ok "features trust add: the build's test certificate trusted, SHA-256 fingerprint as openssl prints it" || fail "trust add (exit $(hcode); openssl $expected)" <(both)
h --json features trust list
python3 - "$OUT/hout" "$expected" <<'PY' && ok "features trust list --json: one anchor, its fingerprint" || fail "trust list" <(both)
import json, sys
anchors = json.load(open(sys.argv[1]))["result"]["anchors"]
assert [a["sha256"] for a in anchors] == [sys.argv[2]], anchors
PY

h features list --site "$SITE"
[ "$(hcode)" = 0 ] && grep -q "org.opensabt.provisioning.feature" "$OUT/hout" \
  && grep -qE "org.opensabt.template.feature .*requires .*org.opensabt.plan.feature" "$OUT/hout" \
  && grep -qE "org.opensabt.plan.feature .*requires .*org.opensabt.dose.feature" "$OUT/hout" \
  && grep -qE "org.opensabt.outcomes.feature +[0-9.a-z-]+ +requires org.opensabt.platform.feature$" "$OUT/hout" \
  && ok "features list --site: the feature map (template -> plan -> dose + contour; outcomes needs only the platform)" \
  || fail "features list --site (exit $(hcode))" <(both)

h features install --site "$SITE" org.opensabt.outcomes.feature
if [ "$(hcode)" = 0 ] && grep -q "installed org.opensabt.outcomes.feature" "$OUT/hout" && grep -q "signature(s) verified" "$OUT/hout"; then
  ok "features install outcomes alone: $(grep -o '[0-9]* signature(s) verified' "$OUT/hout") against the trusted test certificate"
else
  fail "features install outcomes (exit $(hcode))" <(both)
fi
h --help
grep -qE '^\s+outcomes ' "$OUT/hout" && ! grep -qE '^\s+(dose|import|plan|template) ' "$OUT/hout" \
  && ok "after the install: outcomes is there, and nothing else was pulled in" || fail "commands after the outcomes install" "$OUT/hout"
h outcomes --cohort "$COH/sabt_synthetic_120.csv" --out "$OUT/hospital-outcomes"
[ "$(hcode)" = 0 ] && [ -s "$OUT/hospital-outcomes/report.pdf" ] && [ -s "$OUT/hospital-outcomes/outcomes.json" ] \
  && ok "opensabt outcomes runs in the hospital's base + outcomes product (report.pdf)" || fail "outcomes in the hospital product (exit $(hcode))" "$OUT/herr"

# A second centre wants planning and templates only: template brings plan, dose and contour, nothing else
# (its own copy of the base product: installed beside the checks below, judged after them).
rm -rf "$OUT/hospital2" && cp -a "$BASE" "$OUT/hospital2"
( OPENSABT_JAVA_OPTS=-Xmx2g "$OUT/hospital2/opensabt" features trust add "$TESTCERT" >"$OUT/h2.txt" 2>&1
  OPENSABT_JAVA_OPTS=-Xmx2g "$OUT/hospital2/opensabt" features install --site "$SITE" org.opensabt.template.feature >"$OUT/h2.txt" 2>&1
  OPENSABT_JAVA_OPTS=-Xmx2g "$OUT/hospital2/opensabt" --help >"$OUT/h2-help.txt" 2>&1
  # every jar of the site against the trusted test certificate (the tampered copy is verified in the first product below)
  OPENSABT_JAVA_OPTS=-Xmx2g "$OUT/hospital2/opensabt" features verify --site "$SITE" >"$OUT/verify.txt" 2>"$OUT/verify.err"
  echo $? >"$OUT/verify.code" ) &
second_centre=$!

h features install --site "$SITE" org.opensabt.sample.feature
[ "$(hcode)" = 0 ] && grep -q "installed org.opensabt.sample.feature" "$OUT/hout" && grep -q "org.opensabt.dose.feature .*(required)" "$OUT/hout" \
  && ok "sample plug-in installed from the site, with the dose feature it requires" || fail "install the sample plug-in (exit $(hcode))" <(both)
h cuminc --cohort "$COH/sabt_synthetic_120.csv" --months 12,24
[ "$(hcode)" = 0 ] && grep -qE "^all .* 12\.0  0\.2497 \| 0\.1620" "$OUT/hout" \
  && ok "sample command: cuminc (CIF of local progression at 12 months 0.2497, as R's survfit)" || fail "cuminc (exit $(hcode))" <(both)
h analyse
grep -q "^cuminc " "$OUT/hout" && ok "sample analysis listed by 'opensabt analyse'" || fail "analyse list" <(both)
h sources
grep -q "SAMPLE I-125 6711 1D" "$OUT/hout" && ok "sample seed model from its descriptor listed by 'opensabt sources'" || fail "sources after the sample install" <(both)
printf 'x_cm,y_cm,z_cm\n1,0,0\n2,0,0\n' >"$OUT/transverse.csv"
h --json tg43 --source sample-6711-1d --points "$OUT/transverse.csv"; cp "$OUT/hout" "$OUT/tg43-sample.json"
h --json tg43 --source 6711 --points "$OUT/transverse.csv"; cp "$OUT/hout" "$OUT/tg43-6711.json"
python3 - "$OUT/tg43-sample.json" "$OUT/tg43-6711.json" <<'PY' >"$OUT/check.txt" 2>&1 \
  && ok "tg43 with the sample seed model: on the transverse axis = 6711 x phi_an (consensus 0.944, 0.941 at 1, 2 cm)" \
  || fail "tg43 with the sample seed" "$OUT/check.txt"
import json, sys
sample = json.load(open(sys.argv[1]))["result"]; ref = json.load(open(sys.argv[2]))["result"]
for s, r, phi in zip(sample, ref, (0.944, 0.941)):
    ratio = s["dose_rate_cGy_per_h_per_U"] / r["dose_rate_cGy_per_h_per_U"]
    assert abs(ratio - phi) < 1e-9, (s, r, ratio)
PY

h features uninstall org.opensabt.sample.feature
h2="$(hcode)"; h cuminc --cohort "$COH/sabt_synthetic_120.csv"
[ "$h2" = 0 ] && [ "$(hcode)" = 2 ] && grep -q "unknown command 'cuminc'" "$OUT/herr" \
  && ok "features uninstall removes the sample plug-in (cuminc is gone)" || fail "uninstall the sample (exit $h2, then $(hcode))" <(both)
h features uninstall org.opensabt.platform.feature
[ "$(hcode)" = 1 ] && grep -q "part of the product" "$OUT/herr" \
  && ok "uninstalling a feature the product is built of is refused" || fail "uninstall platform (exit $(hcode))" <(both)
h info "$OUT/hospital-cases/sts-001"
userdata >"$OUT/userdata.after"
[ "$(hcode)" = 0 ] && grep -q "GTV" "$OUT/hout" && cmp -s "$OUT/userdata.before" "$OUT/userdata.after" \
  && ok "the case made before opens; case files and preferences byte-identical after install/uninstall" \
  || fail "case/preferences after install/uninstall (exit $(hcode))" <(both; diff "$OUT/userdata.before" "$OUT/userdata.after")

# Tampering: a copy of the site with one class of the sample bundle changed after signing.
rm -rf "$OUT/tampered-site" && cp -a "$SITE" "$OUT/tampered-site"
JAR="$(ls "$OUT"/tampered-site/plugins/org.opensabt.sample.competingrisks_*.jar)"
python3 - "$JAR" <<'PY'
import sys, zipfile, shutil
src = sys.argv[1]; tmp = src + ".tmp"
with zipfile.ZipFile(src) as zin, zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as zout:
    for item in zin.infolist():
        data = zin.read(item.filename)
        if item.filename.endswith("AalenJohansen.class"):
            data = data.replace(b"Aalen", b"Alien")  # same length: only the signed digest can tell
        zout.writestr(item, data)
shutil.move(tmp, src)
PY
snapshot >"$OUT/install.before"
h features install --site "$OUT/tampered-site" org.opensabt.sample.feature
snapshot >"$OUT/install.after"
[ "$(hcode)" = 1 ] && tail -1 "$OUT/herr" | grep -q "error: refused: bundle org.opensabt.sample.competingrisks.*hash is not as expected" \
  && cmp -s "$OUT/install.before" "$OUT/install.after" \
  && ok "a tampered jar on a copy of the site is refused (site checksum), installation unchanged: $(tail -1 "$OUT/herr" | cut -c1-170)..." \
  || fail "tampered site (exit $(hcode))" <(both)
# the same jar re-published with fresh checksums (a site whose metadata was rewritten too): the signature catches it
rm -rf "$OUT/resigned" "$OUT/rewritten-site" && mkdir -p "$OUT/resigned/plugins" "$OUT/resigned/features/org.opensabt.sample.feature"
cp "$JAR" "$OUT/resigned/plugins/"
cp "$ROOT/samples/org.opensabt.sample.feature/feature.xml" "$OUT/resigned/features/org.opensabt.sample.feature/"
VER="$(basename "$JAR" .jar)"; VER="${VER#*_}"
sed -i "s/version=\"1.0.0.qualifier\"/version=\"$VER\"/" "$OUT/resigned/features/org.opensabt.sample.feature/feature.xml"
h features publish --source "$OUT/resigned" --site "$OUT/rewritten-site"
h features install --site "$OUT/rewritten-site" org.opensabt.sample.competingrisks
snapshot >"$OUT/install.after2"
[ "$(hcode)" = 1 ] && tail -1 "$OUT/herr" | grep -qE "refused: bundle org.opensabt.sample.competingrisks.*(Invalid content|modified after it was signed: entry).*AalenJohansen.class" \
  && cmp -s "$OUT/install.before" "$OUT/install.after2" \
  && ok "with its checksums rewritten, the tampered jar is refused by its signature: $(tail -1 "$OUT/herr" | grep -oE '(Invalid content|modified after it was signed: entry)[^ ]*' | head -1)" \
  || fail "tampered jar with rewritten checksums (exit $(hcode))" <(both)

wait $second_centre
grep -qE '^\s+template ' "$OUT/h2-help.txt" && grep -qE '^\s+plan ' "$OUT/h2-help.txt" && grep -qE '^\s+dose ' "$OUT/h2-help.txt" \
  && grep -qE '^\s+contour ' "$OUT/h2-help.txt" && grep -qE '^\s+lc-model ' "$OUT/h2-help.txt" && ! grep -qE '^\s+(import|postplan|registry) ' "$OUT/h2-help.txt" \
  && ok "a second base product with only the template feature: $(grep -c '(required)' "$OUT/h2.txt") required features came along (plan, dose, contour, outcomes for the plan's predicted local control); no DICOM, post-plan or registry" \
  || fail "template-only install" <(cat "$OUT/h2.txt" "$OUT/h2-help.txt")
v1="$(cat "$OUT/verify.code")"
h features verify --site "$OUT/tampered-site"
[ "$v1" = 0 ] && grep -qE "^all [0-9]+ bundle jars on .* are signed by a trusted certificate" "$OUT/verify.txt" \
  && [ "$(hcode)" = 1 ] && tail -1 "$OUT/herr" | grep -q "refused: bundle org.opensabt.sample.competingrisks" \
  && ok "features verify: $(grep -oE 'all [0-9]+ bundle jars' "$OUT/verify.txt") of the site signed by a trusted certificate; the tampered copy refused" \
  || fail "features verify (exit $v1, then $(hcode))" <(cat "$OUT/verify.txt" "$OUT/verify.err"; both)

# The same bundle unsigned (signature files stripped, content untouched) is refused by the trust check.
rm -rf "$OUT/unsigned" "$OUT/unsigned-site" && mkdir -p "$OUT/unsigned/plugins"
python3 - "$(ls "$SITE"/plugins/org.opensabt.sample.competingrisks_*.jar)" "$OUT/unsigned/plugins" <<'PY'
import os, re, sys, zipfile
src = sys.argv[1]; dst = os.path.join(sys.argv[2], os.path.basename(src))
with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED) as zout:
    for item in zin.infolist():
        if re.match(r"META-INF/[^/]+\.(SF|RSA|DSA|EC)$", item.filename):
            continue
        data = zin.read(item.filename)
        if item.filename == "META-INF/MANIFEST.MF":   # keep the main section only
            data = data.split(b"\r\n\r\n")[0] + b"\r\n\r\n"
        zout.writestr(item, data)
PY
h features publish --source "$OUT/unsigned" --site "$OUT/unsigned-site"
h features install --site "$OUT/unsigned-site" org.opensabt.sample.competingrisks
snapshot >"$OUT/install.after3"
[ "$(hcode)" = 1 ] && tail -1 "$OUT/herr" | grep -q "refused: bundle org.opensabt.sample.competingrisks .* is not signed" \
  && cmp -s "$OUT/install.before" "$OUT/install.after3" \
  && ok "an unsigned jar is refused: $(tail -1 "$OUT/herr" | grep -o 'bundle .*')" || fail "unsigned jar (exit $(hcode))" <(both)

# A "hotfix" signed by someone else's key (the attack a committed project key allowed): refused.
rm -rf "$OUT/attacker" "$OUT/attacker-site" && mkdir -p "$OUT/attacker/plugins" && cp "$OUT"/unsigned/plugins/*.jar "$OUT/attacker/plugins/"
(umask 077 && head -c 18 /dev/urandom | base64 >"$OUT/attacker/pass")
keytool -genkeypair -alias x -keyalg EC -groupname secp256r1 -validity 2 -dname "CN=OpenSABT hotfix" -storetype PKCS12 \
  -keystore "$OUT/attacker/x.p12" -storepass:file "$OUT/attacker/pass" >/dev/null 2>&1
jarsigner -keystore "$OUT/attacker/x.p12" -storepass:file "$OUT/attacker/pass" "$(ls "$OUT"/attacker/plugins/*.jar)" x >/dev/null 2>&1
h features publish --source "$OUT/attacker" --site "$OUT/attacker-site"
h features install --site "$OUT/attacker-site" org.opensabt.sample.competingrisks
[ "$(hcode)" = 1 ] && tail -1 "$OUT/herr" | grep -q "signed by \[CN=OpenSABT hotfix\], which this installation does not trust" \
  && snapshot | cmp -s - "$OUT/install.before" \
  && ok "a jar signed by an unknown key (labelled as a hotfix) is refused, installation unchanged" || fail "attacker-signed jar (exit $(hcode))" <(both)

# Trust removed again: nothing installs.
h features trust remove "$(echo "$expected" | cut -c1-11)"
r="$(hcode)"; h features install --site "$SITE" org.opensabt.sample.feature
[ "$r" = 0 ] && [ "$(hcode)" = 1 ] && grep -q "trusts no signer yet" "$OUT/herr" && snapshot | cmp -s - "$OUT/install.before" \
  && ok "features trust remove: the test certificate is no longer trusted, install refused" || fail "trust remove (exit $r, then $(hcode))" <(both)

wait $sdk_walkthrough; sdk_rc=$?
[ $sdk_rc = 0 ] && ok "SDK walkthrough: $(tail -1 "$OUT/sdk.log")" || fail "SDK walkthrough (exit $sdk_rc)" <(tail -25 "$OUT/sdk.log")

if [ -n "${STANDALONE:-}" ]; then
  echo "install tests: $passed passed, $failed failed"
  [ "$failed" = 0 ]
fi
