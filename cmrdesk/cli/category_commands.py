"""``rules add|list|delete`` and ``categories add|rename|move|merge|delete`` from the command
line: the checks live in ``services.rules`` and ``services.category_edits``; each change is
one operation, all or nothing.
"""

from __future__ import annotations

import argparse
from decimal import Decimal
from typing import Any

from cmrdesk.domain import CategoryRule, ValidationError
from cmrdesk.services import category_edits, ledger_edits, rules
from cmrdesk.services.browse import TransactionFilter
from cmrdesk.services.editing import apply
from cmrdesk.services.session import VaultSession

from .common import open_session, parse_number, parse_whole
from .keyin_flags import subcommand, subcommands
from .ledger_edit_commands import account_option, category_option, naming_service_fields
from .output import print_json, print_table

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
    with open_session(args) as session, naming_service_fields():
        rule = CategoryRule(
            category_id=category_option(session, args.category),
            payee_contains=args.payee_contains or "", payee_equals=args.payee_equals or "",
            pattern=args.pattern or "", memo_contains=args.memo_contains or "",
            min_amount=_amount(args.min_amount, "--min-amount"),
            max_amount=_amount(args.max_amount, "--max-amount"),
            account_id=account_option(session, args.account).id if args.account else None,
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
    with open_session(args) as session, naming_service_fields():
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
    with open_session(args) as session, naming_service_fields():
        parent = category_option(session, parent_path, "PATH") if parent_path.strip() else None
        made = apply(session, category_edits.add_category(
            session, name, parent, kind=args.kind, essential=args.essential)).result
        _done(args, "added", session, made.id, f"added category {args.path.strip()}")
    return 0


def cmd_categories_rename(args: argparse.Namespace) -> int:
    """``categories rename PATH NEW_NAME``."""
    with open_session(args) as session, naming_service_fields():
        ident = category_option(session, args.path, "PATH")
        apply(session, category_edits.rename_category(session, ident, args.name))
        _done(args, "renamed", session, ident, f"renamed {args.path.strip()} to {args.name}")
    return 0


def cmd_categories_move(args: argparse.Namespace) -> int:
    """``categories move PATH --parent PATH`` (or ``--top``)."""
    with open_session(args) as session, naming_service_fields():
        ident = category_option(session, args.path, "PATH")
        if (args.parent is None) == (not args.top):
            raise ValidationError("--parent", "give a new parent or --top")
        parent = None if args.top else category_option(session, args.parent, "--parent")
        apply(session, category_edits.move_category(session, ident, parent))
        _done(args, "moved", session, ident, f"moved {args.path.strip()}")
    return 0


def cmd_categories_merge(args: argparse.Namespace) -> int:
    """``categories merge SOURCE TARGET``: SOURCE's transactions, rules and subcategories
    move to TARGET, and SOURCE is deleted."""
    with open_session(args) as session, naming_service_fields():
        source = category_option(session, args.source, "SOURCE")
        target = category_option(session, args.target, "TARGET")
        apply(session, category_edits.merge_categories(session, source, target))
        _done(args, "merged", session, target, f"merged {args.source} into {args.target}")
    return 0


def cmd_categories_delete(args: argparse.Namespace) -> int:
    """``categories delete PATH --move-to PATH | --uncategorised``: where its transactions
    go must be said when it has any."""
    with open_session(args) as session, naming_service_fields():
        ident = category_option(session, args.path, "PATH")
        if args.move_to and args.uncategorised:
            raise ValidationError("--move-to", "give --move-to or --uncategorised, not both")
        target = category_option(session, args.move_to, "--move-to") if args.move_to else None
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



# --- registration ----------------------------------------------------------------------------


def register(commands: argparse._SubParsersAction, parent: argparse.ArgumentParser) -> None:
    """Add ``rules`` and ``categories``."""
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


__all__ = ["register", "rule_item"]
