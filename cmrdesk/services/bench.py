"""``cmrdesk bench``: wall time and peak memory of each stage, next to a raw baseline.

Every stage runs on a demo vault of N transactions built in a temporary folder. Where a stage
has a raw sqlcipher3 equivalent (executemany into a bare table, a plain cursor read, a plain
GROUP BY) its ratio to that baseline is reported too, so the figures hold on a noisy machine.
"""

from __future__ import annotations

import contextlib
import gc
import resource
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from cmrdesk.vault import Vault
from cmrdesk.vault.baseline import run_baselines
from cmrdesk.vault.kdf import derive_key, params_from_salt

from .demo import build_demo
from .session import VaultSession

PASSPHRASE = "bench-passphrase"  # noqa: S105 - a throwaway vault of generated data

_CLEAR_REFS = Path("/proc/self/clear_refs")
_STATUS = Path("/proc/self/status")


def _reset_peak() -> None:
    """Reset the kernel's peak-RSS mark so each stage reports its own peak (Linux)."""
    with contextlib.suppress(OSError):
        _CLEAR_REFS.write_text("5")


def _peak_rss_mb() -> float:
    """Peak resident memory of this process since the last reset, in MiB."""
    with contextlib.suppress(OSError):
        for line in _STATUS.read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


class _Stages:
    def __init__(self) -> None:
        self.results: dict[str, dict[str, Any]] = {}
        self.notes: list[str] = []  # stages that could not run, and why
        self.details: dict[str, Any] = {}  # breakdowns extra stages report

    @contextlib.contextmanager
    def stage(self, name: str, baseline: float | None = None) -> Iterator[None]:
        gc.collect()
        _reset_peak()
        start = time.perf_counter()
        yield
        seconds = time.perf_counter() - start
        self.record(name, seconds, baseline)

    def record(self, name: str, seconds: float, baseline: float | None = None) -> None:
        self.results[name] = {
            "seconds": round(seconds, 4),
            "peak_rss_mb": round(_peak_rss_mb(), 1),
            "baseline_seconds": None if baseline is None else round(baseline, 4),
            "ratio": None if not baseline else round(seconds / baseline, 2),
        }

    def set_baseline(self, name: str, baseline: float) -> None:
        stage = self.results[name]
        stage["baseline_seconds"] = round(baseline, 4)
        stage["ratio"] = round(stage["seconds"] / baseline, 2) if baseline else None


#: Extra stages other features register: name -> function(session, folder) -> seconds | None.
EXTRA_STAGES: list[Callable[[_Stages, VaultSession, Path], None]] = []


def run_bench(transactions: int) -> dict[str, Any]:
    """Build a vault of ``transactions`` rows and measure every stage."""
    stages = _Stages()
    with tempfile.TemporaryDirectory(prefix="cmrdesk-bench-") as folder:
        root = Path(folder)
        path = root / "bench.cmrdesk"
        session = VaultSession.create(path, PASSPHRASE)
        with stages.stage("generate"):
            batch, pairs = build_demo(session, transactions=transactions, seed=1)
        with stages.stage("bulk_insert"):
            session.add_transactions(batch, pairs)
        session.close()
        baselines = run_baselines(root, batch)
        stages.set_baseline("bulk_insert", baselines["insert"])
        del batch, pairs

        salt = path.read_bytes()[:16]
        with stages.stage("kdf"):
            key = derive_key(PASSPHRASE, salt, params_from_salt(salt, path))
        with stages.stage("unlock_without_kdf"):
            VaultSession(Vault.open(path, PASSPHRASE, derived_key=key)).close()
        with stages.stage("unlock_with_kdf"):
            session = VaultSession.open(path, PASSPHRASE)

        from cmrdesk.insights.columns import transactions_frame  # pandas import: not timed

        with stages.stage("load_frame", baselines["read"]):
            columns = session.transaction_columns()
            transactions_frame(columns)
        del columns
        with stages.stage("balances", baselines["group_by"]):
            session.balances()
        _report_stages(stages, session)
        count = session.transaction_count()
        for extra in EXTRA_STAGES:
            extra(stages, session, root)
        session.close()
        from .bench_import import import_stages

        import_stages(stages, root, transactions)
        cost = _memory_security_cost(root)
        stages.record("insert_10k_memory_security", cost["on"], cost["off"])
    result: dict[str, Any] = {"transactions": count, "stages": stages.results}
    if stages.details:
        result["details"] = stages.details
    if stages.notes:
        result["notes"] = stages.notes
    return result


def _report_stages(stages: _Stages, session: VaultSession) -> None:
    """Issue 5's stages: load everything insights needs, then the full report on it."""
    from cmrdesk.insights import build_report  # pandas import: not timed

    from .reports import ledger_data

    with stages.stage("report_load"):
        data = ledger_data(session)
    build_report(data)  # warm-up: shipped market files parsed and cached once per process
    data = ledger_data(session)
    with stages.stage("report"):
        build_report(data)


def _memory_security_cost(folder: Path) -> dict[str, float]:
    """In a child process: SQLCipher's cipher_memory_security is process-wide and, once on,
    slowed every later stage of the same process 3-15x (measured), even after OFF."""
    import json
    import subprocess
    import sys

    out = subprocess.run(
        [sys.executable, "-m", "cmrdesk.vault.baseline", str(folder)],
        capture_output=True, text=True, check=True,
    ).stdout
    return json.loads(out)
