"""The Settings entry for imports: when the learned categories are applied by themselves.

The vault keeps the choice (``import.apply_model_above``); by default the learned model only
suggests and the person decides in the import wizard's review. The person's own rules always
apply. A change is an undoable edit like any other.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QComboBox

from . import fmt
from .i18n import tr

#: The confidences offered (None: never apply, only suggest).
THRESHOLDS = (None, 0.99, 0.95, 0.9, 0.8, 0.7)


class ImportThresholdCombo(QComboBox):
    """Never / at or above N %: reads and writes the vault's import setting."""

    def __init__(self, controller: Any) -> None:
        super().__init__()
        self.controller = controller
        self.setAccessibleName(tr("Apply learned categories on import"))
        self.setToolTip(tr("Your rules always apply. Learned categories are only suggested "
                           "in the import's review unless you choose a confidence here."))
        for value in THRESHOLDS:
            self.addItem(tr("Never: only suggest them") if value is None else
                         tr("When at least {percent} sure").format(
                             percent=fmt.percent(value, 0)), value)
        self.setMinimumWidth(220)
        self.activated.connect(lambda _i: self._chosen(self.currentData()))

    def load(self) -> None:
        """Show the vault's setting (read on the worker)."""
        from cmrdesk.services.import_settings import import_settings

        if self.controller.is_unlocked:
            self.controller.with_session(lambda s: import_settings(s).apply_model_above,
                                         self.show_value, label="import settings")

    def show_value(self, value: float | None) -> None:
        """Select ``value`` (a value set elsewhere is offered too)."""
        index = next((i for i in range(self.count()) if self.itemData(i) == value), -1)
        if index < 0:
            self.addItem(tr("When at least {percent} sure").format(
                percent=fmt.percent(value, 0)), value)
            index = self.count() - 1
        self.setCurrentIndex(index)

    def _chosen(self, value: float | None) -> None:
        from cmrdesk.services.editing import SetImportSettings

        label = tr("change when learned categories apply")
        self.controller.edit(lambda _s: SetImportSettings(value, label=label),
                             on_failure=lambda _e: self.load())
