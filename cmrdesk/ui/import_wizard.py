"""The import wizard: Files, CSV columns, Review, then the run and its Summary.

One window-modal dialog over the main window (opened from File > Import…, Ctrl+I, the Import
buttons, or by dropping files on the window). Its pages are views over one
:class:`~cmrdesk.ui.import_presenter.ImportPresenter`; the dialog only moves between them.
The columns step is shown only when a bank CSV is among the files. The whole import is one
undo step in the main window.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from .i18n import QT_TR_NOOP, tr
from .import_presenter import ImportPresenter
from .widgets import make_label, primary_button

#: The steps, in order, with the title the step bar shows.
STEPS = (("files", QT_TR_NOOP("Files")), ("columns", QT_TR_NOOP("CSV columns")), ("review",
                                                                                  QT_TR_NOOP("Review")),
         ("run", QT_TR_NOOP("Import")), ("summary", QT_TR_NOOP("Summary")))


class ImportWizard(QDialog):
    """See the module docstring. ``choose_files`` is a seam: tests never see a file dialog."""

    def __init__(self, controller: Any, parent: QWidget | None = None, *,
                 choose_files: Callable[[QWidget], list[Path]] | None = None) -> None:
        super().__init__(parent)
        from .account_actions import ask_statement_files
        from .import_columns import ColumnsPage
        from .import_files import FilesPage
        from .import_review import ReviewPage
        from .import_run import RunPage, SummaryPage

        self.setWindowTitle(tr("Import statements"))
        self.setObjectName("importWizard")
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.resize(980, 640)
        self.presenter = ImportPresenter(controller, self)
        self.choose_files = choose_files or ask_statement_files
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 16)
        layout.setSpacing(12)
        self.step_bar = QHBoxLayout()
        self.step_bar.setSpacing(18)
        self.step_labels: dict[str, Any] = {}
        for key, title in STEPS:
            label = make_label(tr(title), "muted")
            self.step_labels[key] = label
            self.step_bar.addWidget(label)
        self.step_bar.addStretch(1)
        layout.addLayout(self.step_bar)
        self.stack = QStackedWidget()
        self.pages: dict[str, Any] = {
            "files": FilesPage(self.presenter, self),
            "columns": ColumnsPage(self.presenter, self),
            "review": ReviewPage(self.presenter, self),
            "run": RunPage(self.presenter, self),
            "summary": SummaryPage(self.presenter, self),
        }
        for page in self.pages.values():
            self.stack.addWidget(page)
        layout.addWidget(self.stack, 1)
        buttons = QHBoxLayout()
        self.history_button = QPushButton(tr("Import history…"))
        self.history_button.clicked.connect(self.show_history)
        buttons.addWidget(self.history_button)
        buttons.addStretch(1)
        self.back_button = QPushButton(tr("Back"))
        self.back_button.clicked.connect(self.back)
        self.next_button = primary_button(tr("Next"))
        self.next_button.clicked.connect(self.next)
        self.close_button = QPushButton(tr("Cancel"))
        self.close_button.clicked.connect(self._close_or_cancel)
        for button in (self.back_button, self.next_button, self.close_button):
            buttons.addWidget(button)
        layout.addLayout(buttons)
        self.step = ""
        self.history_dialog: Any = None
        presenter = self.presenter
        presenter.files_changed.connect(self._update_buttons)
        presenter.finished.connect(lambda _outcome: self.go("summary"))
        presenter.failed.connect(self._failed)
        self.go("files")

    # --- navigation ----------------------------------------------------------------------------

    def add_files(self, paths: Iterable[Path | str]) -> None:
        """Add files to the Files step (a drop, or the wizard opened with files)."""
        if self.step in ("run", "summary"):
            return
        self.presenter.add_files(paths)
        if self.step != "files":
            self.go("files")

    def ask_files(self) -> None:
        """Ask for more files with the file dialog."""
        paths = self.choose_files(self)
        if paths:
            self.add_files(paths)

    def steps(self) -> list[str]:
        """The steps this import goes through (no columns step without a bank CSV)."""
        return [key for key, _title in STEPS
                if key != "columns" or self.presenter.csv_files()]

    def go(self, step: str) -> None:
        """Show ``step``."""
        self.step = step
        page = self.pages[step]
        page.enter()
        self.stack.setCurrentWidget(page)
        self._update_buttons()

    def _step_bar(self) -> None:
        shown = self.steps()  # the columns step comes and goes with the CSV files
        for key, label in self.step_labels.items():
            label.setVisible(key in shown)
            role = "sectionTitle" if key == self.step else "muted"
            if label.property("role") != role:
                label.setProperty("role", role)
                label.style().unpolish(label)
                label.style().polish(label)

    def next(self) -> None:
        """The next step (Review's Next is Import)."""
        if not self.next_button.isEnabled():
            return
        steps = self.steps()
        if self.step == "columns":
            self.presenter.replan_stale()
        if self.step == "review":
            self.go("run")
            self.presenter.run()
            return
        if self.step == "summary":
            self.accept()
            return
        self.go(steps[steps.index(self.step) + 1])

    def back(self) -> None:
        """The step before."""
        steps = self.steps()
        index = steps.index(self.step) if self.step in steps else 0
        if self.step in ("files", "run", "summary") or index == 0:
            return
        if self.step == "columns":
            self.presenter.replan_stale()
        self.go(steps[index - 1])

    def _update_buttons(self) -> None:
        self._step_bar()
        step = self.step
        page = self.pages.get(step)
        self.back_button.setVisible(step in ("columns", "review"))
        self.next_button.setVisible(step != "run")
        self.next_button.setText({"review": tr("Import"), "summary": tr("Done")}.get(
            step, tr("Next")))
        self.next_button.setEnabled(page is not None and page.complete())
        self.close_button.setVisible(step != "summary")
        self.close_button.setText(tr("Cancel"))
        self.history_button.setVisible(step == "files")  # the summary has its own link

    def _close_or_cancel(self) -> None:
        if self.step == "run" and self.presenter.running:
            self.presenter.cancel()
            self.pages["run"].cancelling()
            return
        super().reject()

    def reject(self) -> None:
        """Escape or closing the window: during the run it cancels (the vault stays as it
        was) instead of leaving the import running unseen."""
        if self.step == "run" and self.presenter.running:
            self._close_or_cancel()
            return
        super().reject()

    def _failed(self, error: BaseException) -> None:
        if self.step == "run":
            self.go("summary")
        else:
            self.pages[self.step].show_error(error)

    def palette_negative(self) -> str:
        """The theme's colour for what went wrong (red), for table cells."""
        return self._palette().negative

    def palette_muted(self) -> str:
        """The theme's colour for secondary text."""
        return self._palette().muted

    def _palette(self) -> Any:
        theme = getattr(self.parent(), "theme", None)
        if theme is not None:
            return theme.palette
        from .theme import resolve

        return resolve("light")

    def show_history(self) -> Any:
        """The import history over the wizard."""
        from .import_history import ImportHistoryDialog

        self.history_dialog = ImportHistoryDialog(self.presenter.controller, self)
        self.history_dialog.open()
        return self.history_dialog


def open_import_wizard(window: Any, paths: Iterable[Path | str] = (), *,
                       choose: bool = False) -> ImportWizard | None:
    """Open the wizard over the main window ``window`` (or bring the open one forward) with
    ``paths`` added; ``choose`` asks for files first when none are given. Returns it, or
    None when no vault is open."""
    controller = window.controller
    if not controller.is_unlocked:
        return None
    wizard = getattr(window, "import_wizard", None)
    if wizard is None or not wizard.isVisible() or wizard.step in ("run", "summary"):
        seam = getattr(window, "choose_import_files", None)
        wizard = ImportWizard(controller, window, choose_files=seam)
        window.import_wizard = wizard
        wizard.open()
    else:
        wizard.raise_()
    paths = list(paths)
    if paths:
        wizard.add_files(paths)
    elif choose and not wizard.presenter.files:
        wizard.ask_files()
    return wizard
