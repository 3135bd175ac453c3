"""The passphrase strength rule for the new-vault form's meter (kept in the domain so the
command line applies the same rule without Qt)."""

from cmrdesk.domain.strength import (
    MINIMUM_LENGTH,
    MINIMUM_SCORE,
    THRESHOLDS,
    WORD_BITS,
    Strength,
    estimate,
)

__all__ = ["MINIMUM_LENGTH", "MINIMUM_SCORE", "THRESHOLDS", "WORD_BITS", "Strength", "estimate"]
