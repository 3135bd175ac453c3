"""Categories on import: the person's rules always, the learned model only above the
confidence set in the vault's settings (default: suggest, never apply)."""

from pathlib import Path

import pytest

from cmrdesk.domain import Category, CategoryKind, CategoryRule, ValidationError
from cmrdesk.services import editing, importing
from cmrdesk.services.import_plan import ImportChoice, plan_file, run_import
from cmrdesk.services.import_settings import APPLY_MODEL_ABOVE, import_settings
from cmrdesk.services.session import VaultSession
from tests.conftest import PASSPHRASE, TEST_PARAMS


def fresh(tmp_path: Path) -> VaultSession:
    return VaultSession.create(tmp_path / "c.cmrdesk", PASSPHRASE, params=TEST_PARAMS)


def qif(path: Path, rows: list[tuple[str, str, str]]) -> Path:
    body = "".join(f"D{day}\nT{amount}\nP{payee}\n^\n" for day, amount, payee in rows)
    path.write_text("!Type:Bank\n" + body)
    return path


def category(s: VaultSession, name: str) -> int:
    s.add(Category(name=name, kind=CategoryKind.EXPENSE))
    return next(c.id for c in s.categories() if c.name == name)


def filed(s: VaultSession) -> dict[str, tuple]:
    """payee -> (category id, category_source) of every transaction, newest last."""
    with s.vault.read() as conn:
        rows = conn.exec_driver_sql(
            "SELECT payee, category_id, category_source FROM transactions ORDER BY id").all()
    return {p: (c, src) for p, c, src in rows}


def history(s: VaultSession, tmp_path: Path, groceries: int) -> None:
    """Four earlier Corner Grocer bookings, filed under Groceries by hand."""
    path = qif(tmp_path / "old.qif", [(f"0{m}/01/2026", "-20.00", "Corner Grocer")
                                      for m in range(1, 5)])
    importing.import_file(s, path, account="Everyday")
    s.categorise([t.id for t in s.transactions()], groceries)


def test_rules_are_applied_on_import_and_counted(tmp_path):
    path = qif(tmp_path / "new.qif", [("05/01/2026", "-60.00", "City Power Co"),
                                      ("05/02/2026", "-4.00", "Kiosk")])
    with fresh(tmp_path) as s:
        power = category(s, "Power bills")
        s.add(CategoryRule(category_id=power, payee_contains="power", name="power"))
        report = importing.import_file(s, path, account="Everyday")
        assert report.categorised == {"rule": 1, "model": 0}
        assert filed(s)["City Power Co"] == (power, "rule")
        assert filed(s)["Kiosk"] == (None, "")


def test_the_model_suggests_but_applies_only_above_the_setting(tmp_path):
    new = qif(tmp_path / "new.qif", [("06/01/2026", "-25.00", "Corner Grocer")])
    with fresh(tmp_path) as s:
        groceries = category(s, "Home groceries")
        history(s, tmp_path, groceries)
        (row,) = plan_file(s, new, account="Everyday").statements[0].row_plans()
        assert row.suggestion is not None and row.suggestion.source == "model"
        assert row.suggestion.category_id == groceries
        assert 0 < row.suggestion.confidence < 1 and "payee matched" in row.suggestion.reason
        assert import_settings(s).apply_model_above is None  # default: never apply
        report = importing.import_file(s, new, account="Everyday")
        assert report.categorised == {"rule": 0, "model": 0}
        with s.vault.read() as conn:
            assert conn.exec_driver_sql(
                "SELECT category_id FROM transactions ORDER BY id DESC LIMIT 1").scalar() is None


def test_a_suggestion_at_or_above_the_setting_is_applied_as_model(tmp_path):
    new = qif(tmp_path / "new.qif", [("06/01/2026", "-25.00", "Corner Grocer")])
    with fresh(tmp_path) as s:
        groceries = category(s, "Home groceries")
        history(s, tmp_path, groceries)
        outcome = editing.apply(s, editing.SetImportSettings(0.8))
        assert s.settings()[APPLY_MODEL_ABOVE] == 0.8
        report = importing.import_file(s, new, account="Everyday")
        # four of four earlier rows: confidence (4 + 1) / (4 + 2) = 0.83, above 0.8
        assert report.categorised == {"rule": 0, "model": 1}
        with s.vault.read() as conn:
            assert conn.exec_driver_sql(
                "SELECT category_id, category_source FROM transactions ORDER BY id DESC "
                "LIMIT 1").one() == (groceries, "model")
        editing.apply(s, outcome.inverse)
        assert APPLY_MODEL_ABOVE not in s.settings()


def test_the_person_accepts_suggestions_above_a_threshold_or_row_by_row(tmp_path):
    new = qif(tmp_path / "new.qif", [("06/01/2026", "-25.00", "Corner Grocer"),
                                     ("06/02/2026", "-9.00", "Bakery")])
    with fresh(tmp_path) as s:
        groceries = category(s, "Home groceries")
        treats = category(s, "Treats")
        history(s, tmp_path, groceries)
        run_import(s, [ImportChoice(new, account="Everyday", accept_min_confidence=0.5,
                                    accepted={1: treats})])
        with s.vault.read() as conn:
            rows = conn.exec_driver_sql(
                "SELECT payee, category_id, category_source FROM transactions WHERE day >= "
                "(SELECT max(day) - 1 FROM transactions) ORDER BY id").all()
        assert rows == [("Corner Grocer", groceries, "model"), ("Bakery", treats, "user")]


def test_a_threshold_outside_zero_to_one_is_refused(tmp_path):
    with fresh(tmp_path) as s, pytest.raises(ValidationError, match=APPLY_MODEL_ABOVE):
        editing.apply(s, editing.SetImportSettings(1.5))
