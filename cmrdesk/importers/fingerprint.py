"""Dedupe keys: a signed 64-bit fingerprint per transaction, stable across re-imports.

The vault keeps the key unique per account, so importing the same statement twice, or two
overlapping statements, adds each booking once:

* with a bank id (FITID, bank reference): ``blake2b("id:" + import_id)``. A file that
  repeats an id within one statement (it happens) gets ``#1``, ``#2``... on the repeats, so
  no transaction is lost to its twin;
* without one: ``blake2b(day, amount, payee, memo, occurrence)`` where ``occurrence`` counts
  identical (day, amount, payee, memo) earlier in the same statement. Two identical coffees
  on one day are ``#0`` and ``#1`` and both survive; importing the same or an overlapping
  statement produces the same two keys again. Payee and memo are compared case- and
  space-insensitively, the amount by value (``-5.50`` at any scale).
"""

from __future__ import annotations

from hashlib import blake2b

from .statement import ParsedStatement


def _key(material: str) -> int:
    return int.from_bytes(blake2b(material.encode(), digest_size=8).digest(), "big", signed=True)


def fingerprint(material: str) -> int:
    """The signed 64-bit blake2b fingerprint of a text."""
    return _key(material)


def _amount_texts(minor: list[int], scale: int) -> list[str]:
    """Amounts as scale-independent text: 5.50 at scale 2 and 5.500 at scale 3 agree."""
    if scale <= 2:  # the usual case: express everything in hundredths
        factor = 10 ** (2 - scale)
        return [str(m * factor) for m in minor]
    out = []
    for m in minor:
        units, s = m, scale
        while s > 2 and units % 10 == 0:
            units //= 10
            s -= 1
        out.append(str(units * 10 ** (2 - s)) if s <= 2 else f"{units}e-{s}")
    return out


def dedupe_keys(statement: ParsedStatement) -> list[int]:
    """One signed 64-bit key per transaction of ``statement`` (see the module docstring)."""
    amounts = _amount_texts(statement.amount_minor, statement.scale)
    normal: dict[str, str] = {}
    seen: dict[str, int] = {}
    keys: list[int] = []
    append = keys.append
    for day, amount, payee, memo, import_id in zip(
        statement.day,
        amounts,
        statement.payee_raw,
        statement.memo,
        statement.import_id,
        strict=True,
    ):
        if import_id:
            material = "id:" + import_id
            count = seen.get(material, 0)
            seen[material] = count + 1
            append(_key(material if not count else f"{material}#{count}"))
            continue
        p = normal.get(payee)
        if p is None:
            p = normal[payee] = " ".join(payee.casefold().split())
        m = normal.get(memo)
        if m is None:
            m = normal[memo] = " ".join(memo.casefold().split())
        material = f"tx:{day}:{amount}:{p}\x1f{m}"
        count = seen.get(material, 0)
        seen[material] = count + 1
        append(_key(f"{material}#{count}"))
    return keys
