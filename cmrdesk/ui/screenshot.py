"""``cmrdesk screenshot``: render one screen or page of the real app offscreen to a PNG.

    cmrdesk screenshot --vault PATH --page dashboard --out dashboard.png \\
        [--theme light|dark] [--size 1280x800] [--passphrase-file FILE] [--full-page] \\
        [--dialog account-form|account-form-invalid|transaction-form]
    cmrdesk screenshot --vault PATH --page import --file FILE [--file FILE2] --out PNG \
        [--step files|columns|review|summary]

Pages: ``first-run``, ``unlock``, ``new-vault``, ``new-vendor`` (the Share page's dialog) and
every page in the sidebar (``dashboard``, ``accounts``, ``transactions``, ``insights``,
``settings``, and whatever registers later; ``--vendor NAME`` chooses one on Share). The
passphrase comes from ``--passphrase-file`` or ``$CMRDESK_PASSPHRASE`` (``--demo`` uses the demo
vault and its passphrase). Settings go to a temporary file, never the person's own, and the
task runner is synchronous, so the picture shows the finished screen.

``--dialog`` opens a form over the page, filled in as a person would, and draws it centred
on the window: ``account-form`` (a new mortgage), ``account-form-invalid`` (the same with a
fixed-rate period that ends after the loan, and the message under it) and
``transaction-form`` (a transfer between two own accounts; the vault needs two open accounts
in one currency).

``--page import`` draws the import wizard over the window on the ``--file`` given (repeat it
for several files) at ``--step`` (default ``files``); the ``summary`` step imports for real and
takes it back after the picture, leaving the vault as found.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path
from typing import Any

SCREENS = ("first-run", "unlock", "new-vault", "new-vendor", "import")
DIALOGS = ("account-form", "account-form-invalid", "transaction-form")


def parser(pages: list[str]) -> argparse.ArgumentParser:
    """The command's options."""
    p = argparse.ArgumentParser(prog="cmrdesk screenshot",
                                description="Render a page of the app to a PNG, offscreen.")
    p.add_argument("--vault", type=Path, help="the vault to show")
    p.add_argument("--demo", action="store_true", help="the demo vault (passphrase 'demo')")
    p.add_argument("--page", required=True, choices=[*SCREENS, *pages])
    p.add_argument("--out", required=True, type=Path, help="PNG file to write")
    p.add_argument("--theme", choices=("light", "dark"), default="light")
    p.add_argument("--size", default="1280x800", help="window size, WxH (default 1280x800)")
    p.add_argument("--passphrase-file", type=Path, help="read the passphrase from this file")
    p.add_argument("--locale", help="locale for money and dates (default: the system's)")
    p.add_argument("--language", choices=("system", "en", "nl", "de"), default="system",
                   help="interface language (default: the system's); with nl or de and no "
                        "--locale, money and dates follow that language too")
    p.add_argument("--full-page", action="store_true",
                   help="grow the window to show a scrolling page whole")
    p.add_argument("--vendor", help="share: choose the vendor with this name")
    p.add_argument("--dialog", choices=DIALOGS,
                   help="open this form over the page, filled in, and draw both")
    p.add_argument("--file", type=Path, action="append", default=[],
                   help="import: a bank file to open the wizard on (repeatable)")
    p.add_argument("--step", choices=("files", "columns", "review", "summary"),
                   default="files", help="import: the wizard step to draw (default files)")
    return p


def main(argv: list[str]) -> int:
    """Run the command; returns the exit code."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from .pages import page_specs

    pages = [spec.key for spec in page_specs()] + list(extra_shots())
    args = parser(pages).parse_args(argv)
    try:
        width, height = (int(v) for v in args.size.lower().split("x"))
    except ValueError:
        print("error: --size must look like 1280x800", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory(prefix="cmrdesk-shot-") as folder:
        try:
            render(args, width, height, Path(folder))
        except Exception as error:
            from .errors import error_text

            print(f"error: {error_text(error)}", file=sys.stderr)
            return 1
    print(f"wrote {args.out}")
    return 0


def render(args: argparse.Namespace, width: int, height: int, folder: Path) -> None:
    """Build the window, bring it to the requested page, and save the PNG."""
    from . import fmt
    from .app import application, system_locale
    from .controller import VaultController
    from .i18n import install_language
    from .settings import THEME, AppSettings
    from .tasks import TaskRunner
    from .theme import ThemeManager
    from .window import MainWindow

    app = application()
    settings = AppSettings.at(folder / "settings.ini")
    settings.set(THEME, args.theme)
    language = install_language(args.language, folder / "i18n")
    if args.language != "system" and language != args.language:
        raise RuntimeError(f"no {args.language} translation was found or could be compiled")
    locale = args.locale or (_LANGUAGE_LOCALES.get(args.language) or system_locale())
    fmt.set_locale(locale)
    theme = ThemeManager(app, args.theme)
    controller = VaultController(TaskRunner(synchronous=True))
    window = MainWindow(settings, theme, controller, choose_open_path=lambda _w: None)
    failures: list[BaseException] = []
    controller.unlock_failed.connect(failures.append)
    window.resize(width, height)
    try:
        vault = _vault(args)
        if vault is not None and args.page != "first-run":
            settings.remember_vault(vault)
        window.show()
        target = window
        if args.page == "first-run":
            if vault is not None:
                settings.remember_vault(vault)
            window.show_first_run()
        elif args.page == "unlock":
            window.show_unlock(_required(vault))
        elif args.page == "new-vault":
            window.show_first_run()
            window.new_vault()
            assert window.dialog is not None
            window.dialog.passphrase.setText("correct horse battery staple")
            window.dialog.repeat.setText("correct horse battery staple")
            target = window.dialog
        else:
            if args.demo:
                window.open_demo(vault)
            else:
                window.show_unlock(_required(vault))
                window.unlock.passphrase.setText(_passphrase(args))
                window.unlock.unlock.click()
            if not controller.is_unlocked:
                raise failures[0] if failures else RuntimeError("the vault did not open")
            if args.page in extra_shots():
                _settle(app)
                target = extra_shots()[args.page](window)
            elif args.page == "import":
                from .import_shot import import_shot

                _settle(app)
                target = import_shot(window, args.file, args.step)
            elif args.page == "new-vendor":
                window.navigate("share")
                target = _vendor_dialog(window)
            else:
                window.navigate(args.page)
                if args.vendor:
                    _choose_vendor(window, args.vendor)
        if args.dialog:
            from .screenshot_details import Composite

            target = Composite(window, _open_dialog(window, args.dialog))
        _settle(app)
        if args.full_page and window.shell is not None and target is window:
            page = window.shell.pages.get(args.page)
            scroll = getattr(page, "scroll_area", None)
            if scroll is not None:
                extra = scroll.widget().sizeHint().height() - scroll.viewport().height()
                if extra > 0:
                    window.resize(width, height + extra)
                    _settle(app)
        args.out.parent.mkdir(parents=True, exist_ok=True)
        if not target.grab().save(str(args.out), "PNG"):
            raise OSError(f"could not write {args.out}")
    finally:
        controller.shutdown()
        _dispose(window, theme)


#: The locale a screenshot in a given language uses for money and dates unless --locale says.
_LANGUAGE_LOCALES = {"nl": "nl_NL", "de": "de_DE", "en": None}


def extra_shots() -> dict[str, Any]:
    """Named views beyond the sidebar's pages (a page's section, a form over its page):
    ``--page NAME`` -> a function that shows it in the unlocked window and returns what to
    grab. Each feature keeps its own table."""
    from .offers_shots import SHOTS as OFFER_SHOTS
    from .screenshot_details import SHOTS as DETAILS_SHOTS
    from .screenshot_ledger import SHOTS as LEDGER_SHOTS
    from .screenshot_menus import SHOTS as MENU_SHOTS
    from .screenshot_settings import SHOTS as SETTINGS_SHOTS

    return {**DETAILS_SHOTS, **MENU_SHOTS, **SETTINGS_SHOTS, **OFFER_SHOTS, **LEDGER_SHOTS}


def _vendor_dialog(window: Any) -> Any:
    """The Share page's "New vendor…" dialog with a freshly made key pasted in, so its
    fingerprint (what the person compares) is on show."""
    from cmrdesk.disclosure import generate_vendor_key, public_jwk_text

    from .share_dialogs import VendorDialog

    dialog = VendorDialog(None, window)
    dialog.name.setText("Zeta Lending")
    dialog.email.setText("privacy@zeta.example")
    dialog.key.setPlainText(public_jwk_text(generate_vendor_key("X25519")[1]))
    dialog.show()
    return dialog


def _choose_vendor(window: Any, name: str) -> None:
    page = window.shell.pages.get("share")
    found = [v.vendor.id for v in getattr(page, "presenter", page).vendors
             if v.vendor.name == name] if page is not None else []
    if not found:
        raise ValueError(f"no vendor named {name!r} on the Share page")
    page.presenter.choose_vendor(found[0])


def _open_dialog(window: Any, name: str) -> Any:
    """Open form ``name`` over the current page, filled in as a person would."""
    from cmrdesk.domain import AccountKind

    shell = window.shell
    if name.startswith("account-form"):
        form = shell.page("accounts").actions.add(AccountKind.MORTGAGE.value)
        form.type_text("name", "Home loan")
        form.type_text("institution", "ING")
        form.type_text("number", "6541 2390 17")
        form.type_text("interest_rate", _number("3.85"))
        for field, value in (("principal", "310000"), ("monthly_payment", "1453.20"),
                             ("opening_balance", "-310000")):
            form.type_text(field, _amount(value))
        for field, day in (("opened_on", (2019, 4, 1)), ("term_end", (2049, 4, 1)),
                           ("fixed_until", (2059, 4, 1) if name.endswith("invalid")
                            else (2029, 4, 1))):
            form.type_text(field, _day(*day))
        if name.endswith("invalid"):
            form.show_field("fixed_until")
        return form
    page = shell.page("transactions")
    ledger = window.controller.ledger
    by_currency: dict[str, list[Any]] = {}
    for account in ledger.accounts:
        if not account.closed and account.kind in (AccountKind.CHECKING, AccountKind.SAVINGS):
            by_currency.setdefault(account.currency, []).append(account)
    pair = next((sorted(v, key=lambda a: a.kind) for v in by_currency.values() if len(v) > 1),
                None)
    if pair is None:
        raise ValueError("the transaction form needs two open accounts in one currency")
    form = page.actions.add(pair[0].id)
    form.fill(transfer=True)
    form.fill(transfer_to=pair[1].id)
    form.type_text("amount", _amount("-500"))
    form.type_text("memo", "Monthly saving")
    return form


def _number(text: str) -> str:
    from decimal import Decimal

    from . import fmt

    return fmt.number_text(Decimal(text))


def _amount(text: str) -> str:
    from cmrdesk.domain import Money

    from . import fmt

    return fmt.amount_text(Money.of(text, "EUR"))


def _day(year: int, month: int, day: int) -> str:
    from datetime import date

    from . import fmt

    return fmt.day_input(date(year, month, day))


def _dispose(*objects: object) -> None:
    """Delete windows now rather than at exit (the command can run inside a larger app)."""
    from PySide6.QtCore import QCoreApplication, QEvent

    for item in objects:
        if hasattr(item, "close"):
            item.close()  # type: ignore[union-attr]
        item.deleteLater()  # type: ignore[attr-defined]
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def _vault(args: argparse.Namespace) -> Path | None:
    if args.demo:
        from cmrdesk.services.paths import default_demo_vault_path

        return args.vault or default_demo_vault_path()
    return args.vault


def _required(vault: Path | None) -> Path:
    if vault is None:
        raise ValueError("this page needs --vault PATH (or --demo)")
    return vault


def _passphrase(args: argparse.Namespace) -> str:
    if args.passphrase_file:
        return args.passphrase_file.read_text(encoding="utf-8").rstrip("\r\n")
    value = os.environ.get("CMRDESK_PASSPHRASE")
    if not value:
        raise ValueError("give the passphrase with --passphrase-file or $CMRDESK_PASSPHRASE")
    return value


def _settle(app: object) -> None:
    """Let timers (lazy table pages, layout) run until nothing changes."""
    from PySide6.QtCore import QCoreApplication, QElapsedTimer, QEventLoop, QThread

    clock = QElapsedTimer()
    clock.start()
    while clock.elapsed() < 400:  # real time, so short timers (debounced previews) fire too
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
        QThread.msleep(10)
