"""Typed form fields: read in the locale, errors in words next to the field, Save only when
everything reads."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from cmrdesk.domain import ValidationError
from cmrdesk.ui import fmt
from cmrdesk.ui.forms import FormDialog


@pytest.fixture
def form(qtbot):
    dialog = FormDialog("Test")
    qtbot.addWidget(dialog)
    dialog.text("name", "Name", required=True)
    dialog.amount("premium", "Premium", lambda: "EUR", required=True)
    dialog.day("renewal", "Renewal")
    dialog.number("rate", "Rate", suffix="%", minimum=Decimal(-100), maximum=Decimal(100))
    dialog.choice("frequency", "Frequency", [("monthly", "Monthly"), ("yearly", "Yearly")])
    return dialog


def test_save_waits_until_every_field_reads(form):
    assert not form.save_button.isEnabled()
    form.type_text("name", "Zilveren Kruis")
    form.type_text("premium", "1,234.5")
    assert form.save_button.isEnabled()
    form.type_text("renewal", "2/30/2027")
    assert form.errors() == {"renewal": "'2/30/2027' is not a date that exists"}
    assert not form.save_button.isEnabled()
    form.type_text("renewal", "1/1/2027")
    form.type_text("premium", "12,3,4")
    assert "is not an amount" in form.errors()["premium"]
    form.type_text("premium", "0.001")
    assert form.errors()["premium"] == "EUR has 2 decimals; '0.001' has more"
    form.type_text("premium", "137.50")
    form.type_text("rate", "250")
    assert form.errors() == {"rate": "must be at most 100"}
    form.type_text("rate", "2.5")
    assert form.save_button.isEnabled()
    sent = []
    form.submitted.connect(sent.append)
    form.save()
    assert sent == [{"name": "Zilveren Kruis", "premium": Decimal("137.50"),
                     "renewal": date(2027, 1, 1), "rate": Decimal("2.5"),
                     "frequency": "monthly"}]
    assert not form.save_button.isEnabled()  # no second save while the first runs


def test_german_input(form):
    fmt.set_locale("de_DE")
    try:
        form.type_text("name", "x")
        form.type_text("premium", "1.234,50")
        form.type_text("renewal", "31.12.2026")
        assert form.values()["premium"] == Decimal("1234.50")
        assert form.values()["renewal"] == date(2026, 12, 31)
    finally:
        fmt.set_locale("en_US")


def test_a_service_error_lands_next_to_its_field_and_keeps_the_input(form):
    form.type_text("name", "Zilveren Kruis")
    form.type_text("premium", "10")
    form.save()
    form.failed(ValidationError("renewal", "is before the start of the policy"))
    assert form.errors() == {"renewal": "is before the start of the policy"}
    assert form.fields["name"].widget.text() == "Zilveren Kruis"
    form.failed(RuntimeError("disk"))
    assert form.general_error.isVisibleTo(form)
    assert form.save_button.isEnabled()


def test_show_only_hides_rows_and_their_rules(form):
    form.type_text("name", "x")
    form.type_text("premium", "1")
    form.type_text("rate", "abc")
    assert not form.save_button.isEnabled()
    form.show_only(["name", "premium", "frequency"])
    assert form.save_button.isEnabled()
    assert "rate" not in form.values()
