"""The ``cmrdesk`` command line: argparse over the services.

Errors reach the user as one ``error:`` line on stderr and a non-zero exit code, never a
traceback. Exit codes: 0 ok, 1 error, 2 usage, 3 wrong passphrase, 4 not a vault or damaged
(and a disclosure package that fails verification), 5 vault in use by another process.
"""

from __future__ import annotations

import argparse
import sys

from cmrdesk import __version__
from cmrdesk.domain import (
    CmrdeskError,
    NotAVault,
    PackageInvalid,
    VaultCorrupt,
    VaultInUse,
    WrongPassphrase,
)

from . import (
    bench_command,
    category_commands,
    desktop_commands,
    import_commands,
    keyin_commands,
    ledger_commands,
    ledger_edit_commands,
    market_commands,
    rates_commands,
    records_commands,
    report_command,
    share_commands,
    vault_commands,
)

EXIT_ERROR, EXIT_USAGE, EXIT_PASSPHRASE, EXIT_DAMAGED, EXIT_IN_USE = 1, 2, 3, 4, 5

#: Modules that add commands; later features append theirs here.
COMMAND_MODULES = [
    vault_commands, ledger_commands, import_commands, report_command, bench_command,
    share_commands, rates_commands, keyin_commands, records_commands,
    market_commands, desktop_commands, ledger_edit_commands, category_commands,
]


def build_parser() -> argparse.ArgumentParser:
    """The full argument parser."""
    from .common import vault_options

    parser = argparse.ArgumentParser(
        prog="cmrdesk",
        description="Your finances in one encrypted vault; you decide what vendors learn.",
        epilog="Without a command (or with --demo or --vault PATH) cmrdesk opens the desktop "
        "app; `cmrdesk screenshot --help` renders its pages to PNG files.",
    )
    parser.add_argument("--version", action="version", version=f"cmrdesk {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    parent = vault_options()
    for module in COMMAND_MODULES:
        module.register(commands, parent)
    return parser


def main(argv: list[str] | None = None) -> int:
    """Run the CLI; returns the exit code."""
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        if not args.command:
            parser.print_help()
            return EXIT_USAGE
        return int(args.func(args) or 0)
    except WrongPassphrase as error:
        return _fail(error, EXIT_PASSPHRASE)
    except (NotAVault, VaultCorrupt, PackageInvalid) as error:
        return _fail(error, EXIT_DAMAGED)
    except VaultInUse as error:
        return _fail(error, EXIT_IN_USE)
    except CmrdeskError as error:
        return _fail(error, EXIT_ERROR)
    except KeyboardInterrupt:
        return _fail("interrupted", EXIT_ERROR)
    except BrokenPipeError:
        return 0
    except OSError as error:
        return _fail(f"{error.filename or ''}: {error.strerror}".lstrip(": "), EXIT_ERROR)


def _fail(error: object, code: int) -> int:
    print(f"error: {error}", file=sys.stderr)
    return code
