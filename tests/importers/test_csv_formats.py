"""Date formats, sign conventions and encodings banks use, read by the CSV import."""

from __future__ import annotations

import datetime
from decimal import Decimal

import pytest

from cmrdesk.domain import ImportFormatError
from cmrdesk.importers import csv_head, detect_csv_mapping, parse_file, preview_rows
from cmrdesk.importers.dates import day_month_open, parse_day

_EPOCH = datetime.date(1970, 1, 1)


def _days(st) -> list[str]:
    return [(_EPOCH + datetime.timedelta(days=d)).isoformat() for d in st.day]


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("03 Mär 2024", "2024-03-03"),  # de
        ("3. März 2024", "2024-03-03"),
        ("7 Jänner 2024", "2024-01-07"),  # de-AT
        ("01.Okt.2023", "2023-10-01"),
        ("3 mei 2024", "2024-05-03"),  # nl
        ("3-mrt-2024", "2024-03-03"),
        ("1 févr. 2024", "2024-02-01"),  # fr
        ("9 août 2023", "2023-08-09"),
        ("15 septiembre 2023", "2023-09-15"),  # es
        ("2 ene 2024", "2024-01-02"),
        ("2 giu 2024", "2024-06-02"),  # it
        ("12 ott 23", "2023-10-12"),
        ("5 maggio 2024", "2024-05-05"),
        ("12-Jan-24", "2024-01-12"),  # en
        ("Jan 12, 2024", "2024-01-12"),
        ("12 December 2023", "2023-12-12"),
    ],
)
def test_month_names_in_the_banks_languages(text: str, day: str) -> None:
    parsed = parse_day(text)
    assert parsed is not None
    assert (_EPOCH + datetime.timedelta(days=parsed)).isoformat() == day


@pytest.mark.parametrize(
    ("dates", "days"),
    [
        (["13/01/2024", "02/02/24"], ["2024-01-13", "2024-02-02"]),  # day first, 2/4 digits
        (["01/13/2024", "2/3/24"], ["2024-01-13", "2024-02-03"]),  # month first
        (["2024-01-13", "2024/2/3"], ["2024-01-13", "2024-02-03"]),  # year first
        (["13.01.24", "02.02.24"], ["2024-01-13", "2024-02-02"]),
        (["20240113", "20240203"], ["2024-01-13", "2024-02-03"]),
        (["03 Mär 2024", "12 Mär 2024"], ["2024-03-03", "2024-03-12"]),
    ],
)
def test_date_orders_are_detected_from_the_column(tmp_file, dates, days) -> None:
    rows = "".join(f"{d},Shop,-1.00\n" for d in dates)
    (st,) = parse_file(tmp_file("d.csv", "Date,Payee,Amount\n" + rows))
    assert _days(st) == days
    assert not any("day-first and month-first" in w for w in st.warnings)


def _ambiguous(n: int) -> str:
    # Every date has a day of 12 or less: 01/02 could be 1 February or 2 January.
    return "".join(f"{(i % 12) + 1:02d}/{(i % 3) + 1:02d}/2024,Shop,-1.00\n" for i in range(n))


def test_ambiguous_dates_are_flagged_and_warned(tmp_file) -> None:
    path = tmp_file("a.csv", "Date,Payee,Amount\n" + _ambiguous(30))
    mapping = detect_csv_mapping(path)
    assert mapping.ambiguous_dates
    (st,) = parse_file(path)
    assert any("day-first and month-first alike" in w for w in st.warnings)
    mapping.date_format = "MDY"  # the person chooses: the question is answered
    assert not mapping.ambiguous_dates
    (st,) = parse_file(path, mapping=mapping)
    assert _days(st)[1] == "2024-02-02" and _days(st)[2] == "2024-03-03"
    assert not any("day-first" in w for w in st.warnings)
    assert _days(st)[0] == "2024-01-01"


def test_the_whole_column_decides_when_the_head_cannot(tmp_file) -> None:
    # 2,000 ambiguous rows, then one that is only valid day first: 25/03/2024.
    text = "Date,Payee,Amount\n" + _ambiguous(2_000) + "25/03/2024,Shop,-1.00\n"
    path = tmp_file("late.csv", text)
    mapping = detect_csv_mapping(path)
    assert (mapping.date_order, mapping.ambiguous_dates) == ("DMY", False)
    us = text.replace("25/03/2024", "03/25/2024")
    mapping = detect_csv_mapping(tmp_file("late-us.csv", us))
    assert (mapping.date_order, mapping.ambiguous_dates) == ("MDY", False)
    (st,) = parse_file(tmp_file("late-us2.csv", us), mapping=mapping)
    assert _days(st)[-1] == "2024-03-25" and _days(st)[1] == "2024-02-02"


def test_day_month_open() -> None:
    assert day_month_open(["01/02/2024", "03/04/2024"])
    assert not day_month_open(["01/02/2024", "13/04/2024"])
    assert not day_month_open(["01/01/2024", "02/02/2024"])  # the same day either way
    assert not day_month_open(["2024-01-02"])  # year first: never open


@pytest.mark.parametrize(
    ("amounts", "expected"),
    [
        (["-12.50", "3.00"], ["-12.50", "3.00"]),
        (["12.50-", "3.00+"], ["-12.50", "3.00"]),  # sign at the end
        (["(12.50)", "3.00"], ["-12.50", "3.00"]),  # accounting parentheses
        (["12.50 DR", "3.00 CR"], ["-12.50", "3.00"]),  # DR/CR suffix
        (['"1,012.50-"', '"1,003.00"'], ["-1012.50", "1003.00"]),
    ],
)
def test_signs_written_in_the_amount(tmp_file, amounts, expected) -> None:
    body = "".join(f"2024-01-0{i + 1},Shop,{a}\n" for i, a in enumerate(amounts))
    (st,) = parse_file(tmp_file("s.csv", "Date,Payee,Amount\n" + body))
    assert [str(a) for a in st.amounts()] == expected


@pytest.mark.parametrize(
    ("header", "rows"),
    [
        ("Datum;Naam;Bedrag;Af Bij", ["01-02-2024;A;12,50;Af", "02-02-2024;B;3,00;Bij"]),
        ("Date;Payee;Amount;D/C", ["01-02-2024;A;12,50;D", "02-02-2024;B;3,00;C"]),
        ("Datum;Name;Betrag;S/H", ["01-02-2024;A;12,50;S", "02-02-2024;B;3,00;H"]),
        ("Datum;Name;Betrag;Soll/Haben", ["01-02-2024;A;12,50;Soll", "02-02-2024;B;3,00;Haben"]),
        ("Date;Payee;Amount;Type", ["01-02-2024;A;12,50;DR", "02-02-2024;B;3,00;CR"]),  # by content
        ("Date;Payee;Debit;Credit", ["01-02-2024;A;12,50;", "02-02-2024;B;;3,00"]),
        ("Date;Payee;Debit;Credit", ["01-02-2024;A;-12,50;", "02-02-2024;B;;3,00"]),  # signed
    ],
)
def test_direction_markers_and_debit_credit_columns(tmp_file, header, rows) -> None:
    path = tmp_file("dc.csv", "\n".join([header, *rows]) + "\n")
    (st,) = parse_file(path)
    assert st.amounts() == [Decimal("-12.50"), Decimal("3.00")]
    head = csv_head(path)
    assert head.mapping is not None
    assert [r.amount for r in preview_rows(head, head.mapping)] == st.amounts()


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16", "cp1252", "latin-1"])
def test_encodings_are_detected(tmp_file, encoding: str) -> None:
    text = "Datum;Empfänger;Betrag\n01.03.2024;Café Größe;-3,50\n02.03.2024;Señor;1,00\n"
    path = tmp_file("e.csv", text.encode(encoding))
    (st,) = parse_file(path)
    assert st.payee_raw == ["Café Größe", "Señor"]
    assert csv_head(path).rows[0][1] == "Café Größe"


def test_a_bad_date_or_amount_refuses_the_file_naming_line_and_column(tmp_file) -> None:
    ok = "Date,Payee,Amount\n03 Mär 2024,A,-1.00\n"
    with pytest.raises(ImportFormatError, match=r"line 3: .*31.02.2024"):
        parse_file(tmp_file("d.csv", ok + "31.02.2024,B,-2.00\n"))
    with pytest.raises(ImportFormatError, match=r"line 3: amount 'abc' is not a number"):
        parse_file(tmp_file("a.csv", ok + "04 Mär 2024,B,abc\n"))


def test_single_quoted_fields_import(tmp_file) -> None:
    text = "'Date';'Payee';'Amount'\n'01.02.2024';'A; B';'-1,50'\n'02.02.2024';'C';'2,00'\n"
    path = tmp_file("q.csv", text)
    (st,) = parse_file(path)
    assert (st.payee_raw, st.amounts()) == (["A; B", "C"], [Decimal("-1.50"), Decimal("2.00")])
    assert detect_csv_mapping(path).quotechar == "'"
