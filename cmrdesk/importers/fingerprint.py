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


def fingerprint(material: str) -> int:
    """The signed 64-bit blake2b fingerprint of a text (``"id:" + FITID`` for an id key)."""
    return int.from_bytes(blake2b(material.encode(), digest_size=8).digest(), "big", signed=True)


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
    ids = statement.import_id
    if ids and "" not in ids:  # every row has a bank id: content does not matter
        base = ["id:" + import_id for import_id in ids]
        return _hashes(base if len(set(ids)) == len(ids) else _count_repeats(base))
    normal = {
        text: " ".join(text.casefold().split()) for text in {*statement.payee_raw, *statement.memo}
    }
    payees = map(normal.__getitem__, statement.payee_raw)
    memos = map(normal.__getitem__, statement.memo)
    amounts = _amount_texts(statement.amount_minor, statement.scale)
    base = [
        ("id:" + import_id) if import_id else f"tx:{day}:{amount}:{payee}\x1f{memo}"
        for day, amount, payee, memo, import_id in zip(
            statement.day, amounts, payees, memos, statement.import_id, strict=True
        )
    ]
    if len(set(base)) == len(base):  # no twins: ids as they are, content keys are #0
        return _hashes([m if m[0] == "i" else m + "#0" for m in base])
    return _hashes(_count_repeats(base))


def _count_repeats(base: list[str]) -> list[str]:
    """Add the occurrence index: always to content keys, to repeated ids from the second on."""
    seen: dict[str, int] = {}
    materials = []
    for material in base:
        count = seen.get(material, 0)
        seen[material] = count + 1
        if material[0] == "i":
            materials.append(f"{material}#{count}" if count else material)
        else:
            materials.append(f"{material}#{count}")
    return materials


def _hashes(materials: list[str]) -> list[int]:
    from_bytes = int.from_bytes
    return [
        from_bytes(blake2b(m.encode(), digest_size=8).digest(), "big", signed=True)
        for m in materials
    ]
