"""Hostile bank files: mutants of the real corpus in every import format.

The default run holds a small campaign (30 mutants per format) and the hostile test's own
measurement: every corpus file cut at random bytes, none of which may import silently.
The ``reliability`` tier (``pytest -m reliability``) runs the full campaign,
``CMRDESK_FUZZ_N`` mutants per format (10,000 unless set), each format in its own process
so that its peak memory can be read, plus the 250 MB CSV and OFX at scale. The same full
campaign runs without pytest, printing its figures::

    python -m tests.reliability.hostile --mutants 10000 --seed 13

What must hold, for every mutant: an answer that is statements or an ImportFormatError
naming the file (never another exception), within 2 seconds and 200 MB, and no silent
change of money or count where the file states balances that reconciled or was cut short
(see :mod:`tests.reliability.hostile` for how answers are classed).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from cmrdesk.domain import ImportFormatError
from cmrdesk.importers import parse_file
from cmrdesk.importers.samples import write_demo_csv

from .hostile import FORMATS, run_format, seed_files
from .ofx_shapes import ACCEPTED, build

ROOT = Path(__file__).resolve().parents[2]
SEED = 13
MAX_SECONDS = 2.0
MAX_MEMORY_MB = 200


def _check(tally) -> None:
    assert tally.counts["crash"] == 0, tally.examples.get("crash")
    assert tally.counts["silent"] == 0, tally.examples.get("silent")
    assert tally.max_seconds < MAX_SECONDS, tally.slowest


@pytest.mark.parametrize("fmt", FORMATS)
def test_small_campaign(tmp_path: Path, fmt: str) -> None:
    tally = run_format(fmt, 30, SEED, tmp_path)
    assert sum(tally.counts.values()) == 30
    _check(tally)


@pytest.mark.parametrize("fmt", FORMATS)
def test_corpus_cut_at_random_bytes_never_imports_silently(tmp_path: Path, fmt: str) -> None:
    # The hostile test cut 329 corpus files at a random byte: 101 imported with exit 0,
    # no warning and wrong money or counts. Three cuts per file here (357 in all).
    tally = run_format(fmt, 3 * len(seed_files(fmt)), SEED, tmp_path, ops=("truncate",))
    print(fmt, dict(sorted(tally.counts.items())))  # the README's figures (pytest -s)
    _check(tally)
    assert tally.counts["refused"] > tally.counts["same"] + tally.counts["undetectable"]


# --- the reliability tier --------------------------------------------------------------------


def _run_campaign(fmt: str, mutants: int) -> dict:
    """The campaign for one format in its own process (so its peak memory is its own)."""
    command = [sys.executable, "-m", "tests.reliability.hostile", "--mutants", str(mutants),
               "--seed", str(SEED), "--formats", fmt]  # fmt: skip
    done = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, check=False)
    assert done.returncode in (0, 1), done.stderr
    return json.loads(done.stdout.strip().splitlines()[-1])


@pytest.mark.reliability
@pytest.mark.parametrize("fmt", FORMATS)
def test_full_campaign(fmt: str) -> None:
    mutants = int(os.environ.get("CMRDESK_FUZZ_N", "10000"))
    figures = _run_campaign(fmt, mutants)
    shown = {k: v for k, v in figures.items() if k != "examples"}
    print(json.dumps(shown))  # the figures for the README's table (pytest -s shows them)
    assert figures.get("crash", 0) == 0, figures["examples"].get("crash")
    assert figures.get("silent", 0) == 0, figures["examples"].get("silent")
    assert figures["max_seconds"] < MAX_SECONDS, figures["slowest"]
    assert figures["peak_rss_mb"] - figures["peak_rss_before_mb"] < MAX_MEMORY_MB


@pytest.mark.reliability
def test_250_mb_csv_peaks_well_under_2_gb(tmp_path: Path) -> None:
    # 3.6 to 4 GB before; 1.4 GB after, for 4.8M rows just under the 256 MiB cap.
    path = tmp_path / "large.csv"
    try:
        write_demo_csv(path, 4_800_000)
        assert 230e6 < path.stat().st_size < 256 * 1024 * 1024
        script = (
            "import sys\n"
            "from cmrdesk.importers import parse_file\n"
            "from tests.reliability.hostile import peak_rss_mb\n"
            "rows = sum(len(s) for s in parse_file(sys.argv[1]))\n"
            "print(rows, int(peak_rss_mb()))\n"
        )
        done = subprocess.run([sys.executable, "-c", script, str(path)], cwd=ROOT,
                              capture_output=True, text=True, check=True)  # fmt: skip
        rows, peak_mb = map(int, done.stdout.split())
        print(f"250 MB CSV: {rows} rows, peak RSS {peak_mb} MB")
        assert rows == 4_800_000
        assert peak_mb < 2048
    finally:
        path.unlink(missing_ok=True)  # pytest keeps recent temporary folders


@pytest.mark.reliability
@pytest.mark.parametrize("shape", sorted(ACCEPTED))
def test_ofx_time_grows_linearly(tmp_path: Path, shape: str) -> None:
    timings = []
    for size in (700_000, 2_800_000):
        path = tmp_path / f"{shape}-{size}.ofx"
        path.write_text(build(shape, size))
        start = time.perf_counter()
        try:
            parse_file(path)
        except ImportFormatError as error:  # pragma: no cover - these shapes are whole
            pytest.fail(str(error))
        timings.append(time.perf_counter() - start)
    assert timings[0] * 2.8 / 0.7 * 2 > timings[1], timings  # 4 times the size, < 8 times
    assert timings[1] < 3 * 2, timings
