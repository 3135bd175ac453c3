#!/usr/bin/env bash
# Regenerate the README's pictures from the real app into docs/screenshots/: in real X windows
# under Xvfb when it is installed (apt-get install xvfb), else offscreen.
#   bash scripts/screenshots.sh            # light and dark, 1280x800 (Share and History also
#                                          # at 1024x700 and 1920x1080)
#   CMRDESK_SHOTS_OUT=/tmp/shots bash scripts/screenshots.sh   # somewhere else
# A fresh demo vault is made in a temporary folder (passphrase "demo"); your own data folder,
# settings and vaults are not touched.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ -z "${DISPLAY:-}" ] && command -v xvfb-run >/dev/null && [ -z "${CMRDESK_UNDER_XVFB:-}" ]; then
  exec env CMRDESK_UNDER_XVFB=1 xvfb-run -a -s "-screen 0 1920x1200x24" bash "$0" "$@"
fi
platform=offscreen
[ -n "${DISPLAY:-}" ] && platform=xcb
out=${CMRDESK_SHOTS_OUT:-docs/screenshots}
mkdir -p "$out"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
export QT_QPA_PLATFORM=$platform XDG_CONFIG_HOME="$work/config" CMRDESK_PASSPHRASE=demo
export PYTHONPATH="$PWD${PYTHONPATH:+:$PYTHONPATH}"  # the scripts import cmrdesk from here
cmrdesk=(python -m cmrdesk)
echo "rendering with QT_QPA_PLATFORM=$platform" >&2
vault="$work/demo.cmrdesk"
"${cmrdesk[@]}" demo --vault "$vault" >/dev/null
# History needs disclosures: two from earlier months (expired), one today to the same adviser
# (to compare), and one through the CLI to a vendor with a key of their own (encrypted).
"${cmrdesk[@]}" keygen --out "$work/zeta" >/dev/null
"${cmrdesk[@]}" vendors add --vault "$vault" --name "Zeta Lending" --kind bank \
  --email privacy@zeta.example --key "$work/zeta/public.jwk" >/dev/null
"${cmrdesk[@]}" share --vault "$vault" --vendor "Zeta Lending" --template mortgage_precheck \
  --purpose "A first check of how much I could borrow for a home." --out "$work/out" >/dev/null
python scripts/seed_disclosures.py "$vault" "$work/out" >/dev/null  # last: History opens on it
for theme in light dark; do
  for page in first-run unlock new-vault dashboard accounts transactions insights share history \
      settings; do
    extra=()
    case "$page" in
      dashboard | history) extra=(--full-page) ;;
      share) extra=(--vendor "Zeta Lending") ;;
    esac
    "${cmrdesk[@]}" screenshot --vault "$vault" --page "$page" --theme "$theme" \
      --size 1280x800 --locale en_US "${extra[@]}" --out "$out/$page-$theme.png" >/dev/null
    echo "$out/$page-$theme.png"
  done
done
# Keying in: the empty vault (dashboard and accounts) and the forms, filled in as a person would.
"${cmrdesk[@]}" init --allow-weak --vault "$work/empty.cmrdesk" >/dev/null
for theme in light dark; do
  for page in dashboard accounts; do
    "${cmrdesk[@]}" screenshot --vault "$work/empty.cmrdesk" --page "$page" --theme "$theme" \
      --size 1280x800 --locale en_US --out "$out/empty-$page-$theme.png" >/dev/null
    echo "$out/empty-$page-$theme.png"
  done
  for dialog in account-form account-form-invalid transaction-form; do
    page=accounts
    [ "$dialog" = transaction-form ] && page=transactions
    "${cmrdesk[@]}" screenshot --vault "$vault" --page "$page" --dialog "$dialog" \
      --theme "$theme" --size 1280x800 --locale en_US --out "$out/$dialog-$theme.png" >/dev/null
    echo "$out/$dialog-$theme.png"
  done
  "${cmrdesk[@]}" screenshot --vault "$vault" --page edit-menu --theme "$theme" \
    --size 1280x800 --locale en_US --out "$out/edit-menu-$theme.png" >/dev/null
  echo "$out/edit-menu-$theme.png"
done
# The share panel whole: every card on the left and the full preview on the right.
"${cmrdesk[@]}" screenshot --vault "$vault" --page share --theme light --size 1280x1640 \
  --locale en_US --vendor "Zeta Lending" --out "$out/share-full-light.png" >/dev/null
echo "$out/share-full-light.png"
# The share panel and History at a small and a large window: Share in one column below 1000 px
# (the preview under the choices), the New vendor dialog, and History as it first opens.
for size in 1024x700 1920x1080; do
  for theme in light dark; do
    "${cmrdesk[@]}" screenshot --vault "$vault" --page share --vendor "Zeta Lending" \
      --theme "$theme" --size "$size" --locale en_US --out "$out/share-$size-$theme.png" >/dev/null
    "${cmrdesk[@]}" screenshot --vault "$vault" --page new-vendor --theme "$theme" \
      --size "$size" --locale en_US --out "$out/new-vendor-$size-$theme.png" >/dev/null
    "${cmrdesk[@]}" screenshot --vault "$vault" --page history --theme "$theme" \
      --size "$size" --locale en_US --out "$out/history-$size-$theme.png" >/dev/null
    echo "$out/{share,new-vendor,history}-$size-$theme.png"
  done
done
# Settings: the Backups card (a folder shown as chosen, not saved) and the change-passphrase
# dialog filled in (never submitted).
for theme in light dark; do
  for page in settings-backups change-passphrase; do
    HOME=/home/alex "${cmrdesk[@]}" screenshot --vault "$vault" --page "$page" --theme "$theme" \
      --size 1280x800 --locale en_US --out "$out/$page-$theme.png" >/dev/null
    echo "$out/$page-$theme.png"
  done
done
# The import wizard on a made-up ING statement for the demo's checking account: each step,
# light and dark (the summary step imports and takes the import back).
for theme in light dark; do
  for step in files columns review summary; do
    "${cmrdesk[@]}" screenshot --vault "$vault" --page import \
      --file docs/samples/ing-december-2026.csv --step "$step" --theme "$theme" \
      --size 1280x800 --locale en_US --out "$out/import-$step-$theme.png" >/dev/null
    echo "$out/import-$step-$theme.png"
  done
done
