"""Importing bank files into the vault: detect, match the account, dedupe, insert, reconcile.

Each file is all-or-nothing: it is parsed completely first (any problem is an
``ImportFormatError`` naming the file and line), then every statement in it is written in one
transaction, so a failure leaves the vault exactly as it was.

This module is the command line's entry point; the work is done in the ``import_*`` modules:
:mod:`.import_plan` (what an import would do, for the wizard), :mod:`.import_run` (doing it),
:mod:`.import_core` (what both share), :mod:`.import_suggest` (categories),
:mod:`.import_history` (the list of imports), :mod:`.import_profiles` (saved CSV mappings) and
:mod:`.import_settings`.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from .import_core import MARKET_FORMAT, FileReport, ImportProblem
from .import_profiles import load_mapping, mapping_profiles, propose_mapping, save_mapping
from .import_run import ImportChoice, execute
from .session import VaultSession


def import_file(
    session: VaultSession,
    path: Path | str,
    *,
    account: str | None = None,
    format: str | None = None,
    mapping: Any = None,
    dry_run: bool = False,
    max_bytes: int | None = None,
) -> FileReport:
    """Import one file (all or nothing) and say what happened; a bad file raises its typed
    error.

    ``max_bytes`` changes the safety cap on the file size (default 256 MiB, far above any bank
    export).
    """
    choice = ImportChoice(path, account=account, mapping=mapping, format=format)
    (result,) = execute(session, [choice], dry_run=dry_run, max_bytes=max_bytes)
    if isinstance(result, ImportProblem):
        raise result.error
    return result


def import_files(
    session: VaultSession, paths: list[Path | str], **options: Any
) -> list[FileReport]:
    """Import several files; each is its own unit (a bad file does not undo the good ones)."""
    return [import_file(session, path, **options) for path in paths]


__all__ = [
    "MARKET_FORMAT", "FileReport", "VaultSession", "import_file", "import_files",
    "load_mapping", "mapping_profiles", "propose_mapping", "save_mapping",
]
