"""Moves between a person's own accounts: labelled, categorised, and detected.

A transfer is neither income nor spending; counting it would double a card payoff (once as the
card purchases, once as the payment from checking). Three signals mark a row as a transfer:

1. it is linked (``transfer_id`` set on it, or another row's ``transfer_id`` points at it);
2. its category is of kind ``transfer``;
3. it is half of a detected pair: an uncategorised (or transfer-categorised, unlinked) row
   and another such row on a *different* own account, same currency, same absolute amount,
   opposite sign, at most :data:`MAX_DAYS_APART` days apart. Categorised income and expense
   rows are never paired: a rent payment that happens to equal a refund stays rent.

Pairing is one-to-one and prefers the nearest row in time: candidates are sorted by (currency,
amount, day) and neighbours are paired first, then rows two, three ... apart.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from .frames import KIND_NONE, KIND_TRANSFER, LedgerFrame, as_frame
from .inputs import NONE_ID, LedgerData

#: The most days a detected pair may be apart (a payment leaves today, arrives in three days).
MAX_DAYS_APART = 3
# How far apart in the sorted candidate list a partner may be (several equal amounts nearby).
_MAX_NEIGHBOUR = 4


def transfer_mask(data: LedgerData | LedgerFrame) -> np.ndarray:
    """Boolean per frame row (day-sorted order): ``True`` for a move between own accounts."""
    frame = as_frame(data)
    return frame.cached("transfer_mask", lambda: _transfer_mask(frame))


def _transfer_mask(frame: LedgerFrame) -> np.ndarray:
    mask = _linked(frame) | (frame.row_kind() == KIND_TRANSFER)
    pairs = detected_pair_rows(frame)
    mask[pairs.ravel()] = True
    return mask


def _linked(frame: LedgerFrame) -> np.ndarray:
    """Rows with a ``transfer_id`` and the rows those ids point at."""
    return frame.cached("linked", lambda: _compute_linked(frame))


def _compute_linked(frame: LedgerFrame) -> np.ndarray:
    linked = frame.transfer_id != NONE_ID
    targets = frame.transfer_id[linked]
    if len(targets):
        linked |= np.isin(frame.ids, targets)
    return linked


def detected_pair_rows(data: LedgerData | LedgerFrame) -> np.ndarray:
    """Unlabelled transfer pairs as an ``(n, 2)`` array of frame rows: (money out, money in)."""
    frame = as_frame(data)
    return frame.cached("detected_pairs", lambda: _detect_pairs(frame))


def _detect_pairs(frame: LedgerFrame) -> np.ndarray:
    kind = frame.row_kind()
    candidate = ~_linked(frame) & ((kind == KIND_NONE) | (kind == KIND_TRANSFER))
    candidate &= frame.amount != 0
    rows = np.flatnonzero(candidate)
    if len(rows) < 2:
        return np.zeros((0, 2), dtype=np.int64)
    amount = frame.amount[rows]
    cur = frame.acc_cur[frame.acc[rows]]
    size = np.abs(amount)
    order = np.lexsort((frame.day[rows], size, cur))
    rows, amount, cur, size = rows[order], amount[order], cur[order], size[order]
    day, acc, out = frame.day[rows], frame.acc[rows], amount < 0
    matched = np.zeros(len(rows), dtype=bool)
    found: list[np.ndarray] = []
    for step in range(1, _MAX_NEIGHBOUR + 1):
        left = np.arange(len(rows) - step)
        right = left + step
        fits = (
            (cur[left] == cur[right])
            & (size[left] == size[right])
            & (out[left] != out[right])
            & (acc[left] != acc[right])
            & (day[right] - day[left] <= MAX_DAYS_APART)
        )
        while True:
            ok = np.flatnonzero(fits & ~matched[left] & ~matched[right])
            if not len(ok):
                break
            # A row may be the right end of one candidate pair and the left end of another
            # (a chain). Taking only pairs whose left end is no one's right end keeps the
            # accepted pairs disjoint; the next round continues down the chain.
            is_right = np.zeros(len(rows), dtype=bool)
            is_right[ok + step] = True
            take = ok[~is_right[ok]]
            matched[take] = True
            matched[take + step] = True
            found.append(np.stack([take, take + step], axis=1))
    if not found:
        return np.zeros((0, 2), dtype=np.int64)
    pairs = np.concatenate(found)
    # Order each pair as (money out, money in) and map back to frame rows.
    first_out = out[pairs[:, 0]]
    ordered = np.where(first_out[:, None], pairs, pairs[:, ::-1])
    return rows[ordered]


def detected_transfers(data: LedgerData | LedgerFrame) -> pd.DataFrame:
    """The detected (unlabelled) pairs with ids, accounts, amount and days apart."""
    frame = as_frame(data)
    pairs = detected_pair_rows(frame)
    out_rows, in_rows = pairs[:, 0], pairs[:, 1]
    return pd.DataFrame(
        {
            "out_id": frame.ids[out_rows],
            "in_id": frame.ids[in_rows],
            "out_account_id": frame.account_ids[frame.acc[out_rows]],
            "in_account_id": frame.account_ids[frame.acc[in_rows]],
            "amount_minor": frame.amount[in_rows],
            "days_apart": np.abs(frame.day[in_rows] - frame.day[out_rows]),
        }
    )


def transfer_summary(data: LedgerData | LedgerFrame) -> dict[str, int]:
    """How many rows count as transfers and why (a row may have more than one reason)."""
    frame = as_frame(data)
    return {
        "rows": int(transfer_mask(frame).sum()),
        "linked": int(_linked(frame).sum()),
        "categorised": int((frame.row_kind() == KIND_TRANSFER).sum()),
        "detected_pairs": len(detected_pair_rows(frame)),
    }
