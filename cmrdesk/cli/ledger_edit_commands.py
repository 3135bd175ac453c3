"""Working the ledger from the command line: ``categorise``, ``suggestions [accept]`` and
``transactions split|unsplit|export`` (``rules`` and ``categories``: ``category_commands``).

Every check lives in the services (``ledger_edits``, ``rules``, ``category_edits``,
``splits``, ``export``); this module turns text into typed values and a refusal's field into
the flag the person typed, and applies each change as one operation (all or nothing).
"""

from __future__ import annotations

import argparse
import contextlib
from collections.abc import Iterator
from pathlib import Path

from cmrdesk.domain import Account, Money, ValidationError
from cmrdesk.services import export, ledger_edits, records, splits
from cmrdesk.services.browse import UNCATEGORISED, TransactionFilter
from cmrdesk.services.editing import apply
from cmrdesk.services.session import VaultSession

from .common import iso_date, open_session, parse_number, parse_whole
from .keyin_flags import account_named, subcommand, subcommands
from .output import print_json, print_table

#: Service field -> the flag a person typed, for refusals.
_FLAGS = {
    "id": "--id", "category": "--category", "min_confidence": "--min-confidence",
    "payee_contains": "--payee-contains", "payee_equals": "--payee-equals",
    "pattern": "--pattern", "memo_contains": "--memo-contains", "min_amount": "--min-amount",
    "max_amount": "--max-amount", "account": "--account", "parts": "--part",
    "move_to": "--move-to", "parent": "--parent", "columns": "--columns", "out": "--out",
    "rule": "rules add",
}


@contextlib.contextmanager
def naming_service_fields() -> Iterator[None]:
    """Re-raise a service's ``ValidationError`` under the flag of its field."""
    try:
        yield
    except ValidationError as error:
        flag = _FLAGS.get(error.field)
        if flag is None and error.field.startswith("part "):
            flag = "--part " + error.field.split()[1]  # "part 2" -> "--part 2"
        if flag is None:
            raise
        raise ValidationError(flag, error.reason) from None


def category_option(session: VaultSession, path: str, flag: str = "--category") -> int:
    """The id of the category a person named, or a ``ValidationError`` naming ``flag``."""
    try:
        return records.find_category(session, path).id  # type: ignore[return-value]
    except ValidationError as error:
        raise ValidationError(flag, error.reason) from None


def account_option(session: VaultSession, text: str) -> Account:
    """An account by name, or by id when the text is a number no account is called."""
    with contextlib.suppress(ValidationError):
        return account_named(session, text, "--account")
    if text.strip().isdigit():
        for acc in session.accounts():
            if acc.id == int(text):
                return acc
    raise ValidationError("--account", f"no account called {text.strip()!r}")


def _confidence(text: str | None) -> float | None:
    if text is None:
        return None
    value = parse_number(text, "--min-confidence", "a number between 0 and 1")
    if not 0 <= value <= 1:
        raise ValidationError("--min-confidence", f"{text} is not between 0 and 1")
    return float(value)


def _ids(texts: list[str] | None, flag: str = "--id") -> list[int]:
    return [parse_whole(t, flag) for t in texts or []]


# --- categorise and suggestions --------------------------------------------------------------


def cmd_categorise(args: argparse.Namespace) -> int:
    """``categorise --id ID ... --category PATH``: one undo step, filed by the person."""
    ids = _ids(args.ids)
    with open_session(args) as session, naming_service_fields():
        category = (None if args.category is None
                    else category_option(session, args.category))
        if category is None and not args.uncategorised:
            raise ValidationError("--category", "give a category (or --uncategorised)")
        outcome = apply(session, ledger_edits.categorise(session, ids, category))
        path = session.category_path().get(category) if category is not None else None
    if args.json:
        print_json({"categorised": outcome.result, "category": path, "ids": ids})
    else:
        print(f"categorised {outcome.result} as {path or 'uncategorised'}")
    return 0


def cmd_suggestions(args: argparse.Namespace) -> int:
    """``suggestions``: what the categoriser proposes for uncategorised transactions."""
    floor = _confidence(getattr(args, "min_confidence", None))
    with open_session(args, read_only=True) as session, naming_service_fields():
        found = ledger_edits.suggestions(session, floor)
    if args.json:
        print_json({"suggestions": [
            {"id": s.id, "category": s.category, "confidence": s.confidence,
             "reason": s.reason} for s in found]})
        return 0
    print_table(["Id", "Category", "Confidence", "Reason"],
                [[str(s.id), s.category, f"{s.confidence:.0%}", s.reason] for s in found],
                right=(0, 2))
    return 0


def cmd_suggestions_accept(args: argparse.Namespace) -> int:
    """``suggestions accept``: by ids, above a confidence, or all, as one undo step."""
    floor = _confidence(getattr(args, "min_confidence", None))
    ids = _ids(getattr(args, "ids", None)) or None
    with open_session(args) as session, naming_service_fields():
        op = ledger_edits.accept_suggestions(session, ids, floor)
        accepted = apply(session, op).result if op.ids else 0
    if args.json:
        print_json({"accepted": accepted})
    else:
        print(f"accepted {accepted} suggestion{'' if accepted == 1 else 's'}")
    return 0


# --- transactions split and export -----------------------------------------------------------


def _part(text: str, number: int, line: Money, session: VaultSession) -> splits.SplitPart:
    flag = f"--part {number}"
    amount_text, sep, path = text.partition("=")
    if not sep or not path.strip():
        raise ValidationError(flag, f"{text!r}: give it as AMOUNT=CATEGORY")
    amount = parse_number(amount_text, flag, "an amount")
    if not amount_text.strip().startswith(("-", "+")) and line.amount < 0:
        amount = -amount  # unsigned parts take the line's sign: 30=Groceries of a -50 line
    category = None if path.strip().casefold() == "uncategorised" else category_option(
        session, path, flag)
    return splits.SplitPart(Money(amount, line.currency), category)


def cmd_transactions_split(args: argparse.Namespace) -> int:
    """``transactions split ID --part AMOUNT=CATEGORY ...``: the parts must add up to the
    line exactly, else nothing changes."""
    ident = parse_whole(args.ident, "ID")
    with open_session(args) as session, naming_service_fields():
        (line,) = ledger_edits.transactions(session, [ident], "ID")
        parts = [_part(t, k, line.amount, session) for k, t in enumerate(args.parts, start=1)]
        apply(session, splits.split(session, ident, parts))
        paths = session.category_path()
    items = [{"amount": p.amount.decimal_str(), "currency": p.amount.currency,
              "category": paths.get(p.category_id) if p.category_id else None}
             for p in parts]
    if args.json:
        print_json({"split": {"id": ident, "parts": items}})
    else:
        print(f"split transaction {ident} in {len(parts)}: " + ", ".join(
            f"{i['amount']} {i['category'] or 'uncategorised'}" for i in items))
    return 0


def cmd_transactions_unsplit(args: argparse.Namespace) -> int:
    """``transactions unsplit ID``."""
    ident = parse_whole(args.ident, "ID")
    with open_session(args) as session, naming_service_fields():
        apply(session, splits.unsplit(session, ident))
    if args.json:
        print_json({"unsplit": ident})
    else:
        print(f"joined transaction {ident} again")
    return 0


def cmd_transactions_export(args: argparse.Namespace) -> int:
    """``transactions export [filters] --out FILE.csv|FILE.xlsx``."""
    with open_session(args, read_only=True) as session, naming_service_fields():
        account_ids = None
        if getattr(args, "account", None):
            account_ids = (account_option(session, args.account).id,)
        category_ids = None
        if args.category:
            category_ids = (UNCATEGORISED,) if args.category.casefold() == "uncategorised" \
                else (category_option(session, args.category),)
        flt = TransactionFilter(since=getattr(args, "since", None),
                                until=getattr(args, "until", None), account_ids=account_ids,
                                category_ids=category_ids, text=args.text or "")
        columns = args.columns.split(",") if args.columns else None
        written = export.export_transactions(session, flt, columns, Path(args.out))
    if args.json:
        print_json({"exported": written, "out": str(args.out)})
    else:
        print(f"exported {written} transactions to {args.out}")
    return 0


# --- registration ----------------------------------------------------------------------------


def _actions(parser: argparse.ArgumentParser) -> argparse._SubParsersAction:
    """The subcommands a command already has (``transactions add|edit|delete``)."""
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            return action
    return subcommands(parser)


def register(commands: argparse._SubParsersAction, parent: argparse.ArgumentParser) -> None:
    """Add ``categorise``, ``suggestions`` and the ``split``, ``unsplit`` and ``export``
    subcommands of ``transactions`` (registered after ``keyin_commands``)."""
    p = commands.add_parser("categorise", parents=[parent],
                            help="file transactions under a category (one undo step)")
    p.add_argument("--id", dest="ids", action="append", required=True, metavar="ID",
                   help="a transaction id (repeat for several)")
    p.add_argument("--category", metavar="PATH", help="'Parent / Child' or a unique name")
    p.add_argument("--uncategorised", action="store_true", help="remove their category")
    p.add_argument("--json", action="store_true", help="machine-readable output")
    p.set_defaults(func=cmd_categorise)

    p = commands.add_parser("suggestions", parents=[parent],
                            help="suggested categories for uncategorised transactions")
    p.add_argument("--min-confidence", metavar="C", help="only those at least this sure (0-1)")
    p.add_argument("--json", action="store_true", help="machine-readable output")
    p.set_defaults(func=cmd_suggestions)
    accept = subcommand(subcommands(p), "accept", "accept suggestions (one undo step)")
    accept.add_argument("--min-confidence", metavar="C", default=argparse.SUPPRESS,
                        help="those at least this sure (0-1)")
    accept.add_argument("--id", dest="ids", action="append", metavar="ID",
                        default=argparse.SUPPRESS, help="this transaction's (repeatable)")
    accept.set_defaults(func=cmd_suggestions_accept)

    _transaction_commands(commands)


def _transaction_commands(commands: argparse._SubParsersAction) -> None:
    if "transactions" not in commands.choices:
        raise RuntimeError("register ledger_commands before ledger_edit_commands")
    actions = _actions(commands.choices["transactions"])
    p = subcommand(actions, "split", "split a transaction over categories")
    p.add_argument("ident", metavar="ID", help="its id (transactions --json)")
    p.add_argument("--part", dest="parts", action="append", required=True,
                   metavar="AMOUNT=CATEGORY",
                   help="one part (repeat); the parts must add up to the transaction")
    p.set_defaults(func=cmd_transactions_split)
    p = subcommand(actions, "unsplit", "join a split transaction again")
    p.add_argument("ident", metavar="ID")
    p.set_defaults(func=cmd_transactions_unsplit)
    p = subcommand(actions, "export", "write transactions to a CSV or XLSX file")
    p.add_argument("--out", required=True, metavar="FILE.csv", help="the file to write (.csv or "
                   ".xlsx)")
    p.add_argument("--account", metavar="NAME", default=argparse.SUPPRESS,
                   help="only this account")
    p.add_argument("--since", type=iso_date, metavar="D", default=argparse.SUPPRESS,
                   help="from this date (YYYY-MM-DD)")
    p.add_argument("--until", type=iso_date, metavar="D", default=argparse.SUPPRESS,
                   help="up to this date (YYYY-MM-DD)")
    p.add_argument("--category", metavar="PATH", help="only this category (and below), or "
                   "'uncategorised'")
    p.add_argument("--text", help="payee or memo contains")
    p.add_argument("--columns", metavar="A,B", help="columns to write, in order: "
                   + ",".join(export.EXPORT_COLUMNS))
    p.set_defaults(func=cmd_transactions_export)


__all__ = ["account_option", "category_option", "naming_service_fields", "register"]
