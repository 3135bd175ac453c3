"""MT940/MT942: every corpus file against its recorded facts, plus :61:/:86: rules."""

from __future__ import annotations

from decimal import Decimal

import pytest

from cmrdesk.domain import ImportFormatError, from_epoch_day
from cmrdesk.importers import parse_file
from cmrdesk.importers.mt940 import details_86

from .conftest import FACTS, check_invariants, corpus_files, dec, path_of


@pytest.mark.parametrize("key", corpus_files("mt940/"))
def test_corpus_file(key: str) -> None:
    statements = parse_file(path_of(key))
    fact = FACTS[key]["facts"]
    assert len(statements) == fact["n_stmts"]
    for st, stmt in zip(statements, fact["stmts"], strict=True):
        check_invariants(st)
        assert st.format == "mt940"
        assert len(st) == stmt["n"]
        assert st.total() == Decimal(stmt["sum"])
        assert st.account.number == stmt["acct"]
        assert st.account.currency == stmt["cur"]
        assert st.opening_balance == dec(stmt["open"])
        assert st.closing_balance == dec(stmt["close"])
        mismatch = (stmt["balance_check"] or "").startswith("MISMATCH")
        assert any("do not add up" in w for w in st.warnings) == mismatch


def test_impossible_value_date_uses_the_booking_date() -> None:
    (st,) = parse_file(path_of("mt940/wolph-mt940__february_30.sta"))
    assert str(from_epoch_day(st.day[0])) == "2016-03-01"
    assert any("160230" in w for w in st.warnings)


def test_bank_reference_becomes_the_import_id() -> None:
    (st,) = parse_file(path_of("mt940/wolph-mt940__mBank_mt940.sta"))
    assert st.import_id == ["MB170119012058", "MB170119012085", "MB170119012121"]


def test_structured_details() -> None:
    statements = parse_file(path_of("mt940/zilverline-mt940__rabobank_mt940_structured.txt"))
    assert statements[0].payee_raw[0] == "Nespresso Nederland B.V."
    assert statements[0].memo[0].startswith("674725433")
    sepa = parse_file(path_of("mt940/jejik-mt940__sparkasse_interim_balance.txt"))[0]
    assert sepa.payee_raw[0] == "ARAL AG"
    assert "Aral Tankstelle" not in sepa.payee_raw[0]


@pytest.mark.parametrize(
    ("lines", "payee", "memo"),
    [
        (
            ["166?00SEPA-UEBERWEISUNG?20SVWZ+Rechnung 4711?32Max Muster"],
            "Max Muster",
            "Rechnung 4711",
        ),
        (
            [
                "/TRTP/SEPA OVERBOEKING/IBAN/NL01INGB0001/BIC/INGBNL2A",
                "/NAME/J Jansen/REMI/Huur/EREF/X",
            ],
            "J Jansen",
            "Huur",
        ),
        (
            ["/CNTP/NL01INGB0001/INGBNL2A/ACME BV/AMSTERDAM/REMI/USTD//invoice 12/"],
            "ACME BV",
            "invoice 12",
        ),
        (["free text that", "continues"], "", "free text that continues"),
    ],
)
def test_details_86_layouts(lines: list[str], payee: str, memo: str) -> None:
    assert details_86(lines) == (payee, memo)


def test_reversal_marks_and_funds_code(tmp_file) -> None:
    text = (
        ":20:X\n:25:12345678/0001\n:28C:1/1\n:60F:C240101EUR100,00\n"
        ":61:2401020102RC10,00NTRFNONREF\n:61:2401030103RDR5,NTRFNONREF//B1\n"
        ":61:2401040104DR1,50NTRFNONREF\n:62F:C240104EUR93,50\n-\n"
    )
    (st,) = parse_file(tmp_file("rev.sta", text))
    assert st.amounts() == [Decimal("-10.00"), Decimal("5.00"), Decimal("-1.50")]
    assert st.warnings == []


@pytest.mark.parametrize(
    ("line61", "message"),
    [
        (":61:2401020102X10,00NTRF", "is not a :61: statement line"),
        (":61:2401020102C1,0,0NTRF", "amount '1,0,0' is not an amount"),
        (":61:241302C10,00NTRF", "'241302' is not a valid date"),
    ],
)
def test_errors_name_line_and_tag(tmp_file, line61: str, message: str) -> None:
    text = f":20:X\n:25:1\n:60F:C240101EUR0,\n{line61}\n:62F:C240101EUR0,\n"
    with pytest.raises(ImportFormatError) as err:
        parse_file(tmp_file("bad.sta", text), format="mt940")
    assert message in str(err.value)
    assert "line 4" in str(err.value)
