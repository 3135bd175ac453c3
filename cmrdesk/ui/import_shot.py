"""``cmrdesk screenshot --page import --file FILE [--step files|columns|review|summary]``: the
import wizard over the unlocked window, on the given files, at the given step.

The summary step really imports (that is what it shows) and takes the import back once the
picture is taken, so the vault is left as it was found.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtGui import QPixmap

from .screenshot_details import TITLE_BAR, Composite

#: The steps a picture can show.
IMPORT_STEPS = ("files", "columns", "review", "summary")


class WizardShot(Composite):
    """The window with the wizard over it, filling most of it; undoes a finished import."""

    def __init__(self, window: Any, wizard: Any) -> None:
        super().__init__(window, wizard)
        width = max(min(window.width() - 64, 1180), 520)
        height = max(min(window.height() - 48 - TITLE_BAR, 820), 300)
        wizard.setMinimumSize(width, height)
        wizard.resize(width, height)

    def grab(self, *args: Any) -> QPixmap:  # type: ignore[override]
        picture = super().grab(*args)
        wizard = self.dialog
        if wizard.presenter.outcome is not None and wizard.presenter.outcome.changes:
            self.window_.undo_action.trigger()  # leave the vault as it was
        return picture


def import_shot(window: Any, files: list[Path], step: str) -> WizardShot:
    """Open the wizard on ``files`` and bring it to ``step``; returns what to grab."""
    from cmrdesk.domain import ValidationError

    from .import_wizard import open_import_wizard

    if not files:
        raise ValidationError("--file", "--page import needs a bank statement to import")
    for path in files:
        if not Path(path).is_file():
            raise ValidationError("--file", f"no file at {path}")
    wizard = open_import_wizard(window, files)
    if wizard is None:
        raise ValidationError("--vault", "the vault did not open")
    order = [s for s in ("files", "columns", "review", "summary") if s in wizard.steps()]
    if step not in order:
        raise ValidationError("--step", f"{step!r} is not part of importing these files (no "
                              "bank CSV among them)" if step == "columns" else
                              f"unknown step {step!r}")
    while wizard.step != step:
        if wizard.step == "review":  # as a person would: take the confident suggestions
            wizard.pages["review"].accept_all.setChecked(True)
        if not wizard.next_button.isEnabled():
            raise ValidationError("--step", f"the wizard cannot go past {wizard.step!r} with "
                                  "these files")
        wizard.next()
    if step == "review":
        wizard.pages["review"].accept_all.setChecked(True)
    return WizardShot(window, wizard)
