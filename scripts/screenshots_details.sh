#!/usr/bin/env bash
# The Holdings and "Your details" pictures of the README (pages, every form, the bank's notice)
# into docs/screenshots/: light and dark at 1024x700, and the two main views at 1920x1080 too.
#   bash scripts/screenshots_details.sh
# A fresh demo vault in a temporary folder (passphrase "demo"), given the costs of its holdings
# and one holding without a price (scripts/seed_holdings.py); nothing of yours is touched.
set -euo pipefail
cd "$(dirname "$0")/.."
out=docs/screenshots
mkdir -p "$out"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
export QT_QPA_PLATFORM=${QT_QPA_PLATFORM:-offscreen} XDG_CONFIG_HOME="$work/config"
export CMRDESK_PASSPHRASE=demo PYTHONPATH="$PWD${PYTHONPATH:+:$PYTHONPATH}"
vault="$work/demo.cmrdesk"
python -m cmrdesk demo --vault "$vault" >/dev/null
python scripts/seed_holdings.py "$vault"
shot() {  # name theme size file
  python -m cmrdesk screenshot --vault "$vault" --page "$1" --theme "$2" --size "$3" \
    --locale en_US --out "$4" >/dev/null
  echo "$4"
}
for theme in light dark; do
  for name in holdings-view holdings-prices details-profile details-income details-policies \
      details-goals form-policy form-income form-goal form-profile form-holding form-price; do
    shot "$name" "$theme" 1024x700 "$out/$name-$theme.png"
  done
  for name in holdings-view details-policies; do
    shot "$name" "$theme" 1920x1080 "$out/$name-$theme-1920.png"
  done
done
