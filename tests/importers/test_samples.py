"""The demo generators write files the importers read back exactly."""

from __future__ import annotations

from decimal import Decimal

from cmrdesk.importers import parse_file
from cmrdesk.importers.samples import write_demo_csv, write_demo_ofx


def test_demo_csv(tmp_path) -> None:
    path = write_demo_csv(tmp_path / "demo.csv", 500)
    (st,) = parse_file(path)
    assert len(st) == 500
    assert len(set(st.import_id)) == 500
    assert path.stat().st_size < 500 * 52  # a million rows fit the 50 MB cap
    assert write_demo_csv(tmp_path / "again.csv", 500).read_bytes() == path.read_bytes()


def test_demo_ofx(tmp_path) -> None:
    (st,) = parse_file(write_demo_ofx(tmp_path / "demo.ofx", 300))
    assert len(st) == 300
    assert st.closing_balance == st.total()
    assert st.account.currency == "EUR"
    assert st.account.iban == "DE89370400440532013000"
    assert st.total() < Decimal(0) or st.total() > Decimal(0)
