"""Errors as sentences a person understands (never a traceback)."""

from __future__ import annotations

import logging

from cmrdesk.domain import (
    CmrdeskError,
    NotAVault,
    SchemaTooNew,
    ValidationError,
    VaultCorrupt,
    VaultExists,
    VaultInUse,
    VaultLocked,
    VaultNotFound,
    WrongPassphrase,
)

from .i18n import tr

log = logging.getLogger("cmrdesk.ui")


def error_text(error: BaseException) -> str:
    """What to tell the person about ``error``."""
    if isinstance(error, WrongPassphrase):
        return tr("That passphrase does not open this vault. Check Caps Lock and the keyboard "
                  "layout, then try again.")
    if isinstance(error, VaultNotFound):
        return tr("There is no vault at this place any more. Was the file moved or renamed?")
    if isinstance(error, NotAVault):
        return tr("This file is not a cmrdesk vault.")
    if isinstance(error, VaultCorrupt):
        return tr("This vault is damaged or has been tampered with. Restore it from a backup; "
                  "cmrdesk will not show data it cannot authenticate.")
    if isinstance(error, VaultInUse):
        return tr("This vault is open in another cmrdesk window. Close that one first.")
    if isinstance(error, SchemaTooNew):
        return tr("This vault was written by a newer cmrdesk. Update cmrdesk to open it.")
    if isinstance(error, VaultExists):
        return tr("A file already exists there. Choose another name; cmrdesk never overwrites "
                  "a file.")
    if isinstance(error, VaultLocked):
        return tr("The vault is locked.")
    if isinstance(error, ValidationError):
        return tr("{field}: {reason}").format(field=error.field, reason=error.reason)
    if isinstance(error, CmrdeskError):
        text = str(error)
        return text[:1].upper() + text[1:] + ("" if text.endswith(".") else ".")
    if isinstance(error, OSError):
        return tr("The file could not be used: {reason}.").format(
            reason=error.strerror or type(error).__name__)
    log.error("unexpected error", exc_info=error)
    return tr("Something went wrong ({kind}). Your vault was not changed.").format(
        kind=type(error).__name__)
