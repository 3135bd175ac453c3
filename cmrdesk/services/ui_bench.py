"""The desktop app's stages of ``cmrdesk bench``, measured in a subprocess.

The CLI and the services never import Qt, so the measurement itself lives in
``cmrdesk.ui.bench`` and runs as ``python -m cmrdesk.ui.bench`` on the benchmark's vault (read
only: the benchmark's own session keeps the writer lock). Importing this module registers the
stages in ``services.bench.EXTRA_STAGES``:

* ``desktop_dashboard``: from the vault being unlocked (key derived) to a fully painted
  dashboard, offscreen; targets <= 1.0 s at 100k transactions and <= 3 s at 1M;
* ``desktop_cold_start``: a fresh ``python -m cmrdesk --vault PATH`` process from spawn to its
  painted unlock screen; target <= 1.5 s;
* ``ledger_open``, ``ledger_search``, ``ledger_sort``: the Transactions page opened, searched
  (the slowest of several filters) and sorted by amount, each to its first rows painted;
  targets at 1M transactions 1 s, 0.3 s and 1 s, peak RSS with the page open <= 800 MB (the
  slowest scrolling frame is in the details).

Each is measured ``REPEAT`` times from 100k transactions up (once below) and the best is kept.
Without Qt's system libraries (a headless server), or with ``CMRDESK_BENCH_DESKTOP=0``, the
stages are skipped with a note.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

from .bench import EXTRA_STAGES, PASSPHRASE
from .session import VaultSession

TIMEOUT_S = 900
#: Measurements per stage at 100k rows and more; each stage keeps its best (the least noisy
#: figure on a shared machine). Smaller vaults are measured once: they are quick either way.
REPEAT = 3
REPEAT_FROM = 100_000


def desktop_command(vault: Path, passphrase_file: Path, repeat: int = REPEAT) -> list[str]:
    """The subprocess that measures the desktop app."""
    return [sys.executable, "-m", "cmrdesk.ui.bench", "--vault", str(vault),
            "--passphrase-file", str(passphrase_file), "--read-only", "--cold-start",
            "--repeat", str(repeat), "--ledger", "--json"]


def desktop_stages(stages: Any, session: VaultSession, folder: Path) -> None:
    """Measure the desktop app on the benchmark's vault and record its two stages."""
    if os.environ.get("CMRDESK_BENCH_DESKTOP", "1") == "0":
        stages.notes.append("desktop stages skipped: CMRDESK_BENCH_DESKTOP=0")
        return
    repeat = REPEAT if session.transaction_count() >= REPEAT_FROM else 1
    secret = folder / "passphrase"
    secret.touch(mode=0o600)
    secret.write_text(PASSPHRASE, encoding="utf-8")
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    try:
        done = subprocess.run(desktop_command(session.path, secret, repeat), capture_output=True,
                              text=True, timeout=TIMEOUT_S, env=env, check=False)
        result = json.loads(done.stdout.strip().splitlines()[-1]) if done.returncode == 0 else {}
    except (subprocess.TimeoutExpired, json.JSONDecodeError, IndexError, OSError) as error:
        done, result = None, {}
        reason = type(error).__name__
    else:
        reason = (done.stderr.strip().splitlines() or ["no output"])[-1]
    finally:
        secret.unlink(missing_ok=True)
    if not result:
        stages.notes.append(f"desktop stages skipped: {reason}")
        return
    for name, key in (("desktop_dashboard", "dashboard_seconds"),
                      ("desktop_cold_start", "cold_start_seconds"),
                      ("ledger_open", "ledger_open_seconds"),
                      ("ledger_search", "ledger_search_seconds"),
                      ("ledger_sort", "ledger_sort_seconds")):
        if key not in result:
            continue
        stages.results[name] = {
            "seconds": result[key],
            "peak_rss_mb": result["peak_rss_mb"],  # the desktop process's, not this one's
            "baseline_seconds": None,
            "ratio": None,
        }
    stages.details["desktop"] = result


EXTRA_STAGES.append(desktop_stages)
