"""``python -m cmrdesk.ui.bench``: how fast the desktop app opens a vault, measured offscreen.

    python -m cmrdesk.ui.bench --vault PATH --passphrase-file F [--read-only] [--cold-start]
                               [--json]

* ``dashboard_seconds``: from the vault being unlocked (key derived, file open) to a fully
  painted dashboard (every chart drawn into a pixmap): reading the ledger, building the frame,
  computing the period's figures and painting them. The key derivation and opening are
  ``unlock_seconds``; ``total_seconds`` is the whole way from pressing Unlock. The heavy imports
  and the empty pages are prepared first, as the app does while the person types the
  passphrase (``imports_seconds``).
* ``cold_start_seconds`` (with ``--cold-start``): a fresh ``python -m cmrdesk --vault PATH``
  process from spawn to its unlock screen painted.
* ``peak_rss_mb``: this process's peak resident memory.
* with ``--ledger``, on the same window: ``ledger_open_seconds`` (from choosing Transactions to
  the table painted with its first rows; see ``_timed`` for how the worker's share is
  counted), ``ledger_search_seconds`` (the slowest of a payee
  word, an amount range, "needs review" and one account, each from the search to its first
  rows painted; each one is in ``ledger_searches``), ``ledger_sort_seconds`` (sorting by
  amount, to the first rows painted), ``ledger_scroll_max_frame_ms`` (the slowest frame while
  scrolling from the top to the last row in 40 steps, each step's rows arriving as they do)
  and ``ledger_peak_rss_mb`` (with the page open).

``cmrdesk bench`` runs this as a subprocess (``cmrdesk.services.ui_bench``), because the CLI and
the services never import Qt.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

COLD_START_TIMEOUT_S = 60


def _first_rows(app: Any, page: Any) -> None:
    """Let the page's work finish, its first page included."""
    for _ in range(200):
        app.processEvents()
        if page.model.rowCount() == 0 or page.model._loaded(0) is not None:
            break


def _timed(app: Any, page: Any, act: Any) -> float:
    """Seconds from ``act`` to its first rows painted. The app runs the vault work on its
    worker thread: the first rows (a top-N query) are painted while the whole id list, the
    totals and the running balance are still being computed there. This measurement runs
    the worker's tasks inline, so it takes the moment the first rows reached the table and
    adds the time to paint them, measured on its own."""
    marks: list[float] = []

    def arrived() -> None:
        if not marks:
            marks.append(time.perf_counter())

    page.model.rows_arrived.connect(arrived)
    start = time.perf_counter()
    act()
    _first_rows(app, page)
    page.model.rows_arrived.disconnect(arrived)
    reached = marks[0] if marks else time.perf_counter()
    begin = time.perf_counter()
    page.table.viewport().grab()
    return reached - start + time.perf_counter() - begin


def measure_ledger(app: Any, window: Any) -> dict[str, Any]:
    """The Transactions page on the open vault: open, search, sort, scroll (see the module
    docstring)."""
    from PySide6.QtCore import Qt

    from .transactions_model import COL_AMOUNT

    result: dict[str, Any] = {}
    page = window.shell.page("transactions")
    result["ledger_open_seconds"] = round(_timed(
        app, page, lambda: window.navigate("transactions")), 4)
    result["ledger_rows"] = page.model.rowCount()
    first = page.model.transaction(0)
    word = (first.payee or "a").split()[0][:6] if first is not None else "a"
    searches: dict[str, float] = {}
    account = window.controller.ledger.accounts[0].id if window.controller.ledger.accounts \
        else None
    for name, setup in (
            ("payee_word", lambda: page.bar.search.setText(word)),
            ("amount_range", lambda: page.bar.search.setText("10..20")),
            ("needs_review", lambda: page.bar.show_choice.setCurrentIndex(1)),
            ("one_account", lambda: page.bar.choose_account(account))):
        with page.bar.quietly():
            page.bar.reset()
        with page.bar.quietly():
            setup()
        searches[name] = round(_timed(app, page, page.apply_filters), 4)
    result["ledger_searches"] = searches
    result["ledger_search_seconds"] = max(searches.values())
    with page.bar.quietly():
        page.bar.reset()
    page.apply_filters()
    _first_rows(app, page)
    result["ledger_sort_seconds"] = round(_timed(app, page, lambda: page.table.sortByColumn(
        COL_AMOUNT, Qt.SortOrder.DescendingOrder)), 4)
    bar = page.table.verticalScrollBar()
    slowest = 0.0
    for step in range(1, 41):
        begin = time.perf_counter()
        bar.setValue(bar.maximum() * step // 40)
        app.processEvents()  # the rows of this place are asked for and arrive
        page.table.viewport().repaint()
        slowest = max(slowest, time.perf_counter() - begin)
    result["ledger_scroll_max_frame_ms"] = round(slowest * 1000, 1)
    result["ledger_peak_rss_mb"] = round(peak_rss_mb(), 1)
    return result


def measure_dashboard(vault: Path, passphrase: str, *, read_only: bool = False,
                      ledger: bool = False) -> dict[str, Any]:
    """Unlock ``vault`` in an offscreen window and time the way to a painted dashboard."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    start = time.perf_counter()
    from PySide6.QtCore import QCoreApplication, QEvent

    from .app import application, system_locale, warm_up
    from .controller import VaultController
    from .settings import AppSettings
    from .tasks import TaskRunner
    from .theme import ThemeManager
    from .window import MainWindow

    app = application()
    runner = TaskRunner(synchronous=True)
    warm_up(runner, system_locale())
    imports = time.perf_counter() - start

    marks: dict[str, float] = {}
    with tempfile.TemporaryDirectory(prefix="cmrdesk-bench-") as folder:
        settings = AppSettings.at(Path(folder) / "settings.ini")
        theme = ThemeManager(app, "light")
        controller = VaultController(runner)
        controller.unlocked.connect(lambda _info: marks.setdefault("unlocked",
                                                                    time.perf_counter()))
        controller.loaded.connect(lambda _ledger: marks.setdefault("loaded",
                                                                   time.perf_counter()))
        controller.figures_ready.connect(lambda _f: marks.setdefault("figures",
                                                                      time.perf_counter()))
        window = MainWindow(settings, theme, controller)
        window.resize(1280, 800)
        window.show()
        window.show_unlock(vault)
        window.prepare()  # as the app does while the unlock screen waits for the passphrase
        app.processEvents()
        begin = time.perf_counter()
        controller.unlock(Path(vault), passphrase, read_only=read_only)
        if not controller.is_unlocked:
            raise RuntimeError(window.unlock.error.text() or "the vault did not open")
        window.grab()  # paints the whole dashboard: every chart renders into the pixmap
        painted = time.perf_counter()
        transactions = controller.ledger.transactions
        figures = measure_ledger(app, window) if ledger else {}
        controller.shutdown()
        window.close()
        window.deleteLater()
        theme.deleteLater()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    return {
        "transactions": transactions,
        "dashboard_seconds": round(painted - marks["unlocked"], 4),
        "unlock_seconds": round(marks["unlocked"] - begin, 4),
        "total_seconds": round(painted - begin, 4),
        "load_seconds": round(marks["loaded"] - marks["unlocked"], 4),
        "figures_seconds": round(marks["figures"] - marks["loaded"], 4),
        "paint_seconds": round(painted - marks["figures"], 4),
        "imports_seconds": round(imports, 4),
        "peak_rss_mb": round(peak_rss_mb(), 1),
        **figures,
    }


def measure_cold_start(vault: Path) -> float:
    """Seconds from spawning ``python -m cmrdesk --vault PATH`` to its painted unlock screen."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    with tempfile.TemporaryDirectory(prefix="cmrdesk-cold-") as folder:
        env["XDG_CONFIG_HOME"] = folder  # fresh settings, like a first start
        start = time.perf_counter()
        process = subprocess.Popen(
            [sys.executable, "-m", "cmrdesk", "--vault", str(vault), "--quit-after-start"],
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env,
        )
        assert process.stdout is not None
        line = process.stdout.readline()
        elapsed = time.perf_counter() - start
        try:
            process.wait(COLD_START_TIMEOUT_S)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
    if not line.startswith("started:"):
        raise RuntimeError(f"the app did not start: {line.strip() or process.returncode}")
    return elapsed


def peak_rss_mb() -> float:
    """Peak resident memory of this process, MiB."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main(argv: list[str] | None = None) -> int:
    """Run the measurements and print them."""
    parser = argparse.ArgumentParser(prog="python -m cmrdesk.ui.bench", description=__doc__)
    parser.add_argument("--vault", type=Path, required=True)
    parser.add_argument("--passphrase-file", type=Path, required=True)
    parser.add_argument("--read-only", action="store_true",
                        help="open without the writer lock (another process holds it)")
    parser.add_argument("--cold-start", action="store_true",
                        help="also time a fresh process to its unlock screen")
    parser.add_argument("--repeat", type=int, default=3, metavar="N",
                        help="measure N times and keep each figure's best (default 3): on a "
                        "shared machine the minimum is the least noisy estimate")
    parser.add_argument("--ledger", action="store_true",
                        help="also time the Transactions page: open, search, sort, scroll")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    from . import qtfix

    qtfix.apply()
    repeat = max(1, args.repeat)
    passphrase = args.passphrase_file.read_text(encoding="utf-8").rstrip("\r\n")
    runs = [measure_dashboard(args.vault, passphrase, read_only=args.read_only,
                              ledger=args.ledger) for _ in range(repeat)]
    result = {key: min(run[key] for run in runs) if key.endswith("_seconds") else runs[0][key]
              for key in runs[0]}
    if args.ledger:
        result["ledger_scroll_max_frame_ms"] = min(r["ledger_scroll_max_frame_ms"] for r in runs)
        result["ledger_peak_rss_mb"] = max(r["ledger_peak_rss_mb"] for r in runs)
    result["imports_seconds"] = runs[0]["imports_seconds"]  # only the first run imports
    result["peak_rss_mb"] = max(run["peak_rss_mb"] for run in runs)
    result["repeat"] = repeat
    if args.cold_start:
        result["cold_start_seconds"] = round(
            min(measure_cold_start(args.vault) for _ in range(repeat)), 4)
    if args.json:
        print(json.dumps(result))
    else:
        for key, value in result.items():
            print(f"{key:<22} {value}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
