"""Options and helpers shared by commands: ``--vault``, passphrase sources, opening."""

from __future__ import annotations

import argparse
import re
from datetime import date
from decimal import Decimal
from pathlib import Path

from cmrdesk.domain import MAX_YEAR, MIN_YEAR, ValidationError
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


# --- typed values of keyed-in flags ----------------------------------------------------------
#
# These parse in the command, not as argparse types: a bad value is then one ``error:`` line
# naming the flag and exit code 1 (argparse would print the usage and exit 2), like every
# other refusal of keyed-in input.

_PLAIN_NUMBER = re.compile(r"[+-]?(?:\d+(?:\.\d*)?|\.\d+)")
_ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")


def inherited_vault_options() -> argparse.ArgumentParser:
    """``--vault`` and ``--passphrase-file`` for a subcommand of a command that has them
    already (``accounts add``): given before or after the subcommand's name, both count."""
    parent = argparse.ArgumentParser(add_help=False)
    parent.add_argument("--vault", type=Path, default=argparse.SUPPRESS,
                        help="vault file (default: the platform's)")
    parent.add_argument("--passphrase-file", metavar="FILE", default=argparse.SUPPRESS,
                        help="read the passphrase from FILE (else $CMRDESK_PASSPHRASE)")
    parent.add_argument("--json", action="store_true", default=argparse.SUPPRESS,
                        help="machine-readable output")
    return parent


def parse_number(text: str, flag: str, what: str = "a number") -> Decimal:
    """A plain decimal as typed on the command line: digits, at most one ``.`` for the
    decimals, an optional sign. A comma is refused (``1,234.50``, ``12,50`` and ``12,3,4``
    alike): in half the world it is the decimal mark, so guessing could multiply an amount
    by a thousand."""
    value = text.strip()
    if not _PLAIN_NUMBER.fullmatch(value):
        hint = ("; write 1234.50: a point before the decimals, no thousands separators"
                if "," in value else "")
        raise ValidationError(flag, f"{text!r} is not {what}{hint}")
    return Decimal(value)


def parse_day(text: str, flag: str) -> date:
    """An ISO date ``YYYY-MM-DD`` that exists (``2025-02-30`` does not)."""
    value = text.strip()
    if not _ISO_DAY.fullmatch(value):
        raise ValidationError(flag, f"{text!r} is not a date (YYYY-MM-DD)")
    try:
        day = date.fromisoformat(value)
    except ValueError:
        raise ValidationError(flag, f"{value} is not a day of the calendar") from None
    if not MIN_YEAR <= day.year <= MAX_YEAR:
        raise ValidationError(flag, f"{value} is not between {MIN_YEAR} and {MAX_YEAR}")
    return day


def parse_whole(text: str, flag: str) -> int:
    """A whole number (``ID``, a day of the month)."""
    value = text.strip()
    if not re.fullmatch(r"\d{1,18}", value):
        raise ValidationError(flag, f"{text!r} is not a whole number")
    return int(value)
