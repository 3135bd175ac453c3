"""One row of a form (:mod:`cmrdesk.ui.forms`): its label, input, how to read it, and where
its error shows."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtWidgets import QLabel, QWidget

#: Nothing typed: the value of an empty optional field.
EMPTY: Any = None


@dataclass
class Field:
    """One row of a form: its label, input, how to read it, and where its error shows."""

    name: str
    label: QLabel
    widget: QWidget
    read: Callable[[], Any]  # the typed value, or raises fmt.InputError / ValidationError
    write: Callable[[Any], None]  # show a typed value (editing an existing record)
    error: QLabel
    required: bool = False
    aliases: tuple[str, ...] = ()  # service field names whose errors belong here
    hint: QLabel | None = None
    shown: bool = True
    message: str = field(default="", init=False)

    def value(self) -> Any:
        """The typed value (``EMPTY`` for an empty optional field)."""
        return self.read()


def example_amount(currency: str) -> Any:
    """An amount to show as an example in an empty field (in ``currency`` where it is one)."""
    from cmrdesk.domain import Money

    return Money.of("1234.5", currency if len(currency) == 3 and currency.isupper() else "EUR")
