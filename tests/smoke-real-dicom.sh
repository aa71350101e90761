#!/usr/bin/env bash
# Real-world DICOM through the built product (issue 23): a JPEG-LS compressed copy of the demo CT (made by dcmtk)
# imports voxel-identical to the uncompressed one (CharLS loaded by the product through JNA), and a PACS round trip
# against a real Orthanc on loopback: the demo study (CT and RTSTRUCT) stored by dcmtk's storescu, then opensabt pacs echo, find, get
# (into a case), send of the case's RT objects, and Orthanc's REST API lists them. Prints ok/FAIL lines.
# The in-process tests (bundles/org.opensabt.pacs.tests, dicom.pixelmed.tests) cover the details and the refusals.
set -uo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
W="$ROOT/target/product-tests/real-dicom"
rm -rf "$W" && mkdir -p "$W"
failed=0
ok()   { echo "ok    $1"; }
fail() { failed=1; echo "FAIL  $1"; [ -n "${2:-}" ] && sed 's/^/        /' "$2" | head -15; }
os()   { "$ROOT/opensabt" "$@"; }
DEMO="$ROOT/demo-data/sts-001"
json() { python3 -c "import json,sys; d=json.load(open(sys.argv[1])); print(eval(sys.argv[2], {'d': d}))" "$@"; }

# --- compressed CT: JPEG-LS lossless (1.2.840.10008.1.2.4.80) by dcmtk, imported by the product ---
mkdir -p "$W/ct-jls"
for f in "$DEMO"/ct/*; do dcmcjpls +el "$f" "$W/ct-jls/$(basename "$f")" || { fail "dcmcjpls $f"; break; }; done
os import "$DEMO/ct" "$DEMO/rtstruct" --out "$W/plain" --json >"$W/plain.json" 2>"$W/plain.err"
os import "$W/ct-jls" "$DEMO/rtstruct" --out "$W/jls" --json >"$W/jls.json" 2>"$W/jls.err"; rc=$?
syntax=$(dcmdump -s +P 0002,0010 "$(ls "$W"/ct-jls/* | head -1)" 2>/dev/null | grep -o '=JPEGLS[A-Za-z]*' | head -1)
plain_voxels=$(ls "$W/plain/arrays" 2>/dev/null | grep '\.i16le$'); jls_voxels=$(ls "$W/jls/arrays" 2>/dev/null | grep '\.i16le$')
if [ $rc = 0 ] && [ -n "$plain_voxels" ] && [ "$plain_voxels" = "$jls_voxels" ] && [ "$syntax" = "=JPEGLSLossless" ]; then
  ok "import of the demo CT compressed by dcmcjpls ($syntax): voxel array identical to the uncompressed import (SHA-256 ${plain_voxels:0:12}…)"
else
  fail "compressed import: exit $rc, syntax '$syntax', voxels '$jls_voxels' vs '$plain_voxels'" "$W/jls.err"
fi

# --- PACS round trip against a real Orthanc ---
if ! command -v Orthanc >/dev/null && [ ! -x /usr/sbin/Orthanc ]; then
  fail "Orthanc is not installed (Debian package orthanc; ./opensabt packages test installs it)"; exit 1
fi
read -r DICOM_PORT HTTP_PORT < <(python3 -c '
import socket
s = [socket.socket() for _ in range(2)]
for x in s: x.bind(("127.0.0.1", 0))
print(*[x.getsockname()[1] for x in s])')
mkdir -p "$W/orthanc-db"
cat >"$W/orthanc.json" <<EOF
{ "Name": "OPENSABT-SMOKE", "StorageDirectory": "$W/orthanc-db", "IndexDirectory": "$W/orthanc-db",
  "DicomAet": "SMOKEPACS", "DicomPort": $DICOM_PORT, "HttpPort": $HTTP_PORT, "HttpBindAddress": "127.0.0.1",
  "RemoteAccessAllowed": false, "AuthenticationEnabled": false, "DicomCheckCalledAet": true,
  "DicomAlwaysAllowEcho": false, "DicomAlwaysAllowStore": false, "DicomAlwaysAllowFind": false, "DicomAlwaysAllowGet": false,
  "DicomModalities": { "opensabt": [ "OPENSABT", "127.0.0.1", 11113 ], "storescu": [ "STORESCU", "127.0.0.1", 11114 ] } }
EOF
"$(command -v Orthanc || echo /usr/sbin/Orthanc)" "$W/orthanc.json" >"$W/orthanc.log" 2>&1 &
ORTHANC=$!
trap 'kill $ORTHANC 2>/dev/null; wait $ORTHANC 2>/dev/null' EXIT
for i in $(seq 1 60); do curl -sf "http://127.0.0.1:$HTTP_PORT/system" >/dev/null 2>&1 && break; sleep 0.25; done
storescu -aet STORESCU -aec SMOKEPACS +sd 127.0.0.1 "$DICOM_PORT" "$DEMO/ct" "$DEMO/rtstruct" >"$W/storescu.log" 2>&1 \
  && [ "$(curl -sf "http://127.0.0.1:$HTTP_PORT/statistics" | json /dev/stdin "d['CountInstances']")" = 60 ] \
  && ok "Orthanc on loopback port $DICOM_PORT holds the demo study (59 CT images and the RTSTRUCT, stored by dcmtk storescu)" \
  || fail "Orthanc start or storescu" <(cat "$W/orthanc.log" "$W/storescu.log")

cat >"$W/nodes.properties" <<EOF
calling-ae = OPENSABT
node.smoke.ae = SMOKEPACS
node.smoke.host = 127.0.0.1
node.smoke.port = $DICOM_PORT
EOF
export OPENSABT_PACS_NODES="$W/nodes.properties"
start=$(date +%s.%N)
os pacs echo --node smoke --json >"$W/echo.json" 2>"$W/echo.err" \
  && ok "pacs echo --node smoke: $(json "$W/echo.json" "d['result']['node'] + ' answered in %.2f s' % d['result']['seconds']")" || fail "pacs echo" "$W/echo.err"
os pacs find --node smoke --level series --modality CT --json >"$W/find.json" 2>"$W/find.err"; rc=$?
study=$(json "$W/find.json" "[m for m in d['result']['matches']][0]['studyUid']" 2>/dev/null)
[ $rc = 0 ] && [ -n "$study" ] && ok "pacs find --level series: $(json "$W/find.json" "len(d['result']['matches'])") CT series, study $study" \
  || fail "pacs find: exit $rc" <(cat "$W/find.json" "$W/find.err")
os pacs get --node smoke --study-uid "$study" --into "$W/from-pacs" --json >"$W/get.json" 2>"$W/get.err"; rc=$?
os contour stats --case "$W/from-pacs" --json >"$W/stats.json" 2>"$W/stats.err"
got_voxels=$(ls "$W/from-pacs/arrays" 2>/dev/null | grep '\.i16le$')
[ $rc = 0 ] && [ -n "$got_voxels" ] && [ "$got_voxels" = "$plain_voxels" ] \
  && ok "pacs get (C-GET) into a new case: the CT's voxels are those of the files imported directly, $(json "$W/stats.json" "', '.join(s['name'] + ' ' + s['type'] for s in d['result']['structures'])")" \
  || fail "pacs get: exit $rc, voxels '$got_voxels'" "$W/get.err"
# a plan on the retrieved case (a few seeds in the GTV), then its RT objects back to the PACS
python3 - "$W/stats.json" "$W/seeds.csv" <<'EOF'
import json, sys
d = json.load(open(sys.argv[1]))["result"]
gtv = [s for s in d["structures"] if s["type"] == "GTV"][0]
c = gtv["centroidMm"]
with open(sys.argv[2], "w") as f:
    f.write("seed_id,needle,x_mm,y_mm,z_mm\n")
    for i, dx in enumerate((-5, 0, 5)):
        f.write(f"{i+1},A,{c[0]+dx},{c[1]},{c[2]}\n")
EOF
os dose --case "$W/from-pacs" --seeds "$W/seeds.csv" --strength-U 0.5 --prescription-Gy 100 --target GTV_Mass_CT --plan-id pacs-plan >"$W/dose.txt" 2>&1 \
  || fail "dose on the retrieved case" "$W/dose.txt"
before=$(curl -sf "http://127.0.0.1:$HTTP_PORT/statistics" | json /dev/stdin "d['CountInstances']")
os pacs send --node smoke --case "$W/from-pacs" --plan pacs-plan --json >"$W/send.json" 2>"$W/send.err"; rc=$?
secs=$(python3 -c "import sys; print(round(float(sys.argv[1]) - float(sys.argv[2])))" "$(date +%s.%N)" "$start")
modalities=$(for i in $(curl -sf "http://127.0.0.1:$HTTP_PORT/instances" | json /dev/stdin "' '.join(d)"); do
  curl -sf "http://127.0.0.1:$HTTP_PORT/instances/$i/simplified-tags" | json /dev/stdin "d.get('Modality')"; done | sort | uniq -c | tr -s ' ' | paste -sd, -)
after=$(curl -sf "http://127.0.0.1:$HTTP_PORT/statistics" | json /dev/stdin "d['CountInstances']")
if [ $rc = 0 ] && [ "$after" = $((before + 3)) ] && grep -q "RTSTRUCT" <<<"$modalities" && grep -q "RTPLAN" <<<"$modalities" && grep -q "RTDOSE" <<<"$modalities"; then
  ok "pacs send: RTSTRUCT, RTPLAN and RTDOSE of the retrieved case's plan are in Orthanc (its REST API:$modalities); echo → send took ${secs} s"
else
  fail "pacs send: exit $rc, instances $before → $after ($modalities)" <(cat "$W/send.json" "$W/send.err")
fi
exit $failed
