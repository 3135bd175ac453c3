"""CAMT.052/.053/.054: every corpus file against its recorded facts, plus entry rules."""

from __future__ import annotations

import time
from decimal import Decimal

import pytest

from cmrdesk.domain import ImportFormatError, from_epoch_day
from cmrdesk.importers import parse_file

from .conftest import FACTS, check_invariants, corpus_files, dec, path_of

_FORMATS = {"BkToCstmrStmt": "camt.053", "BkToCstmrAcctRpt": "camt.052"}


@pytest.mark.parametrize("key", corpus_files("camt/"))
def test_corpus_file(key: str) -> None:
    statements = parse_file(path_of(key))
    fact = FACTS[key]["facts"]
    expected_format = "camt." + fact["namespace"].split("camt.")[1][:3]
    assert len(statements) == len(fact["stmts"])
    for st, stmt in zip(statements, fact["stmts"], strict=True):
        check_invariants(st)
        assert st.format == expected_format
        assert len(st) == stmt["n_entries"]
        assert st.total() == Decimal(stmt["sum"])
        assert st.account.number == stmt["acct"]
        if stmt["ccy"]:
            assert st.account.currency == stmt["ccy"]
        else:  # no account currency: taken from the entries when they agree (XXX is none)
            entries = [c for c in stmt["entry_ccys"] if c != "XXX"]
            assert st.account.currency == (entries[0] if len(entries) == 1 else "")
        balances = stmt["balances"]
        assert st.opening_balance == dec(balances.get("OPBD") or balances.get("PRCD"))
        assert st.closing_balance == dec(balances.get("CLBD"))
        assert st.status == ["cleared"] * len(st)  # every corpus entry is BOOK
        mismatch = (stmt["balance_check"] or "").startswith("MISMATCH")
        assert any("do not add up" in w for w in st.warnings) == mismatch


def test_batch_entry_stays_one_transaction_with_its_parts_in_the_memo() -> None:
    (st,) = parse_file(path_of("camt/camt_parser__053_valid_example.xml"))
    batch = [m for m in st.memo if m.startswith("batch of 2")]
    assert len(batch) == 1


def test_reference_counterparty_and_remittance() -> None:
    (st,) = parse_file(path_of("camt/camt_parser__053_valid_example.xml"))
    assert st.import_id[0] == "2013122710583450000"
    assert st.payee_raw[0] == "Testkonto Nummer 2"
    assert "BERWEISUNG" in st.memo[0]
    assert str(from_epoch_day(st.day[0])) == "2013-12-27"
    assert st.line[0] > 1


def _camt(entries: str, version: str = "001.08", message: str = "BkToCstmrStmt") -> str:
    kind = {"BkToCstmrStmt": ("053", "Stmt"), "BkToCstmrAcctRpt": ("052", "Rpt")}[message]
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        f'<Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.{kind[0]}.{version}">'
        f"<{message}><GrpHdr><MsgId>1</MsgId></GrpHdr><{kind[1]}><Id>S1</Id>"
        "<Acct><Id><IBAN>DE89370400440532013000</IBAN></Id><Ccy>EUR</Ccy></Acct>"
        f"{entries}</{kind[1]}></{message}></Document>"
    )


def _entry(amount: str, sign: str, status: str, day: str = "2024-01-02") -> str:
    return (
        f'<Ntry><Amt Ccy="EUR">{amount}</Amt><CdtDbtInd>{sign}</CdtDbtInd><Sts>{status}</Sts>'
        f"<BookgDt><Dt>{day}</Dt></BookgDt><ValDt><Dt>{day}</Dt></ValDt></Ntry>"
    )


def test_pending_and_information_entries(tmp_file) -> None:
    entries = (
        _entry("10.00", "CRDT", "BOOK")
        + _entry("2.50", "DBIT", "PDNG")
        + _entry("99.00", "DBIT", "<Cd>INFO</Cd>")
    )
    (st,) = parse_file(tmp_file("p.xml", _camt(entries, "001.02")))
    assert st.amounts() == [Decimal("10.00"), Decimal("-2.50")]
    assert st.status == ["cleared", "pending"]
    assert st.account.iban == "DE89370400440532013000"
    assert any("INFO" in w for w in st.warnings)


@pytest.mark.parametrize(
    ("entry", "message"),
    [
        (_entry("1,5.0", "CRDT", "BOOK"), "Amt: '1,5.0' is not an amount"),
        (_entry("1.00", "XXX", "BOOK"), "CdtDbtInd: credit/debit indicator 'XXX'"),
        (_entry("1.00", "CRDT", "BOOK", "2024-02-30"), "BookgDt: '2024-02-30' is not a valid"),
    ],
)
def test_entry_errors_name_line_and_element(tmp_file, entry: str, message: str) -> None:
    with pytest.raises(ImportFormatError) as err:
        parse_file(tmp_file("bad.xml", _camt(entry)))
    assert message in str(err.value)
    assert "line 2" in str(err.value)  # the line of the <Ntry>


def test_not_a_statement_and_broken_xml(tmp_file) -> None:
    with pytest.raises(ImportFormatError, match="no statement"):
        parse_file(
            tmp_file(
                "e.xml", _camt("").replace("<Stmt><Id>S1</Id>", "<X>").replace("</Stmt>", "</X>")
            )
        )
    with pytest.raises(ImportFormatError, match=r"line 3: not well-formed XML"):
        parse_file(tmp_file("b.xml", _camt(_entry("1", "CRDT", "BOOK")).replace("</Ntry>", "\n")))


BILLION_LAUGHS_CAMT = (
    '<?xml version="1.0"?>\n<!DOCTYPE Document [<!ENTITY a "aaaaaaaaaa">'
    + "".join(f'<!ENTITY a{i} "' + f"&a{i - 1};" * 10 + '">' for i in range(1, 12))
    + ']>\n<Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.02"><BkToCstmrStmt>'
    "<Stmt><Ntry><AddtlNtryInf>&a11;</AddtlNtryInf></Ntry></Stmt></BkToCstmrStmt></Document>"
).replace("&a0;", "&a;")


def test_billion_laughs_camt_is_refused_quickly(tmp_file) -> None:
    path = tmp_file("lol.xml", BILLION_LAUGHS_CAMT)
    start = time.perf_counter()
    with pytest.raises(ImportFormatError, match="unsafe"):
        parse_file(path)
    assert time.perf_counter() - start < 1.0


def test_external_entities_are_refused(tmp_file) -> None:
    text = (
        '<?xml version="1.0"?>\n<!DOCTYPE d [<!ENTITY x SYSTEM "file:///etc/passwd">]>\n'
        '<Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.02">&x;</Document>'
    )
    with pytest.raises(ImportFormatError, match="unsafe"):
        parse_file(tmp_file("xxe.xml", text))
