"""The Transactions page's search: what a person types, read as a filter.

One line searches payee and memo; words that are amounts search the amount instead:

* ``42.10`` — exactly that amount, money in or out (the sign is ignored unless typed: ``-42.10``);
* ``10..20`` — a range, inclusive; ``>100``, ``>=100``, ``<5``, ``<=5`` — one bound;
* anything else is text, matched in payee or memo.

Amounts are typed the locale's way (``1.234,50`` in German). A "Show" choice next to the line
narrows to rows that need review, split lines, or reconciled / not reconciled rows.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date as _date
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QDate, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QGridLayout,
    QHBoxLayout,
    QLineEdit,
    QWidget,
)

from . import fmt
from .i18n import QT_TR_NOOP, tr
from .icons import icon
from .widgets import make_label

#: The "Show" choices: (key, label). ``all`` does not narrow.
SHOW_CHOICES = (
    ("all", QT_TR_NOOP("All")),  # after "Show": short, so the tool row fits
    ("review", QT_TR_NOOP("Needs review")),
    ("split", QT_TR_NOOP("Split")),
    ("reconciled", QT_TR_NOOP("Reconciled")),
    ("open", QT_TR_NOOP("Not reconciled")),
)

_BOUND = re.compile(r"^(>=|<=|>|<|=)(.+)$")
_RANGE = re.compile(r"^(.+?)\.\.(.+)$")
_NUMBERISH = re.compile(r"^[-+\u2212]?[\d.,\s\u00a0]*\d[\d.,]*$")


@dataclass(frozen=True)
class Query:
    """A search line read: the text part and the amount bounds (``None``: no bound)."""

    text: str = ""
    amount_min: Decimal | None = None
    amount_max: Decimal | None = None
    magnitude: bool = False  # compare without the sign (no negative amount was typed)

    @property
    def has_amount(self) -> bool:
        """Whether the line asks for an amount."""
        return self.amount_min is not None or self.amount_max is not None


def _number(text: str) -> Decimal:
    return fmt.parse_number(text)


def _amount_word(word: str) -> tuple[Decimal | None, Decimal | None, bool] | None:
    """``(min, max, signed)`` when ``word`` is an amount search, else ``None``."""
    try:
        bound = _BOUND.match(word)
        if bound is not None:
            op, value = bound.group(1), _number(bound.group(2))
            signed = value < 0
            if op == "=":
                return value, value, signed
            return (value, None, signed) if op.startswith(">") else (None, value, signed)
        ranged = _RANGE.match(word)
        if ranged is not None:
            low, high = _number(ranged.group(1)), _number(ranged.group(2))
            if low > high:
                low, high = high, low
            return low, high, low < 0 or high < 0
        if _NUMBERISH.match(word):
            value = _number(word)
            return value, value, value < 0
    except fmt.InputError:
        return None
    return None


def parse_query(line: str) -> Query:
    """Read a search line (see the module docstring). Several amount words narrow together."""
    words: list[str] = []
    low: Decimal | None = None
    high: Decimal | None = None
    signed = False
    found = False
    for word in line.split():
        amount = _amount_word(word)
        if amount is None:
            words.append(word)
            continue
        found = True
        lo, hi, is_signed = amount
        signed = signed or is_signed
        if lo is not None:
            low = lo if low is None else max(low, lo)
        if hi is not None:
            high = hi if high is None else min(high, hi)
    if not found:
        return Query(" ".join(words))
    return Query(" ".join(words), low, high, magnitude=not signed)


def show_filters(key: str) -> dict[str, object]:
    """The ``TransactionFilter`` fields of a "Show" choice."""
    return {
        "review": {"needs_review": True},
        "split": {"split": True},
        "reconciled": {"reconciled": True},
        "open": {"reconciled": False},
    }.get(key, {})


def describe(query: Query) -> str:
    """The amount part of a search in words, for the status line (empty: none)."""
    if not query.has_amount:
        return ""
    def num(value: Decimal) -> str:
        return fmt.number_text(value)
    prefix = tr("amount (either sign)") if query.magnitude else tr("amount")
    if query.amount_min is not None and query.amount_min == query.amount_max:
        return f"{prefix} = {num(query.amount_min)}"
    if query.amount_min is not None and query.amount_max is not None:
        return f"{prefix} {num(query.amount_min)} … {num(query.amount_max)}"
    if query.amount_min is not None:
        return f"{prefix} ≥ {num(query.amount_min)}"
    assert query.amount_max is not None
    return f"{prefix} ≤ {num(query.amount_max)}"


# --- the bar -------------------------------------------------------------------------------------

ANY_DATE = QDate(1900, 1, 1)
ALL = -2  # combo data meaning "no filter"
#: The width the search box needs to show its placeholder's first words beside the filters.
SEARCH_ROOM = 240


class SearchBar(QWidget):
    """The search line, account, category, what to show, and a date range. :attr:`changed`
    fires when the search should run again (typing is debounced)."""

    changed = Signal()

    def __init__(self, palette: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._building = False
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setSpacing(8)
        self.search = QLineEdit()
        self.search.setPlaceholderText(tr("Search payee, memo or amount (10..20, >100)"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(tr("Search payee, memo or amount"))
        self.search.addAction(icon("search", palette.muted),
                              QLineEdit.ActionPosition.LeadingPosition)
        self.search.setMinimumWidth(160)
        self.account = QComboBox()
        self.account.setAccessibleName(tr("Account"))
        self.category = QComboBox()
        self.category.setAccessibleName(tr("Category"))
        self.show_choice = QComboBox()
        self.show_choice.setAccessibleName(tr("Show"))
        for key, label in SHOW_CHOICES:
            self.show_choice.addItem(tr(label), key)
        for combo in (self.account, self.category, self.show_choice):
            # long names must not push the bar over
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(9)
        # it shares the tool row with the buttons: shorter, so Dutch and German words fit
        self.show_choice.setMinimumContentsLength(7)
        self.since = self._date_edit(tr("From"))
        self.until = self._date_edit(tr("To"))
        # show_choice sits in the page's tool row (room); the date range is a group of its
        # own that goes under the search when one row would squeeze the search box.
        self._dates = QWidget()
        dates = QHBoxLayout(self._dates)
        dates.setContentsMargins(0, 0, 0, 0)
        dates.setSpacing(8)
        dates.addWidget(make_label(tr("From"), "muted"))
        dates.addWidget(self.since)
        dates.addWidget(make_label(tr("To"), "muted"))
        dates.addWidget(self.until)
        dates.addStretch(1)
        self._grid.addWidget(self.search, 0, 0)
        self._grid.addWidget(self.account, 0, 1)
        self._grid.addWidget(self.category, 0, 2)
        for column, stretch in enumerate((2, 1, 1)):
            self._grid.setColumnStretch(column, stretch)
        self._one_row: bool | None = None
        self._arrange(True)
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(250)
        self._debounce.timeout.connect(self.changed.emit)
        self.search.textChanged.connect(lambda _t: self._debounce.start())
        for combo in (self.account, self.category, self.show_choice):
            combo.currentIndexChanged.connect(lambda _i: self._edited())
        for edit in (self.since, self.until):
            edit.dateChanged.connect(lambda _d: self._edited())

    def _arrange(self, one_row: bool) -> None:
        """The date range beside the other filters, or under them on a narrow window."""
        if one_row == self._one_row:
            return
        self._one_row = one_row
        self._grid.removeWidget(self._dates)
        if one_row:
            self._grid.addWidget(self._dates, 0, 3)
        else:
            self._grid.addWidget(self._dates, 1, 0, 1, 3)

    def _one_row_width(self) -> int:
        spacing = self._grid.spacing()
        return (SEARCH_ROOM + self.account.minimumSizeHint().width()
                + self.category.minimumSizeHint().width()
                + self._dates.sizeHint().width() + 3 * spacing)

    def resizeEvent(self, event: Any) -> None:
        self._arrange(event.size().width() >= self._one_row_width())
        super().resizeEvent(event)

    def _date_edit(self, name: str) -> QDateEdit:
        edit = QDateEdit()
        edit.setCalendarPopup(True)
        edit.setMinimumDate(ANY_DATE)
        edit.setSpecialValueText(tr("Any date"))  # shown at the minimum: no limit
        edit.setDate(ANY_DATE)
        edit.setDisplayFormat(fmt.date_input_format())
        edit.setAccessibleName(name)
        edit.setMinimumWidth(116)
        return edit

    def _edited(self) -> None:
        if not self._building:
            self.changed.emit()

    def quietly(self) -> Any:
        """A context in which input changes do not fire :attr:`changed`."""
        bar = self

        class _Quiet:
            def __enter__(self) -> None:
                bar._building = True
                bar.search.blockSignals(True)

            def __exit__(self, *_exc: object) -> None:
                bar.search.blockSignals(False)
                bar._building = False

        return _Quiet()

    def set_lookups(self, accounts: list[Any], categories: dict[int, str]) -> None:
        """The account and category choices (keeping what was chosen)."""
        with self.quietly():
            account, category = self.account.currentData(), self.category.currentData()
            self.account.clear()
            self.account.addItem(tr("All accounts"), ALL)
            for item in sorted(accounts, key=lambda a: a.name.casefold()):
                self.account.addItem(item.name, item.id)
            self.category.clear()
            self.category.addItem(tr("All categories"), ALL)
            self.category.addItem(tr("Uncategorised"), -1)
            for ident, path in sorted(categories.items(), key=lambda kv: kv[1].casefold()):
                indent = "    " if " / " in path else ""
                self.category.addItem(indent + path.split(" / ")[-1], ident)
            self.account.setCurrentIndex(max(0, self.account.findData(account)))
            self.category.setCurrentIndex(max(0, self.category.findData(category)))

    def clear_lookups(self) -> None:
        """Forget the choices (the vault was locked)."""
        with self.quietly():
            self.account.clear()
            self.category.clear()

    def reset(self) -> None:
        """Back to no filter."""
        with self.quietly():
            self.search.clear()
            self.account.setCurrentIndex(0)
            self.category.setCurrentIndex(0)
            self.show_choice.setCurrentIndex(0)
            self.since.setDate(ANY_DATE)
            self.until.setDate(ANY_DATE)

    def choose_account(self, account_id: int) -> None:
        """Show one account (without firing)."""
        with self.quietly():
            self.account.setCurrentIndex(max(0, self.account.findData(account_id)))

    def set_range(self, start: _date, end: _date) -> None:
        """A date range (without firing)."""
        with self.quietly():
            self.since.setDate(QDate(start.year, start.month, start.day))
            self.until.setDate(QDate(end.year, end.month, end.day))

    def account_id(self) -> int | None:
        """The one account chosen, if any."""
        value = self.account.currentData()
        return None if value in (None, ALL) else int(value)

    def query(self) -> Query:
        """The search line, read."""
        return parse_query(self.search.text())

    def fields(self) -> dict[str, Any]:
        """The ``TransactionFilter`` fields the inputs describe."""

        def day(edit: QDateEdit) -> _date | None:
            value = edit.date()
            return None if value == ANY_DATE else value.toPython()

        account = self.account_id()
        category = self.category.currentData()
        query = self.query()
        return {
            "since": day(self.since), "until": day(self.until),
            "account_ids": None if account is None else (account,),
            "category_ids": None if category in (None, ALL) else (int(category),),
            "text": query.text, "amount_min": query.amount_min,
            "amount_max": query.amount_max, "amount_magnitude": query.magnitude,
            **show_filters(self.show_choice.currentData() or "all"),
        }
