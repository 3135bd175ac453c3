"""``init``, ``demo``, ``rekey``, ``backup`` and ``check``: the vault file itself."""

from __future__ import annotations

import argparse
import sys

from cmrdesk.domain import VaultCorrupt
from cmrdesk.services.demo import DEMO_PASSPHRASE, open_demo, populate_demo
from cmrdesk.services.paths import default_demo_vault_path
from cmrdesk.services.session import VaultSession

from .common import open_session, positive_int, vault_path
from .output import money_text, print_json, print_warnings
from .passphrase import NEW_PASSPHRASE_ENV, read_passphrase, require_strong


def register(commands: argparse._SubParsersAction, parent: argparse.ArgumentParser) -> None:
    """Add the vault commands to the parser."""
    p = commands.add_parser("init", parents=[parent], help="create a new, empty vault")
    p.add_argument("--base-currency", default="EUR", help="currency for totals (default EUR)")
    p.add_argument("--allow-weak", action="store_true",
                   help="accept a passphrase the app would call weak (throw-away vaults)")
    p.set_defaults(func=cmd_init)

    p = commands.add_parser(
        "demo", parents=[parent],
        help=f"create a vault with demo data (default: {default_demo_vault_path()}, "
        f"passphrase {DEMO_PASSPHRASE!r})")
    p.add_argument("--transactions", type=positive_int, default=None, metavar="N",
                   help="scale the ledger to N transactions (default: the household's own)")
    p.add_argument("--seed", type=int, default=7, metavar="S", help="random seed (default 7)")
    p.set_defaults(func=cmd_demo)

    p = commands.add_parser("rekey", parents=[parent], help="change the vault's passphrase")
    p.add_argument("--new-passphrase-file", metavar="FILE",
                   help=f"new passphrase from FILE (else ${NEW_PASSPHRASE_ENV}, else a prompt)")
    p.add_argument("--allow-weak", action="store_true",
                   help="accept a new passphrase the app would call weak")
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


def cmd_init(args: argparse.Namespace) -> int:
    """Create an empty vault (refusing a passphrase the app would call weak)."""
    passphrase = read_passphrase(args.passphrase_file, prompt="New passphrase: ", confirm=True)
    require_strong(passphrase, allow_weak=args.allow_weak)
    with VaultSession.create(vault_path(args), passphrase,
                             base_currency=args.base_currency) as session:
        print(f"created {session.path} ({session.vault.params.describe()})")
    return 0


def cmd_demo(args: argparse.Namespace) -> int:
    """Create a vault filled with the demo household.

    Without ``--vault`` it goes to the demo vault's place with the demo passphrase (what
    ``cmrdesk --demo`` opens), never to the personal vault's. Demo data is made up, so the
    passphrase strength rule does not apply.
    """
    if args.vault is None:
        session = VaultSession.create(default_demo_vault_path(), DEMO_PASSPHRASE)
    else:
        passphrase = read_passphrase(args.passphrase_file, prompt="New passphrase: ",
                                     confirm=True)
        session = VaultSession.create(args.vault, passphrase)
    with session:
        count = populate_demo(session, transactions=args.transactions, seed=args.seed)
        print(f"created demo vault {session.path}: {count:,} transactions, "
              f"net worth {money_text(session.net_worth())}")
    return 0


def cmd_rekey(args: argparse.Namespace) -> int:
    """Change the passphrase."""
    with open_session(args) as session:
        new = read_passphrase(args.new_passphrase_file, env=NEW_PASSPHRASE_ENV,
                              prompt="New passphrase: ", confirm=True)
        require_strong(new, allow_weak=args.allow_weak)
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
    """Authenticate every page; a page that fails is damage (exit 4), like at unlock."""
    with open_session(args, read_only=True) as session:
        problems = session.integrity_check()
    if problems:
        for problem in problems[:20]:
            print(f"problem: {problem}", file=sys.stderr)
        count = f"{len(problems)} problem{'s' if len(problems) != 1 else ''}"
        raise VaultCorrupt(session.path, f"{count} found by the integrity check")
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
