"""Speed check to run by hand (not a test): ``python -m tests.importers.bench_parse``.

Generates a 1M-row CSV and a 100k-transaction OFX with :mod:`cmrdesk.importers.samples`,
parses each in a fresh process (so one run's memory does not slow the next), and prints
wall and CPU seconds for parsing and for the dedupe keys.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

from cmrdesk.importers.samples import write_demo_csv, write_demo_ofx

_CHILD = """
import sys, time
from cmrdesk.importers import dedupe_keys, parse_file
path = sys.argv[1]
wall, cpu = time.perf_counter(), time.process_time()
statements = parse_file(path)
wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
rows = sum(len(s) for s in statements)
keys_wall = time.perf_counter()
for s in statements:
    dedupe_keys(s)
keys_wall = time.perf_counter() - keys_wall
print(f"{path.rsplit('/', 1)[-1]}: {rows:,} rows, parse {wall:.2f} s wall / {cpu:.2f} s CPU "
      f"= {rows / wall:,.0f} rows/s; dedupe keys {keys_wall:.2f} s")
"""


def main(repeat: int = 3) -> None:
    """Generate the files once and time each parse ``repeat`` times."""
    with tempfile.TemporaryDirectory() as tmp:
        csv_path = write_demo_csv(Path(tmp) / "demo-1m.csv", 1_000_000)
        ofx_path = write_demo_ofx(Path(tmp) / "demo-100k.ofx", 100_000)
        for path in (csv_path, ofx_path):
            print(f"{path.name}: {path.stat().st_size / 1e6:.1f} MB")
            for _ in range(repeat):
                subprocess.run([sys.executable, "-c", _CHILD, str(path)], check=True)


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 3)
