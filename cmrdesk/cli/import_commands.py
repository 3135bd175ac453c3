"""``import`` and ``mapping``: bring bank statements and market data into the vault."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from cmrdesk.domain import CmrdeskError, ImportFormatError
from cmrdesk.importers import CsvMapping, detect_csv_mapping
from cmrdesk.services import editing, importing
from cmrdesk.services.import_history import import_history

from .common import open_session
from .output import print_json


def register(commands: argparse._SubParsersAction, parent: argparse.ArgumentParser) -> None:
    """Add the import commands to the parser."""
    p = commands.add_parser(
        "import", parents=[parent],
        help="import bank files (OFX/QFX, QIF, CSV, CAMT, MT940) or market data")
    p.add_argument("files", nargs="+", metavar="FILE", type=Path)
    p.add_argument("--account", metavar="NAME",
                   help="import into this account (created if missing) instead of matching")
    p.add_argument("--format", metavar="F",
                   help="ofx, qfx, qif, csv, camt.053, camt.052, camt.054, mt940 or market "
                        "(default: detected from the content)")
    p.add_argument("--mapping", metavar="PROFILE", help="CSV: use this saved column mapping")
    p.add_argument("--mapping-file", metavar="JSON", type=Path,
                   help="CSV: use the mapping in this JSON file (see `cmrdesk mapping`)")
    p.add_argument("--save-mapping", metavar="NAME",
                   help="CSV: save the mapping used under NAME for the bank's next files")
    p.add_argument("--dry-run", action="store_true",
                   help="report what would happen, change nothing")
    p.add_argument("--json", action="store_true", help="machine-readable output")
    p.set_defaults(func=cmd_import)

    p = commands.add_parser("mapping", parents=[parent],
                            help="show the column mapping proposed for a CSV file")
    p.add_argument("file", metavar="FILE", type=Path)
    p.add_argument("--json", action="store_true", help="machine-readable output")
    p.set_defaults(func=cmd_mapping)

    p = commands.add_parser("imports", parents=[parent],
                            help="list the imported files; `imports remove ID` takes one back")
    p.add_argument("--json", action="store_true", help="machine-readable output")
    p.set_defaults(func=cmd_imports)
    actions = p.add_subparsers(dest="imports_action", metavar="ACTION")
    r = actions.add_parser("remove", help="remove an import: its transactions, its history "
                           "entry and the accounts it created that are left empty")
    r.add_argument("id", metavar="ID", type=int, help="the import's id (see `cmrdesk imports`)")
    # SUPPRESS: given after `remove` they count, and they never reset what came before it.
    r.add_argument("--vault", type=Path, default=argparse.SUPPRESS, help="vault file")
    r.add_argument("--passphrase-file", metavar="FILE", default=argparse.SUPPRESS,
                   help="read the passphrase from FILE")
    r.add_argument("--json", action="store_true", default=argparse.SUPPRESS,
                   help="machine-readable output")
    r.set_defaults(func=cmd_imports_remove)


def _mapping(args: argparse.Namespace, session: importing.VaultSession) -> CsvMapping | None:
    if args.mapping and args.mapping_file:
        raise CmrdeskError("give either --mapping or --mapping-file, not both")
    if args.mapping:
        return importing.load_mapping(session, args.mapping)
    if args.mapping_file:
        try:
            data = json.loads(args.mapping_file.read_text(encoding="utf-8"))
        except (OSError, ValueError) as error:
            raise CmrdeskError(f"cannot read mapping {args.mapping_file}: {error}") from None
        return CsvMapping.from_dict(data)
    return None


def cmd_import(args: argparse.Namespace) -> int:
    """Import each file as its own all-or-nothing unit."""
    failed = 0
    results = []
    with open_session(args) as session:
        mapping = _mapping(args, session)
        for path in args.files:
            try:
                report = importing.import_file(
                    session, path, account=args.account, format=args.format,
                    mapping=mapping, dry_run=args.dry_run,
                )
            except ImportFormatError as error:
                failed += 1
                print(f"error: {error}", file=sys.stderr)
                results.append({"file": str(path), "error": str(error)})
                continue
            results.append(report.as_json())
            if not args.json:
                _print_report(report, dry_run=args.dry_run)
        if args.save_mapping and not args.dry_run:
            csv_files = [p for p in args.files if p.suffix.lower() in {".csv", ".txt"}]
            if mapping is None and csv_files:
                mapping, _name = importing.propose_mapping(session, csv_files[0])
            if mapping is not None:
                importing.save_mapping(session, args.save_mapping, mapping)
    if args.json:
        print_json({"files": results})
    return 1 if failed else 0


def _print_report(report: importing.FileReport, *, dry_run: bool) -> None:
    verb = "would import" if dry_run else "imported"
    created = " (new account)" if report.created_account else ""
    print(f"{report.file}: {report.format}, account {report.account!r}{created}")
    print(f"  {verb} {report.new}, duplicates {report.duplicates}, "
          f"pending skipped {report.pending_skipped}")
    if any(report.categorised.values()):
        print(f"  categorised by your rules {report.categorised['rule']}, by the learned "
              f"model {report.categorised['model']}")
    if report.statement_balance is not None:
        state = "reconciles" if report.reconciled else "does NOT reconcile"
        print(f"  statement balance {report.statement_balance}, vault balance "
              f"{report.vault_balance}: {state}")
    for warning in report.warnings:
        print(f"  warning: {warning}")


def cmd_mapping(args: argparse.Namespace) -> int:
    """Print the detected (or saved, matching) mapping for a CSV file."""
    if args.vault is not None or args.passphrase_file:
        with open_session(args, read_only=True) as session:
            mapping, profile = importing.propose_mapping(session, args.file)
    else:
        mapping, profile = detect_csv_mapping(args.file), None
    data = mapping.to_dict()
    if args.json:
        print_json({"file": str(args.file), "profile": profile, "mapping": data})
    else:
        print(f"{args.file}: " + (f"saved profile {profile!r}" if profile else "detected"))
        print(json.dumps(data, indent=2, ensure_ascii=False))
    return 0


def cmd_imports(args: argparse.Namespace) -> int:
    """List the import history, newest first."""
    with open_session(args, read_only=True) as session:
        history = import_history(session)
    if args.json:
        print_json({"imports": [entry.as_json() for entry in history]})
        return 0
    if not history:
        print("no imports yet")
    for entry in history:
        print(f"{entry.id:>5}  {entry.imported_at}  {entry.file} ({entry.format})  "
              f"{', '.join(entry.accounts)}: {entry.new} new, {entry.duplicates} duplicates, "
              f"{entry.pending_skipped} pending skipped")
    return 0


def cmd_imports_remove(args: argparse.Namespace) -> int:
    """Remove one import as a whole."""
    with open_session(args) as session:
        entry = next((e for e in import_history(session) if e.id == args.id), None)
        accounts_before = {a.id: a.name for a in session.accounts()}
        outcome = editing.apply(session, editing.RemoveImport(args.id))
        remaining = {a.id for a in session.accounts()}
    removed = [name for ident, name in accounts_before.items() if ident not in remaining]
    file = entry.file if entry else None
    if args.json:
        print_json({"removed": {"id": args.id, "file": file, "transactions": outcome.result,
                                "accounts": removed}})
    else:
        print(f"removed import {args.id} ({file}): {outcome.result} transactions"
              + (f", accounts {', '.join(removed)}" if removed else ""))
    return 0
