"""The import wizard end to end on a real temporary vault: one bank file of each format, a CSV
whose columns must be set, a bad file, a cancelled import, undo and redo, files dropped on the
window, File > Import… and the import history."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QKeySequence
from PySide6.QtWidgets import QApplication

from cmrdesk.ui.import_files import COL_ACCOUNT, COL_FORMAT, COL_ROWS
from cmrdesk.ui.import_wizard import ImportWizard, open_import_wizard

CORPUS = Path(__file__).parent.parent / "data" / "corpus"
#: One corpus file per format: (path, format shown, rows in the file, new on an empty vault).
FORMATS = {
    "ofx": ("ofx/ofxparse__checking.ofx", ("OFX", "QFX"), 3),
    "qfx": ("qfx/ofxparse__chase_cc.qfx", ("QFX",), 1),
    "qif": ("qif/oca-bsi__test_qif.qif", ("QIF",), 5),
    "csv": ("csv/beangulp__csvbank_statement.csv", ("CSV",), 6),
    "camt053": ("camt/camt_parser__053_valid_example.xml", ("CAMT.053",), 4),
    "mt940": ("mt940/oca-bsi__test-sns.940", ("MT940",), 8),
}
CHECKING = CORPUS / "ofx" / "ofxparse__checking.ofx"
#: A CSV whose headers name no column the detection knows: its columns are set by hand.
UNKNOWN_COLUMNS = (
    "Booked,Counterparty,Reference,Sum,Running total\n"
    "2024-01-03,Albert Heijn,4411,-23.50,976.50\n"
    "2024-01-05,Acme BV,4412,2500.00,3476.50\n"
    "2024-01-09,Shell,4413,-61.20,3415.30\n"
)


def wizard_on(window, *paths) -> ImportWizard:
    wizard = open_import_wizard(window, list(paths))
    assert wizard is not None and wizard.isVisible()
    return wizard


def click_through(wizard: ImportWizard) -> None:
    """Next, Next, Import, as a person would, until the summary."""
    for _ in range(6):
        if wizard.step == "summary":
            return
        assert wizard.next_button.isEnabled(), (wizard.step, wizard.pages["files"].status.text())
        wizard.next_button.click()
    raise AssertionError(f"stuck at {wizard.step}")


def transactions(window) -> int:
    return window.controller._session.transaction_count()


@pytest.mark.parametrize("kind", sorted(FORMATS))
def test_each_format_imports_end_to_end(empty_unlocked, kind):
    window = empty_unlocked
    relative, shown, rows = FORMATS[kind]
    path = CORPUS / relative
    wizard = wizard_on(window, path)
    files = wizard.pages["files"]
    assert files.table.rowCount() == 1
    assert files.table.item(0, COL_FORMAT).text() in shown
    assert files.table.item(0, COL_ROWS).text() == str(rows)
    click_through(wizard)
    assert transactions(window) == rows
    summary = wizard.pages["summary"]
    assert summary.title.text() == "Imported"
    assert f"{rows} new" in " ".join(summary.texts())
    assert window.undo_action.text() == f"Undo import '{path.name}'"


def test_the_account_can_be_changed_before_importing(empty_unlocked):
    from cmrdesk.domain import Account
    from cmrdesk.services import records

    window = empty_unlocked
    window.controller.edit(lambda s: records.new_account(s, Account(
        name="Household", kind="checking", currency="USD")))
    wizard = wizard_on(window, CHECKING)
    combo = wizard.pages["files"].combos[0]
    texts = [combo.itemText(i) for i in range(combo.count())]
    assert any(t.startswith("new: ") and "USD" in t for t in texts)  # the file's own account
    combo.setCurrentIndex(combo.findData("Household"))
    assert wizard.presenter.files[0].account == "Household"
    click_through(wizard)
    session = window.controller._session
    assert [a.name for a in session.accounts()] == ["Household"]
    assert transactions(window) == 3


def test_a_csv_whose_columns_are_set_by_hand(empty_unlocked, tmp_path):
    window = empty_unlocked
    path = tmp_path / "bank.csv"
    path.write_text(UNKNOWN_COLUMNS, encoding="utf-8")
    wizard = wizard_on(window, path)
    files = wizard.pages["files"]
    assert "Set its columns in the next step" in files.table.item(0, COL_FORMAT).text()
    wizard.next_button.click()
    assert wizard.step == "columns"
    columns = wizard.pages["columns"]
    assert columns.notice.isVisible()  # no amount column yet: said, and Next waits
    assert not wizard.next_button.isEnabled()
    for column, role in ((1, "payee"), (3, "amount"), (4, "balance")):
        combo = columns.roles[column]
        combo.setCurrentIndex(combo.findData(role))
        combo.activated.emit(combo.currentIndex())
    date_format = columns.options["date_order"]
    date_format.setCurrentIndex(date_format.findData("YMD"))
    date_format.activated.emit(date_format.currentIndex())
    amounts = [r.amount for r in wizard.presenter.files[0].preview if r.amount is not None]
    assert amounts == [Decimal("-23.50"), Decimal("2500.00"), Decimal("-61.20")]
    assert columns.grid.item(1, 2).text() == "Albert Heijn"  # what the row reads as, at once
    assert wizard.next_button.isEnabled()
    columns.profile_name.setText("My bank")
    columns.remember_button.click()  # "Remember for this bank"
    from cmrdesk.services.import_profiles import mapping_profiles

    saved = mapping_profiles(window.controller._session)["My bank"]
    assert (saved.amount, saved.payee, saved.date_order) == (3, [1], "YMD")
    click_through(wizard)
    assert transactions(window) == 3
    assert wizard.presenter.outcome.result[0].new == 3
    with window.controller._session.vault.read() as conn:
        total = conn.exec_driver_sql("SELECT SUM(amount_minor) FROM transactions").scalar()
    assert total == 241530  # -23.50 + 2500.00 - 61.20, in cents


def test_a_bad_file_is_shown_in_red_and_nothing_is_imported(empty_unlocked, tmp_path):
    window = empty_unlocked
    junk = tmp_path / "broken.ofx"
    junk.write_text("OFXHEADER:100\n<OFX><BANKMSGSRSV1>", encoding="utf-8")
    wizard = wizard_on(window, junk)
    files = wizard.pages["files"]
    assert files.table.item(0, COL_FORMAT).text().startswith("Not imported: ")
    assert files.table.item(0, COL_FORMAT).foreground().color().name() == \
        wizard.palette_negative().lower()
    assert not wizard.next_button.isEnabled()
    wizard.add_files([CHECKING])  # the good file goes on without the bad one
    assert "1 left out" in files.status.text()
    click_through(wizard)
    assert transactions(window) == 3
    assert [f.file for f in wizard.presenter.outcome.result] == [str(CHECKING)]


def test_a_cancelled_import_leaves_the_vault_unchanged(empty_unlocked):
    window = empty_unlocked
    wizard = wizard_on(window, CHECKING)
    # Cancel is pressed while the import runs (its first progress report).
    wizard.presenter.progressed.connect(lambda *_: wizard.close_button.click())
    click_through(wizard)
    assert wizard.pages["summary"].title.text() == "Cancelled"
    assert transactions(window) == 0
    assert window.controller._session.accounts() == []
    assert not window.undo_action.isEnabled()


def test_an_import_is_one_undo_step_with_redo(empty_unlocked):
    window = empty_unlocked
    assert QKeySequence("Ctrl+Z") in window.undo_action.shortcuts()
    assert QKeySequence("Ctrl+Shift+Z") in window.redo_action.shortcuts()
    wizard = wizard_on(window, CHECKING, CORPUS / FORMATS["qif"][0])
    click_through(wizard)
    assert transactions(window) == 8
    assert window.undo_action.text() == "Undo import 2 files"
    window.undo_action.trigger()
    assert transactions(window) == 0 and window.controller._session.accounts() == []
    window.redo_action.trigger()
    assert transactions(window) == 8


# Qt 6 marks the QPoint form of the drag-enter constructor deprecated; it is the only one.
@pytest.mark.filterwarnings("ignore::DeprecationWarning")
def test_two_files_dropped_on_the_window_open_the_wizard_with_both(empty_unlocked):
    window = empty_unlocked
    qif = CORPUS / FORMATS["qif"][0]
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(CHECKING)), QUrl.fromLocalFile(str(qif))])
    enter = QDragEnterEvent(QPoint(400, 300), Qt.DropAction.CopyAction, mime,
                            Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(window, enter)
    assert enter.isAccepted()
    drop = QDropEvent(QPointF(400, 300), Qt.DropAction.CopyAction, mime,
                      Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(window, drop)
    wizard = window.import_wizard
    assert wizard is not None and wizard.isVisible()
    assert [f.name for f in wizard.presenter.files] == [CHECKING.name, qif.name]
    assert wizard.pages["files"].table.rowCount() == 2


def test_file_import_opens_the_wizard_with_ctrl_i(empty_unlocked):
    window = empty_unlocked
    assert window.import_action.shortcut() == QKeySequence("Ctrl+I")
    window.choose_import_files = lambda _parent: [CHECKING]
    window.import_action.trigger()
    wizard = window.import_wizard
    assert [f.name for f in wizard.presenter.files] == [CHECKING.name]
    assert wizard.pages["files"].table.cellWidget(0, COL_ACCOUNT) is not None


def test_the_import_buttons_open_the_wizard(empty_unlocked):
    window = empty_unlocked
    accounts = window.shell.page("accounts")
    accounts.actions.choose_files = lambda _parent: [CHECKING]
    accounts.import_button.click()
    assert [f.name for f in window.import_wizard.presenter.files] == [CHECKING.name]
    window.import_wizard.reject()
    window.choose_import_files = lambda _parent: [CHECKING]
    window.navigate("transactions")
    window.shell.page("transactions").import_button.click()
    assert window.import_wizard.isVisible()
    assert transactions(window) == 0  # nothing is imported before the person says so


def test_the_history_lists_an_import_and_removes_it_undoably(empty_unlocked):
    window = empty_unlocked
    click_through(wizard_on(window, CHECKING))
    from cmrdesk.ui.import_history import ImportHistoryDialog

    dialog = ImportHistoryDialog(window.controller, window,
                                 confirm=lambda _name, yes: yes())
    rows = dialog.rows()
    assert len(rows) == 1 and rows[0][0] == CHECKING.name and rows[0][3] == "3"
    assert len(rows[0][6]) == 12  # the start of the file's SHA-256
    dialog.table.selectRow(0)
    dialog.remove_button.click()
    assert transactions(window) == 0
    assert dialog.rows() == []
    window.undo_action.trigger()
    assert transactions(window) == 3


def test_settings_choose_when_learned_categories_apply(empty_unlocked):
    from cmrdesk.services.import_settings import import_settings

    window = empty_unlocked
    window.navigate("settings")
    combo = window.shell.page("settings").import_threshold
    assert combo.currentData() is None  # by default: only suggested
    combo.setCurrentIndex(combo.findData(0.9))
    combo.activated.emit(combo.currentIndex())
    session = window.controller._session
    assert import_settings(session).apply_model_above == 0.9
    wizard = wizard_on(window, CHECKING)
    wizard.next_button.click()
    review = wizard.pages["review"]
    assert review.accept_all.isChecked() and review.percent.value() == 90
    wizard.reject()
    window.undo_action.trigger()
    assert import_settings(session).apply_model_above is None
    assert combo.currentData() is None


def test_the_run_reports_progress_from_the_worker_thread(qtbot, app_settings, theme,
                                                          empty_vault):
    from cmrdesk.ui.controller import VaultController
    from cmrdesk.ui.tasks import TaskRunner
    from cmrdesk.ui.window import MainWindow
    from tests.conftest import TODAY
    from tests.ui.conftest import unlock

    controller = VaultController(TaskRunner(), today=TODAY)  # a real worker thread
    window = MainWindow(app_settings, theme, controller)
    qtbot.addWidget(window)
    window.show()
    try:
        unlock(window, empty_vault)
        qtbot.waitUntil(lambda: controller.ledger is not None, timeout=30_000)
        wizard = wizard_on(window, CHECKING)
        qtbot.waitUntil(wizard.next_button.isEnabled, timeout=30_000)  # planned on the worker
        wizard.next_button.click()
        assert wizard.step == "review"
        wizard.next_button.click()
        assert wizard.step == "run"
        qtbot.waitUntil(lambda: wizard.step == "summary", timeout=30_000)
        bar = wizard.pages["run"].bar
        assert (bar.value(), bar.maximum()) == (3, 3)  # the worker's report reached the bar
        assert wizard.pages["summary"].title.text() == "Imported"
    finally:
        controller.shutdown()


def test_a_statement_that_does_not_reconcile_is_shown_in_red(empty_unlocked):
    window = empty_unlocked
    path = CORPUS / "camt" / "oca-bsi__test-camt053.xml"  # its balances miss its rows by 434.16
    wizard = wizard_on(window, path)
    wizard.next_button.click()
    card = wizard.pages["review"].cards[0]
    assert card.balance.property("role") == "negative"
    assert "a difference of" in card.balance.text() and "434.16" in card.balance.text()
    assert "Likely cause: the statement's own balances do not add up" in card.balance.text()
    click_through(wizard)
    lines = [label for c in wizard.pages["summary"].cards for label in c.findChildren(
        type(wizard.pages["summary"].title)) if label.text().startswith("Does not reconcile")]
    assert len(lines) == 1 and lines[0].property("role") == "negative"
    assert "434.16" in lines[0].text()


def test_screenshot_draws_a_step_on_a_file_and_leaves_the_vault_as_found(qapp, empty_vault,
                                                                       tmp_path, capsys):
    from PySide6.QtGui import QImage

    from cmrdesk.services.session import VaultSession
    from cmrdesk.ui import screenshot
    from tests.conftest import PASSPHRASE

    secret = tmp_path / "passphrase"
    secret.write_text(PASSPHRASE + "\n", encoding="utf-8")
    common = ["--vault", str(empty_vault), "--passphrase-file", str(secret), "--page", "import",
              "--size", "1024x700"]
    out = tmp_path / "summary.png"
    assert screenshot.main([*common, "--file", str(CHECKING), "--step", "summary",
                            "--out", str(out)]) == 0
    image = QImage(str(out))
    assert (image.width(), image.height()) == (1024, 700)
    with VaultSession.open(empty_vault, PASSPHRASE) as session:
        assert session.transaction_count() == 0  # imported for the picture, then undone
    # No columns step for an OFX file: said, and no picture.
    assert screenshot.main([*common, "--file", str(CHECKING), "--step", "columns",
                            "--out", str(tmp_path / "no.png")]) == 1
    assert "not part of importing these files" in capsys.readouterr().err
    assert not (tmp_path / "no.png").exists()


def test_market_data_imports_through_the_wizard(empty_unlocked, tmp_path):
    window = empty_unlocked
    rates = tmp_path / "fx.csv"
    rates.write_text("date,base,quote,rate,source\n2024-01-02,EUR,USD,1.0945,ECB\n"
                     "2024-01-03,EUR,USD,1.0921,ECB\n", encoding="utf-8")
    wizard = wizard_on(window, rates)
    assert wizard.pages["files"].table.item(0, COL_ACCOUNT).text() == \
        "market data: 2 rates/prices"
    assert "columns" not in wizard.steps()  # market data has no column roles to set
    click_through(wizard)
    assert "market data: 2 rates/prices" in " ".join(wizard.pages["summary"].texts())
    assert transactions(window) == 0
