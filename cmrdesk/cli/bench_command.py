"""``bench``: the performance benchmark (a benchmark, not a timed test)."""

from __future__ import annotations

import argparse

from cmrdesk.services import ui_bench  # noqa: F401 - registers the desktop app's stages
from cmrdesk.services.bench import run_bench
from cmrdesk.services.bench_ledger import ledger_stages  # noqa: F401 - registers them

from .common import positive_int
from .output import print_json


def register(commands: argparse._SubParsersAction, parent: argparse.ArgumentParser) -> None:
    """Add ``bench`` to the parser."""
    del parent  # bench builds its own vault in a temporary folder
    p = commands.add_parser("bench", help="measure the stages at N transactions")
    p.add_argument("--transactions", type=positive_int, default=10_000, metavar="N",
                   help="size of the generated vault (default 10000)")
    p.add_argument("--json", action="store_true", help="machine-readable output")
    p.set_defaults(func=cmd_bench)


def cmd_bench(args: argparse.Namespace) -> int:
    """Run every stage and print seconds, peak RSS and the ratio to the raw baseline."""
    result = run_bench(args.transactions)
    if args.json:
        print_json(result)
        return 0
    print(f"cmrdesk bench: {result['transactions']:,} transactions")
    print(f"{'stage':<22} {'seconds':>9} {'peak RSS MB':>12} {'baseline s':>11} {'ratio':>7}")
    for name, stage in result["stages"].items():
        base = stage["baseline_seconds"]
        ratio = stage["ratio"]
        print(f"{name:<22} {stage['seconds']:>9.3f} {stage['peak_rss_mb']:>12.0f} "
              f"{'' if base is None else f'{base:.3f}':>11} "
              f"{'' if ratio is None else f'{ratio:.2f}':>7}")
    for name, stage in result["stages"].items():
        if "rows_per_second" in stage:
            print(f"{name}: {stage['rows_per_second']:,} rows/s from a {stage['file_mb']} MB file")
    for note in result.get("notes", []):
        print(f"note: {note}")
    return 0
