"""The History page's Offers card (comparison table, verdict, side-by-side chart) and the
vendor overview card. Views only: they draw what
:class:`~cmrdesk.ui.offers_presenter.OffersPresenter` hands them and report what the person
does through signals; money and rates are formatted here, from typed values, in the locale.
"""

from __future__ import annotations

import html
from decimal import Decimal
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from cmrdesk.domain import Money, OfferStatus

from . import fmt
from .charts import ChartCard
from .history_views import bullets, fit, make_table
from .i18n import QT_TR_NOOP, plural, tr
from .models import Column, RecordTableModel
from .offers_chart import OffersChart
from .offers_presenter import OfferRow, OffersRead
from .widgets import Card, link_button, make_label, primary_button

#: Columns of the comparison table, in order (an offer's status is told under the table,
#: which keeps the table within a 1024-pixel window).
COL_VENDOR, COL_YEARLY, COL_TOTAL, COL_RATE, COL_VS_CURRENT, COL_VS_MARKET, \
    COL_BREAK_EVEN = range(7)

PRODUCT_NAMES = {"mortgage": QT_TR_NOOP("Mortgage"), "personal_loan": QT_TR_NOOP("Personal loan"),
                 "savings": QT_TR_NOOP("Savings"), "credit_card": QT_TR_NOOP("Credit card"),
                 "insurance": QT_TR_NOOP("Insurance"),
                 "other": QT_TR_NOOP("Other")}


def money_or_unknown(value: Decimal | None, currency: str, *, signed: bool = False,
                     whole: bool = False) -> str:
    """A comparison figure as money, or "unknown" (never a zero for what is not known)."""
    if value is None:
        return tr("unknown")
    return fmt.money(Money(value, currency), signed=signed, whole=whole)


def _why(row: OfferRow, name: str) -> str:
    """The reason a figure is unknown, for its tooltip."""
    notes = [n for n in row.comparison.notes if n.startswith(name)]
    return notes[0].split(": ", 1)[1] if notes else ""


def status_text(row: OfferRow) -> str:
    """An offer's state in words: decided or open, and signed or keyed in."""
    offer = row.offer
    status = {OfferStatus.OPEN: tr("Open"), OfferStatus.ACCEPTED: tr("Accepted"),
              OfferStatus.DECLINED: tr("Declined")}[offer.status]
    if offer.decided_on is not None:
        status = tr("{status} on {day}").format(status=status, day=fmt.day(offer.decided_on))
    how = (tr("signed by {vendor}'s pinned key").format(vendor=offer.vendor_name)
           if offer.verified else tr("keyed in by hand, no signature"))
    valid = (tr("valid until {day}").format(day=fmt.day(offer.valid_until))
             if offer.valid_until else "")
    return " · ".join(p for p in (status, how, valid) if p)


def _tone(value: Decimal | None) -> str | None:
    if value is None:
        return "muted"
    return "positive" if value > 0 else "negative" if value < 0 else None


def _payback_text(row: OfferRow) -> str:
    """The month the fees are repaid in, "no fees" when there are none (break-even 0: a
    "0 months" would read as a figure worked out), "unknown" when it cannot be computed."""
    months = row.comparison.break_even_months
    if months is None:
        return tr("unknown")
    if months == 0:
        return tr("no fees")
    return plural(months, "{n} month", "{n} months", fmt.count(months))


def comparison_columns() -> list[Column]:
    """The comparison table's columns (sorted on typed values)."""
    def money(name: str, *, signed: bool = False) -> Column:
        return Column(
            {"yearly_cost": tr("A year"), "total_cost": tr("Total"),
             "vs_current_yearly": tr("vs yours"),
             "vs_benchmark_yearly": tr("vs market")}[name],
            # Whole units keep the table within a small window; the tooltip has the cents.
            lambda r: money_or_unknown(getattr(r.comparison, name), r.comparison.currency,
                                       signed=signed, whole=True),
            lambda r: getattr(r.comparison, name), numeric=True,
            tooltip=lambda r: _why(r, name) or money_or_unknown(
                getattr(r.comparison, name), r.comparison.currency, signed=signed),
            tone=(lambda r: _tone(getattr(r.comparison, name))) if signed else
            (lambda r: "muted" if getattr(r.comparison, name) is None else None))

    return [
        Column(tr("Vendor"), lambda r: r.comparison.vendor,
               lambda r: r.comparison.vendor.casefold()),
        money("yearly_cost"),
        money("total_cost"),
        Column(tr("Eff. rate"),
               lambda r: (fmt.percent_points(r.comparison.effective_rate, 2)
                          if r.comparison.effective_rate is not None else tr("unknown")),
               lambda r: r.comparison.effective_rate, numeric=True,
               tooltip=lambda r: _why(r, "effective_rate") or tr("Yearly rate including fees")),
        money("vs_current_yearly", signed=True),
        money("vs_benchmark_yearly", signed=True),
        Column(tr("Payback"), _payback_text,
               lambda r: r.comparison.break_even_months, numeric=True,
               tooltip=lambda r: _why(r, "break_even_months") or (
                   tr("This offer has no one-off fees: there is nothing to repay")
                   if r.comparison.break_even_months == 0
                   else tr("Months until the savings have repaid the fees"))),
    ]


class OffersCard(Card):
    """Offers for one request: the comparison table, the chosen offer's verdict, the chart,
    and the decisions."""

    request_chosen = Signal(str)
    decided = Signal(int, bool)  # offer id, accepted
    import_wanted = Signal()
    keyin_wanted = Signal()

    def __init__(self, palette: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent, spacing=8)
        head = QHBoxLayout()
        head.addWidget(make_label(tr("Offers"), "sectionTitle"), 1)
        self.import_button = link_button(tr("Import a signed offer…"))
        self.import_button.clicked.connect(self.import_wanted.emit)
        self.keyin_button = link_button(tr("Key in an offer…"))
        self.keyin_button.setToolTip(tr("An offer that came on paper or by e-mail"))
        self.keyin_button.clicked.connect(self.keyin_wanted.emit)
        head.addWidget(self.keyin_button)
        head.addWidget(self.import_button)
        self.body.addLayout(head)
        self.requests = QComboBox()
        self.requests.setAccessibleName(tr("Request"))
        self.requests.currentIndexChanged.connect(self._request_changed)
        self.body.addWidget(self.requests)
        self.context_line = make_label("", "muted", wrap=True, selectable=True)
        self.body.addWidget(self.context_line)
        self.model = RecordTableModel(comparison_columns())
        self.table, self.proxy = make_table(self.model, tr("Offers compared"), stretch=COL_VENDOR)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._selected())
        self.table.sortByColumn(COL_YEARLY, Qt.SortOrder.AscendingOrder)  # cheapest first
        # Seven figures share the card's width instead of scrolling it sideways.
        header = self.table.horizontalHeader()
        header.setMinimumSectionSize(56)
        for column in range(COL_YEARLY, COL_BREAK_EVEN + 1):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(COL_VENDOR, QHeaderView.ResizeMode.ResizeToContents)
        self.body.addWidget(self.table)
        self.verdict = make_label("", "", wrap=True, selectable=True)
        self.verdict.setTextFormat(Qt.TextFormat.RichText)
        self.body.addWidget(self.verdict)
        self.notes = make_label("", "muted", wrap=True, selectable=True)
        self.body.addWidget(self.notes)
        actions = QHBoxLayout()
        self.status = make_label("", "muted", wrap=True)
        actions.addWidget(self.status, 1)
        self.decline_button = QPushButton(tr("Decline…"))
        self.accept_button = primary_button(tr("Accept…"))
        for button in (self.decline_button, self.accept_button):
            button.setEnabled(False)
            actions.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)
        self.accept_button.clicked.connect(lambda: self._decide(True))
        self.decline_button.clicked.connect(lambda: self._decide(False))
        self.body.addLayout(actions)
        self.chart = OffersChart(palette, "EUR")
        self.chart_card = ChartCard(tr("Side by side"), self.chart)
        self.chart_card.setMinimumHeight(220)
        self.body.addWidget(self.chart_card)
        self.empty = make_label(tr("No requests to this vendor yet. Ask for offers from the "
                                   "Share page or from a piece of advice."), "muted", wrap=True)
        self.body.addWidget(self.empty)
        self.read: OffersRead | None = None
        self._filling = False

    def show_read(self, read: OffersRead | None) -> None:
        """Draw one vendor's requests and the comparison of the chosen one."""
        self.read = read
        self._filling = True
        self.requests.clear()
        has = read is not None and bool(read.requests)
        if read is not None:
            for request in read.requests:
                self.requests.addItem(self._request_text(request), request.request_id)
            index = self.requests.findData(read.request_id)
            self.requests.setCurrentIndex(max(index, 0))
        self._filling = False
        for widget in (self.requests, self.table, self.chart_card, self.verdict,
                       self.context_line, self.accept_button, self.decline_button,
                       self.keyin_button):
            widget.setVisible(has)
        self.empty.setVisible(not has)
        rows = read.rows if read is not None else []
        self.model.set_records(rows)
        fit(self.table, len(rows))
        self.table.setToolTip(tr("Money a year and over the term on the same amount; 'vs yours' "
                                 "and 'vs market' are what the offer saves a year"))
        self.context_line.setText(self._context(read) if has else "")
        notes = read.notes if read is not None else []
        self.notes.setText("\n".join(f"• {n}" for n in notes))
        self.notes.setVisible(bool(notes))
        currency = rows[0].comparison.currency if rows else "EUR"
        self.chart.set_rows(rows, currency)
        self.chart_card.setVisible(bool(rows))
        if rows:
            self.table.selectRow(0)
        self._selected()

    def _request_text(self, request: Any) -> str:
        product = tr(PRODUCT_NAMES.get(request.product.value, request.product.value))
        if request.insurance_type:
            product = tr("{kind} insurance").format(kind=tr(request.insurance_type.capitalize()))
        parts = [product]
        if request.amount is not None:
            parts.append(fmt.money(request.amount, whole=True))
        if request.term_years:
            parts.append(plural(request.term_years, "{n} year", "{n} years",
                                fmt.count(request.term_years)))
        if request.fixed_years:
            parts.append(tr("{n} years fixed").format(n=fmt.count(request.fixed_years)))
        asked = tr("asked {day}").format(day=fmt.day(request.created_at.date()))
        return " · ".join([*parts, asked])

    def _context(self, read: OffersRead | None) -> str:
        if read is None or read.compared is None:
            return ""
        parts = []
        current = read.compared.current
        if current is not None:
            parts.append(tr("Compared with {what}").format(what=current.label))
        bench = read.compared.benchmark
        if bench is not None:
            parts.append(tr("market: {rate} on {day} ({series})").format(
                rate=fmt.percent_points(bench.percent, 2), day=fmt.day(bench.rate.date),
                series=bench.rate.name))
        if not read.rows:
            parts.append(tr("no offers yet"))
        return "; ".join(parts) + "." if parts else ""

    def _request_changed(self, index: int) -> None:
        if not self._filling and index >= 0:
            self.request_chosen.emit(str(self.requests.itemData(index)))

    def current_row(self) -> OfferRow | None:
        """The offer chosen in the table."""
        index = self.table.currentIndex()
        if not index.isValid():
            return None
        return self.model.records[self.proxy.mapToSource(index).row()]

    def _selected(self) -> None:
        row = self.current_row()
        self.verdict.setText(
            f"<b>{html.escape(row.comparison.vendor)}</b> · {html.escape(status_text(row))}"
            f"<br>{html.escape(fmt.localise_text(row.comparison.verdict))}" if row else "")
        open_offer = row is not None and row.offer.status is OfferStatus.OPEN
        self.accept_button.setEnabled(open_offer)
        self.decline_button.setEnabled(open_offer)

    def _decide(self, accept: bool) -> None:
        row = self.current_row()
        if row is not None:
            self.decided.emit(row.id, accept)

    def say(self, text: str, role: str = "muted") -> None:
        """A line about the last action."""
        self.status.setText(text)
        self.status.setProperty("role", role)
        self.status.style().unpolish(self.status)
        self.status.style().polish(self.status)

    def set_palette(self, palette: Any) -> None:
        """Redraw the chart in another theme."""
        self.chart.set_palette(palette)


class VendorOverviewCard(Card):
    """Both sides of one relationship: what you have with the vendor (accounts, policies,
    payments a year, rates), and what they were told, asked for and offered."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, spacing=6)
        self.title = make_label("", "sectionTitle", wrap=True)
        self.body.addWidget(self.title)
        columns = QHBoxLayout()
        columns.setSpacing(24)
        self.have_box, self.have = self._column(tr("What you have with them"))
        self.told_box, self.told = self._column(tr("What they know and offered"))
        columns.addWidget(self.have_box, 1)
        columns.addWidget(self.told_box, 1)
        self.body.addLayout(columns)
        self.deletions_title = make_label(tr("Deletion requests"), "readout")
        self.body.addWidget(self.deletions_title)
        self.deletions = QVBoxLayout()
        self.body.addLayout(self.deletions)
        self.overdue_colour = ""
        self.lines: list[str] = []

    @staticmethod
    def _column(title: str) -> tuple[QWidget, QVBoxLayout]:
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(make_label(title, "readout"))
        inner = QVBoxLayout()
        layout.addLayout(inner)
        layout.addStretch(1)
        return box, inner

    def show_overview(self, overview: Any, today: Any) -> None:
        """Fill in one vendor (``None``: nothing to show)."""
        self.setVisible(overview is not None)
        if overview is None:
            return
        vendor = overview.vendor
        self.title.setText(tr("You and {vendor}").format(vendor=vendor.name))
        have = []
        for account, balance in overview.accounts:
            line = f"{account.name}: " + (fmt.money(balance) if balance is not None
                                          else tr("balance unknown"))
            if account.interest_rate.strip():
                line += " · " + tr("{rate} a year").format(
                    rate=fmt.percent_points(account.interest_rate, 2))
            have.append(line)
        for policy in overview.policies:
            have.append(tr("{kind} policy: {premium} a year").format(
                kind=tr(policy.policy_type.value.capitalize()),
                premium=fmt.money(Money(policy.premium.amount * policy.frequency.per_year,
                                        policy.premium.currency))))
        for currency, amount in sorted(overview.yearly_payments.items()):
            have.append(tr("Payments to them: {amount} a year").format(
                amount=fmt.money(Money(amount, currency), whole=True)))
        if not have:
            have.append(tr("No accounts or policies with them are keyed in."))
        told = []
        told.append(plural(overview.disclosures, "{n} disclosure", "{n} disclosures",
                           fmt.count(overview.disclosures)) + (
            ": " + ", ".join(overview.told) if overview.told else tr(" (no facts shared)")))
        told.append(plural(len(overview.requests), "{n} request for offers",
                           "{n} requests for offers", fmt.count(len(overview.requests))))
        for offer in overview.offers[:4]:
            terms = offer.payload.get("terms", {})
            what = (tr("{rate} a year").format(rate=fmt.percent_points(terms["rate"], 2))
                    if terms.get("rate") else tr("premium {amount}").format(
                        amount=fmt.money(Money.of(terms["premium"], terms["currency"])))
                    if terms.get("premium") else tr("terms in the offer"))
            told.append(tr("Offer of {day}: {what} ({status})").format(
                day=fmt.day(offer.received_at.date()), what=what, status=tr(offer.status.value)))
        bullets(self.have, have)
        bullets(self.told, told)
        lines = []
        for item in overview.deletions:
            if item.confirmed_on is not None:
                lines.append(tr("Asked {asked}; confirmed {done} ({how}).").format(
                    asked=fmt.day(item.requested_on), done=fmt.day(item.confirmed_on),
                    how=tr(item.confirmation or "by hand")))
            elif item.overdue(today):
                lines.append(tr("OVERDUE: asked {asked}, the answer was due {due}.").format(
                    asked=fmt.day(item.requested_on), due=fmt.day(item.due_on)))
            else:
                lines.append(tr("Asked {asked}; answer due {due}.").format(
                    asked=fmt.day(item.requested_on), due=fmt.day(item.due_on)))
        self.lines = have + told + lines
        bullets(self.deletions, lines)
        self.deletions_title.setVisible(bool(lines))
        for index in range(self.deletions.count()):
            row = self.deletions.itemAt(index).layout()
            text = row.itemAt(1).widget() if row is not None else None
            if text is not None and text.text().startswith(tr("OVERDUE")):
                text.setProperty("role", "error")


__all__ = ["COL_BREAK_EVEN", "COL_RATE", "COL_TOTAL", "COL_VENDOR",
           "COL_VS_CURRENT", "COL_VS_MARKET", "COL_YEARLY", "OffersCard", "OffersChart",
           "VendorOverviewCard", "comparison_columns", "money_or_unknown"]

