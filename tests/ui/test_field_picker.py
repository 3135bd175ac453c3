"""The Share page's field list with a field whose value the vault does not know: it says why,
cannot be ticked by any route, and links to where it is keyed in only when that page exists."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt

from cmrdesk.disclosure import EXACT, CatalogueField, Precision, ValueKind
from cmrdesk.ui.field_picker import (
    COL_FIELD,
    COL_VALUE,
    KEY_IN_PAGES,
    FieldPicker,
    key_in_target,
)
from cmrdesk.ui.pages import page_specs


@dataclass(frozen=True)
class Unknown:
    """A catalogue field as the catalogue marks one it cannot know (value ``None``)."""

    name: str
    label: str
    group: str
    where: str
    why: str = "no income source and no salary category"
    kind: ValueKind = ValueKind.MONEY
    value: None = None
    currency: str = "EUR"
    unit: str = ""
    default: Precision = EXACT
    choices: tuple = ()
    known: bool = False


def catalogue(where: str = "income") -> dict:
    worth = CatalogueField(name="net_worth", label="Net worth", group="Income",
                           kind=ValueKind.MONEY, value=Decimal("1000.00"), currency="EUR")
    salary = Unknown("income.net_monthly_salary", "Net monthly salary", "Income", where)
    return {worth.name: worth, salary.name: salary}


@pytest.fixture
def picker(qtbot):
    widget = FieldPicker()
    qtbot.addWidget(widget)
    return widget


def show(picker: FieldPicker, fields: dict) -> None:
    picker.set_catalogue(fields, {"Income": list(fields.values())})


def test_an_unknown_field_says_why_and_cannot_be_ticked(picker):
    show(picker, catalogue())
    row = picker.items["income.net_monthly_salary"]
    why = picker.why_labels["income.net_monthly_salary"]
    assert why.text() == row.text(COL_VALUE) == "unknown — no income source and no salary category"
    assert why.property("role") == "muted" and why.isVisibleTo(picker)
    assert row.isFirstColumnSpanned()  # the reason gets the whole row
    assert row.data(COL_FIELD, Qt.ItemDataRole.CheckStateRole) is None  # no box at all
    assert not row.flags() & Qt.ItemFlag.ItemIsUserCheckable
    picker.tick("income.net_monthly_salary")
    picker.set_selection({"income.net_monthly_salary": EXACT, "net_worth": EXACT})
    assert picker.selection() == {"net_worth": EXACT}
    picker.set_selection({})
    picker.tree.topLevelItem(0).setCheckState(COL_FIELD, Qt.CheckState.Checked)  # the group
    assert picker.selection() == {"net_worth": EXACT}
    assert picker.items["net_worth"].text(COL_VALUE) == "EUR 1,000.00"
    assert picker.count.text() == "1 of 2 ticked · 1 unknown"
    picker.search.setText("monthly")  # found by its name like any other field
    assert not picker.items["income.net_monthly_salary"].isHidden()
    assert picker.items["net_worth"].isHidden()


def test_key_it_in_goes_to_the_page_for_that_data(picker):
    picker.key_in_pages = {"accounts", "details"}
    wanted: list[tuple[str, str]] = []
    picker.key_in_wanted.connect(lambda page, where: wanted.append((page, where)))
    show(picker, catalogue("income"))
    link = picker.key_in_links["income.net_monthly_salary"]
    assert link.text() == "Key it in…" and link.isVisibleTo(picker)
    link.click()
    assert wanted == [("details", "income")]


def test_no_link_where_the_app_has_no_page_for_it(picker):
    picker.key_in_pages = {"accounts"}  # no "details" page in this app
    show(picker, catalogue("profile"))
    assert "income.net_monthly_salary" not in picker.key_in_links
    assert picker.why_labels["income.net_monthly_salary"].text().startswith("unknown — ")


def test_every_kind_of_data_has_one_page_to_key_it_in():
    assert set(KEY_IN_PAGES) == {"profile", "income", "accounts", "policies", "goals",
                                 "holdings", "transactions", "import"}
    everything = {"accounts", "holdings", "transactions", "details"}
    assert {where: key_in_target(where, everything) for where in KEY_IN_PAGES} == {
        "accounts": "accounts", "holdings": "holdings", "transactions": "transactions",
        "profile": "details", "income": "details", "policies": "details",
        "goals": "details", "import": "accounts"}
    registered = {spec.key for spec in page_specs()}
    assert key_in_target("import", registered) == "accounts"  # the app has Accounts
    assert key_in_target("nowhere", everything) is None


def test_unknown_is_said_once_even_when_the_reason_starts_with_it():
    from types import SimpleNamespace

    from cmrdesk.ui.field_picker import unknown_text

    item = SimpleNamespace(why="unknown: no year of birth on your profile")
    assert unknown_text(item) == "unknown — no year of birth on your profile"
    assert unknown_text(SimpleNamespace(why="")) == "unknown"
