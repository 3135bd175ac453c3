"""The Transactions page's search bar on narrow and wide windows."""

from __future__ import annotations

from cmrdesk.ui.ledger_search import SEARCH_ROOM, SearchBar
from cmrdesk.ui.theme import LIGHT


def test_the_date_range_goes_under_the_filters_when_one_row_would_squeeze_the_search(qtbot):
    bar = SearchBar(LIGHT)
    qtbot.addWidget(bar)
    bar.show()
    bar.resize(760, 80)  # the page's width in a 1024 px window
    qtbot.waitUntil(lambda: bar._one_row is False)
    bar.layout().activate()
    assert bar.search.width() >= SEARCH_ROOM - 20  # the placeholder's first words show
    assert bar._dates.geometry().top() > bar.search.geometry().bottom()
    bar.resize(1700, 80)
    qtbot.waitUntil(lambda: bar._one_row is True)
    bar.layout().activate()
    assert abs(bar._dates.geometry().center().y() - bar.search.geometry().center().y()) < 8
