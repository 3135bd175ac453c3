"""Translatable text: every string a person reads goes through :func:`tr`.

Translations live as Qt Linguist sources in ``resources/i18n/cmrdesk_<lang>.ts`` (extracted by
``scripts/update_translations.sh``) and are compiled to ``.qm`` by ``pyside6-lrelease``: by the
package build (``cmrdesk/i18n/*.qm``), by the PyInstaller build, or, when the installed package
has none (an editable install, a source checkout), once into the user's cache folder.
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

CONTEXT = "cmrdesk"

#: The languages cmrdesk ships, by code, with their names as their speakers write them.
LANGUAGES: dict[str, str] = {"en": "English", "nl": "Nederlands", "de": "Deutsch"}

#: Where the package build puts compiled translations.
PACKAGED = Path(__file__).resolve().parents[1] / "i18n"

_installed: list[QTranslator] = []


def tr(text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """``text`` in the user's language (Qt's translation system; English when none is
    installed). ``n`` picks a plural form for texts with ``%n``."""
    return QCoreApplication.translate(CONTEXT, text, disambiguation, n)


def QT_TR_NOOP(text: str) -> str:
    """Marks a constant for extraction; it is translated where shown, with :func:`tr`."""
    return text


def plural(count: int, one: str, many: str, shown: str | None = None) -> str:
    """``one`` or ``many`` by ``count`` (the source language's rule; each form is translated on
    its own), with ``{n}`` replaced by ``shown`` (the count as the locale writes it) or the
    plain count."""
    text = tr(one) if count == 1 else tr(many)
    return text.replace("{n}", shown if shown is not None else str(count))


def resolve_language(choice: str | None, system: QLocale | None = None) -> str:
    """The language code to use: ``choice`` when it names a shipped language, else the
    system's when cmrdesk ships it, else English."""
    if choice in LANGUAGES:
        return choice  # type: ignore[return-value]
    code = (system or QLocale.system()).name().split("_")[0]
    return code if code in LANGUAGES else "en"


def qm_file(language: str, cache: Path | None = None) -> Path | None:
    """The compiled translation for ``language``: the package's, or one compiled from the
    shipped ``.ts`` into ``cache`` (recompiled when the source is newer). None for English or
    when neither exists (the app then stays in English)."""
    if language == "en" or language not in LANGUAGES:
        return None
    packaged = PACKAGED / f"cmrdesk_{language}.qm"
    if packaged.is_file():
        return packaged
    from cmrdesk.domain.resources import resource_path

    source = resource_path("i18n", f"cmrdesk_{language}.ts")
    if not source.is_file():
        return None
    if cache is None:
        from platformdirs import user_cache_path

        cache = user_cache_path("cmrdesk", "cmrdesk") / "i18n"
    target = cache / f"cmrdesk_{language}.qm"
    if target.is_file() and target.stat().st_mtime >= source.stat().st_mtime:
        return target
    return target if compile_ts(source, target) else None


def compile_ts(source: Path, target: Path) -> bool:
    """Compile ``source`` (.ts) to ``target`` (.qm) with ``pyside6-lrelease``; False when the
    tool is missing or fails (the app then stays in English rather than failing to start)."""
    tool = shutil.which("pyside6-lrelease")
    if tool is None:
        return False
    target.parent.mkdir(parents=True, exist_ok=True)
    done = subprocess.run([tool, "-silent", str(source), "-qm", str(target)],
                          capture_output=True, check=False)
    return done.returncode == 0 and target.is_file()


def install_language(choice: str | None, cache: Path | None = None) -> str:
    """Install the translator for ``choice`` ("system", "en", "nl", "de") into the running
    application, replacing any installed before; returns the language now in use."""
    app = QCoreApplication.instance()
    for old in _installed:
        if app is not None:
            app.removeTranslator(old)
    _installed.clear()
    language = resolve_language(choice)
    path = qm_file(language, cache)
    if app is None or path is None:
        return "en"
    translator = QTranslator(app)
    if not translator.load(str(path)):
        return "en"
    app.installTranslator(translator)
    _installed.append(translator)
    # Qt's own texts (standard dialog buttons, context menus of text fields), where shipped.
    qt_own = QTranslator(app)
    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if qt_own.load(f"qtbase_{language}", folder):
        app.installTranslator(qt_own)
        _installed.append(qt_own)
    return language
