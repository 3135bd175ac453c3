"""The wizard's Review step: per statement what the import would do, before it does it.

For each statement: how many rows are new, duplicates (with why each one is) and pending
(skipped); the statement's closing balance against the vault's after the import (a difference
in red, with its likely cause); and the suggested categories, rules first, then the learned
model, each with its confidence and reason, with a tick per row and "Accept all at or above N %".
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QListWidget,
    QScrollArea,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from cmrdesk.domain import CmrdeskError, Money

from . import fmt
from .errors import error_text
from .i18n import QT_TR_NOOP, plural, tr
from .widgets import Card, make_label

COL_ACCEPT, COL_DAY, COL_PAYEE, COL_AMOUNT, COL_CATEGORY, COL_CONFIDENCE, COL_SOURCE, \
    COL_REASON = range(8)
HEADERS = (QT_TR_NOOP("Accept"), QT_TR_NOOP("Date"), QT_TR_NOOP("Payee"), QT_TR_NOOP("Amount"),
           QT_TR_NOOP("Category"), QT_TR_NOOP("Confidence"), QT_TR_NOOP("From"), QT_TR_NOOP("Why"))
SOURCES = {"rule": "your rule", "model": "learned"}
#: The threshold offered first when the vault sets none.
DEFAULT_PERCENT = 90


class ReviewPage(QWidget):
    """See the module docstring."""

    def __init__(self, presenter: Any, wizard: Any) -> None:
        super().__init__()
        self.presenter = presenter
        self.wizard = wizard
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(8)
        outer.addWidget(make_label(tr("Review"), "sectionTitle"))
        bar = QHBoxLayout()
        self.accept_all = QCheckBox(tr("Accept every suggested category at or above"))
        self.percent = QSpinBox()
        self.percent.setRange(1, 100)
        self.percent.setSuffix(" %")
        self.percent.setValue(DEFAULT_PERCENT)
        self.percent.setAccessibleName(tr("Lowest confidence accepted"))
        self.accept_all.toggled.connect(lambda _on: self._threshold())
        self.percent.valueChanged.connect(lambda _v: self._threshold())
        bar.addWidget(self.accept_all)
        bar.addWidget(self.percent)
        bar.addStretch(1)
        outer.addLayout(bar)
        self.error = make_label("", "error", wrap=True)
        self.error.hide()
        outer.addWidget(self.error)
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        outer.addWidget(self.scroll, 1)
        self.cards: list[StatementCard] = []
        presenter.files_changed.connect(self._replanned)

    def _replanned(self) -> None:
        if self.wizard.step == "review":  # plans made again (a CSV's columns were set)
            self.enter()
            self.wizard._update_buttons()

    def enter(self) -> None:
        """Draw every statement of every usable file (the plans are ready)."""
        self.error.hide()
        if self.presenter.threshold is not None and not self.accept_all.isChecked():
            self.percent.blockSignals(True)
            self.percent.setValue(round(self.presenter.threshold * 100))
            self.percent.blockSignals(False)
            self.accept_all.setChecked(True)  # ticks the rows at or above it
        inner = QWidget()
        inner.setObjectName("content")
        layout = QVBoxLayout(inner)
        layout.setContentsMargins(0, 0, 8, 0)
        layout.setSpacing(12)
        self.cards = []
        for entry in self.presenter.usable_files():
            if entry.plan.is_market:
                card = Card(spacing=6)
                card.body.addWidget(make_label(entry.name, "cardTitle"))
                card.body.addWidget(make_label(tr("market data: {n} rates/prices").format(
                    n=fmt.count(entry.plan.market_rows)), wrap=True))
                layout.addWidget(card)
                continue
            for statement in entry.plan.statements:
                card = StatementCard(self, entry, statement)
                self.cards.append(card)
                layout.addWidget(card)
        layout.addStretch(1)
        self.scroll.setWidget(inner)

    def complete(self) -> bool:
        """Every plan is ready and there is something to import."""
        files = self.presenter.files
        return all(f.planned for f in files) and bool(self.presenter.usable_files())

    def show_error(self, error: BaseException) -> None:
        """A refusal that belongs to no statement."""
        self.error.setText(error_text(error))
        self.error.show()

    def _threshold(self) -> None:
        on = self.accept_all.isChecked()
        self.presenter.set_threshold(self.percent.value() if on else None)
        for card in self.cards:
            card.tick()


class StatementCard(Card):
    """One statement: counts, balance, duplicates and suggestions."""

    def __init__(self, page: ReviewPage, entry: Any, statement: Any) -> None:
        super().__init__(spacing=6)
        self.page = page
        self.entry = entry
        self.statement = statement
        presenter = page.presenter
        title = entry.name if len(entry.plan.statements) == 1 else \
            f"{entry.name} · {statement.account_number or statement.iban or statement.index + 1}"
        self.body.addWidget(make_label(title, "cardTitle"))
        counts = ", ".join([
            plural(statement.new, "{n} new", "{n} new"),
            plural(statement.duplicates, "{n} duplicate", "{n} duplicates"),
            plural(statement.pending, "{n} pending (skipped)", "{n} pending (skipped)"),
        ])
        self.counts = make_label(counts, "figureSmall", wrap=True)
        self.body.addWidget(self.counts)
        self.balance = balance_label(statement)
        self.body.addWidget(self.balance)
        for warning in statement.warnings:
            self.body.addWidget(make_label(warning, "readout", wrap=True))
        rows = presenter.rows(entry, statement)
        duplicates = [r for r in rows if r.status == "duplicate"]
        self.duplicates: QListWidget | None = None
        if duplicates:
            self.body.addWidget(make_label(tr("Duplicates (already in the vault)"),
                                           "cardTitle"))
            self.duplicates = QListWidget()
            self.duplicates.setAccessibleName(tr("Duplicates"))
            for row in duplicates:
                self.duplicates.addItem(f"{fmt.day(row.day) if row.day else ''}  "
                                        f"{row.payee}  {money_text(row.amount, row.currency)}"
                                        f" — {row.reason}")
            self.duplicates.setMaximumHeight(min(140, 24 * len(duplicates) + 8))
            self.body.addWidget(self.duplicates)
        self.suggested = [r for r in rows if r.suggestion is not None and r.status == "new"]
        self.table: QTableWidget | None = None
        self.boxes: list[QCheckBox] = []
        if self.suggested:
            self.body.addWidget(make_label(tr("Suggested categories"), "cardTitle"))
            self.table = self._table(presenter)
            self.body.addWidget(self.table)
        elif statement.new:
            self.body.addWidget(make_label(tr("No category suggestions: no rule matches and "
                                              "the vault has too little categorised history "
                                              "to learn from."), "muted", wrap=True))
        shown = len(rows)
        if shown < statement.rows:
            self.body.addWidget(make_label(tr("The first {shown} of {rows} rows are listed; "
                                              "the threshold applies to all.").format(
                shown=fmt.count(shown), rows=fmt.count(statement.rows)), "readout", wrap=True))

    def _table(self, presenter: Any) -> QTableWidget:
        table = QTableWidget(len(self.suggested), len(HEADERS))
        table.setHorizontalHeaderLabels([tr(h) for h in HEADERS])
        table.verticalHeader().hide()
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        table.setAccessibleName(tr("Suggested categories"))
        header = table.horizontalHeader()
        for column in range(len(HEADERS)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_REASON, QHeaderView.ResizeMode.Stretch)
        for column, width in ((COL_PAYEE, 150), (COL_CATEGORY, 170)):  # room for the why
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            table.setColumnWidth(column, width)
        right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        for i, row in enumerate(self.suggested):
            s = row.suggestion
            box = QCheckBox()
            box.setAccessibleName(tr("Accept {category} for {payee}").format(
                category=s.category, payee=row.payee))
            box.setChecked(presenter.is_accepted(self.entry, row))
            if s.source == "rule":  # rules always apply: the rule is where to change it
                box.setEnabled(False)
                box.setToolTip(tr("Your rules are applied on every import."))
            box.toggled.connect(lambda on, r=row: presenter.accept(self.entry, r, on))
            holder = QWidget()
            line = QHBoxLayout(holder)
            line.setContentsMargins(8, 0, 0, 0)
            line.addWidget(box)
            table.setCellWidget(i, COL_ACCEPT, holder)
            self.boxes.append(box)
            values = {
                COL_DAY: fmt.day(row.day) if row.day else "",
                COL_PAYEE: row.payee,
                COL_AMOUNT: money_text(row.amount, row.currency),
                COL_CATEGORY: s.category,
                COL_CONFIDENCE: fmt.percent(s.confidence, 0),
                COL_SOURCE: tr(SOURCES.get(s.source, s.source)),
                COL_REASON: s.reason,
            }
            for column, text in values.items():
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                if column in (COL_AMOUNT, COL_CONFIDENCE):
                    item.setTextAlignment(right)
                table.setItem(i, column, item)
        table.setWordWrap(False)  # one line per row; the whole reason is on hover
        table.verticalHeader().setDefaultSectionSize(30)
        rows_shown = min(len(self.suggested), 10)
        table.setMinimumHeight(36 + rows_shown * 30)
        return table

    def tick(self) -> None:
        """Show the presenter's accepted rows (after "accept all at or above")."""
        presenter = self.page.presenter
        for box, row in zip(self.boxes, self.suggested, strict=True):
            box.blockSignals(True)
            box.setChecked(presenter.is_accepted(self.entry, row))
            box.blockSignals(False)


def money_text(amount: Any, currency: str) -> str:
    """An amount of a row as money (the currency may be unknown in a market file)."""
    if amount is None:
        return ""
    try:
        return fmt.money(Money.of(amount, currency))
    except (ValueError, CmrdeskError):  # no or no known currency: the number as it is
        return f"{fmt.number_text(amount)} {currency}".strip()


def balance_label(statement: Any) -> Any:
    """The statement's closing balance against the vault's after the import."""
    currency = statement.currency
    if statement.statement_balance is None:
        return make_label(tr("Balance: unknown, because the file states no closing balance."),
                          "muted", wrap=True)
    stated = money_text(statement.statement_balance, currency)
    if statement.vault_balance_after is None:
        return make_label(tr("Statement balance {stated}; the vault's is unknown.").format(
            stated=stated), "muted", wrap=True)
    vault = money_text(statement.vault_balance_after, currency)
    if not statement.difference:
        return make_label(tr("Statement balance {stated} = the vault's after import "
                             "{vault}: reconciled.").format(stated=stated, vault=vault),
                          "positive", wrap=True)
    text = tr("Statement balance {stated}, the vault's after import {vault}: a difference of "
              "{difference}.").format(stated=stated, vault=vault,
                                      difference=money_text(statement.difference, currency))
    if statement.likely_cause:
        text += " " + tr("Likely cause: {cause}.").format(cause=statement.likely_cause.rstrip("."))
    return make_label(text, "negative", wrap=True)

