"""Keying in what no bank exports: ``policies``, ``income``, ``goals`` (``add|list|edit|
delete``), ``valuations`` (``add|list|delete``), ``holdings`` (``set|list|delete``) and
``prices`` (``add|list``).

Records are named by the id ``list --json`` shows; holdings by ``--account`` and
``--symbol``. The checks are ``cmrdesk.services.records``'; refusals name the flag (see
``keyin_commands``).
"""

from __future__ import annotations

import argparse
import copy
from collections.abc import Callable, Sequence
from dataclasses import dataclass, fields
from decimal import Decimal
from typing import Any

from cmrdesk.domain import (
    Account,
    Frequency,
    Goal,
    IncomeKind,
    IncomeSource,
    Money,
    NotFound,
    Policy,
    PolicyType,
    Price,
    Security,
    ValidationError,
    Valuation,
)
from cmrdesk.services import records
from cmrdesk.services.editing import apply
from cmrdesk.services.holdings import HoldingRow, holdings_table
from cmrdesk.services.session import VaultSession

from .common import open_session, parse_day, parse_whole
from .keyin_flags import (
    Flag,
    account_named,
    add_flags,
    denominated,
    naming_flags,
    nothing_to_change,
    read_flags,
    record_item,
    redenominate,
    subcommand,
    subcommands,
)
from .output import print_json, print_table

_CURRENCY = Flag("--currency", "currency", "currency",
                 "currency of the amounts (default: the account's, else the vault's)")
_ACCOUNT_ALIASES = ("account",)


@dataclass(frozen=True)
class RecordKind:
    """A kind of keyed-in record and its command: ``policies`` adds ``Policy`` records."""

    command: str
    noun: str
    plural: str
    cls: type
    flags: tuple[Flag, ...]
    columns: tuple[str, ...]
    help: str
    actions: tuple[str, ...] = ("add", "list", "edit", "delete")


POLICIES = RecordKind("policies", "policy", "policies", Policy, (
    Flag("--insurer", "insurer", help="the insurer", required=True),
    Flag("--type", "policy_type", "choice", "kind of insurance", required=True,
         enum=PolicyType),
    Flag("--premium", "premium", "money", "premium per period", required=True),
    Flag("--frequency", "frequency", "choice", "how often the premium is paid", required=True,
         enum=Frequency),
    Flag("--cover", "cover", "money", "amount insured"),
    Flag("--deductible", "deductible", "money", "own risk"),
    Flag("--start", "start_date", "date", "start of the policy"),
    Flag("--renewal", "renewal_date", "date", "next renewal"),
    Flag("--account", "account_id", "account", "the account the premium is paid from",
         aliases=_ACCOUNT_ALIASES),
    Flag("--number", "number_masked", "masked", "policy number (only its last four "
         "characters are kept)"),
    Flag("--notes", "notes", help="free text"),
    _CURRENCY,
), ("id", "insurer", "policy_type", "premium", "frequency", "renewal_date", "account"),
    "insurance policies")

INCOME = RecordKind("income", "income_source", "income_sources", IncomeSource, (
    Flag("--payer", "payer", help="employer or payer", required=True),
    Flag("--kind", "kind", "choice", "kind of income", required=True, enum=IncomeKind),
    Flag("--net", "net", "money", "net amount per period", required=True),
    Flag("--gross", "gross", "money", "gross amount per period"),
    Flag("--frequency", "frequency", "choice", "how often it is paid (default monthly)",
         enum=Frequency),
    Flag("--start", "start_date", "date", "since when"),
    Flag("--pay-day", "pay_day", "whole", "day of the month it usually arrives (1-31)"),
    Flag("--account", "account_id", "account", "the account it is paid into",
         aliases=_ACCOUNT_ALIASES),
    Flag("--notes", "notes", help="free text"),
    _CURRENCY,
), ("id", "payer", "kind", "net", "gross", "frequency", "account"), "income sources")

GOALS = RecordKind("goals", "goal", "goals", Goal, (
    Flag("--name", "name", help="what the goal is", required=True),
    Flag("--target", "target", "money", "amount to reach", required=True),
    Flag("--target-date", "target_date", "date", "when"),
    Flag("--account", "account_ids", "accounts", "an account that holds the savings "
         "(repeat for several; on edit the list given replaces the old one)",
         aliases=("accounts",)),
    _CURRENCY,
), ("id", "name", "target", "target_date", "accounts"), "savings goals")

VALUATIONS = RecordKind("valuations", "valuation", "valuations", Valuation, (
    Flag("--account", "account_id", "account", "the pension, property or other asset",
         required=True, aliases=_ACCOUNT_ALIASES),
    Flag("--date", "date", "date", "date of the statement", required=True),
    Flag("--value", "value", "money", "value in the account's currency", required=True),
    Flag("--source", "source", help="where the value comes from (default 'manual')"),
), ("id", "account", "date", "value", "source"), "statements of value (pension pot, house)",
    actions=("add", "list", "delete"))

_SECURITY_FLAGS = (
    Flag("--name", "name", help="the security's name"),
    Flag("--isin", "isin", help="ISIN"),
    Flag("--kind", "kind", help="stock, fund, etf, bond, cash or other"),
    Flag("--asset-class", "asset_class", help=", ".join(records.ASSET_CLASSES)),
)
HOLDING_FLAGS = (
    Flag("--account", "account_id", "account", "the brokerage or pension account",
         required=True, aliases=_ACCOUNT_ALIASES),
    Flag("--symbol", "symbol", help="ticker symbol", required=True),
    Flag("--quantity", "quantity", "number", "units held", required=True),
    Flag("--cost", "cost", "money", "what they cost in all, in the account's currency"),
    *_SECURITY_FLAGS,
    Flag("--currency", "currency", "currency", "the security's currency (new securities: "
         "default the account's)"),
)
PRICE_FLAGS = (
    Flag("--symbol", "symbol", help="ticker symbol", required=True),
    Flag("--date", "date", "date", "date of the price", required=True),
    Flag("--price", "price", "number", "price of one unit", required=True),
    Flag("--currency", "currency", "currency", "currency of the price", required=True),
    Flag("--source", "source", help="where it comes from (default 'manual')"),
    *_SECURITY_FLAGS,
)


# --- JSON items ------------------------------------------------------------------------------




def holding_item(row: HoldingRow) -> dict[str, Any]:
    """A holding as the Holdings view shows it (``services.holdings``): the security, the
    latest price on or before today and the value, gain and share at it; each ``null`` when
    unknown (no price yet, no cost, no exchange rate), never zero."""
    security, price = row.security, row.price
    return {
        "id": row.holding.id, "account": row.account.name, "symbol": security.symbol,
        "name": security.name, "isin": security.isin, "kind": security.kind,
        "asset_class": security.asset_class, "quantity": str(row.holding.quantity),
        "cost": row.cost.decimal_str() if row.cost else None,
        "cost_currency": row.cost.currency if row.cost else None,
        "price": str(price.price) if price else None,
        "price_date": price.date.isoformat() if price else None,
        "value": row.value.decimal_str() if row.value else None,
        "currency": price.currency if price else security.currency,
        "gain": row.gain.decimal_str() if row.gain else None,
        "share": str(row.share.quantize(Decimal("0.0001"))) if row.share is not None
        else None,
    }


def price_item(price: Price, symbols: dict[int, str]) -> dict[str, Any]:
    """A price by symbol."""
    return {"id": price.id, "symbol": symbols[price.security_id],
            "date": price.date.isoformat(), "price": str(price.price),
            "currency": price.currency, "source": price.source}


def _names(session: VaultSession) -> dict[int, str]:
    return {a.id: a.name for a in session.accounts()}  # type: ignore[misc]


def _print_items(args: argparse.Namespace, key: str, items: list[dict[str, Any]],
                 columns: Sequence[str]) -> None:
    if args.json:
        print_json({key: items})
        return
    rows = [[_cell(item, column) for column in columns] for item in items]
    print_table([c.replace("_", " ").capitalize() for c in columns], rows)


def _cell(item: dict[str, Any], column: str) -> str:
    value = item.get(column)
    if value is None:
        return ""
    if isinstance(value, list):
        return ", ".join(map(str, value))
    if column in ("premium", "net", "gross", "target", "value", "cost"):
        return f"{item.get(column + '_currency') or item.get('currency')} {value}"
    return str(value)


# --- policies, income, goals, valuations -----------------------------------------------------


def _currency(session: VaultSession, values: dict[str, Any], record: Any = None) -> str:
    """The currency of a record's amounts: ``--currency``, else what the record has, else the
    (first) linked account's, else the vault's."""
    if values.get("currency"):
        return str(values["currency"])
    if record is not None:
        for f in fields(record):
            value = getattr(record, f.name)
            if isinstance(value, Money):
                return value.currency
    account = values.get("account_id") or (values.get("account_ids") or [None])[0]
    return session.get(Account, account).currency if account else session.base_currency


def _record(session: VaultSession, kind: RecordKind, text: str) -> Any:
    ident = parse_whole(text, "ID")
    try:
        return session.get(kind.cls, ident)
    except NotFound:
        raise ValidationError("ID", f"no {kind.noun.replace('_', ' ')} with id {ident}"
                              ) from None


def _show(session: VaultSession, args: argparse.Namespace, kind: RecordKind, record: Any,
          done: str) -> None:
    if args.json:
        print_json({kind.noun: record_item(record, _names(session))})
    else:
        print(f"{done} {records.describe(record)} (id {record.id})")


def cmd_add(kind: RecordKind, args: argparse.Namespace) -> int:
    """``<kind> add``: a new record from the flags."""
    with open_session(args) as session, naming_flags(kind.flags):
        values = read_flags(session, args, kind.flags)
        currency = _currency(session, values)
        values.pop("currency", None)
        record = kind.cls(**denominated(values, kind.flags, currency))
        apply(session, records.new_record(session, record))
        _show(session, args, kind, record, "added")
    return 0


def cmd_edit(kind: RecordKind, args: argparse.Namespace) -> int:
    """``<kind> edit ID``: change the fields given."""
    with open_session(args) as session, naming_flags(kind.flags):
        record = copy.copy(_record(session, kind, args.ident))
        values = read_flags(session, args, kind.flags)
        if getattr(args, "no_accounts", False):
            values["account_ids"] = []
        if not values:
            raise nothing_to_change(f"{kind.command} edit", kind.flags)
        currency = _currency(session, values, record)
        values.pop("currency", None)
        for name, value in denominated(values, kind.flags, currency).items():
            setattr(record, name, value)
        redenominate(record, currency)
        apply(session, records.edit_record(session, record))
        _show(session, args, kind, record, "changed")
    return 0


def cmd_delete(kind: RecordKind, args: argparse.Namespace) -> int:
    """``<kind> delete ID`` (valuations also by ``--account`` and ``--date``)."""
    with open_session(args) as session:
        if kind is VALUATIONS:
            record = _valuation(session, args)
        else:
            record = _record(session, kind, args.ident)
        item = record_item(record, _names(session))
        apply(session, records.remove_record(session, kind.cls, record.id))
    if args.json:
        print_json({"deleted": {kind.noun: item}})
    else:
        print(f"deleted {records.describe(record)} (id {record.id})")
    return 0


def _valuation(session: VaultSession, args: argparse.Namespace) -> Valuation:
    account = None
    if args.account_id is not None:
        account = account_named(session, args.account_id, "--account")
    if args.ident is not None:
        record: Valuation = _record(session, VALUATIONS, args.ident)
        if account is not None and record.account_id != account.id:
            raise ValidationError("ID", f"valuation {record.id} is not of {account.name!r}")
        return record
    if account is None or args.date is None:
        raise ValidationError("ID", "give the valuation's ID, or --account and --date")
    day = parse_day(args.date, "--date")
    found = [v for v in session.list(Valuation, account_id=account.id) if v.date == day]
    if len(found) != 1:
        raise ValidationError("--date", f"{account.name!r} has {len(found)} valuations on "
                              f"{day.isoformat()}; give the ID")
    return found[0]


def cmd_list(kind: RecordKind, args: argparse.Namespace) -> int:
    """``<kind> list`` (valuations: ``--account`` to see one account's)."""
    with open_session(args, read_only=True) as session:
        names = _names(session)
        found = session.list(kind.cls)
        account = getattr(args, "account_filter", None)
        if account:
            account_id = _account(session, account)
            found = [r for r in found if r.account_id == account_id]
        items = [record_item(r, names) for r in found]
    _print_items(args, kind.plural, items, kind.columns)
    return 0


def _account(session: VaultSession, name: str) -> int:
    return account_named(session, name, "--account").id  # type: ignore[return-value]


# --- holdings and prices ---------------------------------------------------------------------


def _details(values: dict[str, Any]) -> records.SecurityDetails:
    return records.SecurityDetails(**{k: values.get(k) or "" for k in (
        "name", "isin", "kind", "asset_class", "currency")})


def cmd_holding_set(args: argparse.Namespace) -> int:
    """``holdings set``: how many units of a security an account holds."""
    with open_session(args) as session, naming_flags(HOLDING_FLAGS):
        values = read_flags(session, args, HOLDING_FLAGS)
        account = session.get(Account, values["account_id"])
        cost = values.get("cost")
        apply(session, records.set_holding(
            session, account.id, values["symbol"], values["quantity"],  # type: ignore[arg-type]
            cost=Money(cost, account.currency) if cost is not None else None,
            details=_details(values)))
        symbol = values["symbol"].strip().upper()
        (row,) = [r for r in holdings_table(session, account.id).rows
                  if r.security.symbol == symbol]
        item = holding_item(row)
    if args.json:
        print_json({"holding": item})
    else:
        print(f"{account.name} holds {item['quantity']} {symbol}")
    return 0


def cmd_holding_list(args: argparse.Namespace) -> int:
    """``holdings list [--account N]``: with the latest price and value."""
    with open_session(args, read_only=True) as session:
        account_id = _account(session, args.account_filter) if args.account_filter else None
        items = [holding_item(row) for row in holdings_table(session, account_id).rows]
    _print_items(args, "holdings", items,
                 ("account", "symbol", "quantity", "price", "value", "cost"))
    return 0


def cmd_holding_delete(args: argparse.Namespace) -> int:
    """``holdings delete --account N --symbol S``."""
    with open_session(args) as session:
        account_id = _account(session, args.account_id)
        with naming_flags(HOLDING_FLAGS):
            apply(session, records.remove_holding(session, account_id, args.symbol))
    if args.json:
        print_json({"deleted": {"holding": {"account": args.account_id.strip(),
                                            "symbol": args.symbol.strip().upper()}}})
    else:
        print(f"deleted holding {args.symbol.strip().upper()} of {args.account_id.strip()}")
    return 0


def cmd_price_add(args: argparse.Namespace) -> int:
    """``prices add``: a security's price on a day (replacing one of the same day)."""
    with open_session(args) as session, naming_flags(PRICE_FLAGS):
        values = read_flags(session, args, PRICE_FLAGS)
        details = _details({**values, "currency": ""})
        outcome = apply(session, records.add_price(
            session, values["symbol"], values["date"], values["price"], values["currency"],
            source=values.get("source") or "manual", details=details))
        price = outcome.result
        item = price_item(price, {s.id: s.symbol for s in session.list(Security)})
    if args.json:
        print_json({"price": item})
    else:
        print(f"{item['symbol']} on {item['date']}: {item['currency']} {item['price']}")
    return 0


def cmd_price_list(args: argparse.Namespace) -> int:
    """``prices list [--symbol S]``, oldest first."""
    with open_session(args, read_only=True) as session:
        symbols = {s.id: s.symbol for s in session.list(Security)}
        found = sorted(session.list(Price), key=lambda p: (symbols[p.security_id], p.date))
        if args.symbol_filter:
            wanted = args.symbol_filter.strip().upper()
            found = [p for p in found if symbols[p.security_id] == wanted]
        items = [price_item(p, symbols) for p in found]
    _print_items(args, "prices", items, ("symbol", "date", "price", "currency", "source"))
    return 0


# --- registration ----------------------------------------------------------------------------


def _bind(function: Callable[[RecordKind, argparse.Namespace], int], kind: RecordKind
          ) -> Callable[[argparse.Namespace], int]:
    return lambda args: function(kind, args)


def _group(commands: argparse._SubParsersAction, parent: argparse.ArgumentParser, name: str,
           help_text: str, lister: Callable[[argparse.Namespace], int]
           ) -> argparse._SubParsersAction:
    p = commands.add_parser(name, parents=[parent], help=help_text)
    p.add_argument("--json", action="store_true", help="machine-readable output")
    p.set_defaults(func=lister, account_filter=None, symbol_filter=None)
    return subcommands(p)


def _record_kind(commands: argparse._SubParsersAction, parent: argparse.ArgumentParser,
                 kind: RecordKind) -> None:
    actions = _group(commands, parent, kind.command, f"{kind.help}: "
                     + "|".join(kind.actions), _bind(cmd_list, kind))
    p = subcommand(actions, "add", f"add one of the {kind.help}")
    add_flags(p, kind.flags, adding=True)
    p.set_defaults(func=_bind(cmd_add, kind))
    p = subcommand(actions, "list", f"list the {kind.help}")
    if kind is VALUATIONS:
        p.add_argument("--account", dest="account_filter", metavar="ACCOUNT",
                       help="only this account's")
    p.set_defaults(func=_bind(cmd_list, kind))
    if "edit" in kind.actions:
        p = subcommand(actions, "edit", f"change one of the {kind.help} (only the flags given)")
        p.add_argument("ident", metavar="ID", help=f"its id ({kind.command} list --json)")
        add_flags(p, kind.flags, adding=False)
        if kind is GOALS:
            p.add_argument("--no-accounts", action="store_true", help="unlink every account")
        p.set_defaults(func=_bind(cmd_edit, kind))
    p = subcommand(actions, "delete", f"delete one of the {kind.help}")
    p.add_argument("ident", metavar="ID", nargs="?" if kind is VALUATIONS else None,
                   help=f"its id ({kind.command} list --json)")
    if kind is VALUATIONS:
        p.add_argument("--account", dest="account_id", metavar="ACCOUNT",
                       help="the account (with --date instead of ID)")
        p.add_argument("--date", metavar="D", help="the valuation's date (with --account)")
    p.set_defaults(func=_bind(cmd_delete, kind))


def register(commands: argparse._SubParsersAction, parent: argparse.ArgumentParser) -> None:
    """Add ``policies``, ``income``, ``goals``, ``valuations``, ``holdings`` and ``prices``."""
    for kind in (POLICIES, INCOME, GOALS, VALUATIONS):
        _record_kind(commands, parent, kind)

    actions = _group(commands, parent, "holdings", "securities held per account: "
                     "set|list|delete", cmd_holding_list)
    p = subcommand(actions, "set", "set the units (and cost) of a security in an account")
    add_flags(p, HOLDING_FLAGS, adding=True)
    p.set_defaults(func=cmd_holding_set)
    p = subcommand(actions, "list", "list holdings with their latest price and value")
    p.add_argument("--account", dest="account_filter", metavar="ACCOUNT",
                   help="only this account's")
    p.set_defaults(func=cmd_holding_list)
    p = subcommand(actions, "delete", "remove a security from an account")
    p.add_argument("--account", dest="account_id", metavar="ACCOUNT", required=True)
    p.add_argument("--symbol", required=True, metavar="S")
    p.set_defaults(func=cmd_holding_delete)

    actions = _group(commands, parent, "prices", "security prices by date: add|list",
                     cmd_price_list)
    p = subcommand(actions, "add", "record a security's price on a day")
    add_flags(p, PRICE_FLAGS, adding=True)
    p.set_defaults(func=cmd_price_add)
    p = subcommand(actions, "list", "list prices, oldest first")
    p.add_argument("--symbol", dest="symbol_filter", metavar="S", help="only this security")
    p.set_defaults(func=cmd_price_list)


__all__ = ["register"]
