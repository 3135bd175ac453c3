"""``python -m cmrdesk.ui.bench``: the measurement behind the desktop stages of the benchmark."""

from __future__ import annotations

from cmrdesk.ui import bench
from tests.conftest import PASSPHRASE


def test_measures_unlock_to_painted_dashboard(qapp, demo_vault):
    result = bench.measure_dashboard(demo_vault, PASSPHRASE, read_only=True)
    assert result["transactions"] > 1000
    for key in ("dashboard_seconds", "unlock_seconds", "load_seconds", "figures_seconds",
                "paint_seconds"):
        assert result[key] >= 0, key
    assert result["total_seconds"] >= result["dashboard_seconds"]
    assert result["peak_rss_mb"] > 0
