"""The benchmark's sharing stages run, and register once however often they are added."""

from cmrdesk.services import bench, sharing, sharing_bench
from tests.disclosure.conftest import stub_pdf


def test_sharing_stages_measure_catalogue_export_and_verify(session, tmp_path):
    from cmrdesk.domain import Account, AccountKind, Money

    # An empty vault knows no value at all; one account with a known balance gives a few.
    session.add(Account(name="Checking", kind=AccountKind.CHECKING, currency="EUR",
                        opening_balance=Money.of("100", "EUR")))
    stages = bench._Stages()
    sharing_bench.export_stages(stages, session, tmp_path, render_pdf=stub_pdf)
    assert {"share_catalogue", "share_export", "share_verify"} <= set(stages.results)
    assert all(stages.results[n]["seconds"] >= 0 for n in stages.results)
    (receipt,) = sharing.receipts(session)
    assert receipt.encrypted and len(receipt.fields) >= 3  # every known field of the catalogue


def test_register_adds_the_stage_once(monkeypatch):
    monkeypatch.setattr(bench, "EXTRA_STAGES", [])
    sharing_bench.register(stub_pdf)
    sharing_bench.register(stub_pdf)
    assert len(bench.EXTRA_STAGES) == 1
