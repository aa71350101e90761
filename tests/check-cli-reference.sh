#!/usr/bin/env bash
# The committed command-line reference (docs/user/cli-reference.md) must equal what the built product's
# commands generate ('opensabt help-reference'). Prints ok, or FAIL with the start of the difference.
#   bash tests/check-cli-reference.sh          # uses ./opensabt (builds the products if the sources changed)
#   OPENSABT_CMD=/opt/opensabt/opensabt bash tests/check-cli-reference.sh   # another product
# Regenerate after changing a command: ./opensabt help-reference --out docs/user/cli-reference.md
set -uo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
CMD="${OPENSABT_CMD:-$ROOT/opensabt}"
REF="$ROOT/docs/user/cli-reference.md"
tmp="$(mktemp -d)"; trap 'rm -rf "$tmp"' EXIT
if ! "$CMD" help-reference --out "$tmp/cli-reference.md" >"$tmp/out" 2>"$tmp/err"; then
  echo "FAIL  cli reference: '$CMD help-reference' failed: $(head -c 300 "$tmp/err")"
  exit 1
fi
if cmp -s "$tmp/cli-reference.md" "$REF"; then
  echo "ok    cli reference: docs/user/cli-reference.md equals the product's help-reference ($(cat "$tmp/out"))"
else
  echo "FAIL  cli reference: docs/user/cli-reference.md differs from the product's commands;" \
       "regenerate with: ./opensabt help-reference --out docs/user/cli-reference.md"
  diff -u "$REF" "$tmp/cli-reference.md" | head -30 | sed 's/^/        /'
  exit 1
fi
