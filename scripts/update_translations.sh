#!/usr/bin/env bash
# Refresh resources/i18n/cmrdesk_{nl,de}.ts from the code with pyside6-lupdate (keeping the
# translations already made); pass --qm DIR to compile .qm files with pyside6-lrelease too.
set -euo pipefail
cd "$(dirname "$0")/.."
exec python scripts/update_translations.py "$@"
