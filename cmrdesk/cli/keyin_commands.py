"""Keying in from the command line: ``accounts add|show|edit|delete``, ``transactions
add|edit|delete`` and ``profile [set]``.

Every check lives in ``cmrdesk.services.records`` (the same rules as the desktop forms); this
module only turns text into typed values and a refusal's field name into the flag the person
typed: ``ValidationError("renewal_date", ...)`` becomes ``error: --renewal: ...``, exit 1,
with nothing written (an operation is applied in one transaction, after every check).
"""

from __future__ import annotations

import argparse
import copy
from collections.abc import Sequence
from typing import Any

from cmrdesk.domain import (
    PROFILE_FIELDS,
    Account,
    AccountKind,
    Money,
    NotFound,
    Transaction,
    ValidationError,
)
from cmrdesk.services import records
from cmrdesk.services.browse import transactions_by_id
from cmrdesk.services.editing import apply
from cmrdesk.services.session import VaultSession

from .common import open_session, parse_whole
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
from .ledger_commands import account_item, transaction_item
from .output import print_json, print_table

# --- accounts --------------------------------------------------------------------------------

ACCOUNT_FLAGS = (
    Flag("--name", "name", help="the account's name (unique)", required=True),
    Flag("--kind", "kind", "choice", "what it is", required=True, enum=AccountKind),
    Flag("--currency", "currency", "currency", "ISO 4217 code (EUR)", required=True),
    Flag("--institution", "institution", help="bank, insurer or provider"),
    Flag("--iban", "iban", help="IBAN (spaces allowed)"),
    Flag("--number", "number", help="account or card number as the bank writes it"),
    Flag("--opening-balance", "opening_balance", "money",
         "balance before the first transaction (needs --opening-date)"),
    Flag("--opening-date", "opened_on", "date", "date of the opening balance / loan start"),
    Flag("--rate", "interest_rate", "rate", "yearly interest rate in percent (savings, loans)"),
    Flag("--credit-limit", "credit_limit", "money", "card limit"),
    Flag("--apr", "apr", "rate", "card's yearly percentage rate"),
    Flag("--principal", "principal", "money", "amount borrowed (loan, mortgage)"),
    Flag("--fixed-until", "fixed_until", "date", "end of the fixed-rate period"),
    Flag("--term-end", "term_end", "date", "date the loan ends"),
    Flag("--monthly-payment", "monthly_payment", "money", "monthly loan payment"),
    Flag("--contribution-own", "contribution_own", "money", "own yearly pension contribution"),
    Flag("--contribution-employer", "contribution_employer", "money",
         "employer's yearly pension contribution"),
    Flag("--notes", "notes", help="free text"),
)


def _account_commands(accounts: argparse.ArgumentParser) -> None:
    actions = subcommands(accounts)
    p = subcommand(actions, "add", "add an account")
    add_flags(p, ACCOUNT_FLAGS, adding=True)
    p.set_defaults(func=cmd_account_add)

    p = subcommand(actions, "show", "every field of an account")
    p.add_argument("target", metavar="NAME", help="the account's name")
    p.set_defaults(func=cmd_account_show)

    p = subcommand(actions, "edit", "change an account (only the flags given)")
    p.add_argument("target", metavar="NAME", help="the account's current name")
    add_flags(p, ACCOUNT_FLAGS, adding=False)
    state = p.add_mutually_exclusive_group()
    state.add_argument("--close", action="store_true", help="mark it closed")
    state.add_argument("--reopen", action="store_true", help="mark it open again")
    p.set_defaults(func=cmd_account_edit)

    p = subcommand(actions, "delete", "delete an account")
    p.add_argument("target", metavar="NAME", help="the account's name")
    p.add_argument("--with-transactions", action="store_true",
                   help="also delete its transactions, holdings and valuations")
    p.set_defaults(func=cmd_account_delete)


def _print_account(session: VaultSession, args: argparse.Namespace, account: Account,
                   done: str) -> None:
    if args.json:
        (balance,) = [b for b in session.balances() if b.account.id == account.id]
        print_json({"account": account_item(balance)})
    else:
        print(f"{done} {records.describe(account)} (id {account.id})")


def cmd_account_add(args: argparse.Namespace) -> int:
    """``accounts add``: a new account with its kind-specific fields."""
    with open_session(args) as session, naming_flags(ACCOUNT_FLAGS):
        values = read_flags(session, args, ACCOUNT_FLAGS)
        account = Account(**denominated(values, ACCOUNT_FLAGS, values["currency"]))
        apply(session, records.new_account(session, account))
        _print_account(session, args, account, "added")
    return 0


def cmd_account_show(args: argparse.Namespace) -> int:
    """``accounts show NAME``: the listing's item and every other field (the full account
    number only as its last four)."""
    with open_session(args, read_only=True) as session:
        account = account_named(session, args.target, "NAME")
        (balance,) = [b for b in session.balances() if b.account.id == account.id]
    item = account_item(balance)
    item.update((k, v) for k, v in record_item(account, {}).items()
                if k not in item and k != "number")
    if args.json:
        print_json({"account": item})
    else:
        print_table(["Field", "Value"], [[k, "" if v is None else str(v)]
                                         for k, v in item.items()])
    return 0


def cmd_account_edit(args: argparse.Namespace) -> int:
    """``accounts edit NAME``: change the fields given, close or reopen."""
    with open_session(args) as session, naming_flags(ACCOUNT_FLAGS):
        account = copy.copy(account_named(session, args.target, "NAME"))
        values = read_flags(session, args, ACCOUNT_FLAGS)
        if args.close or args.reopen:
            values["closed"] = bool(args.close)
        if not values:
            raise nothing_to_change("accounts edit", ACCOUNT_FLAGS, "--close", "--reopen")
        currency = values.get("currency", account.currency)
        for name, value in denominated(values, ACCOUNT_FLAGS, currency).items():
            setattr(account, name, value)
        redenominate(account, currency)
        apply(session, records.edit_account(session, account))
        _print_account(session, args, account, "changed")
    return 0


def cmd_account_delete(args: argparse.Namespace) -> int:
    """``accounts delete NAME``: refused while it has transactions, unless
    ``--with-transactions``."""
    with open_session(args) as session:
        account = account_named(session, args.target, "NAME")
        usage = records.account_usage(session, account.id)  # type: ignore[arg-type]
        (balance,) = [b for b in session.balances() if b.account.id == account.id]
        with naming_flags(extra={"account": "--with-transactions"}):
            apply(session, records.remove_account(
                session, account.id, with_transactions=args.with_transactions))  # type: ignore[arg-type]
    if args.json:
        print_json({"deleted": {"account": account_item(balance), "with": {
            "transactions": usage.transactions, "holdings": usage.holdings,
            "valuations": usage.valuations}}})
    else:
        print(f"deleted {records.describe(account)} with {usage.sentence()}")
    return 0


# --- transactions ----------------------------------------------------------------------------

TRANSACTION_FLAGS = (
    Flag("--account", "account_id", "account", "the account it is booked on", required=True,
         aliases=("account",)),
    Flag("--date", "date", "date", "booking date", required=True, aliases=("day",)),
    Flag("--amount", "amount", "money", "signed amount in the account's currency (-12.30 "
         "spent, 12.30 received)", required=True),
    Flag("--payee", "payee", help="who was paid or paid (a transfer names itself)"),
    Flag("--memo", "memo", help="free text"),
    Flag("--category", "category_id", "category", "'Parent / Child' or a unique name",
         aliases=("category",)),
)
TRANSFER = Flag("--transfer-to", "transfer_to", "account",
                "another own account: also books the other side, as one transfer")
# What ``transactions edit`` may change (moving to another account included).
EDIT_TRANSACTION_FLAGS = tuple(
    Flag(f.flag, f.field, f.kind, f.help.replace("it is booked on", "to move it to"),
         required=f.required, aliases=f.aliases) for f in TRANSACTION_FLAGS)


def _transaction_commands(transactions: argparse.ArgumentParser) -> None:
    actions = subcommands(transactions)
    p = subcommand(actions, "add", "add a transaction by hand (or a transfer)")
    add_flags(p, (*TRANSACTION_FLAGS, TRANSFER), adding=True)
    p.set_defaults(func=cmd_transaction_add)

    p = subcommand(actions, "edit", "change a transaction (only the flags given)")
    p.add_argument("ident", metavar="ID", help="its id (transactions --json)")
    add_flags(p, EDIT_TRANSACTION_FLAGS, adding=False)
    p.add_argument("--uncategorised", action="store_true", help="remove its category")
    p.set_defaults(func=cmd_transaction_edit)

    p = subcommand(actions, "delete", "delete transactions")
    p.add_argument("idents", metavar="ID", nargs="+", help="their ids (transactions --json)")
    p.set_defaults(func=cmd_transaction_delete)


def _transaction_items(session: VaultSession, ids: Sequence[int]) -> list[dict[str, Any]]:
    found = transactions_by_id(session, ids)
    names = {a.id: a.name for a in session.accounts()}
    paths = session.category_path()
    return [transaction_item(found[i], names[found[i].account_id],
                             paths.get(found[i].category_id, "") if found[i].category_id
                             else "") for i in ids]


def cmd_transaction_add(args: argparse.Namespace) -> int:
    """``transactions add``: one hand-entered transaction, or both sides of a transfer."""
    flags = (*TRANSACTION_FLAGS, TRANSFER)
    with open_session(args) as session, naming_flags(flags):
        values = read_flags(session, args, flags)
        account = session.get(Account, values["account_id"])
        tx = Transaction(account_id=values["account_id"], date=values["date"],
                         amount=Money(values["amount"], account.currency),
                         payee=values.get("payee") or "", memo=values.get("memo") or "",
                         category_id=values.get("category_id"))
        outcome = apply(session, records.new_transaction(session, tx, values.get("transfer_to")))
        items = _transaction_items(session, outcome.result)
    if args.json:
        print_json({"transaction": items[0], **({"transfer": items[1]} if len(items) > 1
                                                  else {})})
    else:
        for item in items:
            print(f"added transaction {item['id']}: {item['date']} {item['account']} "
                  f"{item['currency']} {item['amount']} {item['payee']}")
    return 0


def cmd_transaction_edit(args: argparse.Namespace) -> int:
    """``transactions edit ID``: change the fields given (the other side of a transfer
    follows a new date or amount)."""
    flags = EDIT_TRANSACTION_FLAGS
    with open_session(args) as session, naming_flags(flags):
        ident = parse_whole(args.ident, "ID")
        if args.uncategorised and args.category_id is not None:
            raise ValidationError("--uncategorised", "give it or --category, not both")
        current = transactions_by_id(session, [ident]).get(ident)
        if current is None:
            raise ValidationError("ID", f"no transaction with id {ident}")
        values = read_flags(session, args, flags)
        if not values and not args.uncategorised:
            raise nothing_to_change("transactions edit", flags, "--uncategorised")
        account = session.get(Account, values.get("account_id") or current.account_id)
        changes: dict[str, Any] = {
            "day": values.get("date"), "payee": values.get("payee"),
            "memo": values.get("memo"), "account_id": values.get("account_id"),
            "amount": Money(values["amount"], account.currency) if "amount" in values
            else None,
        }
        if "category_id" in values or args.uncategorised:
            changes["category_id"] = values.get("category_id")
        apply(session, records.edit_transaction(session, ident, **changes))
        (item,) = _transaction_items(session, [ident])
    if args.json:
        print_json({"transaction": item})
    else:
        print(f"changed transaction {ident}: {item['date']} {item['account']} "
              f"{item['currency']} {item['amount']} {item['payee']}")
    return 0


def cmd_transaction_delete(args: argparse.Namespace) -> int:
    """``transactions delete ID...``: the other side of a transfer stays, unlinked."""
    with open_session(args) as session:
        ids = [parse_whole(text, "ID") for text in args.idents]
        try:
            apply(session, records.remove_transactions(session, ids))
        except NotFound as error:
            raise ValidationError("ID", f"no transaction with id {error.key}") from None
    if args.json:
        print_json({"deleted": {"transactions": ids}})
    else:
        print(f"deleted {len(ids)} transaction{'s' if len(ids) != 1 else ''}")
    return 0


# --- profile ---------------------------------------------------------------------------------


def _profile_commands(commands: argparse._SubParsersAction,
                      parent: argparse.ArgumentParser) -> None:
    p = commands.add_parser("profile", parents=[parent],
                            help="the personal profile: every field and whether it is filled")
    p.add_argument("--json", action="store_true", help="machine-readable output")
    p.set_defaults(func=cmd_profile)
    actions = subcommands(p)
    s = subcommand(actions, "set", "set profile fields (FIELD= clears one)")
    s.add_argument("assignments", metavar="FIELD=VALUE", nargs="+",
                   help="fields: " + ", ".join(PROFILE_FIELDS))
    s.set_defaults(func=cmd_profile_set)


def _print_profile(session: VaultSession, as_json: bool) -> None:
    profile = session.profile()
    filled = records.profile_filled(session)
    if as_json:
        print_json({"profile": {
            name: {"value": getattr(profile, name) if filled[name] else None,
                   "filled": filled[name]} for name in PROFILE_FIELDS}})
        return
    rows = [[name, str(getattr(profile, name)) if filled[name] else "(not filled)"]
            for name in PROFILE_FIELDS]
    print_table(["Field", "Value"], rows)


def cmd_profile(args: argparse.Namespace) -> int:
    """``profile``: every field, its value or that it is not filled."""
    with open_session(args, read_only=True) as session:
        _print_profile(session, args.json)
    return 0


def cmd_profile_set(args: argparse.Namespace) -> int:
    """``profile set FIELD=VALUE ...``: read as the share catalogue names the fields."""
    with open_session(args) as session:
        values: dict[str, Any] = {}
        for assignment in args.assignments:
            name, sep, text = assignment.partition("=")
            name = name.strip().removeprefix("profile.")
            if not sep:
                raise ValidationError(name or assignment, "give it as FIELD=VALUE")
            values[name] = records.parse_profile_value(name, text)
        apply(session, records.set_profile(session, values))
        if args.json:
            _print_profile(session, True)
        else:
            print("changed profile: " + ", ".join(values))
    return 0


# --- registration ----------------------------------------------------------------------------


def register(commands: argparse._SubParsersAction, parent: argparse.ArgumentParser) -> None:
    """Add the subcommands of ``accounts`` and ``transactions`` (which list, as before, when
    given none) and ``profile``. Registered after ``ledger_commands``."""
    for name, add in (("accounts", _account_commands),
                      ("transactions", _transaction_commands)):
        if name not in commands.choices:
            raise RuntimeError(f"register ledger_commands before keyin_commands ({name})")
        add(commands.choices[name])
    _profile_commands(commands, parent)


__all__ = ["register"]
