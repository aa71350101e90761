#!/usr/bin/env bash
# De-identified DICOM RT export on the built product (PS3.15 Annex E): the site key is created once
# (mode 600, path printed), RTSTRUCT/RTPLAN/RTDOSE pass dciodvfy plain and de-identified, the plan's
# calibration date is exported (plain) and shifted (de-identified), no original identifier is left,
# pseudonym and UIDs are stable across exports, ROI names get dummies (kept clean with --clean-descriptors),
# --retain-uids keeps the UIDs,
# and a named key file that does not exist is refused. Prints ok/FAIL lines; exits 1 on a failure.
set -uo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
OPENSABT="${OPENSABT:-$ROOT/opensabt}"
T="$(mktemp -d)"
trap 'rm -rf "$T"' EXIT
export XDG_CONFIG_HOME="$T/config"   # never the user's own key
unset OPENSABT_DEID_KEY_FILE
failed=0
ok()   { echo "ok   $1"; }
fail() { echo "FAIL $1"; failed=1; [ -n "${2:-}" ] && sed 's/^/       /' "$2" | head -15; }
run()  { "$OPENSABT" "$@" >"$T/out" 2>"$T/err"; echo $? >"$T/code"; }
code() { cat "$T/code"; }
tag()  { dcmdump +P "$2" "$1" 2>/dev/null | head -1 | sed -n 's/.*\[\(.*\)\].*/\1/p'; }
errors() { dciodvfy "$1" 2>&1 | grep -c '^Error'; }

run import "$ROOT/demo-data/sts-001/ct" "$ROOT/demo-data/sts-001/rtstruct" --out "$T/case"
[ "$(code)" = 0 ] || { fail "import of the demo case" "$T/err"; exit 1; }
run --json contour stats --case "$T/case"
python3 - "$T/out" >"$T/seeds.csv" <<'PY' || { echo "FAIL seed positions from contour stats"; exit 1; }
import json, sys
c = json.load(open(sys.argv[1]))["result"]["structures"][0]["centroidMm"]
print("x_mm,y_mm,z_mm")
for dz in (-10, 0, 10):
    print(f"{c[0]:.1f},{c[1]:.1f},{c[2] + dz:.1f}")
PY
run dose --case "$T/case" --seeds "$T/seeds.csv" --strength-U 0.6 --prescription-Gy 120 --grid-mm 3 --plan-id p1 --calibration-date 2026-03-14T09:30
[ "$(code)" = 0 ] && ok "dose --calibration-date stores the plan" || fail "dose --calibration-date" "$T/err"
run dose --case "$T/case" --seeds "$T/seeds.csv" --strength-U 0.6 --prescription-Gy 120 --grid-mm 3 --plan-id bad --calibration-date 14.03.2026
[ "$(code)" = 1 ] && grep -q -- "--strength-date/--calibration-date takes YYYY-MM-DD" "$T/err" && ok "a bad calibration date: exit 1, named" || fail "bad calibration date: exit $(code)" "$T/err"

run export --case "$T/case" --what all --plan p1 --out "$T/plain"
[ "$(code)" = 0 ] || fail "plain export" "$T/err"
[ "$(tag "$T/plain/RP.dcm" 300a,022c)" = 20260314 ] && [ "$(tag "$T/plain/RP.dcm" 300a,022e)" = 093000 ] \
  && ok "plain RTPLAN: Source Strength Reference Date/Time = the stored calibration (20260314 093000)" || fail "plain calibration date $(tag "$T/plain/RP.dcm" 300a,022c)"

run export --case "$T/case" --what all --plan p1 --out "$T/anon" --anonymize
key="$XDG_CONFIG_HOME/opensabt/deid.key"
[ "$(code)" = 0 ] && [ "$(stat -c %a "$key" 2>/dev/null)" = 600 ] && [ "$(stat -c %s "$key")" = 32 ] && grep -q "created this site's de-identification key $key" "$T/err" \
  && ok "first --anonymize creates the site key (32 bytes, mode 600) and names it" || fail "site key creation" "$T/err"
for d in plain anon; do for f in RS RP RD; do
  n=$(errors "$T/$d/$f.dcm"); [ "$n" = 0 ] && ok "dciodvfy $d $f: 0 errors" || { fail "dciodvfy $d $f: $n errors"; dciodvfy "$T/$d/$f.dcm" 2>&1 | grep '^Error' | head -5; }
done; done
left=""
for v in STS_001 "$(tag "$T/plain/RS.dcm" 0020,000d)" "$(tag "$T/plain/RS.dcm" 0020,0052)" "$(tag "$T/plain/RS.dcm" 0008,0018)" "$(tag "$T/plain/RP.dcm" 0008,0018)" 20260314 "$(tag "$T/plain/RS.dcm" 0008,0020)"; do
  for f in RS RP RD; do dcmdump +L "$T/anon/$f.dcm" 2>&1 | grep -qF -- "$v" && left="$left $f:$v"; done
done
[ -z "$left" ] && ok "no original patient ID, UID or date in the de-identified objects" || fail "originals left:$left"
[ "$(tag "$T/anon/RP.dcm" 0008,1155)" = "$(tag "$T/anon/RS.dcm" 0008,0018)" ] && [ "$(tag "$T/anon/RD.dcm" 0008,1155)" = "$(tag "$T/anon/RP.dcm" 0008,0018)" ] \
  && ok "de-identified RTPLAN -> RTSTRUCT and RTDOSE -> RTPLAN references hold" || fail "references"
run followup --case "$T/case" --months 6 --response PR
[ "$(code)" = 0 ] || fail "followup (the case saved again)" "$T/err"
run export --case "$T/case" --what all --plan p1 --out "$T/anon2" --anonymize
same=1; for f in RS RP RD; do for t in 0010,0020 0020,000d 0008,0018; do [ "$(tag "$T/anon/$f.dcm" $t)" = "$(tag "$T/anon2/$f.dcm" $t)" ] || same=0; done; done
[ $same = 1 ] && ok "after a follow-up save: same pseudonym ($(tag "$T/anon/RS.dcm" 0010,0020)) and UIDs" || fail "pseudonym/UIDs changed after a follow-up save"
head -c 32 /dev/urandom >"$T/other.key"; chmod 600 "$T/other.key"
run export --case "$T/case" --what rtstruct --out "$T/other-RS.dcm" --anonymize --deid-key "$T/other.key"
[ "$(tag "$T/other-RS.dcm" 0010,0020)" != "$(tag "$T/anon/RS.dcm" 0010,0020)" ] && ok "another key: another pseudonym" || fail "another key"
run export --case "$T/case" --what rtstruct --out "$T/retained-RS.dcm" --anonymize --retain-uids --clean-descriptors
[ "$(tag "$T/retained-RS.dcm" 0020,000d)" = "$(tag "$T/plain/RS.dcm" 0020,000d)" ] && [ "$(tag "$T/retained-RS.dcm" 0008,0018)" = "$(tag "$T/plain/RS.dcm" 0008,0018)" ] \
  && ok "--retain-uids keeps the UIDs" || fail "--retain-uids"
[ "$(tag "$T/anon/RS.dcm" 3006,0026)" = "GTV_1" ] && ok "--anonymize: ROI GTV_Mass_CT exported as GTV_1 (Basic Profile dummy)" || fail "ROI name $(tag "$T/anon/RS.dcm" 3006,0026)"
[ "$(tag "$T/retained-RS.dcm" 3006,0026)" = "GTV_Mass_CT" ] && [ "$(errors "$T/retained-RS.dcm")" = 0 ] \
  && ok "--clean-descriptors: the clean ROI name GTV_Mass_CT kept, still valid" || fail "--clean-descriptors: $(tag "$T/retained-RS.dcm" 3006,0026)"
run export --case "$T/case" --what rtstruct --out "$T/x.dcm" --anonymize --deid-key "$T/missing.key"
[ "$(code)" = 1 ] && [ "$(wc -l <"$T/err")" = 1 ] && grep -q "missing.key" "$T/err" && [ ! -e "$T/missing.key" ] \
  && ok "a named key file that does not exist: exit 1, one line, not created" || fail "missing --deid-key: exit $(code)" "$T/err"
run export --case "$T/case" --what rtstruct --out "$T/x.dcm" --retain-uids
[ "$(code)" = 1 ] && ok "--retain-uids without --anonymize refused" || fail "--retain-uids alone: exit $(code)" "$T/err"
run phantom --out "$T/ph" --target-cc 30
run plan --case "$T/ph" --target GTV --rx 140 --strength-mci 0.7 --needles grid:ap --calibration-date 2026-02-01T08:15
run export --case "$T/ph" --what rtplan --out "$T/ph-RP.dcm"
[ "$(tag "$T/ph-RP.dcm" 300a,022c)" = 20260201 ] && [ "$(tag "$T/ph-RP.dcm" 300a,022e)" = 081500 ] \
  && ok "plan --calibration-date: exported as the RT Plan's Source Strength Reference Date/Time" || fail "plan --calibration-date: $(tag "$T/ph-RP.dcm" 300a,022c)" "$T/err"
exit $failed
