"""The foot the ledger's list dialogs (Rules, Categories) share: a row of action buttons,
an error line, and Close."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
)

from .i18n import tr
from .widgets import make_label


def add_actions(dialog: QDialog, layout: QVBoxLayout,
                actions: Sequence[tuple[str, str]]) -> tuple[dict[str, QPushButton], QLabel]:
    """Append the ``(key, untranslated label)`` buttons in a row, an error line and a Close
    button to ``layout``; returns the buttons by key and the error label."""
    row = QHBoxLayout()
    buttons: dict[str, QPushButton] = {}
    for key, label in actions:
        button = QPushButton(tr(label))
        buttons[key] = button
        row.addWidget(button)
    row.addStretch(1)
    layout.addLayout(row)
    error = make_label("", "error", wrap=True)
    layout.addWidget(error)
    close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
    close.rejected.connect(dialog.reject)
    layout.addWidget(close)
    return buttons, error
