"""How hard a passphrase is to guess: the one rule the new-vault form and the CLI apply.

A rough, conservative estimate in bits: a passphrase of several words counts each word as one
pick from a large word list (not as letters), known-weak passwords and keyboard or alphabet
runs count for almost nothing, and repeats add nothing. It guides; the Argon2id key derivation
(about half a second per guess) is what makes each bit expensive to try.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

#: Bits per word of a multi-word passphrase (a pick from ~2,000 common words).
WORD_BITS = 11.0
#: Thresholds in bits for scores 1..4; 0 is below the first.
THRESHOLDS = (28.0, 40.0, 55.0, 75.0)
#: The lowest score the new-vault form accepts.
MINIMUM_SCORE = 2
MINIMUM_LENGTH = 8

#: Passwords every guesser tries first.
_COMMON = frozenset({
    "password", "passw0rd", "p@ssword", "123456", "12345678", "123456789", "1234567890",
    "qwerty", "qwertyuiop", "azerty", "letmein", "welcome", "admin", "iloveyou", "monkey",
    "dragon", "football", "baseball", "sunshine", "princess", "master", "shadow", "trustno1",
    "abc123", "111111", "000000", "secret", "changeme", "demo", "test", "geheim", "wachtwoord",
})
_RUNS = ("abcdefghijklmnopqrstuvwxyz", "qwertyuiopasdfghjklzxcvbnm", "0123456789")


@dataclass(frozen=True)
class Strength:
    """An estimate: ``score`` 0 (very weak) to 4 (very strong) and the bits behind it."""

    score: int
    bits: float

    @property
    def acceptable(self) -> bool:
        """Whether the new-vault form lets it through."""
        return self.score >= MINIMUM_SCORE


def estimate(passphrase: str) -> Strength:
    """Estimate the strength of ``passphrase``."""
    text = passphrase.strip()
    if not text:
        return Strength(0, 0.0)
    if text.lower() in _COMMON:
        return Strength(0, 1.0)
    words = [w for w in re.split(r"[\s\-_.,;:/+]+", text) if w]
    if len(words) >= 3 and all(len(w) >= 3 for w in words):
        distinct = len({w.lower() for w in words})
        bits = distinct * WORD_BITS + _extra_classes(text)
    else:
        bits = _character_bits(text)
    if len(text) < MINIMUM_LENGTH:
        bits = min(bits, THRESHOLDS[0] - 1)
    score = sum(bits >= t for t in THRESHOLDS)
    return Strength(score, round(bits, 1))


def _extra_classes(text: str) -> float:
    """A few bits for digits, capitals or symbols mixed into a word passphrase."""
    return 3.0 * sum(
        bool(re.search(pattern, text)) for pattern in (r"\d", r"[A-Z]", r"[^\w\s]")
    )


def _character_bits(text: str) -> float:
    """Bits from the character classes used, a repeat or a run counting for half."""
    pool = 0
    pool += 26 if re.search(r"[a-z]", text) else 0
    pool += 26 if re.search(r"[A-Z]", text) else 0
    pool += 10 if re.search(r"\d", text) else 0
    pool += 33 if re.search(r"[^\w\s]", text) else 0
    pool += 1 if " " in text else 0
    pool += 50 if re.search(r"[^\x00-\x7f]", text) else 0
    per_char = math.log2(max(pool, 2))
    effective = 0.0
    previous = ""
    for index, char in enumerate(text):
        window = text[max(0, index - 2) : index + 1].lower()
        if char == previous or (len(window) == 3 and any(window in run for run in _RUNS)):
            effective += 0.5  # a repeat or the next step of a run is nearly free to guess
        else:
            effective += 1.0
        previous = char
    return effective * per_char
