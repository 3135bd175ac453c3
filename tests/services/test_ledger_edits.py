"""Working the ledger through services: categorise, suggestions, rules, categories, splits,
transfers, reconcile and export, each undone and redone exactly, on real temp vaults."""

from __future__ import annotations

import csv
from datetime import date, timedelta
from decimal import Decimal

import numpy as np
import pytest

from cmrdesk.domain import (
    Account,
    AccountKind,
    CategoryRule,
    Money,
    TransactionBatch,
    ValidationError,
)
from cmrdesk.services import category_edits, export, ledger_edits, records, rules, splits
from cmrdesk.services.browse import TransactionFilter, transactions_by_id
from cmrdesk.services.editing import apply
from cmrdesk.services.overview import dashboard, load_ledger
from cmrdesk.services.reports import ledger_data

START = date(2026, 1, 1)


def eur(text: str) -> Money:
    return Money.of(text, "EUR")


def account(session, name="Checking") -> int:
    return apply(session, records.new_account(session, Account(
        name=name, kind=AccountKind.CHECKING, currency="EUR"))).result.id


def cat(session, path: str) -> int:
    return records.find_category(session, path).id


def book(session, account_id, rows) -> list[int]:
    """Add rows ``(payee, amount, category path or None)`` one day apart; their ids."""
    batch = TransactionBatch()
    for k, (payee, amount, path) in enumerate(rows):
        batch.append(account_id=account_id, day=START + timedelta(days=k),
                     amount_minor=eur(amount).minor, currency="EUR", payee=payee,
                     payee_raw=payee, memo="", category_id=cat(session, path) if path else None,
                     import_id="", status="cleared")
    first = session.transaction_count() + 1
    session.add_transactions(batch)
    return list(range(first, first + len(rows)))


def category_of(session, ids):
    found = transactions_by_id(session, ids)
    return [found[i].category_id for i in ids]


def sources(session, ids):
    with session.vault.read() as conn:
        raw = conn.connection.dbapi_connection
        return [raw.execute("SELECT category_source FROM transactions WHERE id = ?",
                            (i,)).fetchone()[0] for i in ids]


# --- categorise ------------------------------------------------------------------------------


def test_categorise_many_is_one_undo_step_marked_user(session):
    ids = book(session, account(session), [("Rewe", "-10.00", None), ("Aldi", "-5.00", None),
                                           ("Lidl", "-3.00", "Food / Restaurants")])
    groceries = cat(session, "Food / Groceries")
    before = category_of(session, ids)
    outcome = apply(session, ledger_edits.categorise(session, ids, groceries))
    assert category_of(session, ids) == [groceries] * 3
    assert sources(session, ids) == ["user"] * 3
    assert outcome.changes.touches("transactions")
    assert outcome.inverse.label == "categorise 3 transactions as 'Food / Groceries'"
    redo = apply(session, outcome.inverse).inverse
    assert category_of(session, ids) == before
    assert sources(session, ids) == [""] * 3
    apply(session, redo)
    assert category_of(session, ids) == [groceries] * 3


def test_categorise_refuses_an_unknown_id_and_changes_nothing(session):
    ids = book(session, account(session), [("Rewe", "-10.00", None)])
    with pytest.raises(ValidationError, match="no transaction with id 999"):
        apply(session, ledger_edits.categorise(session, [*ids, 999],
                                               cat(session, "Food / Groceries")))
    with pytest.raises(ValidationError, match="no category with id 99999"):
        ledger_edits.categorise(session, ids, 99999)
    assert category_of(session, ids) == [None]


# --- suggestions -----------------------------------------------------------------------------


def _history(session):
    acc = account(session)
    learned = book(session, acc, [("Rewe Markt", "-20.00", "Food / Groceries")] * 6
                   + [("Cinema City", "-12.00", "Leisure / Culture")] * 4)
    open_ = book(session, acc, [("Rewe Markt", "-31.00", None), ("Cinema City", "-9.00", None)])
    return learned, open_


def test_suggestions_accept_by_ids_and_by_threshold(session):
    _learned, (rewe, cinema) = _history(session)
    offered = {s.id: s for s in ledger_edits.suggestions(session)}
    assert offered[rewe].category == "Food / Groceries"
    assert offered[cinema].category == "Leisure / Culture"
    assert "payee matched" in offered[rewe].reason
    assert 0 < offered[cinema].confidence < offered[rewe].confidence <= 1
    high = ledger_edits.suggestions(session, min_confidence=offered[rewe].confidence)
    assert [s.id for s in high] == [rewe]

    op = ledger_edits.accept_suggestions(session, ids=[cinema])
    outcome = apply(session, op)
    assert category_of(session, [cinema]) == [cat(session, "Leisure / Culture")]
    assert sources(session, [cinema]) == ["model"]
    apply(session, outcome.inverse)
    assert category_of(session, [cinema]) == [None]

    outcome = apply(session, ledger_edits.accept_suggestions(
        session, min_confidence=offered[rewe].confidence))
    assert outcome.result == 1
    assert category_of(session, [rewe, cinema]) == [cat(session, "Food / Groceries"), None]


def test_rejected_suggestion_is_not_offered_again_in_the_session(session):
    _learned, (rewe, cinema) = _history(session)
    ledger_edits.reject_suggestions(session, [rewe])
    assert [s.id for s in ledger_edits.suggestions(session)] == [cinema]
    with pytest.raises(ValidationError, match=f"transaction {rewe} has no suggestion"):
        ledger_edits.accept_suggestions(session, ids=[rewe])


def test_a_rule_suggestion_is_accepted_as_rule(session):
    _learned, (rewe, _cinema) = _history(session)
    apply(session, rules.add_rule(session, CategoryRule(
        category_id=cat(session, "Shopping / Household"), payee_equals="rewe markt")))
    offered = {s.id: s for s in ledger_edits.suggestions(session)}
    assert offered[rewe].method == "rule"
    apply(session, ledger_edits.accept_suggestions(session, ids=[rewe]))
    assert sources(session, [rewe]) == ["rule"]


# --- rules -----------------------------------------------------------------------------------


def test_rule_preview_count_equals_what_applying_changes(session):
    acc = account(session)
    other = account(session, "Card")
    book(session, acc, [("Netflix", "-12.99", None), ("NETFLIX.COM", "-12.99", None),
                        ("Netflix", "-15.99", "Leisure / Culture"),  # filed by hand: kept
                        ("Spotify", "-9.99", None)])
    book(session, other, [("Netflix", "-12.99", None)])
    subs = cat(session, "Bills / Subscriptions")
    rule = CategoryRule(category_id=subs, payee_contains="netflix")
    preview = rules.preview_rule(session, rule)
    assert (preview.matches, preview.changes) == (4, 3)
    outcome = apply(session, rules.add_rule(session, rule, apply=True))
    applied = outcome.result[1]
    assert applied == preview.changes
    changed = [i for i, c in zip(range(1, 6), category_of(session, list(range(1, 6))),
                                 strict=True) if c == subs]
    assert sorted(changed) == sorted(preview.ids)
    assert rules.rules(session)[0].id == rule.id
    apply(session, outcome.inverse)
    assert rules.rules(session) == []
    assert subs not in category_of(session, list(range(1, 6)))


def test_rule_conditions_account_amount_regex_and_order(session):
    acc, card = account(session), account(session, "Card")
    book(session, acc, [("Shell 123", "-60.00", None), ("Shell 9", "-5.00", None)])
    book(session, card, [("Shell 77", "-70.00", None)])
    fuel, car = cat(session, "Transport / Fuel"), cat(session, "Transport / Car")
    big = CategoryRule(category_id=fuel, pattern=r"^shell \d+$", max_amount=Decimal("-50"),
                       account_id=acc)
    assert rules.preview_rule(session, big).changes == 1
    apply(session, rules.add_rule(session, big))
    wide = CategoryRule(category_id=car, payee_contains="shell")
    # The earlier rule claims the big payment on the checking account: first match wins.
    assert rules.preview_rule(session, wide).changes == 2
    apply(session, rules.add_rule(session, wide))
    outcome = apply(session, rules.move_rule(session, wide.id, 0))
    assert [r.id for r in rules.rules(session)] == [wide.id, big.id]
    apply(session, outcome.inverse)
    assert [r.id for r in rules.rules(session)] == [big.id, wide.id]
    with pytest.raises(ValidationError, match="pattern"):
        rules.preview_rule(session, CategoryRule(category_id=car, pattern="(unclosed"))
    with pytest.raises(ValidationError, match="at least one condition"):
        rules.preview_rule(session, CategoryRule(category_id=car))
    apply(session, rules.delete_rule(session, big.id))
    assert [r.id for r in rules.rules(session)] == [wide.id]


# --- categories ------------------------------------------------------------------------------


def test_merge_moves_transactions_rules_and_children_and_undoes(session):
    ids = book(session, account(session), [("A", "-1.00", "Food / Restaurants"),
                                           ("B", "-2.00", "Food / Groceries")])
    restaurants, groceries = cat(session, "Food / Restaurants"), cat(session, "Food / Groceries")
    apply(session, rules.add_rule(session, CategoryRule(category_id=restaurants,
                                                        payee_contains="a")))
    count = len(session.categories())
    outcome = apply(session, category_edits.merge_categories(session, restaurants, groceries))
    assert category_of(session, ids) == [groceries, groceries]
    assert [r.category_id for r in rules.rules(session)] == [groceries]
    assert len(session.categories()) == count - 1
    apply(session, outcome.inverse)
    assert category_of(session, ids) == [restaurants, groceries]
    assert [r.category_id for r in rules.rules(session)] == [restaurants]
    assert len(session.categories()) == count


def test_delete_asks_where_transactions_go(session):
    ids = book(session, account(session), [("A", "-1.00", "Leisure / Sport")])
    sport, travel = cat(session, "Leisure / Sport"), cat(session, "Leisure / Travel")
    outcome = apply(session, category_edits.delete_category(session, sport, move_to=travel))
    assert category_of(session, ids) == [travel]
    apply(session, outcome.inverse)
    assert category_of(session, ids) == [sport]
    leisure = cat(session, "Leisure")
    outcome = apply(session, category_edits.delete_category(session, leisure))
    assert category_of(session, ids) == [None]
    assert "Leisure" not in [c.name for c in session.categories()]
    apply(session, outcome.inverse)
    assert category_of(session, ids) == [sport]
    assert cat(session, "Leisure / Culture")


def test_add_rename_move_category(session):
    food = cat(session, "Food")
    made = apply(session, category_edits.add_category(session, "Bakery", food)).result
    assert records.find_category(session, "Food / Bakery").essential is False
    apply(session, category_edits.rename_category(session, made.id, "Bread"))
    assert cat(session, "Food / Bread") == made.id
    with pytest.raises(ValidationError, match="exists already"):
        category_edits.rename_category(session, made.id, "groceries")
    with pytest.raises(ValidationError, match="holds income"):
        category_edits.move_category(session, made.id, cat(session, "Income"))
    apply(session, category_edits.move_category(session, made.id, cat(session, "Shopping")))
    assert cat(session, "Shopping / Bread") == made.id


def test_new_vault_category_tree_is_the_default(session):
    from cmrdesk.services.categories import DEFAULT_CATEGORIES

    names = {c.name for c in session.categories()}
    assert names == {p for p, _k, _c in DEFAULT_CATEGORIES} | {
        c for _p, _k, children in DEFAULT_CATEGORIES for c, _e in children}


# --- splits ----------------------------------------------------------------------------------


def test_split_must_add_up_and_reports_use_the_parts(session):
    (line,) = book(session, account(session), [("Albert Heijn", "-50.00", None)])
    groceries, household = cat(session, "Food / Groceries"), cat(session, "Shopping / Household")
    with pytest.raises(ValidationError, match=r"add up to -49.99, not the line's -50.00"):
        splits.split(session, line, [splits.SplitPart(eur("-30.00"), groceries),
                                     splits.SplitPart(eur("-19.99"), household)])
    assert splits.split_parts(session, line) == []
    outcome = apply(session, splits.split(session, line, [
        splits.SplitPart(eur("-30.00"), groceries, "food"),
        splits.SplitPart(eur("-20.00"), household)]))
    assert outcome.changes.touches("transactions")
    assert [p.amount for p in splits.split_parts(session, line)] == [eur("-30.00"),
                                                                    eur("-20.00")]
    spending = _spending(session)
    assert spending == {"Groceries": 3000, "Household": 2000}
    apply(session, outcome.inverse)
    assert splits.split_parts(session, line) == []
    assert _spending(session) == {"Uncategorised": 5000}
    outcome = apply(session, splits.split(session, line, [
        splits.SplitPart(eur("-10.00"), groceries), splits.SplitPart(eur("-40.00"), None)]))
    apply(session, splits.unsplit(session, line))
    assert splits.split_parts(session, line) == []


def _spending(session) -> dict[str, int]:
    """Spending by category as the dashboard draws it (minor units, base currency)."""
    ledger = load_ledger(session, today=START + timedelta(days=30))
    board = dashboard(ledger, START, START + timedelta(days=30))
    return {name: int(value) for name, value in zip(
        board.categories.names, board.categories.amounts.tolist(), strict=True)}


# --- transfers and reconcile -----------------------------------------------------------------


def test_link_transfer_leaves_income_and_spending(session):
    from cmrdesk.insights import build_frame
    from cmrdesk.insights.cashflow import FLOW_NONE, flow_class

    acc, savings = account(session), account(session, "Savings")
    (out,) = book(session, acc, [("To savings", "-100.00", None)])
    (into,) = book(session, savings, [("From checking", "100.00", None)])
    (odd,) = book(session, savings, [("Interest", "1.00", None)])
    with pytest.raises(ValidationError, match="opposite amounts"):
        ledger_edits.link_transfer(session, out, odd)
    outcome = apply(session, ledger_edits.link_transfer(session, out, into))
    found = transactions_by_id(session, [out, into])
    assert (found[out].transfer_id, found[into].transfer_id) == (into, out)
    frame = build_frame(ledger_data(session, START))
    flows = dict(zip(frame.ids.tolist(), flow_class(frame).tolist(), strict=True))
    assert (flows[out], flows[into]) == (FLOW_NONE, FLOW_NONE)
    assert flows[odd] != FLOW_NONE
    with pytest.raises(ValidationError, match="already one side"):
        ledger_edits.link_transfer(session, out, into)
    apply(session, outcome.inverse)
    assert transactions_by_id(session, [out])[out].transfer_id is None
    assert ledger_edits.detected_transfers(session) == [(out, into)]
    apply(session, ledger_edits.link_transfer(session, out, into))
    apply(session, ledger_edits.unlink_transfer(session, into))
    assert transactions_by_id(session, [into])[into].transfer_id is None


def test_reconcile_only_when_the_difference_is_zero(session):
    acc = account(session)
    ids = book(session, acc, [("Salary", "1000.00", None), ("Rent", "-600.00", None),
                              ("Shop", "-25.50", None)])
    state = splits.reconcile_state(session, acc, START + timedelta(days=5), eur("400.00"),
                                   ids[:2])
    assert state.balanced and state.difference == eur("0.00")
    wrong = splits.reconcile_state(session, acc, START + timedelta(days=5), eur("400.00"), ids)
    assert wrong.difference == eur("25.50")
    with pytest.raises(ValidationError, match=r"differ from the statement by 25\.50 EUR"):
        splits.reconcile(session, acc, START + timedelta(days=5), eur("400.00"), ids)
    outcome = apply(session, splits.reconcile(session, acc, START + timedelta(days=5),
                                              eur("400.00"), ids[:2]))
    found = transactions_by_id(session, ids)
    assert [str(found[i].status) for i in ids] == ["reconciled", "reconciled", "cleared"]
    # The next statement starts from what is reconciled.
    assert splits.reconcile_state(session, acc, START + timedelta(days=9), eur("374.50"),
                                  ids[2:]).balanced
    with session.vault.read() as conn:
        assert conn.exec_driver_sql("SELECT count(*) FROM reconciliations").scalar() == 1
    apply(session, outcome.inverse)
    found = transactions_by_id(session, ids)
    assert {str(found[i].status) for i in ids} == {"cleared"}
    with session.vault.read() as conn:
        assert conn.exec_driver_sql("SELECT count(*) FROM reconciliations").scalar() == 0


# --- export ----------------------------------------------------------------------------------


def test_export_neutralises_formulas_and_keeps_numbers(session, tmp_path):
    acc = account(session)
    book(session, acc, [("=HYPERLINK(\"http://x\")", "-12.30", None), ("+31 shop", "5.00", None),
                        ("@sum", "-0.01", "Food / Groceries"), ("\tTab", "1.00", None),
                        ("Plain", "2.00", None)])
    out = tmp_path / "out.csv"
    written = export.export_transactions(session, TransactionFilter(), None, out)
    assert written == 5
    rows = list(csv.DictReader(out.open(newline="", encoding="utf-8")))
    assert [r["payee"] for r in rows] == ["'=HYPERLINK(\"http://x\")", "'+31 shop", "'@sum",
                                          "'\tTab", "Plain"]
    assert [r["amount"] for r in rows] == ["-12.30", "5.00", "-0.01", "1.00", "2.00"]
    assert rows[2]["category"] == "Food / Groceries"
    assert [p.name for p in tmp_path.iterdir()] == ["out.csv"] or "out.csv" in [
        p.name for p in tmp_path.iterdir() if not p.name.startswith(".export-")]
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".export-")]
    few = export.export_transactions(session, TransactionFilter(text="plain"),
                                     ["date", "amount"], out)
    assert few == 1
    assert out.read_text(encoding="utf-8").splitlines() == ["date,amount", "2026-01-05,2.00"]
    with pytest.raises(ValidationError, match="'balance' is not one of"):
        export.export_transactions(session, None, ["balance"], out)


def test_export_xlsx_keeps_formulas_as_text_amounts_as_numbers_dates_as_dates(session, tmp_path):
    openpyxl = pytest.importorskip("openpyxl")
    acc = account(session)
    payees = ["=HYPERLINK(\"http://x\")", "+31 shop", "-minus", "@sum", "\tTab", "\rCR",
              "#N/A", "Plain"]
    book(session, acc, [(p, f"-{n}.05", None) for n, p in enumerate(payees, 1)])
    folder = tmp_path / "exports"
    folder.mkdir()
    out = folder / "out.xlsx"
    assert export.export_transactions(session, TransactionFilter(), None, out) == len(payees)
    assert [p.name for p in folder.iterdir()] == ["out.xlsx"]  # no temp file left
    sheet = openpyxl.load_workbook(out).active
    rows = list(sheet.iter_rows())
    assert [c.value for c in rows[0]] == list(export.EXPORT_COLUMNS)
    assert all(c.font.bold for c in rows[0])
    cells = [c for row in rows for c in row]
    assert not [c.coordinate for c in cells if c.data_type == "f"]
    col = {name: n for n, name in enumerate(export.EXPORT_COLUMNS)}
    body = rows[1:]
    # XML reads a carriage return back as a line feed; the leading ' stays.
    assert [r[col["payee"]].value for r in body] == [
        export.neutralise(p).replace("\r", "\n") for p in payees]
    assert all(r[col["payee"]].data_type == "s" for r in body)
    by_payee = {r[col["payee"]].value: r for r in body}
    first = by_payee["'=HYPERLINK(\"http://x\")"]
    assert first[col["amount"]].data_type == "n"
    assert Decimal(str(first[col["amount"]].value)) == Decimal("-1.05")
    assert [r[col["date"]].value.date() for r in body] == [
        START + timedelta(days=k) for k in range(len(payees))]
    assert first[col["date"]].is_date and first[col["date"]].number_format == "yyyy-mm-dd"
    assert by_payee["#N/A"][col["payee"]].data_type == "s"  # text, not an error cell
    assert isinstance(first[col["id"]].value, int)


def test_export_refuses_other_suffixes_and_writes_nothing(session, tmp_path):
    book(session, account(session), [("Plain", "2.00", None)])
    folder = tmp_path / "exports"
    folder.mkdir()
    with pytest.raises(ValidationError, match=r"only \.csv and \.xlsx"):
        export.export_transactions(session, None, None, folder / "out.ods")
    assert list(folder.iterdir()) == []
    book(session, account(session, "Savings"), [("Bell\x07", "1.00", None)])
    with pytest.raises(ValidationError, match="control character") as refused:
        export.export_transactions(session, None, None, folder / "out.xlsx")
    assert "Bell" not in str(refused.value)  # no transaction text in the error
    assert list(folder.iterdir()) == []


def test_frame_expansion_keeps_unsplit_rows_and_orders_parts():
    from cmrdesk.insights.frames import expand_splits

    cols = {"id": np.array([3, 1, 2]), "amount_minor": np.array([-30, -10, -20]),
            "category_id": np.array([-1, 5, -1]), "part": np.zeros(3, bool)}
    parts = {"transaction_id": np.array([3, 3, 2]), "position": np.array([1, 0, 0]),
             "amount_minor": np.array([-10, -20, -20]), "category_id": np.array([8, 7, 9])}
    out = expand_splits(cols, parts)
    assert out["id"].tolist() == [3, 3, 1, 2]
    assert out["amount_minor"].tolist() == [-20, -10, -10, -20]
    assert out["category_id"].tolist() == [7, 8, 5, 9]
    assert out["part"].tolist() == [True, True, False, True]


def test_a_split_line_gets_no_suggestion_and_redo_restores_its_parts(session):
    acc = account(session)
    book(session, acc, [("Rewe", "-20.00", "Food / Groceries")] * 3)
    (line,) = book(session, acc, [("Rewe", "-50.00", None)])
    assert line in [s.id for s in ledger_edits.suggestions(session)]
    groceries = cat(session, "Food / Groceries")
    outcome = apply(session, splits.split(session, line, [
        splits.SplitPart(eur("-45.00"), groceries), splits.SplitPart(eur("-5.00"), None)]))
    assert line not in [s.id for s in ledger_edits.suggestions(session)]
    rule = CategoryRule(category_id=cat(session, "Shopping / Household"), payee_equals="rewe")
    assert rules.preview_rule(session, rule).changes == 0  # split and user-filed rows stay
    redo = apply(session, outcome.inverse).inverse
    assert splits.split_parts(session, line) == []
    apply(session, redo)
    assert [p.amount for p in splits.split_parts(session, line)] == [eur("-45.00"),
                                                                    eur("-5.00")]
