"""Positions, categories and splits of an import, in a real vault."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from cmrdesk.domain import Account, Category, Holding, Price, Security
from cmrdesk.services import holdings as holdings_service
from cmrdesk.services import importing
from cmrdesk.services.session import VaultSession
from cmrdesk.vault import splits as vault_splits
from tests.importers.conftest import CORPUS


def _holdings(session: VaultSession, account: str) -> dict[str, Holding]:
    acct = next(a for a in session.list(Account) if a.name == account)
    securities = {s.id: s for s in session.list(Security)}
    return {securities[h.security_id].symbol: h for h in session.list(Holding, account_id=acct.id)}


def test_ofx_positions_become_securities_holdings_and_prices(session: VaultSession) -> None:
    path = CORPUS / "ofx" / "ofxtools__invstmtrs.ofx"
    report = importing.import_file(session, path)
    held = _holdings(session, report.account)
    assert set(held) == {"ACME", "LUAXX"}  # by ticker from SECLIST
    assert held["ACME"].quantity == Decimal("200")
    assert held["LUAXX"].quantity == Decimal("1")
    assert held["ACME"].cost_basis is None  # the file states no cost: unknown, not 0
    acme = session.list(Security, symbol="ACME")[0]
    assert (acme.name, acme.currency) == ("Acme Development, Inc.", "USD")
    (price,) = session.list(Price, security_id=acme.id)
    assert (price.date, price.price, price.currency) == (date(2005, 8, 27), Decimal("49.50"), "USD")
    assert price.source == "statement ofxtools__invstmtrs.ofx"
    # The option: 1 contract quoted at 5 a share, valued 500 (100 shares a contract).
    luaxx = session.list(Security, symbol="LUAXX")[0]
    assert session.list(Price, security_id=luaxx.id)[0].price == Decimal("500")
    assert not [w for w in report.warnings if "LUAXX" in w]


def test_a_bond_quoted_in_percent_of_par_is_priced_per_unit(session: VaultSession) -> None:
    path = CORPUS / "ofx" / "beancount-import__fidelity_treasury.ofx"
    report = importing.import_file(session, path)
    (held,) = _holdings(session, report.account).values()
    (price,) = session.list(Price, security_id=held.security_id)
    assert held.quantity * price.price == Decimal("95320.3200")  # the statement's MKTVAL


def test_a_value_that_disagrees_is_stored_as_written_and_said(session: VaultSession) -> None:
    path = CORPUS / "ofx" / "beancount-import__investment_buy_sell_income.ofx"
    report = importing.import_file(session, path)
    (warning,) = [w for w in report.warnings if "'QTSAQ'" in w]
    assert "values it at 96.96, but its units times its price give 7860.83" in warning


def test_reimporting_positions_updates_and_never_duplicates(session: VaultSession) -> None:
    path = CORPUS / "ofx" / "ofxparse__fidelity.ofx"
    first = importing.import_file(session, path)
    counts = (len(session.list(Security)), len(session.list(Holding)), len(session.list(Price)))
    assert counts == (6, 6, 6)
    second = importing.import_file(session, path)
    assert second.account == first.account and second.new == 0
    again = (len(session.list(Security)), len(session.list(Holding)), len(session.list(Price)))
    assert again == counts
    held = _holdings(session, first.account)
    assert held["INTC"].quantity == Decimal("100.91100")  # exactly as written
    assert str(held["XIN"].quantity) == "390.90900"


def test_positions_show_on_the_holdings_page(session: VaultSession) -> None:
    report = importing.import_file(session, CORPUS / "ofx" / "ofxtools__invstmtrs.ofx")
    table = holdings_service.holdings_table(session, on=date(2005, 9, 1))
    rows = {r.security.symbol: r for r in table.rows if r.account.name == report.account}
    assert rows["ACME"].value is not None
    assert rows["ACME"].value.amount == Decimal("9900.00")


def test_a_dry_run_stores_no_positions(session: VaultSession) -> None:
    importing.import_file(session, CORPUS / "ofx" / "ofxtools__invstmtrs.ofx", dry_run=True)
    assert session.list(Holding) == [] and session.list(Price) == []


QIF = (
    "!Type:Bank\n"
    "D01/02/2024\nT-12.50\nPMarket\nLFood:Groceries\n"
    "Sfood:groceries\nEbread\n$-5.00\nS[Savings]\n$-7.50\n^\n"
    "D01/03/2024\nT3.00\nPRefund\nLHobbies:Model trains\nMbox\n^\n"
    "D01/04/2024\nT-1.00\nPKiosk\n^\n"
)


@pytest.fixture
def qif_file(tmp_path: Path) -> Path:
    path = tmp_path / "split.qif"
    path.write_text(QIF)
    return path


def _category(session: VaultSession, path: str) -> int:
    return next(i for i, text in session.category_path().items() if text == path)


def test_qif_categories_and_splits_are_stored(session: VaultSession, qif_file: Path) -> None:
    groceries = _category(session, "Food / Groceries")  # a new vault's own categories
    transfers = _category(session, "Transfers")
    count = len(session.list(Category))
    report = importing.import_file(session, qif_file, account="Checking")
    assert report.new == 3
    cols = session.transaction_columns()
    by_payee = dict(zip(cols["payee"], zip(cols["id"], cols["category_id"], cols["memo"],
                                           strict=True), strict=True))
    market_id, market_category, _ = by_payee["Market"]
    assert market_category == groceries  # "Food:Groceries" matched by path, any case
    _, refund_category, refund_memo = by_payee["Refund"]
    assert refund_category == -1  # no such category: none created, none guessed
    assert refund_memo == "box (category Hobbies:Model trains)"
    assert len(session.list(Category)) == count
    with session.vault.read() as conn:
        parts = vault_splits.splits_of(conn, int(market_id))
        sources = dict(conn.connection.dbapi_connection.execute(
            "SELECT payee, category_source FROM transactions").fetchall())
    assert parts == [(0, -500, groceries, "bread"), (1, -750, transfers, "(transfer [Savings])")]
    assert sources == {"Market": "file", "Refund": "", "Kiosk": ""}


def test_reimporting_a_qif_adds_no_splits(session: VaultSession, qif_file: Path) -> None:
    importing.import_file(session, qif_file, account="Checking")
    again = importing.import_file(session, qif_file, account="Checking")
    assert again.new == 0 and again.duplicates == 3
    with session.vault.read() as conn:
        (count,) = conn.connection.dbapi_connection.execute(
            "SELECT count(*) FROM transaction_splits").fetchone()
    assert count == 2


def test_an_imported_brokerage_account_is_worth_its_cash_and_its_holdings(
    session: VaultSession,
) -> None:
    report = importing.import_file(session, CORPUS / "ofx" / "ofxtools__invstmtrs.ofx")
    (balance,) = [b for b in session.balances(on=date(2005, 9, 1))
                  if b.account.name == report.account]
    # AVAILCASH 200.00 plus ACME 200 x 49.50 plus the put, 1 contract worth 500.
    assert balance.balance.amount == Decimal("10600.00")


def _position_state(session: VaultSession) -> tuple:
    return (
        sorted((s.symbol, s.name) for s in session.list(Security)),
        sorted((h.account_id, h.security_id, h.quantity) for h in session.list(Holding)),
        sorted((p.security_id, p.date, p.price) for p in session.list(Price)),
    )


def test_undo_of_an_import_takes_back_its_positions_and_redo_puts_them_back(
    session: VaultSession,
) -> None:
    from cmrdesk.services.editing import ImportFiles, apply

    empty = _position_state(session)
    path = CORPUS / "ofx" / "ofxparse__fidelity.ofx"
    done = apply(session, ImportFiles(paths=[str(path)]))
    imported = _position_state(session)
    assert len(imported[1]) == 6
    redo = apply(session, done.inverse)
    assert _position_state(session) == empty
    apply(session, redo.inverse)
    assert _position_state(session) == imported


def test_undo_of_a_reimport_restores_the_holdings_it_updated(session: VaultSession) -> None:
    from cmrdesk.services.editing import ImportFiles, SetColumns, apply

    path = CORPUS / "ofx" / "ofxparse__fidelity.ofx"
    first = importing.import_file(session, path)
    intc = _holdings(session, first.account)["INTC"]
    apply(session, SetColumns("holdings", [intc.id], {"quantity": ["50"]}))  # sold some since
    before = _position_state(session)
    done = apply(session, ImportFiles(paths=[str(path)]))
    assert _holdings(session, first.account)["INTC"].quantity == Decimal("100.91100")
    apply(session, done.inverse)
    assert _position_state(session) == before
    assert _holdings(session, first.account)["INTC"].quantity == Decimal("50")
