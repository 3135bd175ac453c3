"""Imports at size: chunked writes with progress, and category suggestions as columns.

The default run uses 10,000 rows; ``-m reliability`` runs the same checks at 1,000,000.
"""

import gc
from pathlib import Path

import numpy as np
import pytest

from cmrdesk.domain import CategoryRule
from cmrdesk.importers import parse_file
from cmrdesk.importers.samples import write_demo_csv
from cmrdesk.services import import_run
from cmrdesk.services.import_plan import ImportChoice, plan_file, run_import
from cmrdesk.services.import_suggest import suggest_rows
from cmrdesk.services.session import VaultSession
from tests.conftest import PASSPHRASE, TEST_PARAMS


def check_at(tmp_path: Path, rows: int, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "big.csv"
    write_demo_csv(path, rows)
    with VaultSession.create(tmp_path / "big.cmrdesk", PASSPHRASE, params=TEST_PARAMS) as s:
        first = s.categories()[0]
        s.add(CategoryRule(category_id=first.id, payee_contains="spotify", name="music"))
        statements = parse_file(path)
        minors = [st.minor_units(2)[0] for st in statements]
        spotify = sum(p.casefold().count("spotify") > 0 for st in statements for p in st.payee)
        suggest_rows(s, statements, minors, [None] * len(statements), ["EUR"] * len(statements))
        gc.collect()  # the first call loads modules and caches; count what a call keeps
        objects_before = len(gc.get_objects())
        found = suggest_rows(s, statements, minors, [None] * len(statements),
                             ["EUR"] * len(statements))
        gc.collect()
        # The answer is a few numpy columns and one reason per rule or text, never an
        # object per row.
        assert len(gc.get_objects()) - objects_before < 2_000
        assert isinstance(found.category_id, np.ndarray) and len(found) == rows
        assert found.counts()["rule"] == spotify > 0
        del found, statements, minors

        (plan,) = plan_file(s, path).statements
        assert plan.rows == rows and len(plan.row_plans(limit=5)) == 5

        chunk = max(rows // 4, 1)
        monkeypatch.setattr(import_run, "CHUNK_ROWS", chunk)
        seen: list[tuple[int, int]] = []
        (report,) = run_import(s, [ImportChoice(path, account="Big")],
                               progress=lambda done, total: seen.append((done, total)))
        assert report.new == rows and report.categorised["rule"] == spotify
        assert len(seen) >= 4 and seen[-1] == (rows, rows)
        assert [d for d, _t in seen] == sorted(d for d, _t in seen)


def test_a_large_import_reports_progress_per_chunk_and_suggests_as_columns(tmp_path,
                                                                          monkeypatch):
    check_at(tmp_path, 10_000, monkeypatch)


@pytest.mark.reliability
def test_a_million_row_import_reports_progress_and_suggests_as_columns(tmp_path, monkeypatch):
    check_at(tmp_path, 1_000_000, monkeypatch)
