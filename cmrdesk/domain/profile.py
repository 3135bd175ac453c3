"""The personal profile: typed facts about the person, each one a field they may disclose."""

from __future__ import annotations

from dataclasses import dataclass, fields
from datetime import date
from enum import StrEnum


class EmploymentStatus(StrEnum):
    """Employment situation."""

    EMPLOYED = "employed"
    SELF_EMPLOYED = "self_employed"
    UNEMPLOYED = "unemployed"
    RETIRED = "retired"
    STUDENT = "student"
    OTHER = "other"


class ResidenceStatus(StrEnum):
    """How the person lives where they live."""

    OWNER = "owner"
    TENANT = "tenant"
    WITH_FAMILY = "with_family"
    OTHER = "other"


@dataclass(kw_only=True)
class Profile:
    """Everything about the person that is not an account; every field is optional."""

    full_name: str = ""
    birth_year: int | None = None
    email: str = ""
    phone: str = ""
    street: str = ""
    postcode: str = ""
    city: str = ""
    country: str = ""  # ISO 3166 alpha-2
    household_adults: int | None = None
    household_children: int | None = None
    employment_status: EmploymentStatus | None = None
    occupation: str = ""
    employer: str = ""
    employed_since: date | None = None
    residence_status: ResidenceStatus | None = None
    residence_since: date | None = None


PROFILE_FIELDS: tuple[str, ...] = tuple(f.name for f in fields(Profile))
