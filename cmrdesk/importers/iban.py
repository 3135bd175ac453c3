"""IBANs: recognising a real one among the account numbers banks write."""

from __future__ import annotations

import re

_IBAN = re.compile(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}")


def is_valid_iban(text: str) -> bool:
    """True for a well-formed IBAN with a correct mod-97 check (spaces ignored)."""
    s = text.replace(" ", "").upper()
    if not _IBAN.fullmatch(s):
        return False
    digits = "".join(str(int(c, 36)) for c in s[4:] + s[:4])
    return int(digits) % 97 == 1
