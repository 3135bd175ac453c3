"""The empty vault: from "Create a new vault" to a dashboard with a keyed-in account; bank
files imported through the file seam as one undo step; the checklist of what else to key in,
ticked as the vault fills; the File menu's entries."""

from __future__ import annotations

import functools
import shutil
from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt

from cmrdesk.domain import Account, Goal, IncomeKind, IncomeSource, Money, Policy, PolicyType
from cmrdesk.services import records
from cmrdesk.services.editing import apply
from cmrdesk.ui.getting_started import STEPS
from tests.conftest import TEST_PARAMS

CORPUS = Path(__file__).parent.parent / "data" / "corpus"
CHECKING = CORPUS / "ofx" / "ofxparse__checking.ofx"  # 3 bookings, USD, ledger balance 100.99


def create_vault(window, qtbot, target: Path) -> None:
    """Click through "Create a new vault" as a person would (small KDF parameters)."""
    import cmrdesk.services.session as session_module

    window.choose_save_path = lambda _parent, _suggested: target
    window.start()
    qtbot.mouseClick(window.first_run.choices["create"], Qt.MouseButton.LeftButton)
    dialog = window.dialog
    dialog._browse()
    dialog.passphrase.setText("plum orbit cactus lantern")
    dialog.repeat.setText("plum orbit cactus lantern")
    real_create = session_module.VaultSession.create
    session_module.VaultSession.create = functools.partial(real_create, params=TEST_PARAMS)
    try:
        qtbot.mouseClick(dialog.create, Qt.MouseButton.LeftButton)
    finally:
        session_module.VaultSession.create = real_create


def test_from_create_to_a_dashboard_with_a_keyed_in_account(window, tmp_path, qtbot):
    create_vault(window, qtbot, tmp_path / "mine.cmrdesk")
    assert window.controller.is_unlocked
    dashboard = window.shell.page("dashboard")
    panel = dashboard.empty
    assert panel.isVisible()
    assert panel.add_button.isVisible() and panel.import_button.isVisible()
    assert not any(panel.done().values())
    qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)
    form = panel.actions.form
    assert form.isVisible()
    form.type_text("name", "ING Checking")
    form.type_text("opening_balance", "2,480.15")
    form.type_text("opened_on", "11/1/2026")
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    assert not form.isVisible()
    assert dashboard.cards["net_worth"].figure.text() == "€2,480"
    assert window.undo_action.text() == "Undo add account 'ING Checking'"
    accounts = window.shell.page("accounts")
    window.navigate("accounts")
    assert accounts.model.rowCount() == 1
    assert not accounts.empty.isVisible()


def click_through(wizard) -> None:
    """The import wizard's Next, Next, Import, until its summary."""
    while wizard.step != "summary":
        assert wizard.next_button.isEnabled(), wizard.step
        wizard.next_button.click()


def test_import_through_the_seam_is_one_undo_step(empty_unlocked, tmp_path):
    window = empty_unlocked
    source = tmp_path / "statement.ofx"
    shutil.copy(CHECKING, source)
    panel = window.shell.page("dashboard").empty
    asked = []
    panel.actions.choose_files = lambda parent: asked.append(parent) or [source]
    panel.import_button.click()
    assert asked == [window]  # the dialog belongs to the window
    wizard = panel.actions.wizard
    assert [f.name for f in wizard.presenter.files] == ["statement.ofx"]
    click_through(wizard)
    assert "3 new transactions" in wizard.pages["summary"].headline.text()
    session = window.controller._session
    assert session.transaction_count() == 3
    assert len(session.accounts()) == 1
    assert panel.done() == {step.key: False for step in STEPS}  # no "else" item yet
    assert not window.shell.page("dashboard").empty.isVisible()  # no longer an empty vault
    assert window.undo_action.text() == "Undo import 'statement.ofx'"
    window.undo_action.trigger()
    assert session.transaction_count() == 0 and session.accounts() == []
    assert window.shell.page("dashboard").empty.isVisible()
    window.redo_action.trigger()
    assert session.transaction_count() == 3
    assert window.controller.ledger.accounts[0].currency == "USD"


def test_import_into_an_existing_account_undoes_only_its_rows(empty_unlocked, tmp_path):
    window = empty_unlocked
    accounts = window.shell.page("accounts")
    accounts.actions.choose_files = lambda _parent: [CHECKING]
    accounts.import_button.click()
    click_through(accounts.actions.wizard)
    session = window.controller._session
    first_ids = {a.id for a in session.accounts()}
    assert len(first_ids) == 1
    accounts.import_button.click()  # the same file again: every row is a duplicate
    wizard = accounts.actions.wizard
    assert wizard.presenter.files[0].plan.statements[0].duplicates == 3
    click_through(wizard)
    assert "3 duplicates" in " ".join(wizard.pages["summary"].texts())
    assert window.undo_action.text() == "Undo import 'ofxparse__checking.ofx'"
    window.undo_action.trigger()  # takes back the first import, the second changed nothing
    assert session.accounts() == []
    window.redo_action.trigger()
    assert {a.id for a in session.accounts()} == first_ids


def test_a_file_that_is_not_a_statement_says_why_and_changes_nothing(empty_unlocked, tmp_path):
    window = empty_unlocked
    junk = tmp_path / "notes.txt"
    junk.write_text("this is not a bank file\n", encoding="utf-8")
    panel = window.shell.page("dashboard").empty
    panel.actions.choose_files = lambda _parent: [junk]
    panel.import_button.click()
    wizard = panel.actions.wizard
    assert "Not imported" in wizard.pages["files"].table.item(0, 1).text()
    assert not wizard.next_button.isEnabled()
    wizard.reject()
    assert window.controller._session.transaction_count() == 0
    assert not window.undo_action.isEnabled()
    panel.actions.choose_files = lambda _parent: []  # cancelled: nothing happens
    panel.actions.wizard = None
    panel.import_button.click()
    assert panel.actions.wizard is None
    assert not window.undo_action.isEnabled()


def test_the_checklist_ticks_what_the_vault_holds(empty_unlocked):
    window = empty_unlocked
    panel = window.shell.page("dashboard").empty
    assert panel.done()["pensions"] is False
    window.controller.edit(lambda s: records.new_account(s, Account(
        name="ABP", kind="pension", currency="EUR")))
    assert panel.done()["pensions"] is True
    session = window.controller._session
    # Keyed in elsewhere (the details page, the CLI): the panel counts again on each change.
    for record in (
        IncomeSource(payer="Acme", kind=IncomeKind.SALARY, net=Money.of("3200", "EUR")),
        Policy(insurer="Zilveren Kruis", policy_type=PolicyType.HEALTH,
               premium=Money.of("137.50", "EUR")),
        Goal(name="New car", target=Money.of("15000", "EUR"), target_date=date(2028, 1, 1)),
    ):
        window.controller.edit(lambda s, r=record: records.new_record(s, r))
    window.controller.edit(lambda s: records.set_profile(s, {"city": "Utrecht"}))
    assert panel.done() == {"income": True, "policies": True, "pensions": True,
                            "properties": False, "investments": False, "goals": True,
                            "profile": True}
    window.undo_action.trigger()
    assert panel.done()["profile"] is False
    assert session is window.controller._session


def test_links_open_their_page_or_are_left_out(empty_unlocked, monkeypatch):
    from cmrdesk.ui.pages import page_specs

    window = empty_unlocked
    panel = window.shell.page("dashboard").empty
    pages = {spec.key for spec in page_specs()}
    for step in STEPS:
        expected = not step.page or step.page in pages
        assert panel.links[step.key].isVisibleTo(panel) == expected, step.key
    panel.links["properties"].click()  # no page of its own: the account form, as a property
    assert panel.actions.form.kind().value == "property"
    panel.actions.form.reject()
    opened = []
    monkeypatch.setattr(panel.context, "navigate", lambda key, **kw: opened.append((key, kw)))
    for step in STEPS:
        if step.page:
            panel._opener(step)()
    assert ("details", {"section": "income"}) in opened
    assert ("holdings", {}) in opened


def test_file_menu_adds_accounts_and_imports(empty_unlocked):
    window = empty_unlocked
    texts = [a.text() for a in window.file_menu.actions()]
    assert texts[:3] == ["&Add account…", "&Import…", "Import &history…"]
    window.file_menu.actions()[0].trigger()
    accounts = window.shell.page("accounts")
    assert window.shell.current == "accounts"
    assert accounts.actions.form.isVisible()
    accounts.actions.form.reject()
    window.choose_import_files = lambda _parent: [CHECKING]
    window.file_menu.actions()[1].trigger()
    click_through(window.import_wizard)
    assert window.controller._session.transaction_count() == 3


def test_an_import_failure_in_one_file_keeps_the_others(empty_unlocked, tmp_path):
    session = empty_unlocked.controller._session
    junk = tmp_path / "broken.ofx"
    junk.write_text("OFXHEADER:100\n<OFX><BANKMSGSRSV1>", encoding="utf-8")
    outcome = apply(session, records.import_statements(session, [CHECKING, junk]))
    problems = [r for r in outcome.result if not hasattr(r, "new")]
    assert len(problems) == 1 and problems[0].file == str(junk)
    assert session.transaction_count() == 3
    apply(session, outcome.inverse)
    assert session.transaction_count() == 0


def test_market_data_goes_through_the_same_wizard(empty_unlocked, tmp_path):
    window = empty_unlocked
    rates = tmp_path / "fx.csv"
    rates.write_text("date,base,quote,rate,source\n2024-01-02,EUR,USD,1.0945,ECB\n",
                     encoding="utf-8")
    accounts = window.shell.page("accounts")
    accounts.actions.choose_files = lambda _parent: [CHECKING, rates]
    accounts.import_button.click()
    files = accounts.actions.wizard.pages["files"]
    assert files.table.item(1, 2).text() == "market data: 1 rates/prices"
    assert window.controller._session.transaction_count() == 0  # nothing before Import
