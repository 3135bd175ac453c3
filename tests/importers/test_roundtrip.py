"""Generated statements written in every format parse back to the same transactions.

Each format has a tiny writer here; Hypothesis draws the transactions and the dialect
(encodings, delimiters, decimal marks, thousands separators, date orders, header languages,
amount layouts, schema versions) and the importer must give back exactly what was written.
"""

from __future__ import annotations

import csv
import io
import os
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path
from xml.sax.saxutils import escape

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cmrdesk.domain import to_epoch_day
from cmrdesk.importers import ParsedStatement, parse_file

# More examples for a long run: CMRDESK_FUZZ_EXAMPLES=1000 python -m pytest tests/importers
SETTINGS = settings(max_examples=int(os.environ.get("CMRDESK_FUZZ_EXAMPLES", "40")), deadline=None)
_LETTERS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"


@dataclass
class Txn:
    day: date
    amount: Decimal
    payee: str
    memo: str
    ref: str


def _words(alphabet: str, max_size: int) -> st.SearchStrategy[str]:
    return (
        st.text(alphabet, min_size=1, max_size=max_size)
        .map(lambda s: " ".join(s.split()))
        .filter(bool)
    )


@st.composite
def transactions(draw: st.DrawFn, alphabet: str = _LETTERS + " ", max_text: int = 20) -> list[Txn]:
    """1-12 transactions over up to two months, one of them after the 12th of a month (a
    statement from a real account has such a day, and only it tells 03/04 from 04/03)."""
    n = draw(st.integers(1, 12))
    start = draw(st.dates(date(1971, 1, 1), date(2060, 12, 1)))
    start = start.replace(day=draw(st.integers(13, 28)))
    offsets = [0, *sorted(draw(st.lists(st.integers(0, 60), min_size=n - 1, max_size=n - 1)))]
    cents = draw(st.lists(st.integers(-99_999_999, 99_999_999), min_size=n, max_size=n))
    payees = draw(st.lists(_words(alphabet, max_text), min_size=n, max_size=n))
    memos = draw(
        st.lists(st.one_of(st.just(""), _words(alphabet, max_text)), min_size=n, max_size=n)
    )
    return [
        Txn(start + timedelta(days=o), Decimal(c).scaleb(-2), p, m, f"R{i:04d}")
        for i, (o, c, p, m) in enumerate(zip(offsets, cents, payees, memos, strict=True))
    ]


def _parse_one(tmp: Path, name: str, data: bytes) -> ParsedStatement:
    path = tmp / name
    path.write_bytes(data)
    statements = parse_file(path)
    assert len(statements) == 1
    return statements[0]


def _check(parsed: ParsedStatement, txns: list[Txn], memo: bool = True, ids: bool = True) -> None:
    assert parsed.day == [to_epoch_day(t.day) for t in txns]
    assert parsed.amounts() == [t.amount for t in txns]
    assert parsed.payee_raw == [t.payee for t in txns]
    if memo:
        assert parsed.memo == [t.memo for t in txns]
    if ids:
        assert parsed.import_id == [t.ref for t in txns]


@pytest.fixture(scope="module")
def tmp(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("roundtrip")


# --- OFX -------------------------------------------------------------------------------------


def write_ofx(txns: list[Txn], xml: bool, closed: bool, newline: str, currency: str) -> str:
    def leaf(tag: str, value: str) -> str:
        value = escape(value)
        return f"<{tag}>{value}</{tag}>" if closed or xml else f"<{tag}>{value}"

    rows = newline.join(
        "<STMTTRN>"
        + leaf("TRNTYPE", "OTHER")
        + leaf("DTPOSTED", t.day.strftime("%Y%m%d") + "120000.000[-5:EST]")
        + leaf("TRNAMT", f"{t.amount:f}")
        + leaf("FITID", t.ref)
        + leaf("NAME", t.payee)
        + (leaf("MEMO", t.memo) if t.memo else "")
        + "</STMTTRN>"
        for t in txns
    )
    if xml:
        head = (
            '<?xml version="1.0" encoding="UTF-8" standalone="no"?>\n'
            '<?OFX OFXHEADER="200" VERSION="220" SECURITY="NONE" OLDFILEUID="NONE" '
            'NEWFILEUID="NONE"?>\n'
        )
    else:
        head = (
            "OFXHEADER:100\nDATA:OFXSGML\nVERSION:102\nSECURITY:NONE\nENCODING:UTF-8\n"
            "CHARSET:NONE\nCOMPRESSION:NONE\nOLDFILEUID:NONE\nNEWFILEUID:NONE\n\n"
        )
    return (
        head
        + "<OFX><BANKMSGSRSV1><STMTTRNRS><STMTRS>"
        + leaf("CURDEF", currency)
        + "<BANKACCTFROM>"
        + leaf("BANKID", "1")
        + leaf("ACCTID", "123")
        + leaf("ACCTTYPE", "CHECKING")
        + f"</BANKACCTFROM><BANKTRANLIST>{newline}{rows}{newline}</BANKTRANLIST>"
        + "</STMTRS></STMTTRNRS></BANKMSGSRSV1></OFX>"
    )


@SETTINGS
@given(
    txns=transactions(alphabet=_LETTERS + " &<>'éß€", max_text=32),
    xml=st.booleans(),
    closed=st.booleans(),
    newline=st.sampled_from(["\n", "\r\n", "", "\n\t\t"]),
    currency=st.sampled_from(["EUR", "USD", "JPY", "KWD"]),
)
def test_ofx(
    tmp: Path, txns: list[Txn], xml: bool, closed: bool, newline: str, currency: str
) -> None:
    parsed = _parse_one(tmp, "x.ofx", write_ofx(txns, xml, closed, newline, currency).encode())
    _check(parsed, txns)
    assert parsed.account.currency == currency


# --- QIF -------------------------------------------------------------------------------------

_QIF_DATES = {
    "m/d/yyyy": lambda d: f"{d.month}/{d.day}/{d.year}",
    "m/d'yy": lambda d: f"{d.month}/{d.day:2d}'{d.year % 100:02d}",
    "mm/dd/yy": lambda d: f"{d.month:02d}/{d.day:02d}/{d.year % 100:02d}",
    "iso": lambda d: d.isoformat(),
    "d/m/yyyy": lambda d: f"{d.day}/{d.month}/{d.year}",
}


@SETTINGS
@given(
    txns=transactions(alphabet=_LETTERS + " &éß"),
    kind=st.sampled_from(["Bank", "CCard", "Cash", "Oth A"]),
    style=st.sampled_from(sorted(_QIF_DATES)),
    thousands=st.booleans(),
    encoding=st.sampled_from(["utf-8", "cp1252", "utf-8-sig"]),
)
def test_qif(
    tmp: Path, txns: list[Txn], kind: str, style: str, thousands: bool, encoding: str
) -> None:
    if style == "m/d'yy" or style == "mm/dd/yy":  # two-digit years: 1970..2069
        txns = [t for t in txns if 1970 <= t.day.year <= 2069] or txns[:0]
        if not txns:
            return
    lines = [f"!Type:{kind}"]
    for t in txns:
        amount = f"{t.amount:,.2f}" if thousands else f"{t.amount:.2f}"
        lines += [f"D{_QIF_DATES[style](t.day)}", f"T{amount}", f"P{t.payee}"]
        lines += [f"M{t.memo}"] if t.memo else []
        lines.append("^")
    parsed = _parse_one(tmp, "x.qif", "\n".join(lines).encode(encoding))
    _check(parsed, txns, ids=False)


# --- CSV -------------------------------------------------------------------------------------

_HEADERS = {
    "en": ("Date", "Payee", "Memo", "Amount", "Debit", "Credit", "Debit/Credit", ("D", "C")),
    "de": (
        "Buchungstag",
        "Empfänger",
        "Verwendungszweck",
        "Betrag",
        "Soll",
        "Haben",
        "Soll/Haben",
        ("S", "H"),
    ),
    "nl": ("Datum", "Naam", "Omschrijving", "Bedrag", "Af", "Bij", "Af Bij", ("Af", "Bij")),
    "fr": ("Date", "Bénéficiaire", "Libellé", "Montant", "Débit", "Crédit", "Sens", ("D", "C")),
    "es": ("Fecha", "Nombre", "Concepto", "Importe", "Cargo", "Abono", "D/C", ("D", "C")),
}
_CSV_DATES = {
    "DMY": lambda d: f"{d.day:02d}.{d.month:02d}.{d.year}",
    "DMY/": lambda d: f"{d.day}/{d.month}/{d.year}",
    "MDY": lambda d: f"{d.month:02d}/{d.day:02d}/{d.year}",
    "YMD": lambda d: d.isoformat(),
    "compact": lambda d: d.strftime("%Y%m%d"),
}


def _number(value: Decimal, decimal: str, thousands: str) -> str:
    text = f"{abs(value):,.2f}".replace(",", "\x00").replace(".", decimal)
    text = text.replace("\x00", thousands)
    return ("-" if value < 0 else "") + text


@SETTINGS
@given(
    txns=transactions(alphabet=_LETTERS + " éüß'\";,", max_text=24),
    language=st.sampled_from(sorted(_HEADERS)),
    delimiter=st.sampled_from([",", ";", "\t"]),
    decimal_and_thousands=st.sampled_from(
        [(".", ""), (".", ","), (",", ""), (",", "."), (",", " "), (",", "\u00a0")]
    ),
    date_style=st.sampled_from(sorted(_CSV_DATES)),
    layout=st.sampled_from(["signed", "debit-credit", "direction"]),
    quoting=st.sampled_from([csv.QUOTE_MINIMAL, csv.QUOTE_ALL]),
    encoding=st.sampled_from(["utf-8", "utf-8-sig", "cp1252"]),
    title=st.booleans(),
)
def test_csv(
    tmp: Path,
    txns: list[Txn],
    language: str,
    delimiter: str,
    decimal_and_thousands: tuple[str, str],
    date_style: str,
    layout: str,
    quoting: int,
    encoding: str,
    title: bool,
) -> None:
    decimal, thousands = decimal_and_thousands
    if date_style == "MDY" and decimal == ",":
        date_style = "DMY"  # a comma-decimal bank writing month-first dates does not exist
    date_col, payee_col, memo_col, amount_col, debit_col, credit_col, direction_col, marks = (
        _HEADERS[language]
    )
    header = [date_col, payee_col, memo_col]
    if layout == "signed":
        header.append(amount_col)
    elif layout == "debit-credit":
        header += [debit_col, credit_col]
    else:
        header += [direction_col, amount_col]
    header.append("Reference")
    out = io.StringIO()
    if title:
        out.write("Account statement\n\n")
    writer = csv.writer(out, delimiter=delimiter, quoting=quoting, lineterminator="\r\n")
    writer.writerow(header)
    for t in txns:
        row = [_CSV_DATES[date_style](t.day), t.payee, t.memo]
        magnitude = _number(abs(t.amount), decimal, thousands)
        if layout == "signed":
            row.append(_number(t.amount, decimal, thousands))
        elif layout == "debit-credit":
            row += [magnitude, ""] if t.amount < 0 else ["", magnitude]
        else:
            row += [marks[0] if t.amount < 0 else marks[1], magnitude]
        row.append(t.ref)
        writer.writerow(row)
    parsed = _parse_one(tmp, "x.csv", out.getvalue().encode(encoding))
    assert parsed.day == [to_epoch_day(t.day) for t in txns]
    assert parsed.amounts() == [t.amount for t in txns]
    assert parsed.payee_raw == [t.payee for t in txns]
    assert parsed.memo == [t.memo for t in txns]
    if len(txns) > 1:  # one row cannot show that the column is unique
        assert parsed.import_id == [t.ref for t in txns]


# --- CAMT ------------------------------------------------------------------------------------


@SETTINGS
@given(
    txns=transactions(alphabet=_LETTERS + " &<>éß"),
    version=st.sampled_from(["001.02", "001.04", "001.08"]),
    new_status=st.booleans(),
    pending=st.lists(st.booleans(), min_size=12, max_size=12),
)
def test_camt053(
    tmp: Path, txns: list[Txn], version: str, new_status: bool, pending: list[bool]
) -> None:
    entries = []
    for t, waiting in zip(txns, pending, strict=False):
        code = "PDNG" if waiting else "BOOK"
        status = f"<Sts><Cd>{code}</Cd></Sts>" if new_status else f"<Sts>{code}</Sts>"
        party = "Dbtr" if t.amount >= 0 else "Cdtr"
        remittance = f"<RmtInf><Ustrd>{escape(t.memo)}</Ustrd></RmtInf>" if t.memo else ""
        entries.append(
            f'<Ntry><Amt Ccy="EUR">{abs(t.amount):f}</Amt>'
            f"<CdtDbtInd>{'CRDT' if t.amount >= 0 else 'DBIT'}</CdtDbtInd>{status}"
            f"<BookgDt><Dt>{t.day.isoformat()}</Dt></BookgDt><AcctSvcrRef>{t.ref}</AcctSvcrRef>"
            f"<NtryDtls><TxDtls><RltdPties><{party}><Nm>{escape(t.payee)}</Nm></{party}>"
            f"</RltdPties>{remittance}</TxDtls></NtryDtls></Ntry>"
        )
    total = sum((t.amount for t in txns), Decimal(0))
    opening = Decimal("1000.00")

    def balance(code: str, value: Decimal) -> str:
        return (
            f"<Bal><Tp><CdOrPrtry><Cd>{code}</Cd></CdOrPrtry></Tp>"
            f'<Amt Ccy="EUR">{abs(value):f}</Amt><CdtDbtInd>{"CRDT" if value >= 0 else "DBIT"}'
            f"</CdtDbtInd><Dt><Dt>{txns[-1].day.isoformat()}</Dt></Dt></Bal>"
        )

    document = (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        f'<Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.{version}"><BkToCstmrStmt>'
        "<GrpHdr><MsgId>1</MsgId></GrpHdr><Stmt><Id>1</Id><Acct><Id><IBAN>"
        "NL91ABNA0417164300</IBAN></Id><Ccy>EUR</Ccy></Acct>"
        + balance("OPBD", opening)
        + balance("CLBD", opening + total)
        + "".join(entries)
        + "</Stmt></BkToCstmrStmt></Document>"
    )
    parsed = _parse_one(tmp, "x.xml", document.encode())
    _check(parsed, txns)
    assert parsed.status == ["pending" if p else "cleared" for p in pending[: len(txns)]]
    assert (parsed.opening_balance, parsed.closing_balance) == (opening, opening + total)
    assert parsed.warnings == []


# --- MT940 -----------------------------------------------------------------------------------


def _mt_amount(value: Decimal) -> str:
    return f"{abs(value):.2f}".replace(".", ",")


@SETTINGS
@given(
    txns=transactions(alphabet=_LETTERS + " ", max_text=27),
    german=st.booleans(),
    booking_date=st.booleans(),
    envelope=st.booleans(),
)
def test_mt940(
    tmp: Path, txns: list[Txn], german: bool, booking_date: bool, envelope: bool
) -> None:
    opening = Decimal("500.00")
    closing = opening + sum((t.amount for t in txns), Decimal(0))
    first = txns[0].day

    def balance(tag: str, value: Decimal, day: date) -> str:
        return f":{tag}:{'C' if value >= 0 else 'D'}{day:%y%m%d}EUR{_mt_amount(value)}"

    lines = [":20:STMT1", ":25:NL91ABNA0417164300", ":28C:1/1", balance("60F", opening, first)]
    for t in txns:
        entry = t.day.strftime("%m%d") if booking_date else ""
        mark = "C" if t.amount >= 0 else "D"
        lines.append(f":61:{t.day:%y%m%d}{entry}{mark}{_mt_amount(t.amount)}NTRFNONREF//{t.ref}")
        if german:
            memo = f"?20SVWZ+{t.memo}" if t.memo else ""
            lines.append(f":86:166?00UEBERWEISUNG{memo}?32{t.payee}")
        else:
            lines.append(f":86:/NAME/{t.payee}/REMI/{t.memo}/")
    lines += [balance("62F", closing, txns[-1].day), "-"]
    text = "\r\n".join(lines)
    if envelope:
        text = "{1:F01ABNANL2AXXXX0000000000}{2:O940ABNANL2AXXXXN}{4:\r\n" + text + "}"
    parsed = _parse_one(tmp, "x.sta", text.encode("ascii"))
    _check(parsed, txns)
    assert (parsed.opening_balance, parsed.closing_balance) == (opening, closing)
    assert parsed.warnings == []
