"""The Transactions page's stages of ``cmrdesk bench`` (``ledger_open``, ``ledger_search``,
``ledger_sort``), measured on the demo vault: every figure is there and the page really
showed rows for each."""

from __future__ import annotations

from cmrdesk.services import ui_bench
from cmrdesk.ui import bench
from tests.conftest import PASSPHRASE


def test_ledger_figures_come_with_the_dashboards(qapp, demo_vault):
    result = bench.measure_dashboard(demo_vault, PASSPHRASE, read_only=True, ledger=True)
    assert result["ledger_rows"] == result["transactions"]
    for key in ("ledger_open_seconds", "ledger_search_seconds", "ledger_sort_seconds"):
        assert 0 < result[key] < 60, key
    assert set(result["ledger_searches"]) == {"payee_word", "amount_range", "needs_review",
                                              "one_account"}
    assert result["ledger_search_seconds"] == max(result["ledger_searches"].values())
    assert result["ledger_scroll_max_frame_ms"] > 0 and result["ledger_peak_rss_mb"] > 0


def test_the_benchmark_asks_for_the_ledger_stages(tmp_path):
    command = ui_bench.desktop_command(tmp_path / "v.cmrdesk", tmp_path / "p", repeat=1)
    assert "--ledger" in command
