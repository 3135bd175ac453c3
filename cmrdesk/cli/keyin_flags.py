"""The flags of the keyed-in commands and the record fields they set.

One table per record (:class:`Flag`) gives each flag its field, how its text is read and
whether adding needs it; :func:`read_flags` turns the text into typed values and
:func:`naming_flags` turns a service's ``ValidationError`` about a field into one about the
flag the person typed. Values are parsed here, not as argparse types, so that a bad one is
one ``error:`` line and exit code 1 like every other refusal of keyed-in input.
"""

from __future__ import annotations

import argparse
import contextlib
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, fields
from typing import Any

from cmrdesk.domain import Account, Money, NotFound, ValidationError, mask_number
from cmrdesk.services import records
from cmrdesk.services.session import VaultSession

from .common import inherited_vault_options, parse_day, parse_number, parse_whole

# --- flags and the fields they set -----------------------------------------------------------

_METAVARS = {"money": "AMOUNT", "date": "D", "rate": "PCT", "number": "N", "whole": "N",
             "choice": "K", "account": "ACCOUNT", "accounts": "ACCOUNT", "category": "PATH",
             "currency": "C", "text": "TEXT", "masked": "TEXT"}
# What an empty value (``--iban ""``) clears a field to; kinds not named cannot be cleared
# but ``None`` (no value) is what a cleared date, amount, account or category is.
_CLEARED = {"text": "", "rate": "", "masked": ""}
# Kinds whose field always has a value: an empty one is refused rather than cleared.
_NEVER_EMPTY = frozenset({"choice", "currency", "number"})


@dataclass(frozen=True)
class Flag:
    """A command-line flag and the record field it sets. ``kind`` says how its text is read:
    ``money`` (a plain decimal, made ``Money`` in the record's currency), ``number``, ``whole``,
    ``rate`` (percent), ``date`` (ISO), ``choice`` (a member of ``enum``), ``currency``,
    ``account``/``accounts`` (by name), ``category`` (by path), ``masked`` (a number of which
    only the last four characters are kept) or ``text``. ``aliases`` are other field names the
    services use in errors about it (``account`` for ``account_id``)."""

    flag: str
    field: str
    kind: str = "text"
    help: str = ""
    required: bool = False
    enum: Any = None
    aliases: tuple[str, ...] = ()


def add_flags(parser: argparse.ArgumentParser, flags: Sequence[Flag], *, adding: bool) -> None:
    """Add ``flags`` to a subcommand (required ones only when ``adding``)."""
    for f in flags:
        text = f.help
        if f.enum is not None:
            text += " (" + ", ".join(e.value for e in f.enum) + ")"
        if not adding and f.kind not in _NEVER_EMPTY and not f.required:
            text += "; '' clears it"
        parser.add_argument(
            f.flag, dest=f.field, metavar=_METAVARS[f.kind], default=None, help=text,
            required=adding and f.required,
            action="append" if f.kind == "accounts" else "store",
        )


def read_flags(session: VaultSession, args: argparse.Namespace,
               flags: Sequence[Flag]) -> dict[str, Any]:
    """The typed values of the flags given, by field (money still a ``Decimal``: see
    :func:`denominated`); an empty value clears an optional field."""
    values: dict[str, Any] = {}
    for f in flags:
        raw = getattr(args, f.field, None)
        if raw is not None:
            values[f.field] = _value(session, f, raw)
    return values


def _value(session: VaultSession, f: Flag, raw: Any) -> Any:
    if f.kind == "accounts":
        names = [name for name in raw if name.strip()]
        return [_account_id(session, name, f.flag) for name in names]
    text = raw if f.kind == "text" else raw.strip()
    if not text and f.kind != "text":
        if f.required or f.kind in _NEVER_EMPTY:
            raise ValidationError(f.flag, "must not be empty")
        return _CLEARED.get(f.kind)
    if f.kind in ("money", "number"):
        return parse_number(text, f.flag, "an amount" if f.kind == "money" else "a number")
    if f.kind == "rate":
        return str(parse_number(text, f.flag, "a percentage"))
    if f.kind == "date":
        return parse_day(text, f.flag)
    if f.kind == "whole":
        return parse_whole(text, f.flag)
    if f.kind == "choice":
        return records.parse_choice(f.field, text, f.enum)
    if f.kind == "currency":
        return records.known_currency(text.upper(), f.field)
    if f.kind == "account":
        return _account_id(session, text, f.flag)
    if f.kind == "category":
        return records.find_category(session, text).id
    if f.kind == "masked":
        return mask_number(text)
    return text


def denominated(values: dict[str, Any], flags: Sequence[Flag], currency: str
                ) -> dict[str, Any]:
    """``values`` with each money flag's ``Decimal`` made ``Money`` in ``currency`` (exactly
    as typed: the services refuse more decimals than the currency has)."""
    money = {f.field for f in flags if f.kind == "money"}
    return {k: Money(v, currency) if k in money and v is not None else v
            for k, v in values.items()}


def redenominate(record: Any, currency: str) -> None:
    """Put every ``Money`` field of ``record`` in ``currency`` (the person changed it)."""
    for f in fields(record):
        value = getattr(record, f.name)
        if isinstance(value, Money) and value.currency != currency:
            setattr(record, f.name, Money(value.amount, currency))


@contextlib.contextmanager
def naming_flags(*flag_lists: Sequence[Flag], extra: dict[str, str] | None = None
                 ) -> Iterator[None]:
    """Re-raise a service's ``ValidationError`` under the flag of its field."""
    names: dict[str, str] = {}
    for flags in flag_lists:
        for f in flags:
            names[f.field] = f.flag
            names.update(dict.fromkeys(f.aliases, f.flag))
    names.update(extra or {})
    try:
        yield
    except ValidationError as error:
        flag = names.get(error.field)
        if flag is None or flag == error.field:
            raise
        raise ValidationError(flag, error.reason) from None


def _account_id(session: VaultSession, name: str, flag: str) -> int:
    return account_named(session, name, flag).id  # type: ignore[return-value]


def account_named(session: VaultSession, name: str, flag: str) -> Account:
    """The account called ``name`` (any case), or a ``ValidationError`` naming ``flag``."""
    try:
        return session.account_named(name.strip())
    except NotFound:
        raise ValidationError(flag, f"no account called {name.strip()!r}") from None


def nothing_to_change(command: str, flags: Sequence[Flag], *others: str) -> ValidationError:
    """The refusal of an edit that names no field."""
    given = ", ".join([f.flag for f in flags] + list(others))
    return ValidationError(command, f"nothing to change; give one of {given}")


def subcommands(parser: argparse.ArgumentParser) -> argparse._SubParsersAction:
    """The subcommands of a command; the command alone keeps doing what it did (listing)."""
    return parser.add_subparsers(dest="action", metavar="ACTION")


def subcommand(actions: argparse._SubParsersAction, name: str, help_text: str
               ) -> argparse.ArgumentParser:
    """A subcommand taking ``--vault``, ``--passphrase-file`` and ``--json`` before or after
    its name."""
    return actions.add_parser(name, parents=[inherited_vault_options()], help=help_text,
                              description=help_text[0].upper() + help_text[1:] + ".")

def record_item(record: Any, names: dict[int, str]) -> dict[str, Any]:
    """A record as ``--json`` prints it: its fields by name, money as decimal strings with
    ``currency`` (and ``<field>_currency`` for an amount in another one), accounts by name."""
    item: dict[str, Any] = {"id": record.id}
    currency = None
    for f in fields(record):
        value = getattr(record, f.name)
        if f.name == "id":
            continue
        if f.name == "account_id":
            item["account"] = names.get(value) if value is not None else None
        elif f.name == "account_ids":
            item["accounts"] = [names[a] for a in value]
        elif isinstance(value, Money):
            item[f.name] = value.decimal_str()
            if currency is None:
                currency = item["currency"] = value.currency
            elif value.currency != currency:
                item[f"{f.name}_currency"] = value.currency
        else:
            item[f.name] = value
    return item
