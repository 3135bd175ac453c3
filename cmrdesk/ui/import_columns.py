"""The wizard's CSV columns step (see ColumnsPage)."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QVBoxLayout, QWidget


class ColumnsPage(QWidget):
    """How each bank CSV is read."""

    def __init__(self, presenter: Any, wizard: Any) -> None:
        super().__init__()
        self.presenter = presenter
        QVBoxLayout(self)

    def enter(self) -> None:
        """The step is shown."""

    def complete(self) -> bool:
        """Every CSV reads."""
        return True

    def show_error(self, error: BaseException) -> None:
        """A failure of this step."""
