"""Settings: appearance, auto-lock, passphrase, backups, market data, and what this vault and
this machine are set to."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QPushButton,
    QRadioButton,
)

from cmrdesk.domain import Money

from .. import fmt
from ..i18n import LANGUAGES, QT_TR_NOOP, plural, resolve_language, tr
from ..import_settings import ImportThresholdCombo
from ..settings import AUTO_LOCK_MINUTES, LANGUAGE, THEME
from ..settings_backups import BackupsCard, ChangePassphraseDialog
from ..settings_market import MarketCard
from ..widgets import Card, link_button, make_label
from . import Page, PageContext, make_scroll_page, register_page

#: Auto-lock choices in minutes (0: never).
AUTO_LOCK_CHOICES = (1, 2, 5, 10, 15, 30, 60, 0)


@register_page(QT_TR_NOOP("settings"), QT_TR_NOOP("Settings"), QT_TR_NOOP("settings"), 90,
               QT_TR_NOOP("Ctrl+7"))
class SettingsPage(Page):
    """Preferences (stored with the app, never in QSettings secrets) and vault facts."""

    def __init__(self, context: PageContext) -> None:
        super().__init__(context)
        _inner, layout = make_scroll_page(self)
        layout.addWidget(make_label(tr("Settings"), "pageTitle"))

        look = Card(spacing=10)
        look.body.addWidget(make_label(tr("Appearance"), "sectionTitle"))
        row = QHBoxLayout()
        self.theme_group = QButtonGroup(self)
        self.theme_buttons: dict[str, QRadioButton] = {}
        for key, text in (("system", tr("Follow the system")), ("light", tr("Light")),
                          ("dark", tr("Dark"))):
            button = QRadioButton(text)
            button.setAccessibleName(tr("Theme: {name}").format(name=text))
            button.toggled.connect(lambda on, k=key: on and self._theme(k))
            self.theme_group.addButton(button)
            self.theme_buttons[key] = button
            row.addWidget(button)
        row.addStretch(1)
        look.body.addLayout(row)
        # The language is read once at start: every text is translated as its widget is built.
        language_row = QHBoxLayout()
        language_row.addWidget(make_label(tr("Language:")))
        self.language = QComboBox()
        self.language.setAccessibleName(tr("Language"))
        self.language.addItem(tr("System"), "system")
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
        self.language.currentIndexChanged.connect(
            lambda _i: self._language(self.language.currentData()))
        language_row.addWidget(self.language)
        self.language_note = make_label("", "muted")
        language_row.addWidget(self.language_note)
        language_row.addStretch(1)
        look.body.addLayout(language_row)
        layout.addWidget(look)

        security = Card(spacing=10)
        security.body.addWidget(make_label(tr("Security"), "sectionTitle"))
        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.auto_lock = QComboBox()
        for minutes in AUTO_LOCK_CHOICES:
            self.auto_lock.addItem(plural(minutes, "{n} minute", "{n} minutes") if minutes
                                   else tr("Never"), minutes)
        self.auto_lock.setAccessibleName(tr("Lock after idle minutes"))
        self.auto_lock.setMinimumWidth(160)
        self.auto_lock.setMaximumWidth(220)
        self.auto_lock.currentIndexChanged.connect(
            lambda _i: self._auto_lock(int(self.auto_lock.currentData())))
        form.addRow(tr("Lock after being idle for"), self.auto_lock)
        security.body.addLayout(form)
        lock_row = QHBoxLayout()
        self.lock_now = QPushButton(tr("Lock now"))
        self.lock_now.setToolTip(tr("Ctrl+L"))
        self.lock_now.setAccessibleName(tr("Lock the vault now"))
        self.lock_now.clicked.connect(lambda: context.controller.lock(""))
        lock_row.addWidget(self.lock_now)
        lock_row.addWidget(make_label(tr("or press Ctrl+L at any time"), "muted"))
        lock_row.addStretch(1)
        security.body.addLayout(lock_row)
        security.body.addWidget(make_label(
            tr("Locking closes the vault and forgets its key; the window returns to the "
               "unlock screen."), "muted", wrap=True))
        passphrase_row = QHBoxLayout()
        self.change_passphrase = QPushButton(tr("Change passphrase…"))
        self.change_passphrase.setAccessibleName(tr("Change the vault's passphrase"))
        self.change_passphrase.clicked.connect(self.open_change_passphrase)
        passphrase_row.addWidget(self.change_passphrase)
        self.passphrase_note = make_label("", "muted", wrap=True)
        passphrase_row.addWidget(self.passphrase_note, 1)
        security.body.addLayout(passphrase_row)
        layout.addWidget(security)
        self.passphrase_dialog: ChangePassphraseDialog | None = None

        self.backups = BackupsCard(context.controller)
        self.backups.restored.connect(self.open_restored)
        layout.addWidget(self.backups)
        #: Windows opened on restored copies (kept so they stay alive).
        self.restored_windows: list[Any] = []
        self.market = MarketCard(context.controller, context.settings)
        layout.addWidget(self.market)

        vault = Card(spacing=10)
        vault.body.addWidget(make_label(tr("This vault"), "sectionTitle"))
        self.facts = QFormLayout()
        self.path = make_label("", selectable=True, wrap=True)
        self.count = make_label("")
        self.base = make_label("")
        self.encryption = make_label("", wrap=True)
        self.facts.addRow(tr("File"), self.path)
        self.facts.addRow(tr("Transactions"), self.count)
        self.facts.addRow(tr("Totals shown in"), self.base)
        self.facts.addRow(tr("Encryption"), self.encryption)
        self.import_threshold = ImportThresholdCombo(context.controller)
        self.facts.addRow(tr("Apply learned categories on import"), self.import_threshold)
        vault.body.addLayout(self.facts)
        layout.addWidget(vault)

        machine = Card(spacing=10)
        machine.body.addWidget(make_label(tr("This computer"), "sectionTitle"))
        facts = QFormLayout()
        self.locale = make_label("")
        self.settings_file = make_label(context.settings.file_name(), "muted", selectable=True,
                                        wrap=True)
        facts.addRow(tr("Numbers and dates"), self.locale)
        facts.addRow(tr("Preferences file"), self.settings_file)
        machine.body.addLayout(facts)
        machine.body.addWidget(make_label(
            tr("Preferences hold only the look, the auto-lock time and the paths of recent "
               "vaults. Passphrases and figures never leave the encrypted vault."),
            "muted", wrap=True))
        self.forget = link_button(tr("Forget the list of recent vaults"))
        self.forget.clicked.connect(self._forget)
        machine.body.addWidget(self.forget, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(machine)
        layout.addStretch(1)
        self._load()

    def _load(self) -> None:
        settings = self.context.settings
        button = self.theme_buttons[settings.get(THEME)]
        button.blockSignals(True)  # showing the setting is not choosing it
        button.setChecked(True)
        button.blockSignals(False)
        self.language.blockSignals(True)
        self.language.setCurrentIndex(max(0, self.language.findData(settings.get(LANGUAGE))))
        self.language.blockSignals(False)
        minutes = settings.get(AUTO_LOCK_MINUTES)
        if self.auto_lock.findData(minutes) < 0:  # a value set elsewhere: offer it too
            self.auto_lock.addItem(plural(minutes, "{n} minute", "{n} minutes"), minutes)
        self.auto_lock.blockSignals(True)
        self.auto_lock.setCurrentIndex(self.auto_lock.findData(minutes))
        self.auto_lock.blockSignals(False)
        example = fmt.money(Money(Decimal("-1234.56"), "EUR"))
        self.locale.setText(f"{fmt.locale().display_name} — {example}, "
                            f"{fmt.day(self.context.controller.today or _today())}")

    def _theme(self, key: str) -> None:
        self.context.settings.set(THEME, key)
        self.context.theme.set_choice(key)

    def _language(self, code: str) -> None:
        self.context.settings.set(LANGUAGE, code)
        shown = LANGUAGES[resolve_language(code)]
        self.language_note.setText(
            tr("{language} from the next start").format(language=shown))

    def _auto_lock(self, minutes: int) -> None:
        self.context.settings.set(AUTO_LOCK_MINUTES, int(minutes))

    def _forget(self) -> None:
        self.context.settings.forget_vaults()
        self.forget.setText(tr("Recent vaults forgotten"))
        self.forget.setEnabled(False)

    def shown(self, **arguments: Any) -> None:
        self._load()

    def vault_loaded(self, ledger: Any) -> None:
        info = self.context.controller.info
        if info is not None:
            self.path.setText(str(info.path))
            self.base.setText(info.base_currency)
            self.encryption.setText(tr("SQLCipher 4 (AES-256, every page authenticated); key "
                                       "from your passphrase with {kdf}").format(
                                           kdf=info.encryption))
        self.count.setText(fmt.count(ledger.transactions))
        self.import_threshold.load()

        self.backups.load()
        self.market.load()

    def vault_locked(self) -> None:
        for label in (self.path, self.count, self.base, self.encryption, self.passphrase_note,
                      self.backups.status, self.market.status):
            label.setText("")
        if self.passphrase_dialog is not None:
            self.passphrase_dialog.reject()

    # --- passphrase and restore ------------------------------------------------------------------

    def open_change_passphrase(self) -> ChangePassphraseDialog:
        """The change-passphrase dialog (window-modal, never blocking the event loop)."""
        self.passphrase_dialog = ChangePassphraseDialog(self.context.controller, self.window())
        self.passphrase_dialog.changed.connect(lambda: self.passphrase_note.setText(
            tr("Passphrase changed. Use the new one from now on.")))
        self.passphrase_dialog.open()
        return self.passphrase_dialog

    def open_restored(self, copy: Path) -> Any:
        """Open the restored copy in a new window of its own (own worker, own session), which
        asks for the copy's passphrase; this window's vault is not touched."""
        from ..controller import VaultController
        from ..tasks import TaskRunner
        from ..window import MainWindow

        mine = self.context.controller
        controller = VaultController(TaskRunner(synchronous=mine.runner.synchronous),
                                     today=mine.today)
        window = MainWindow(self.context.settings, self.context.theme, controller)
        window.show()
        window.show_unlock(Path(copy), tr("A copy of a backup: enter the passphrase the vault "
                                          "had when the backup was made."))
        self.restored_windows.append(window)
        return window


def _today() -> Any:
    from datetime import date

    return date.today()
