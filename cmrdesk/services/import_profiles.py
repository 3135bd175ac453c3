"""Saved CSV mappings ("Remember for this bank"): a corrected column mapping per bank layout."""

from __future__ import annotations

import json
from pathlib import Path

from cmrdesk.domain import ChangeSet, NotFound
from cmrdesk.importers import CsvMapping, detect_csv_mapping
from cmrdesk.vault import imports

from .session import VaultSession


def save_mapping(session: VaultSession, name: str, mapping: CsvMapping) -> ChangeSet:
    """Store a (corrected) CSV mapping under ``name`` for that bank's next files."""
    mapping.validate()
    with session.vault.begin() as conn:
        imports.save_profile(conn, name, "csv", json.dumps(mapping.to_dict()))
    return ChangeSet.of("import_profiles")


def load_mapping(session: VaultSession, name: str) -> CsvMapping:
    """A saved CSV mapping by name."""
    with session.vault.read() as conn:
        stored = imports.load_profile(conn, name)
    if stored is None:
        raise NotFound("import profile", name)
    return CsvMapping.from_dict(json.loads(stored))


def mapping_profiles(session: VaultSession) -> dict[str, CsvMapping]:
    """Every saved CSV mapping by name."""
    with session.vault.read() as conn:
        return {n: CsvMapping.from_dict(json.loads(m)) for n, m in imports.all_profiles(conn)}


def propose_mapping(session: VaultSession, path: Path | str) -> tuple[CsvMapping, str | None]:
    """The mapping to use for a CSV: a saved profile whose columns fit this file's header
    (the same bank's layout), else a freshly detected one. Returns it and the profile name."""
    detected = detect_csv_mapping(path)
    header = _header_key(detected)
    for name, saved in mapping_profiles(session).items():
        if header and _header_key(saved) == header:
            return saved, name
    return detected, None


def _header_key(mapping: CsvMapping) -> frozenset[str]:
    """A bank's layout, by its header names (a saved profile finds reordered columns)."""
    return frozenset(c.strip().casefold() for c in mapping.columns if c.strip())
