#!/usr/bin/env bash
# Relative links in README.md and docs/**/*.md must point at files or folders that exist, and an
# anchor (#heading) into a Markdown file at one of its headings (GitHub's anchors). Links to web
# pages are not checked. Prints ok or FAIL.
#   bash tests/check-doc-links.sh
set -uo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT" || exit 1

# GitHub's heading anchors of a Markdown file: lower case, punctuation dropped, spaces to '-'
anchors() {
  awk '/^[[:space:]]*```/{code=!code; next} !code && /^#+ /' "$1" | sed -E 's/^#+ +//; s/[[:space:]]+$//' \
    | tr '[:upper:]' '[:lower:]' | sed -E 's/[^a-z0-9 _-]//g; s/ /-/g'
}

checked=0; broken=()
while IFS= read -r file; do
  # [text](target) outside code: fenced blocks (```) skipped, inline code spans removed
  while IFS= read -r link; do
    case "$link" in http://*|https://*|mailto:*) continue ;; esac
    link="${link%% \"*}"                        # drop a title: (file "title")
    path="${link%%#*}"; anchor=""
    [ "$path" != "$link" ] && anchor="${link#*#}"
    target="$file"
    [ -n "$path" ] && target="$(dirname "$file")/$path"
    checked=$((checked+1))
    if [ ! -e "$target" ]; then
      broken+=("$file: $link (no such file)")
    elif [ -n "$anchor" ] && [ "${target##*.}" = md ] && ! anchors "$target" | grep -qxF -- "$anchor"; then
      broken+=("$file: $link (no such heading)")
    fi
  done < <(awk '/^[[:space:]]*```/{code=!code; next} !code' "$file" | sed 's/`[^`]*`//g' \
             | grep -o '\]([^)]*)' | sed 's/^](//; s/)$//')
done < <(find README.md docs -name '*.md' | sort)
if [ ${#broken[@]} -eq 0 ] && [ $checked -gt 0 ]; then
  echo "ok    doc links: $checked relative links in README.md and docs/ point at existing files and headings"
else
  echo "FAIL  doc links: ${#broken[@]} of $checked relative links are broken:"
  printf '        %s\n' "${broken[@]}"
  exit 1
fi
