"""Time build_report on a synthetic ledger (run by hand, not part of the test suite).

    python scripts/bench_insights.py --rows 100000
    python scripts/bench_insights.py --rows 1000000

Run one size per process: the peak RSS printed is the process peak (data generation included).
Targets: <= 150 ms at 100k rows and <= 1 s at 1M rows once the data is loaded; peak RSS
<= 800 MB at 1M rows.
"""

from __future__ import annotations

import argparse
import resource
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from cmrdesk.insights.report import build_report
from cmrdesk.insights.synthetic import synthetic_ledger


def main() -> None:
    """Generate, then time ``build_report`` a few times and print the figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--profile", action="store_true", help="print a cProfile of one run")
    args = parser.parse_args()

    started = time.perf_counter()
    ledger = synthetic_ledger(args.rows)
    print(f"generated {len(ledger):,} transactions in {time.perf_counter() - started:.2f} s")
    started = time.perf_counter()
    build_report(ledger)  # first call also parses the shipped market files once per process
    print(f"first build_report: {(time.perf_counter() - started) * 1000:.0f} ms")
    times = []
    for _ in range(args.repeat):
        started = time.perf_counter()
        report = build_report(ledger)
        times.append(time.perf_counter() - started)
    print(
        f"build_report: median {statistics.median(times) * 1000:.0f} ms, "
        f"min {min(times) * 1000:.0f} ms, max {max(times) * 1000:.0f} ms "
        f"over {args.repeat} runs"
    )
    print(f"advice items: {len(report['advice'])}, recurring items: {len(report['recurring'])}, "
          f"categoriser accuracy: {report['categoriser']['accuracy']}")
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux
    print(f"peak RSS: {peak_mb:.0f} MB")
    if args.profile:
        import cProfile
        import pstats

        profiler = cProfile.Profile()
        profiler.runcall(build_report, ledger)
        pstats.Stats(profiler).sort_stats("cumulative").print_stats(40)


if __name__ == "__main__":
    main()
