#!/usr/bin/env bash
# Makes the THROWAWAY test signing key of a build that was given no release key (docs/admin/signing.md):
#   <dir>/opensabt-test.p12   PKCS#12 keystore, alias opensabt-test, EC P-256, valid 30 days
#   <dir>/storepass           its random password (mode 600); jarsigner reads it with -storepass:file
#   <dir>/opensabt-test.pem   its certificate, which the tests add with 'opensabt features trust add'
# Nothing here is worth keeping: each clean build makes a new key, and no product trusts it unless
# someone adds its certificate. Passwords go through files, never on a process command line.
set -euo pipefail
dir="$1"
keytool="${JAVA_HOME:+$JAVA_HOME/bin/}keytool"
[ -s "$dir/opensabt-test.p12" ] && [ -s "$dir/storepass" ] && [ -s "$dir/opensabt-test.pem" ] && exit 0
rm -rf "$dir" && mkdir -p "$dir" && chmod 700 "$dir"
(umask 077 && head -c 24 /dev/urandom | base64 | tr -d '\n/+=' > "$dir/storepass")
"$keytool" -genkeypair -keystore "$dir/opensabt-test.p12" -storetype PKCS12 -storepass:file "$dir/storepass" \
  -alias opensabt-test -keyalg EC -groupname secp256r1 -validity 30 \
  -dname "CN=OpenSABT throwaway build test key $(date -u +%Y%m%dT%H%M%SZ), O=OpenSABT test builds (not for release)" >/dev/null
"$keytool" -exportcert -rfc -keystore "$dir/opensabt-test.p12" -storetype PKCS12 -storepass:file "$dir/storepass" \
  -alias opensabt-test -file "$dir/opensabt-test.pem" >/dev/null
echo "made a throwaway test signing key: $dir/opensabt-test.p12 (certificate $dir/opensabt-test.pem)"
