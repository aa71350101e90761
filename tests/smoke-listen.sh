#!/usr/bin/env bash
# Smoke test of 'opensabt listen' in the built product (issue 20 §2): one socket on loopback, dcmtk storescu and
# echoscu plain and over DICOM TLS (password from a file), the audit log, one-line errors for bad TLS/limit options.
# Prints ok/FAIL lines; exits non-zero on a failure. Needs dcmtk, openssl, ss and the JDK's keytool.
set -uo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
OUT="$ROOT/target/smoke-listen"
rm -rf "$OUT" && mkdir -p "$OUT"
failed=0
ok()   { echo "  ok    $1"; }
fail() { failed=$((failed+1)); echo "  FAIL  $1"; [ -n "${2:-}" ] && sed 's/^/        /' "$2" | head -20; }
freeport() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }
# the launcher may first wait for another build's lock: wait up to 10 min for the port
waitport() { for i in $(seq 1 2400); do ss -ltnH "sport = :$1" | grep -q LISTEN && return 0; sleep 0.25; done; return 1; }
KEYTOOL="${JAVA_HOME:+$JAVA_HOME/bin/}keytool"
CT=$(ls "$ROOT"/demo-data/sts-001/ct/*.dcm | head -3)

# Plain TCP, default bind
PORT=$(freeport)
"$ROOT/opensabt" --json listen --port "$PORT" --store "$OUT/plain" --allow-ae SCANNER --duration-s 12 >"$OUT/plain.json" 2>"$OUT/plain.err" &
LISTENER=$!
waitport "$PORT"
ss -ltnH "sport = :$PORT" >"$OUT/ss.txt"
[ "$(wc -l <"$OUT/ss.txt")" = 1 ] && grep -Eq "127\.0\.0\.1\]?:$PORT " "$OUT/ss.txt" && ok "listen: one socket, on 127.0.0.1 by default" || fail "listen socket" "$OUT/ss.txt"
storescu -aet SCANNER -aec OPENSABT 127.0.0.1 "$PORT" $CT >"$OUT/store.log" 2>&1 && ok "storescu: 3 CT images sent" || fail "storescu" "$OUT/store.log"
echoscu -aet SCANNER -aec OPENSABT 127.0.0.1 "$PORT" >"$OUT/echo.log" 2>&1 && ok "echoscu answered" || fail "echoscu" "$OUT/echo.log"
storescu -aet INTRUDER -aec OPENSABT 127.0.0.1 "$PORT" $CT >"$OUT/intruder.log" 2>&1
grep -qi "Calling AE Title Not Recognized" "$OUT/intruder.log" && ok "an unknown calling AE is rejected" || fail "unknown AE" "$OUT/intruder.log"
wait "$LISTENER"
python3 - "$OUT/plain.json" "$OUT/plain/.listen-audit.log.0" <<'PY' >"$OUT/plain.txt" 2>&1 && ok "listen: $(tail -1 "$OUT/plain.txt")" || fail "listen summary/audit" "$OUT/plain.txt"
import json, sys
r = json.load(open(sys.argv[1]))["result"]
assert r["received"] == 3 and r["refused"] == 1 and r["failed"] == 0, r
audit = open(sys.argv[2]).read().splitlines()
assoc = [l for l in audit if " association " in l]
inst = [l for l in audit if " instance " in l]
assert len(assoc) == 3 and len(inst) == 3 and all("status=0x0000" in l for l in inst), audit
print("3 received, 1 refused; audit: %d association and %d instance lines" % (len(assoc), len(inst)))
PY

# DICOM TLS: key store password from a file
printf 'pw-%s\n' "$RANDOM$RANDOM$RANDOM" >"$OUT/pw" && chmod 600 "$OUT/pw"
"$KEYTOOL" -genkeypair -alias server -keyalg RSA -keysize 2048 -dname CN=localhost -validity 2 -storetype PKCS12 -keystore "$OUT/server.p12" \
  -storepass:file "$OUT/pw" >"$OUT/keytool.log" 2>&1 \
  && "$KEYTOOL" -exportcert -rfc -alias server -keystore "$OUT/server.p12" -storepass:file "$OUT/pw" -file "$OUT/server.pem" >>"$OUT/keytool.log" 2>&1 \
  && openssl req -x509 -newkey rsa:2048 -nodes -days 2 -subj /CN=scanner -keyout "$OUT/client.key" -out "$OUT/client.pem" >>"$OUT/keytool.log" 2>&1 \
  || fail "making test keys" "$OUT/keytool.log"
PORT=$(freeport)
"$ROOT/opensabt" --json listen --port "$PORT" --store "$OUT/tls" --tls-keystore "$OUT/server.p12" --tls-keystore-password-file "$OUT/pw" --duration-s 10 \
  >"$OUT/tls.json" 2>"$OUT/tls.err" &
LISTENER=$!
waitport "$PORT"
storescu +tls "$OUT/client.key" "$OUT/client.pem" +cf "$OUT/server.pem" -aec OPENSABT 127.0.0.1 "$PORT" $CT >"$OUT/tls-store.log" 2>&1 \
  && ok "storescu over DICOM TLS" || fail "storescu TLS" "$OUT/tls-store.log"
echoscu -aec OPENSABT 127.0.0.1 "$PORT" >"$OUT/tls-plain.log" 2>&1 && fail "plain echoscu against the TLS port succeeded" || ok "plain TCP against the TLS port fails"
wait "$LISTENER"
python3 -c 'import json,sys; r=json.load(open(sys.argv[1]))["result"]; assert r["received"] == 3 and r["failed"] == 0, r' "$OUT/tls.json" 2>"$OUT/tls.txt" \
  && ok "TLS listener received 3" || fail "TLS listener summary" "$OUT/tls.txt"
grep -q "$(cat "$OUT/pw")" "$OUT/tls.err" "$OUT/tls.json" "$OUT"/tls/.listen-audit.log.* && fail "the password appears in the output" || ok "the password appears nowhere in the output or audit log"

# Bad options: exit 1, one line
check() { # name, expected text, args...
  local name="$1" text="$2"; shift 2
  env -u OPENSABT_TLS_KEYSTORE_PASSWORD "$ROOT/opensabt" listen --store "$OUT/bad" --port "$(freeport)" --duration-s 1 "$@" >/dev/null 2>"$OUT/bad.all"
  local code=$?
  grep -v "^opensabt: another opensabt call is building" "$OUT/bad.all" >"$OUT/bad.err"
  [ "$code" = 1 ] && [ "$(wc -l <"$OUT/bad.err")" = 1 ] && grep -q -- "$text" "$OUT/bad.err" && ok "$name: exit 1, one line" || fail "$name: exit $code" "$OUT/bad.err"
}
check "TLS key store without a password" "--tls-keystore-password-file" --tls-keystore "$OUT/server.p12"
check "client certificates without a trust store" "--tls-truststore" --tls-keystore "$OUT/server.p12" --tls-keystore-password-file "$OUT/pw" --tls-require-client-cert
check "a tiny --max-pdu-bytes" "--max-pdu-bytes" --max-pdu-bytes 10
check "a wrong key store password" "server.p12" --tls-keystore "$OUT/server.p12" --tls-keystore-password-file "$OUT/client.pem"

[ "$failed" = 0 ] && echo "smoke-listen: all ok" || echo "smoke-listen: $failed failure(s)"
exit $((failed > 0))
