"""``init``, ``demo``, ``rekey``, ``backup`` and ``check``: the vault file itself."""

from __future__ import annotations

import argparse
import sys

from cmrdesk.domain import CmrdeskError
from cmrdesk.services.demo import open_demo, populate_demo
from cmrdesk.services.session import VaultSession

from .common import open_session, positive_int, vault_path
from .output import money_text, print_json, print_warnings
from .passphrase import NEW_PASSPHRASE_ENV, read_passphrase


def register(commands: argparse._SubParsersAction, parent: argparse.ArgumentParser) -> None:
    """Add the vault commands to the parser."""
    p = commands.add_parser("init", parents=[parent], help="create a new, empty vault")
    p.add_argument("--base-currency", default="EUR", help="currency for totals (default EUR)")
    p.set_defaults(func=cmd_init)

    p = commands.add_parser("demo", parents=[parent], help="create a vault with demo data")
    p.add_argument("--transactions", type=positive_int, default=None, metavar="N",
                   help="scale the ledger to N transactions (default: the household's own)")
    p.add_argument("--seed", type=int, default=7, metavar="S", help="random seed (default 7)")
    p.set_defaults(func=cmd_demo)

    p = commands.add_parser("rekey", parents=[parent], help="change the vault's passphrase")
    p.add_argument("--new-passphrase-file", metavar="FILE",
                   help=f"new passphrase from FILE (else ${NEW_PASSPHRASE_ENV}, else a prompt)")
    p.set_defaults(func=cmd_rekey)

    p = commands.add_parser("backup", parents=[parent], help="write an encrypted copy")
    p.add_argument("--out", required=True, metavar="PATH", help="where to write the copy")
    p.set_defaults(func=cmd_backup)

    p = commands.add_parser("summary", parents=[parent],
                            help="accounts, balances and net worth in a few lines")
    p.add_argument("--demo", action="store_true",
                   help="the demo vault (created on first use, passphrase 'demo')")
    p.add_argument("--json", action="store_true", help="machine-readable output")
    p.set_defaults(func=cmd_summary)

    p = commands.add_parser("check", parents=[parent],
                            help="authenticate every page of the vault")
    p.set_defaults(func=cmd_check)


def _create(args: argparse.Namespace, base_currency: str = "EUR") -> VaultSession:
    passphrase = read_passphrase(args.passphrase_file, prompt="New passphrase: ", confirm=True)
    return VaultSession.create(vault_path(args), passphrase, base_currency=base_currency)


def cmd_init(args: argparse.Namespace) -> int:
    """Create an empty vault."""
    with _create(args, args.base_currency) as session:
        print(f"created {session.path} ({session.vault.params.describe()})")
    return 0


def cmd_demo(args: argparse.Namespace) -> int:
    """Create a vault filled with the demo household."""
    with _create(args) as session:
        count = populate_demo(session, transactions=args.transactions, seed=args.seed)
        print(f"created demo vault {session.path}: {count:,} transactions, "
              f"net worth {money_text(session.net_worth())}")
    return 0


def cmd_rekey(args: argparse.Namespace) -> int:
    """Change the passphrase."""
    with open_session(args) as session:
        new = read_passphrase(args.new_passphrase_file, env=NEW_PASSPHRASE_ENV,
                              prompt="New passphrase: ", confirm=True)
        session.rekey(new)
        print(f"passphrase changed for {session.path}")
    return 0


def cmd_backup(args: argparse.Namespace) -> int:
    """Write an encrypted backup."""
    with open_session(args, read_only=True) as session:
        path = session.backup(args.out)
        print(f"backup written to {path} (same passphrase; open it to restore)")
    return 0


def cmd_check(args: argparse.Namespace) -> int:
    """Authenticate every page."""
    with open_session(args, read_only=True) as session:
        problems = session.integrity_check()
    if problems:
        for problem in problems[:20]:
            print(f"problem: {problem}", file=sys.stderr)
        raise CmrdeskError(f"vault {session.path} failed its integrity check")
    print(f"{session.path}: every page authenticated, structure ok")
    return 0


def cmd_summary(args: argparse.Namespace) -> int:
    """Print a vault's accounts and net worth (``--demo``: the demo vault)."""
    if args.demo:
        session, _created = open_demo()
    else:
        session = open_session(args, read_only=True)
    with session:
        print_summary(session, as_json=args.json)
    return 0


def print_summary(session: VaultSession, *, as_json: bool = False) -> None:
    """A short overview of a vault: its accounts, balances and net worth."""
    balances = session.balances()
    warnings = session.missing_rates()
    if as_json:
        print_json({"vault": str(session.path), "net_worth": session.net_worth(),
                    "accounts": len(balances), "transactions": session.transaction_count(),
                    "warnings": [w.as_json() for w in warnings]})
        return
    print(f"vault: {session.path}")
    print(f"transactions: {session.transaction_count():,}")
    for item in balances:
        print(f"  {item.account.name:<26} {money_text(item.balance):>20}")
    print(f"net worth: {money_text(session.net_worth())}")
    print_warnings(warnings)


__all__ = ["print_summary", "register"]
