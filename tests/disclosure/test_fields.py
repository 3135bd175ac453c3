"""Catalogue fields: which precisions fit which kind, defaults, and a field's disclosed form."""

from datetime import date
from decimal import Decimal

import pytest

from cmrdesk.disclosure import EXACT, CatalogueField, Precision, ValueKind, value_text
from cmrdesk.domain import ValidationError


def money(value: str, **kw) -> CatalogueField:
    return CatalogueField(name="net_worth", label="Net worth", group="Balances",
                          kind=ValueKind.MONEY, value=Decimal(value), currency="EUR", **kw)


def test_money_is_written_with_its_currency_decimals():
    assert money("64344.1").exact_json() == "64344.10"
    entry = money("64344.13").disclose(EXACT)
    assert entry == {"label": "Net worth", "kind": "money", "precision": "exact",
                     "value": "64344.13", "currency": "EUR"}
    assert value_text(entry) == "EUR 64,344.13"


def test_a_band_entry_reads_as_a_range_and_a_threshold_as_yes_or_no():
    item = money("64344.13")
    band = item.disclose(Precision.parse("band:25000"))
    assert band["value"] == {"min": "50000", "max": "75000"}
    assert value_text(band) == "EUR 50,000 – 75,000"
    yes = item.disclose(Precision.parse("atleast:50000"))
    assert yes["value"] is True and value_text(yes) == "yes, at least EUR 50,000"
    no = item.disclose(Precision.parse("atleast:100000"))
    assert no["value"] is False and value_text(no) == "no, less than EUR 100,000"
    assert value_text(item.disclose(Precision.parse("round:1000"))) == "about EUR 64,000"


def test_a_year_is_not_grouped_like_an_amount():
    """Found on the Share page: the year of birth read "1,986"."""
    year = CatalogueField(name="profile.birth_year", label="Year of birth", group="Profile",
                          kind=ValueKind.NUMBER, value=Decimal(1986))
    assert value_text(year.disclose(EXACT)) == "1986"
    assert value_text(year.disclose(Precision.parse("band:10"))) == "1980 – 1990"
    people = CatalogueField(name="n", label="N", group="G", kind=ValueKind.NUMBER,
                            value=Decimal(25000), unit="km")
    assert value_text(people.disclose(EXACT)) == "25,000 km"


@pytest.mark.parametrize(("kind", "value"), [(ValueKind.TEXT, "Utrecht"),
                                             (ValueKind.DATE, date(2014, 12, 2)),
                                             (ValueKind.FACT, True)])
def test_text_dates_and_facts_are_exact_or_omitted(kind, value):
    item = CatalogueField(name="x", label="X", group="G", kind=kind, value=value)
    assert item.precisions == ["exact"]
    for spec in ("band:10", "round:1", "atleast:1"):
        with pytest.raises(ValidationError, match="exact or omitted"):
            item.disclose(Precision.parse(spec))
    assert item.allows(Precision.parse("omit"))


def test_defaults_lead_the_offered_precisions_least_revealing_first():
    item = money("64344.13", default=Precision.parse("band:10000"))
    assert item.precisions[0] == "band:10000"
    assert item.precisions[-1] == "exact"
    assert "atleast:60000" in item.precisions  # a threshold that answers yes
    specs = [Precision.parse(s) for s in item.precisions[1:]]
    assert [p.reveals for p in specs] == sorted(p.reveals for p in specs)


def test_counts_are_not_offered_bands_no_vaguer_than_exact():
    item = CatalogueField(name="kids", label="Children", group="Profile",
                          kind=ValueKind.NUMBER, value=Decimal(2))
    assert item.precisions == ["exact", "atleast:2"]


@pytest.mark.parametrize("kw", [
    {"name": "Bad Name"}, {"name": ""}, {"kind": ValueKind.MONEY, "value": "12"},
    {"kind": ValueKind.NUMBER, "value": True}, {"kind": ValueKind.MONEY, "currency": ""},
    {"kind": ValueKind.TEXT, "value": "x", "default": Precision.parse("band:10")},
])
def test_malformed_fields_are_refused(kw):
    base = {"name": "ok", "label": "Ok", "group": "G", "kind": ValueKind.MONEY,
            "value": Decimal(1), "currency": "EUR"}
    with pytest.raises(ValidationError):
        CatalogueField(**{**base, **kw})


def test_an_unknown_field_has_no_value_a_reason_and_cannot_be_disclosed():
    from cmrdesk.disclosure import WHERE, ValueUnknown

    item = CatalogueField(name="debts.total", label="Debts", group="Balances",
                          kind=ValueKind.MONEY, value=None, currency="EUR", known=False,
                          why="unknown: no loan, mortgage or credit card account keyed in",
                          where="accounts")
    assert item.exact_json() is None and item.precisions == ["exact"]
    for precision in (EXACT, Precision.parse("band:1000"), Precision.parse("atleast:1")):
        with pytest.raises(ValueUnknown) as refused:
            item.disclose(precision)
        assert str(refused.value) == ("debts.total: unknown: no loan, mortgage or credit card "
                                      "account keyed in")
        assert refused.value.where == "accounts"
    assert "accounts" in WHERE and money("1").known and money("1").why == ""
    bad = [
        {"value": Decimal(0)},  # an unknown field has no value, not even zero
        {"value": None, "why": ""},  # ... and always says why
        {"value": None, "why": "unknown", "where": "settings"},  # ... and where, from WHERE
    ]
    for kw in bad:
        with pytest.raises(ValidationError):
            CatalogueField(name="debts.total", label="Debts", group="Balances",
                           kind=ValueKind.MONEY, currency="EUR", known=False,
                           **{"why": "unknown: x", "where": "accounts", **kw})
    with pytest.raises(ValidationError):  # a known field needs its value
        CatalogueField(name="x", label="X", group="G", kind=ValueKind.TEXT, value=None)
