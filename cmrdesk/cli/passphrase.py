"""Where a passphrase comes from: a prompt, a file, or an environment variable (scripts)."""

from __future__ import annotations

import getpass
import os
import sys
from pathlib import Path

from cmrdesk.domain import CmrdeskError
from cmrdesk.domain.errors import WeakPassphrase
from cmrdesk.domain.strength import MINIMUM_SCORE, estimate

PASSPHRASE_ENV = "CMRDESK_PASSPHRASE"  # noqa: S105 - the name of a variable, not a secret
NEW_PASSPHRASE_ENV = "CMRDESK_NEW_PASSPHRASE"  # noqa: S105


class PassphraseUnavailable(CmrdeskError):
    """No passphrase source is available (no terminal, no file, no variable)."""


def _from_file(path: str) -> str:
    try:
        text = Path(path).read_text(encoding="utf-8")
    except OSError as error:
        raise CmrdeskError(f"cannot read passphrase file {path}: {error.strerror}") from None
    except UnicodeDecodeError:
        # The decoder's own message quotes the offending byte and its position: a piece of
        # the passphrase. Say only what is wrong with the file.
        raise CmrdeskError(f"passphrase file {path} is not UTF-8 text") from None
    value = text.rstrip("\r\n")
    if not value:
        raise CmrdeskError(f"passphrase file {path} is empty")
    return value


def read_passphrase(
    file: str | None, *, env: str = PASSPHRASE_ENV, prompt: str = "Passphrase: ",
    confirm: bool = False,
) -> str:
    """The passphrase from ``--...-file``, else the environment variable, else a prompt."""
    if file:
        return _from_file(file)
    value = os.environ.get(env)
    if value:
        return value
    if not sys.stdin.isatty():
        raise PassphraseUnavailable(
            f"no passphrase: give a passphrase file or set {env} (no terminal to prompt on)"
        )
    first = getpass.getpass(prompt)
    if confirm:
        second = getpass.getpass("Repeat: ")
        if first != second:
            raise CmrdeskError("the two passphrases differ")
    if not first:
        raise CmrdeskError("the passphrase must not be empty")
    return first


def require_strong(passphrase: str, *, allow_weak: bool = False) -> None:
    """Refuse a new passphrase the desktop app's new-vault form would call weak.

    The same rule as the form's meter (``cmrdesk.domain.strength``); ``allow_weak`` is the
    explicit way around it (throw-away vaults, scripts). The error never quotes the passphrase.
    """
    if allow_weak:
        return
    strength = estimate(passphrase)
    if strength.score < MINIMUM_SCORE:
        raise WeakPassphrase(strength.score, MINIMUM_SCORE)
