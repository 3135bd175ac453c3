"""Templates pick the fields a vault has, at the template's or the field's own precision."""

import pytest

from cmrdesk.disclosure import TEMPLATES, Precision, PurposeKind, Terms, template_for
from cmrdesk.domain import NotFound, ValidationError


def test_every_purpose_but_other_has_a_template():
    assert {t.kind for t in TEMPLATES} == set(PurposeKind) - {PurposeKind.OTHER}
    with pytest.raises(NotFound):
        template_for("other")


def test_selection_uses_patterns_defaults_and_falls_back_for_unfit_specs(small_catalogue):
    template = template_for(PurposeKind.MORTGAGE_PRECHECK)
    chosen = template.selection(small_catalogue)
    assert chosen == {
        "income.net_monthly_salary": Precision.parse("band:500"),
        "fact.no_overdraft_12m": Precision.parse("exact"),
        "profile.age": Precision.parse("band:10"),
    }
    assert "savings.liquid" in template.missing(small_catalogue)


def test_terms_validate_their_ranges():
    assert Terms().as_dict()["onward_sharing"] is False
    assert Terms().as_dict()["delete_on_request"] is True
    for bad in ({"retention_days": 0}, {"retention_days": 100_000},
                {"jurisdiction": "Netherlands"}, {"retention_days": True}):
        with pytest.raises(ValidationError):
            Terms(**bad)
    assert Terms.from_dict(Terms(retention_days=30, marketing=True).as_dict()) == Terms(
        retention_days=30, marketing=True)


def test_a_template_never_ticks_an_unknown_field_and_reports_it(small_catalogue):
    from cmrdesk.disclosure import CatalogueField, ValueKind

    small_catalogue["fact.salary_every_month_24m"] = CatalogueField(
        name="fact.salary_every_month_24m", label="Salary every month", group="Facts",
        kind=ValueKind.FACT, value=None, known=False,
        why="unknown: only 10 months of history, 24 needed", where="import")
    choice = template_for(PurposeKind.MORTGAGE_PRECHECK).choose(small_catalogue)
    assert "fact.salary_every_month_24m" not in choice.selection
    assert [i.name for i in choice.unknown] == ["fact.salary_every_month_24m"]
    assert choice.unknown[0].why.endswith("24 needed") and choice.unknown[0].where == "import"
    assert "savings.liquid" in choice.missing
    assert choice.selection == template_for(PurposeKind.MORTGAGE_PRECHECK).selection(
        small_catalogue)
