"""Settings: the Market data card (opt-in update of the public series the advice uses).

Off by default: the button stays disabled until the person allows fetching, and nothing is
fetched without a press. The fetch runs on the worker through
:func:`cmrdesk.services.market_update.update` (what ``cmrdesk market update`` runs).
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QPushButton, QWidget

from cmrdesk.domain import ChangeSet
from cmrdesk.services import market_update

from .errors import error_text
from .i18n import tr
from .settings import MARKET_UPDATES, AppSettings
from .widgets import Card, make_label


class MarketCard(Card):
    """Allow updates, update now, and what was fetched when."""

    def __init__(self, controller: Any, settings: AppSettings,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent, spacing=10)
        self.controller = controller
        self.settings = settings
        #: The fetcher (None: HTTPS); tests put recorded responses here.
        self.fetch: market_update.Fetch | None = None
        self.body.addWidget(make_label(tr("Market data"), "sectionTitle"))
        self.body.addWidget(make_label(
            tr("Advice compares your rates with public figures: ECB interest and exchange "
               "rates and Eurostat inflation. cmrdesk ships a dated copy; updating asks the "
               "ECB and Eurostat for the newest ones over HTTPS and sends nothing about you."),
            "muted", wrap=True))
        self.allowed = QCheckBox(tr("Allow fetching public market data when I press Update"))
        self.allowed.toggled.connect(self._allowed)
        self.body.addWidget(self.allowed)
        row = QHBoxLayout()
        self.update_button = QPushButton(tr("Update market data"))
        self.update_button.setAccessibleName(tr("Fetch the newest public market data now"))
        self.update_button.clicked.connect(self.update_now)
        row.addWidget(self.update_button)
        row.addStretch(1)
        self.body.addLayout(row)
        self.status = make_label("", "muted", wrap=True, selectable=True)
        self.body.addWidget(self.status)
        self.allowed.blockSignals(True)  # showing the setting is not choosing it
        self.allowed.setChecked(settings.get(MARKET_UPDATES))
        self.allowed.blockSignals(False)
        self.update_button.setEnabled(self.allowed.isChecked())

    def _allowed(self, on: bool) -> None:
        self.settings.set(MARKET_UPDATES, bool(on))
        self.update_button.setEnabled(on)

    def load(self) -> None:
        """Show when the vault's market data was last updated (read on the worker)."""
        self.controller.with_session(market_update.last_update, self._show_last,
                                     lambda error: self.status.setText(error_text(error)),
                                     label="market status")

    def _show_last(self, last: dict[str, Any] | None) -> None:
        if not last:
            self.status.setText(tr("Never updated: advice uses the figures shipped with "
                                   "cmrdesk, each named with its date."))
            return
        when = datetime.fromisoformat(last["fetched_at"])
        newest = max((s["last"] for s in last.get("series", [])), default="")
        self.status.setText(tr("Last updated {when} UTC: {count} series, {new} new and "
                               "{updated} updated figures; the newest is of {newest}.").format(
            when=when.strftime("%Y-%m-%d %H:%M"), count=len(last.get("series", [])),
            new=last.get("new", 0), updated=last.get("updated", 0), newest=newest))

    def update_now(self) -> None:
        """Fetch and store (only when allowed)."""
        if not self.settings.get(MARKET_UPDATES):
            return
        fetch = self.fetch
        self.update_button.setEnabled(False)
        self.status.setText(tr("Fetching from the ECB and Eurostat…"))

        def done(report: market_update.UpdateReport) -> None:
            self.update_button.setEnabled(True)
            self._show_last(report.as_json())
            self.controller.refresh(ChangeSet.of("market_rates", "fx_rates", "settings"))

        def failed(error: BaseException) -> None:
            self.update_button.setEnabled(True)
            self.status.setText(error_text(error))

        self.controller.with_session(lambda session: market_update.update(session, fetch),
                                     done, failed, label="market update")
