"""CSV: every corpus file with a proposed mapping, and dialects written inline."""

from __future__ import annotations

import csv
import io
import tracemalloc
from decimal import Decimal
from pathlib import Path

import pytest

from cmrdesk.domain import ImportFormatError, from_epoch_day
from cmrdesk.importers import CsvMapping, csv_import, detect_csv_mapping, parse_file
from cmrdesk.importers.samples import write_demo_csv

from .conftest import FACTS, check_invariants, corpus_files, path_of

# The file never names its currency ("$" alone could be USD, CAD, AUD...): '' is right.
CURRENCY_NOT_STATED = {
    "csv/beangulp__csvbank_statement.csv",
    "csv/reds-importers__dcu_Main_Checking_Account_Transactions.csv",
    "csv/reds-importers__fidelity_History_for_Account_X8YYYYYYY.csv",
    "csv/reds-importers__schwab_csv_brokerage_XX876_Transactions_20220731.csv",
    "csv/beancount-import__schwab_Brokerage_Transactions_20201115-180021.CSV",
    "csv/beancount-import__schwab_EAC_Checking_Transactions_20201223-160009.CSV",
    "csv/beancount-import__healthequity_investment-transactions.csv",
    "csv/ledger-autosync__venmo.csv",
    "csv/ofxstatement-lloyds__sample-statement.csv",
}
# The account is only in the file name, in a form we do not guess ("..._XX876_Transactions").
ACCOUNT_NOT_FOUND = {"csv/reds-importers__schwab_csv_brokerage_XX876_Transactions_20220731.csv"}


def _account_fact(text: str | None) -> str:
    if not text:
        return ""
    return text.split(" (", 1)[0]  # "X8YYYYYYY (filename)", "EAC (from title line)"


@pytest.mark.parametrize("key", corpus_files("csv/"))
def test_corpus_file(key: str) -> None:
    statements = parse_file(path_of(key))
    fact = FACTS[key]["facts"]
    for st in statements:
        check_invariants(st)
        assert st.format == "csv"
    assert sum(len(st) for st in statements) == fact["n"] - fact.get("n_empty_amount", 0)
    if "sum" in fact:
        assert sum((st.total() for st in statements), Decimal(0)) == Decimal(fact["sum"])
    if "sum_by_currency" in fact:
        by_currency: dict[str, Decimal] = {}
        counts: dict[str, int] = {}
        for st in statements:
            cur = st.account.currency
            by_currency[cur] = by_currency.get(cur, Decimal(0)) + st.total()
            counts[cur] = counts.get(cur, 0) + len(st)
        assert by_currency == {k: Decimal(v) for k, v in fact["sum_by_currency"].items()}
        assert counts == fact["n_by_currency"]
    if "by_account" in fact:
        assert {st.account.number: st.total() for st in statements} == {
            k: Decimal(v) for k, v in fact["by_account"].items()
        }
        assert {st.account.number: len(st) for st in statements} == fact["n_by_account"]
    elif key in ACCOUNT_NOT_FOUND:
        assert {st.account.number for st in statements} == {""}
    else:
        assert {st.account.number for st in statements} == {_account_fact(fact["acct"])}
    currencies = {st.account.currency for st in statements}
    if key in CURRENCY_NOT_STATED or (fact.get("cur") is None and "sum_by_currency" not in fact):
        assert currencies == {""}
    elif "cur" in fact:
        assert currencies == {fact["cur"]}


#: Rows the bank itself marks as not booked yet, which the import leaves out.
NOT_BOOKED = {
    # Revolut: two PENDING rows (no Completed Date, no Balance); the facts count 7 COMPLETED.
    "csv/ofxstatement-revolut__2022-january.csv": 2,
    # Sparkasse: line 2 is "Umsatz vorgemerkt" (noted, not booked); it has a booking day.
    "csv/ofxstatement-sparkasse-freiburg__simple2.csv": 1,
}


@pytest.mark.parametrize("key", corpus_files("csv/"))
def test_corpus_file_booked_rows(key: str) -> None:
    """What an import books: every row of the facts but those the bank marks pending."""
    statements = parse_file(path_of(key))
    fact = FACTS[key]["facts"]
    booked = [(a, s) for st in statements for a, s in zip(st.amounts(), st.status, strict=True)]
    pending = [a for a, s in booked if s == "pending"]
    assert len(pending) == NOT_BOOKED.get(key, 0)
    assert len(booked) - len(pending) == fact["n"] - fact.get("n_empty_amount", 0) - len(pending)
    if "n_COMPLETED" in fact:
        assert len(booked) - len(pending) == fact["n_COMPLETED"]
        assert sum((a for a, s in booked if s != "pending"), Decimal(0)) == Decimal(
            fact["sum_COMPLETED"]
        )


def test_status_pending_is_recognised() -> None:
    (st,) = parse_file(path_of("csv/ofxstatement-revolut__2022-january.csv"))
    assert st.status.count("pending") == 2  # n_COMPLETED is 7 of 9
    assert not any("running balance" in w for w in st.warnings)  # its Balance cells are empty


def test_pending_rows_in_the_running_balance_are_booked() -> None:
    # PayPal lists the bank transfer funding each payment as "Pending", yet its Balance
    # column already counts it (-6.99, then 0.00): PayPal's balance holds the money.
    (st,) = parse_file(path_of("csv/hledger__paypal-custom.csv"))
    assert st.status.count("pending") == 0
    assert (len(st), st.total()) == (7, Decimal("9.41"))
    assert any("3 rows marked pending" in w and "lines 3, 5, 7" in w for w in st.warnings)
    (st,) = parse_file(path_of("csv/ofxstatement-sparkasse-freiburg__simple2.csv"))
    assert st.status == ["pending"] + ["cleared"] * 17  # "Umsatz vorgemerkt": no balance column


def test_a_pending_row_the_balance_does_not_count_stays_pending(tmp_file) -> None:
    text = (
        "Date,Name,Status,Net,Balance\n"
        "01/10/2019,A,Completed,-6.99,-6.99\n"
        "01/10/2019,B,Pending,6.99,-6.99\n"  # the balance did not move: not booked yet
        "02/10/2019,C,Completed,10.00,3.01\n"
    )
    (st,) = parse_file(tmp_file("p.csv", text))
    assert st.status == ["cleared", "pending", "cleared"]


def test_metadata_balances_are_read_and_checked() -> None:
    (st,) = parse_file(path_of("csv/oca-bsi__meta_data_separated_credit_debit.csv"))
    assert st.opening_balance == Decimal("30000.77")
    assert st.closing_balance == Decimal("31070.11")
    assert any("do not add up" in w for w in st.warnings)  # off by 0.02 in the file itself
    (st,) = parse_file(path_of("csv/ofxstatement-de-ing__test_with_saldo_1.csv"))
    assert st.closing_balance == Decimal("150.00")


def test_skipped_rows_are_reported_with_lines() -> None:
    (st,) = parse_file(
        path_of("csv/reds-importers__schwab_csv_brokerage_XX876_Transactions_20220731.csv")
    )
    assert any("not transactions" in w and "14" in w for w in st.warnings)
    statements = parse_file(
        path_of("csv/beancount-import__schwab_Brokerage_Transactions_20201115-180021.CSV")
    )
    assert any("without an amount" in w for w in statements[0].warnings)


GERMAN = (
    "Buchungstag;Verwendungszweck;Betrag\n"
    "01.02.2024;Miete Februar;-1.234,56\n15.02.2024;Gehalt;2.500,00\n"
)
DUTCH = (
    '"Datum";"Naam / Omschrijving";"Af Bij";"Bedrag (EUR)"\n'
    '"20240213";"Albert Heijn";"Af";"12,50"\n"20240214";"Werkgever";"Bij";"1.000,00"\n'
)
FRENCH = (
    "Date;Libellé;Débit;Crédit\n15/01/2024;CB CARREFOUR;45,10;\n16/01/2024;VIR SALAIRE;;1 800,00\n"
)
SPANISH = (
    "Fecha,Concepto,Importe,Divisa\n"
    '15/01/2024,Compra,"-1.234,56",EUR\n16/01/2024,Nómina,"2.000,00",EUR\n'
)
ENGLISH_MDY = (
    'Posting Date,Description,Amount\n01/15/2024,COFFEE,-4.50\n01/02/2024,SALARY,"3,000.00"\n'
)
YMD = "Date\tPayee\tAmount\n2024/01/15\tShop\t-4.50\n2024/02/01\tShop\t-1.00\n"
SPACES = (
    "Date;Text;Amount\n"
    "15.01.2024;A;1 234,56\n16.01.2024;B;-1\u00a0000,00\n17.01.2024;C;1\u202f000,10\n"
)


@pytest.mark.parametrize(
    ("text", "days", "amounts"),
    [
        (GERMAN, ["2024-02-01", "2024-02-15"], ["-1234.56", "2500.00"]),
        (DUTCH, ["2024-02-13", "2024-02-14"], ["-12.50", "1000.00"]),
        (FRENCH, ["2024-01-15", "2024-01-16"], ["-45.10", "1800.00"]),
        (SPANISH, ["2024-01-15", "2024-01-16"], ["-1234.56", "2000.00"]),
        (ENGLISH_MDY, ["2024-01-15", "2024-01-02"], ["-4.50", "3000.00"]),
        (YMD, ["2024-01-15", "2024-02-01"], ["-4.50", "-1.00"]),
        (SPACES, ["2024-01-15", "2024-01-16", "2024-01-17"], ["1234.56", "-1000.00", "1000.10"]),
    ],
    ids=[
        "german",
        "dutch-af-bij",
        "french-debit-credit",
        "spanish",
        "english-mdy",
        "tab-ymd",
        "spaces",
    ],
)
def test_dialects(tmp_file, text: str, days: list[str], amounts: list[str]) -> None:
    (st,) = parse_file(tmp_file("x.csv", text))
    assert [str(from_epoch_day(d)) for d in st.day] == days
    assert st.amounts() == [Decimal(a) for a in amounts]


def test_currency_from_header_and_column(tmp_file) -> None:
    (st,) = parse_file(tmp_file("nl.csv", DUTCH))
    assert st.account.currency == "EUR"
    (st,) = parse_file(tmp_file("es.csv", SPANISH))
    assert st.account.currency == "EUR"


@pytest.mark.parametrize(
    ("encoding", "prefix"), [("utf-8", b""), ("utf-8", b"\xef\xbb\xbf"), ("cp1252", b"")]
)
def test_encodings(tmp_file, encoding: str, prefix: bytes) -> None:
    text = "Date;Description;Amount\n15.01.2024;Café crème €;-3,20\n"
    (st,) = parse_file(tmp_file("enc.csv", prefix + text.encode(encoding)))
    assert st.payee_raw == ["Café crème €"]


def test_amount_error_names_line_and_value(tmp_file) -> None:
    text = 'Date,Description,Amount\n2024-01-02,A,1.00\n2024-01-03,B,"12,3,4"\n'
    with pytest.raises(ImportFormatError) as err:
        parse_file(tmp_file("bad.csv", text))
    assert "line 3: amount '12,3,4' is not a number" in str(err.value)


def test_impossible_date_is_an_error_with_its_line(tmp_file) -> None:
    text = "Date;Text;Amount\n15.01.2024;A;1,00\n31.02.2024;B;2,00\n"
    with pytest.raises(ImportFormatError, match=r"line 3: date '31.02.2024' is not a valid date"):
        parse_file(tmp_file("bad.csv", text))


def test_title_lines_and_totals_are_skipped(tmp_file) -> None:
    text = (
        "Account statement for account 123456789 as of 2024-02-01\n\n"
        "Date,Description,Amount\n2024-01-02,A,-1.00\n2024-01-03,B,2.50\nTotal,,1.50\n"
    )
    (st,) = parse_file(tmp_file("t.csv", text))
    assert st.amounts() == [Decimal("-1.00"), Decimal("2.50")]
    assert st.line == [4, 5]
    assert st.account.number == "123456789"
    assert any("line" in w and "6" in w for w in st.warnings)


def test_multiline_quoted_cells_keep_line_numbers_exact(tmp_file) -> None:
    text = 'Date,Memo,Amount\n2024-01-02,"two\nlines",-1.00\n2024-01-03,"x",2.00\n'
    (st,) = parse_file(tmp_file("m.csv", text))
    assert st.line == [2, 4]
    assert st.memo == ["two\nlines", "x"]


def test_repeated_references_are_not_used_as_ids(tmp_file) -> None:
    text = "Date,Description,Amount,Reference\n2024-01-02,A,-1.00,R1\n2024-01-03,B,-2.00,R1\n"
    path = tmp_file("r.csv", text)
    mapping = detect_csv_mapping(path)
    assert mapping.reference is None  # not unique in the rows looked at: not proposed
    (st,) = parse_file(path)
    assert st.import_id == ["", ""]
    mapping.reference = 3  # a saved profile may still name it; repeats then disable it
    (st,) = parse_file(path, mapping=mapping)
    assert st.import_id == ["", ""]
    assert any("repeats" in w for w in st.warnings)


def test_card_exports_with_positive_purchases_are_flipped(tmp_file) -> None:
    text = (
        "Date,Description,Amount\n2024-01-02,SHOP A,45.00\n2024-01-03,SHOP B,12.00\n"
        "2024-01-04,SHOP C,8.00\n2024-01-05,PAYMENT THANK YOU,-65.00\n"
    )
    (st,) = parse_file(tmp_file("credit card statement.csv", text))
    assert st.account.kind_hint == "credit_card"
    assert st.amounts() == [Decimal(x) for x in ("-45.00", "-12.00", "-8.00", "65.00")]
    assert any("flipped" in w for w in st.warnings)


def test_several_accounts_and_currencies_split(tmp_file) -> None:
    text = (
        "Date,Account Number,Description,Amount,Currency\n2024-01-02,A1,x,1.00,EUR\n"
        "2024-01-02,A2,y,2.00,EUR\n2024-01-03,A1,z,3.00,USD\n"
    )
    statements = parse_file(tmp_file("multi.csv", text))
    keys = sorted((st.account.number, st.account.currency, st.total()) for st in statements)
    assert keys == [("A1", "EUR", Decimal(1)), ("A1", "USD", Decimal(3)), ("A2", "EUR", Decimal(2))]


def test_no_transactions_is_an_error(tmp_file) -> None:
    with pytest.raises(ImportFormatError, match=r"no data rows|no transactions"):
        parse_file(tmp_file("h.csv", "Date,Description,Amount\n"), format="csv")
    no_amounts = "Date,Description,Amount\n2024-01-02,A,\n2024-01-03,B,\n"
    with pytest.raises(ImportFormatError, match="no transactions"):
        parse_file(tmp_file("n.csv", no_amounts), mapping=CsvMapping(date=0, amount=2))


def _expected(path: Path) -> tuple[int, Decimal]:
    """Count and sum of a demo CSV, read independently with the csv module and Decimal."""
    with open(path, encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    return len(rows), sum((Decimal(r["Amount"]) for r in rows), Decimal(0))


def _rewrite(rows: list[list[str]], path: Path, quoting: int) -> Path:
    out = io.StringIO()
    writer = csv.writer(out, quoting=quoting, lineterminator="\n")
    writer.writerows(rows)
    path.write_text(out.getvalue(), "utf-8")
    return path


def test_large_file_paths_agree_with_an_independent_reading(tmp_path: Path) -> None:
    """The text-split paths, chunked columns and the row loop give the same exact result."""
    plain = write_demo_csv(tmp_path / "demo.csv", 45_000)  # no quotes: split as text
    n, total = _expected(plain)
    (st,) = parse_file(plain)
    assert (len(st), st.total()) == (n, total)
    assert st.line[:2] == [2, 3] and st.line[-1] == n + 1
    assert len(set(st.import_id)) == n
    rows = [line.split(",") for line in plain.read_text("utf-8").splitlines()]
    rows[30_001][3] = "-8.855"  # three decimals late in the file raise the scale
    variants = (
        ("all.csv", csv.QUOTE_ALL, "ACME, THE SHOP"),  # every field quoted: split as text
        ("some.csv", csv.QUOTE_MINIMAL, 'ACME, "THE" SHOP'),  # csv module, column-wise
    )
    for name, quoting, payee in variants:
        rows[40_001][1] = payee
        path = _rewrite(rows, tmp_path / name, quoting)
        n2, total2 = _expected(path)
        (st2,) = parse_file(path)
        assert st2.scale == 3
        assert (len(st2), st2.total()) == (n2, total2)
        assert st2.amounts()[30_000] == Decimal("-8.855")
        assert st2.payee_raw[40_000] == payee
        assert st2.line[-1] == n2 + 1
    # A footer sends the last chunk through the row loop.
    footer = tmp_path / "footer.csv"
    footer.write_text((tmp_path / "all.csv").read_text("utf-8") + '"Total","","","",""\n')
    (st3,) = parse_file(footer)
    assert (len(st3), st3.total()) == (n2, total2)
    assert any("not transactions" in w for w in st3.warnings)


def test_fast_path_in_blocks_agrees_with_the_csv_module(tmp_path: Path, monkeypatch) -> None:
    """Split in many small blocks, with a row that sends the rest of the file to the csv
    module half-way, the result is the csv module's own."""
    plain = write_demo_csv(tmp_path / "demo.csv", 3_000)
    lines = plain.read_text("utf-8").splitlines(keepends=True)
    lines[2_000] = lines[2_000].replace(",", ";", 1)  # an odd line late in the file
    quoted = "".join('"' + line[:-1].replace(",", '","') + '"\n' for line in lines)
    variants = {
        "odd.csv": "".join(lines),
        "crlf.csv": "".join(lines).replace("\n", "\r\n"),
        "quoted.csv": quoted,
        "quoted_crlf.csv": quoted.replace("\n", "\r\n"),
    }
    for name, text in variants.items():
        path = tmp_path / name
        path.write_bytes(text.encode("utf-8"))
        monkeypatch.setattr(csv_import, "_BLOCK_CHARS", 1_000)
        fast = parse_file(path)
        monkeypatch.setattr(csv_import._CsvImport, "_split_fast", lambda self, first: first)
        slow = parse_file(path)
        monkeypatch.undo()
        assert fast == slow, name


@pytest.mark.slow
def test_parsing_memory_stays_a_small_multiple_of_the_file(tmp_path: Path, monkeypatch) -> None:
    """A 250 MB CSV peaked at 3.6 to 4 GB (16 times its size): StringIO kept 4 bytes per
    character, the text was split at once, every row kept its own date and payee text.
    Now it needs under 6 times (1.4 GB). Here a 5 MB file in blocks as small, relative to
    it, as the 4 MB blocks are to that file: 17 times before, under 9 now."""
    monkeypatch.setattr(csv_import, "_BLOCK_CHARS", 256 * 1024)
    path = write_demo_csv(tmp_path / "demo.csv", 100_000)
    data = path.read_bytes()
    csv_import.parse_csv(path, data[:2_000].rsplit(b"\n", 1)[0])  # warm caches
    tracemalloc.start()
    try:
        statements = csv_import.parse_csv(path, data)
        _current, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert len(statements[0]) == 100_000
    assert peak < 12 * len(data), f"peak {peak / len(data):.1f} times the file size"


def test_repeated_texts_and_amounts_are_shared_and_stripped(tmp_file) -> None:
    # The fast path: no quotes, equal widths. Payees repeat with padding around them.
    body = "".join(f"2024-01-{i % 28 + 1:02d}, Shop {i % 3} ,memo,-{i % 4}.50,R{i:05d}\n"
                   for i in range(400))  # fmt: skip
    (st,) = parse_file(tmp_file("r.csv", "Date,Payee,Memo,Amount,Reference\n" + body))
    assert st.payee_raw[:4] == ["Shop 0", "Shop 1", "Shop 2", "Shop 0"]
    assert st.payee_raw[0] is st.payee_raw[3]
    assert st.amount_minor[:5] == [-50, -150, -250, -350, -50]
    assert st.amount_minor[1] is st.amount_minor[5]  # 28 bytes a row saved at a million rows
    assert st.import_id[:2] == ["R00000", "R00001"]  # ascending: unique without a set


def test_unsorted_unique_references_are_kept(tmp_file) -> None:
    body = "2024-01-02,A,-1.00,Z9\n2024-01-03,B,-2.00,A1\n2024-01-04,C,-3.00,M5\n"
    (st,) = parse_file(tmp_file("u.csv", "Date,Payee,Amount,Reference\n" + body))
    assert st.import_id == ["Z9", "A1", "M5"]


def test_rows_that_stop_before_the_balance_column_are_transactions(tmp_file) -> None:
    text = (
        "Date,Payee,Status,Amount,Balance\n"
        "2024-01-02,A,Completed,-1.00,9.00\n"
        "2024-01-03,B,Pending,-2.00\n"  # no balance field at all: still a transaction
        "2024-01-04,C,Completed,5.00,12.00\n"
    )
    (st,) = parse_file(tmp_file("b.csv", text))
    assert st.amounts() == [Decimal("-1.00"), Decimal("-2.00"), Decimal("5.00")]
    assert st.status == ["cleared", "pending", "cleared"]
    assert not st.warnings
