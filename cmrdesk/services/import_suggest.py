"""Categories for the rows of a file being imported: the person's rules first, then the model
learned from their own history (``cmrdesk.insights.categoriser``), without writing the rows.

The file's rows join the vault's transactions in one columnar frame under negative ids (so the
categoriser sees their payees and memos next to the history it learns from), and the answer
comes back as numpy columns in file order: a million-row file costs a few arrays, never a
million objects.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import numpy as np

from cmrdesk.domain import Account, AccountKind, CategoryRule
from cmrdesk.importers import ParsedStatement

from .session import VaultSession

#: Source codes of a suggestion.
SOURCE_NONE, SOURCE_RULE, SOURCE_MODEL = 0, 1, 2
SOURCE_NAMES = ("", "rule", "model")


@dataclass(frozen=True)
class RowSuggestions:
    """Per file row (statements one after the other): the suggested category id (-1: none),
    its confidence (0-1), where it comes from (``SOURCE_*``) and a code into ``reasons``."""

    category_id: np.ndarray
    confidence: np.ndarray
    source: np.ndarray
    reason_code: np.ndarray
    reasons: list[str]

    def __len__(self) -> int:
        return len(self.category_id)

    def counts(self) -> dict[str, int]:
        """How many rows have a suggestion, by source."""
        found = np.bincount(self.source, minlength=3)
        return {"rule": int(found[SOURCE_RULE]), "model": int(found[SOURCE_MODEL])}


def nothing(n: int) -> RowSuggestions:
    """No suggestion for any of ``n`` rows."""
    return RowSuggestions(np.full(n, -1, dtype=np.int64), np.zeros(n),
                          np.zeros(n, dtype=np.int8), np.zeros(n, dtype=np.int64), [""])


def rules_in_order(session: VaultSession) -> list[CategoryRule]:
    """The person's rules in the order they are tried (their position, then their age)."""
    rules = session.list(CategoryRule)
    return sorted(rules, key=lambda r: (getattr(r, "position", 0) or 0, r.id or 0))


def suggest_rows(
    session: VaultSession,
    statements: list[ParsedStatement],
    minors: list[list[int]],
    account_ids: list[int | None],
    currencies: list[str],
    *,
    use_model: bool = True,
) -> RowSuggestions:
    """Suggestions for every row of ``statements`` (``minors``: their amounts in the target
    account's minor units; ``account_ids``: the account each goes to, None for one the import
    would create). ``use_model=False`` applies the rules only (and skips reading the history).
    """
    from cmrdesk.insights import LedgerData
    from cmrdesk.insights.categoriser import METHOD_NONE, METHOD_RULE, predict, train
    from cmrdesk.insights.frames import as_frame

    total = sum(len(st) for st in statements)
    categories = session.categories()
    rules = rules_in_order(session)
    if not total or not categories or (not use_model and not rules):
        return nothing(total)
    accounts = session.accounts()
    placeholders: list[Account] = []
    for k, (ident, currency) in enumerate(zip(account_ids, currencies, strict=True)):
        if ident is None:  # an account the import would create: rules for others skip it
            placeholders.append(Account(name=f"new account {k + 1}", kind=AccountKind.CHECKING,
                                        currency=currency, id=-(k + 1)))
    file_cols = _file_columns(statements, minors, account_ids)
    if use_model:
        history = session.transaction_columns()
        tx = {name: np.concatenate([np.asarray(history[name]), file_cols[name]])
              for name in file_cols}
    else:
        tx = file_cols
    data = LedgerData(base_currency=session.base_currency, today=date.today(),
                      accounts=[*accounts, *placeholders], categories=categories, tx=tx,
                      rules=rules)
    frame = as_frame(data)
    ids = frame.ids
    rows = np.flatnonzero(ids < 0)
    position = -ids[rows] - 1  # where each frame row sits in the file
    if use_model:
        model = train(frame)
    else:  # rules only: a model trained on no rows answers nothing
        model = train(frame, np.zeros(0, dtype=np.int64))
    result = predict(frame, model, rows)
    category_ids = np.array([c.id for c in frame.categories] + [-1], dtype=np.int64)
    source = np.where(result.method == METHOD_RULE, SOURCE_RULE,
                      np.where(result.method == METHOD_NONE, SOURCE_NONE, SOURCE_MODEL))
    if not use_model:
        source = np.where(source == SOURCE_RULE, SOURCE_RULE, SOURCE_NONE)
    found = source != SOURCE_NONE
    out = nothing(total)
    out.category_id[position] = np.where(found, category_ids[result.cat], -1)
    out.confidence[position] = np.where(found, result.confidence, 0.0)
    out.source[position] = source.astype(np.int8)
    out.reason_code[position] = np.where(found, result.reason_code + 1, 0)
    return RowSuggestions(out.category_id, out.confidence, out.source, out.reason_code,
                          ["", *result.reasons])


def _file_columns(
    statements: list[ParsedStatement], minors: list[list[int]], account_ids: list[int | None]
) -> dict[str, np.ndarray]:
    """The file's rows in the categoriser's column layout, ids -1, -2, ... in file order."""
    total = sum(len(st) for st in statements)
    account = np.concatenate([
        np.full(len(st), -(k + 1) if ident is None else ident, dtype=np.int64)
        for k, (st, ident) in enumerate(zip(statements, account_ids, strict=True))
    ]) if statements else np.zeros(0, dtype=np.int64)

    def objects(name: str) -> np.ndarray:
        column = np.empty(total, dtype=object)
        start = 0
        for st in statements:
            column[start:start + len(st)] = getattr(st, name)
            start += len(st)
        return column

    return {
        "id": -np.arange(1, total + 1, dtype=np.int64),
        "account_id": account,
        "day": np.concatenate([np.asarray(st.day, dtype=np.int32) for st in statements]),
        "amount_minor": np.concatenate([np.asarray(m, dtype=np.int64) for m in minors]),
        "category_id": np.full(total, -1, dtype=np.int64),
        "transfer_id": np.full(total, -1, dtype=np.int64),
        "payee": objects("payee"),
        "memo": objects("memo"),
    }
