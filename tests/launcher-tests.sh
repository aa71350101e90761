#!/usr/bin/env bash
# The ./opensabt launcher on a machine that is not ready (issue 20 §1), sourced by tests/product-tests.sh
# (ROOT, OUT, ok, fail defined there): missing Debian packages are installed or named, never a silent
# exit; the runtime needs no test tools; two calls never build at once.
FAKE="$OUT/fake-dpkg"; mkdir -p "$FAKE"
# dpkg-query as on a machine where none of the packages is installed: it says so and exits 1
printf '#!/bin/sh\nfor p in "$@"; do case "$p" in -*) ;; *) echo "dpkg-query: no packages found matching $p" >&2;; esac; done\nexit 1\n' >"$FAKE/dpkg-query"
chmod +x "$FAKE/dpkg-query"

PATH="$FAKE:$PATH" OPENSABT_APT_DRY_RUN=1 "$ROOT/opensabt" packages runtime >"$OUT/pk.out" 2>"$OUT/pk.err"; rc=$?
[ $rc = 0 ] && grep -q "would run: apt-get install -y openjdk-17-jdk-headless libpixelmed-java libpixelmed-imageio-java libcharls2 libopenjp2-7 libvtk9-java" "$OUT/pk.err" \
  && ! grep -qE "prusa-slicer|dcmtk|xvfb|dicom3tools" "$OUT/pk.err" \
  && ok "missing packages (dpkg-query exits 1): the apt-get line is printed, runtime packages only, no test tools" \
  || fail "package step with a failing dpkg-query (exit $rc)" "$OUT/pk.err"

PATH="$FAKE:$PATH" OPENSABT_APT_DRY_RUN=1 "$ROOT/opensabt" packages test >"$OUT/pk.out" 2>"$OUT/pk.err"
grep -q "prusa-slicer" "$OUT/pk.err" && grep -q "dcmtk" "$OUT/pk.err" \
  && ok "the test step names the test tools too (dcmtk, PrusaSlicer, ...)" || fail "package step for the tests" "$OUT/pk.err"

# not root: it must stop with the command to run, not exit silently
if id nobody >/dev/null 2>&1 && command -v runuser >/dev/null; then
  runuser -u nobody -- env PATH="$FAKE:$PATH" bash "$ROOT/opensabt" packages runtime >"$OUT/pk.out" 2>"$OUT/pk.err"; rc=$?
  [ $rc = 1 ] && [ "$(wc -l <"$OUT/pk.err")" = 1 ] && grep -q "missing Debian packages; run: sudo apt-get install -y openjdk-17-jdk-headless" "$OUT/pk.err" \
    && ok "as a user who cannot install: exit 1 with one line naming the apt-get command" || fail "package step as nobody (exit $rc)" "$OUT/pk.err"
fi

# one package of the list really absent (the real dpkg-query, a name that exists nowhere)
OPENSABT_APT_DRY_RUN=1 bash -c 'source <(sed -n "/^ensure_packages()/,/^}/p" "$0"); die() { echo "$*" >&2; exit 1; }; ensure_packages python3 opensabt-no-such-package' \
  "$ROOT/opensabt" 2>"$OUT/pk.err"; rc=$?
[ $rc = 0 ] && grep -q "would run: apt-get install -y opensabt-no-such-package$" "$OUT/pk.err" \
  && ok "a package list with one absent name: only that one is named" || fail "absent package name (exit $rc)" "$OUT/pk.err"

# two calls at once: the second waits for the first's build lock (held here for 3 s) and then runs
LOCK="${OPENSABT_BUILD_LOCK:-$ROOT/.opensabt/build.lock}"; mkdir -p "$ROOT/.opensabt"
flock "$LOCK" sleep 3 & holder=$!; sleep 0.5
start=$(date +%s); "$ROOT/opensabt" --version >"$OUT/lk.out" 2>"$OUT/lk.err"; rc=$?; waited=$(( $(date +%s) - start )); wait $holder
[ $rc = 0 ] && grep -q "another opensabt call is building; waiting" "$OUT/lk.err" && [ $waited -ge 2 ] \
  && ok "a second call waits for the build lock (${waited} s) instead of building at the same time" || fail "build lock (exit $rc, waited $waited s)" "$OUT/lk.err"
