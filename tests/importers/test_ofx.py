"""OFX/QFX/QBO: every corpus file against its recorded facts, plus the reader's rules."""

from __future__ import annotations

import re
import time
from collections import Counter
from decimal import Decimal

import pytest

from cmrdesk.domain import ImportFormatError, from_epoch_day
from cmrdesk.importers import ParsedStatement, parse_file
from cmrdesk.importers.numbers import COMMA, parse_amount

from .conftest import FACTS, REFUSED, check_invariants, corpus_files, dec, path_of

# 401(k) accounts whose purchases were paid from payroll (SUBACCTFUND OTHER), plus reinvested
# income: their investment TOTALs never moved the account's cash.
NO_CASH_LEGS = {
    "ofx/ofxparse__vanguard.ofx",
    "ofx/ofxparse__investment_401k.ofx",
    "qfx/beangulp__example.qfx",
    "qfx/reds-importers__OfxDownload-401k.qfx",
}


def _ledger(text: str | None) -> Decimal | None:
    """The recorded LEDGERBAL text as a number ("200,29", "R$ 5.326,43" are raw text)."""
    if not text:
        return None
    return parse_amount(text, COMMA) if "," in text else Decimal(text)


@pytest.mark.parametrize("key", corpus_files(("ofx/", "qfx/")))
def test_corpus_file(key: str) -> None:
    path = path_of(key)
    if key in REFUSED:
        with pytest.raises(ImportFormatError) as err:
            parse_file(path)
        assert REFUSED[key] in str(err.value)
        assert str(path) in str(err.value)
        return
    statements = parse_file(path)
    expected = FACTS[key]["facts"]["statements"]
    assert len(statements) == len(expected)
    for st, fact in zip(statements, expected, strict=True):
        check_invariants(st)
        assert st.format in ("ofx", "qfx")  # QFX: Intuit's INTU.BID or a .qfx/.qbo name
        assert st.account.number == fact["acct"]
        assert st.account.currency == fact["cur"]
        if fact["kind"] == "INVSTMTRS":
            _check_investments(key, st, fact)
            continue
        assert len(st) == fact["n"]
        assert st.total() == Decimal(fact["sum"])
        assert st.closing_balance == _ledger(fact["ledgerbal"])
        if fact["kind"] == "CCSTMTRS":
            assert st.account.kind_hint == "credit_card"


def _check_investments(key: str, st: ParsedStatement, fact: dict) -> None:
    assert st.account.kind_hint in ("brokerage", "pension")
    assert len(st.investments) == fact["n_invtran"]
    assert Counter(i.kind for i in st.investments) == Counter(fact["inv_types"])
    totals = [i.total for i in st.investments if i.total is not None]
    assert len(totals) == fact["n_TOTAL"]
    assert sum(totals, Decimal(0)) == Decimal(fact["sum_TOTAL"])
    assert len(st.positions) == fact["positions"]
    assert st.closing_balance == dec(fact["availcash"])
    legs = key not in NO_CASH_LEGS
    assert len(st) == fact["n_invbanktran"] + (fact["n_TOTAL"] if legs else 0)
    cash = Decimal(fact["sum_invbanktran"]) + (Decimal(fact["sum_TOTAL"]) if legs else 0)
    assert st.total() == cash


def test_sgml_details_payee_memo_ids_and_dates() -> None:
    (st,) = parse_file(path_of("ofx/ofxparse__checking.ofx"))
    assert st.import_id == ["0000486", "0000487", "0000488"]
    assert st.payee_raw[1] == "AUTOMATIC WITHDRAWAL, ELECTRIC BILL"
    assert st.memo[1] == "AUTOMATIC WITHDRAWAL, ELECTRIC BILL WEB(S )"
    assert [str(from_epoch_day(d)) for d in st.day] == ["2011-03-31", "2011-04-05", "2011-04-07"]
    assert st.closing_date is not None
    assert st.account.institution == "FAKE"
    assert st.account.kind_hint == "checking"
    assert st.line[0] == 46  # the line of the first <STMTTRN>


def test_latin1_text_under_charset_1252_and_entities() -> None:
    (st,) = parse_file(path_of("ofx/ledger-autosync__accented_characters_latin1.ofx"))
    assert st.payee_raw == ["Virement Interac à: Jean"]
    (st,) = parse_file(path_of("qfx/actual__html-vals.qfx"))
    assert any("&" in p for p in st.payee_raw + st.memo)  # &amp; unescaped once
    assert not any("&amp;" in p for p in st.payee_raw + st.memo)


def test_utf8_wins_over_a_declared_1252() -> None:
    (st,) = parse_file(path_of("qfx/ofxparse__chase_cc.qfx"))
    assert not any("Â" in text for text in st.payee_raw + st.memo)


def test_local_calendar_day_is_kept_whatever_the_time_zone(tmp_file) -> None:
    body = _ofx_sgml([("20240131233000[-8:PST]", "-1.00", "1")])
    (st,) = parse_file(tmp_file("tz.ofx", body))
    assert str(from_epoch_day(st.day[0])) == "2024-01-31"


def test_empty_balance_and_missing_currency_become_warnings() -> None:
    (st,) = parse_file(path_of("ofx/ofxparse__ofx-v102-empty-tags.ofx"))
    assert st.closing_balance is None
    assert any("LEDGERBAL" in w for w in st.warnings)
    assert any("currency" in w for w in st.warnings)


def test_correction_replacing_an_earlier_transaction_drops_it(tmp_file) -> None:
    body = _ofx_sgml([("20240101", "-5.00", "A1"), ("20240102", "-6.00", "A2")]).replace(
        "<FITID>A2", "<FITID>A2<CORRECTFITID>A1<CORRECTACTION>REPLACE"
    )
    (st,) = parse_file(tmp_file("corr.ofx", body))
    assert st.import_id == ["A2"]
    body = _ofx_sgml([("20240101", "-5.00", "A1"), ("20240102", "0", "A3")]).replace(
        "<FITID>A3", "<FITID>A3<CORRECTFITID>A1<CORRECTACTION>DELETE"
    )
    (st,) = parse_file(tmp_file("del.ofx", body))
    assert st.import_id == []
    assert any("deletes" in w for w in st.warnings)


def test_nested_payee_aggregate_and_lower_case_tags(tmp_file) -> None:
    body = _ofx_sgml([("20240101", "-5.00", "A1")]).replace(
        "<NAME>Shop A1", "<PAYEE><NAME>Corner Shop<CITY>Gent</PAYEE>"
    )
    (st,) = parse_file(tmp_file("payee.ofx", body))
    assert st.payee_raw == ["Corner Shop"]
    lower = _ofx_sgml([("20240101", "-5.00", "A1"), ("20240102", "1.00", "A2")])
    lower = re.sub(r"<(/?)([A-Z.]+)>", lambda m: f"<{m.group(1)}{m.group(2).lower()}>", lower)
    (st,) = parse_file(tmp_file("lower.ofx", lower))
    assert st.import_id == ["A1", "A2"]
    assert st.total() == Decimal("-4.00")


def test_extra_decimals_raise_the_scale_exactly(tmp_file) -> None:
    body = _ofx_sgml([("20240101", "-1.005", "1"), ("20240102", "2.50", "2")])
    (st,) = parse_file(tmp_file("dec.ofx", body))
    assert st.scale == 3
    assert st.amounts() == [Decimal("-1.005"), Decimal("2.500")]
    assert st.minor_units() == ([-100, 250], 1)  # half-even: -1.005 -> -1.00


def test_investment_cash_legs_and_positions() -> None:
    (st,) = parse_file(path_of("ofx/ofxtools__invstmtrs.ofx"))
    assert [i.kind for i in st.investments] == ["BUYSTOCK"]
    buy = st.investments[0]
    assert buy.units is not None and buy.unit_price is not None
    assert buy.ticker or buy.security_id
    assert st.total() == Decimal("-4025.00")  # -5025.00 purchase + 1000.00 deposit
    assert any("Buystock" in m for m in st.memo)


def test_error_response_names_the_bank_message() -> None:
    with pytest.raises(ImportFormatError, match="General Server Error"):
        parse_file(path_of("ofx/ofxparse__error_message.ofx"))


def test_not_an_ofx_statement(tmp_file) -> None:
    path = tmp_file("nostmt.ofx", "OFXHEADER:100\n\n<OFX><SIGNONMSGSRSV1></SIGNONMSGSRSV1></OFX>")
    with pytest.raises(ImportFormatError, match="no statement"):
        parse_file(path)


BILLION_LAUGHS_OFX = (
    '<?xml version="1.0"?>\n<!DOCTYPE OFX [<!ENTITY a "aaaaaaaaaa">'
    + "".join(
        f'<!ENTITY a{i} "' + f"&a{i - 1};" * 10 + '">' if i else '<!ENTITY a0 "&a;&a;">'
        for i in range(10)
    )
    + ']>\n<?OFX OFXHEADER="200" VERSION="211" SECURITY="NONE" OLDFILEUID="NONE" '
    'NEWFILEUID="NONE"?>\n<OFX><BANKMSGSRSV1><STMTTRNRS><STMTRS><BANKTRANLIST><STMTTRN>'
    "<NAME>&a9;</NAME><TRNAMT>1</TRNAMT><DTPOSTED>20240101</DTPOSTED></STMTTRN>"
    "</BANKTRANLIST></STMTRS></STMTTRNRS></BANKMSGSRSV1></OFX>"
)


def test_billion_laughs_ofx2_is_refused_quickly(tmp_file) -> None:
    path = tmp_file("lol.ofx", BILLION_LAUGHS_OFX)
    start = time.perf_counter()
    with pytest.raises(ImportFormatError, match="unsafe"):
        parse_file(path)
    assert time.perf_counter() - start < 1.0


def _ofx_sgml(rows: list[tuple[str, str, str]], currency: str = "EUR") -> str:
    """A small OFX 1.02 bank statement: rows are (DTPOSTED, TRNAMT, FITID)."""
    trns = "".join(
        f"<STMTTRN><TRNTYPE>OTHER<DTPOSTED>{d}<TRNAMT>{a}<FITID>{f}<NAME>Shop {f}</STMTTRN>\n"
        for d, a, f in rows
    )
    return (
        "OFXHEADER:100\nDATA:OFXSGML\nVERSION:102\nSECURITY:NONE\nENCODING:USASCII\n"
        "CHARSET:1252\nCOMPRESSION:NONE\nOLDFILEUID:NONE\nNEWFILEUID:NONE\n\n"
        "<OFX><BANKMSGSRSV1><STMTTRNRS><TRNUID>1<STATUS><CODE>0<SEVERITY>INFO</STATUS>"
        f"<STMTRS><CURDEF>{currency}<BANKACCTFROM><BANKID>1<ACCTID>42<ACCTTYPE>SAVINGS"
        f"</BANKACCTFROM><BANKTRANLIST>\n{trns}</BANKTRANLIST></STMTRS></STMTTRNRS>"
        "</BANKMSGSRSV1></OFX>\n"
    )


def test_positions_carry_ids_currency_and_price_dates() -> None:
    (st,) = parse_file(path_of("ofx/ofxtools__invstmtrs.ofx"))
    acme, option = st.positions
    assert (acme.security_id, acme.id_type, acme.ticker, acme.kind) == (
        "123456789", "CUSIP", "ACME", "POSSTOCK")
    assert (acme.units, acme.unit_price, acme.market_value) == (
        Decimal("200"), Decimal("49.50"), Decimal("9900.00"))
    assert str(from_epoch_day(acme.day)) == "2005-08-27"
    assert acme.cost_basis is None  # the file states none
    assert acme.line == 72
    assert option.kind == "POSOPT" and option.units == Decimal("1")


@pytest.mark.parametrize(
    "key", [k for k in corpus_files(("ofx/", "qfx/")) if k not in REFUSED]
)
def test_columns_read_while_the_tree_is_built_equal_the_node_path(key, monkeypatch) -> None:
    """The fast reader of plain transactions gives exactly what the careful path gives."""
    from cmrdesk.importers import ofx

    fast = parse_file(path_of(key))
    monkeypatch.setattr(ofx, "_Sink", lambda: None)
    slow = parse_file(path_of(key))
    columns = ("day", "amount_minor", "scale", "payee", "payee_raw", "memo", "import_id",
               "status", "line", "warnings", "closing_balance")
    for a, b in zip(fast, slow, strict=True):
        for column in columns:
            assert getattr(a, column) == getattr(b, column), column


MIXED = """OFXHEADER:100
DATA:OFXSGML

<OFX><BANKMSGSRSV1><STMTTRNRS><STMTRS><CURDEF>EUR
<BANKACCTFROM><BANKID>1<ACCTID>42<ACCTTYPE>CHECKING</BANKACCTFROM>
<BANKTRANLIST>
<STMTTRN><TRNTYPE>DEBIT<DTPOSTED>20240101<TRNAMT>-1.00<FITID>a<NAME>One</STMTTRN>
<STMTTRN><TRNTYPE>DEBIT<DTPOSTED>20240102<TRNAMT>-2.5<FITID>b<NAME>Two &amp; co</STMTTRN>
<STMTTRN><TRNTYPE>DEBIT<DTPOSTED>20240103<TRNAMT>+3.00<FITID>c<NAME>Three</STMTTRN>
<STMTTRN><TRNTYPE>DEBIT<DTPOSTED>20240104<TRNAMT>-4.125<FITID>d<MEMO>four</STMTTRN>
<STMTTRN><DTPOSTED>20240105<TRNTYPE>DEBIT<TRNAMT>-5.00<FITID>e<NAME>Five</STMTTRN>
<STMTTRN><TRNTYPE>DEBIT<DTPOSTED>20240106<TRNAMT>-6.00<FITID>f<CHECKNUM>77</STMTTRN>
</BANKTRANLIST></STMTRS></STMTTRNRS></BANKMSGSRSV1></OFX>
"""


def test_plain_and_other_transactions_keep_file_order(tmp_file) -> None:
    # Rows 3 (a "+" amount) and 5 (another order of leaves) are read the careful way, the
    # others as columns; the statement keeps the file's order, scale and lines.
    (st,) = parse_file(tmp_file("mixed.ofx", MIXED))
    assert st.import_id == ["a", "b", "c", "d", "e", "f"]
    assert st.line == [7, 8, 9, 10, 11, 12]
    assert st.scale == 3 and st.amounts()[1] == Decimal("-2.500")
    assert st.amounts()[3] == Decimal("-4.125")
    assert st.payee_raw == ["One", "Two & co", "Three", "four", "Five", "Check 77"]


def test_a_bad_date_among_plain_transactions_names_its_line(tmp_file) -> None:
    text = MIXED.replace("<DTPOSTED>20240104", "<DTPOSTED>20241304")
    with pytest.raises(ImportFormatError, match="line 10: DTPOSTED"):
        parse_file(tmp_file("bad.ofx", text))
