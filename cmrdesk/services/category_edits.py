"""Editing the category tree: add, rename, move, merge and delete categories.

Every change is one undoable operation (see ``services.editing``), built after every check so a
refusal changes nothing. Merging and deleting move the transactions (and split parts and rules)
first and then delete the category, so the undo puts all of it back. A new vault's tree is
``services.categories.DEFAULT_CATEGORIES``, unchanged.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass
from typing import Any

from cmrdesk.domain import Category, CategoryKind, ChangeSet, NotFound, ValidationError

from .editing import AddRecord, Batch, DeleteRows, Operation, Outcome, SetColumns, UpdateRecord
from .session import VaultSession


def _get(session: VaultSession, ident: int, field: str = "category") -> Category:
    try:
        return session.get(Category, ident)
    except NotFound:
        raise ValidationError(field, f"no category with id {ident}") from None


def _subtree(categories: list[Category], root: int) -> list[int]:
    """``root`` and every category below it."""
    children: dict[int | None, list[int]] = {}
    for c in categories:
        children.setdefault(c.parent_id, []).append(c.id)  # type: ignore[arg-type]
    out, stack = [], [root]
    while stack:
        ident = stack.pop()
        out.append(ident)
        stack.extend(children.get(ident, []))
    return out


def _check_name(session: VaultSession, name: str, parent_id: int | None,
                ignore: int | None = None) -> str:
    name = name.strip()
    if not name:
        raise ValidationError("name", "must not be empty")
    if len(name) > 80 or "/" in name or any(ord(ch) < 32 for ch in name):
        raise ValidationError("name", "must be at most 80 characters, without '/' or control "
                              "characters")
    for other in session.categories():
        if (other.parent_id == parent_id and other.id != ignore
                and other.name.casefold() == name.casefold()):
            raise ValidationError("name", f"{name!r} exists already there")
    return name


def add_category(session: VaultSession, name: str, parent_id: int | None = None, *,
                 kind: CategoryKind | str | None = None, essential: bool = False) -> Operation:
    """Add a category under ``parent_id`` (its kind by default) or at the top (give ``kind``)."""
    parent = _get(session, parent_id, "parent") if parent_id is not None else None
    if kind is None and parent is None:
        raise ValidationError("kind", "a top-level category needs a kind (income, expense, "
                              "transfer)")
    try:
        chosen = CategoryKind(kind) if kind is not None else parent.kind  # type: ignore[union-attr]
    except ValueError:
        raise ValidationError("kind", f"{kind!r} is not one of income, expense, "
                              "transfer") from None
    if parent is not None and chosen != parent.kind:
        raise ValidationError("kind", f"{parent.name!r} holds {parent.kind} categories")
    name = _check_name(session, name, parent_id)
    record = Category(name=name, kind=chosen, parent_id=parent_id, essential=essential)
    return AddRecord(record, label=f"add category '{name}'")


def rename_category(session: VaultSession, ident: int, name: str) -> Operation:
    """Give a category a new name (its transactions and rules stay with it)."""
    before = _get(session, ident)
    changed = copy.copy(before)
    changed.name = _check_name(session, name, before.parent_id, ignore=ident)
    return UpdateRecord(changed, label=f"rename category '{before.name}'")


def move_category(session: VaultSession, ident: int, parent_id: int | None) -> Operation:
    """Move a category under another parent (``None``: to the top level)."""
    before = _get(session, ident)
    if parent_id is not None:
        parent = _get(session, parent_id, "parent")
        if parent_id in _subtree(session.categories(), ident):
            raise ValidationError("parent", f"{parent.name!r} is {before.name!r} or below it")
        if parent.kind != before.kind:
            raise ValidationError("parent", f"{parent.name!r} holds {parent.kind} categories, "
                                  f"{before.name!r} is {before.kind}")
    changed = copy.copy(before)
    changed.parent_id = parent_id
    _check_name(session, before.name, parent_id, ignore=ident)
    return UpdateRecord(changed, label=f"move category '{before.name}'")


def _moves(session: VaultSession, category_ids: list[int], target: int | None) -> list[Operation]:
    """Send the transactions and split parts filed under ``category_ids`` to ``target``."""
    from cmrdesk.vault import rows as vault_rows

    with session.vault.read() as conn:
        tx = vault_rows.ids_where(conn, "transactions", "category_id", category_ids)
        parts = vault_rows.ids_where(conn, "transaction_splits", "category_id", category_ids)
    steps: list[Operation] = []
    if tx:
        values: dict[str, list] = {"category_id": [target] * len(tx)}
        if target is None:
            values["category_source"] = [""] * len(tx)
        steps.append(SetColumns("transactions", tx, values))
    if parts:
        steps.append(SetColumns("transaction_splits", parts,
                                {"category_id": [target] * len(parts)}))
    return steps


def merge_categories(session: VaultSession, source: int, target: int) -> Operation:
    """Merge ``source`` into ``target``: its transactions, split parts, rules and
    subcategories move to ``target``, then ``source`` is deleted; one undo step."""
    old, new = _get(session, source, "source"), _get(session, target, "target")
    cats = session.categories()
    if target in _subtree(cats, source):
        raise ValidationError("target", f"{new.name!r} is {old.name!r} or below it")
    children = [c for c in cats if c.parent_id == source]
    taken = {c.name.casefold() for c in cats if c.parent_id == target}
    for child in children:
        if child.name.casefold() in taken:
            raise ValidationError("source", f"both have a subcategory {child.name!r}; merge "
                                  "those first")
    from cmrdesk.vault import rows as vault_rows

    with session.vault.read() as conn:
        rule_ids = vault_rows.ids_where(conn, "category_rules", "category_id", [source])
    steps = _moves(session, [source], target)
    if rule_ids:
        steps.append(SetColumns("category_rules", rule_ids,
                                {"category_id": [target] * len(rule_ids)}))
    if children:
        steps.append(SetColumns("categories", [c.id for c in children],  # type: ignore[misc]
                                {"parent_id": [target] * len(children)}))
    label = f"merge category '{old.name}' into '{new.name}'"
    steps.append(DeleteRows("categories", [source], label=label))
    return _Touching(Batch(steps, label=label), label=label)


def delete_category(session: VaultSession, ident: int, move_to: int | None = None
                    ) -> Operation:
    """Delete a category with its subcategories and their rules; their transactions go to
    ``move_to`` (``None``: they become uncategorised). One undo step puts everything back."""
    old = _get(session, ident)
    doomed = _subtree(session.categories(), ident)
    if move_to is not None:
        _get(session, move_to, "move_to")
        if move_to in doomed:
            raise ValidationError("move_to", "is the category being deleted or below it")
    label = f"delete category '{old.name}'"
    steps = _moves(session, doomed, move_to)
    steps.append(DeleteRows("categories", [ident], label=label))
    return _Touching(Batch(steps, label=label), label=label)


@dataclass
class _Touching(Operation):
    """Runs ``inner`` and reports categories and transactions as changed (every figure by
    category is redrawn), also on undo."""

    inner: Operation
    label: str = ""

    def run(self, session: VaultSession, conn: Any) -> Outcome:
        outcome = self.inner.run(session, conn)
        return Outcome(outcome.changes | ChangeSet.of("categories", "transactions"),
                       _Touching(outcome.inverse, self.label), outcome.result)
