"""Forms that key in records: typed fields that validate as the person types.

Each :class:`Field` of a :class:`FormDialog` reads its text once, in the user's locale
(:mod:`cmrdesk.ui.fmt`), into a typed value and shows what is wrong right under itself; Save is
enabled only while every shown field reads. Saving is not the dialog's business: it emits
:attr:`FormDialog.submitted` and stays open; the caller runs the service and calls
:meth:`FormDialog.succeeded` or :meth:`FormDialog.failed`, whose ``ValidationError`` lands next
to the field it names, so vault rules read like typing rules. Tests use :meth:`FormDialog.fill`,
:meth:`FormDialog.type_text` and :meth:`FormDialog.save`; nothing here blocks.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from datetime import date
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QSize, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from cmrdesk.domain import ValidationError

from . import fmt
from .errors import error_text
from .form_field import EMPTY, Field, example_amount
from .i18n import tr
from .widgets import make_label


class FormDialog(QDialog):
    """A dialog of typed fields with live validation; see the module docstring."""

    submitted = Signal(dict)  # name -> typed value, every shown field

    def __init__(self, title: str, parent: QWidget | None = None, *,
                 intro: str = "", submit_text: str = "") -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(480)
        self.fields: dict[str, Field] = {}
        outer = QVBoxLayout(self)
        if intro:
            outer.addWidget(make_label(intro, "muted", wrap=True))
        body = QWidget()
        self.grid = QGridLayout(body)
        self.grid.setColumnStretch(1, 1)
        self.grid.setHorizontalSpacing(14)
        self.grid.setVerticalSpacing(2)
        # Long forms (a mortgage) scroll instead of growing off-screen.
        self.scroll = scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(body)
        outer.addWidget(scroll, 1)
        self.general_error = make_label("", "error", wrap=True)
        self.general_error.hide()
        outer.addWidget(self.general_error)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        if submit_text:
            self.save_button.setText(submit_text)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        outer.addWidget(self.buttons)
        self._row = 0
        self._reveal = ""  # a field to keep in sight (see show_field)
        self.busy = False

    # --- building ----------------------------------------------------------------------------

    def section(self, title: str) -> QLabel:
        """A heading between groups of fields."""
        label = make_label(title, "sectionTitle")
        label.setContentsMargins(0, 10, 0, 2)
        self.grid.addWidget(label, self._row, 0, 1, 2)
        self._row += 1
        return label

    def _add(self, name: str, label: str, widget: QWidget, read: Callable[[], Any],
             write: Callable[[Any], None], *, required: bool, hint: str = "",
             aliases: Sequence[str] = ()) -> Field:
        caption = QLabel(label + (" *" if required else ""))
        caption.setBuddy(widget)
        widget.setAccessibleName(label)
        error = make_label("", "error", wrap=True)
        error.hide()
        hint_label = make_label(hint, "muted", wrap=True) if hint else None
        self.grid.addWidget(caption, self._row, 0, Qt.AlignmentFlag.AlignVCenter)
        self.grid.addWidget(widget, self._row, 1)
        self._row += 1
        if hint_label is not None:
            self.grid.addWidget(hint_label, self._row, 1)
            self._row += 1
        self.grid.addWidget(error, self._row, 1)
        self._row += 1
        item = Field(name, caption, widget, read, write, error, required, tuple(aliases),
                     hint_label)
        self.fields[name] = item
        self._update_save()
        return item

    def text(self, name: str, label: str, *, required: bool = False, placeholder: str = "",
             hint: str = "", check: Callable[[str], None] | None = None,
             aliases: Sequence[str] = ()) -> Field:
        """A line of text (``check`` may raise ``fmt.InputError``)."""
        edit = QLineEdit()
        edit.setPlaceholderText(placeholder)

        def read() -> str:
            value = edit.text().strip()
            if check and value:
                check(value)
            return value

        item = self._add(name, label, edit, read, lambda v: edit.setText(v or ""),
                         required=required, hint=hint, aliases=aliases)
        edit.textChanged.connect(lambda _t: self._changed(item))
        return item

    def notes(self, name: str, label: str) -> Field:
        """Several lines of free text."""
        edit = QPlainTextEdit()
        edit.setFixedHeight(60)
        edit.setTabChangesFocus(True)
        item = self._add(name, label, edit, lambda: edit.toPlainText().strip(),
                         lambda v: edit.setPlainText(v or ""), required=False)
        edit.textChanged.connect(lambda: self._changed(item))
        return item

    def amount(self, name: str, label: str, currency: Callable[[], str], *,
               required: bool = False, hint: str = "", allow_negative: bool = True,
               aliases: Sequence[str] = ()) -> Field:
        """An amount in the locale's way of writing, in ``currency()`` (read when checked, so a
        currency chosen in the same form applies); sub-cent amounts are refused."""
        edit = QLineEdit()
        edit.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

        def read() -> Decimal | None:
            text = edit.text().strip()
            if not text:
                return EMPTY
            value = fmt.parse_amount(text, currency())
            if value < 0 and not allow_negative:
                raise fmt.InputError(tr("must not be negative"))
            return value

        def write(value: Any) -> None:
            edit.setText("" if value is None else fmt.amount_text(value)
                         if hasattr(value, "currency") else fmt.number_text(Decimal(value)))

        item = self._add(name, label, edit, read, write, required=required, hint=hint,
                         aliases=aliases)
        edit.textChanged.connect(lambda _t: self._changed(item))
        # An example, not a value: "e.g." keeps an empty optional field from reading as filled.
        edit.setPlaceholderText(tr("e.g. {amount}").format(
            amount=fmt.amount_text(example_amount(currency()))))
        return item

    def number(self, name: str, label: str, *, required: bool = False, suffix: str = "",
               minimum: Decimal | None = None, maximum: Decimal | None = None,
               whole: bool = False, hint: str = "", aliases: Sequence[str] = ()) -> Field:
        """A number (a rate in percent, a quantity, a price, a day of the month)."""
        edit = QLineEdit()
        edit.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if suffix:
            edit.setPlaceholderText(suffix)

        def read() -> Decimal | int | None:
            text = edit.text().strip()
            if not text:
                return EMPTY
            value = fmt.parse_number(text)
            if whole and value != value.to_integral_value():
                raise fmt.InputError(tr("{text!r} is not a whole number").format(text=text))
            if minimum is not None and value < minimum:
                raise fmt.InputError(tr("must be at least {n}").format(
                    n=fmt.number_text(minimum)))
            if maximum is not None and value > maximum:
                raise fmt.InputError(tr("must be at most {n}").format(
                    n=fmt.number_text(maximum)))
            return int(value) if whole else value

        def write(value: Any) -> None:
            edit.setText("" if value in (None, "") else fmt.number_text(Decimal(str(value))))

        item = self._add(name, label, edit, read, write, required=required, hint=hint,
                         aliases=aliases)
        edit.textChanged.connect(lambda _t: self._changed(item))
        return item

    def day(self, name: str, label: str, *, required: bool = False, hint: str = "",
            aliases: Sequence[str] = ()) -> Field:
        """A date typed the locale's way (or ISO); a date that does not exist is an error."""
        edit = QLineEdit()
        edit.setPlaceholderText(fmt.date_hint())

        def read() -> date | None:
            text = edit.text().strip()
            return fmt.parse_day(text) if text else EMPTY

        item = self._add(name, label, edit, read,
                         lambda v: edit.setText(fmt.day_input(v) if v else ""),
                         required=required, hint=hint, aliases=aliases)
        edit.textChanged.connect(lambda _t: self._changed(item))
        return item

    def choice(self, name: str, label: str, options: Iterable[tuple[Any, str]], *,
               required: bool = True, none_text: str = "", hint: str = "",
               aliases: Sequence[str] = ()) -> Field:
        """One of ``options`` (value, text); ``none_text`` adds an empty first choice."""
        combo = QComboBox()
        if none_text:
            combo.addItem(none_text, None)
        for value, text in options:
            combo.addItem(text, value)

        def write(value: Any) -> None:
            index = combo.findData(value)
            combo.setCurrentIndex(max(index, 0))

        item = self._add(name, label, combo, combo.currentData, write, required=required,
                         hint=hint, aliases=aliases)
        combo.currentIndexChanged.connect(lambda _i: self._changed(item))
        return item

    def check(self, name: str, label: str) -> Field:
        """A yes/no box."""
        box = QCheckBox()
        item = self._add(name, label, box, box.isChecked,
                         lambda v: box.setChecked(bool(v)), required=False)
        box.toggled.connect(lambda _b: self._changed(item))
        return item

    def many(self, name: str, label: str, options: Iterable[tuple[Any, str]], *,
             hint: str = "", aliases: Sequence[str] = ()) -> Field:
        """Any number of ``options`` (linked accounts of a goal)."""
        box = QListWidget()
        for value, text in options:
            row = QListWidgetItem(text)
            row.setData(Qt.ItemDataRole.UserRole, value)
            row.setFlags(row.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            row.setCheckState(Qt.CheckState.Unchecked)
            box.addItem(row)
        box.setFixedHeight(min(6, max(box.count(), 2)) * 26 + 6)

        def rows() -> list[QListWidgetItem]:
            return [box.item(i) for i in range(box.count())]

        def read() -> list[Any]:
            return [r.data(Qt.ItemDataRole.UserRole) for r in rows()
                    if r.checkState() == Qt.CheckState.Checked]

        def write(values: Any) -> None:
            chosen = set(values or ())
            for r in rows():
                r.setCheckState(Qt.CheckState.Checked if r.data(Qt.ItemDataRole.UserRole)
                                in chosen else Qt.CheckState.Unchecked)

        item = self._add(name, label, box, read, write, required=False, hint=hint,
                         aliases=aliases)
        box.itemChanged.connect(lambda _r: self._changed(item))
        return item

    # --- state -------------------------------------------------------------------------------

    def show_only(self, names: Iterable[str] | None) -> None:
        """Show just these fields (kind-specific rows); ``None`` shows every field."""
        wanted = None if names is None else set(names)
        for item in self.fields.values():
            item.shown = wanted is None or item.name in wanted
            for widget in (item.label, item.widget, item.hint):
                if widget is not None:
                    widget.setVisible(item.shown)
            item.error.setVisible(item.shown and bool(item.message))
        self.revalidate()

    def fill(self, **values: Any) -> None:
        """Show typed values in the fields (editing a record; tests)."""
        for name, value in values.items():
            self.fields[name].write(value)
        self.revalidate()

    def type_text(self, name: str, text: str) -> None:
        """Put ``text`` into a text field as if typed (tests and pre-filled suggestions)."""
        widget = self.fields[name].widget
        if isinstance(widget, QLineEdit):
            widget.setText(text)
        elif isinstance(widget, QPlainTextEdit):
            widget.setPlainText(text)
        else:
            raise TypeError(f"{name} is not a text field")

    def sizeHint(self) -> QSize:
        """Tall enough for every row without scrolling where the screen allows (the scroll area
        inside asks for little room of its own)."""
        hint = super().sizeHint()
        wanted = hint.height() - self.scroll.sizeHint().height() + \
            self.scroll.widget().sizeHint().height() + 4
        screen = self.screen().availableGeometry().height() if self.screen() else 900
        return QSize(max(hint.width(), 560), min(wanted, screen - 60))

    def fit_to_content(self) -> None:
        """Resize to :meth:`sizeHint` (after rows came or went)."""
        hint = self.sizeHint()
        self.resize(max(self.width(), hint.width()), hint.height())

    def show_field(self, name: str) -> None:
        """Scroll a long form so that field ``name`` and its message are in sight (again after
        the dialog is laid out or resized, which moves the rows)."""
        self._reveal = name
        QTimer.singleShot(0, self._reveal_field)

    def _reveal_field(self) -> None:
        item = self.fields.get(self._reveal or "")
        if item is not None:
            self.scroll.ensureWidgetVisible(item.widget, 0, 40)
            self.scroll.ensureWidgetVisible(item.error, 0, 10)

    def resizeEvent(self, event: Any) -> None:
        super().resizeEvent(event)
        if self._reveal:
            QTimer.singleShot(0, self._reveal_field)

    def errors(self) -> dict[str, str]:
        """The message under each field that has one (what a person sees)."""
        return {n: f.message for n, f in self.fields.items() if f.shown and f.message}

    def is_valid(self) -> bool:
        """Every shown field reads and every required one is filled."""
        return all(self._check(item, show=False) for item in self.fields.values() if item.shown)

    def values(self) -> dict[str, Any]:
        """The typed value of every shown field (call when :meth:`is_valid`)."""
        return {n: f.value() for n, f in self.fields.items() if f.shown}

    def revalidate(self) -> None:
        """Re-check every field (after a change that others depend on, e.g. the currency)."""
        for item in self.fields.values():
            if item.shown:
                self._check(item, show=bool(item.message) or self._touched(item))
        self._update_save()

    def _touched(self, item: Field) -> bool:
        widget = item.widget
        if isinstance(widget, QLineEdit):
            return bool(widget.text().strip())
        return False

    def _changed(self, item: Field) -> None:
        self.general_error.hide()
        self._check(item, show=True)
        self._update_save()
        self.field_changed(item.name)

    def field_changed(self, name: str) -> None:
        """Hook: a field changed (subclasses show kind-specific rows, re-check currencies)."""

    def _check(self, item: Field, *, show: bool) -> bool:
        message = ""
        try:
            value = item.value()
            if item.required and value in (EMPTY, "", []):
                message = tr("required") if show and self._touched(item) else ""
                ok = False
            else:
                ok = True
        except (fmt.InputError, ValidationError) as error:
            message = error.reason if isinstance(error, ValidationError) else str(error)
            ok = False
        if show:
            self._set_message(item, message)
        return ok

    def _set_message(self, item: Field, message: str) -> None:
        item.message = message
        item.error.setText(message)
        item.error.setVisible(bool(message) and item.shown)

    def _update_save(self) -> None:
        self.save_button.setEnabled(not self.busy and self.is_valid())

    # --- saving ------------------------------------------------------------------------------

    def save(self) -> None:
        """Check everything and, if valid, emit :attr:`submitted` (the dialog stays open)."""
        for item in self.fields.values():
            if item.shown:
                self._check(item, show=True)
        if not self.is_valid() or self.busy:
            self._update_save()
            return
        self.busy = True
        self._update_save()
        self.submitted.emit(self.values())

    def succeeded(self) -> None:
        """The service saved it: close."""
        self.busy = False
        self.accept()

    def failed(self, error: BaseException) -> None:
        """The service refused it: show why next to the field it names, keep everything."""
        self.busy = False
        target = None
        if isinstance(error, ValidationError):
            target = next((f for f in self.fields.values() if f.shown and (
                f.name == error.field or error.field in f.aliases)), None)
        if target is not None:
            self._set_message(target, error.reason)
            self.show_field(target.name)
            target.widget.setFocus()
        else:
            self.general_error.setText(error_text(error))
            self.general_error.show()
        self._update_save()
