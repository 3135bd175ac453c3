#!/usr/bin/env bash
# Regenerate the README's pictures from the real app, offscreen, into docs/screenshots/.
#   bash scripts/screenshots.sh            # light and dark, 1280x800
# A fresh demo vault is made in a temporary folder (passphrase "demo"); your own data folder,
# settings and vaults are not touched.
set -euo pipefail
cd "$(dirname "$0")/.."
out=docs/screenshots
mkdir -p "$out"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
export QT_QPA_PLATFORM=offscreen XDG_CONFIG_HOME="$work/config" CMRDESK_PASSPHRASE=demo
cmrdesk=(python -m cmrdesk)
vault="$work/demo.cmrdesk"
"${cmrdesk[@]}" demo --vault "$vault" >/dev/null
for theme in light dark; do
  for page in first-run unlock new-vault dashboard accounts transactions insights settings; do
    extra=()
    [ "$page" = dashboard ] && extra=(--full-page)
    "${cmrdesk[@]}" screenshot --vault "$vault" --page "$page" --theme "$theme" \
      --size 1280x800 --locale en_US "${extra[@]}" --out "$out/$page-$theme.png" >/dev/null
    echo "$out/$page-$theme.png"
  done
done
