"""Working the ledger from the command line: ``categorise``, ``suggestions [accept]``,
``rules add|list|delete``, ``categories add|rename|move|merge|delete`` and ``transactions
split|unsplit|export``.

Every check lives in the services (``ledger_edits``, ``rules``, ``category_edits``,
``splits``, ``export``); this module turns text into typed values and a refusal's field into
the flag the person typed, and applies each change as one operation (all or nothing).
"""

from __future__ import annotations

import argparse
import contextlib
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path
from typing import Any

from cmrdesk.domain import Account, CategoryRule, Money, ValidationError
from cmrdesk.services import category_edits, export, ledger_edits, records, rules, splits
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
def _flags() -> Iterator[None]:
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


def _category_id(session: VaultSession, path: str, flag: str = "--category") -> int:
    try:
        return records.find_category(session, path).id  # type: ignore[return-value]
    except ValidationError as error:
        raise ValidationError(flag, error.reason) from None


def _account(session: VaultSession, text: str) -> Account:
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
    with open_session(args) as session, _flags():
        category = (None if args.category is None
                    else _category_id(session, args.category))
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
    with open_session(args, read_only=True) as session, _flags():
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
    with open_session(args) as session, _flags():
        op = ledger_edits.accept_suggestions(session, ids, floor)
        accepted = apply(session, op).result if op.ids else 0
    if args.json:
        print_json({"accepted": accepted})
    else:
        print(f"accepted {accepted} suggestion{'' if accepted == 1 else 's'}")
    return 0


# --- rules -----------------------------------------------------------------------------------


def rule_item(rule: CategoryRule, paths: dict[int, str], names: dict[int, str]
              ) -> dict[str, Any]:
    """A rule as ``rules --json`` lists it (amounts as decimal strings, names not ids)."""
    return {
        "id": rule.id, "position": rule.position, "category": paths.get(rule.category_id),
        "payee_contains": rule.payee_contains, "payee_equals": rule.payee_equals,
        "pattern": rule.pattern, "memo_contains": rule.memo_contains,
        "min_amount": None if rule.min_amount is None else str(rule.min_amount),
        "max_amount": None if rule.max_amount is None else str(rule.max_amount),
        "account": None if rule.account_id is None else names.get(rule.account_id),
        "name": rule.name, "description": rule.describe(),
    }


def cmd_rules_list(args: argparse.Namespace) -> int:
    """``rules [list]``: the rules in the order they are tried."""
    with open_session(args, read_only=True) as session:
        found = rules.rules(session)
        paths = session.category_path()
        names = {a.id: a.name for a in session.accounts()}
    if getattr(args, "json", False):
        print_json({"rules": [rule_item(r, paths, names) for r in found]})
        return 0
    print_table(["Id", "Rule", "Category"],
                [[str(r.id), r.describe(), paths.get(r.category_id, "")] for r in found],
                right=(0,))
    return 0


def cmd_rules_add(args: argparse.Namespace) -> int:
    """``rules add``: a rule after the others; ``--apply`` also files the past rows."""
    with open_session(args) as session, _flags():
        rule = CategoryRule(
            category_id=_category_id(session, args.category),
            payee_contains=args.payee_contains or "", payee_equals=args.payee_equals or "",
            pattern=args.pattern or "", memo_contains=args.memo_contains or "",
            min_amount=_amount(args.min_amount, "--min-amount"),
            max_amount=_amount(args.max_amount, "--max-amount"),
            account_id=_account(session, args.account).id if args.account else None,
            name=args.name or "")
        frame = ledger_edits.ledger_frame(session)
        preview = rules.preview_rule(session, rule, frame=frame)
        outcome = apply(session, rules.add_rule(session, rule, apply=args.apply, frame=frame))
        applied = outcome.result[1] if args.apply else 0
        item = rule_item(rule, session.category_path(),
                         {a.id: a.name for a in session.accounts()})
    if args.json:
        print_json({"rule": item, "matches": preview.matches, "would_change": preview.changes,
                    "applied": applied})
    else:
        print(f"added {rule.describe()} -> {item['category']}: matches {preview.matches} "
              f"past transactions, {preview.changes} would change; applied to {applied}")
    return 0


def _amount(text: str | None, flag: str) -> Decimal | None:
    return None if text is None else parse_number(text, flag, "an amount")


def cmd_rules_delete(args: argparse.Namespace) -> int:
    """``rules delete ID``."""
    ident = parse_whole(args.ident, "ID")
    with open_session(args) as session, _flags():
        apply(session, rules.delete_rule(session, ident))
    if args.json:
        print_json({"deleted": {"rules": [ident]}})
    else:
        print(f"deleted rule {ident}")
    return 0


# --- categories ------------------------------------------------------------------------------


def cmd_categories_list(args: argparse.Namespace) -> int:
    """``categories``: the tree, as paths."""
    with open_session(args, read_only=True) as session:
        cats = session.categories()
        paths = session.category_path()
    items = [{"id": c.id, "path": paths[c.id], "kind": str(c.kind), "essential": c.essential}
             for c in cats]  # type: ignore[index]
    if getattr(args, "json", False):
        print_json({"categories": items})
    else:
        print_table(["Id", "Category", "Kind"],
                    [[str(i["id"]), i["path"], i["kind"]] for i in items], right=(0,))
    return 0


def _done(args: argparse.Namespace, key: str, session: VaultSession, ident: int | None,
          text: str) -> None:
    if args.json:
        path = session.category_path().get(ident) if ident is not None else None
        print_json({key: {"id": ident, "path": path}})
    else:
        print(text)


def cmd_categories_add(args: argparse.Namespace) -> int:
    """``categories add 'Parent / Name'`` (or a top-level name with ``--kind``)."""
    parent_path, _sep, name = args.path.rpartition("/")
    with open_session(args) as session, _flags():
        parent = _category_id(session, parent_path, "PATH") if parent_path.strip() else None
        made = apply(session, category_edits.add_category(
            session, name, parent, kind=args.kind, essential=args.essential)).result
        _done(args, "added", session, made.id, f"added category {args.path.strip()}")
    return 0


def cmd_categories_rename(args: argparse.Namespace) -> int:
    """``categories rename PATH NEW_NAME``."""
    with open_session(args) as session, _flags():
        ident = _category_id(session, args.path, "PATH")
        apply(session, category_edits.rename_category(session, ident, args.name))
        _done(args, "renamed", session, ident, f"renamed {args.path.strip()} to {args.name}")
    return 0


def cmd_categories_move(args: argparse.Namespace) -> int:
    """``categories move PATH --parent PATH`` (or ``--top``)."""
    with open_session(args) as session, _flags():
        ident = _category_id(session, args.path, "PATH")
        if (args.parent is None) == (not args.top):
            raise ValidationError("--parent", "give a new parent or --top")
        parent = None if args.top else _category_id(session, args.parent, "--parent")
        apply(session, category_edits.move_category(session, ident, parent))
        _done(args, "moved", session, ident, f"moved {args.path.strip()}")
    return 0


def cmd_categories_merge(args: argparse.Namespace) -> int:
    """``categories merge SOURCE TARGET``: SOURCE's transactions, rules and subcategories
    move to TARGET, and SOURCE is deleted."""
    with open_session(args) as session, _flags():
        source = _category_id(session, args.source, "SOURCE")
        target = _category_id(session, args.target, "TARGET")
        apply(session, category_edits.merge_categories(session, source, target))
        _done(args, "merged", session, target, f"merged {args.source} into {args.target}")
    return 0


def cmd_categories_delete(args: argparse.Namespace) -> int:
    """``categories delete PATH --move-to PATH | --uncategorised``: where its transactions
    go must be said when it has any."""
    with open_session(args) as session, _flags():
        ident = _category_id(session, args.path, "PATH")
        if args.move_to and args.uncategorised:
            raise ValidationError("--move-to", "give --move-to or --uncategorised, not both")
        target = _category_id(session, args.move_to, "--move-to") if args.move_to else None
        if target is None and not args.uncategorised:
            count = _filed(session, ident)
            if count:
                raise ValidationError("--move-to", f"{args.path.strip()} holds {count} "
                                      "transactions; say where they go: --move-to PATH or "
                                      "--uncategorised")
        apply(session, category_edits.delete_category(session, ident, target))
    if args.json:
        print_json({"deleted": {"categories": [ident]}})
    else:
        print(f"deleted category {args.path.strip()}")
    return 0


def _filed(session: VaultSession, ident: int) -> int:
    from cmrdesk.services.browse import totals

    return totals(session, TransactionFilter(category_ids=(ident,))).count


# --- transactions split and export -----------------------------------------------------------


def _part(text: str, number: int, line: Money, session: VaultSession) -> splits.SplitPart:
    flag = f"--part {number}"
    amount_text, sep, path = text.partition("=")
    if not sep or not path.strip():
        raise ValidationError(flag, f"{text!r}: give it as AMOUNT=CATEGORY")
    amount = parse_number(amount_text, flag, "an amount")
    if not amount_text.strip().startswith(("-", "+")) and line.amount < 0:
        amount = -amount  # unsigned parts take the line's sign: 30=Groceries of a -50 line
    category = None if path.strip().casefold() == "uncategorised" else _category_id(
        session, path, flag)
    return splits.SplitPart(Money(amount, line.currency), category)


def cmd_transactions_split(args: argparse.Namespace) -> int:
    """``transactions split ID --part AMOUNT=CATEGORY ...``: the parts must add up to the
    line exactly, else nothing changes."""
    ident = parse_whole(args.ident, "ID")
    with open_session(args) as session, _flags():
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
    with open_session(args) as session, _flags():
        apply(session, splits.unsplit(session, ident))
    if args.json:
        print_json({"unsplit": ident})
    else:
        print(f"joined transaction {ident} again")
    return 0


def cmd_transactions_export(args: argparse.Namespace) -> int:
    """``transactions export [filters] --out FILE.csv``."""
    with open_session(args, read_only=True) as session, _flags():
        account_ids = None
        if getattr(args, "account", None):
            account_ids = (_account(session, args.account).id,)
        category_ids = None
        if args.category:
            category_ids = (UNCATEGORISED,) if args.category.casefold() == "uncategorised" \
                else (_category_id(session, args.category),)
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
    """Add ``categorise``, ``suggestions``, ``rules``, ``categories`` and the ``split``,
    ``unsplit`` and ``export`` subcommands of ``transactions`` (registered after
    ``keyin_commands``)."""
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

    p = commands.add_parser("rules", parents=[parent], help="category rules (add|list|delete)")
    p.add_argument("--json", action="store_true", help="machine-readable output")
    p.set_defaults(func=cmd_rules_list)
    actions = subcommands(p)
    add = subcommand(actions, "add", "add a rule and show how many transactions it matches")
    add.add_argument("--category", metavar="PATH", required=True, help="file matches here")
    add.add_argument("--payee-contains", metavar="TEXT", help="payee contains TEXT (any case)")
    add.add_argument("--payee-equals", metavar="TEXT", help="payee is TEXT (any case)")
    add.add_argument("--pattern", metavar="REGEX", help="regular expression on payee or memo")
    add.add_argument("--memo-contains", metavar="TEXT", help="memo contains TEXT")
    add.add_argument("--min-amount", metavar="A", help="signed amount at least A")
    add.add_argument("--max-amount", metavar="A", help="signed amount at most A")
    add.add_argument("--account", metavar="N", help="only on this account (name or id)")
    add.add_argument("--name", help="a name for the rule")
    add.add_argument("--apply", action="store_true", help="also file the past transactions")
    add.set_defaults(func=cmd_rules_add)
    subcommand(actions, "list", "the rules in the order they are tried").set_defaults(
        func=cmd_rules_list)
    delete = subcommand(actions, "delete", "delete a rule")
    delete.add_argument("ident", metavar="ID", help="its id (rules --json)")
    delete.set_defaults(func=cmd_rules_delete)

    _category_commands(commands, parent)
    _transaction_commands(commands)


def _category_commands(commands: argparse._SubParsersAction,
                       parent: argparse.ArgumentParser) -> None:
    p = commands.add_parser("categories", parents=[parent],
                            help="the category tree (add|rename|move|merge|delete)")
    p.add_argument("--json", action="store_true", help="machine-readable output")
    p.set_defaults(func=cmd_categories_list)
    actions = subcommands(p)
    add = subcommand(actions, "add", "add a category")
    add.add_argument("path", metavar="PATH", help="'Parent / Name', or a top-level name")
    add.add_argument("--kind", choices=["income", "expense", "transfer"],
                     help="for a top-level category")
    add.add_argument("--essential", action="store_true", help="counts as essential spending")
    add.set_defaults(func=cmd_categories_add)
    rename = subcommand(actions, "rename", "rename a category")
    rename.add_argument("path", metavar="PATH")
    rename.add_argument("name", metavar="NEW_NAME")
    rename.set_defaults(func=cmd_categories_rename)
    move = subcommand(actions, "move", "move a category under another parent")
    move.add_argument("path", metavar="PATH")
    move.add_argument("--parent", metavar="PATH", help="the new parent")
    move.add_argument("--top", action="store_true", help="make it a top-level category")
    move.set_defaults(func=cmd_categories_move)
    merge = subcommand(actions, "merge", "merge SOURCE into TARGET (transactions and rules)")
    merge.add_argument("source", metavar="SOURCE")
    merge.add_argument("target", metavar="TARGET")
    merge.set_defaults(func=cmd_categories_merge)
    delete = subcommand(actions, "delete", "delete a category and its subcategories")
    delete.add_argument("path", metavar="PATH")
    delete.add_argument("--move-to", metavar="PATH", help="where its transactions go")
    delete.add_argument("--uncategorised", action="store_true",
                        help="its transactions become uncategorised")
    delete.set_defaults(func=cmd_categories_delete)


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
    p = subcommand(actions, "export", "write transactions to a CSV file")
    p.add_argument("--out", required=True, metavar="FILE.csv", help="the file to write")
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


__all__ = ["register", "rule_item"]
