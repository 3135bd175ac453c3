"""The dashboard's "What should I do" card: ranked advice items, each with its figures written
the locale's way (money with its currency, percentages, dates), folded until asked for.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QToolButton, QVBoxLayout, QWidget

from cmrdesk.domain import Money

from . import fmt
from .i18n import QT_TR_NOOP, plural, tr
from .widgets import Card, make_label, separator

#: Advice rules whose items offer "Ask for offers…" (see ``request_form.ADVICE_PRODUCTS``).
OFFER_RULES = ("idle_cash", "refinance", "insurance_renewal")

# --- advice --------------------------------------------------------------------------------

#: Advice figures that are not money, and how to show them.
_NUMBER_KINDS = {
    "date": "date", "renewal_date": "date", "days_left": "count", "count": "count",
    "months_left": "count", "months_covered": "months", "currency": "skip",
    "frequency": "text", "insurer": "text", "category": "text", "payees": "text",
    "order": "text",
}
#: Labels whose English word has another sense elsewhere ("Share" is also the Share page).
_DISAMBIGUATION = {"share_pct": "portion"}
_NUMBER_LABELS = {
    "liquid": QT_TR_NOOP("Liquid money"),
    "essential_monthly": QT_TR_NOOP("Essential spending a month"),
    "months_covered": QT_TR_NOOP("Covered"), "target_min": QT_TR_NOOP("Target (low)"),
    "target_max": QT_TR_NOOP("Target (high)"),
    "shortfall": QT_TR_NOOP("Still to save"), "total_debt": QT_TR_NOOP("Expensive debt"),
    "yearly_interest":
    QT_TR_NOOP("Interest a year"), "threshold_pct": QT_TR_NOOP("Counts as expensive from"),
    "idle": QT_TR_NOOP("Idle money"),
    "account_rate_pct": QT_TR_NOOP("Your rate"), "benchmark_rate_pct": QT_TR_NOOP("Market rate"),
    "kept_for_spending": QT_TR_NOOP("Kept for spending"), "balance": QT_TR_NOOP("Balance"),
    "rate_pct": QT_TR_NOOP("Your rate"),
    "previous": QT_TR_NOOP("Before"), "latest": QT_TR_NOOP("Now"), "rise_pct": QT_TR_NOOP("Rise"),
    "renewal_date": QT_TR_NOOP("Renews on"),
    "days_left": QT_TR_NOOP("Days left"), "yearly_premium": QT_TR_NOOP("Premium a year"),
    "recent_rate_pct":
    QT_TR_NOOP("Savings rate, recent"), "earlier_rate_pct": QT_TR_NOOP("Savings rate, before"),
    "recent_saving":
    QT_TR_NOOP("Saved, recent months"), "recent_income": QT_TR_NOOP("Income, recent months"),
    "yearly_income":
    QT_TR_NOOP("Income a year"), "paid_in": QT_TR_NOOP("Paid in, last 12 complete months"),
    "target": QT_TR_NOOP("Target"),
    "gap": QT_TR_NOOP("Gap"),
    "paid_pct": QT_TR_NOOP("Paid in, share of income"), "value": QT_TR_NOOP("Value"),
    "share_pct": QT_TR_NOOP("Share"),
    "invested": QT_TR_NOOP("Invested in total"), "limit_pct": QT_TR_NOOP("Limit"),
    "yearly_total": QT_TR_NOOP("Together a year"),
    "saved": QT_TR_NOOP("Saved so far"), "needed_monthly": QT_TR_NOOP("Needed a month"),
    "recent_monthly":
    QT_TR_NOOP("Saving a month, recently"), "projected_balance": QT_TR_NOOP("Projected balance"),
    "date": QT_TR_NOOP("Date"),
}


def advice_numbers(numbers: dict[str, str], base: str) -> list[tuple[str, str]]:
    """An advice item's figures as (label, text) rows: money with its currency, percentages,
    dates and counts in the locale; never a bare decimal string."""
    currency = numbers.get("currency", base)
    rows = []
    for key, raw in numbers.items():
        kind = _NUMBER_KINDS.get(key, "pct" if key.endswith("_pct") else "money")
        if kind == "skip":
            continue
        label = tr(_NUMBER_LABELS.get(key, key.replace("_", " ").capitalize()),
                   _DISAMBIGUATION.get(key))
        try:
            if kind == "money":
                text = fmt.money(Money.of(raw, currency))
            elif kind == "pct":
                text = fmt.percent_points(raw)
            elif kind == "date":
                text = fmt.day(date.fromisoformat(raw))
            elif kind == "count":
                text = fmt.decimal(Decimal(raw), 0)
            elif kind == "months":
                text = tr("{months} months").format(months=fmt.decimal(Decimal(raw), 1))
            else:
                text = fmt.localise_text(raw)  # names and lists may quote amounts
        except (ValueError, ArithmeticError):
            text = raw
        rows.append((label, text))
    return rows


def benchmark_text(benchmark: dict[str, Any]) -> str:
    """The line under an advice item that cites a benchmark: its name and date, and its age
    when it is stale ("Market rate from Oct 31, 2025, 13 months old")."""
    try:
        when = fmt.day(date.fromisoformat(str(benchmark.get("date", ""))))
    except ValueError:
        when = str(benchmark.get("date", ""))
    if benchmark.get("stale"):
        age = int(benchmark.get("age_months", 0))
        return tr("Market figure from {date}, {age}: it may have changed since.").format(
            date=when, age=plural(age, "{n} month old", "{n} months old", fmt.count(age)))
    return tr("Market figure from {date}.").format(date=when)


class AdviceItem(QWidget):
    """One piece of advice: its rank, title, worth, sentence, and its numbers on request."""

    def __init__(self, rank: int, advice: Any, base: str) -> None:
        super().__init__()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 8)
        layout.setSpacing(4)
        top = QHBoxLayout()
        top.setSpacing(8)
        badge = make_label(str(rank), "rank")
        badge.setFixedSize(22, 22)
        badge.setAlignment(Qt.AlignmentFlag.AlignCenter)
        top.addWidget(badge, 0, Qt.AlignmentFlag.AlignTop)
        self.title = make_label(advice.title, "", wrap=True)
        self.title.setStyleSheet("font-weight: 700;")
        top.addWidget(self.title, 1)
        if advice.yearly_effect is not None:
            worth = make_label(tr("{amount} a year").format(
                amount=fmt.money(Money(advice.yearly_effect, base), whole=True)), "badge")
            top.addWidget(worth, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(top)
        self.detail = make_label(fmt.localise_text(advice.detail), "muted", wrap=True)
        self.detail.setContentsMargins(30, 0, 0, 0)
        layout.addWidget(self.detail)
        self.benchmark_note = None
        if advice.benchmark:
            # Every item that cites a benchmark dates it where it is always visible, and says
            # when the figure is old enough that the market may have moved since.
            self.benchmark_note = make_label(benchmark_text(advice.benchmark),
                                             "warning" if advice.benchmark.get("stale")
                                             else "readout", wrap=True)
            self.benchmark_note.setContentsMargins(30, 0, 0, 0)
            layout.addWidget(self.benchmark_note)
        rows = advice_numbers(advice.numbers, base)
        self.toggle = QToolButton()
        self.toggle.setProperty("role", "link")
        self.toggle.setText(tr("Show the numbers"))
        self.toggle.setCheckable(True)
        self.toggle.setArrowType(Qt.ArrowType.RightArrow)
        self.toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.toggle.setAccessibleName(tr("Show the numbers for: {title}").format(
            title=advice.title))
        self.toggle.setVisible(bool(rows))
        self.toggle.toggled.connect(self._toggled)
        layout.addWidget(self.toggle, 0, Qt.AlignmentFlag.AlignLeft)
        self.numbers = QWidget()
        grid = QFormLayout(self.numbers)
        grid.setContentsMargins(30, 0, 0, 4)
        grid.setHorizontalSpacing(16)
        grid.setVerticalSpacing(2)
        for label, text in rows:
            value = make_label(text, selectable=True, wrap=True)
            grid.addRow(make_label(label, "muted", wrap=True), value)
        if advice.benchmark:
            grid.addRow(make_label(tr("Compared with"), "muted"),
                        make_label(fmt.localise_text(f"{advice.benchmark.get('file', '')}, "
                                                     f"{advice.benchmark.get('date', '')}"),
                                   wrap=True))
        self.numbers.hide()
        layout.addWidget(self.numbers)
        self.ask_offers = None
        if getattr(advice, "rule", "") in OFFER_RULES:  # advice a request can act on
            self.ask_offers = QToolButton()
            self.ask_offers.setProperty("role", "link")
            self.ask_offers.setText(tr("Ask for offers…"))
            self.ask_offers.setContentsMargins(30, 0, 0, 0)
            layout.addWidget(self.ask_offers, 0, Qt.AlignmentFlag.AlignLeft)
        self.setAccessibleName(advice.title)
        self.setAccessibleDescription(self.detail.text())

    def _toggled(self, on: bool) -> None:
        self.numbers.setVisible(on)
        self.toggle.setArrowType(Qt.ArrowType.DownArrow if on else Qt.ArrowType.RightArrow)
        self.toggle.setText(tr("Hide the numbers") if on else tr("Show the numbers"))


class AdvicePanel(Card):
    """The ranked list "what should I do": the first few, the rest on request."""

    VISIBLE = 3
    #: "Ask for offers…" on an item: the advice it is about.
    offers_wanted = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, margins=16, spacing=2)
        self.body.addWidget(make_label(tr("What should I do"), "sectionTitle"))
        self.note = make_label(tr("Most important first; each item shows what it is worth."),
                               "readout", wrap=True)
        self.body.addWidget(self.note)
        self.items_box = QVBoxLayout()
        self.items_box.setSpacing(0)
        self.body.addLayout(self.items_box)
        self.body.addStretch(1)
        self.items: list[AdviceItem] = []
        self.advice: list[Any] = []
        self.base = "EUR"
        self.more: QToolButton | None = None
        self.setMinimumWidth(320)

    def set_advice(self, advice: list[Any], base: str) -> None:
        """Show a ranked advice list (empty: a reassuring sentence)."""
        self.advice, self.base = list(advice), base
        self.items = []
        while self.items_box.count():
            child = self.items_box.takeAt(0).widget()
            if child is not None:
                child.setParent(None)
                child.deleteLater()
        self.more = None
        if not advice:
            done = make_label(tr("Nothing to act on right now. Well done."), "muted", wrap=True)
            self.items_box.addWidget(done)
            return
        self._add_items(self.VISIBLE)  # the rest is built when asked for: it costs time
        if len(advice) > self.VISIBLE:
            self.more = QToolButton()
            self.more.setProperty("role", "link")
            self.more.setCheckable(True)
            self.more.toggled.connect(self._show_all)
            self.items_box.addWidget(self.more, 0, Qt.AlignmentFlag.AlignLeft)
            self._show_all(False)

    def _add_items(self, count: int) -> None:
        for rank in range(len(self.items) + 1, min(count, len(self.advice)) + 1):
            widget = AdviceItem(rank, self.advice[rank - 1], self.base)
            if widget.ask_offers is not None:
                item = self.advice[rank - 1]
                widget.ask_offers.clicked.connect(
                    lambda _c=False, a=item: self.offers_wanted.emit(a))
            position = self.items_box.count() - (1 if self.more is not None else 0)
            if rank > 1:
                widget.rule = separator()
                self.items_box.insertWidget(position, widget.rule)
                position += 1
            self.items_box.insertWidget(position, widget)
            self.items.append(widget)

    def _show_all(self, on: bool) -> None:
        if on:
            self._add_items(len(self.advice))
        for rank, item in enumerate(self.items, start=1):
            visible = on or rank <= self.VISIBLE
            item.setVisible(visible)
            if getattr(item, "rule", None) is not None:
                item.rule.setVisible(visible)
        if self.more is not None:
            hidden = len(self.advice) - self.VISIBLE
            self.more.setText(tr("Show fewer") if on else plural(hidden, "Show {n} more",
                                                                  "Show {n} more"))
