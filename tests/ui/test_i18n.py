"""Translations: Dutch and German catalogues complete, loaded by setting or system locale."""

from __future__ import annotations

import ast
import functools
import re
from collections.abc import Iterator
from pathlib import Path
from types import SimpleNamespace

import pytest
from defusedxml.ElementTree import parse
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QComboBox, QLabel

from cmrdesk.ui import i18n
from cmrdesk.ui.i18n import install_language, resolve_language, tr
from cmrdesk.ui.settings import LANGUAGE, AppSettings
from tests.ui.conftest import unlock

ROOT = Path(__file__).resolve().parents[2]
CATALOGUES = {lang: ROOT / "resources" / "i18n" / f"cmrdesk_{lang}.ts" for lang in ("nl", "de")}
PLACEHOLDER = re.compile(r"\{[^{}]*\}")


@pytest.fixture
def english(qapp) -> Iterator[None]:
    """Whatever a test installs, the next test starts in English again."""
    yield
    install_language("en")


def _messages(path: Path) -> list[tuple[str, str, bool, list[str]]]:
    rows = []
    for message in parse(path).iter("message"):
        translation = message.find("translation")
        assert translation is not None
        forms = [f.text or "" for f in translation.iter("numerusform")] or [translation.text or ""]
        rows.append((message.findtext("source") or "", translation.get("type") or "",
                     message.get("numerus") == "yes", forms))
    return rows


@pytest.mark.parametrize("language", sorted(CATALOGUES))
def test_every_message_is_translated_and_keeps_its_placeholders(language: str) -> None:
    messages = _messages(CATALOGUES[language])
    assert len(messages) > 900  # the whole interface, not a sample
    for source, state, numerus, forms in messages:
        assert state not in ("unfinished", "obsolete", "vanished"), source
        for text in forms:
            assert text.strip(), f"{language}: no translation for {source!r}"
            assert sorted(PLACEHOLDER.findall(text)) == sorted(PLACEHOLDER.findall(source)), (
                f"{language}: placeholders differ in {text!r} for {source!r}")
            if numerus or "%n" in source:
                assert "%n" in text, source
            assert text.startswith(" ") == source.startswith(" "), source


def test_both_catalogues_hold_the_same_messages() -> None:
    nl, de = ([m[0] for m in _messages(path)] for path in CATALOGUES.values())
    assert nl == de


def test_no_tr_call_takes_an_fstring_or_a_format_result() -> None:
    """The extractor sees only constants: tr(f"...") would never be translated."""
    offenders = []
    for path in sorted((ROOT / "cmrdesk" / "ui").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)
                    and node.func.id in ("tr", "QT_TR_NOOP") and node.args):
                first = node.args[0]
                if isinstance(first, ast.JoinedStr) or (
                        isinstance(first, ast.Call) and isinstance(first.func, ast.Attribute)
                        and first.func.attr == "format"):
                    offenders.append(f"{path.relative_to(ROOT)}:{node.lineno}")
    assert offenders == []


@functools.cache
def _in_code() -> frozenset[str]:
    """Every message the extractor finds in the code (scripts/update_translations.py)."""
    import importlib.util

    spec = importlib.util.spec_from_file_location(
        "update_translations", ROOT / "scripts" / "update_translations.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return frozenset(source for source, _comment, _numerus in module._extracted())


def test_the_catalogue_is_current_with_the_code(tmp_path: Path, monkeypatch) -> None:
    """Every tr() text in the code has an entry (run scripts/update_translations.sh)."""
    in_catalogue = {m[0] for m in _messages(CATALOGUES["nl"])}
    assert _in_code() - in_catalogue == set()


def test_ledger_constants_shown_through_tr_are_extracted(qapp) -> None:
    """tr(variable) is invisible to the extractor: the constants the ledger shows that way
    (headers, choices, tool and dialog buttons, the page title) are marked with QT_TR_NOOP,
    or a new one would silently stay English."""
    from cmrdesk.ui import (
        ledger_categories,
        ledger_export,
        ledger_reconcile,
        ledger_rules,
        ledger_search,
        ledger_table,
        transactions_model,
    )
    from cmrdesk.ui.pages import page_specs

    # English is installed: a button's text is the constant it was given.
    page = SimpleNamespace(bar=SimpleNamespace(show_choice=QComboBox()),
                           accept_selected=lambda: None, open_export=lambda: None)
    buttons = [*ledger_table.ledger_tools(page).values(),
               *ledger_categories.CategoriesDialog().buttons.values(),
               *ledger_rules.RulesDialog().buttons.values()]
    shown = {
        *(button.text() for button in buttons),
        *transactions_model.HEADERS, *ledger_reconcile.HEADERS,
        *ledger_export.COLUMN_LABELS.values(), *ledger_categories.KINDS.values(),
        *(label for _key, label in ledger_search.SHOW_CHOICES),
        *(label for _key, label in ledger_rules.MODES),
        *(label for label, _floor in ledger_table.ACCEPT_LEVELS),
        *(spec.title for spec in page_specs()),
    }
    assert {"Suggestion", "Transactions", "Merge into", "Reconcile…"} <= shown
    assert shown - _in_code() == set()


def test_the_system_language_is_used_when_shipped() -> None:
    assert resolve_language("system", QLocale("nl_NL")) == "nl"
    assert resolve_language("system", QLocale("de_AT")) == "de"
    assert resolve_language("system", QLocale("fr_FR")) == "en"


def test_the_setting_wins_over_the_system() -> None:
    assert resolve_language("de", QLocale("nl_NL")) == "de"
    assert resolve_language("en", QLocale("nl_NL")) == "en"


def test_the_language_setting_is_declared_with_its_choices(tmp_path: Path) -> None:
    settings = AppSettings.at(tmp_path / "settings.ini")
    assert settings.get(LANGUAGE) == "system"
    settings.set(LANGUAGE, "nl")
    assert AppSettings.at(tmp_path / "settings.ini").get(LANGUAGE) == "nl"
    with pytest.raises(ValueError):
        settings.set(LANGUAGE, "fr")


def test_the_override_wins_when_installed(english, tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setattr(QLocale, "system", staticmethod(lambda: QLocale("nl_NL")))
    assert install_language("system", tmp_path) == "nl"
    assert tr("Net worth") == "Nettovermogen"
    assert install_language("de", tmp_path) == "de"
    assert tr("Net worth") == "Nettovermögen"
    assert install_language("en", tmp_path) == "en"
    assert tr("Net worth") == "Net worth"


def test_without_a_packaged_qm_the_ts_is_compiled_once_into_the_cache(
        english, tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setattr(i18n, "PACKAGED", tmp_path / "no-package")
    compiled = i18n.qm_file("nl", tmp_path / "cache")
    assert compiled == tmp_path / "cache" / "cmrdesk_nl.qm"
    assert compiled.stat().st_size > 10_000
    stamp = compiled.stat().st_mtime_ns
    assert i18n.qm_file("nl", tmp_path / "cache") == compiled
    assert compiled.stat().st_mtime_ns == stamp  # not compiled again


def test_a_packaged_qm_is_preferred(tmp_path: Path, monkeypatch) -> None:
    (tmp_path / "cmrdesk_de.qm").write_bytes(b"x")
    monkeypatch.setattr(i18n, "PACKAGED", tmp_path)
    assert i18n.qm_file("de", tmp_path / "cache") == tmp_path / "cmrdesk_de.qm"
    assert i18n.qm_file("en", tmp_path / "cache") is None


def test_with_dutch_installed_the_dashboard_is_dutch(english, make_window, demo_vault,
                                                    tmp_path: Path) -> None:
    assert install_language("nl", tmp_path) == "nl"
    window = make_window()
    unlock(window, demo_vault)
    assert window.controller.is_unlocked
    assert window.shell is not None
    page = window.shell.page("dashboard")
    texts = {label.text() for label in page.findChildren(QLabel)}
    for dutch in ("Overzicht", "Nettovermogen", "Inkomsten en uitgaven",
                  "Uitgaven per categorie", "Wat kan ik doen"):
        assert dutch in texts, dutch
    assert "Net worth" not in texts
    assert "Income and spending" not in texts



def test_with_dutch_installed_the_ledger_is_dutch(english, make_window, demo_vault,
                                                 tmp_path: Path) -> None:
    """Constants shown through tr(variable) (headers, choices, tool buttons, the page
    title) are marked for extraction, so they are translated too."""
    from PySide6.QtCore import Qt

    assert install_language("nl", tmp_path) == "nl"
    window = make_window()
    unlock(window, demo_vault)
    assert window.shell is not None
    assert window.shell.buttons["transactions"].text() == "Transacties"
    page = window.shell.page("transactions")
    model = page.model
    assert [model.headerData(c, Qt.Orientation.Horizontal)
            for c in range(model.columnCount())] == [
        "Datum", "Rekening", "Naam", "Categorie", "Bedrag", "Omschrijving", "Voorstel",
        "Saldo"]
    show = page.bar.show_choice
    assert [show.itemText(i) for i in range(show.count())] == [
        "Alles", "Te controleren", "Gesplitst", "Afgestemd", "Niet afgestemd"]
    assert {key: button.text() for key, button in page.tool_buttons.items()} == {
        "accept": "Voorstellen", "rules": "Regels…", "categories": "Categorieën…",
        "reconcile": "Afstemmen…", "export": "Export…"}
    assert [a.text() for a in page.tool_buttons["accept"].menu().actions()] == [
        "Accepteren voor de geselecteerde rijen", "Accepteren vanaf 95 % zekerheid",
        "Accepteren vanaf 80 % zekerheid", "Alle accepteren"]

def test_the_settings_page_stores_the_language(english, unlocked) -> None:
    page = unlocked.shell.page("settings")
    choices = [page.language.itemData(i) for i in range(page.language.count())]
    assert choices == ["system", "en", "nl", "de"]
    assert page.language.currentData() == "system"
    page.language.setCurrentIndex(choices.index("de"))
    assert page.context.settings.get(LANGUAGE) == "de"
    assert "Deutsch" in page.language_note.text()


def test_a_screenshot_in_dutch(english, qapp, demo_vault, tmp_path: Path) -> None:
    from cmrdesk.ui import screenshot

    out = tmp_path / "nl.png"
    assert screenshot.main(["--vault", str(demo_vault), "--passphrase-file",
                            str(_passphrase(tmp_path)), "--page", "first-run",
                            "--language", "nl", "--out", str(out)]) == 0
    assert out.stat().st_size > 10_000
    assert tr("Net worth") == "Nettovermogen"  # the run's language, still installed


def _passphrase(folder: Path) -> Path:
    from tests.conftest import PASSPHRASE

    path = folder / "passphrase"
    path.write_text(PASSPHRASE)
    return path


@pytest.mark.parametrize("language", ["nl", "de"])
def test_the_ledger_tool_row_fits_at_1024_px(english, make_window, demo_vault, qapp,
                                              tmp_path: Path, language: str) -> None:
    """Dutch and German words are longer: the tool row's buttons must not overlap."""
    assert install_language(language, tmp_path) == language
    window = make_window()
    unlock(window, demo_vault)
    window.resize(1024, 700)
    window.show()
    window.navigate("transactions")
    qapp.processEvents()
    page = window.shell.page("transactions")
    assert page.bar.width() > 700  # laid out at the window's width
    assert page.tool_buttons.layout.minimumSize().width() <= page.bar.width()
