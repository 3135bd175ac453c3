"""Options and helpers shared by commands: ``--vault``, passphrase sources, opening."""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path

from cmrdesk.domain import ValidationError
from cmrdesk.services.paths import default_vault_path
from cmrdesk.services.session import VaultSession

from .passphrase import read_passphrase


def vault_options() -> argparse.ArgumentParser:
    """A parent parser with ``--vault`` and ``--passphrase-file``."""
    parent = argparse.ArgumentParser(add_help=False)
    parent.add_argument(
        "--vault", type=Path, default=None,
        help=f"vault file (default: {default_vault_path()})",
    )
    parent.add_argument(
        "--passphrase-file", metavar="FILE",
        help="read the passphrase from FILE (else $CMRDESK_PASSPHRASE, else a prompt)",
    )
    return parent


def vault_path(args: argparse.Namespace) -> Path:
    """The vault named by ``--vault`` or the platform default."""
    return args.vault if args.vault is not None else default_vault_path()


def open_session(args: argparse.Namespace, *, read_only: bool = False) -> VaultSession:
    """Unlock the vault the command names."""
    passphrase = read_passphrase(args.passphrase_file)
    return VaultSession.open(vault_path(args), passphrase, read_only=read_only)


def iso_date(text: str) -> date:
    """argparse type for ``YYYY-MM-DD``."""
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date (YYYY-MM-DD)") from None


def positive_int(text: str) -> int:
    """argparse type for a whole number >= 1."""
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
    if value < 1:
        raise argparse.ArgumentTypeError("must be at least 1")
    return value


def require(condition: bool, field: str, reason: str) -> None:
    """Raise a ``ValidationError`` unless ``condition``."""
    if not condition:
        raise ValidationError(field, reason)
