"""The benchmark's ledger stages: a rule preview over the whole ledger, and a bulk edit.

``rules_preview`` is what the "Always categorise like this" dialog waits for: the count and
list of past transactions a rule would change, over the ledger frame the app keeps while the
vault is open (built once, not timed here: it is the frame every page already shares).
``ledger_recategorise_10k`` files 10,000 transactions under one category as one undo step,
saved, and undoes it (both committed to the vault).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import numpy as np

from cmrdesk.domain import CategoryRule

from . import bench, ledger_edits, rules
from .editing import apply
from .records import find_category
from .session import VaultSession

#: Rows of the bulk edit stage.
BULK_ROWS = 10_000


def ledger_stages(stages: Any, session: VaultSession, root: Path) -> None:
    """Measure ``rules_preview`` and ``ledger_recategorise_10k`` on ``session``."""
    del root
    frame = ledger_edits.ledger_frame(session)
    if not len(frame):
        stages.notes.append("ledger stages skipped: the vault has no transactions")
        return
    common = str(frame.payees[int(np.bincount(frame.payee_code).argmax())])
    target = find_category(session, "Food / Groceries").id
    rule = CategoryRule(category_id=target, payee_contains=common[:6])
    with stages.stage("rules_preview"):
        preview = rules.preview_rule(session, rule, frame=frame)
    stages.details["rules_preview"] = {"rows": len(frame), "matches": preview.matches,
                                       "would_change": preview.changes}
    ids = np.sort(frame.ids)
    step = max(1, len(ids) // BULK_ROWS)
    picked = [int(i) for i in ids[::step][:BULK_ROWS]]
    with stages.stage("ledger_recategorise_10k"):
        outcome = apply(session, ledger_edits.categorise(session, picked, target))
        apply(session, outcome.inverse)
    stages.details["ledger_recategorise_10k"] = {"rows": len(picked)}


if ledger_stages not in bench.EXTRA_STAGES:
    bench.EXTRA_STAGES.append(ledger_stages)
