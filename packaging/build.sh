#!/usr/bin/env bash
# Build the one-folder app: dist/cmrdesk/cmrdesk (run from anywhere).
#   pip install pyinstaller    # once
#   bash packaging/build.sh
set -euo pipefail
cd "$(dirname "$0")/.."
python -m PyInstaller --noconfirm --clean --log-level WARN \
  --distpath dist --workpath build/pyinstaller packaging/cmrdesk.spec
echo "built: dist/cmrdesk/cmrdesk ($(du -sh dist/cmrdesk | cut -f1))"
echo "add it to your application menu: dist/cmrdesk/cmrdesk desktop install"
