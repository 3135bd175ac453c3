"""The import history: one entry per imported file, each removable as a whole
(:class:`cmrdesk.services.editing.RemoveImport`)."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from cmrdesk.vault import imports

from .session import VaultSession


@dataclass(frozen=True)
class ImportBatch:
    """One imported file: its name (never the full local path), content hash, format, when
    it was imported (UTC, ISO 8601), the accounts it went into and what it did."""

    id: int
    file: str
    sha256: str
    format: str
    imported_at: str
    accounts: list[str]
    account_ids: list[int]
    new: int
    duplicates: int
    pending_skipped: int
    report: dict[str, Any] = field(default_factory=dict, compare=False)

    def as_json(self) -> dict[str, Any]:
        """The ``cmrdesk imports --json`` shape of one entry."""
        return {
            "id": self.id, "file": self.file, "sha256": self.sha256, "format": self.format,
            "imported_at": self.imported_at, "accounts": self.accounts, "new": self.new,
            "duplicates": self.duplicates, "pending_skipped": self.pending_skipped,
        }


def import_history(session: VaultSession) -> list[ImportBatch]:
    """Every import that added something, newest first."""
    names = {a.id: a.name for a in session.accounts()}
    with session.vault.read() as conn:
        rows = imports.batches(conn)
    out = []
    for ident, name, sha, fmt, when, account_ids, new, dups, pending, report in rows:
        ids = [int(i) for i in json.loads(account_ids or "[]")]
        out.append(ImportBatch(
            int(ident), str(name), str(sha), str(fmt), str(when),
            # an account removed since is named as such, not silently dropped
            [names.get(i, f"(removed account #{i})") for i in ids], ids,
            int(new), int(dups), int(pending), json.loads(report or "{}")))
    return out[::-1]
