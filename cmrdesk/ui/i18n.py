"""Translatable text: every string a person reads goes through :func:`tr`."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

CONTEXT = "cmrdesk"


def tr(text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """``text`` in the user's language (Qt's translation system; English when none is
    installed). ``n`` picks a plural form for texts with ``%n``."""
    return QCoreApplication.translate(CONTEXT, text, disambiguation, n)


def plural(count: int, one: str, many: str, shown: str | None = None) -> str:
    """``one`` or ``many`` by ``count`` (English rules until translations exist), with
    ``{n}`` replaced by ``shown`` (the count as the locale writes it) or the plain count."""
    text = tr(one) if count == 1 else tr(many)
    return text.replace("{n}", shown if shown is not None else str(count))
