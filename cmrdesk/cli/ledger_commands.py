"""``accounts`` and ``transactions``: read the ledger."""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from cmrdesk.domain import Transaction
from cmrdesk.services.session import AccountBalance

from .common import iso_date, open_session, positive_int
from .output import money_text, print_json, print_table, print_warnings

_PAGE = 20_000


def register(commands: argparse._SubParsersAction, parent: argparse.ArgumentParser) -> None:
    """Add the ledger commands to the parser."""
    p = commands.add_parser("accounts", parents=[parent],
                            help="list accounts and balances (add|edit|delete: key them in)")
    p.add_argument("--json", action="store_true", help="machine-readable output")
    p.set_defaults(func=cmd_accounts)

    p = commands.add_parser("transactions", parents=[parent],
                            help="list transactions (add|edit|delete: by hand)")
    p.add_argument("--account", metavar="NAME", help="only this account")
    p.add_argument("--since", type=iso_date, metavar="D", help="from this date (YYYY-MM-DD)")
    p.add_argument("--until", type=iso_date, metavar="D", help="up to this date (YYYY-MM-DD)")
    p.add_argument("--limit", type=positive_int, metavar="N", help="at most N transactions")
    p.add_argument("--json", action="store_true", help="machine-readable output")
    p.set_defaults(func=cmd_transactions)


def account_item(b: AccountBalance) -> dict[str, Any]:
    """One account as ``accounts --json`` lists it (and ``accounts add --json`` prints it)."""
    return {
        "id": b.account.id, "name": b.account.name, "kind": str(b.account.kind),
        "institution": b.account.institution, "currency": b.account.currency,
        "balance": b.balance.decimal_str(),
        # No exchange rate to the base currency: unknown, not zero.
        "balance_base": None if b.balance_base is None else b.balance_base.decimal_str(),
    }


def transaction_item(tx: Transaction, account: str, category: str) -> dict[str, Any]:
    """One transaction as ``transactions --json`` lists it (``account``: its account's name,
    ``category``: its path, empty when uncategorised)."""
    return {
        "id": tx.id, "date": tx.date.isoformat(), "account": account,
        "amount": tx.amount.decimal_str(), "currency": tx.amount.currency,
        "payee": tx.payee, "memo": tx.memo, "category": category or None,
    }


def cmd_accounts(args: argparse.Namespace) -> int:
    """Accounts with balances in their own and the base currency."""
    with open_session(args, read_only=True) as session:
        base = session.base_currency
        balances = session.balances()
        warnings = session.missing_rates()
    if args.json:
        print_json({
            "base_currency": base,
            "accounts": [account_item(b) for b in balances],
            "warnings": [w.as_json() for w in warnings],
        })
        return 0
    rows = [
        [b.account.name, str(b.account.kind).replace("_", " "), b.account.institution,
         money_text(b.balance),
         "no rate" if b.balance_base is None else money_text(b.balance_base)]
        for b in balances
    ]
    print_table(["Account", "Kind", "Institution", "Balance", f"In {base}"], rows,
                right=(3, 4))
    print_warnings(warnings)
    return 0


def cmd_transactions(args: argparse.Namespace) -> int:
    """Transactions, oldest first, streamed page by page so a million rows stay cheap."""
    with open_session(args, read_only=True) as session:
        accounts = {a.id: a for a in session.accounts()}
        account_id = session.account_named(args.account).id if args.account else None
        categories = session.category_path()
        out = sys.stdout
        if args.json:
            out.write('{"transactions": [')
        else:
            out.write(f"{'Date':<10}  {'Account':<22}  {'Amount':>16}  {'Payee':<28}  "
                      "Category\n")
        written = 0
        offset = 0
        while args.limit is None or written < args.limit:
            size = _PAGE if args.limit is None else min(_PAGE, args.limit - written)
            page = session.transactions(account_id=account_id, since=args.since,
                                        until=args.until, limit=size, offset=offset)
            if not page:
                break
            offset += len(page)
            for tx in page:
                category = categories.get(tx.category_id, "") if tx.category_id else ""
                account = accounts[tx.account_id].name
                if args.json:
                    out.write(("," if written else "") + "\n  " + json.dumps(
                        transaction_item(tx, account, category), ensure_ascii=False))
                else:
                    out.write(f"{tx.date.isoformat():<10}  {account[:22]:<22}  "
                              f"{money_text(tx.amount):>16}  {tx.payee[:28]:<28}  "
                              f"{category}\n")
                written += 1
        if args.json:
            out.write("\n]}\n" if written else "]}\n")
    return 0


__all__ = ["account_item", "register", "transaction_item"]
