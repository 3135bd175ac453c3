"""Payee and memo text reduced to what identifies a counterparty.

Banks decorate payees with store numbers, card references and dates ("REWE MARKT 0423 BERLIN",
"PAYPAL *SPOTIFY 4711"). Recurring detection and the categoriser compare the *normalised* text:
lower case, digits dropped, punctuation turned into spaces. This runs once per unique payee,
never per transaction.
"""

from __future__ import annotations

import re

import numpy as np
import pandas as pd

from .frames import LedgerFrame

_NOT_LETTER = re.compile(r"[^a-zà-ÿ]+")


def normalise(text: str) -> str:
    """``"REWE Markt 0423 Berlin"`` -> ``"rewe markt berlin"``; words shorter than 2 dropped."""
    words = _NOT_LETTER.sub(" ", text.lower()).split()
    return " ".join(w for w in words if len(w) > 1)


def tokens(text: str) -> list[str]:
    """The distinct words of a normalised text, in order."""
    return list(dict.fromkeys(text.split()))


def normalised_payees(frame: LedgerFrame) -> tuple[np.ndarray, np.ndarray]:
    """``(code per unique payee, normalised uniques)``: the frame's payees grouped by their
    normalised text. ``frame.payee_code`` indexes the first array."""

    def compute() -> tuple[np.ndarray, np.ndarray]:
        normal = np.array([normalise(str(p)) for p in frame.payees.tolist()], dtype=object)
        codes, uniques = pd.factorize(normal, use_na_sentinel=False)
        return codes.astype(np.int64), np.asarray(uniques, dtype=object)

    return frame.cached("normalised_payees", compute)
