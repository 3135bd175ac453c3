"""Import stages of ``cmrdesk bench``: a CSV and an OFX file of N transactions, end to end."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

from cmrdesk.importers.samples import write_demo_csv, write_demo_ofx

from .importing import import_file
from .session import VaultSession


def import_stages(stages: Any, folder: Path, transactions: int) -> None:
    """Write each file (not timed), then time its import into a new account of a vault of its
    own, so the other stages keep measuring a vault of exactly ``transactions`` rows."""
    session = VaultSession.create(folder / "imports.cmrdesk", "bench import vault")
    try:
        _import_each(stages, session, folder, transactions)
    finally:
        session.close()


def _import_each(stages: Any, session: VaultSession, folder: Path, transactions: int) -> None:
    for fmt, writer in (("csv", write_demo_csv), ("ofx", write_demo_ofx)):
        path = folder / f"bench.{fmt}"
        writer(path, transactions)
        start = time.perf_counter()
        with stages.stage(f"import_{fmt}"):
            report = import_file(session, path, account=f"Bench {fmt}")
        seconds = time.perf_counter() - start
        stages.results[f"import_{fmt}"]["rows_per_second"] = round(report.new / seconds)
        stages.results[f"import_{fmt}"]["file_mb"] = round(path.stat().st_size / 2**20, 1)
        path.unlink()
