#!/usr/bin/env bash
# Regenerate the README's pictures from the real app into docs/screenshots/: in real X windows
# under Xvfb when it is installed (apt-get install xvfb), else offscreen.
#   bash scripts/screenshots.sh            # light and dark, 1280x800
# A fresh demo vault is made in a temporary folder (passphrase "demo"); your own data folder,
# settings and vaults are not touched.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ -z "${DISPLAY:-}" ] && command -v xvfb-run >/dev/null && [ -z "${CMRDESK_UNDER_XVFB:-}" ]; then
  exec env CMRDESK_UNDER_XVFB=1 xvfb-run -a -s "-screen 0 1920x1200x24" bash "$0" "$@"
fi
platform=offscreen
[ -n "${DISPLAY:-}" ] && platform=xcb
out=docs/screenshots
mkdir -p "$out"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
export QT_QPA_PLATFORM=$platform XDG_CONFIG_HOME="$work/config" CMRDESK_PASSPHRASE=demo
cmrdesk=(python -m cmrdesk)
echo "rendering with QT_QPA_PLATFORM=$platform" >&2
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
