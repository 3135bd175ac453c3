"""Screenshot targets of the offer loop, for ``cmrdesk screenshot --page NAME`` (see
:mod:`cmrdesk.ui.screenshot`): ``request-form`` (the "Ask for offers" form over the Share page,
filled in for a mortgage, two facts ticked to go along), ``offers`` (History's comparison of
the offers for the latest request to ``--vendor`` or the first vendor asked) and
``vendor-overview`` (both sides of one relationship). The vault needs a request with offers
for the last two.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from PySide6.QtWidgets import QWidget


def _settle() -> None:
    from PySide6.QtCore import QCoreApplication, QEventLoop

    for _ in range(8):
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)


def _request_form(window: Any) -> QWidget:
    from .screenshot_details import Composite

    window.navigate("share")
    page = window.shell.page("share")
    page.ask_for_offers()
    _settle()
    dialog = page.request_dialog
    if dialog is None:
        raise ValueError("the request form did not open")
    dialog.fill(product="mortgage", amount=Decimal("296320"), term_years=20, fixed_years=10,
                wants="10-year fixed rate\nPenalty-free extra repayments of 10% a year")
    box = dialog.fields["vendors"].widget
    wanted = ("ABN AMRO", "Triodos Bank", "Rabobank")
    ids = [box.item(i).data(256) for i in range(box.count())
           if box.item(i).text().split("  ·  ")[0] in wanted]
    dialog.fill(vendors=ids or [box.item(0).data(256)])
    picker = dialog.picker
    if picker is not None:  # two facts go along, as a person asking for a mortgage might send
        for name in ("income.net_monthly_salary", "net_worth"):
            if name in picker.items and name not in picker.unknown:
                picker.tick(name)
    _settle()
    return Composite(window, dialog)


def _history_vendor(window: Any, name: str | None) -> Any:
    window.navigate("history")
    _settle()
    page = window.shell.page("history")
    rows = page.presenter.vendor_rows
    index = 0
    if name:
        index = next((i for i, r in enumerate(rows) if r.name == name), 0)
    else:  # the vendor with offers, if any
        index = next((i for i, r in enumerate(rows) if r.name in ("ABN AMRO",)), 0)
    page.presenter.choose_vendor(index)
    _settle()
    return page


def _offers(window: Any) -> QWidget:
    page = _history_vendor(window, None)
    return page.offers_card


def _overview(window: Any) -> QWidget:
    page = _history_vendor(window, None)
    return page.overview_card


SHOTS = {"request-form": _request_form, "offers": _offers, "vendor-overview": _overview}
