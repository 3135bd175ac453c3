#!/usr/bin/env bash
# Start the frozen app offscreen on a fresh demo vault and check that it opens the dashboard,
# draws it and exits cleanly; then render a page and run a CLI command with the same binary.
#   bash packaging/smoke_test.sh [dist/cmrdesk/cmrdesk]
set -euo pipefail
cd "$(dirname "$0")/.."
app="${1:-dist/cmrdesk/cmrdesk}"
[ -x "$app" ] || { echo "smoke: no frozen app at $app (run packaging/build.sh)" >&2; exit 1; }
home="$(mktemp -d)"
trap 'rm -rf "$home"' EXIT
export QT_QPA_PLATFORM=offscreen XDG_DATA_HOME="$home/data" XDG_CONFIG_HOME="$home/config"
export CMRDESK_READY_TIMEOUT_S=180

start=$(date +%s%N)
out="$("$app" --demo --quit-after-ready 2>"$home/stderr")" || {
  echo "smoke: the app failed"; cat "$home/stderr"; exit 1; }
echo "smoke: $out ($(( ($(date +%s%N) - start) / 1000000 )) ms, demo vault created)"
grep -q "^ready: dashboard drawn" <<<"$out"
[ -f "$home/data/cmrdesk/demo.cmrdesk" ]

start=$(date +%s%N)
"$app" --demo --quit-after-ready >/dev/null 2>"$home/stderr"  # second start: opens it
echo "smoke: second start to a drawn dashboard: $(( ($(date +%s%N) - start) / 1000000 )) ms"
"$app" screenshot --demo --page dashboard --theme dark --out "$home/dashboard.png" >/dev/null
[ -s "$home/dashboard.png" ]
# The share panel reads the catalogue, the identity key and builds a preview (jwcrypto,
# cryptography and the PDF writer must all be in the bundle).
"$app" screenshot --demo --page share --out "$home/share.png" >/dev/null
[ -s "$home/share.png" ]
"$app" keygen --out "$home/vendor" >/dev/null
CMRDESK_PASSPHRASE=demo "$app" share --vault "$home/data/cmrdesk/demo.cmrdesk" \
  --vendor "ING Bank" --template mortgage_precheck --purpose "smoke test" \
  --out "$home/out" --json >"$home/share.json"
"$app" verify "$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["package"])' \
  "$home/share.json")" >/dev/null
"$app" summary --demo | grep -q "net worth: EUR"
# The menu entry points at this frozen executable (absolute), and goes away again.
"$app" desktop install >/dev/null
entry="$home/data/applications/io.github.cmrdesk.Cmrdesk.desktop"
grep -qx "TryExec=$(cd "$(dirname "$app")" && pwd)/$(basename "$app")" "$entry"
[ -f "$home/data/icons/hicolor/scalable/apps/cmrdesk.svg" ]
if command -v desktop-file-validate >/dev/null; then desktop-file-validate "$entry"; fi
"$app" desktop install --uninstall >/dev/null
[ ! -e "$entry" ]
if grep -qi "traceback" "$home/stderr"; then cat "$home/stderr"; exit 1; fi
echo "smoke: ok (window, screenshot, CLI and desktop entry from the frozen app)"
