"""The ledger bench stages run (at a small size here) and leave the vault as they found it."""

from __future__ import annotations

from cmrdesk.services import bench, bench_ledger
from cmrdesk.services.demo import build_demo


def test_ledger_stages_measure_and_undo(session, tmp_path, monkeypatch):
    monkeypatch.setattr(bench_ledger, "BULK_ROWS", 300)
    batch, pairs = build_demo(session, transactions=2_000, seed=3)
    session.add_transactions(batch, pairs)
    before = session.transaction_columns()["category_id"].copy()
    stages = bench._Stages()
    bench_ledger.ledger_stages(stages, session, tmp_path)
    assert set(stages.results) == {"rules_preview", "ledger_recategorise_10k"}
    assert stages.details["ledger_recategorise_10k"] == {"rows": 300}
    assert stages.details["rules_preview"]["matches"] > 0
    assert (session.transaction_columns()["category_id"] == before).all()
    assert bench_ledger.ledger_stages in bench.EXTRA_STAGES
