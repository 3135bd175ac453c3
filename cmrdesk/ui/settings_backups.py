"""Settings: the Backups card and the change-passphrase dialog.

Every action goes through :mod:`cmrdesk.services.backups` (what ``cmrdesk backup`` and
``cmrdesk rekey`` use) on the worker thread via the controller. File and folder choices go
through seams (attributes holding a function) so tests never see a file dialog.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from cmrdesk.services import backups

from .errors import error_text
from .i18n import QT_TR_NOOP, tr
from .strength import PassphraseFields
from .widgets import Card, make_label, primary_button

VAULT_FILTER = QT_TR_NOOP("cmrdesk vaults (*.cmrdesk)")


def _ask_save(parent: QWidget, suggested: Path) -> Path | None:
    name, _ = QFileDialog.getSaveFileName(parent, tr("Save a backup copy"), str(suggested),
                                          VAULT_FILTER)
    return Path(name) if name else None


def _ask_folder(parent: QWidget, start: Path) -> Path | None:
    name = QFileDialog.getExistingDirectory(parent, tr("Folder for automatic backups"),
                                            str(start))
    return Path(name) if name else None


def _ask_backup(parent: QWidget, start: Path) -> Path | None:
    name, _ = QFileDialog.getOpenFileName(parent, tr("Restore from a backup"), str(start),
                                          VAULT_FILTER)
    return Path(name) if name else None


def _stamp() -> str:
    return datetime.now(UTC).strftime("%Y%m%d-%H%M%S")


def daily_backup(controller: Any, on_failure: Callable[[BaseException], None]) -> None:
    """Make the day's automatic backup when it is due (the window calls this once the vault is
    loaded); a failure (say, the folder's disk is not mounted) goes to ``on_failure``."""
    controller.with_session(backups.daily, None, on_failure, label="daily backup")


class BackupsCard(Card):
    """Back up now, automatic backups (folder, keep N), restore from a backup."""

    #: A restored copy is ready to open (its path): the page opens it in a new window.
    restored = Signal(object)

    def __init__(self, controller: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent, spacing=10)
        self.controller = controller
        # Seams (tests replace these; a person sees the file dialogs).
        self.choose_save: Callable[[QWidget, Path], Path | None] = _ask_save
        self.choose_folder: Callable[[QWidget, Path], Path | None] = _ask_folder
        self.choose_backup: Callable[[QWidget, Path], Path | None] = _ask_backup
        self.policy = backups.BackupPolicy()
        self._loading = False

        self.body.addWidget(make_label(tr("Backups"), "sectionTitle"))
        self.body.addWidget(make_label(
            tr("A backup is an encrypted copy of the whole vault; it opens with the passphrase "
               "the vault had when the copy was made."), "muted", wrap=True))
        actions = QHBoxLayout()
        self.back_up = QPushButton(tr("Back up now…"))
        self.back_up.setAccessibleName(tr("Save an encrypted copy of the vault now"))
        self.back_up.clicked.connect(self._back_up_now)
        self.restore = QPushButton(tr("Restore from a backup…"))
        self.restore.setAccessibleName(tr("Open a backup copy in a new window"))
        self.restore.clicked.connect(self._restore)
        actions.addWidget(self.back_up)
        actions.addWidget(self.restore)
        actions.addStretch(1)
        self.body.addLayout(actions)

        self.automatic = QCheckBox(tr("Back up automatically before each import and once a day"))
        self.automatic.toggled.connect(self._automatic_toggled)
        self.body.addWidget(self.automatic)
        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        where = QHBoxLayout()
        self.folder = make_label(tr("No folder chosen"), "muted", selectable=True, wrap=True)
        self.choose = QPushButton(tr("Choose…"))
        self.choose.setAccessibleName(tr("Choose the folder for automatic backups"))
        self.choose.clicked.connect(self._choose_folder)
        where.addWidget(self.folder, 1)
        where.addWidget(self.choose)
        form.addRow(tr("Folder"), where)
        self.keep = QSpinBox()
        self.keep.setRange(*backups.KEEP_RANGE)
        self.keep.setValue(backups.DEFAULT_KEEP)
        self.keep.setSuffix(tr(" backups"))
        self.keep.setAccessibleName(tr("How many automatic backups to keep"))
        self.keep.setMaximumWidth(160)
        self.keep.valueChanged.connect(lambda _v: self._save_policy())
        form.addRow(tr("Keep the newest"), self.keep)
        self.body.addLayout(form)
        self.status = make_label("", "muted", wrap=True, selectable=True)
        self.body.addWidget(self.status)

    # --- the policy ------------------------------------------------------------------------------

    def load(self, made: Path | None = None) -> None:
        """Read the vault's policy (on the worker) and show it (``made``: a backup just
        written, to name it)."""

        def work(session: Any) -> tuple[backups.BackupPolicy, Path | None, list[Any]]:
            rules = backups.policy(session)
            found = backups.list_backups(session, rules.folder) if rules.folder else []
            return rules, made, found

        self.controller.with_session(work, self._show, self._failed, label="backups")

    def _show(self, result: tuple[backups.BackupPolicy, Path | None, list[Any]]) -> None:
        rules, made, found = result
        self.policy = rules
        self._loading = True
        self.automatic.setChecked(rules.automatic)
        self.keep.setValue(rules.keep)
        self._loading = False
        self.folder.setText(str(rules.folder) if rules.folder else tr("No folder chosen"))
        if made is not None:
            self.status.setText(tr("Backup written: {path}").format(path=made))
        elif found:
            when, path = found[0]
            self.status.setText(tr("{count} automatic backups in the folder; newest {when} "
                                   "({name})").format(count=len(found), name=path.name,
                                                      when=when.strftime("%Y-%m-%d %H:%M UTC")))
        elif rules.folder:
            self.status.setText(tr("No automatic backup in this folder yet."))
        else:
            self.status.setText(tr("Automatic backups are off until you choose a folder."))

    def _automatic_toggled(self, on: bool) -> None:
        if self._loading:
            return
        if on and self.policy.folder is None:
            self._choose_folder()
            if self.policy.folder is None:  # no folder chosen: stays off
                self.automatic.setChecked(False)
                return
        self._save_policy()

    def _choose_folder(self) -> None:
        start = self.policy.folder or self._vault_folder()
        chosen = self.choose_folder(self, start)
        if chosen is None:
            return
        self.policy = backups.BackupPolicy(chosen, self.policy.keep, self.policy.automatic)
        self.folder.setText(str(chosen))
        self._save_policy()

    def _save_policy(self) -> None:
        if self._loading:
            return
        new = backups.BackupPolicy(self.policy.folder, self.keep.value(),
                                   self.automatic.isChecked() and self.policy.folder is not None)
        self.policy = new

        def work(session: Any) -> Path | None:
            backups.set_policy(session, new)
            if new.folder is not None:  # a smaller N prunes at once, as the person expects
                backups.prune(session, new.folder, new.keep)
            return backups.daily(session)  # switched on: the first copy now, not tomorrow

        self.controller.with_session(work, self.load, self._failed, label="backup policy")

    # --- actions ---------------------------------------------------------------------------------

    def _vault_folder(self) -> Path:
        info = self.controller.info
        return info.path.parent if info is not None else Path.home()

    def _back_up_now(self) -> None:
        info = self.controller.info
        if info is None:
            return
        folder = self.policy.folder or info.path.parent
        suggested = folder / f"{info.path.stem}-{_stamp()}.cmrdesk"
        chosen = self.choose_save(self, suggested)
        if chosen is None:
            return
        if chosen.suffix != ".cmrdesk":
            chosen = chosen.with_name(chosen.name + ".cmrdesk")
        self.status.setText(tr("Writing the backup…"))
        self.controller.with_session(
            lambda session: backups.backup_to(session, chosen),
            lambda path: self.status.setText(tr("Backup written: {path}").format(path=path)),
            self._failed, label="backup")

    def _restore(self) -> None:
        start = self.policy.folder or self._vault_folder()
        chosen = self.choose_backup(self, start)
        if chosen is None:
            return
        target_folder = self._vault_folder()
        self.status.setText(tr("Copying the backup…"))

        def work(_session: Any) -> Path:
            return backups.restore_copy(chosen, target_folder)

        def done(copy: Path) -> None:
            self.status.setText(tr("The backup was copied to {path} and opens in a new window; "
                                   "this vault is unchanged.").format(path=copy))
            self.restored.emit(copy)

        self.controller.with_session(work, done, self._failed, label="restore")

    def _failed(self, error: BaseException) -> None:
        self.status.setText(error_text(error))


class ChangePassphraseDialog(QDialog):
    """The new passphrase, twice, with the strength meter; the change runs on the worker."""

    changed = Signal()

    def __init__(self, controller: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.setWindowTitle(tr("Change passphrase"))
        self.setMinimumWidth(500)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(10)
        layout.addWidget(make_label(tr("Change the passphrase"), "sectionTitle"))
        layout.addWidget(make_label(
            tr("The vault is re-encrypted under a key made from the new passphrase, in one "
               "step: if anything fails, the old passphrase still opens it. Backups made "
               "before keep the passphrase they were made with."), "muted", wrap=True))
        form = QFormLayout()
        form.setVerticalSpacing(8)
        self.fields = PassphraseFields(form, tr("New passphrase"), tr("New passphrase again"),
                                       self._check)
        self.passphrase, self.repeat = self.fields.passphrase, self.fields.repeat
        self.meter, self.meter_text = self.fields.meter, self.fields.meter_text
        layout.addLayout(form)
        self.problem = make_label("", "error", wrap=True)
        self.problem.hide()
        layout.addWidget(self.problem)
        layout.addWidget(make_label(
            tr("There is no way to recover a forgotten passphrase: write it down and keep it "
               "somewhere safe."), "muted", wrap=True))
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.cancel = QPushButton(tr("Cancel"))
        self.cancel.clicked.connect(self.reject)
        self.change = primary_button(tr("Change passphrase"))
        self.change.clicked.connect(self._change)
        buttons.addWidget(self.cancel)
        buttons.addWidget(self.change)
        layout.addLayout(buttons)
        self._check()

    def _check(self) -> None:
        self._problem(self.fields.check())
        self.change.setEnabled(self.fields.ready)

    def _problem(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.setVisible(bool(text))

    def _change(self) -> None:
        new = self.passphrase.text()
        self.change.setEnabled(False)
        self.cancel.setEnabled(False)
        self.meter_text.setText(tr("Re-encrypting the vault…"))

        def done(_changes: Any) -> None:
            self.passphrase.clear()
            self.repeat.clear()
            self.cancel.setEnabled(True)
            self.changed.emit()
            self.accept()

        def failed(error: BaseException) -> None:
            self.cancel.setEnabled(True)
            self._check()
            self._problem(error_text(error))

        self.controller.with_session(lambda session: backups.change_passphrase(session, new),
                                     done, failed, label="change passphrase")
