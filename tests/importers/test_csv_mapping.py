"""Proposed CSV mappings, and mappings saved as profiles and reused."""

from __future__ import annotations

import json
from decimal import Decimal

import pytest

from cmrdesk.domain import ImportFormatError, ValidationError
from cmrdesk.importers import CsvMapping, detect_csv_mapping, parse_file

from .conftest import path_of


def test_proposals_for_typical_layouts() -> None:
    zkb = detect_csv_mapping(path_of("csv/c-vigo-importers__ZKB_Sample.csv"))
    assert (zkb.delimiter, zkb.debit, zkb.credit, zkb.fixed_currency) == (";", 6, 7, "CHF")
    knab = detect_csv_mapping(path_of("csv/ofxstatement-dutch__Knab_transactieoverzicht_ok.csv"))
    assert (knab.header_row, knab.amount, knab.direction, knab.decimal) == (1, 4, 3, ",")
    easy = detect_csv_mapping(path_of("csv/ofxstatement-austrian__easybank-giro.csv"))
    assert (easy.header_row, easy.amount, easy.account, easy.date) == (None, 4, 0, 2)
    asn = detect_csv_mapping(
        path_of("csv/ofxstatement-dutch__transactie-historie_NL00ASNB9999999999_20220717204133.csv")
    )
    assert asn.amount == 10  # column 9 is the running balance before each booking
    revolut = detect_csv_mapping(path_of("csv/ofxstatement-revolut__2022-january.csv"))
    assert revolut.columns[revolut.date] == "Started Date"  # never empty, unlike Completed


def test_profile_round_trip_through_json() -> None:
    mapping = detect_csv_mapping(path_of("csv/ofxstatement-de-ing__test_with_saldo_1.csv"))
    saved = json.loads(json.dumps(mapping.to_dict()))
    assert saved["version"] == 1
    assert CsvMapping.from_dict(saved) == mapping


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"colour": "red"}, "csv mapping"),
        ({"version": 2}, "csv mapping"),
        ({"amount": -1}, "amount"),
        ({"amount": "3"}, "amount"),
        ({"date": None}, "date"),
        ({"payee": 2}, "payee"),
        ({"delimiter": ";;"}, "delimiter"),
        ({"decimal": "_"}, "decimal"),
        ({"date_order": "DDMM"}, "date_order"),
        ({"amount": None, "debit": 1}, "amount"),
        ({"negate": "yes"}, "negate"),
        ({"fixed_currency": "EURO"}, "fixed_currency"),
    ],
)
def test_malformed_profiles_are_refused(change: dict, field: str) -> None:
    data = CsvMapping(amount=2).to_dict() | change
    with pytest.raises(ValidationError) as err:
        CsvMapping.from_dict(data)
    assert err.value.field == field


FIRST = "Datum;Omschrijving;Bedrag\n01-02-2024;Bakker;-3,50\n02-02-2024;Salaris;2.000,00\n"
REORDERED = (
    "Export van rekening NL01\n"
    "Bedrag;Extra;Datum;Omschrijving\n-1,25;x;03-02-2024;Slager\n4,00;y;04-02-2024;Terug\n"
)


def test_saved_profile_follows_reordered_columns(tmp_file) -> None:
    profile = CsvMapping.from_dict(detect_csv_mapping(tmp_file("jan.csv", FIRST)).to_dict())
    saved = profile.to_dict()
    (st,) = parse_file(tmp_file("feb.csv", REORDERED), mapping=profile)
    assert st.amounts() == [Decimal("-1.25"), Decimal("4.00")]
    assert st.payee_raw == ["Slager", "Terug"]
    assert profile.to_dict() == saved  # reading a file never edits the profile


def test_saved_profile_that_does_not_fit(tmp_file) -> None:
    profile = detect_csv_mapping(tmp_file("jan.csv", FIRST))
    other = tmp_file("x.csv", "Date;Text;Value\n01-02-2024;A;1,00\n")
    with pytest.raises(ImportFormatError, match="does not fit this file: no column"):
        parse_file(other, mapping=profile)


def test_invalid_profile_is_an_import_error(tmp_file) -> None:
    profile = CsvMapping(amount=None)
    with pytest.raises(ImportFormatError, match="profile is not valid"):
        parse_file(tmp_file("x.csv", FIRST), mapping=profile)


def test_negate_and_fixed_currency_from_a_profile(tmp_file) -> None:
    profile = detect_csv_mapping(tmp_file("jan.csv", FIRST))
    profile.negate, profile.fixed_currency = True, "EUR"
    (st,) = parse_file(tmp_file("jan2.csv", FIRST), mapping=profile)
    assert st.amounts() == [Decimal("3.50"), Decimal("-2000.00")]
    assert st.account.currency == "EUR"


def test_headerless_profile_by_column_numbers(tmp_file) -> None:
    text = "15.01.2024;Miete;-800,00;EUR\n16.01.2024;Gehalt;2.000,00;EUR\n"
    profile = CsvMapping(
        delimiter=";",
        header_row=None,
        first_row=0,
        date=0,
        amount=2,
        payee=[1],
        currency=3,
        decimal=",",
    )
    (st,) = parse_file(tmp_file("h.csv", text), mapping=profile)
    assert st.total() == Decimal("1200.00")
    assert st.account.currency == "EUR"
