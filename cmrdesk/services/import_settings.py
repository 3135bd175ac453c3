"""Import settings for the Settings page: when the learned model's suggestions are applied."""

from __future__ import annotations

from dataclasses import dataclass

from cmrdesk.domain import ValidationError

from .session import VaultSession

#: Vault setting: the confidence (0-1) at or above which the model's category is applied on
#: import. Absent means never: the model suggests, the person decides.
APPLY_MODEL_ABOVE = "import.apply_model_above"


@dataclass(frozen=True)
class ImportSettings:
    """How imports categorise: rules always; the model only at or above ``apply_model_above``
    (None: never)."""

    apply_model_above: float | None = None


def import_settings(session: VaultSession) -> ImportSettings:
    """The import settings stored in the vault (defaults where none are set)."""
    value = session.settings().get(APPLY_MODEL_ABOVE)
    return ImportSettings(None if value is None else check_threshold(value))


def check_threshold(value: object) -> float:
    """A confidence between 0 and 1, or a :class:`ValidationError` naming the setting."""
    try:
        number = float(value)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        raise ValidationError(APPLY_MODEL_ABOVE, f"{value!r} is not a number") from None
    if not 0 <= number <= 1:
        raise ValidationError(APPLY_MODEL_ABOVE, f"{value!r} is not between 0 and 1")
    return number
