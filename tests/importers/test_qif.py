"""QIF: every corpus file against its recorded facts, plus dates, splits and investments."""

from __future__ import annotations

from decimal import Decimal

import pytest

from cmrdesk.domain import ImportFormatError, from_epoch_day
from cmrdesk.importers import parse_file

from .conftest import FACTS, REFUSED, check_invariants, corpus_files, path_of


@pytest.mark.parametrize("key", corpus_files("qif/"))
def test_corpus_file(key: str) -> None:
    if key in REFUSED:
        with pytest.raises(ImportFormatError) as err:
            parse_file(path_of(key))
        assert REFUSED[key] in str(err.value)
        return
    statements = parse_file(path_of(key))
    expected = FACTS[key]["facts"]["sections"]
    assert len(statements) == len(expected)
    for st, fact in zip(statements, expected, strict=True):
        check_invariants(st)
        assert st.format == "qif"
        assert st.account.currency == ""  # QIF never says
        assert (st.account.name or None) == fact["account"]
        if fact["type"] == "Type:Invst":
            assert st.account.kind_hint == "brokerage"
            assert len(st.investments) == int(fact["n"])
            totals = [i.total for i in st.investments if i.total is not None]
            assert len(totals) == int(fact["n_T"])
            assert sum(totals, Decimal(0)) == Decimal(fact["sum_T"])
        else:
            assert len(st) == int(fact["n"])
            assert st.total() == Decimal(fact["sum_T"])


@pytest.mark.parametrize(
    ("key", "first", "last"),
    [
        ("qif/oca-bsi__test_qif.qif", "2013-08-12", "2013-03-03"),  # m/d/yy
        ("qif/oca-bsi__test_qif_dmy.qif", "2013-08-12", "2013-03-03"),  # d/m/yy
        ("qif/oca-bsi__test_qif_ymd.qif", "2013-08-12", "2013-03-03"),  # yy/mm/dd
        ("qif/jemmyw-qif__3_records_spaced.qif", "2010-01-01", "2010-12-29"),  # "1/ 1/10"
        ("qif/quiffen__test.qif", "2020-02-10", "2020-02-10"),  # "2/10'2020"
        ("qif/gnucash__iso-multi-prices-day31.qif", "2023-01-02", "2022-12-31"),
    ],
)
def test_date_styles_and_orders(key: str, first: str, last: str) -> None:
    st = parse_file(path_of(key))[0]
    assert str(from_epoch_day(st.day[0])) == first
    assert str(from_epoch_day(st.day[-1])) == last


def test_apostrophe_years_and_ccard(tmp_file) -> None:
    text = "!Type:CCard\nD1/ 2'24\nT-1,234.50\nPShop\n^\nD12/31'23\nU10.00\nMrefund\n^\n"
    (st,) = parse_file(tmp_file("card.qif", text))
    assert [str(from_epoch_day(d)) for d in st.day] == ["2024-01-02", "2023-12-31"]
    assert st.amounts() == [Decimal("-1234.50"), Decimal("10.00")]
    assert st.account.kind_hint == "credit_card"
    assert st.memo == ["", "refund"]


def test_splits_are_read_and_give_the_amount_when_total_is_missing(tmp_file) -> None:
    text = "!Type:Bank\nD01/02/2024\nPMarket\nSFood\n$-5.00\nSHome\n$-7.50\n^\n"
    (st,) = parse_file(tmp_file("split.qif", text))
    assert st.amounts() == [Decimal("-12.50")]


def test_several_accounts_become_several_statements(tmp_file) -> None:
    text = (
        "!Account\nNChecking\nTBank\n^\n!Type:Bank\nD1/2/24\nT-1.00\n^\n"
        "!Account\nNSavings\nTOth A\n^\n!Type:Oth A\nD1/3/24\nT2.00\n^\n"
    )
    first, second = parse_file(tmp_file("multi.qif", text))
    assert (first.account.name, first.account.kind_hint) == ("Checking", "checking")
    assert (second.account.name, second.account.kind_hint) == ("Savings", "other_asset")


def test_investment_cash_rules(tmp_file) -> None:
    text = (
        "!Type:Invst\nD1/2/24\nNBuy\nYACME\nI10\nQ2\nT20.00\n^\n"
        "D1/3/24\nNDiv\nYACME\nT1.50\n^\nD1/4/24\nNBuyX\nYACME\nT5.00\nL[Checking]\n^\n"
        "D1/5/24\nNShrsIn\nYACME\nQ3\n^\n"
    )
    (st,) = parse_file(tmp_file("inv.qif", text))
    assert [i.kind for i in st.investments] == ["Buy", "Div", "BuyX", "ShrsIn"]
    assert st.amounts() == [Decimal("-20.00"), Decimal("1.50")]


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("!Type:Bank\nD1/2/24\nT12,3,4\n^\n", "line 3: T: '12,3,4' is not a number"),
        ("!Type:Bank\nD2/30/24\nT1.00\n^\n", "line 2: D: '2/30/24' is not a valid date"),
        ("!Type:Bank\nT1.00\n^\n", "line 2: D: the record has no date"),
        ("!Type:Cat\nNFood\n^\n", "no transactions"),
        ("just some text\n", "must start with a !Type"),
    ],
)
def test_errors_name_line_and_field(tmp_file, text: str, message: str) -> None:
    with pytest.raises(ImportFormatError) as err:
        parse_file(tmp_file("bad.qif", text), format="qif")
    assert message in str(err.value)


def test_split_parts_are_kept_exactly_with_their_categories(tmp_file) -> None:
    text = (
        "!Type:Bank\nD01/02/2024\nT-12.50\nPMarket\nLFood:Groceries/Work\n"
        "SFood:Groceries/Work\nEbread\n$-5.00\nS[Savings]\n$-7.50\n^\n"
        "D01/03/2024\nT3.00\nPRefund\nLMisc\n^\n"
    )
    (st,) = parse_file(tmp_file("split.qif", text))
    assert st.amounts() == [Decimal("-12.50"), Decimal("3.00")]  # one row per transaction
    assert st.category == ["Food:Groceries", "Misc"]  # the class (/Work) is not a category
    parts = st.splits[0]
    assert [(p.amount, p.category, p.memo, p.line) for p in parts] == [
        (Decimal("-5.00"), "Food:Groceries", "bread", 6),
        (Decimal("-7.50"), "[Savings]", "", 9),
    ]
    assert 1 not in st.splits


def test_splits_that_do_not_add_up_keep_the_total_unsplit_and_say_the_line(tmp_file) -> None:
    text = (
        "!Type:Bank\nD01/01/2024\nT1.00\n^\n"
        "D01/02/2024\nT-12.50\nPMarket\nSFood\n$-5.00\nSHome\n$-7.00\n^\n"
    )
    (st,) = parse_file(tmp_file("bad.qif", text))
    assert st.amounts() == [Decimal("1.00"), Decimal("-12.50")]  # the bank line's total
    assert 1 not in st.splits  # no part is guessed at
    assert any("line 5 do not add up" in w for w in st.warnings)


def test_the_qif_spec_example_imports_its_three_records() -> None:
    # SOURCES.md: 3 transactions summing -935.00; its split has "$=746.36".
    (st,) = parse_file(path_of("qif/jemmyw-qif__quicken_non_investement_account.qif"))
    assert len(st) == 3 and sum(st.amounts()) == Decimal("-935.00")
    assert any("line 2 do not add up" in w for w in st.warnings)


def test_a_split_without_amount_is_refused(tmp_file) -> None:
    text = "!Type:Bank\nD01/02/2024\nT-5.00\nSFood\n$-5.00\nSHome\nEnothing\n^\n"
    with pytest.raises(ImportFormatError, match=r"line 6: \$: the split on line 6"):
        parse_file(tmp_file("bad.qif", text))


def test_files_without_categories_have_no_category_column(tmp_file) -> None:
    (st,) = parse_file(tmp_file("plain.qif", "!Type:Bank\nD01/02/2024\nT-5.00\n^\n"))
    assert st.category == [] and st.splits == {}


@pytest.mark.parametrize(
    ("written", "day"),
    [
        ("02 Jan 2024", "2024-01-02"),
        ("2 janv. 2024", "2024-01-02"),  # French, abbreviated
        ("15 mars 2024", "2024-03-15"),
        ("2.Mai.2024", "2024-05-02"),  # German
        ("2 januari 24", "2024-01-02"),  # Dutch, two-digit year
        ("02-Jan-24", "2024-01-02"),
        ("1/15'24", "2024-01-15"),  # Quicken's apostrophe year
        ("15/03/24", "2024-03-15"),  # day-first, told by the day
    ],
)
def test_month_names_and_two_digit_years(tmp_file, written: str, day: str) -> None:
    (st,) = parse_file(tmp_file("d.qif", f"!Type:Bank\nD{written}\nT-1.00\n^\n"))
    assert str(from_epoch_day(st.day[0])) == day
