"""Templates for common purposes: sensible fields and precisions, chosen once, used often.

A template names fields by pattern (``insurance.*.premium_monthly``) with a precision spec, or
``""`` for the field's own least revealing default. Applying it to a catalogue picks the fields
the vault actually has and knows; a person then adds, removes or loosens what they like.

A template never ticks a field whose value is unknown: :meth:`Template.choose` returns those
apart (``TemplateChoice.unknown``, with each field's ``why`` and ``where``) so the page or the
command can say what was left out and where to key it in, instead of dropping it silently.
Patterns that match no field at all (no insurance policy for ``insurance.*``) are listed in
``TemplateChoice.missing``.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from fnmatch import fnmatchcase

from cmrdesk.domain import NotFound

from .fields import CatalogueField
from .precision import Precision
from .terms import Intent, PurposeKind, Terms


@dataclass(frozen=True)
class TemplateChoice:
    """What a template picks from one catalogue.

    ``selection``: known field name -> precision, ready to share. ``unknown``: the template's
    fields whose value is unknown, in template order (not ticked; each carries ``why`` and
    ``where``). ``missing``: patterns that match no field of the catalogue.
    """

    selection: dict[str, Precision]
    unknown: tuple[CatalogueField, ...]
    missing: tuple[str, ...]


@dataclass(frozen=True)
class Template:
    """Fields, precisions, terms and an expiry that suit one kind of purpose."""

    kind: PurposeKind
    title: str
    purpose_text: str
    fields: tuple[tuple[str, str], ...]
    terms: Terms
    expires_days: int
    intent: Intent = field(default_factory=Intent)

    def choose(self, catalogue: Mapping[str, CatalogueField]) -> TemplateChoice:
        """The known fields this template picks (with precisions), its unknown fields and
        the patterns that match nothing.

        The first pattern that matches a field decides its precision; a spec that does not fit
        the field (a band on a text) falls back to the field's default.
        """
        chosen: dict[str, Precision] = {}
        unknown: dict[str, CatalogueField] = {}
        for pattern, spec in self.fields:
            for name, item in catalogue.items():
                if name in chosen or name in unknown or not fnmatchcase(name, pattern):
                    continue
                if not item.known:
                    unknown[name] = item
                    continue
                precision = Precision.parse(spec) if spec else item.default
                chosen[name] = precision if item.allows(precision) else item.default
        return TemplateChoice(chosen, tuple(unknown.values()), tuple(self.missing(catalogue)))

    def selection(self, catalogue: Mapping[str, CatalogueField]) -> dict[str, Precision]:
        """Field name -> precision for the known fields of ``catalogue`` this template picks
        (see :meth:`choose` for the unknown ones)."""
        return self.choose(catalogue).selection

    def missing(self, catalogue: Mapping[str, CatalogueField]) -> list[str]:
        """Patterns that match no field in ``catalogue`` (the vault lacks that data)."""
        return [p for p, _ in self.fields if not any(fnmatchcase(n, p) for n in catalogue)]


TEMPLATES: tuple[Template, ...] = (
    Template(
        kind=PurposeKind.MORTGAGE_PRECHECK,
        title="Mortgage pre-check",
        purpose_text="A first check of how much I could borrow for a home.",
        fields=(
            ("income.net_monthly_salary", "band:500"),
            ("income.salary_months", "atleast:24"),
            ("fact.salary_every_month_24m", ""),
            ("fact.no_overdraft_12m", ""),
            ("savings.liquid", ""),
            ("debts.total", ""),
            ("commitments.monthly_total", "band:250"),
            ("profile.employment_status", ""),
            ("profile.age", "band:10"),
            ("profile.household_adults", ""),
            ("profile.household_children", ""),
            ("profile.residence_status", ""),
        ),
        terms=Terms(retention_days=90),
        expires_days=60,
        intent=Intent(text="Fixed-rate mortgage offers; contact by e-mail only.",
                      contact=("email",)),
    ),
    Template(
        kind=PurposeKind.INSURANCE_QUOTE,
        title="Insurance quote",
        purpose_text="A quote for insurance cover.",
        fields=(
            ("profile.age", "band:10"),
            ("profile.city", ""),
            ("profile.residence_status", ""),
            ("profile.household_adults", ""),
            ("profile.household_children", ""),
            ("total.property", ""),
            ("insurance.*.premium_monthly", ""),
        ),
        terms=Terms(retention_days=60),
        expires_days=30,
        intent=Intent(text="A quote for comparable cover; no other products.",
                      contact=("email",)),
    ),
    Template(
        kind=PurposeKind.RENTAL_APPLICATION,
        title="Rental application",
        purpose_text="My application to rent a home.",
        fields=(
            ("profile.full_name", ""),
            ("profile.email", ""),
            ("income.net_monthly_total", "band:500"),
            ("income.salary_months", "atleast:12"),
            ("fact.salary_every_month_24m", ""),
            ("fact.no_overdraft_12m", ""),
            ("profile.employment_status", ""),
            ("profile.household_adults", ""),
            ("profile.household_children", ""),
        ),
        terms=Terms(retention_days=60),
        expires_days=30,
        intent=Intent(text="A decision on my application; contact by e-mail only.",
                      contact=("email",)),
    ),
    Template(
        kind=PurposeKind.ADVISER_INTAKE,
        title="Adviser intake",
        purpose_text="Intake for financial advice.",
        fields=(
            ("net_worth", ""),
            ("savings.liquid", ""),
            ("debts.total", ""),
            ("total.*", ""),
            ("income.net_monthly_total", ""),
            ("spending.monthly_total", ""),
            ("spending.*", ""),
            ("savings.rate", ""),
            ("commitments.monthly_total", ""),
            ("allocation.*", ""),
            ("insurance.*.premium_monthly", ""),
            ("profile.age", "band:5"),
            ("profile.household_adults", ""),
            ("profile.household_children", ""),
        ),
        terms=Terms(retention_days=365),
        expires_days=90,
        intent=Intent(text="Advice on saving and investing; no product sales.",
                      contact=("email",)),
    ),
)


def template_for(kind: PurposeKind | str) -> Template:
    """The template of a purpose kind (``NotFound`` for ``other``, which has none)."""
    for template in TEMPLATES:
        if template.kind == kind:
            return template
    raise NotFound("template", str(kind))
